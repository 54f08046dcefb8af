#!/usr/bin/env python3
"""Writes a Relu model whose input 'X' spells its dims as exporters do:

    make_dynamic_dims.py OUT.onnx

X is [N, 3, H, W, 5] with N a named dim_param, H a dim_value of -1
(paddle2onnx, jax2tf), W an empty dim_param and 5 a plain value; the ONNX
text syntax has no spelling for the middle two."""

import sys

import onnx
from onnx import TensorProto, helper

x = helper.make_tensor_value_info("X", TensorProto.FLOAT, ["N", 3, None, None, 5])
dims = x.type.tensor_type.shape.dim
dims[2].dim_value = -1
dims[3].dim_param = ""
y = helper.make_tensor_value_info("Y", TensorProto.FLOAT, None)
graph = helper.make_graph([helper.make_node("Relu", ["X"], ["Y"])], "dims", [x], [y])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
model.ir_version = 8
onnx.save(model, sys.argv[1])
