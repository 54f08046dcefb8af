"""Compiles one conformance case with onnxc and checks every data set with
`onnxc-run --test-data-dir`, and says what happened:

  pass            compiled, and every output of every data set matched
  compile-error   onnxc exited with an error message
  crash           a signal (or a stack dump) in onnxc, onnxc-run or the compiled model
  time-out        onnxc or onnxc-run ran past the time-out
  mismatch        an output differs beyond the tolerances, or in shape or type
  run-error       the library loaded but onnxc-run or the model reported an error
"""

from __future__ import annotations

import dataclasses
import pathlib
import re
import signal
import subprocess
import time

PASS, COMPILE_ERROR, CRASH, TIME_OUT = "pass", "compile-error", "crash", "time-out"
MISMATCH, RUN_ERROR, OUT_OF_SCOPE = "mismatch", "run-error", "out-of-scope"
FAILURES = (COMPILE_ERROR, CRASH, TIME_OUT, MISMATCH, RUN_ERROR)


@dataclasses.dataclass
class Tools:
    onnxc: pathlib.Path
    onnxc_run: pathlib.Path
    timeout_s: float


@dataclasses.dataclass
class Outcome:
    category: str
    error: str = ""          # the first error line, "" on a pass
    compile_s: float = 0.0   # onnxc's wall time
    run_s: float = 0.0       # onnxc-run's wall time, all data sets


def run_case(case_dir: pathlib.Path, work: pathlib.Path, rtol: float, atol: float,
             tools: Tools) -> Outcome:
    work.mkdir(parents=True, exist_ok=True)
    library = work / "model.so"
    compiled, compile_s = _run([str(tools.onnxc), str(case_dir / "model.onnx"), "-o", str(library),
                                "--name", "model"], tools.timeout_s)
    try:
        if compiled is None:
            return Outcome(TIME_OUT, f"onnxc ran past {tools.timeout_s:g} s", compile_s)
        if _crashed(compiled):
            return Outcome(CRASH, "onnxc: " + _crash_line(compiled), compile_s)
        if compiled.returncode != 0:
            return Outcome(COMPILE_ERROR, _compile_error(compiled), compile_s)
        outcome = _check(case_dir, library, rtol, atol, tools)
        outcome.compile_s = compile_s
        return outcome
    finally:
        for leftover in (library, library.with_suffix(".h")):
            leftover.unlink(missing_ok=True)


def _check(case_dir, library, rtol, atol, tools) -> Outcome:
    data_sets = sorted(case_dir.glob("test_data_set_*"))
    if not data_sets:
        return Outcome(RUN_ERROR, "no test_data_set_* folder")
    total_s = 0.0
    for data_set in data_sets:
        checked, run_s = _run([str(tools.onnxc_run), str(library), "--name", "model",
                               "--test-data-dir", str(data_set), "--rtol", repr(rtol),
                               "--atol", repr(atol), "--threads", "1"], tools.timeout_s)
        total_s += run_s
        if checked is None:
            return Outcome(TIME_OUT, f"{data_set.name}: onnxc-run ran past {tools.timeout_s:g} s",
                           run_s=total_s)
        if _crashed(checked):
            return Outcome(CRASH, f"{data_set.name}: onnxc-run: " + _crash_line(checked),
                           run_s=total_s)
        if checked.returncode != 0:
            category, line = _run_failure(checked)
            return Outcome(category, f"{data_set.name}: {line}", run_s=total_s)
    return Outcome(PASS, run_s=total_s)


def _run(command: list[str], timeout_s: float):
    """(CompletedProcess or None on a time-out, wall seconds)."""
    start = time.monotonic()
    try:
        done = subprocess.run(command, capture_output=True, text=True, errors="replace",
                              timeout=timeout_s)
    except subprocess.TimeoutExpired:
        done = None
    return done, time.monotonic() - start


def _crashed(done: subprocess.CompletedProcess) -> bool:
    return done.returncode < 0 or done.returncode >= 128 or "Stack dump:" in done.stderr


def _crash_line(done: subprocess.CompletedProcess) -> str:
    code = done.returncode
    if code < 0 or code >= 128:
        number = -code if code < 0 else code - 128
        try:
            what = signal.Signals(number).name
        except ValueError:
            what = f"signal {number}"
    else:
        what = f"exit {code} with a stack dump"
    lines = [l for l in done.stderr.splitlines()
             if l.strip() and not l.startswith(("PLEASE submit", "Stack dump", " #", "#"))]
    return what + (f": {_short(lines[0])}" if lines else "")


def _compile_error(done: subprocess.CompletedProcess) -> str:
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    line = next((l for l in lines if "error:" in l), lines[0] if lines else "")
    if not line:
        return f"onnxc exited {done.returncode} with no message"
    # "onnxc: error: /path/model.onnx: node ..." -> "node ..."
    return _short(re.sub(r"^onnxc: error: \S*model\.onnx: ", "", line))


def _run_failure(done: subprocess.CompletedProcess) -> tuple[str, str]:
    lines = (done.stdout + done.stderr).splitlines()
    for line in lines:
        if re.search(r"\((\d+) mismatches\)$", line) and not line.endswith("(0 mismatches)"):
            return MISMATCH, _short(line)
        if re.search(r": (shape|type) .*, expected ", line):
            return MISMATCH, _short(line)
    error = next((l for l in lines if "error:" in l), lines[-1] if lines else "")
    return RUN_ERROR, _short(error) or f"onnxc-run exited {done.returncode} with no message"


def _short(line: str, limit: int = 160) -> str:
    line = " ".join(line.split())
    return line if len(line) <= limit else line[:limit - 3] + "..."
