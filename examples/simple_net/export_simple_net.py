#!/usr/bin/python3
"""Export the classic SimpleNet to examples/simple_net/simple_net.onnx.

SimpleNet: Conv2d(3->16, 3x3, pad 1) -> ReLU -> MaxPool2d(2, 2) -> flatten
(x.view(x.size(0), -1)) -> Linear(4096 -> 10). Weights come from
torch.manual_seed(0), so the exported file is reproducible. The batch
dimension is dynamic ("batch_size"); the flatten exports as
Shape/Gather/Unsqueeze/Concat/Reshape, which is what makes this a useful
compiler test beyond its size.

Run with Debian's Python, which has torch (not the project's venv):
    /usr/bin/python3 examples/simple_net/export_simple_net.py
"""
import argparse
import os

import torch
import torch.nn as nn


class SimpleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.relu = nn.ReLU()
        self.pool = nn.MaxPool2d(2, 2)
        self.fc = nn.Linear(16 * 16 * 16, 10)

    def forward(self, x):
        x = self.conv1(x)
        x = self.relu(x)
        x = self.pool(x)
        x = x.view(x.size(0), -1)
        return self.fc(x)


def export(path):
    torch.manual_seed(0)
    model = SimpleNet()
    model.eval()
    dummy_input = torch.randn(1, 3, 32, 32)
    torch.onnx.export(
        model,
        dummy_input,
        path,
        export_params=True,
        opset_version=14,
        do_constant_folding=True,
        input_names=["input"],
        output_names=["output"],
        dynamic_axes={"input": {0: "batch_size"}, "output": {0: "batch_size"}},
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=os.path.join(here, "simple_net.onnx"),
                        help="where to write the model (default: next to this script)")
    args = parser.parse_args()
    export(args.output)
    print(f"wrote {args.output} ({os.path.getsize(args.output)} bytes)")


if __name__ == "__main__":
    main()
