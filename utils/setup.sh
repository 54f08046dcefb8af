#!/usr/bin/env bash
# Installs what onnxc needs on Debian 12 and builds it; safe to run again
# (each step checks first, so a second run takes seconds).
#   apt:  LLVM/MLIR/lld/clang 22, ONNX protobuf, GoogleTest, CMake, Ninja, ccache;
#         qemu-user and the aarch64 cross C toolchain, which run --target=aarch64
#         libraries in the tests (test/e2e/aarch64.test); Debian's
#         python3-torch and python3-torchvision (torch 1.13), with which the
#         tests export MobileNetV2 (utils/export_models.py; docs/testing.md)
#   PyPI: onnx, onnxruntime, numpy into the project's .venv (tests compare
#         against ONNX Runtime)
# Then configures build/ with Ninja and builds everything.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

apt_packages=(
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools liblld-22-dev clang-22
  libonnx-dev libprotobuf-dev protobuf-compiler libgtest-dev
  cmake ninja-build ccache g++ zlib1g-dev libzstd-dev binutils
  qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross
  python3-torch python3-torchvision
)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -eq 0 ]] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! .venv/bin/python -c "import onnx, onnxruntime, numpy; assert onnx.__version__ == '1.23.2'" 2>/dev/null; then
  echo "setup: creating .venv with onnx, onnxruntime, numpy"
  python3 -m venv .venv
  # Pinned: the generated dialect (dialects/onnx/ONNXOps.gen.td) is checked
  # against the onnx package's schemas, so its version must not drift.
  .venv/bin/pip install -q --disable-pip-version-check onnx==1.23.2 onnxruntime==1.32.0 numpy==2.4.6
fi

if [[ ! -f build/build.ninja ]]; then
  cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C build -j"$(nproc)"
