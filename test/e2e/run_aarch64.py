#!/usr/bin/env python3
"""Run an aarch64 library compiled by onnxc under qemu and compare it with ONNX Runtime.

    run_aarch64.py MODEL.onnx LIB.so [--name PREFIX] --batch 1 --batch 3 [--atol 1e-5]

For an x86-64 (or any non-aarch64) host: cross-compiles the C driver
Inputs/aarch64/run_model.c with --cc (default aarch64-linux-gnu-gcc, from
Debian's gcc-aarch64-linux-gnu and libc6-dev-arm64-cross), then for each
--batch B draws random inputs from a fixed seed exactly as compare_with_ort.py
does (dynamic dims at axis 0 set to B, others from --dim or
--input-shape-override), computes the expected outputs with ONNX Runtime on
the host, writes the inputs as raw little-endian files, and runs

    qemu-aarch64 -L SYSROOT run_model LIB.so PREFIX OUT_DIR -t THREADS FILE:SHAPE ...

which dlopens the library, calls PREFIX_onnxc_api and writes the outputs as
raw files. Prints one line per output, as compare_with_ort.py does:

    batch B output NAME: max abs diff D

and exits 1 if an output differs in name, shape, element type or by more than
atol + rtol * |expected|, or if the driver fails. Needs onnx, onnxruntime and
numpy (the project's venv), qemu-user and the aarch64 cross C toolchain.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import onnx
import onnxruntime as ort

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare_with_ort  # noqa: E402  (graph_inputs, concrete_shape, random_tensor, compare)

DRIVER_SOURCE = os.path.join(HERE, "Inputs", "aarch64", "run_model.c")
RUNTIME_INCLUDE = os.path.join(HERE, "..", "..", "runtime", "include")


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Compare an aarch64 library compiled by onnxc, run under qemu, "
                    "with ONNX Runtime on the host.")
    parser.add_argument("model", help="the .onnx model the library was compiled from")
    parser.add_argument("library", help="the aarch64 library onnxc wrote")
    parser.add_argument("--name",
                        help="the library's symbol prefix (onnxc --name); default: the "
                             "library's file stem with non-identifier characters as '_'")
    compare_with_ort.add_input_arguments(parser)
    parser.add_argument("--threads", type=int, default=0,
                        help="onnxc_options.num_threads for the run (default 0: one per CPU)")
    parser.add_argument("--cc", default="aarch64-linux-gnu-gcc",
                        help="C compiler for the aarch64 driver (default: %(default)s)")
    parser.add_argument("--driver",
                        help="an already built aarch64 run_model to use instead of building one")
    parser.add_argument("--qemu", default="qemu-aarch64", help="default: %(default)s")
    parser.add_argument("--sysroot", default="/usr/aarch64-linux-gnu",
                        help="qemu's -L: where the aarch64 ld.so and libc live "
                             "(default: %(default)s)")
    parser.add_argument("--work-dir",
                        help="keep the driver, inputs and outputs here instead of a temporary dir")
    args = parser.parse_args(argv)

    compare_with_ort.finish_input_arguments(parser, args)
    if args.name is None:
        stem = os.path.basename(args.library).split(".")[0]
        args.name = re.sub(r"[^A-Za-z0-9_]", "_", stem)
    return args


def build_driver(args, work_dir):
    if args.driver:
        return args.driver
    driver = os.path.join(work_dir, "run_model")
    command = [args.cc, "-std=c99", "-D_POSIX_C_SOURCE=200809L", "-O1", "-Wall", "-Wextra",
               "-Werror", "-I", RUNTIME_INCLUDE, DRIVER_SOURCE, "-o", driver, "-ldl"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"run_aarch64: building the driver failed: {' '.join(command)}")
    return driver


def shape_text(shape):
    return "x".join(str(d) for d in shape)


def run_driver(args, driver, feeds, work_dir):
    """Runs the library under qemu; returns the outputs as (name, array)."""
    output_dir = os.path.join(work_dir, "outputs")
    os.makedirs(output_dir, exist_ok=True)
    command = [args.qemu, "-L", args.sysroot, driver, os.path.abspath(args.library),
               args.name, output_dir, "-t", str(args.threads)]
    for index, array in enumerate(feeds.values()):
        path = os.path.join(work_dir, f"input_{index}.bin")
        array.astype(array.dtype.newbyteorder("<"), copy=False).tofile(path)
        command.append(f"{path}:{shape_text(array.shape)}")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"run_aarch64: the driver exited with {result.returncode}: "
                 + " ".join(command))
    outputs = []
    for line in result.stdout.splitlines():
        # output <i> <name> <elem_type> <dims>; the name may hold spaces.
        words = line.split(" ")
        if len(words) < 5 or words[0] != "output":
            continue
        index, name, elem_type, dims = int(words[1]), " ".join(words[2:-2]), int(words[-2]), words[-1]
        shape = [] if dims == "scalar" else [int(d) for d in dims.split("x")]
        dtype = np.dtype(onnx.helper.tensor_dtype_to_np_dtype(elem_type)).newbyteorder("<")
        path = os.path.join(output_dir, f"output_{index}.bin")
        array = np.fromfile(path, dtype=dtype).reshape(shape)
        outputs.append((name, array.astype(array.dtype.newbyteorder("="))))
    return outputs


def main(argv=None):
    args = parse_args(argv)
    for tool in ([args.qemu] + ([] if args.driver else [args.cc])):
        if not shutil.which(tool):
            sys.exit(f"run_aarch64: {tool} not found (utils/setup.sh installs qemu-user, "
                     "gcc-aarch64-linux-gnu and libc6-dev-arm64-cross)")
    model = onnx.load(args.model)
    session = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(args.seed)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        root = args.work_dir or tmp
        os.makedirs(root, exist_ok=True)
        driver = build_driver(args, root)
        for batch in args.batch or [1]:
            work_dir = os.path.join(root, f"batch_{batch}")
            os.makedirs(work_dir, exist_ok=True)
            ok &= compare_with_ort.check_batch(
                args, model, session, batch, rng,
                lambda feeds: run_driver(args, driver, feeds, work_dir),
                "the library", program="run_aarch64")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
