"""Writes a binary ONNX model whose nodes have names (the ONNX text syntax
of the installed libonnx cannot name nodes).

    make_named_nodes.py OUT.onnx {lowering|import}

lowering: Relu named "block1/relu" then Unique named "head/unique" (valid
ONNX that the compiler cannot lower yet). import: a Relu named "block1/relu"
with an attribute Relu does not have.
"""
import sys

import onnx
from onnx import TensorProto, helper

out, mode = sys.argv[1], sys.argv[2]
x = helper.make_tensor_value_info("X", TensorProto.FLOAT, ["N", 3])
y = helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["M"])
if mode == "lowering":
    nodes = [
        helper.make_node("Relu", ["X"], ["T"], name="block1/relu"),
        helper.make_node("Unique", ["T"], ["Y"], name="head/unique"),
    ]
else:
    nodes = [helper.make_node("Relu", ["X"], ["Y"], name="block1/relu", alpha=1.0)]
    y = helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["N", 3])
graph = helper.make_graph(nodes, "named", [x], [y])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
model.ir_version = 8
onnx.save(model, out)
