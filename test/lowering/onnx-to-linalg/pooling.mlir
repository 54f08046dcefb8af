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
