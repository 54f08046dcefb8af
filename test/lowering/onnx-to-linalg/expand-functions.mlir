// RUN: onnxc-opt --split-input-file --onnxc-expand-onnx-functions %s | FileCheck %s
// RUN: not onnxc-opt --split-input-file --onnxc-convert-onnx-to-linalg %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=LOWER

// HardSwish-22 expands into HardSigmoid, which expands in turn (its alpha
// and beta are the schema defaults, substituted through ref_attr_name).
// CHECK-LABEL: func @hardswish
// CHECK-DAG: "onnx.Constant"() <{value = dense<0.166666672> : tensor<f32>}>
// CHECK-DAG: "onnx.Constant"() <{value = dense<5.000000e-01> : tensor<f32>}>
// CHECK: %[[MUL:.*]] = "onnx.Mul"(%arg0,
// CHECK: %[[ADD:.*]] = "onnx.Add"(%[[MUL]],
// CHECK: %[[MIN:.*]] = "onnx.Min"(%[[ADD]],
// CHECK: %[[MAX:.*]] = "onnx.Max"(%[[MIN]],
// CHECK: %[[Y:.*]] = "onnx.Mul"(%arg0, %[[MAX]])
// CHECK: return %[[Y]]
// CHECK-NOT: onnx.HardSwish

module attributes {onnx.opset = 22 : i64} {
func.func @hardswish(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.HardSwish"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("hs")
  return %0 : tensor<2x3xf32>
}
}

// -----

// The caller's attribute replaces the reference.
// CHECK-LABEL: func @hardsigmoid_alpha
// CHECK: "onnx.Constant"() <{value = dense<2.500000e-01> : tensor<f32>}>
module attributes {onnx.opset = 22 : i64} {
func.func @hardsigmoid_alpha(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "onnx.HardSigmoid"(%x) {alpha = 2.500000e-01 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
}

// -----

// ReduceL1-18: Abs then ReduceSum with the caller's axes operand and keepdims.
// CHECK-LABEL: func @reduce_l1
// CHECK: %[[ABS:.*]] = "onnx.Abs"(%arg0)
// CHECK: "onnx.ReduceSum"(%[[ABS]], %arg1) <{keepdims = 0 : i64
// CHECK-NOT: onnx.ReduceL1
module attributes {onnx.opset = 18 : i64} {
func.func @reduce_l1(%x: tensor<2x3xf32>, %axes: tensor<1xi64>) -> tensor<?xf32> {
  %0 = "onnx.ReduceL1"(%x, %axes) {keepdims = 0 : i64} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
}

// -----

// Before opset 18 ReduceL1 is version 13, which has no definition: it stays.
// CHECK-LABEL: func @reduce_l1_opset13
// CHECK: onnx.ReduceL1
module attributes {onnx.opset = 13 : i64} {
func.func @reduce_l1_opset13(%x: tensor<2x3xf32>, %axes: tensor<1xi64>) -> tensor<?xf32> {
  %0 = "onnx.ReduceL1"(%x, %axes) {keepdims = 0 : i64} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
}

// -----

// A context-dependent definition applies only in the contexts it was
// generated for: Celu-12 bakes alpha, so alpha = 2 has no definition.
// CHECK-LABEL: func @celu_alpha
// CHECK: onnx.Celu
// LOWER: node 'c' (Celu, opset 12): operator is not supported by the compiler yet (or not with these types, shapes or attributes); it has no direct lowering here, and its ONNX definition (version 12) is not available for these attributes, inputs or types
module attributes {onnx.opset = 12 : i64} {
func.func @celu_alpha(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "onnx.Celu"(%x) {alpha = 2.000000e+00 : f32} : (tensor<4xf32>) -> tensor<4xf32> loc("c")
  return %0 : tensor<4xf32>
}
}
