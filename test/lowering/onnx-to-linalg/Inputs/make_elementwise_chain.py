#!/usr/bin/env python3
"""Prints a function with a chain of N one-op elementwise linalg.generic ops
(x -> exp -> exp -> ...), for fuse-elementwise-bound.test."""
import sys

n = int(sys.argv[1])
print("#id = affine_map<(d0) -> (d0)>")
print("func.func @chain(%x: tensor<16xf32>) -> tensor<16xf32> {")
print("  %e = tensor.empty() : tensor<16xf32>")
previous = "%x"
for i in range(n):
    print(f"  %v{i} = linalg.generic {{indexing_maps = [#id, #id], iterator_types = [\"parallel\"]}}"
          f" ins({previous} : tensor<16xf32>) outs(%e : tensor<16xf32>) {{")
    print("  ^bb0(%in: f32, %out: f32):")
    print(f"    %r = math.exp %in : f32")
    print("    linalg.yield %r : f32")
    print("  } -> tensor<16xf32>")
    previous = f"%v{i}"
print(f"  return {previous} : tensor<16xf32>")
print("}")
