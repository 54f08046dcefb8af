"""Writes two small models whose weights live in ONNX external data:
  OUT/good/model.onnx + OUT/good/weights.bin    (Gemm 8->4 + Relu, dynamic batch)
  OUT/escape/model.onnx                          (its location is ../secret.bin)
Usage: make_models.py OUT"""

import pathlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper


def gemm_model(weight_location):
    rng = np.random.default_rng(7)
    w = rng.standard_normal((4, 8)).astype(np.float32)
    b = rng.standard_normal(4).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("Gemm", ["X", "W", "B"], ["H"], transB=1, name="gemm"),
         helper.make_node("Relu", ["H"], ["Y"], name="relu")],
        "external",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, ["batch", 8])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["batch", 4])],
        [onnx.numpy_helper.from_array(w, "W"), onnx.numpy_helper.from_array(b, "B")])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])


def main():
    out = pathlib.Path(sys.argv[1])
    good = out / "good"
    good.mkdir(parents=True, exist_ok=True)
    onnx.save_model(gemm_model(None), str(good / "model.onnx"), save_as_external_data=True,
                    all_tensors_to_one_file=True, location="weights.bin", size_threshold=0)

    escape = out / "escape"
    escape.mkdir(parents=True, exist_ok=True)
    model = onnx.load(str(good / "model.onnx"), load_external_data=False)
    for tensor in model.graph.initializer:
        for entry in tensor.external_data:
            if entry.key == "location":
                entry.value = "../secret.bin"
    (out / "secret.bin").write_bytes((good / "weights.bin").read_bytes())
    onnx.save_model(model, str(escape / "model.onnx"))


if __name__ == "__main__":
    main()
