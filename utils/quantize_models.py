#!/usr/bin/env python3
"""Quantizes a float ONNX model with ONNX Runtime's own tools, both ways.

    .venv/bin/python utils/quantize_models.py MODEL.onnx OUT_DIR [--dim seq=16]
                     [--calibration-samples 4] [--seed 0] [--ways dynamic qdq]

Writes OUT_DIR/<stem>_<way>.onnx for each way (<stem>: the model's file name
without .onnx; default ways: dynamic and qdq):

  dynamic  onnxruntime.quantization.quantize_dynamic with uint8 weights, as in
           the seed article (QuantType.QUInt8): MatMul with a constant B
           becomes DynamicQuantizeLinear + MatMulInteger + Cast + Mul, Conv
           becomes DynamicQuantizeLinear + ConvInteger + Cast + Mul (+ Add),
           Gather on a constant table a uint8 table + DequantizeLinear.
  qdq      onnxruntime.quantization.quantize_static in QDQ format with the
           defaults (int8 activations and weights, per tensor, MinMax
           calibration): QuantizeLinear/DequantizeLinear pairs around Conv,
           Gemm, MatMul, Add, ..., the weights stored as int8 initializers
           behind a DequantizeLinear, biases as int32.
  qdq_per_channel  (only with --ways) the same with per_channel=True: the
           weights quantized per output channel, read by DequantizeLinear
           with an axis.

With ONNX Runtime 1.32's default options both emit ai.onnx operators only
(no com.microsoft contrib ops), so no option is needed to keep them in the
standard domain. Calibration (qdq) runs on seeded random inputs drawn as
test/e2e/compare_with_ort.py draws its test inputs: standard normal floats,
integers in [0, 10). Dynamic dims: axis 0 is 1, others from --dim NAME=VALUE.
The float models come from utils/export_models.py (Debian's /usr/bin/python3
with torch); this script needs the project's .venv (onnx, onnxruntime, numpy).
"""
import argparse
import os
import pathlib
import sys

import numpy as np
import onnx
from onnxruntime.quantization import (CalibrationDataReader, QuantFormat, QuantType,
                                      quantize_dynamic, quantize_static)


class RandomReader(CalibrationDataReader):
    """Feeds `samples` seeded random inputs of the model's graph inputs."""

    def __init__(self, model, dims, samples, seed):
        rng = np.random.default_rng(seed)
        initializers = {init.name for init in model.graph.initializer}
        inputs = [vi for vi in model.graph.input if vi.name not in initializers]
        self.feeds = []
        for _ in range(samples):
            feed = {}
            for vi in inputs:
                shape = []
                for axis, dim in enumerate(vi.type.tensor_type.shape.dim):
                    if dim.HasField("dim_value"):
                        shape.append(dim.dim_value)
                    elif dim.dim_param in dims:
                        shape.append(dims[dim.dim_param])
                    elif axis == 0:
                        shape.append(1)
                    else:
                        sys.exit(f"quantize_models: input '{vi.name}' has a dynamic dim at "
                                 f"axis {axis}; give it with --dim")
                dtype = onnx.helper.tensor_dtype_to_np_dtype(vi.type.tensor_type.elem_type)
                if np.issubdtype(dtype, np.floating):
                    feed[vi.name] = rng.standard_normal(shape).astype(dtype)
                else:
                    feed[vi.name] = rng.integers(0, 10, size=shape).astype(dtype)
            self.feeds.append(feed)
        self.iterator = iter(self.feeds)

    def get_next(self):
        return next(self.iterator, None)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=pathlib.Path)
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("--dim", action="append", default=[], metavar="NAME=VALUE",
                        help="size of the dynamic dim NAME in the calibration inputs")
    parser.add_argument("--calibration-samples", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ways", nargs="+", choices=["dynamic", "qdq", "qdq_per_channel"],
                        default=["dynamic", "qdq"])
    args = parser.parse_args()
    dims = {}
    for item in args.dim:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--dim expects NAME=VALUE, got '{item}'")
        dims[name] = int(value)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    stem = args.model.name.removesuffix(".onnx")
    for way in args.ways:
        out = args.out_dir / f"{stem}_{way}.onnx"
        # Written beside the output and renamed, so that a killed run leaves
        # no half file for a cache to pick up.
        scratch = args.out_dir / f".{stem}_{way}.{os.getpid()}.onnx"
        if way == "dynamic":
            quantize_dynamic(str(args.model), str(scratch), weight_type=QuantType.QUInt8)
        else:
            reader = RandomReader(onnx.load(str(args.model), load_external_data=False), dims,
                                  args.calibration_samples, args.seed)
            quantize_static(str(args.model), str(scratch), reader, quant_format=QuantFormat.QDQ,
                            per_channel=way == "qdq_per_channel")
        os.replace(scratch, out)
        print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
