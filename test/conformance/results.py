"""The per-case results file a run writes (--results FILE), tab-separated,
one case a line after a header; utils/coverage_report.py reads it."""

from __future__ import annotations

import csv
import pathlib

COLUMNS = ("case", "suite", "op", "op_types", "opset", "elem_types", "category",
           "compile_s", "run_s", "error")


def write(path: pathlib.Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                         escapechar="\\")
        out.writerow(COLUMNS)
        for row in rows:
            out.writerow([_cell(row[c]) for c in COLUMNS])


def read(path: pathlib.Path) -> list[dict]:
    with path.open(newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def row(case, category: str, error: str, compile_s: float = 0.0, run_s: float = 0.0) -> dict:
    return {"case": case.id, "suite": case.suite, "op": case.op,
            "op_types": ",".join(case.op_types), "opset": case.opset,
            "elem_types": ",".join(case.elem_types), "category": category,
            "compile_s": f"{compile_s:.3f}", "run_s": f"{run_s:.3f}", "error": error}


def _cell(value) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")
