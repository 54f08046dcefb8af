#!/usr/bin/env python3
"""Writes the models and data of index_bounds.test into OUT:
  embedding.onnx   Gather of a [10, 4] table by int64 ids [b, s]
  constant.onnx    Gather by the constant indices [1, 12] (12 is out of range)
  good/ too_big/ too_small/   test data sets for embedding.onnx: ids in
                   range (both ends, negative ones too), 1e9, and -11."""
import pathlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
table = np.arange(40, dtype=np.float32).reshape(10, 4)

graph = helper.make_graph(
    [helper.make_node("Gather", ["table", "ids"], ["rows"], name="embed")], "embedding",
    [helper.make_tensor_value_info("ids", TensorProto.INT64, ["b", "s"])],
    [helper.make_tensor_value_info("rows", TensorProto.FLOAT, ["b", "s", 4])],
    [numpy_helper.from_array(table, "table")])
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]),
          out / "embedding.onnx")

graph = helper.make_graph(
    [helper.make_node("Gather", ["x", "picks"], ["y"], name="pick")], "constant",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [10, 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 4])],
    [numpy_helper.from_array(np.array([1, 12], dtype=np.int64), "picks")])
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]),
          out / "constant.onnx")

for name, ids in [("good", [[0, 9, -1, -10]]), ("too_big", [[0, 1000000000, 3, 2]]),
                  ("too_small", [[-11, 0, 1, 2]])]:
    ids = np.array(ids, dtype=np.int64)
    folder = out / name
    folder.mkdir(exist_ok=True)
    (folder / "input_0.pb").write_bytes(numpy_helper.from_array(ids, "ids").SerializeToString())
    rows = table[np.clip(ids, -10, 9)]
    (folder / "output_0.pb").write_bytes(numpy_helper.from_array(rows, "rows").SerializeToString())
