// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// MaxPool (2-D, NCHW): padding with -inf, plus the extra end padding that
// ceil_mode needs, then linalg.pooling_nchw_max into a -inf accumulator.
// GlobalAveragePool: a sum reduction over the spatial dims, then a division
// by their count.

// CHECK-LABEL: func.func @maxpool_pads
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>)
// CHECK: %[[NEG_INF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: tensor.yield %[[NEG_INF]] : f32
// CHECK: } : tensor<1x3x8x8xf32> to tensor<1x3x10x10xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x3x4x4xf32>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[NEG_INF]] : f32) outs(%[[EMPTY]] : tensor<1x3x4x4xf32>)
// CHECK: %[[WINDOW:.*]] = tensor.empty() : tensor<3x3xf32>
// CHECK: %[[Y:.*]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[PADDED]], %[[WINDOW]] : tensor<1x3x10x10xf32>, tensor<3x3xf32>) outs(%[[ACC]] : tensor<1x3x4x4xf32>)
// CHECK: return %[[Y]]
func.func @maxpool_pads(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, none)
  return %0 : tensor<1x3x4x4xf32>
}

// -----

// ceil_mode: 7x7 with a 2x2 window, stride 2, gives 4x4 outputs; the last
// window needs one more row and column of -inf at the end.
// CHECK-LABEL: func.func @maxpool_ceil_mode
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x7x7xf32>)
// CHECK: %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: } : tensor<?x3x7x7xf32> to tensor<?x3x8x8xf32>
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[N]]) : tensor<?x3x4x4xf32>
// CHECK: linalg.pooling_nchw_max
// CHECK-SAME: ins(%[[PADDED]], %{{.*}} : tensor<?x3x8x8xf32>, tensor<2x2xf32>)
func.func @maxpool_ceil_mode(%x: tensor<?x3x7x7xf32>) -> tensor<?x3x4x4xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x7x7xf32>) -> (tensor<?x3x4x4xf32>, none)
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// No padding: the input goes to the pooling op as it is.
// CHECK-LABEL: func.func @maxpool_no_pads
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>)
// CHECK-NOT: tensor.pad
// CHECK: linalg.pooling_nchw_max {{.*}} ins(%[[X]], %{{.*}} : tensor<1x3x8x8xf32>, tensor<2x2xf32>)
func.func @maxpool_no_pads(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, none)
  return %0 : tensor<1x3x4x4xf32>
}

