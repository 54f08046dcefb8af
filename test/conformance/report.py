"""What a conformance run prints: the totals by category and suite, the
compile times, and the cases that did not do what the list says."""

from __future__ import annotations

import collections
import statistics

import execute
from cases import SUITES

_LABELS = (("pass", "passed"), ("compile-error", "compile errors"), ("crash", "crashes"),
           ("time-out", "time-outs"), ("mismatch", "mismatches"), ("run-error", "run errors"),
           ("out-of-scope", "out of scope"))


def totals(rows: list[dict], verdict, wall_s: float, jobs: int) -> str:
    """The totals as lines of text (printed, and kept beside the cases)."""
    lines = []
    line = lines.append
    count = collections.Counter(r["category"] for r in rows)
    line(f"conformance: {len(rows)} cases")
    for category, label in _LABELS:
        line(f"  {label:<18} {count[category]:5d}")
    line(f"  {'expected failures':<18} {len(verdict.expected):5d}")
    for suite in SUITES:
        mine = [r for r in rows if r["suite"] == suite]
        if mine:
            scoped = [r for r in mine if r["category"] != execute.OUT_OF_SCOPE]
            passed = sum(r["category"] == execute.PASS for r in mine)
            share = f" ({100.0 * passed / len(scoped):.1f} %)" if scoped else ""
            line(f"  {suite}: {passed} of {len(scoped)} in scope pass{share}"
                  f", {len(mine) - len(scoped)} out of scope")
    compiled = [float(r["compile_s"]) for r in rows if r["category"] != execute.OUT_OF_SCOPE]
    if compiled:
        ordered = sorted(compiled)
        line(f"  onnxc per case: median {statistics.median(ordered):.2f} s, "
              f"mean {statistics.fmean(ordered):.2f} s, "
              f"90th percentile {ordered[int(0.9 * (len(ordered) - 1))]:.2f} s, "
              f"max {ordered[-1]:.2f} s")
    line(f"  wall time: {wall_s:.0f} s with {jobs} workers")
    return "\n".join(lines) + "\n"


def differences(verdict, stale: list[str]) -> None:
    if verdict.regressions:
        print(f"\nREGRESSIONS: {len(verdict.regressions)} cases fail and are not in the "
              "expected-failures list:")
        for case, category, error in verdict.regressions:
            print(f"  {case}  {category}  {error}")
    if verdict.unexpected_passes:
        print(f"\nUNEXPECTED PASSES: {len(verdict.unexpected_passes)} listed cases now pass "
              "(take them off the list, or run with --update):")
        for case in verdict.unexpected_passes:
            print(f"  {case}")
    if verdict.changed:
        print(f"\nCHANGED FAILURES: {len(verdict.changed)} listed cases fail otherwise:")
        for case, listed, category, error in verdict.changed:
            print(f"  {case}  listed {listed}, now {category}  {error}")
    if stale:
        print(f"\nSTALE ENTRIES: {len(stale)} listed cases are not in-scope cases of this "
              "onnx wheel:")
        for case in stale:
            print(f"  {case}")
    if verdict.failed or stale:
        print("\nAfter a change that should change them: "
              "test/conformance/run_conformance.py --all --update")
