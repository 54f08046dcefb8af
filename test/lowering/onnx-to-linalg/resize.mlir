// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Nearest with constant scales: one generic over the output; the resized
// dims round their source coordinate and read the input at the clamped
// position, the N and C dims (scale 1) are read as they are.
// CHECK-LABEL: func.func @resize_nearest
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x4xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x2x6x8xf32>
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<1x2x6x8xf32>)
// CHECK: %[[C:.*]] = linalg.index 1
// CHECK: math.floor
// CHECK: arith.minsi
// CHECK: arith.maxsi
// CHECK: tensor.extract %[[X]][%c0, %[[C]], %{{.*}}, %{{.*}}]
// CHECK-NOT: onnx.
func.func @resize_nearest(%x: tensor<1x2x3x4xf32>) -> tensor<1x2x6x8xf32> {
  %none = "onnx.NoValue"() : () -> none
  %scales = "onnx.Constant"() {value = dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %0 = "onnx.Resize"(%x, %none, %scales, %none) {coordinate_transformation_mode = "asymmetric", nearest_mode = "floor"} : (tensor<1x2x3x4xf32>, none, tensor<4xf32>, none) -> tensor<1x2x6x8xf32>
  return %0 : tensor<1x2x6x8xf32>
}

// -----

// Linear: one generic per resized axis (separable), each a two-tap sum.
// CHECK-LABEL: func.func @resize_linear
// CHECK: %[[H:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x1x4x2xf32>)
// CHECK-COUNT-2: tensor.extract %arg0
// CHECK: %[[W:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<1x1x4x4xf32>)
// CHECK-COUNT-2: tensor.extract %[[H]]
// CHECK: return %[[W]]
func.func @resize_linear(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %sizes = "onnx.Constant"() {value = dense<[1, 1, 4, 4]> : tensor<4xi64>} : () -> tensor<4xi64>
  %0 = "onnx.Resize"(%x, %none, %none, %sizes) {mode = "linear"} : (tensor<1x1x2x2xf32>, none, none, tensor<4xi64>) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

// Sizes read at run time: the output dims come from the sizes tensor,
// checked like any size taken from data (a negative or overflowing one is
// reported, and the result is then empty).
// CHECK-LABEL: func.func @resize_runtime_sizes
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x?x?xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK-DAG: tensor.extract %[[S]][%c0]
// CHECK-DAG: tensor.extract %[[S]][%c1]
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node '' (Resize, opset 0): output size"}
// CHECK: tensor.empty(%{{.*}}, %{{.*}}) : tensor<1x3x?x?xf32>
// CHECK: linalg.generic
// CHECK-NOT: onnx.
func.func @resize_runtime_sizes(%x: tensor<1x3x?x?xf32>, %sizes: tensor<2xi64>) -> tensor<1x3x?x?xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Resize"(%x, %none, %none, %sizes) {axes = array<i64: 2, 3>} : (tensor<1x3x?x?xf32>, none, none, tensor<2xi64>) -> tensor<1x3x?x?xf32>
  return %0 : tensor<1x3x?x?xf32>
}

// -----

// Cubic with antialias and a constant downscale: the taps widen by
// 1 / scale (8 instead of 4) and the weights are normalised.
// CHECK-LABEL: func.func @resize_cubic_antialias
// CHECK: linalg.generic
// CHECK-COUNT-8: tensor.extract
// CHECK: arith.divf
func.func @resize_cubic_antialias(%x: tensor<8xf32>) -> tensor<4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %scales = "onnx.Constant"() {value = dense<[0.5]> : tensor<1xf32>} : () -> tensor<1xf32>
  %0 = "onnx.Resize"(%x, %none, %scales, %none) {mode = "cubic", antialias = 1 : i64} : (tensor<8xf32>, none, tensor<1xf32>, none) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

module attributes {onnx.opset = 19 : i64} {
  func.func @resize_bad_mode(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
    %none = "onnx.NoValue"() : () -> none
    %scales = "onnx.Constant"() {value = dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>} : () -> tensor<4xf32>
    // expected-error @unknown {{node 'r' (Resize, opset 19): operator is not supported by the compiler yet (or not with these types, shapes or attributes): mode 'area' is not supported}}
    %0 = "onnx.Resize"(%x, %none, %scales, %none) {mode = "area"} : (tensor<1x1x2x2xf32>, none, tensor<4xf32>, none) -> tensor<1x1x4x4xf32> loc("r")
    return %0 : tensor<1x1x4x4xf32>
  }
}
