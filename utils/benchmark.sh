#!/usr/bin/env bash
# Benchmark onnxc against ONNX Runtime on the bundled SimpleNet example.
#
#   utils/benchmark.sh            (from any directory)
#
# Compiles examples/simple_net/simple_net.onnx with build/bin/onnxc into
# build/bench/, then runs utils/benchmark.py (both engines in one process,
# interleaved rounds, same thread count) at batch 1 and batch 64 with 1 and 2
# threads, one after the other, and prints one summary table. It does not
# build onnxc: run utils/setup.sh (or the usual cmake/ninja build) first.
#
# Environment overrides:
#   PYTHON       the Python with numpy, onnx, onnxruntime (default: .venv/bin/python)
#   BATCHES      batch sizes (default "1 64")
#   THREADS      thread counts (default "1 2")
#   REPEAT       rounds per benchmark (default 5)
#   WARMUP       untimed calls per engine per round (default 20)
#   ITERATIONS   timed calls per engine per round; default 1000 for batch 1,
#                100 for larger batches
# See docs/benchmarks.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
onnxc="$root/build/bin/onnxc"
model="$root/examples/simple_net/simple_net.onnx"
out="$root/build/bench"
lib="$out/simple_net.so"
batches="${BATCHES:-1 64}"
threads_list="${THREADS:-1 2}"
repeat="${REPEAT:-5}"
warmup="${WARMUP:-20}"

if [[ ! -x "$onnxc" ]]; then
  echo "benchmark.sh: $onnxc not found; build onnxc first (utils/setup.sh)" >&2
  exit 1
fi
if [[ ! -x "$python" ]]; then
  echo "benchmark.sh: $python not found; set PYTHON or create the venv (utils/setup.sh)" >&2
  exit 1
fi

mkdir -p "$out"
"$onnxc" "$model" -o "$lib"
echo "compiled $model -> $lib"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
echo "cpu: ${cpu:-unknown}, $(nproc) online CPUs; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo

results=()
for batch in $batches; do
  iterations="${ITERATIONS:-$([[ $batch -eq 1 ]] && echo 1000 || echo 100)}"
  for threads in $threads_list; do
    echo "== batch $batch, threads $threads"
    log="$("$python" "$root/utils/benchmark.py" "$model" "$lib" \
           --shape "input:${batch}x3x32x32" --threads "$threads" \
           --iterations "$iterations" --warmup "$warmup" --repeat "$repeat")"
    echo "$log"
    echo
    results+=("$batch $threads $(grep '^result:' <<<"$log")")
  done
done

echo "SimpleNet, ms per inference (min / median over all timed calls); ratio = onnxc/ORT medians"
printf '%-6s %-8s %12s %12s %12s %12s %8s %10s\n' \
  batch threads onnxc_min onnxc_median ort_min ort_median ratio max_diff
for row in "${results[@]}"; do
  read -r batch threads rest <<<"$row"
  field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$rest"; }
  printf '%-6s %-8s %12s %12s %12s %12s %8s %10s\n' "$batch" "$threads" \
    "$(field onnxc_min_ms)" "$(field onnxc_median_ms)" "$(field ort_min_ms)" \
    "$(field ort_median_ms)" "$(field ratio)" "$(field max_abs_diff)"
done
