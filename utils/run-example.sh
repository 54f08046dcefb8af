#!/usr/bin/env bash
# The main job on the bundled example: set up and build onnxc, compile
# examples/simple_net/simple_net.onnx into a shared library, build the
# example's C++ program against it, and run it on the bundled input.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
utils/setup.sh

out=build/examples/simple_net
mkdir -p "$out"
build/bin/onnxc examples/simple_net/simple_net.onnx -o "$out/simple_net.so"
echo "onnxc: wrote $out/simple_net.so and $out/simple_net.h"
cmake -G Ninja -S examples/simple_net -B "$out/app" -DONNXC_MODEL_DIR="$root/$out" >/dev/null
ninja -C "$out/app" >/dev/null
"$out/app/simple_net_example" examples/simple_net/input.bin
