#!/usr/bin/env python3
"""Writes the models and data sets of computed_shapes.test whose sizes come
from data (model inputs), into OUT:
  split.onnx    Split of x [6] by the input `split` [2] (named 'cut')
  expand.onnx   Expand of x [6] to the shape Concat(Max(n, 1), [6]), n an
                input [1] (named 'grow': the shape is computed from data)
  split_good/ split_bad_sum/ split_negative/   split [2, 4], [5, 4], [-1, 7]
  expand_good/ expand_negative/ expand_huge/   n [3], [-3] (Max makes it 1,
                so valid), [2^50]
Bad data sets have no outputs: the run must fail with a message, never
read or write outside a buffer."""
import pathlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
F, I = TensorProto.FLOAT, TensorProto.INT64
x = np.arange(6, dtype=np.float32)


def save(name, nodes, inputs, outputs, initializers=()):
    graph = helper.make_graph(nodes, name, inputs, outputs, list(initializers))
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]),
              out / f"{name}.onnx")


def data_set(name, inputs, outputs=()):
    folder = out / name
    folder.mkdir(exist_ok=True)
    for i, (key, value) in enumerate(inputs):
        (folder / f"input_{i}.pb").write_bytes(numpy_helper.from_array(value, key).SerializeToString())
    for i, (key, value) in enumerate(outputs):
        (folder / f"output_{i}.pb").write_bytes(numpy_helper.from_array(value, key).SerializeToString())


save("split", [helper.make_node("Split", ["x", "split"], ["a", "b"], axis=0, name="cut")],
     [helper.make_tensor_value_info("x", F, [6]), helper.make_tensor_value_info("split", I, [2])],
     [helper.make_tensor_value_info("a", F, None), helper.make_tensor_value_info("b", F, None)])
data_set("split_good", [("x", x), ("split", np.array([2, 4], dtype=np.int64))],
         [("a", x[:2]), ("b", x[2:])])
data_set("split_bad_sum", [("x", x), ("split", np.array([5, 4], dtype=np.int64))])
data_set("split_negative", [("x", x), ("split", np.array([-1, 7], dtype=np.int64))])

save("expand",
     [helper.make_node("Max", ["n", "one"], ["rows"]),
      helper.make_node("Concat", ["rows", "six"], ["shape"], axis=0),
      helper.make_node("Expand", ["x", "shape"], ["y"], name="grow")],
     [helper.make_tensor_value_info("x", F, [6]), helper.make_tensor_value_info("n", I, [1])],
     [helper.make_tensor_value_info("y", F, None)],
     [numpy_helper.from_array(np.array([1], dtype=np.int64), "one"),
      numpy_helper.from_array(np.array([6], dtype=np.int64), "six")])
data_set("expand_good", [("x", x), ("n", np.array([3], dtype=np.int64))],
         [("y", np.broadcast_to(x, (3, 6)).copy())])
data_set("expand_negative", [("x", x), ("n", np.array([-3], dtype=np.int64))],
         [("y", x.reshape(1, 6))])
data_set("expand_huge", [("x", x), ("n", np.array([1 << 50], dtype=np.int64))])
