// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Constant -> arith.constant (resource blobs stay resource blobs, the
// weights are never printed inline); Reshape, Flatten, Unsqueeze, Squeeze ->
// tensor.collapse_shape / expand_shape from the inferred result type;
// Transpose -> linalg.transpose.

// CHECK-LABEL: func.func @constants
// CHECK-DAG: %[[W:.*]] = arith.constant dense_resource<weights> : tensor<2xf32>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<[0, -1]> : tensor<2xi64>
// CHECK: return %[[W]], %[[S]]
// CHECK: dialect_resources
// CHECK: weights: "0x040000000000803F00000040"
func.func @constants() -> (tensor<2xf32>, tensor<2xi64>) {
  %0 = "onnx.Constant"() {value = dense_resource<weights> : tensor<2xf32>} : () -> tensor<2xf32>
  %1 = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  return %0, %1 : tensor<2xf32>, tensor<2xi64>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}

// -----

// The shape operand is not needed once the result type is known.
// CHECK-LABEL: func.func @reshape_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1, 2]] : tensor<?x3x4xf32> into tensor<?x12xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_dynamic_batch(%x: tensor<?x3x4xf32>) -> tensor<?x12xf32> {
  %shape = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<?x12xf32>
  return %0 : tensor<?x12xf32>
}

// -----

// A regrouping that is neither a collapse nor an expansion goes through 1-D.
// CHECK-LABEL: func.func @reshape_regroup
// CHECK-SAME: (%[[X:.*]]: tensor<2x6xf32>)
// CHECK-NEXT: %[[FLAT:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1]] : tensor<2x6xf32> into tensor<12xf32>
// CHECK-NEXT: %[[R:.*]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1]] output_shape [3, 4] : tensor<12xf32> into tensor<3x4xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_regroup(%x: tensor<2x6xf32>) -> tensor<3x4xf32> {
  %shape = "onnx.Constant"() {value = dense<[3, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<2x6xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func.func @flatten
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4x5xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2, 3]] : tensor<?x3x4x5xf32> into tensor<?x20xf32>
// CHECK-NEXT: return %[[R]]
func.func @flatten(%x: tensor<?x3x4x5xf32>) -> tensor<?x20xf32> {
  %0 = "onnx.Flatten"(%x) {axis = 2 : i64} : (tensor<?x3x4x5xf32>) -> tensor<?x20xf32>
  return %0 : tensor<?x20xf32>
}

// -----

// CHECK-LABEL: func.func @unsqueeze
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.expand_shape %[[X]] {{\[}}[0, 1], [2, 3]] output_shape [1, 3, 4, 1] : tensor<3x4xf32> into tensor<1x3x4x1xf32>
// CHECK-NEXT: return %[[R]]
func.func @unsqueeze(%x: tensor<3x4xf32>) -> tensor<1x3x4x1xf32> {
  %axes = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Unsqueeze"(%x, %axes) : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<1x3x4x1xf32>
  return %0 : tensor<1x3x4x1xf32>
}

// -----

// CHECK-LABEL: func.func @squeeze
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x1x4xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2, 3]] : tensor<1x3x1x4xf32> into tensor<3x4xf32>
// CHECK-NEXT: return %[[R]]
func.func @squeeze(%x: tensor<1x3x1x4xf32>) -> tensor<3x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Squeeze"(%x, %none) : (tensor<1x3x1x4xf32>, none) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// The dynamic dim of the result comes from the input dim that perm moves
// there.
// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %[[C0]]
// CHECK: %[[INIT:.*]] = tensor.empty(%[[N]]) : tensor<4x?x3xf32>
// CHECK: %[[R:.*]] = linalg.transpose ins(%[[X]] : tensor<?x3x4xf32>) outs(%[[INIT]] : tensor<4x?x3xf32>) permutation = [2, 0, 1]
// CHECK: return %[[R]]
func.func @transpose(%x: tensor<?x3x4xf32>) -> tensor<4x?x3xf32> {
  %0 = "onnx.Transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<?x3x4xf32>) -> tensor<4x?x3xf32>
  return %0 : tensor<4x?x3xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_default_perm
// CHECK: linalg.transpose {{.*}} permutation = [1, 0]
func.func @transpose_default_perm(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = "onnx.Transpose"(%x) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// An operator with no lowering: the error names the node, the operator and
// the model's opset.
module attributes {onnx.opset = 14 : i64} {
  func.func @hardmax(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    // expected-error @unknown {{node 'hardmax_1' (Hardmax, opset 14): operator is not supported by the compiler yet (or not with these types, shapes or attributes)}}
    %0 = "onnx.Hardmax"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("hardmax_1")
    return %0 : tensor<2x3xf32>
  }
}

// -----

// A Reshape whose result shape inference could not compute is left over.
func.func @reshape_unknown_result(%x: tensor<?x12xf32>, %shape: tensor<2xi64>) -> tensor<?x?xf32> {
  // expected-error @+1 {{(Reshape, opset 0): operator is not supported by the compiler yet}}
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
