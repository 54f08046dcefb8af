#!/usr/bin/env python3
"""Runs ONNX backend test directories (model.onnx + test_data_set_*/) from the
onnx wheel through onnxc and onnxc-run, unchanged.

  onnx_backend.py --expect FILE   every test named in FILE must pass (CI)
  onnx_backend.py --discover      try every test, print which pass

A test passes when onnxc compiles model.onnx and `onnxc-run LIB
--test-data-dir DIR` accepts every test_data_set_* (onnxc-run's default
tolerances, the ones of ONNX's own backend runner)."""

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

import onnx

SUITES = ("simple", "pytorch-operator", "pytorch-converted")


def data_root() -> pathlib.Path:
    return pathlib.Path(onnx.__file__).parent / "backend" / "test" / "data"


def find_test(name: str) -> pathlib.Path | None:
    for suite in SUITES:
        path = data_root() / suite / name
        if (path / "model.onnx").exists():
            return path
    return None


def run_test(test_dir: pathlib.Path, work: pathlib.Path) -> tuple[bool, str]:
    """Compiles and checks one test; returns (passed, the first error line)."""
    library = work / (test_dir.name + ".so")
    compiled = subprocess.run(
        ["onnxc", str(test_dir / "model.onnx"), "-o", str(library), "--name", "model"],
        capture_output=True, text=True)
    if compiled.returncode != 0:
        return False, (compiled.stderr.strip().splitlines() or ["onnxc failed"])[-1]
    data_sets = sorted(test_dir.glob("test_data_set_*"))
    if not data_sets:
        return False, "no test_data_set_*"
    for data_set in data_sets:
        checked = subprocess.run(
            ["onnxc-run", str(library), "--test-data-dir", str(data_set)],
            capture_output=True, text=True)
        if checked.returncode != 0:
            lines = (checked.stdout + checked.stderr).strip().splitlines()
            return False, f"{data_set.name}: {lines[-1] if lines else 'onnxc-run failed'}"
    return True, ""


def all_tests() -> list[str]:
    names = []
    for suite in SUITES:
        root = data_root() / suite
        if root.is_dir():
            names += sorted(p.name for p in root.iterdir() if (p / "model.onnx").exists())
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--expect", type=pathlib.Path,
                      help="file listing the tests that must pass, one per line")
    mode.add_argument("--discover", action="store_true", help="try every test")
    args = parser.parse_args()

    if args.expect:
        names = [line.split("#")[0].strip() for line in args.expect.read_text().splitlines()]
        names = [n for n in names if n]
    else:
        names = all_tests()

    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            test_dir = find_test(name)
            if test_dir is None:
                ok, why = False, "not found in the onnx wheel's backend test data"
            else:
                ok, why = run_test(test_dir, pathlib.Path(tmp))
            passed += ok
            failed += not ok
            print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {why}" if why else ""))
            sys.stdout.flush()
    print(f"{passed} passed, {failed} failed")
    return 1 if args.expect and failed else 0


if __name__ == "__main__":
    sys.exit(main())
