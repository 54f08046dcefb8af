#!/usr/bin/env python3
"""Write gemm_relu.onnx, the second model of two_models.test.

    make_gemm_relu.py OUT.onnx

X float[batch, 8] -> Gemm(W [4, 8], transB=1, bias [4]) -> Relu -> Y [batch, 4],
opset 14, weights from a fixed seed. Small and different from SimpleNet, so
the two compiled libraries share nothing but the runtime.
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def make_model():
    rng = np.random.default_rng(7)
    weight = rng.standard_normal((4, 8)).astype(np.float32)
    bias = rng.standard_normal(4).astype(np.float32)
    nodes = [
        helper.make_node("Gemm", ["X", "W", "B"], ["H"], name="gemm", transB=1),
        helper.make_node("Relu", ["H"], ["Y"], name="relu"),
    ]
    graph = helper.make_graph(
        nodes, "gemm_relu",
        inputs=[helper.make_tensor_value_info("X", TensorProto.FLOAT, ["batch", 8])],
        outputs=[helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["batch", 4])],
        initializer=[numpy_helper.from_array(weight, "W"),
                     numpy_helper.from_array(bias, "B")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)],
                              producer_name="onnxc-tests")
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=True)
    return model


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_gemm_relu.py OUT.onnx")
    onnx.save(make_model(), sys.argv[1])
