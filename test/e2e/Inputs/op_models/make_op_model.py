#!/usr/bin/env python3
"""Writes one small ONNX model that exercises operators the ONNX backend
suite in the onnx wheel does not cover at the current opset.

    make_op_model.py NAME OUT.onnx

Weights are stored as raw_data (numpy_helper.from_array), as exporters
write them. Dynamic dims are named: 'batch' (axis 0, compare_with_ort.py's
--batch) and 'seq' (given with --dim seq=N)."""

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
RNG = np.random.default_rng(7)


def weight(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def inp(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def out(name, elem):
    return helper.make_tensor_value_info(name, elem, None)


def softmax():
    """Softmax over the last axis of a 3-D tensor, LogSoftmax over axis 1."""
    nodes = [helper.make_node("Softmax", ["x"], ["y"], axis=-1),
             helper.make_node("LogSoftmax", ["x"], ["z"], axis=1)]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 4, 8])], \
        [out("y", TensorProto.FLOAT), out("z", TensorProto.FLOAT)], []


def layernorm():
    """LayerNormalization over the hidden dim of [batch, seq, 16], and over
    the last two dims without a bias."""
    nodes = [helper.make_node("LayerNormalization", ["x", "scale", "bias"], ["y"],
                              axis=-1, epsilon=1e-5),
             helper.make_node("LayerNormalization", ["x", "scale2"], ["z"], axis=1)]
    inits = [weight("scale", RNG.standard_normal(16).astype(np.float32)),
             weight("bias", RNG.standard_normal(16).astype(np.float32)),
             weight("scale2", RNG.standard_normal((1, 16)).astype(np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", "seq", 16])], \
        [out("y", TensorProto.FLOAT), out("z", TensorProto.FLOAT)], inits


def embedding():
    """An embedding lookup (Gather axis 0, int64 ids [batch, 6]) plus a
    Gather along axis 1 with int32 negative indices."""
    nodes = [helper.make_node("Gather", ["table", "ids"], ["y"], axis=0),
             helper.make_node("Gather", ["y", "cols"], ["z"], axis=1)]
    inits = [weight("table", RNG.standard_normal((10, 8)).astype(np.float32)),
             weight("cols", np.array([[-1, 0], [2, -6]], dtype=np.int32))]
    return nodes, [inp("ids", TensorProto.INT64, ["batch", 6])], \
        [out("y", TensorProto.FLOAT), out("z", TensorProto.FLOAT)], inits


def where_equal():
    """Comparisons, logic and Where, broadcasting against a constant row."""
    nodes = [helper.make_node("Equal", ["a", "row"], ["eq"]),
             helper.make_node("Less", ["x", "zero"], ["lt"]),
             helper.make_node("GreaterOrEqual", ["a", "row"], ["ge"]),
             helper.make_node("Not", ["eq"], ["ne"]),
             helper.make_node("And", ["lt", "ne"], ["both"]),
             helper.make_node("Or", ["lt", "eq"], ["either"]),
             helper.make_node("Where", ["either", "x", "fill"], ["y"])]
    inits = [weight("row", np.arange(5, dtype=np.int64)),
             weight("zero", np.array(0, dtype=np.float32)),
             weight("fill", np.array([-9.0], dtype=np.float32))]
    return nodes, [inp("a", TensorProto.INT64, ["batch", 5]),
                   inp("x", TensorProto.FLOAT, ["batch", 5])], \
        [out("y", TensorProto.FLOAT), out("both", TensorProto.BOOL),
         out("ge", TensorProto.BOOL)], inits


def slice_model():
    """Slices with negative, clamped and stepped bounds, one negative step."""
    def s(name, starts, ends, axes, steps, src="x"):
        return [weight(name + "_s", np.array(starts, dtype=np.int64)),
                weight(name + "_e", np.array(ends, dtype=np.int64)),
                weight(name + "_a", np.array(axes, dtype=np.int64)),
                weight(name + "_t", np.array(steps, dtype=np.int64))], \
            helper.make_node("Slice", [src, name + "_s", name + "_e", name + "_a",
                                       name + "_t"], [name])
    inits, nodes = [], []
    for args in [("y1", [1, -3], [100, -1], [1, 2], [1, 1]),
                 ("y2", [0, 0], [5, 7], [1, 2], [2, 3]),
                 ("y3", [-1, 5], [-100, 0], [1, 2], [-2, -2]),
                 ("y4", [1], [9223372036854775807], [0], [1])]:
        i, n = s(*args)
        inits += i
        nodes.append(n)
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 6, 7])], \
        [out(n, TensorProto.FLOAT) for n in ("y1", "y2", "y3", "y4")], inits


