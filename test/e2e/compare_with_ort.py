#!/usr/bin/env python3
"""Run a model compiled by onnxc and ONNX Runtime on the same random inputs.

    compare_with_ort.py MODEL.onnx LIB.so --batch 1 --batch 3 [--atol 1e-5]
                        [--threads 1 --threads 2]

For each --batch B: every dynamic dimension at axis 0 of an input is set to
B (other dynamic dimensions come from --dim NAME=VALUE, or a whole input
shape from --input-shape-override NAME:D0xD1x...), random inputs are drawn
from a fixed seed, ONNX Runtime (CPUExecutionProvider) computes the expected
outputs, and `onnxc-run LIB.so --input NAME=FILE.pb ... --output-dir DIR`
computes the actual ones. Prints one line per output:

    batch B output NAME: max abs diff D

With --atol-steps K (quantized models), an output that a DequantizeLinear
with a constant one-element scale S produces is compared at atol K * S (K
quantization steps of the output) instead of --atol, and its line adds
`(N steps of S)`. With --ort-no-optimization ONNX Runtime runs the graph as
written (GraphOptimizationLevel.ORT_DISABLE_ALL): on a QDQ model its default
level fuses DequantizeLinear -> op -> QuantizeLinear into integer kernels
that requantize in another order than the graph says (docs/testing.md).

With --threads T (repeatable), each batch runs once per T with
`onnxc-run --threads T`, on inputs of its own, and the lines read
`batch B threads T output NAME: ...`.

and exits 1 if any output differs in shape, element type or by more than
atol + rtol * |expected|, or if onnxc-run fails. Needs onnx, onnxruntime and
numpy (the project's venv).
"""
import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import onnx
import onnxruntime as ort
from onnx import numpy_helper


