#!/usr/bin/env python3
"""Writes the models of control_flow.test into OUT, each with dynamic dims:
  if.onnx    If on a condition computed from the data (sum(x) > 0); the
             branches use x from the enclosing graph
  loop.onnx  Loop with a constant trip count of 3: carries acc = acc/2 + x
             (x captured) and stacks sum(acc) per iteration as a scan output
  scan.onnx  Scan over axis 1 of x [2, T, 4]: running sum s of the slices,
             2 s per step stacked back along axis 1; Scan's state starts at s0
  nested.onnx  a Loop whose body holds an If on the iteration number"""
import pathlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

F, I, B = TensorProto.FLOAT, TensorProto.INT64, TensorProto.BOOL
out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)


def tensor(name, elem, dims):
    return helper.make_tensor_value_info(name, elem, dims)


def save(name, nodes, inputs, outputs, initializers=()):
    graph = helper.make_graph(nodes, name, inputs, outputs, list(initializers))
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]),
              out / f"{name}.onnx")


then_branch = helper.make_graph(
    [helper.make_node("Relu", ["x"], ["r"]), helper.make_node("Add", ["r", "r"], ["y_then"])],
    "then", [], [tensor("y_then", F, ["N", 4])])
else_branch = helper.make_graph(
    [helper.make_node("Neg", ["x"], ["y_else"])], "else", [], [tensor("y_else", F, ["N", 4])])
save("if",
     [helper.make_node("ReduceSum", ["x"], ["s"], keepdims=0),
      helper.make_node("Greater", ["s", "zero"], ["c"]),
      helper.make_node("If", ["c"], ["y"], then_branch=then_branch, else_branch=else_branch)],
     [tensor("x", F, ["N", 4])], [tensor("y", F, ["N", 4])],
     [numpy_helper.from_array(np.array(0, np.float32), "zero")])

body = helper.make_graph(
    [helper.make_node("Mul", ["acc_in", "half"], ["h"]),
     helper.make_node("Add", ["h", "x"], ["acc_out"]),
     helper.make_node("ReduceSum", ["acc_out"], ["total"], keepdims=0),
     helper.make_node("Identity", ["cond_in"], ["cond_out"])],
    "body", [tensor("i", I, []), tensor("cond_in", B, []), tensor("acc_in", F, ["N", 4])],
    [tensor("cond_out", B, []), tensor("acc_out", F, ["N", 4]), tensor("total", F, [])],
    [numpy_helper.from_array(np.array(0.5, np.float32), "half")])
save("loop",
     [helper.make_node("Loop", ["trips", "", "x"], ["acc", "totals"], body=body)],
     [tensor("x", F, ["N", 4])], [tensor("acc", F, ["N", 4]), tensor("totals", F, [3])],
     [numpy_helper.from_array(np.array(3, np.int64), "trips")])

scan_body = helper.make_graph(
    [helper.make_node("Add", ["s_in", "x_t"], ["s_out"]),
     helper.make_node("Add", ["s_out", "s_out"], ["y_t"])],
    "scan_body", [tensor("s_in", F, [2, 4]), tensor("x_t", F, [2, 4])],
    [tensor("s_out", F, [2, 4]), tensor("y_t", F, [2, 4])])
save("scan",
     [helper.make_node("Scan", ["s0", "x"], ["s", "y"], body=scan_body, num_scan_inputs=1,
                       scan_input_axes=[1], scan_output_axes=[1])],
     [tensor("s0", F, [2, 4]), tensor("x", F, [2, "T", 4])],
     [tensor("s", F, [2, 4]), tensor("y", F, [2, "T", 4])])

odd = helper.make_graph([helper.make_node("Sub", ["v_in", "x"], ["v_odd"])], "odd", [],
                        [tensor("v_odd", F, ["N", 4])])
even = helper.make_graph([helper.make_node("Add", ["v_in", "x"], ["v_even"])], "even", [],
                         [tensor("v_even", F, ["N", 4])])
nested_body = helper.make_graph(
    [helper.make_node("Mod", ["i", "two"], ["m"]),
     helper.make_node("Equal", ["m", "one"], ["is_odd"]),
     helper.make_node("If", ["is_odd"], ["v_out"], then_branch=odd, else_branch=even),
     helper.make_node("Identity", ["cond_in"], ["cond_out"])],
    "nested_body", [tensor("i", I, []), tensor("cond_in", B, []), tensor("v_in", F, ["N", 4])],
    [tensor("cond_out", B, []), tensor("v_out", F, ["N", 4])],
    [numpy_helper.from_array(np.array(2, np.int64), "two"),
     numpy_helper.from_array(np.array(1, np.int64), "one")])
save("nested",
     [helper.make_node("Loop", ["n", "go", "x"], ["v"], body=nested_body)],
     [tensor("x", F, ["N", 4]), tensor("n", I, []), tensor("go", B, [])],
     [tensor("v", F, ["N", 4])])


def save_data_set(model, folder, inputs):
    """Inputs and ONNX Runtime's outputs as a test data set of `model`."""
    import onnxruntime
    session = onnxruntime.InferenceSession(str(out / f"{model}.onnx"),
                                           providers=["CPUExecutionProvider"])
    names = [i.name for i in session.get_inputs()]
    results = session.run(None, dict(zip(names, inputs)))
    target = out / folder
    target.mkdir(exist_ok=True)
    for k, value in enumerate(inputs):
        (target / f"input_{k}.pb").write_bytes(numpy_helper.from_array(value).SerializeToString())
    for k, value in enumerate(results):
        (target / f"output_{k}.pb").write_bytes(
            numpy_helper.from_array(value).SerializeToString())


rng = np.random.default_rng(0)
positive = np.abs(rng.standard_normal((3, 4))).astype(np.float32)
save_data_set("if", "if_then", [positive])
save_data_set("if", "if_else", [-positive[:2]])
save_data_set("loop", "loop_1", [rng.standard_normal((1, 4)).astype(np.float32)])
save_data_set("loop", "loop_5", [rng.standard_normal((5, 4)).astype(np.float32)])
save_data_set("scan", "scan_2x3", [rng.standard_normal((2, 4)).astype(np.float32),
                                   rng.standard_normal((2, 3, 4)).astype(np.float32)])
save_data_set("scan", "scan_2x7", [rng.standard_normal((2, 4)).astype(np.float32),
                                   rng.standard_normal((2, 7, 4)).astype(np.float32)])
x = rng.standard_normal((2, 4)).astype(np.float32)
save_data_set("nested", "nested_5", [x, np.array(5, np.int64), np.array(True)])
save_data_set("nested", "nested_stopped", [x, np.array(5, np.int64), np.array(False)])
save_data_set("nested", "nested_0", [x, np.array(0, np.int64), np.array(True)])
