#!/usr/bin/env python3
"""Writes a coverage report (markdown) from the results file of a
conformance run (test/conformance/run_conformance.py --all --results TSV):
the totals by category and suite, the failing cases grouped by operator
(with the most common first error line of each group), and grouped by the
kind of error, so that whoever writes lowerings can take the largest first.

  coverage_report.py RESULTS.tsv -o REPORT.md
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "test" / "conformance"))

import results  # noqa: E402

FAILURES = ("compile-error", "crash", "time-out", "mismatch", "run-error")
CATEGORIES = ("pass",) + FAILURES + ("out-of-scope",)

# Kinds of error, first match wins: (label, regex on the first error line).
KINDS = (
    ("crash (signal in onnxc, onnxc-run or the model)", r"^(onnxc|test_data_set_\d+: onnxc-run): SIG|stack dump"),
    ("time-out", r"ran past"),
    ("wrong output values", r"mismatches\)$"),
    ("wrong output shape or type", r": (shape|type) .*, expected "),
    ("control flow: If/Loop/Scan subgraph attributes not imported",
     r"attribute '(body|then_branch|else_branch)' is not part of"),
    ("older opset form not upgraded by the importer", r"is not part of the operator's current form"),
    ("model imports no ai.onnx opset (only ai.onnx.ml/training domains)", r"imports no ai.onnx opset"),
    ("no result type: type or shape inference gives up", r"cannot determine the type"),
    ("element type not handled (float8/4-bit/2-bit types)",
     r"(?i)float8|float4|int4|uint4|int2|uint2|e4m3|e5m2|element type"),
    ("dynamic shape or run-time value where a constant is needed",
     r"(?i)dynamic|constant|run[- ]time|depends on more than the inputs' dims"),
    ("operator not lowered",  # split by _kind into "never passes" and "passes elsewhere"
     r"not supported by the compiler"),
    ("operator or domain unknown to the importer", r"(?i)unknown|not registered|no schema|domain"),
    ("invalid model according to onnxc's checks",
     r"(?i)invalid|expects|must|cannot be broadcast|out-of-bounds"),
    ("run-time error reported by the model or onnxc-run", r"run failed|onnxc-run: error"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", type=pathlib.Path)
    parser.add_argument("-o", "--output", type=pathlib.Path, required=True)
    parser.add_argument("--note", action="append", default=[],
                        help="a line to print under the title (what was run, where, when)")
    args = parser.parse_args()
    rows = results.read(args.results)
    args.output.write_text(render(rows, args.results, args.note))
    return 0


def render(rows: list[dict], source: pathlib.Path, notes: list[str] = ()) -> str:
    failing = [r for r in rows if r["category"] in FAILURES]
    out = ["# onnxc conformance coverage", "",
           f"From `{source}` ({len(rows)} cases), written by `utils/coverage_report.py`; "
           "regenerate with `test/conformance/run_conformance.py --all --results FILE` "
           "then `utils/coverage_report.py FILE -o REPORT`.", ""]
    out += [f"{note}  " for note in notes] + ([""] if notes else [])
    out += _totals(rows)
    out += _by_operator(failing)
    out += _by_kind(failing, passing_ops(rows))
    out += _by_message(failing)
    out += _listing("Crashes", [r for r in failing if r["category"] == "crash"])
    out += _listing("Mismatches and run errors",
                    [r for r in failing if r["category"] in ("mismatch", "run-error", "time-out")])
    out += _out_of_scope([r for r in rows if r["category"] == "out-of-scope"])
    return "\n".join(out) + "\n"


def _totals(rows):
    out = ["## Totals", "", "| suite | cases | " + " | ".join(CATEGORIES) + " | pass rate (in scope) |",
           "|---|---:|" + "---:|" * len(CATEGORIES) + "---:|"]
    suites = list(dict.fromkeys(r["suite"] for r in rows)) + ["all"]
    for suite in suites:
        mine = [r for r in rows if suite in ("all", r["suite"])]
        count = collections.Counter(r["category"] for r in mine)
        scoped = len(mine) - count["out-of-scope"]
        rate = f"{100.0 * count['pass'] / scoped:.1f} %" if scoped else "-"
        out.append(f"| {suite} | {len(mine)} | " + " | ".join(str(count[c]) for c in CATEGORIES)
                   + f" | {rate} |")
    compile_s = sorted(float(r["compile_s"]) for r in rows if r["category"] != "out-of-scope")
    if compile_s:
        out += ["", f"onnxc per case: median {compile_s[len(compile_s) // 2]:.2f} s, "
                f"90th percentile {compile_s[int(0.9 * (len(compile_s) - 1))]:.2f} s, "
                f"max {compile_s[-1]:.2f} s, sum {sum(compile_s):.0f} s."]
    return out + [""]


def failing_op(row: dict) -> str:
    """The operator a failure belongs to: the node the error names, else the
    operator the case tests, else the model's op types."""
    named = re.search(r"\((?:[\w.]+\.)?(\w+), opset \d+\)", row["error"])
    if named:
        return named.group(1)
    return row["op"] or f"({row['suite']} model: {row['op_types']})"