def parse_shape(text):
    """'1x3x32x32' -> [1, 3, 32, 32]"""
    try:
        return [int(d) for d in text.split("x")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad shape '{text}', expected e.g. 1x3x32x32")


def add_input_arguments(parser):
    """The options that choose input shapes, tolerances and the seed; shared
    with run_aarch64.py."""
    parser.add_argument("--batch", type=int, action="append", default=[],
                        help="value for dynamic dims at axis 0; repeat for several runs "
                             "(default: 1)")
    parser.add_argument("--dim", action="append", default=[], metavar="NAME=VALUE",
                        help="value for the dynamic dim called NAME (dim_param)")
    parser.add_argument("--input-shape-override", action="append", default=[],
                        metavar="NAME:SHAPE",
                        help="full shape for input NAME, e.g. input:2x3x32x32")
    parser.add_argument("--atol", type=float, default=1e-5)
    parser.add_argument("--rtol", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)


def finish_input_arguments(parser, args):
    """Parses --dim and --input-shape-override into args.dims/args.overrides."""
    args.dims = {}
    for item in args.dim:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--dim expects NAME=VALUE, got '{item}'")
        args.dims[name] = int(value)
    args.overrides = {}
    for item in args.input_shape_override:
        name, sep, shape = item.rpartition(":")
        if not sep:
            parser.error(f"--input-shape-override expects NAME:SHAPE, got '{item}'")
        args.overrides[name] = parse_shape(shape)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Compare a library compiled by onnxc with ONNX Runtime.")
    parser.add_argument("model", help="the .onnx model the library was compiled from")
    parser.add_argument("library", help="the library onnxc wrote")
    add_input_arguments(parser)
    parser.add_argument("--threads", type=int, action="append", default=[],
                        help="onnxc-run --threads T; repeat to run each batch with each T "
                             "(default: onnxc-run's default)")
    parser.add_argument("--onnxc-run", default="onnxc-run",
                        help="the onnxc-run to use (default: the one on PATH)")
    parser.add_argument("--work-dir",
                        help="keep inputs and outputs here instead of a temporary dir")
    parser.add_argument("--atol-steps", type=float,
                        help="atol for outputs of a DequantizeLinear: this many steps of "
                             "its (constant, one-element) scale")
    parser.add_argument("--ort-no-optimization", action="store_true",
                        help="run ONNX Runtime with its graph optimizations disabled")
    args = parser.parse_args(argv)

    finish_input_arguments(parser, args)
    return args


def graph_inputs(model):
    """The inputs the caller feeds: graph inputs that are not initializers."""
    initializers = {init.name for init in model.graph.initializer}
    return [vi for vi in model.graph.input if vi.name not in initializers]


def concrete_shape(value_info, batch, dims, overrides):
    """The shape to feed for one input, with every dynamic dim resolved."""
    if value_info.name in overrides:
        return overrides[value_info.name]
    shape = []
    for axis, dim in enumerate(value_info.type.tensor_type.shape.dim):
        if dim.HasField("dim_value"):
            shape.append(dim.dim_value)
        elif dim.HasField("dim_param") and dim.dim_param in dims:
            shape.append(dims[dim.dim_param])
        elif axis == 0:
            shape.append(batch)
        else:
            sys.exit(f"compare_with_ort: input '{value_info.name}' has a dynamic dim at "
                     f"axis {axis}; give it with --dim or --input-shape-override")
    return shape


def output_steps(model):
    """{output name: the scale of the DequantizeLinear producing it}, for the
    graph outputs whose producer is a DequantizeLinear with a constant
    one-element scale."""
    constants = {init.name: init for init in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type == "Constant" and node.attribute and node.attribute[0].name == "value":
            constants[node.output[0]] = node.attribute[0].t
    producers = {out: node for node in model.graph.node for out in node.output}
    steps = {}
    for output in model.graph.output:
        node = producers.get(output.name)
        if node is None or node.op_type != "DequantizeLinear" or node.input[1] not in constants:
            continue
        scale = numpy_helper.to_array(constants[node.input[1]])
        if scale.size == 1:
            steps[output.name] = float(scale.reshape(-1)[0])
    return steps


def random_tensor(rng, elem_type, shape):
    dtype = onnx.helper.tensor_dtype_to_np_dtype(elem_type)
    if np.issubdtype(dtype, np.floating):
        return rng.standard_normal(shape).astype(dtype)
    if dtype == np.bool_:
        return rng.integers(0, 2, size=shape).astype(np.bool_)
    return rng.integers(0, 10, size=shape).astype(dtype)


def write_tensor(array, name, path):
    with open(path, "wb") as f:
        f.write(numpy_helper.from_array(array, name).SerializeToString())


def read_tensor(path):
    tensor = onnx.TensorProto()
    with open(path, "rb") as f:
        tensor.ParseFromString(f.read())
    return tensor.name, numpy_helper.to_array(tensor)


def run_onnxc(args, feeds, work_dir, threads=None):
    """Runs onnxc-run on feeds (with --threads when given); returns the
    outputs in order as (name, array)."""
    command = [args.onnxc_run, args.library]
    if threads is not None:
        command += ["--threads", str(threads)]
    for index, (name, array) in enumerate(feeds.items()):
        path = os.path.join(work_dir, f"input_{index}.pb")
        write_tensor(array, name, path)
        command += ["--input", f"{name}={path}"]
    output_dir = os.path.join(work_dir, "outputs")
    command += ["--output-dir", output_dir]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"compare_with_ort: onnxc-run exited with {result.returncode}: "
                 + " ".join(command))
    outputs = []
    while os.path.exists(os.path.join(output_dir, f"output_{len(outputs)}.pb")):
        outputs.append(read_tensor(os.path.join(output_dir, f"output_{len(outputs)}.pb")))
    return outputs


def compare(batch, name, expected, actual, atol, rtol, step=None):
    """Prints one comparison line (with the diff in quantization steps when
    `step` is given); returns True when actual matches."""
    if actual.shape != expected.shape or actual.dtype != expected.dtype:
        print(f"batch {batch} output {name}: got {actual.dtype}{list(actual.shape)}, "
              f"expected {expected.dtype}{list(expected.shape)}")
        return False
    if expected.size == 0:
        print(f"batch {batch} output {name}: max abs diff 0 (empty)")
        return True
    exp = expected.astype(np.float64)
    act = actual.astype(np.float64)
    diff = np.abs(act - exp)
    # NaN must meet NaN; a NaN on one side only is a mismatch.
    both_nan = np.isnan(exp) & np.isnan(act)
    diff[both_nan] = 0
    diff[np.isnan(diff)] = np.inf
    max_diff = float(diff.max())
    bad = int(np.count_nonzero(diff > atol + rtol * np.abs(np.nan_to_num(exp))))
    print(f"batch {batch} output {name}: max abs diff {max_diff:.3g}"
          + (f" ({max_diff / step:.3g} steps of {step:.3g})" if step else "")
          + (f" ({bad} mismatches)" if bad else ""))
    return bad == 0


def check_batch(args, model, session, batch, rng, run, who, program="compare_with_ort",
                label=None):
    """Runs ONNX Runtime and `run(feeds) -> [(name, array)]` on the same
    random inputs for one batch size and compares every output; `who` names
    the runner in messages, which say `batch LABEL` (default: the batch).
    Returns True when all match."""
    batch_label = batch if label is None else label
    feeds = {}
    for vi in graph_inputs(model):
        shape = concrete_shape(vi, batch, args.dims, args.overrides)
        feeds[vi.name] = random_tensor(rng, vi.type.tensor_type.elem_type, shape)
    try:
        expected = session.run(None, feeds)
    except Exception as error:  # onnxruntime raises its own exception types
        sys.exit(f"{program}: ONNX Runtime rejected the inputs: {error}")
    expected_names = [o.name for o in session.get_outputs()]
    actual = run(feeds)
    if len(actual) != len(expected):
        print(f"batch {batch_label}: {who} gave {len(actual)} outputs, expected {len(expected)}")
        return False
    ok = True
    for name, exp, (actual_name, act) in zip(expected_names, expected, actual):
        if actual_name != name:
            print(f"batch {batch_label} output {name}: {who} named it '{actual_name}'")
            ok = False
        step = getattr(args, "steps", {}).get(name)
        atol = args.atol_steps * step if step else args.atol
        ok &= compare(batch_label, name, exp, act, atol, args.rtol, step)
    return ok


def main(argv=None):
    args = parse_args(argv)
    model = onnx.load(args.model)
    options = ort.SessionOptions()
    options.log_severity_level = 3  # errors only: no notes on unused initializers
    if args.ort_no_optimization:
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = ort.InferenceSession(args.model, options, providers=["CPUExecutionProvider"])
    args.steps = output_steps(model) if args.atol_steps is not None else {}
    rng = np.random.default_rng(args.seed)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        root = args.work_dir or tmp
        for batch in args.batch or [1]:
            for threads in args.threads or [None]:
                label = f"{batch}" if threads is None else f"{batch} threads {threads}"
                work_dir = os.path.join(root, "batch_" + label.replace(" ", "_"))
                os.makedirs(work_dir, exist_ok=True)
                ok &= check_batch(args, model, session, batch, rng,
                                  lambda feeds: run_onnxc(args, feeds, work_dir, threads),
                                  "onnxc-run", label=label)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
