#!/usr/bin/env python3
"""Check the image-classification example's output against ONNX Runtime.

    check_image_classification.py MODEL.onnx IMAGE.ppm PROGRAM_OUTPUT.txt \\
        --classes imagenet_classes.txt [--input INPUT.bin]

Reimplements the example's preprocessing in numpy, independently of its C++
(examples/image_classification/preprocess.h states the transform: shorter
side to 256 by bilinear resize with half-pixel centres, centre crop 224 at
floor offsets, ImageNet mean/std, NCHW), runs ONNX Runtime on the result,
and checks the program's top-5 lines

      1. class  818  probability 0.00123456  spotlight

against ONNX Runtime's softmax: same classes in the same order (two classes
whose probabilities agree within the tolerance may swap), names from the
class list, probabilities within --rtol. With --input (the tensor the
program wrote with --write-input) it also compares the preprocessed tensors.
Prints

    preprocessing: max abs diff D
    top-5: I1 I2 I3 I4 I5, probability max rel diff D

and exits 1 on any mismatch. Needs numpy and onnxruntime (the project's venv).
"""
import argparse
import re
import sys

import numpy as np
import onnxruntime as ort

RESIZE, CROP, TOP = 256, 224, 5
MEAN = np.array([0.485, 0.456, 0.406])
STD = np.array([0.229, 0.224, 0.225])
LINE = re.compile(r"^\s*(\d+)\. class\s+(\d+)\s+probability (\S+)\s+(.*)$")


def read_ppm(path):
    """Binary P6, maxval 255 -> HxWx3 uint8. Header comments are allowed."""
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        match = re.compile(rb"\s*(?:#[^\n]*\n\s*)*(\S+)").match(data, pos)
        fields.append(match.group(1))
        pos = match.end()
    assert fields[0] == b"P6" and fields[3] == b"255", f"{path}: not an 8-bit P6 PPM"
    width, height = int(fields[1]), int(fields[2])
    pixels = np.frombuffer(data, dtype=np.uint8, offset=pos + 1)
    return pixels.reshape(height, width, 3)


def bilinear_matrix(size_in, size_out):
    """The (size_out, size_in) matrix that resizes one axis: half-pixel
    centres, source coordinates clamped to the edge pixels."""
    src = np.clip((np.arange(size_out) + 0.5) * size_in / size_out - 0.5, 0, size_in - 1)
    lo = np.floor(src).astype(int)
    hi = np.minimum(lo + 1, size_in - 1)
    weights = np.zeros((size_out, size_in))
    np.add.at(weights, (np.arange(size_out), lo), 1 - (src - lo))
    np.add.at(weights, (np.arange(size_out), hi), src - lo)
    return weights


def preprocess(image):
    height, width = image.shape[:2]
    if width >= height:
        new_height, new_width = RESIZE, width * RESIZE // height
    else:
        new_height, new_width = height * RESIZE // width, RESIZE
    # A bilinear resize is separable: one matrix per axis.
    rows = np.einsum("yh,hwc->ywc", bilinear_matrix(height, new_height), image.astype(np.float64))
    resized = np.einsum("ywc,xw->yxc", rows, bilinear_matrix(width, new_width))
    top, left = (new_height - CROP) // 2, (new_width - CROP) // 2
    crop = resized[top:top + CROP, left:left + CROP]
    normalised = (crop / 255.0 - MEAN) / STD
    return normalised.transpose(2, 0, 1)[np.newaxis].astype(np.float32)


def parse_top(path, classes):
    rows = []
    for line in open(path):
        match = LINE.match(line)
        if match:
            rank, index, prob, name = match.groups()
            rows.append((int(rank), int(index), float(prob), name))
    if [row[0] for row in rows] != list(range(1, TOP + 1)):
        sys.exit(f"check_image_classification: {path} has no top-{TOP} list (ranks 1..{TOP})")
    for _, index, _, name in rows:
        if classes[index] != name:
            sys.exit(f"check_image_classification: class {index} is '{classes[index]}', "
                     f"the program printed '{name}'")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("image")
    parser.add_argument("program_output")
    parser.add_argument("--classes", required=True)
    parser.add_argument("--input", help="the program's --write-input tensor")
    parser.add_argument("--rtol", type=float, default=1e-3,
                        help="relative tolerance on probabilities (default %(default)s)")
    parser.add_argument("--input-atol", type=float, default=1e-4,
                        help="tolerance on the preprocessed tensor (default %(default)s)")
    args = parser.parse_args()

    expected_input = preprocess(read_ppm(args.image))
    ok = True
    if args.input:
        actual = np.fromfile(args.input, dtype="<f4")
        if actual.size != expected_input.size:
            sys.exit(f"check_image_classification: {args.input} has {actual.size} floats, "
                     f"expected {expected_input.size}")
        diff = float(np.abs(actual.reshape(expected_input.shape) - expected_input).max())
        print(f"preprocessing: max abs diff {diff:.3g}")
        ok &= diff <= args.input_atol

    session = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
    logits = session.run(None, {session.get_inputs()[0].name: expected_input})[0][0]
    probs = np.exp(logits.astype(np.float64) - logits.max())
    probs /= probs.sum()
    expected_order = np.argsort(-probs, kind="stable")[:TOP]

    classes = open(args.classes).read().splitlines()
    rows = parse_top(args.program_output, classes)
    worst = 0.0
    for (rank, index, prob, _), expected_index in zip(rows, expected_order):
        relative = abs(prob - probs[index]) / probs[index]
        worst = max(worst, relative)
        # The class at this rank, or one ONNX Runtime finds as likely.
        same_rank = abs(probs[index] - probs[expected_index]) <= args.rtol * probs[expected_index]
        if relative > args.rtol or not same_rank:
            print(f"rank {rank}: the program has class {index} with probability {prob:.6g}; "
                  f"ONNX Runtime has class {expected_index} with {probs[expected_index]:.6g} "
                  f"(and {probs[index]:.6g} for class {index})")
            ok = False
    print(f"top-{TOP}: {' '.join(str(row[1]) for row in rows)}, "
          f"probability max rel diff {worst:.3g}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