def concat():
    """Concat of three inputs along a static axis, of two along the dynamic
    batch axis, and of an input and a Concat result along axis -2."""
    nodes = [helper.make_node("Concat", ["a", "b", "c"], ["y"], axis=1),
             helper.make_node("Concat", ["a", "a"], ["z"], axis=0),
             helper.make_node("Concat", ["a", "y"], ["v"], axis=-2)]
    inits = []
    return nodes, [inp("a", TensorProto.FLOAT, ["batch", 2, 3]),
                   inp("b", TensorProto.FLOAT, ["batch", 1, 3]),
                   inp("c", TensorProto.FLOAT, ["batch", 4, 3])], \
        [out("y", TensorProto.FLOAT), out("z", TensorProto.FLOAT),
         out("v", TensorProto.FLOAT)], inits


def cast():
    """Cast between float, signed ints and bool (float -> int truncates)."""
    nodes = [helper.make_node("Mul", ["x", "three"], ["x3"]),
             helper.make_node("Cast", ["x3"], ["i32"], to=TensorProto.INT32),
             helper.make_node("Cast", ["i32"], ["i8"], to=TensorProto.INT8),
             helper.make_node("Cast", ["i8"], ["back"], to=TensorProto.FLOAT),
             helper.make_node("Cast", ["i32"], ["flag"], to=TensorProto.BOOL),
             helper.make_node("Cast", ["flag"], ["flag64"], to=TensorProto.INT64),
             helper.make_node("Cast", ["n"], ["nf"], to=TensorProto.DOUBLE)]
    inits = [weight("three", np.array(3.0, dtype=np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 8]),
                   inp("n", TensorProto.INT64, ["batch", 3])], \
        [out("back", TensorProto.FLOAT), out("flag64", TensorProto.INT64),
         out("nf", TensorProto.DOUBLE)], inits


def clip():
    """Clip with constant bounds (ReLU6), a minimum only, and runtime bounds."""
    nodes = [helper.make_node("Clip", ["x", "lo", "hi"], ["y"]),
             helper.make_node("Clip", ["x", "lo2"], ["z"]),
             helper.make_node("Clip", ["x", "", "rhi"], ["w"])]
    inits = [weight("lo", np.array(0.0, dtype=np.float32)),
             weight("hi", np.array(0.5, dtype=np.float32)),
             weight("lo2", np.array(-0.25, dtype=np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 3, 4]),
                   inp("rhi", TensorProto.FLOAT, [])], \
        [out("y", TensorProto.FLOAT), out("z", TensorProto.FLOAT),
         out("w", TensorProto.FLOAT)], inits


