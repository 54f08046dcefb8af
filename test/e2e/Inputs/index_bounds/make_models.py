#!/usr/bin/env python3
"""Writes the models and data of index_bounds.test into OUT:
  embedding.onnx   Gather of a [10, 4] table by int64 ids [b, s]
  constant.onnx    Gather by the constant indices [1, 12] (12 is out of range)
  good/ too_big/ too_small/   test data sets for embedding.onnx: ids in
                   range (both ends, negative ones too), 1e9, and -11
  gather_elements.onnx, gather_nd.onnx, scatter_elements.onnx, scatter_nd.onnx
                   the other indexed-access ops, every input dynamic, each
                   with data sets <op>_good/ (checked against numpy),
                   <op>_bad_index/ (an index out of range) and, where a dim
                   of the indices or updates walks a data dim,
                   <op>_bad_dim/ (that dim larger than the data's)."""
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


def save_model(name, node, inputs, output):
    """A one-node opset-18 model; an input given by its rank has only
    dynamic dims (GatherND and ScatterND need the tuple length static)."""
    def dims(n, shape):
        return [f"{n}{i}" for i in range(shape)] if isinstance(shape, int) else shape
    graph = helper.make_graph(
        [node], name,
        [helper.make_tensor_value_info(n, t, dims(n, shape)) for n, t, shape in inputs],
        [helper.make_tensor_value_info(output[0], output[1], None)])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]),
              out / f"{name}.onnx")


def save_data_set(name, inputs, result):
    folder = out / name
    folder.mkdir(exist_ok=True)
    for i, value in enumerate(inputs):
        (folder / f"input_{i}.pb").write_bytes(numpy_helper.from_array(value).SerializeToString())
    (folder / "output_0.pb").write_bytes(numpy_helper.from_array(result).SerializeToString())


F, I = TensorProto.FLOAT, TensorProto.INT64
data = np.arange(12, dtype=np.float32).reshape(3, 4)

save_model("gather_elements",
           helper.make_node("GatherElements", ["data", "indices"], ["out"], axis=1,
                            name="pick_elements"),
           [("data", F, 2), ("indices", I, 2)], ("out", F))
picks = np.array([[0, -1], [3, 2]], dtype=np.int64)
save_data_set("gather_elements_good", [data, picks], data[np.arange(2)[:, None], picks])
save_data_set("gather_elements_bad_index", [data, np.array([[0, 4]], dtype=np.int64)],
              np.zeros((1, 2), np.float32))
save_data_set("gather_elements_bad_dim", [data, np.zeros((4, 2), dtype=np.int64)],
              np.zeros((4, 2), np.float32))

save_model("gather_nd",
           helper.make_node("GatherND", ["data", "indices"], ["out"], name="pick_cells"),
           [("data", F, 2), ("indices", I, ["n", 2])], ("out", F))
cells = np.array([[2, 3], [-1, 0]], dtype=np.int64)
save_data_set("gather_nd_good", [data, cells], data[cells[:, 0], cells[:, 1]])
save_data_set("gather_nd_bad_index", [data, np.array([[0, 0], [1, -5]], dtype=np.int64)],
              np.zeros(2, np.float32))

save_model("scatter_elements",
           helper.make_node("ScatterElements", ["data", "indices", "updates"], ["out"],
                            axis=0, reduction="add", name="add_rows"),
           [("data", F, 2), ("indices", I, 2), ("updates", F, 2)], ("out", F))
rows = np.array([[0, 2, 1, 0], [-1, 2, 0, 0]], dtype=np.int64)
adds = np.ones((2, 4), np.float32)
expected = data.copy()
for (r, c), v in np.ndenumerate(adds):
    expected[rows[r, c], c] += v
save_data_set("scatter_elements_good", [data, rows, adds], expected)
save_data_set("scatter_elements_bad_index",
              [data, np.array([[3, 0, 0, 0]], dtype=np.int64), np.ones((1, 4), np.float32)],
              data)
save_data_set("scatter_elements_bad_dim",
              [data, np.zeros((2, 4), dtype=np.int64), np.ones((3, 4), np.float32)], data)

save_model("scatter_nd",
           helper.make_node("ScatterND", ["data", "indices", "updates"], ["out"],
                            name="set_rows"),
           [("data", F, 2), ("indices", I, ["n", 1]), ("updates", F, 2)], ("out", F))
