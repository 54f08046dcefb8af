#!/usr/bin/env bash
# Compile time and peak memory of onnxc on the extended suite's models.
#
#   utils/benchmark-compile.sh [MODEL ...]     (from any directory)
#
# MODEL is resnet50 (default), mobilenet_v2 or bert_encoder. Each is
# exported at opset 17 into build/extended/ with Debian's PyTorch
# (utils/export_models.py) unless already there, then compiled once with
# `build/bin/onnxc -O3` under `/usr/bin/time -v` (dims stay dynamic; set
# INPUT_SHAPE, e.g. input_ids:2x16, to specialise). Prints per model the wall time, the peak
# resident memory, the model file's size and the ratio peak / file. It does
# not build onnxc, and it is not a test: nothing fails on the figures.
#
# Environment overrides: OPT (default 3), OUT (default build/extended),
# INPUT_SHAPE (default none).
# See docs/benchmarks.md, "Compile time and memory".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
onnxc="$root/build/bin/onnxc"
out="${OUT:-$root/build/extended}"
opt="${OPT:-3}"
models=("$@")
[[ ${#models[@]} -gt 0 ]] || models=(resnet50)

if [[ ! -x "$onnxc" ]]; then
  echo "benchmark-compile.sh: $onnxc not found; build onnxc first (utils/setup.sh)" >&2
  exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "benchmark-compile.sh: /usr/bin/time not found (apt-get install time)" >&2
  exit 1
fi

mkdir -p "$out"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
echo "cpu: ${cpu:-unknown}, $(nproc) online CPUs; onnxc -O$opt; $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%-14s %10s %12s %12s %8s\n' model "wall s" "peak MB" "file MB" "peak/file"
for model in "${models[@]}"; do
  onnx="$out/${model}_opset17.onnx"
  if [[ ! -f $onnx || $root/utils/export_models.py -nt $onnx ]]; then
    /usr/bin/python3 "$root/utils/export_models.py" "$out" --opset 17 --models "$model" \
      >/dev/null
  fi
  extra=()
  [[ -n ${INPUT_SHAPE:-} ]] && extra=(--input-shape "$INPUT_SHAPE")
  report="$(mktemp)"
  /usr/bin/time -v -o "$report" "$onnxc" "-O$opt" "$onnx" "${extra[@]}" \
    -o "$out/${model}_opset17_bench.so"
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$report")"
  peak_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report")"
  rm -f "$report"
  file_bytes="$(stat -c %s "$onnx")"
  # m:ss.ss or h:mm:ss -> seconds
  seconds="$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$wall")"
  awk -v m="$model" -v s="$seconds" -v p="$peak_kb" -v f="$file_bytes" 'BEGIN {
    printf "%-14s %10.2f %12.1f %12.1f %7.2fx\n", m, s, p * 1024 / 1e6, f / 1e6, p * 1024 / f }'
done
