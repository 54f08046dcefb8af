#!/usr/bin/env python3
"""Writes the models of error-unsupported-types.test into OUT."""
import pathlib
import sys

import onnx
from onnx import TensorProto, helper

out = pathlib.Path(sys.argv[1])


def save(name, nodes, inputs, outputs):
    graph = helper.make_graph(nodes, name, inputs, outputs)
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)]),
              out / f"{name}.onnx")


save("float8_input", [helper.make_node("Identity", ["x"], ["y"])],
     [helper.make_tensor_value_info("x", TensorProto.FLOAT8E4M3FN, [2])],
     [helper.make_tensor_value_info("y", TensorProto.FLOAT8E4M3FN, [2])])
save("sequence_input", [helper.make_node("SequenceLength", ["s"], ["n"])],
     [helper.make_tensor_sequence_value_info("s", TensorProto.FLOAT, [2])],
     [helper.make_tensor_value_info("n", TensorProto.INT64, [])])
save("cast_to_float8", [helper.make_node("Cast", ["x"], ["y"], to=TensorProto.FLOAT8E5M2,
                                         name="to_f8")],
     [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2])],
     [helper.make_tensor_value_info("y", TensorProto.FLOAT8E5M2, [2])])
save("sequence_inside", [helper.make_node("SplitToSequence", ["x"], ["s"], name="split"),
                         helper.make_node("ConcatFromSequence", ["s"], ["y"], axis=0)],
     [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4])],
     [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])])
