"""The expected-failures list: one case a line,

    SUITE/NAME  CATEGORY  REASON

CATEGORY is how the case fails (compile-error, crash, time-out, mismatch,
run-error) and REASON a one-line why (for compile errors, onnxc's message).
A case not listed must pass; a listed case must fail, in its category.
"""

from __future__ import annotations

import dataclasses
import pathlib

HEADER = """\
# ONNX conformance cases that onnxc is known to fail, one a line:
#   SUITE/NAME  CATEGORY  REASON
# Written by `test/conformance/run_conformance.py --all --update` from a run
# (docs/testing.md); the run fails on a case that fails but is not listed,
# on a listed case that passes, and on a listed case that fails otherwise.
"""


@dataclasses.dataclass(frozen=True)
class Expected:
    category: str
    reason: str


def read(path: pathlib.Path) -> dict[str, Expected]:
    found = {}
    if not path.exists():
        return found
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise SystemExit(f"{path}:{number}: expected 'SUITE/NAME CATEGORY REASON'")
        found[parts[0]] = Expected(parts[1], parts[2] if len(parts) > 2 else "")
    return found


def write(path: pathlib.Path, entries: dict[str, Expected]) -> None:
    width = max((len(case) for case in entries), default=0)
    lines = [f"{case:<{width}}  {e.category:<13}  {e.reason}".rstrip()
             for case, e in sorted(entries.items())]
    path.write_text(HEADER + "\n".join(lines) + ("\n" if lines else ""))


@dataclasses.dataclass
class Verdict:
    regressions: list[tuple[str, str, str]]      # (case, category, error): failed, not listed
    unexpected_passes: list[str]                 # listed, now pass
    changed: list[tuple[str, str, str, str]]     # (case, listed category, category, error)
    expected: list[str]                          # listed and failing as listed

    @property
    def failed(self) -> int:
        return len(self.regressions) + len(self.unexpected_passes) + len(self.changed)


def compare(outcomes: dict[str, tuple[str, str]], listed: dict[str, Expected]) -> Verdict:
    """outcomes: case -> (category, error) for the cases that ran (in scope)."""
    verdict = Verdict([], [], [], [])
    for case, (category, error) in sorted(outcomes.items()):
        expected = listed.get(case)
        if category == "pass":
            if expected:
                verdict.unexpected_passes.append(case)
        elif expected is None:
            verdict.regressions.append((case, category, error))
        elif expected.category != category:
            verdict.changed.append((case, expected.category, category, error))
        else:
            verdict.expected.append(case)
    return verdict


def updated(listed: dict[str, Expected], outcomes: dict[str, tuple[str, str]],
            known_cases: set[str]) -> dict[str, Expected]:
    """The list after a run: the run's failures replace what it says about
    the cases that ran; entries of cases that did not run stay, unless the
    case no longer exists."""
    kept = {case: e for case, e in listed.items() if case in known_cases and case not in outcomes}
    for case, (category, error) in outcomes.items():
        if category != "pass":
            kept[case] = Expected(category, error)
    return kept
