#!/usr/bin/env python3
"""Compare what two_models (main.c) computed with ONNX Runtime.

    two_models.py DIR NET_A.onnx NET_B.onnx

Reads DIR/net_{a,b}_{input,output}.bin (raw float32) as main.c wrote them,
runs each .onnx on the same input with ONNX Runtime, prints
"NAME: max abs diff D" and exits 1 if a difference exceeds 1e-5.
"""
import os
import sys

import numpy as np
import onnxruntime as ort

ATOL = 1e-5
# name: (input name, input shape, output shape), as in main.c.
MODELS = {
    "net_a": ("input", (2, 3, 32, 32), (2, 10)),
    "net_b": ("X", (5, 8), (5, 4)),
}


def load(path, shape):
    data = np.fromfile(path, dtype=np.float32)
    if data.size != np.prod(shape):
        sys.exit(f"two_models.py: {path} holds {data.size} floats, expected {shape}")
    return data.reshape(shape)


def check(name, model_path, work_dir):
    input_name, input_shape, output_shape = MODELS[name]
    x = load(os.path.join(work_dir, f"{name}_input.bin"), input_shape)
    actual = load(os.path.join(work_dir, f"{name}_output.bin"), output_shape)
    session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    expected = session.run(None, {input_name: x})[0]
    diff = float(np.abs(expected.astype(np.float64) - actual).max())
    print(f"{name}: max abs diff {diff:.3g}")
    return diff <= ATOL


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: two_models.py DIR NET_A.onnx NET_B.onnx")
    work_dir, net_a, net_b = sys.argv[1:]
    ok = check("net_a", net_a, work_dir)
    ok &= check("net_b", net_b, work_dir)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