def batchnorm():
    """BatchNormalization in inference mode on NCHW with a dynamic batch."""
    c = 3
    nodes = [helper.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["y"],
                              epsilon=1e-3)]
    inits = [weight("s", RNG.standard_normal(c).astype(np.float32)),
             weight("b", RNG.standard_normal(c).astype(np.float32)),
             weight("m", RNG.standard_normal(c).astype(np.float32)),
             weight("v", RNG.uniform(0.5, 2.0, c).astype(np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", c, 5, 5])], \
        [out("y", TensorProto.FLOAT)], inits


def reduce_pow():
    """ReduceMean / ReduceSum / ReduceMax over constant axes (opset 18),
    Pow with constant and tensor exponents, Expand, Pad in each mode."""
    nodes = [helper.make_node("ReduceMean", ["x", "ax"], ["mean"], keepdims=1),
             helper.make_node("ReduceSum", ["x", "ax2"], ["sum"], keepdims=0),
             helper.make_node("ReduceMax", ["x"], ["max"], keepdims=1),
             helper.make_node("Pow", ["x", "two"], ["sq"]),
             helper.make_node("Abs", ["x"], ["ax_abs"]),
             helper.make_node("Pow", ["ax_abs", "half"], ["root"]),
             helper.make_node("Pow", ["ax_abs", "e"], ["powe"]),
             helper.make_node("Expand", ["row", "shape"], ["expanded"]),
             helper.make_node("Pad", ["x", "pads", "pv"], ["padded"], mode="constant"),
             helper.make_node("Pad", ["x", "pads"], ["edge"], mode="edge"),
             helper.make_node("Pad", ["x", "pads"], ["reflect"], mode="reflect")]
    inits = [weight("ax", np.array([-1], dtype=np.int64)),
             weight("ax2", np.array([0, 2], dtype=np.int64)),
             weight("two", np.array(2.0, dtype=np.float32)),
             weight("half", np.array(0.5, dtype=np.float32)),
             weight("e", np.array([1.5, 3.0, -1.0, 2.5], dtype=np.float32)),
             weight("row", RNG.standard_normal((3, 1)).astype(np.float32)),
             weight("shape", np.array([2, 3, 4], dtype=np.int64)),
             weight("pads", np.array([0, 1, 2, 0, 2, 1], dtype=np.int64)),
             weight("pv", np.array(1.5, dtype=np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 3, 4])], \
        [out(n, TensorProto.FLOAT) for n in
         ("mean", "sum", "max", "sq", "root", "powe", "expanded", "padded", "edge",
          "reflect")], inits, 18


def conv_pool():
    """Grouped (not depthwise) Conv, 1-D Conv and MaxPool, AveragePool with
    pads, count_include_pad and ceil_mode."""
    nodes = [helper.make_node("Conv", ["x", "wg", "bg"], ["grouped"], group=2,
                              pads=[1, 1, 1, 1]),
             helper.make_node("AveragePool", ["x"], ["avg"], kernel_shape=[3, 3],
                              strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1),
             helper.make_node("AveragePool", ["x"], ["avg_incl"], kernel_shape=[3, 2],
                              pads=[1, 0, 1, 1], count_include_pad=1),
             helper.make_node("Conv", ["s", "w1"], ["conv1d"], strides=[2], pads=[1, 2]),
             helper.make_node("MaxPool", ["s"], ["pool1d"], kernel_shape=[3],
                              strides=[2], pads=[1, 1])]
    inits = [weight("wg", RNG.standard_normal((6, 2, 3, 3)).astype(np.float32)),
             weight("bg", RNG.standard_normal(6).astype(np.float32)),
             weight("w1", RNG.standard_normal((5, 4, 3)).astype(np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 4, 7, 7]),
                   inp("s", TensorProto.FLOAT, ["batch", 4, 9])], \
        [out(n, TensorProto.FLOAT) for n in
         ("grouped", "avg", "avg_incl", "conv1d", "pool1d")], inits


def gelu():
    """Gelu (opset 20), exact and tanh-approximated."""
    nodes = [helper.make_node("Gelu", ["x"], ["y"]),
             helper.make_node("Gelu", ["x"], ["z"], approximate="tanh")]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 16])], \
        [out("y", TensorProto.FLOAT), out("z", TensorProto.FLOAT)], [], 20


