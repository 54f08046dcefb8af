#!/usr/bin/env bash
# Compile time and peak memory of onnxc against graph size (issue 10, item
# 2: compile time linear in the graph).
#
#   utils/benchmark-graph-size.sh [N ...]      (default: 1000 5000 20000)
#
# For each N, writes a chain of N nodes and a branching graph of N nodes
# (test/e2e/Inputs/large_graph/make_graph.py) into build/graph-size/ and
# compiles each once with `build/bin/onnxc -O2` under /usr/bin/time. Prints
# per graph the wall time, the peak resident memory and the time per 1,000
# nodes (flat when compile time is linear). Not a test: nothing fails on the
# figures (test/e2e/large_graph.test is the test). See docs/benchmarks.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
onnxc="$root/build/bin/onnxc"
python="$root/.venv/bin/python"
out="$root/build/graph-size"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 5000 20000)
[[ -x "$onnxc" ]] || { echo "benchmark-graph-size.sh: build onnxc first (utils/setup.sh)" >&2; exit 1; }

mkdir -p "$out"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
echo "cpu: ${cpu:-unknown}, $(nproc) online CPUs; onnxc -O2; $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-8s %7s %9s %9s %12s\n' graph nodes "wall s" "peak MB" "s/1k nodes"
for kind in chain branch; do
  for n in "${sizes[@]}"; do
    model="$out/$kind$n.onnx"
    [[ -f "$model" ]] || "$python" "$root/test/e2e/Inputs/large_graph/make_graph.py" "$kind" "$n" "$model"
    stats="$(/usr/bin/time -f '%e %M' "$onnxc" "$model" -O2 -o "$out/$kind$n.so" 2>&1 >/dev/null | tail -1)"
    read -r wall kb <<<"$stats"
    awk -v k="$kind" -v n="$n" -v w="$wall" -v kb="$kb" \
      'BEGIN { printf "%-8s %7d %9.2f %9.0f %12.3f\n", k, n, w, kb / 1024, w / (n / 1000) }'
  done
done
