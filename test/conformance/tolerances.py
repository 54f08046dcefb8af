"""Per-case tolerances: the suite's defaults (rtol 1e-3, atol 1e-7, or a
disk case's own data.json), ONNX's own rule for bfloat16 outputs, and the
overrides written in tolerances.txt, each with its reason."""

from __future__ import annotations

import functools
import pathlib

OVERRIDES = pathlib.Path(__file__).with_name("tolerances.txt")
# onnx.backend.test.runner compares bfloat16 outputs at rtol >= 2**-6.
BFLOAT16_RTOL = 2.0 ** -6


@functools.cache
def overrides() -> dict[str, tuple[float, float, str]]:
    """Case id -> (rtol, atol, reason), from lines `ID RTOL ATOL REASON...`."""
    found = {}
    for line in OVERRIDES.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            case, rtol, atol, reason = line.split(None, 3)
            found[case] = (float(rtol), float(atol), reason)
    return found


def for_case(case_id: str, output_types: set[str], rtol: float, atol: float
             ) -> tuple[float, float, str]:
    """Returns (rtol, atol, reason); the reason is "" at the defaults."""
    if case_id in overrides():
        return overrides()[case_id]
    if "bfloat16" in output_types and rtol < BFLOAT16_RTOL:
        return BFLOAT16_RTOL, atol, "bfloat16: two ULPs, as onnx's own backend runner allows"
    return rtol, atol, ""
