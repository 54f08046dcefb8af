#!/usr/bin/env python3
"""Writes a large graph for large_graph.test and utils/benchmark-graph-size.sh:
  make_graph.py chain N OUT.onnx    N nodes in one chain, Tanh and Add of a
                                    constant in turn (neither folds into the
                                    next), on x [b, 64]
  make_graph.py branch N OUT.onnx   N nodes, each an Add of the last value
                                    and one of the 8 before it, or a Tanh
                                    of the last value, in turn: values with
                                    several users and long lifetimes
With --data DIR it also writes DIR/input_0.pb and DIR/output_0.pb (x of
batch 2, and the output computed with numpy) for onnxc-run --test-data-dir."""
import argparse
import pathlib

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

parser = argparse.ArgumentParser()
parser.add_argument("kind", choices=["chain", "branch"])
parser.add_argument("nodes", type=int)
parser.add_argument("out")
parser.add_argument("--data")
args = parser.parse_args()

nodes, initializers = [], []
x = np.linspace(-1, 1, 128, dtype=np.float32).reshape(2, 64)
values = {"x": x}
order = ["x"]
step = np.float32(0.01)
initializers.append(numpy_helper.from_array(np.full([64], step, np.float32), "step"))
for i in range(args.nodes):
    last = order[-1]
    name = f"t{i}"
    if i % 2 == 0:
        nodes.append(helper.make_node("Tanh", [last], [name], name=f"tanh{i}"))
        values[name] = np.tanh(values[last])
    elif args.kind == "chain":
        nodes.append(helper.make_node("Add", [last, "step"], [name], name=f"add{i}"))
        values[name] = values[last] + step
    else:
        other = order[max(0, len(order) - 2 - (i % 8))]
        nodes.append(helper.make_node("Add", [last, other], [name], name=f"add{i}"))
        values[name] = values[last] + values[other]
    order.append(name)

graph = helper.make_graph(
    nodes, f"{args.kind}{args.nodes}",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", 64])],
    [helper.make_tensor_value_info(order[-1], TensorProto.FLOAT, ["b", 64])], initializers)
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), args.out)

if args.data:
    folder = pathlib.Path(args.data)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "input_0.pb").write_bytes(numpy_helper.from_array(x, "x").SerializeToString())
    (folder / "output_0.pb").write_bytes(
        numpy_helper.from_array(values[order[-1]].astype(np.float32)).SerializeToString())
