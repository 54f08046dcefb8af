#!/usr/bin/env python3
"""Writes the models and data of shape_checks.test into OUT. Each model has
inputs whose dynamic dims carry different names, so the runtime's input
validation cannot tell that ONNX needs them equal; the compiled model must.
  add.onnx      Add of a [n] and b [m]
  matmul.onnx   MatMul of a [r, k] and b [j, c] (k and j must agree)
  concat.onnx   Concat on axis 0 of a [p, q] and b [s, t] (q and t must agree)
  conv.onnx     Conv of x [1, 1, h, w] (dynamic spatial dims) with a 3x3 filter
and per model a folder <model>_good/ (agreeing dims, checked against numpy)
and <model>_bad/ (dims that disagree: the run must fail, not read past a
buffer); conv_small/ has an image smaller than the filter (an output
height of 0)."""
import pathlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
F = TensorProto.FLOAT


def save_model(name, node, inputs, initializers=()):
    graph = helper.make_graph(
        [node], name, [helper.make_tensor_value_info(n, F, dims) for n, dims in inputs],
        [helper.make_tensor_value_info(node.output[0], F, None)], list(initializers))
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]),
              out / f"{name}.onnx")


def save_data_set(name, inputs, result=np.zeros(1)):
    """A bad data set's output is a placeholder: onnxc-run wants one."""
    folder = out / name
    folder.mkdir(exist_ok=True)
    for i, value in enumerate(inputs):
        (folder / f"input_{i}.pb").write_bytes(
            numpy_helper.from_array(value.astype(np.float32)).SerializeToString())
    (folder / "output_0.pb").write_bytes(
            numpy_helper.from_array(result.astype(np.float32)).SerializeToString())


rng = np.random.default_rng(0)


def rand(*shape):
    return rng.standard_normal(shape).astype(np.float32)


save_model("add", helper.make_node("Add", ["a", "b"], ["y"], name="add"),
           [("a", ["n"]), ("b", ["m"])])
a, b = rand(4), rand(4)
save_data_set("add_good", [a, b], a + b)
save_data_set("add_bad", [rand(1000), rand(3)])

save_model("matmul", helper.make_node("MatMul", ["a", "b"], ["y"], name="project"),
           [("a", ["r", "k"]), ("b", ["j", "c"])])
a, b = rand(2, 5), rand(5, 3)
save_data_set("matmul_good", [a, b], a @ b)
save_data_set("matmul_bad", [rand(2, 5), rand(64, 3)])

save_model("concat", helper.make_node("Concat", ["a", "b"], ["y"], axis=0, name="join"),
           [("a", ["p", "q"]), ("b", ["s", "t"])])
a, b = rand(2, 3), rand(4, 3)
save_data_set("concat_good", [a, b], np.concatenate([a, b]))
save_data_set("concat_bad", [rand(2, 3), rand(4, 100)])

weights = rand(1, 1, 3, 3)
save_model("conv", helper.make_node("Conv", ["x", "w"], ["y"], name="blur"),
           [("x", [1, 1, "h", "w"])], [numpy_helper.from_array(weights, "w")])
x = rand(1, 1, 5, 6)
windows = np.lib.stride_tricks.sliding_window_view(x[0, 0], (3, 3))
save_data_set("conv_good", [x], np.einsum("ijkl,kl->ij", windows, weights[0, 0])[None, None])
save_data_set("conv_small", [rand(1, 1, 1, 6)])
