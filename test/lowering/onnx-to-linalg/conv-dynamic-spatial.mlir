// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Only the batch of a convolution may be dynamic: the accumulator's sizes
// come from the input's batch and the static result shape. A convolution
// over dynamic H and W is rejected as unsupported (rather than lowered
// with an accumulator of the wrong size).

module attributes {onnx.opset = 14 : i64} {
  func.func @conv_dynamic_spatial(%x: tensor<1x3x?x?xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x?x?xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'conv_hw' (Conv, opset 14): operator is not supported by the compiler yet}}
    %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x3x?x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x?x?xf32> loc("conv_hw")
    return %0 : tensor<1x4x?x?xf32>
  }
}

// -----

// A dynamic batch alone is fine: it is read from the input.
// CHECK-LABEL: func.func @conv_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8x8xf32>
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: tensor.empty(%[[N]]) : tensor<?x4x6x6xf32>
// CHECK: linalg.conv_2d_nchw_fchw
func.func @conv_dynamic_batch(%x: tensor<?x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<?x4x6x6xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<?x4x6x6xf32>
  return %0 : tensor<?x4x6x6xf32>
}