which = np.array([[2], [-3]], dtype=np.int64)
values = np.full((2, 4), -1.0, np.float32)
expected = data.copy()
expected[which[:, 0]] = values
save_data_set("scatter_nd_good", [data, which, values], expected)
save_data_set("scatter_nd_bad_index", [data, np.array([[7]], dtype=np.int64),
                                       np.ones((1, 4), np.float32)], data)
save_data_set("scatter_nd_bad_dim", [data, np.array([[0]], dtype=np.int64),
                                     np.ones((1, 5), np.float32)], data)

# Sizes and positions read from data by TopK (k), Tile (repeats), CumSum
# (axis), ReverseSequence (sequence_lens) and Einsum (a letter's sizes).
save_model("top_k",
           helper.make_node("TopK", ["x", "k"], ["values", "indices"], axis=1, name="best"),
           [("x", F, 2), ("k", I, [1])], ("values", F))
x = np.array([[1, 5, 3, 5], [2, 0, 4, 4], [7, 7, 7, 7]], np.float32)
order = np.argsort(-x, axis=1, kind="stable")[:, :2]
save_data_set("top_k_good", [x, np.array([2], np.int64)], np.take_along_axis(x, order, 1))
save_data_set("top_k_bad_k", [x, np.array([5], np.int64)], np.zeros((3, 4), np.float32))
save_data_set("top_k_negative_k", [x, np.array([-1], np.int64)], np.zeros((3, 0), np.float32))

save_model("tile",
           helper.make_node("Tile", ["x", "repeats"], ["y"], name="repeat"),
           [("x", F, 2), ("repeats", I, [2])], ("y", F))
save_data_set("tile_good", [data, np.array([2, 3], np.int64)], np.tile(data, (2, 3)))
save_data_set("tile_negative", [data, np.array([2, -1], np.int64)], np.zeros((0, 0), np.float32))
save_data_set("tile_too_many", [data, np.array([1 << 40, 1 << 20], np.int64)],
              np.zeros((0, 0), np.float32))

save_model("cumsum",
           helper.make_node("CumSum", ["x", "axis"], ["y"], name="running"),
           [("x", F, 2), ("axis", I, [])], ("y", F))
save_data_set("cumsum_good", [data, np.array(-1, np.int64)], np.cumsum(data, axis=1))
save_data_set("cumsum_bad_axis", [data, np.array(2, np.int64)], data)

save_model("reverse_sequence",
           helper.make_node("ReverseSequence", ["x", "lens"], ["y"], batch_axis=0, time_axis=1,
                            name="reverse"),
           [("x", F, 2), ("lens", I, ["b"])], ("y", F))
reversed_rows = data.copy()
for b, n in enumerate([4, 1, 2]):
    reversed_rows[b, :n] = data[b, :n][::-1]
save_data_set("reverse_sequence_good", [data, np.array([4, 1, 2], np.int64)], reversed_rows)
save_data_set("reverse_sequence_bad_len", [data, np.array([4, 5, 0], np.int64)], data)

save_model("einsum",
           helper.make_node("Einsum", ["a", "b"], ["c"], equation="ij,jk->ik", name="contract"),
           [("a", F, 2), ("b", F, 2)], ("c", F))
save_data_set("einsum_good", [data, data.T.copy()], data @ data.T)
save_data_set("einsum_bad_dim", [data, np.ones((5, 2), np.float32)], np.zeros((3, 2), np.float32))

# AffineGrid is an opset-20 operator.
onnx.save(helper.make_model(
    helper.make_graph(
        [helper.make_node("AffineGrid", ["theta", "size"], ["grid"], name="grid")],
        "affine_grid",
        [helper.make_tensor_value_info("theta", F, ["n", 2, 3]),
         helper.make_tensor_value_info("size", I, [4])],
        [helper.make_tensor_value_info("grid", F, None)]),
    opset_imports=[helper.make_opsetid("", 20)]), out / "affine_grid.onnx")
identity = np.array([[[1, 0, 0], [0, 1, 0]]], np.float32)
xs = (2 * np.arange(3) + 1) / 3 - 1
ys = (2 * np.arange(2) + 1) / 2 - 1
grid = np.stack(np.meshgrid(xs, ys), axis=-1)[None].astype(np.float32)
save_data_set("affine_grid_good", [identity, np.array([1, 1, 2, 3], np.int64)], grid)
save_data_set("affine_grid_bad_n", [identity, np.array([4, 1, 2, 3], np.int64)],
              np.zeros((0, 0, 0, 2), np.float32))
save_data_set("affine_grid_negative", [identity, np.array([1, 1, -2, 3], np.int64)],
              np.zeros((0, 0, 0, 2), np.float32))
