// RUN: onnxc-opt %s --onnxc-convert-onnx-to-linalg | FileCheck %s

// BUG: the Conv lowering (lowering/onnx-to-linalg/Conv.cpp,
// createAccumulator) reads every dynamic dim of the result from dim 0 of the
// input, so a convolution over dynamic H and W gets an accumulator sized
// N x M x N x N: here tensor.empty(%c1, %c1), since the batch is 1. The
// spatial sizes must come from the input's H and W (through the window
// geometry: (H + pads - dilation * (K - 1) - 1) / stride + 1).
// XFAIL: *

// CHECK-LABEL: func.func @conv_dynamic_spatial
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x?x?xf32>
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG: tensor.dim %[[X]], %[[C2]]
// CHECK-DAG: tensor.dim %[[X]], %[[C3]]
// CHECK-NOT: tensor.empty(%c1, %c1)
// CHECK: linalg.conv_2d_nchw_fchw
func.func @conv_dynamic_spatial(%x: tensor<1x3x?x?xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x?x?xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x3x?x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x?x?xf32>
  return %0 : tensor<1x4x?x?xf32>
}
