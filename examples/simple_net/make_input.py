#!/usr/bin/env python3
"""Make input.bin, the preprocessed image that the SimpleNet example reads.

The image is drawn here, deterministically, so the example needs no
download: a 32x32 RGB scene (sky, ground, sun, a small house). It is
preprocessed the way a CIFAR-10 model expects: scaled to [0, 1], normalised
per channel with the CIFAR-10 mean and standard deviation, and laid out CHW.
input.bin holds the 3x32x32 float32 values, little-endian, nothing else.

Run with the project's venv (needs numpy; onnxruntime only for --reference):
    .venv/bin/python examples/simple_net/make_input.py
    .venv/bin/python examples/simple_net/make_input.py \\
        --reference examples/simple_net/simple_net.onnx
--reference prints what the compiled example should print, computed with
ONNX Runtime.
"""
import argparse
import os

import numpy as np

CIFAR10_MEAN = np.array([0.4914, 0.4822, 0.4465], dtype=np.float32)
CIFAR10_STD = np.array([0.2470, 0.2435, 0.2616], dtype=np.float32)
CIFAR10_CLASSES = ["airplane", "automobile", "bird", "cat", "deer",
                   "dog", "frog", "horse", "ship", "truck"]
SIZE = 32


def draw_scene():
    """Returns a SIZE x SIZE x 3 uint8 image (HWC, RGB)."""
    rows, cols = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    image = np.zeros((SIZE, SIZE, 3), dtype=np.float32)
    # Sky: light blue at the top fading to white at the horizon.
    t = rows / (SIZE - 1)
    image[..., 0] = 120 + 110 * t
    image[..., 1] = 170 + 70 * t
    image[..., 2] = 235 + 15 * t
    # Ground: green below row 22 with a gentle slope.
    ground = rows > 22 + 0.1 * (cols - SIZE / 2)
    image[ground] = [60, 140, 50]
    # Sun: a yellow disc in the upper right.
    sun = (rows - 6) ** 2 + (cols - 25) ** 2 <= 16
    image[sun] = [250, 220, 60]
    # House: a red wall, a dark roof and a door.
    wall = (rows >= 15) & (rows <= 24) & (cols >= 6) & (cols <= 15)
    image[wall] = [180, 50, 40]
    roof = (rows >= 9) & (rows < 15) & (np.abs(cols - 10.5) <= (rows - 9) + 0.5)
    image[roof] = [70, 40, 30]
    door = (rows >= 19) & (rows <= 24) & (cols >= 10) & (cols <= 11)
    image[door] = [90, 60, 20]
    return np.clip(image, 0, 255).astype(np.uint8)


def preprocess(image):
    """HWC uint8 -> normalised CHW float32 (3 x SIZE x SIZE)."""
    x = image.astype(np.float32) / 255.0
    x = (x - CIFAR10_MEAN) / CIFAR10_STD
    return np.ascontiguousarray(x.transpose(2, 0, 1), dtype=np.float32)


def write_ppm(image, path):
    with open(path, "wb") as f:
        f.write(b"P6\n%d %d\n255\n" % (image.shape[1], image.shape[0]))
        f.write(image.tobytes())


def print_reference(model_path, chw):
    """Prints the line the C++ example prints, computed with ONNX Runtime."""
    import onnxruntime as ort
    session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    logits = session.run(None, {"input": chw[np.newaxis]})[0][0].astype(np.float64)
    probs = np.exp(logits - logits.max())
    probs /= probs.sum()
    top = int(np.argmax(probs))
    print(f"top class: {top} ({CIFAR10_CLASSES[top]}) probability {probs[top]:.4f}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description="Make the SimpleNet example's input.bin.")
    parser.add_argument("-o", "--output", default=os.path.join(here, "input.bin"),
                        help="where to write the tensor (default: next to this script)")
    parser.add_argument("--ppm", help="also write the drawn image as a PPM file")
    parser.add_argument("--reference", metavar="MODEL.onnx",
                        help="print the expected result, computed with ONNX Runtime")
    args = parser.parse_args()

    image = draw_scene()
    chw = preprocess(image)
    chw.astype("<f4").tofile(args.output)
    print(f"wrote {args.output} ({chw.nbytes} bytes, 3x{SIZE}x{SIZE} float32 CHW)")
    if args.ppm:
        write_ppm(image, args.ppm)
        print(f"wrote {args.ppm}")
    if args.reference:
        print_reference(args.reference, chw)


if __name__ == "__main__":
    main()
