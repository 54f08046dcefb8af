#!/usr/bin/env bash
# Regenerates the onnx dialect's generated files into a temporary directory and
# diffs them against the committed ones, so CI notices a stale generated file
# (a schema change in a new onnx release, or a generator edit not re-run).
#
# Usage: test/utils/gen-onnx-dialect-check.sh        (from anywhere)
#   PYTHON=/path/to/python overrides the interpreter (default: the repo's .venv).
# Exit status: 0 when up to date, 1 on a difference, 2 when generation fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for generator in gen_onnx_dialect.py gen_onnx_functions.py; do
  if ! "$python" "$root/utils/$generator" --out-dir "$tmp" >/dev/null; then
    echo "error: utils/$generator failed" >&2
    exit 2
  fi
done

status=0
for file in ONNXOps.gen.td ONNXElementTypeRules.gen.inc ONNXFunctions.gen.inc; do
  if ! diff -u "$root/dialects/onnx/$file" "$tmp/$file"; then
    echo "error: dialects/onnx/$file is stale; regenerate with:" >&2
    echo "  .venv/bin/python utils/gen_onnx_dialect.py; .venv/bin/python utils/gen_onnx_functions.py" >&2
    status=1
  fi
done
exit $status
