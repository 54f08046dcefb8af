#!/usr/bin/python3
"""Remake the example's bundled files: the image and the ImageNet class names.

    /usr/bin/python3 examples/image_classification/make_assets.py --photo f3.jpg

circuit_board.ppm: the photo (any format PIL reads) scaled to 320 pixels wide
with PIL's Lanczos filter and written as binary PPM (P6, 8-bit RGB), which
the C++ program decodes without a third-party library. The bundled one comes
from assets/f3.jpg of the Embedded Rust Book (CC-BY-SA 4.0, see README.md),
720x477, here 320x212: non-square, so the program's resize and crop have
both sides to handle.

imagenet_classes.txt: the 1000 ImageNet-1k class names in index order, one
per line, as torchvision lists them (torchvision.models._meta).

Needs PIL and torchvision: Debian's /usr/bin/python3 has both.
"""
import argparse
import os

from PIL import Image
from torchvision.models._meta import _IMAGENET_CATEGORIES

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 320


def write_image(photo, path):
    image = Image.open(photo).convert("RGB")
    height = round(image.height * WIDTH / image.width)
    image = image.resize((WIDTH, height), Image.LANCZOS)
    image.save(path, format="PPM")
    print(f"wrote {path} ({WIDTH}x{height}, {os.path.getsize(path)} bytes)")


def write_classes(path):
    assert len(_IMAGENET_CATEGORIES) == 1000
    with open(path, "w") as f:
        f.writelines(name + "\n" for name in _IMAGENET_CATEGORIES)
    print(f"wrote {path} ({len(_IMAGENET_CATEGORIES)} classes)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photo", help="the source photo; without it the image is left alone")
    parser.add_argument("--out-dir", default=HERE, help="default: next to this script")
    args = parser.parse_args()
    if args.photo:
        write_image(args.photo, os.path.join(args.out_dir, "circuit_board.ppm"))
    write_classes(os.path.join(args.out_dir, "imagenet_classes.txt"))


if __name__ == "__main__":
    main()
