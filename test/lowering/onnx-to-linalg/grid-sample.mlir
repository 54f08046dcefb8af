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
