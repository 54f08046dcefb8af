#!/usr/bin/env bash
# Sets up and builds onnxc (utils/setup.sh), then runs every test: the
# GoogleTest unit tests through ctest and the lit suite (importer, dialect,
# passes, end to end against ONNX Runtime). Ends with "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
utils/setup.sh || exit 1

jobs="$(nproc)"
status=0

ctest_log="$(mktemp)"
(cd build && ctest -j"$jobs" --output-on-failure) | tee "$ctest_log" || status=1
ctest_line="$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$ctest_log" || true)"
ctest_total="$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$ctest_line")"
ctest_failed="$(sed -E 's/.*passed, ([0-9]+) tests failed.*/\1/' <<<"$ctest_line")"

lit_log="$(mktemp)"
rm -f build/conformance/totals.txt
/usr/lib/llvm-22/bin/lit -sv -j"$jobs" build/test | tee "$lit_log" || status=1
# lit's summary lines read "  Passed: 5 (100.00%)".
lit_count() { grep -E "^ *($1) *: *[0-9]+" "$lit_log" | sed -E 's/^[^:]*: *([0-9]+).*/\1/' |
  awk '{s += $1} END {print s + 0}'; }
lit_passed="$(lit_count 'Passed')"
lit_xfail="$(lit_count 'Expectedly Failed')"
lit_failed="$(lit_count 'Failed|Unexpectedly Passed|Unresolved|Timed Out')"
grep -qE '^ *Passed *:' "$lit_log" || lit_passed=""

# The conformance suite is one lit test; its totals by category and suite:
[[ -f build/conformance/totals.txt ]] && cat build/conformance/totals.txt

passed=$(( ${ctest_total:-0} - ${ctest_failed:-0} + ${lit_passed:-0} + ${lit_xfail:-0} ))
failed=$(( ${ctest_failed:-0} + ${lit_failed:-0} ))
[[ -n "$ctest_line" ]] || { echo "test: ctest printed no summary"; status=1; failed=$((failed + 1)); }
[[ -n "$lit_passed" ]] || { echo "test: lit ran no test"; status=1; failed=$((failed + 1)); }
rm -f "$ctest_log" "$lit_log"
echo "$passed passed, $failed failed"
exit $status