def attention_shapes():
    """PyTorch's multi-head attention shape handling with a symbolic batch b
    and sequence length s, on x [b, s, 8] with 2 heads of 4: learned
    positions Gather(table, Range(0, s)); x.transpose(0, 1).view(s, b * 2, 4);
    scores and softmax per head; .view(s * b, 8) and back to .view(s, b, 8)
    with the sizes read from Shape -> Gather -> Mul."""
    def scalar(name, value):
        return weight(name, np.array(value, dtype=np.int64))

    def dim(tensor, index, name):
        return [helper.make_node("Shape", [tensor], [name + "_shape"]),
                helper.make_node("Gather", [name + "_shape", f"i{index}"], [name], axis=0),
                helper.make_node("Unsqueeze", [name, "axis0"], [name + "_1d"])]

    nodes = dim("x", 1, "s") + [
        helper.make_node("Range", ["i0", "s", "i1"], ["positions"]),
        helper.make_node("Gather", ["table", "positions"], ["pos"], axis=0),
        helper.make_node("Add", ["x", "pos"], ["xp"]),
        helper.make_node("Transpose", ["xp"], ["t"], perm=[1, 0, 2]),
    ] + dim("t", 0, "ts") + dim("t", 1, "tb") + [
        helper.make_node("Mul", ["tb", "heads"], ["bh"]),
        helper.make_node("Unsqueeze", ["bh", "axis0"], ["bh_1d"]),
        helper.make_node("Concat", ["ts_1d", "bh_1d", "head_dim"], ["heads_shape"], axis=0),
        helper.make_node("Reshape", ["t", "heads_shape"], ["q"]),
        helper.make_node("Transpose", ["q"], ["qh"], perm=[1, 0, 2]),
        helper.make_node("Transpose", ["q"], ["kt"], perm=[1, 2, 0]),
        helper.make_node("MatMul", ["qh", "kt"], ["scores"]),
        helper.make_node("Softmax", ["scores"], ["probs"], axis=-1),
        helper.make_node("MatMul", ["probs", "qh"], ["ctx"]),
        helper.make_node("Transpose", ["ctx"], ["ctx_t"], perm=[1, 0, 2]),
        helper.make_node("Mul", ["ts", "tb"], ["sb"]),
        helper.make_node("Unsqueeze", ["sb", "axis0"], ["sb_1d"]),
        helper.make_node("Concat", ["sb_1d", "model_dim"], ["flat_shape"], axis=0),
        helper.make_node("Reshape", ["ctx_t", "flat_shape"], ["flat"]),
        helper.make_node("Concat", ["ts_1d", "tb_1d", "model_dim"], ["back_shape"], axis=0),
        helper.make_node("Reshape", ["flat", "back_shape"], ["y"]),
    ]
    inits = [weight("table", RNG.standard_normal((64, 8)).astype(np.float32)),
             scalar("i0", 0), scalar("i1", 1), scalar("heads", 2),
             weight("axis0", np.array([0], dtype=np.int64)),
             weight("head_dim", np.array([4], dtype=np.int64)),
             weight("model_dim", np.array([8], dtype=np.int64))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", "seq", 8])], \
        [out("y", TensorProto.FLOAT), out("positions", TensorProto.INT64)], inits


def quantize_opset10():
    """The opset-10 forms (per tensor, uint8): QuantizeLinear, DequantizeLinear,
    MatMulInteger with zero points, QLinearMatMul, and QLinearConv with
    per-channel int8 weights and an int32 bias; the scales make x span
    about +-150 steps, so both ends saturate."""
    nodes = [helper.make_node("QuantizeLinear", ["x", "xs", "xz"], ["q"]),
             helper.make_node("DequantizeLinear", ["q", "xs", "xz"], ["dq"]),
             helper.make_node("MatMulInteger", ["q", "b", "xz", "bz"], ["mm"]),
             helper.make_node("QLinearMatMul", ["q", "xs", "xz", "b", "bs", "bz", "ys", "yz"],
                              ["qmm"]),
             helper.make_node("QuantizeLinear", ["img", "xs", "xz"], ["qimg"]),
             helper.make_node("QLinearConv", ["qimg", "xs", "xz", "w", "ws", "wz", "ys", "yz",
                                              "bias"], ["qconv"], pads=[1, 1, 1, 1])]
    inits = [weight("xs", np.array(0.02, dtype=np.float32)),
             weight("xz", np.array(128, dtype=np.uint8)),
             weight("b", RNG.integers(0, 256, (6, 5)).astype(np.uint8)),
             weight("bz", np.array(120, dtype=np.uint8)),
             weight("bs", np.array(0.01, dtype=np.float32)),
             weight("ys", np.array(0.05, dtype=np.float32)),
             weight("yz", np.array(100, dtype=np.uint8)),
             weight("w", RNG.integers(-128, 128, (3, 2, 3, 3)).astype(np.int8)),
             weight("ws", np.array([0.01, 0.02, 0.005], dtype=np.float32)),
             weight("wz", np.array([0, 0, 0], dtype=np.int8)),
             weight("bias", np.array([100, -2000, 30000], dtype=np.int32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 4, 6]),
                   inp("img", TensorProto.FLOAT, ["batch", 2, 5, 5])], \
        [out("q", TensorProto.UINT8), out("dq", TensorProto.FLOAT), out("mm", TensorProto.INT32),
         out("qmm", TensorProto.UINT8), out("qconv", TensorProto.UINT8)], inits, 10


def quantize_opset13():
    """Per-axis (axis 1) int8 QuantizeLinear and DequantizeLinear, and the
    DequantizeLinear of an int32 tensor (a QDQ bias) without a zero point."""
    nodes = [helper.make_node("QuantizeLinear", ["x", "s", "z"], ["q"], axis=1),
             helper.make_node("DequantizeLinear", ["q", "s", "z"], ["dq"], axis=1),
             helper.make_node("DequantizeLinear", ["bias", "bs"], ["dbias"])]
    inits = [weight("s", np.array([0.01, 0.02, 0.03, 0.05], dtype=np.float32)),
             weight("z", np.array([-3, 0, 5, 100], dtype=np.int8)),
             weight("bias", np.array([7, -100000, 2**31 - 1], dtype=np.int32)),
             weight("bs", np.array(0.001, dtype=np.float32))]
    return nodes, [inp("x", TensorProto.FLOAT, ["batch", 4, 6])], \
        [out("q", TensorProto.INT8), out("dq", TensorProto.FLOAT),
         out("dbias", TensorProto.FLOAT)], inits, 13


def quantize_opset21():
    """Opset 21: blocked QuantizeLinear to int16 (axis 2, blocks of 4, the
    last block short) and its DequantizeLinear; per-tensor uint16."""
    nodes = [helper.make_node("QuantizeLinear", ["x", "s", "z"], ["q"], axis=2, block_size=4),
             helper.make_node("DequantizeLinear", ["q", "s", "z"], ["dq"], axis=2,
                              block_size=4),
             helper.make_node("QuantizeLinear", ["x", "s16", "z16"], ["q16"])]
    inits = [weight("s", (RNG.random((2, 3, 2)) * 1e-3 + 1e-4).astype(np.float32)),
             weight("z", RNG.integers(-1000, 1000, (2, 3, 2)).astype(np.int16)),
             weight("s16", np.array(1e-4, dtype=np.float32)),
             weight("z16", np.array(30000, dtype=np.uint16))]
    return nodes, [inp("x", TensorProto.FLOAT, [2, 3, 6])], \
        [out("q", TensorProto.INT16), out("dq", TensorProto.FLOAT),
         out("q16", TensorProto.UINT16)], inits, 21


MODELS = {f.__name__.removesuffix("_model"): f for f in (
    softmax, layernorm, embedding, where_equal, slice_model, concat, cast, clip,
    batchnorm, reduce_pow, conv_pool, gelu, attention_shapes, quantize_opset10,
    quantize_opset13, quantize_opset21)}


def main():
    name, path = sys.argv[1], sys.argv[2]
    built = MODELS[name]()
    nodes, inputs, outputs, inits = built[:4]
    opset = built[4] if len(built) > 4 else OPSET
    graph = helper.make_graph(nodes, name, inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8
    model = onnx.shape_inference.infer_shapes(model)
    onnx.checker.check_model(model)
    onnx.save(model, path)


if __name__ == "__main__":
    main()
