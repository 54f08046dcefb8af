#!/usr/bin/env python3
"""Write a random tensor as an ONNX TensorProto (.pb), the format onnxc-run reads.

    make_tensor_pb.py OUT.pb --name input --shape 1x3x32x32 [--dtype float32] [--seed S]
"""
import argparse

import numpy as np
from onnx import numpy_helper


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--name", required=True, help="the tensor's name (the model input)")
    parser.add_argument("--shape", required=True, help="dims joined by x, e.g. 1x3x32x32")
    parser.add_argument("--dtype", default="float32", help="a numpy dtype name")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    shape = [int(d) for d in args.shape.split("x")]
    rng = np.random.default_rng(args.seed)
    dtype = np.dtype(args.dtype)
    if np.issubdtype(dtype, np.floating):
        array = rng.standard_normal(shape).astype(dtype)
    else:
        array = rng.integers(0, 10, size=shape).astype(dtype)
    with open(args.output, "wb") as f:
        f.write(numpy_helper.from_array(array, args.name).SerializeToString())


if __name__ == "__main__":
    main()
