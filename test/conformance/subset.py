"""The fixed part of the suite that CI runs (the extended target runs all).

Deterministic, from the case list alone: every case of the simple,
pytorch-converted and pytorch-operator suites, and of the node cases the
first (by name) of each operator, opset and element-type combination, once
as a direct case and once expanded into its function body where the
operator has one. So every operator, every opset it is tested at and every
element type its cases use is run in CI."""

from __future__ import annotations

from cases import NODE_SUITE


def ci_subset(every):
    seen = set()
    chosen = []
    for case in every:
        if case.suite == NODE_SUITE:
            key = (case.op, case.opset, case.elem_types, "_expanded" in case.name)
            if key in seen:
                continue
            seen.add(key)
        chosen.append(case)
    return chosen