def message(row: dict) -> str:
    """The error line without node names, op types, opsets and data set numbers."""
    line = re.sub(r"^test_data_set_\d+: ", "", row["error"])
    line = re.sub(r"node '[^']*' \([^)]*\): ", "", line)
    line = re.sub(r"'[^']*'", "'…'", line)
    return re.sub(r"\d+(\.\d+)?(e-?\d+)?", "N", line)


def kind(row: dict, passing_ops: set[str]) -> str:
    label = next((label for label, pattern in KINDS if re.search(pattern, row["error"])),
                 "other")
    if label == "operator not lowered":
        if failing_op(row) in passing_ops:
            return ("operator lowered, but not for these element types, shapes or attributes "
                    "(some of its cases pass)")
        return "operator not lowered at all (no case with it passes)"
    return label


def passing_ops(rows: list[dict]) -> set[str]:
    return {op.split(".")[-1] for r in rows if r["category"] == "pass"
            for op in r["op_types"].split(",")}


def _by_operator(failing):
    groups = collections.defaultdict(list)
    for r in failing:
        groups[failing_op(r)].append(r)
    out = [f"## Failing cases by operator ({len(failing)} cases, {len(groups)} operators)", "",
           "The operator is the node the first error names, else the one the case tests. "
           "Categories: c = compile error, x = crash, t = time-out, m = mismatch, r = run error.",
           "", "| operator | failing | categories | element types | most common first error (cases) | "
           "cases it blocks, by operator under test |",
           "|---|---:|---|---|---|---|"]
    for op, mine in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        cats = collections.Counter(r["category"] for r in mine)
        shown = " ".join(f"{cats[c]}{c[0] if c != 'crash' else 'x'}" for c in FAILURES if cats[c])
        types = sorted({t for r in mine for t in r["elem_types"].split(",") if t})
        common, n = collections.Counter(message(r) for r in mine).most_common(1)[0]
        tested = collections.Counter(r["op"] or "(model)" for r in mine).most_common()
        blocks = ", ".join(f"{t} {c}" for t, c in tested[:6]) + (
            f", … {len(tested) - 6} more" if len(tested) > 6 else "")
        out.append(f"| {op} | {len(mine)} | {shown} | {', '.join(types)} | {_cell(common)} ({n}) "
                   f"| {_cell(blocks)} |")
    return out + [""]


def _by_kind(failing, passing):
    groups = collections.defaultdict(list)
    for r in failing:
        groups[kind(r, passing)].append(r)
    out = ["## Failing cases by kind of error", "", "| kind | cases | operators (cases) |", "|---|---:|---|"]
    for label, mine in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        ops = collections.Counter(failing_op(r) for r in mine).most_common()
        shown = ", ".join(f"{op} ({n})" for op, n in ops[:25]) + (
            f", … {len(ops) - 25} more" if len(ops) > 25 else "")
        out.append(f"| {label} | {len(mine)} | {_cell(shown)} |")
    return out + [""]


def _by_message(failing):
    groups = collections.Counter(message(r) for r in failing)
    out = ["## Failing cases by error message", "",
           "Node names, quoted names and numbers replaced by `'…'` and `N`.", "",
           "| cases | message |", "|---:|---|"]
    for text, n in groups.most_common(40):
        out.append(f"| {n} | {_cell(text)} |")
    if len(groups) > 40:
        out.append(f"| {sum(n for _, n in groups.most_common()[40:])} | ({len(groups) - 40} other messages) |")
    return out + [""]


def _listing(title, rows):
    if not rows:
        return [f"## {title}", "", "None.", ""]
    out = [f"## {title} ({len(rows)})", "", "| case | category | first error |", "|---|---|---|"]
    out += [f"| {r['case']} | {r['category']} | {_cell(r['error'])} |" for r in rows]
    return out + [""]


def _out_of_scope(rows):
    reasons = collections.Counter(r["error"] for r in rows)
    out = [f"## Out of scope ({len(rows)})", ""]
    for reason, n in reasons.most_common():
        names = ", ".join(r["case"].split("/", 1)[1] for r in rows if r["error"] == reason)
        out.append(f"- {reason} ({n}): {names}")
    return out + [""]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


if __name__ == "__main__":
    sys.exit(main())
