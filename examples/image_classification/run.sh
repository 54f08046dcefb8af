#!/usr/bin/env bash
# The image-classification example from scratch: set up and build onnxc
# (utils/setup.sh, which also installs Debian's python3-torch and
# python3-torchvision), export MobileNetV2 with utils/export_models.py,
# compile it with onnxc, build the C++ program with CMake and classify the
# bundled photo (or the PPM given as the first argument).
#
#   examples/image_classification/run.sh [IMAGE.ppm]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
utils/setup.sh

out=build/examples/image_classification
mkdir -p "$out"
model="$out/mobilenet_v2_opset17.onnx"
if [[ ! -f $model || utils/export_models.py -nt $model ]]; then
  /usr/bin/python3 utils/export_models.py "$out" --models mobilenet_v2 --opset 17
fi
build/bin/onnxc "$model" --name mobilenet_v2 -o "$out/mobilenet_v2.so"
echo "onnxc: wrote $out/mobilenet_v2.so and $out/mobilenet_v2.h"
cmake -G Ninja -S examples/image_classification -B "$out/app" \
      -DONNXC_MODEL_DIR="$root/$out" >/dev/null
ninja -C "$out/app" >/dev/null
"$out/app/image_classification" "$@"
