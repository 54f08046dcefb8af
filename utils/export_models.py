#!/usr/bin/python3
"""Exports the models of the extended test suite (and MobileNetV2 for the
default suite) with PyTorch (Debian's python3-torch 1.13 and
python3-torchvision, run with /usr/bin/python3 — not the project's .venv).
Random weights, fixed seed; nothing is downloaded.

  /usr/bin/python3 utils/export_models.py OUT_DIR [--opset 14 17] [--models ...]

Writes OUT_DIR/<model>_opset<N>.onnx for:
  resnet50       torchvision ResNet-50, input [batch, 3, 224, 224]
  mobilenet_v2   torchvision MobileNetV2, input [batch, 3, 224, 224]
  bert_encoder   token embedding + learned positions + LayerNorm +
                 nn.TransformerEncoder (12 layers, d=768, 12 heads, FFN 3072,
                 GELU), int64 input_ids [batch, seq]
  tiny_encoder   the same architecture at toy size (vocab 100, 2 layers,
                 d=32, 4 heads, FFN 64): PyTorch's attention export in
                 seconds, for the default test suite
  tiny_lstm      nn.LSTM (2 layers, bidirectional, 8 -> 16), time-major
                 input [seq, batch, 8], then a Linear over its outputs
  tiny_gru       nn.GRU (1 layer, batch_first, 8 -> 12), input [batch, seq, 8],
                 then a Linear
The batch (and the sequence length of the encoders and recurrent models) are
dynamic axes.

BatchNorm running statistics are calibrated before export: a freshly
initialised network has mean 0 / variance 1 in every BatchNorm, which does
not match the activations it actually sees, so MobileNetV2's outputs shrink
to ~1e-15 (and ResNet-50's grow to ~100) and an rtol/atol comparison says
nothing. A few forward passes in train mode on seeded random images give
each BatchNorm the statistics of its real input, and the outputs become O(1).
Everything is seeded, so the export is deterministic."""

import argparse
import pathlib

import torch
import torchvision


class BertEncoder(torch.nn.Module):
    def __init__(self, vocab=30522, max_positions=512, d_model=768, heads=12,
                 ffn=3072, layers=12):
        super().__init__()
        self.tokens = torch.nn.Embedding(vocab, d_model)
        self.positions = torch.nn.Embedding(max_positions, d_model)
        self.norm = torch.nn.LayerNorm(d_model)
        layer = torch.nn.TransformerEncoderLayer(
            d_model, heads, ffn, dropout=0.0, activation="gelu", batch_first=True)
        self.encoder = torch.nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)

    def forward(self, input_ids):
        seq = input_ids.shape[1]
        positions = torch.arange(seq, device=input_ids.device).unsqueeze(0)
        x = self.norm(self.tokens(input_ids) + self.positions(positions))
        return self.encoder(x)


class TinyRecurrent(torch.nn.Module):
    """A recurrent layer's output sequence through a Linear (the state
    outputs are left out: the sequence depends on all of them)."""

    def __init__(self, recurrent, hidden):
        super().__init__()
        self.recurrent = recurrent
        self.head = torch.nn.Linear(hidden, 4)

    def forward(self, x):
        output, _ = self.recurrent(x)
        return self.head(output)


# Calibration: CALIBRATION_STEPS batches of CALIBRATION_BATCH random images.
CALIBRATION_STEPS = 4
CALIBRATION_BATCH = 8


def calibrate_batch_norm(model, image_shape):
    """Replaces every BatchNorm's running mean/variance by the average over a
    few seeded random batches (momentum None: a plain cumulative average)."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    if not norms:
        return
    for norm in norms:
        norm.reset_running_stats()
        norm.momentum = None
    generator = torch.Generator().manual_seed(1)
    model.train()
    with torch.no_grad():
        for _ in range(CALIBRATION_STEPS):
            model(torch.randn(CALIBRATION_BATCH, *image_shape, generator=generator))


def make(name):
    if name == "resnet50":
        return torchvision.models.resnet50(), torch.randn(1, 3, 224, 224), "input", {0: "batch"}
    if name == "mobilenet_v2":
        return torchvision.models.mobilenet_v2(), torch.randn(1, 3, 224, 224), "input", {0: "batch"}
    if name == "bert_encoder":
        ids = torch.randint(0, 30522, (1, 16), dtype=torch.int64)
        return BertEncoder(), ids, "input_ids", {0: "batch", 1: "seq"}
    if name == "tiny_encoder":
        ids = torch.randint(0, 100, (1, 16), dtype=torch.int64)
        model = BertEncoder(vocab=100, max_positions=256, d_model=32, heads=4, ffn=64, layers=2)
        return model, ids, "input_ids", {0: "batch", 1: "seq"}
    if name == "tiny_lstm":
        lstm = torch.nn.LSTM(8, 16, num_layers=2, bidirectional=True)
        return TinyRecurrent(lstm, 32), torch.randn(5, 1, 8), "input", {0: "seq", 1: "batch"}
    if name == "tiny_gru":
        gru = torch.nn.GRU(8, 12, batch_first=True)
        return TinyRecurrent(gru, 12), torch.randn(1, 5, 8), "input", {0: "batch", 1: "seq"}
    raise ValueError(name)


def output_axes(input_axes):
    """The output shares the batch, and an encoder's output the sequence."""
    return {axis: name for axis, name in input_axes.items() if name in ("batch", "seq")}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("--opset", type=int, nargs="+", default=[14, 17])
    parser.add_argument("--models", nargs="+",
                        default=["resnet50", "mobilenet_v2", "bert_encoder"])
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.models:
        for opset in args.opset:
            torch.manual_seed(0)
            model, example, input_name, axes = make(name)
            if example.is_floating_point():
                calibrate_batch_norm(model, example.shape[1:])
            model.eval()
            path = args.out_dir / f"{name}_opset{opset}.onnx"
            torch.onnx.export(model, example, str(path), opset_version=opset,
                              input_names=[input_name], output_names=["output"],
                              dynamic_axes={input_name: axes, "output": output_axes(axes)},
                              do_constant_folding=True)
            print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
