#!/usr/bin/env python3
"""Writes a model that upsamples by sizes computed at run time and pads by
pads computed at run time, the way torch exports
`F.interpolate(x, size=(2 * h, 2 * w))` with dynamic h and w:

    sizes = Concat(Shape(x)[0:2], Gather(Shape(x), [2, 3]) * 2)
    y     = Resize(x, sizes, mode=linear)            # [1, 3, 2h, 2w]
    pads  = Concat([0, 0], Gather(Shape(x), [2, 3]) / 2, [0, 0, 1, 1])
    z     = Pad(y, pads, mode=reflect)               # [1, 3, 2h + h/2 + 1, ...]

    make_upsample_pad_model.py OUT.onnx

x is [1, 3, h, w] with h and w dynamic (named 'h' and 'w')."""

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def const(name, values):
    return numpy_helper.from_array(np.asarray(values, dtype=np.int64), name)


def main():
    nodes = [
        helper.make_node("Shape", ["x"], ["shape"]),
        helper.make_node("Slice", ["shape", "zero", "two"], ["nc"]),
        helper.make_node("Gather", ["shape", "hw_index"], ["hw"], axis=0),
        helper.make_node("Mul", ["hw", "twos"], ["hw2"]),
        helper.make_node("Concat", ["nc", "hw2"], ["sizes"], axis=0),
        helper.make_node("Resize", ["x", "", "", "sizes"], ["y"], mode="linear"),
        helper.make_node("Div", ["hw", "twos"], ["half"]),
        helper.make_node("Concat", ["zeros", "half", "tail"], ["pads"], axis=0),
        helper.make_node("Pad", ["y", "pads"], ["z"], mode="reflect"),
    ]
    initializers = [const("zero", [0]), const("two", [2]), const("hw_index", [2, 3]),
                    const("twos", [2, 2]), const("zeros", [0, 0]), const("tail", [0, 0, 1, 1])]
    graph = helper.make_graph(
        nodes, "upsample_pad",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, "h", "w"])],
        [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 3, None, None])],
        initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 19)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    onnx.save(model, sys.argv[1])


if __name__ == "__main__":
    main()
