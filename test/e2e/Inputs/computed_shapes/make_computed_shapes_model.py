#!/usr/bin/env python3
"""Writes a model that computes the sizes of its Expand, Resize, Reshape,
Split and Slice from Shape inside the graph, as exported detection and
segmentation networks (and ONNX's own function bodies) do:

    shape = Shape(x)                                  # [1, 3, h, w]
    y     = x + Expand(bias, shape)                   # bias [3, 1, 1]
    hw    = Gather(shape, [2, 3])
    big   = Resize(y, Concat(shape[0:2], Max(2 * hw, [8, 8])), nearest)
    g     = Where(h % 2 == 0, 2, 1)                   # a group size
    z     = Reshape(big, Concat([1, 3], g, [-1]))     # [1, 3, g, ?]
    top, last = Split(y, Concat(h - 1, [1]), axis=2)  # rows 0..h-2, row h-1
    rev   = Slice(y, [w - 1], [-w - 1], [3], [-1])    # y reversed along w

    make_computed_shapes_model.py OUT.onnx

x is [1, 3, h, w] with h and w dynamic (named 'h' and 'w')."""

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def const(name, values, dtype=np.int64):
    return numpy_helper.from_array(np.asarray(values, dtype=dtype), name)


def main():
    nodes = [
        helper.make_node("Shape", ["x"], ["shape"]),
        helper.make_node("Expand", ["bias", "shape"], ["bias_full"]),
        helper.make_node("Add", ["x", "bias_full"], ["y"]),
        helper.make_node("Gather", ["shape", "hw_index"], ["hw"], axis=0),
        helper.make_node("Mul", ["hw", "twos"], ["hw2"]),
        helper.make_node("Max", ["hw2", "eights"], ["hw_big"]),
        helper.make_node("Slice", ["shape", "zero", "two"], ["nc"]),
        helper.make_node("Concat", ["nc", "hw_big"], ["sizes"], axis=0),
        helper.make_node("Resize", ["y", "", "", "sizes"], ["big"], mode="nearest"),
        helper.make_node("Gather", ["shape", "h_index"], ["h"], axis=0),
        helper.make_node("Mod", ["h", "two"], ["h_odd"]),
        helper.make_node("Equal", ["h_odd", "zero"], ["h_even"]),
        helper.make_node("Where", ["h_even", "two", "one"], ["g"]),
        helper.make_node("Concat", ["one_three", "g", "minus_one"], ["z_shape"], axis=0),
        helper.make_node("Reshape", ["big", "z_shape"], ["z"]),
        helper.make_node("Sub", ["h", "one"], ["h_minus_one"]),
        helper.make_node("Concat", ["h_minus_one", "one"], ["split"], axis=0),
        helper.make_node("Split", ["y", "split"], ["top", "last"], axis=2),
        helper.make_node("Gather", ["shape", "w_index"], ["w"], axis=0),
        helper.make_node("Sub", ["w", "one"], ["w_last"]),
        helper.make_node("Neg", ["w"], ["minus_w"]),
        helper.make_node("Sub", ["minus_w", "one"], ["rev_end"]),
        helper.make_node("Slice", ["y", "w_last", "rev_end", "three", "minus_one"], ["rev"]),
    ]
    initializers = [
        const("bias", np.arange(3).reshape(3, 1, 1), np.float32),
        const("hw_index", [2, 3]), const("h_index", [2]), const("w_index", [3]),
        const("twos", [2, 2]), const("eights", [8, 8]), const("zero", [0]),
        const("one", [1]), const("two", [2]), const("three", [3]),
        const("minus_one", [-1]), const("one_three", [1, 3]),
    ]
    outputs = [helper.make_tensor_value_info(name, TensorProto.FLOAT, [1, 3, None, None])
               for name in ("z", "top", "last", "rev")]
    graph = helper.make_graph(
        nodes, "computed_shapes",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, "h", "w"])],
        outputs, initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    onnx.save(model, sys.argv[1])


if __name__ == "__main__":
    main()
