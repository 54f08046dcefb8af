#!/usr/bin/env python3
"""Write the models that bad_model.test feeds to onnxc, each broken one way.

    make_bad_models.py SIMPLE_NET.onnx OUT_DIR

  truncated.onnx        the first half of SIMPLE_NET.onnx
  random_bytes.onnx     4 KiB of seeded random bytes
  unknown_op.onnx       a node 'mystery_node' of op type FooBar in ai.onnx
  unlowered_op.onnx     a node 'unique_node': Unique, a real ONNX operator
                        that onnxc's dialect knows but does not lower yet
  undefined_value.onnx  a node 'consumer_node' reading 'ghost', which no node,
                        input or initializer produces
The last three are written in ONNX text syntax; each is valid apart from
its one defect, and each has a healthy Relu first so that the failing node
is not the first one.
"""
import os
import sys

import numpy as np
import onnx
import onnx.parser

HEADER = '<ir_version: 8, opset_import: ["" : 14]>\n'

UNKNOWN_OP = HEADER + """
unknown_op (float[N, 4] X) => (float[N, 4] Y) {
  [relu_node] R = Relu(X)
  [mystery_node] Y = FooBar(R)
}
"""

UNLOWERED_OP = HEADER + """
unlowered_op (float[N, 4] X) => (float[M] Y) {
  [relu_node] R = Relu(X)
  [unique_node] Y = Unique(R)
}
"""

UNDEFINED_VALUE = HEADER + """
undefined_value (float[N, 4] X) => (float[N, 4] Y) {
  [relu_node] R = Relu(X)
  [consumer_node] Y = Add(R, ghost)
}
"""


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def write_text_model(path, text):
    onnx.save(onnx.parser.parse_model(text), path)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_bad_models.py SIMPLE_NET.onnx OUT_DIR")
    source, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    with open(source, "rb") as f:
        data = f.read()
    write_bytes(os.path.join(out_dir, "truncated.onnx"), data[: len(data) // 2])
    rng = np.random.default_rng(1234)
    write_bytes(os.path.join(out_dir, "random_bytes.onnx"),
                rng.integers(0, 256, size=4096, dtype=np.uint8).tobytes())
    write_text_model(os.path.join(out_dir, "unknown_op.onnx"), UNKNOWN_OP)
    write_text_model(os.path.join(out_dir, "unlowered_op.onnx"), UNLOWERED_OP)
    write_text_model(os.path.join(out_dir, "undefined_value.onnx"), UNDEFINED_VALUE)


if __name__ == "__main__":
    main()