// -----

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[REDUCED:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
// CHECK-LABEL: func.func @global_average_pool
// CHECK-SAME: (%[[X:.*]]: tensor<?x8x7x7xf32>)
// CHECK-DAG: %[[COUNT:.*]] = arith.constant 4.900000e+01 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[ZERO]] : f32)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[REDUCED]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x8x7x7xf32>) outs(%[[ACC]] : tensor<?x8x1x1xf32>)
// CHECK: arith.addf
// CHECK: linalg.generic {{.*}} ins(%[[SUM]] : tensor<?x8x1x1xf32>)
// CHECK: arith.divf %{{.*}}, %[[COUNT]] : f32
func.func @global_average_pool(%x: tensor<?x8x7x7xf32>) -> tensor<?x8x1x1xf32> {
  %0 = "onnx.GlobalAveragePool"(%x) : (tensor<?x8x7x7xf32>) -> tensor<?x8x1x1xf32>
  return %0 : tensor<?x8x1x1xf32>
}

// -----

// The Indices output has no lowering yet.
module attributes {onnx.opset = 12 : i64} {
  func.func @maxpool_indices_used(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xi64> {
    // expected-error @unknown {{node 'pool_with_indices' (MaxPool, opset 12): operator is not supported by the compiler yet}}
    %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>) loc("pool_with_indices")
    return %1 : tensor<1x3x4x4xi64>
  }
}

// -----

// AveragePool where every window counts all its taps (no padding): the
// sum pooled by linalg.pooling_nchw_sum, divided by the kernel size.
// CHECK-LABEL: func.func @averagepool_uniform
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8x8xf32>)
// CHECK-DAG: %[[K:.*]] = arith.constant 4.000000e+00 : f32
// CHECK: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x3x4x4xf32>)
// CHECK: %[[W:.*]] = tensor.empty() : tensor<2x2xf32>
// CHECK: %[[S:.*]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[X]], %[[W]] : tensor<?x3x8x8xf32>, tensor<2x2xf32>) outs(%[[ACC]] : tensor<?x3x4x4xf32>)
// CHECK: %[[Y:.*]] = linalg.generic
// CHECK-SAME: ins(%[[S]] :
// CHECK: arith.divf %{{.*}}, %[[K]]
// CHECK: return %[[Y]]
func.func @averagepool_uniform(%x: tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32> {
  %0 = "onnx.AveragePool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x8x8xf32>) -> tensor<?x3x4x4xf32>
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// With padding (count_include_pad 0) and ceil_mode the border windows count
// fewer taps: rows and columns get constant per-position counts
// (out = ceil((5 + 2 - 3) / 2) + 1 = 3; taps 2, 3, 2 in each direction).
// CHECK-DAG: #[[H:.*]] = affine_map<(d0, d1, d2, d3) -> (d2)>
// CHECK-DAG: #[[W:.*]] = affine_map<(d0, d1, d2, d3) -> (d3)>
// CHECK-LABEL: func.func @averagepool_pads_ceil
// CHECK-DAG: %[[COUNTS:.*]] = arith.constant dense<[2.000000e+00, 3.000000e+00, 2.000000e+00]> : tensor<3xf32>
// CHECK: %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: %[[S:.*]] = linalg.pooling_nchw_sum
// CHECK-SAME: ins(%[[P]], %{{.*}} : tensor<1x2x7x7xf32>, tensor<3x3xf32>)
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[H]], #[[W]], #{{.*}}]
// CHECK-SAME: ins(%[[S]], %[[COUNTS]], %[[COUNTS]] :
// CHECK-NEXT: ^bb0(%[[SUM:.*]]: f32, %[[CH:.*]]: f32, %[[CW:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[C:.*]] = arith.mulf %[[CH]], %[[CW]]
// CHECK-NEXT: arith.divf %[[SUM]], %[[C]]
func.func @averagepool_pads_ceil(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32> {
  %0 = "onnx.AveragePool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// -----

// With count_include_pad the explicit padding counts: every window here
// has all 9 taps.
// CHECK-LABEL: func.func @averagepool_count_include_pad
// CHECK-DAG: %[[K:.*]] = arith.constant 9.000000e+00 : f32
// CHECK: linalg.pooling_nchw_sum
// CHECK: arith.divf %{{.*}}, %[[K]]
func.func @averagepool_count_include_pad(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32> {
  %0 = "onnx.AveragePool"(%x) {count_include_pad = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// 1-D MaxPool runs as 2-D over a unit height.
// CHECK-LABEL: func.func @maxpool_1d
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x9xf32>)
// CHECK: %[[X2:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1], [2, 3]] output_shape [%{{.*}}, 4, 1, 9] : tensor<?x4x9xf32> into tensor<?x4x1x9xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[X2]] low[0, 0, 0, 1] high[0, 0, 0, 1]
// CHECK: %[[Y2:.*]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 2]> : tensor<2xi64>}
// CHECK-SAME: ins(%[[P]], %{{.*}} : tensor<?x4x1x11xf32>, tensor<1x3xf32>)
// CHECK: %[[Y:.*]] = tensor.collapse_shape %[[Y2]] {{\[}}[0], [1], [2, 3]] : tensor<?x4x1x5xf32> into tensor<?x4x5xf32>
// CHECK: return %[[Y]]
func.func @maxpool_1d(%x: tensor<?x4x9xf32>) -> tensor<?x4x5xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, strides = array<i64: 2>} : (tensor<?x4x9xf32>) -> (tensor<?x4x5xf32>, none)
  return %0 : tensor<?x4x5xf32>
}
