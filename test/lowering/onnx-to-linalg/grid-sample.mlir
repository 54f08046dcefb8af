// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Bilinear, zeros padding: one generic over [N, C, H, W]; the grid's two
// components are read (x for W, y for H) and four taps are masked and summed.
// CHECK-LABEL: func.func @grid_sample_bilinear
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x4xf32>, %[[G:.*]]: tensor<1x5x6x2xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x2x5x6xf32>
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<1x2x5x6xf32>)
// CHECK: tensor.extract %[[G]][%{{.*}}, %{{.*}}, %{{.*}}, %c1]
// CHECK: tensor.extract %[[G]][%{{.*}}, %{{.*}}, %{{.*}}, %c0]
// CHECK-COUNT-4: tensor.extract %[[X]]
// CHECK-NOT: onnx.
func.func @grid_sample_bilinear(%x: tensor<1x2x3x4xf32>, %grid: tensor<1x5x6x2xf32>) -> tensor<1x2x5x6xf32> {
  %0 = "onnx.GridSample"(%x, %grid) {mode = "linear", padding_mode = "zeros"} : (tensor<1x2x3x4xf32>, tensor<1x5x6x2xf32>) -> tensor<1x2x5x6xf32>
  return %0 : tensor<1x2x5x6xf32>
}

// -----

// Nearest over a volume: one tap, the coordinates rounded half to even.
// CHECK-LABEL: func.func @grid_sample_nearest_3d
// CHECK: linalg.generic
// CHECK: math.roundeven
// CHECK-COUNT-1: tensor.extract %arg0
// CHECK: linalg.yield
func.func @grid_sample_nearest_3d(%x: tensor<1x1x3x2x2xf32>, %grid: tensor<1x2x4x2x3xf32>) -> tensor<1x1x2x4x2xf32> {
  %0 = "onnx.GridSample"(%x, %grid) {mode = "nearest", padding_mode = "border", align_corners = 1 : i64} : (tensor<1x1x3x2x2xf32>, tensor<1x2x4x2x3xf32>) -> tensor<1x1x2x4x2xf32>
  return %0 : tensor<1x1x2x4x2xf32>
}

// -----

module attributes {onnx.opset = 22 : i64} {
  func.func @grid_sample_bad_padding(%x: tensor<1x1x3x2xf32>, %grid: tensor<1x2x4x2xf32>) -> tensor<1x1x2x4xf32> {
    // expected-error @unknown {{node 'g' (GridSample, opset 22): operator is not supported by the compiler yet (or not with these types, shapes or attributes): padding_mode 'wrap' is not supported}}
    %0 = "onnx.GridSample"(%x, %grid) {padding_mode = "wrap"} : (tensor<1x1x3x2xf32>, tensor<1x2x4x2xf32>) -> tensor<1x1x2x4xf32> loc("g")
    return %0 : tensor<1x1x2x4xf32>
  }
}

// -----

// AffineGrid with the size read at run time: N must be theta's, the
// spatial sizes not negative and the element count at most 2^47 (else the
// result is empty); one generic over [N, H, W, 2] computes theta[n, i, 2] +
// theta[n, i, 0] x + theta[n, i, 1] y in f64, x = (2 w + 1) / W - 1.
// CHECK-LABEL: func.func @affine_grid_runtime_size
// CHECK: %[[N:.*]] = tensor.extract %arg1[%c0] : tensor<4xi64>
// CHECK: %[[H:.*]] = tensor.extract %arg1[%c2] : tensor<4xi64>
// CHECK: %[[W:.*]] = tensor.extract %arg1[%c3] : tensor<4xi64>
// CHECK: {onnxc.where = "node 'ag' (AffineGrid, opset 0): size element 0"}
// CHECK: {onnxc.where = "node 'ag' (AffineGrid, opset 0): size element 2"}
// CHECK: {onnxc.where = "node 'ag' (AffineGrid, opset 0): size element 3"}
// CHECK: {onnxc.where = "node 'ag' (AffineGrid, opset 0): the result's element count"}
// CHECK: %[[E:.*]] = tensor.empty({{.*}}) : tensor<?x?x?x2xf32>
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<?x?x?x2xf32>)
// CHECK: tensor.extract %arg0[%{{.*}}, %{{.*}}, %c2] : tensor<?x2x3xf32>
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: arith.truncf %{{.*}} : f64 to f32
func.func @affine_grid_runtime_size(%theta: tensor<?x2x3xf32>, %size: tensor<4xi64>) -> tensor<?x?x?x2xf32> {
  %0 = "onnx.AffineGrid"(%theta, %size) <{align_corners = 0 : i64}> : (tensor<?x2x3xf32>, tensor<4xi64>) -> tensor<?x?x?x2xf32> loc("ag")
  return %0 : tensor<?x?x?x2xf32>
}
