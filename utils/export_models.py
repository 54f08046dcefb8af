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
and the models from the field (issue 7), torchvision 0.14 with random weights:
  classifiers    one per family (CLASSIFIERS below: alexnet, vgg11_bn,
                 resnet18, resnext50_32x4d, squeezenet1_1, densenet121,
                 inception_v3 (input 299x299), googlenet, shufflenet_v2_x0_5,
                 mobilenet_v3_small, mnasnet0_5, efficientnet_b0,
                 efficientnet_v2_s, regnet_x_400mf, regnet_y_400mf,
                 convnext_tiny, vit_b_16, swin_t), input [batch, 3, 224, 224]
  segmenters     fcn_resnet50, deeplabv3_mobilenet_v3_large,
                 lraspp_mobilenet_v3_large: input [batch, 3, height, width],
                 output [batch, 21, height, width] (the dict's 'out')
  detectors      ssdlite320_mobilenet_v3_large,
                 fasterrcnn_mobilenet_v3_large_320_fpn: one image
                 [3, height, width] in [0, 1]; outputs boxes, scores, labels
The batch (and the sequence length of the encoders and recurrent models, the
image size of the segmenters and detectors) are dynamic axes.

BatchNorm running statistics are calibrated before export: a freshly
initialised network has mean 0 / variance 1 in every BatchNorm, which does
not match the activations it actually sees, so MobileNetV2's outputs shrink
to ~1e-15 (and ResNet-50's grow to ~100) and an rtol/atol comparison says
nothing. A few forward passes in train mode on seeded random images give
each BatchNorm the statistics of its real input, and the outputs become O(1).
The detectors' train mode wants targets, so they run in eval mode with only
their BatchNorms in train mode. Everything is seeded, so the export is deterministic."""

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


def calibrate_batch_norm_in_eval(model, example):
    """The same calibration for the detection models, whose train mode
    wants targets: the detector runs in eval mode with only its BatchNorms in
    train mode, on lists of seeded random images shaped like `example`."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    model.eval()
    for norm in norms:
        norm.reset_running_stats()
        norm.momentum = None
        norm.train()
    generator = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for _ in range(CALIBRATION_STEPS):
            model.model([torch.rand(*example.shape, generator=generator)
                         for _ in range(CALIBRATION_BATCH)])


class SegmentationOutput(torch.nn.Module):
    """torchvision's segmentation models return a dict; export its 'out'."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x):
        return self.model(x)["out"]


class DetectionOutputs(torch.nn.Module):
    """torchvision's detection models take a list of images and return a
    list of dicts; export one image [3, H, W] and its boxes, scores and
    labels."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, image):
        result = self.model([image])[0]
        return result["boxes"], result["scores"], result["labels"]


BATCH = {0: "batch"}
IMAGE = {0: "batch", 2: "height", 3: "width"}

# Classification: one representative per torchvision 0.14 family, the
# smallest that shows each op pattern (docs/testing.md says which and why).
# name -> (constructor, input shape without the batch).
CLASSIFIERS = {
    "alexnet": (torchvision.models.alexnet, (3, 224, 224)),
    "vgg11_bn": (torchvision.models.vgg11_bn, (3, 224, 224)),
    "resnet18": (torchvision.models.resnet18, (3, 224, 224)),
    "resnext50_32x4d": (torchvision.models.resnext50_32x4d, (3, 224, 224)),
    "squeezenet1_1": (torchvision.models.squeezenet1_1, (3, 224, 224)),
    "densenet121": (torchvision.models.densenet121, (3, 224, 224)),
    "inception_v3": (lambda: torchvision.models.inception_v3(aux_logits=False, init_weights=True),
                     (3, 299, 299)),
    "googlenet": (lambda: torchvision.models.googlenet(aux_logits=False, init_weights=True),
                  (3, 224, 224)),
    "shufflenet_v2_x0_5": (torchvision.models.shufflenet_v2_x0_5, (3, 224, 224)),
    "mobilenet_v3_small": (torchvision.models.mobilenet_v3_small, (3, 224, 224)),
    "mnasnet0_5": (torchvision.models.mnasnet0_5, (3, 224, 224)),
    "efficientnet_b0": (torchvision.models.efficientnet_b0, (3, 224, 224)),
    "efficientnet_v2_s": (torchvision.models.efficientnet_v2_s, (3, 224, 224)),
    "regnet_x_400mf": (torchvision.models.regnet_x_400mf, (3, 224, 224)),
    "regnet_y_400mf": (torchvision.models.regnet_y_400mf, (3, 224, 224)),
    "convnext_tiny": (torchvision.models.convnext_tiny, (3, 224, 224)),
    "vit_b_16": (torchvision.models.vit_b_16, (3, 224, 224)),
    "swin_t": (torchvision.models.swin_t, (3, 224, 224)),
}

# Segmentation: dynamic batch, height and width; exported at 3x224x224.
# weights_backbone=None: the default would download ImageNet weights.
SEGMENTERS = {
    "fcn_resnet50": torchvision.models.segmentation.fcn_resnet50,
    "deeplabv3_mobilenet_v3_large": torchvision.models.segmentation.deeplabv3_mobilenet_v3_large,
    "lraspp_mobilenet_v3_large": torchvision.models.segmentation.lraspp_mobilenet_v3_large,
}

DETECTORS = {
    "ssdlite320_mobilenet_v3_large": torchvision.models.detection.ssdlite320_mobilenet_v3_large,
    "fasterrcnn_mobilenet_v3_large_320_fpn":
        torchvision.models.detection.fasterrcnn_mobilenet_v3_large_320_fpn,
}

OTHERS = ["resnet50", "mobilenet_v2", "bert_encoder", "tiny_encoder", "tiny_lstm", "tiny_gru"]
ALL_MODELS = OTHERS + list(CLASSIFIERS) + list(SEGMENTERS) + list(DETECTORS)


def make(name):
    """Returns (model, example input, input name, dynamic input axes,
    output names, dynamic axes per output name)."""
    if name in CLASSIFIERS:
        constructor, shape = CLASSIFIERS[name]
        return constructor(), torch.randn(1, *shape), "input", BATCH, ["output"], {"output": BATCH}
    if name in SEGMENTERS:
        model = SegmentationOutput(SEGMENTERS[name](weights_backbone=None))
        return model, torch.randn(1, 3, 224, 224), "input", IMAGE, ["output"], {"output": IMAGE}
    if name in DETECTORS:
        model = DetectionOutputs(DETECTORS[name](weights_backbone=None))
        names = ["boxes", "scores", "labels"]
        found = {0: "detections"}
        return (model, torch.rand(3, 320, 320), "image", {1: "height", 2: "width"}, names,
                {n: found for n in names})
    if name == "resnet50":
        return torchvision.models.resnet50(), torch.randn(1, 3, 224, 224), "input", BATCH, \
            ["output"], {"output": BATCH}
    if name == "mobilenet_v2":
        return torchvision.models.mobilenet_v2(), torch.randn(1, 3, 224, 224), "input", BATCH, \
            ["output"], {"output": BATCH}
    if name == "bert_encoder":
        ids = torch.randint(0, 30522, (1, 16), dtype=torch.int64)
        axes = {0: "batch", 1: "seq"}
        return BertEncoder(), ids, "input_ids", axes, ["output"], {"output": axes}
    if name == "tiny_encoder":
        ids = torch.randint(0, 100, (1, 16), dtype=torch.int64)
        model = BertEncoder(vocab=100, max_positions=256, d_model=32, heads=4, ffn=64, layers=2)
        axes = {0: "batch", 1: "seq"}
        return model, ids, "input_ids", axes, ["output"], {"output": axes}
    if name == "tiny_lstm":
        lstm = torch.nn.LSTM(8, 16, num_layers=2, bidirectional=True)
        axes = {0: "seq", 1: "batch"}
        return TinyRecurrent(lstm, 32), torch.randn(5, 1, 8), "input", axes, ["output"], \
            {"output": axes}
    if name == "tiny_gru":
        gru = torch.nn.GRU(8, 12, batch_first=True)
        axes = {0: "batch", 1: "seq"}
        return TinyRecurrent(gru, 12), torch.randn(1, 5, 8), "input", axes, ["output"], \
            {"output": axes}
    raise ValueError(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("--opset", type=int, nargs="+", default=[14, 17])
    parser.add_argument("--models", nargs="+", choices=ALL_MODELS, metavar="MODEL",
                        default=["resnet50", "mobilenet_v2", "bert_encoder"],
                        help="any of: " + " ".join(ALL_MODELS))
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.models:
        for opset in args.opset:
            torch.manual_seed(0)
            model, example, input_name, axes, output_names, output_axes = make(name)
            if name in DETECTORS:
                calibrate_batch_norm_in_eval(model, example)
            elif example.is_floating_point():
                calibrate_batch_norm(model, example.shape[1:])
            model.eval()
            path = args.out_dir / f"{name}_opset{opset}.onnx"
            torch.onnx.export(model, example, str(path), opset_version=opset,
                              input_names=[input_name], output_names=output_names,
                              dynamic_axes={input_name: axes, **output_axes},
                              do_constant_folding=True)
            print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
