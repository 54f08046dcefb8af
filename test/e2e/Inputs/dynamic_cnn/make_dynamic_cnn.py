#!/usr/bin/env python3
"""Writes a small CNN whose image height and width are dynamic, with its
dims spelled as exporters other than PyTorch spell them:

    make_dynamic_cnn.py OUT.onnx

The input 'image' is [1, 3, H, W] with H written as dim_value -1
(paddle2onnx, jax2tf) and W as an empty dim_param. The graph has every
window operator whose output size depends on H and W: Conv with auto_pad
SAME_UPPER and stride 2, a grouped Conv with explicit pads and dilations,
MaxPool with ceil_mode, AveragePool with pads (count_include_pad 0),
LpPool, a strided ConvTranspose with output_padding and a bias, and
GlobalAveragePool / GlobalMaxPool heads. Weights are raw_data
initializers, as exporters write them."""

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

RNG = np.random.default_rng(11)


def weight(name, shape):
    return numpy_helper.from_array(RNG.standard_normal(shape).astype(np.float32) * 0.3, name)


def main(path):
    nodes = [
        helper.make_node("Conv", ["image", "w1", "b1"], ["c1"], kernel_shape=[3, 3],
                         strides=[2, 2], auto_pad="SAME_UPPER"),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2"], ["c2"], kernel_shape=[3, 3], group=2,
                         pads=[2, 1, 2, 1], dilations=[2, 1]),
        helper.make_node("MaxPool", ["c2"], ["p1"], kernel_shape=[3, 3], strides=[2, 2],
                         ceil_mode=1),
        helper.make_node("AveragePool", ["p1"], ["p2"], kernel_shape=[3, 3],
                         pads=[1, 1, 1, 1], count_include_pad=0),
        helper.make_node("LpPool", ["p2"], ["p3"], kernel_shape=[2, 2], p=2,
                         auto_pad="SAME_LOWER"),
        helper.make_node("ConvTranspose", ["p3", "w3", "b3"], ["features"],
                         kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1],
                         output_padding=[1, 1]),
        helper.make_node("GlobalAveragePool", ["features"], ["mean"]),
        helper.make_node("GlobalMaxPool", ["features"], ["peak"]),
    ]
    inits = [weight("w1", (8, 3, 3, 3)), weight("b1", (8,)), weight("w2", (8, 4, 3, 3)),
             weight("w3", (8, 4, 3, 3)), weight("b3", (4,))]
    image = helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, None, None])
    dims = image.type.tensor_type.shape.dim
    dims[2].dim_value = -1
    dims[3].dim_param = ""
    outputs = [helper.make_tensor_value_info(name, TensorProto.FLOAT, None)
               for name in ("features", "mean", "peak")]
    graph = helper.make_graph(nodes, "dynamic_cnn", [image], outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 8
    onnx.save(model, path)


if __name__ == "__main__":
    main(sys.argv[1])
