#!/usr/bin/env python3
"""Runs named cases of ONNX's node conformance suite through onnxc and onnxc-run.

The onnx wheel builds its node cases in memory (onnx.backend.test.loader);
each named case is written out as model.onnx + test_data_set_N/ and checked
with `onnxc-run --test-data-dir` at the case's own rtol/atol (the suite's
1e-3 / 1e-7 unless the case says otherwise).

  node_cases.py --expect FILE   every case named in FILE must pass
"""

import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import onnx
from onnx import numpy_helper


def write_case(case, directory: pathlib.Path) -> None:
    graph = case.model.graph
    (directory / "model.onnx").write_bytes(case.model.SerializeToString())
    for k, (inputs, outputs) in enumerate(case.data_sets):
        data_set = directory / f"test_data_set_{k}"
        data_set.mkdir()
        for kind, values, infos in (("input", inputs, graph.input),
                                    ("output", outputs, graph.output)):
            for i, (value, info) in enumerate(zip(values, infos)):
                tensor = value if isinstance(value, onnx.TensorProto) else \
                    numpy_helper.from_array(np.asarray(value), info.name)
                (data_set / f"{kind}_{i}.pb").write_bytes(tensor.SerializeToString())


def run_case(case, work: pathlib.Path) -> tuple[bool, str]:
    """Compiles and checks one case; returns (passed, the first error line)."""
    directory = work / case.name
    directory.mkdir()
    write_case(case, directory)
    library = directory / "model.so"
    compiled = subprocess.run(["onnxc", str(directory / "model.onnx"), "-o", str(library)],
                              capture_output=True, text=True)
    if compiled.returncode != 0:
        return False, (compiled.stderr.strip().splitlines() or ["onnxc failed"])[-1]
    for data_set in sorted(directory.glob("test_data_set_*")):
        checked = subprocess.run(
            ["onnxc-run", str(library), "--test-data-dir", str(data_set),
             "--rtol", str(case.rtol), "--atol", str(case.atol)],
            capture_output=True, text=True)
        if checked.returncode != 0:
            lines = (checked.stdout + checked.stderr).strip().splitlines()
            return False, f"{data_set.name}: {lines[-1] if lines else 'onnxc-run failed'}"
    return True, ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expect", required=True, type=pathlib.Path,
                        help="file naming one case per line (# starts a comment)")
    args = parser.parse_args()
    names = [line.split("#")[0].strip() for line in args.expect.read_text().splitlines()]
    names = [name for name in names if name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the suite's own casts overflow on purpose
        from onnx.backend.test import loader
        cases = {case.name: case for case in loader.load_model_tests(kind="node")}
    missing = [name for name in names if name not in cases]
    for name in missing:
        print(f"FAIL {name}: no such node case in onnx {onnx.__version__}")
    with tempfile.TemporaryDirectory() as work, \
            concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        results = pool.map(lambda name: (name, run_case(cases[name], pathlib.Path(work))),
                           [name for name in names if name in cases])
        failed = len(missing)
        for name, (passed, error) in results:
            if not passed:
                failed += 1
                print(f"FAIL {name}: {error}")
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
