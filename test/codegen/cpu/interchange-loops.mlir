// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-interchange-loops | FileCheck %s

// onnxc-cpu-interchange-loops: long contractions get the output's last dim
// as the innermost loop, after the reductions, when every input reads that
// dim in its own last index.

// A matmul [M,K]x[K,N]: loops (m, n, k) become (m, k, n).
// CHECK-DAG: #[[A:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[B:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @matmul
// CHECK: linalg.generic {indexing_maps = [#[[A]], #[[B]], #[[C]]], iterator_types = ["parallel", "reduction", "parallel"]}
func.func @matmul(%a: memref<8x128xf32>, %b: memref<128x16xf32>, %c: memref<8x16xf32>) {
  linalg.matmul ins(%a, %b : memref<8x128xf32>, memref<128x16xf32>) outs(%c : memref<8x16xf32>)
  return
}

// -----

// A convolution over 64 channels: (n, f, oh, ow, c, kh, kw) becomes
// (n, f, oh, c, kh, kw, ow).
// CHECK-LABEL: func.func @conv_long_reduction
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "parallel"]
func.func @conv_long_reduction(%x: memref<1x64x10x10xf32>, %w: memref<8x64x3x3xf32>, %y: memref<1x8x8x8xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : memref<1x64x10x10xf32>, memref<8x64x3x3xf32>) outs(%y : memref<1x8x8x8xf32>)
  return
}

// -----

// Three channels of 3x3 (27 multiply-adds per output) stay as they are:
// LLVM unrolls that reduction into registers.
// CHECK-LABEL: func.func @conv_short_reduction
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-NOT: linalg.generic
func.func @conv_short_reduction(%x: memref<1x3x10x10xf32>, %w: memref<8x3x3x3xf32>, %y: memref<1x8x8x8xf32>) {
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : memref<1x3x10x10xf32>, memref<8x3x3x3xf32>) outs(%y : memref<1x8x8x8xf32>)
  return
}

// -----

// Gemm with transB reads B[n, k]: n innermost would stride through B, so
// the loops stay (m, n, k).
#map_a = affine_map<(m, n, k) -> (m, k)>
#map_b = affine_map<(m, n, k) -> (n, k)>
#map_c = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @transposed_b
// CHECK: iterator_types = ["parallel", "parallel", "reduction"]
func.func @transposed_b(%a: memref<8x128xf32>, %b: memref<16x128xf32>, %c: memref<8x16xf32>) {
  linalg.generic {indexing_maps = [#map_a, #map_b, #map_c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<8x128xf32>, memref<16x128xf32>) outs(%c : memref<8x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
