#!/usr/bin/python3
"""Export a model with utils/export_models.py once per build tree, then copy it.

    export_cached.py MODEL --opset N --cache-dir DIR -o OUT.onnx

The tests that need a PyTorch model (MobileNetV2 at x86-64, at aarch64 under
qemu, and in the image-classification example) share one export: the first
caller runs utils/export_models.py into DIR/<key>/ and later callers, in this
or a later lit run, copy the file from there. <key> is a hash of
export_models.py, so editing the exporter re-exports. A lock file makes
parallel lit workers wait for the one that exports rather than race it.

Run with Debian's /usr/bin/python3 (python3-torch, python3-torchvision),
which utils/setup.sh installs; the project's venv has no torch.
"""
import argparse
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORTER = os.path.join(HERE, "..", "..", "utils", "export_models.py")


def cached_export(model, opset, cache_dir):
    """Returns the path of the cached export, making it under a lock if needed."""
    with open(EXPORTER, "rb") as f:
        key = hashlib.sha256(f.read()).hexdigest()[:16]
    directory = os.path.join(cache_dir, key)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, f"{model}_opset{opset}.onnx")
    with open(os.path.join(directory, f"{model}_opset{opset}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(path):
            # The exporter writes into a scratch directory first and the file
            # is renamed into place, so a killed export leaves no half file.
            scratch = os.path.join(directory, f"tmp-{os.getpid()}")
            result = subprocess.run(
                [sys.executable, EXPORTER, scratch, "--models", model, "--opset", str(opset)],
                capture_output=True, text=True)
            if result.returncode != 0:
                sys.stderr.write(result.stdout + result.stderr)
                sys.exit(f"export_cached: exporting {model} (opset {opset}) failed")
            os.replace(os.path.join(scratch, os.path.basename(path)), path)
            shutil.rmtree(scratch, ignore_errors=True)
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="a model utils/export_models.py knows, e.g. mobilenet_v2")
    parser.add_argument("--opset", type=int, required=True)
    parser.add_argument("--cache-dir", required=True,
                        help="where exports are kept between runs (in the build tree)")
    parser.add_argument("-o", "--output", required=True, help="where to copy the model")
    args = parser.parse_args()
    shutil.copyfile(cached_export(args.model, args.opset, args.cache_dir), args.output)


if __name__ == "__main__":
    main()
