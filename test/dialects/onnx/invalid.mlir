// RUN: onnxc-opt %s --split-input-file --verify-diagnostics

// The hand-written verifiers of dialects/onnx/ONNXVerifiers.cpp, one case
// per error, and one error from the generated ODS type constraints.

//===----------------------------------------------------------------------===//
// Conv
//===----------------------------------------------------------------------===//

func.func @conv_rank_mismatch(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3xf32>, %b: none) {
  // expected-error @+1 {{'onnx.Conv' op input X and weights W must have the same rank, at least 3, got 4 and 3}}
  %0 = "onnx.Conv"(%x, %w, %b) : (tensor<1x3x8x8xf32>, tensor<4x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_rank_too_small(%x: tensor<1x3xf32>, %w: tensor<4x3xf32>, %b: none) {
  // expected-error @+1 {{input X and weights W must have the same rank, at least 3, got 2 and 2}}
  %0 = "onnx.Conv"(%x, %w, %b) : (tensor<1x3xf32>, tensor<4x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_channels_vs_group(%x: tensor<1x4x8x8xf32>, %w: tensor<4x1x3x3xf32>, %b: none) {
  // expected-error @+1 {{input has 4 channels but W expects 1 per group times 2 groups}}
  %0 = "onnx.Conv"(%x, %w, %b) {group = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x1x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_kernel_shape_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: none) {
  // expected-error @+1 {{kernel_shape must have 2 entries, one per spatial dim}}
  %0 = "onnx.Conv"(%x, %w, %b) {kernel_shape = array<i64: 3>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_dilations_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: none) {
  // expected-error @+1 {{dilations must have 2 entries, one per spatial dim}}
  %0 = "onnx.Conv"(%x, %w, %b) {dilations = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_pads_length(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: none) {
  // expected-error @+1 {{pads must have 4 entries, a begin and an end per spatial dim}}
  %0 = "onnx.Conv"(%x, %w, %b) {pads = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_group_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: none) {
  // expected-error @+1 {{'onnx.Conv' op group must be positive}}
  %0 = "onnx.Conv"(%x, %w, %b) {group = 0 : i64} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

// The group is checked even when the shapes are unknown.
func.func @conv_group_negative_unranked(%x: tensor<*xf32>, %w: tensor<*xf32>, %b: none) {
  // expected-error @+1 {{group must be positive}}
  %0 = "onnx.Conv"(%x, %w, %b) {group = -1 : i64} : (tensor<*xf32>, tensor<*xf32>, none) -> tensor<*xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// MaxPool
//===----------------------------------------------------------------------===//

// kernel_shape is a required attribute of the generated op, so ODS reports
// it before the hand-written verifier runs.
func.func @maxpool_missing_kernel_shape(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'onnx.MaxPool' op requires attribute 'kernel_shape'}}
  %0, %1 = "onnx.MaxPool"(%x) : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, none)
  return
}

// -----

func.func @maxpool_kernel_vs_rank(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{'onnx.MaxPool' op kernel_shape has 1 entries but the input has rank 4}}
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, none)
  return
}

// -----

func.func @maxpool_strides_length(%x: tensor<1x3x8x8xf32>) {
  // expected-error @+1 {{strides must have 2 entries, one per spatial dim}}
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2>} : (tensor<1x3x8x8xf32>) -> (tensor<*xf32>, none)
  return
}

// -----

func.func @maxpool_pads_length(%x: tensor<*xf32>) {
  // expected-error @+1 {{pads must have 4 entries, a begin and an end per spatial dim}}
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0>} : (tensor<*xf32>) -> (tensor<*xf32>, none)
  return
}

// -----

//===----------------------------------------------------------------------===//
// Gemm
//===----------------------------------------------------------------------===//

func.func @gemm_a_not_2d(%a: tensor<2x3x4xf32>, %b: tensor<4x5xf32>, %c: none) {
  // expected-error @+1 {{'onnx.Gemm' op input A must be 2-D, got rank 3}}
  %0 = "onnx.Gemm"(%a, %b, %c) : (tensor<2x3x4xf32>, tensor<4x5xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @gemm_b_not_2d(%a: tensor<3x4xf32>, %b: tensor<4xf32>, %c: none) {
  // expected-error @+1 {{'onnx.Gemm' op input B must be 2-D, got rank 1}}
  %0 = "onnx.Gemm"(%a, %b, %c) : (tensor<3x4xf32>, tensor<4xf32>, none) -> tensor<*xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Concat
//===----------------------------------------------------------------------===//

func.func @concat_no_inputs() {
  // expected-error @+1 {{'onnx.Concat' op needs at least one input}}
  %0 = "onnx.Concat"() {axis = 0 : i64} : () -> tensor<*xf32>
  return
}

// -----

func.func @concat_rank_mismatch(%a: tensor<2x3xf32>, %b: tensor<2xf32>) {
  // expected-error @+1 {{'onnx.Concat' op inputs must all have the same rank}}
  %0 = "onnx.Concat"(%a, %b) {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_axis_too_large(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+1 {{'onnx.Concat' op axis 2 is out of range for rank 2}}
  %0 = "onnx.Concat"(%a, %b) {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_axis_too_negative(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+1 {{axis -3 is out of range for rank 2}}
  %0 = "onnx.Concat"(%a, %b) {axis = -3 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// Constant
//===----------------------------------------------------------------------===//

func.func @constant_no_value() {
  // expected-error @+1 {{'onnx.Constant' op must set exactly one value attribute, got 0}}
  %0 = "onnx.Constant"() : () -> tensor<*xf32>
  return
}

// -----

func.func @constant_two_values() {
  // expected-error @+1 {{'onnx.Constant' op must set exactly one value attribute, got 2}}
  %0 = "onnx.Constant"() {value = dense<1.0> : tensor<f32>, value_float = 1.0 : f32} : () -> tensor<f32>
  return
}

// -----

//===----------------------------------------------------------------------===//
// ODS type constraints (generated)
//===----------------------------------------------------------------------===//

func.func @relu_on_bool(%x: tensor<2xi1>) {
  // expected-error @+1 {{'onnx.Relu' op operand #0 must be tensor of 32-bit float or 64-bit float or 16-bit float or bfloat16 type or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer values, but got 'tensor<2xi1>'}}
  %0 = "onnx.Relu"(%x) : (tensor<2xi1>) -> tensor<2xi1>
  return
}

// -----

func.func @constant_value_type_differs() -> tensor<3xf32> {
  // expected-error @+1 {{'onnx.Constant' op value has type 'tensor<2xf32>' but the result is 'tensor<3xf32>'}}
  %0 = "onnx.Constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
