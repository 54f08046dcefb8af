# lit configuration for onnxc: pass/conversion tests (FileCheck on IR),
# importer tests (ONNX text syntax) and end-to-end tests (compiled models
# compared with ONNX Runtime).
import os
import lit.formats
from lit.llvm import llvm_config

config.name = "onnxc"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".onnxtxt", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.onnxc_obj_root, "test")

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.onnxc_tools_dir, append_path=True)
# Compiled models are built for the host; e2e tests need a C compiler and the
# project's Python (onnx, onnxruntime, numpy).
config.environment["ONNXC_SOURCE_DIR"] = config.onnxc_src_root
config.environment["ONNXC_BUILD_DIR"] = config.onnxc_obj_root
config.substitutions.insert(0, ("%python", config.python_executable))
config.substitutions.append(("%src_root", config.onnxc_src_root))
config.substitutions.append(("%onnxc_bin", os.path.join(config.onnxc_tools_dir, "onnxc")))
config.substitutions.append(("%e2e", os.path.join(config.onnxc_src_root, "test", "e2e")))
config.substitutions.append(("%runtime_include", os.path.join(config.onnxc_src_root, "runtime", "include")))
config.substitutions.append(("%cc", config.host_cc))
config.substitutions.append(("%cxx", config.host_cxx))

# aarch64 libraries (onnxc --target=aarch64) run here under qemu-user, with a
# C driver built by Debian's aarch64 cross toolchain; utils/setup.sh installs
# both (qemu-user, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross). Tests that
# need them say `REQUIRES: qemu-aarch64`.
import shutil
if (shutil.which("qemu-aarch64") and shutil.which("aarch64-linux-gnu-gcc")
        and os.path.exists("/usr/aarch64-linux-gnu/lib/libc.so.6")):
    config.available_features.add("qemu-aarch64")
