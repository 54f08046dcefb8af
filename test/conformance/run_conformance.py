#!/usr/bin/env python3
"""The ONNX conformance suite of the pinned onnx wheel, through onnxc.

Writes the wheel's node cases out as backend test folders (the simple,
pytorch-converted and pytorch-operator ones are used in place), compiles
each with onnxc and checks every data set with `onnxc-run --test-data-dir`
at the case's tolerances, on --jobs workers. Each case is classified (pass,
compile-error, crash, time-out, mismatch, run-error, out-of-scope) and
compared with the expected-failures list: the run fails on a case that
fails but is not listed (a regression), on a listed case that passes (an
unexpected pass: take it off the list), and on a listed case that now fails
in another category.

  run_conformance.py              the CI subset (subset.py: every operator, element type and opset)
  run_conformance.py --all        every case
  run_conformance.py --all --update   rewrite the expected-failures list from this run
  run_conformance.py --filter REGEX   only the cases whose SUITE/NAME matches
  run_conformance.py --all --light --timeout 600   every case and the light suite

The light suite (nine model-zoo CNNs) runs only with --light or a --filter
that names it: its deep graphs compile in tens of seconds each, past the
per-case time-out CI uses, so it belongs to the extended suite
(utils/test-extended.sh).

Prints the totals and ends with "N passed, N failed": passed counts the
cases that did what the list says (passes and expected failures), failed
the regressions, unexpected passes and changed failures.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import pathlib
import re
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases as suite_cases  # noqa: E402
import execute  # noqa: E402
import expectations  # noqa: E402
import report  # noqa: E402
import results  # noqa: E402
import subset  # noqa: E402

ROOT = HERE.parent.parent


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", action="store_true", help="every case, not the CI subset")
    parser.add_argument("--filter", metavar="REGEX", help="only cases whose SUITE/NAME matches")
    parser.add_argument("--light", action="store_true",
                        help="add the light suite (model-zoo CNNs; slow to compile)")
    parser.add_argument("--update", action="store_true",
                        help="rewrite the expected-failures list from this run")
    parser.add_argument("--jobs", type=int, default=2, help="cases compiled at once (default 2)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds for each onnxc or onnxc-run call (default 30)")
    parser.add_argument("--build-dir", type=pathlib.Path,
                        default=pathlib.Path(os.environ.get("ONNXC_BUILD_DIR", ROOT / "build")))
    parser.add_argument("--work-dir", type=pathlib.Path,
                        help="where cases are written and compiled (default BUILD/conformance)")
    parser.add_argument("--expected", type=pathlib.Path,
                        default=HERE / "expected_failures.txt", help="the expected-failures list")
    parser.add_argument("--results", type=pathlib.Path, metavar="TSV",
                        help="write one line per case (results.py)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    work = args.work_dir or args.build_dir / "conformance"
    tools = execute.Tools(args.build_dir / "bin" / "onnxc", args.build_dir / "bin" / "onnxc-run",
                          args.timeout)
    for tool in (tools.onnxc, tools.onnxc_run):
        if not tool.exists():
            sys.exit(f"run_conformance: {tool} not found; build onnxc first")

    every = suite_cases.all_cases()
    chosen = select(every, args)
    start = time.monotonic()
    outcomes = run_all(chosen, work, tools, args.jobs, args.verbose)
    wall_s = time.monotonic() - start

    rows = [results.row(c, *outcomes[c.id]) if c.id in outcomes
            else results.row(c, execute.OUT_OF_SCOPE, c.out_of_scope) for c in chosen]
    if args.results:
        results.write(args.results, rows)

    listed = expectations.read(args.expected)
    ran = {c.id: outcomes[c.id][:2] for c in chosen if c.id in outcomes}
    verdict = expectations.compare(ran, listed)
    in_scope = {c.id for c in every if not c.out_of_scope}
    stale = sorted(set(listed) - in_scope)
    summary = report.totals(rows, verdict, wall_s, args.jobs)
    print(summary, end="")
    # utils/test.sh prints this after lit, which shows a passing test's output only with -a.
    (work / "totals.txt").write_text(summary)
    if args.update:
        expectations.write(args.expected, expectations.updated(listed, ran, in_scope))
        print(f"rewrote {args.expected}")
        verdict.regressions.clear(), verdict.unexpected_passes.clear(), verdict.changed.clear()
        stale = []
    report.differences(verdict, stale)
    passed = len(ran) - verdict.failed
    print(f"{passed} passed, {verdict.failed + len(stale)} failed")
    return 1 if verdict.failed or stale else 0


def select(every, args):
    if not args.light and not args.filter:
        every = [c for c in every if c.suite != suite_cases.LIGHT_SUITE]
    chosen = list(every) if args.all or args.filter else subset.ci_subset(every)
    if args.filter:
        pattern = re.compile(args.filter)
        chosen = [c for c in chosen if pattern.search(c.id)]
    return chosen


def run_all(chosen, work: pathlib.Path, tools, jobs: int, verbose: bool):
    """Case id -> (category, error, compile_s, run_s) for the cases in scope."""
    todo = [c for c in chosen if not c.out_of_scope]
    folders = {c.id: suite_cases.write_case(c, work / "cases" / c.id) for c in todo}
    outcomes = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(execute.run_case, folders[c.id], work / "out" / c.id,
                               c.rtol, c.atol, tools): c for c in todo}
        for future in concurrent.futures.as_completed(futures):
            case = futures[future]
            o = future.result()
            outcomes[case.id] = (o.category, o.error, o.compile_s, o.run_s)
            if verbose:
                print(f"{o.category.upper()} {case.id}" + (f": {o.error}" if o.error else ""),
                      flush=True)
    return outcomes


if __name__ == "__main__":
    sys.exit(main())
