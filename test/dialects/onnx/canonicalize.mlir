// RUN: onnxc-opt %s --split-input-file --canonicalize | FileCheck %s

// The folders of dialects/onnx/ONNXFolds.cpp: shape computations on static
// shapes become onnx.Constant (materialised by the dialect), and no-op
// conversions disappear. Each negative case shows what must not fold.

//===----------------------------------------------------------------------===//
// Shape and Size
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @shape_static
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<[2, 3, 4]> : tensor<3xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @shape_static(%x: tensor<2x3x4xf32>) -> tensor<3xi64> {
  %0 = "onnx.Shape"(%x) : (tensor<2x3x4xf32>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// Only the dims in [start, end) need to be static; end = -1 drops the last.
// CHECK-LABEL: func.func @shape_start_end
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<[3, 4]> : tensor<2xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @shape_start_end(%x: tensor<?x3x4x?xf32>) -> tensor<2xi64> {
  %0 = "onnx.Shape"(%x) {start = 1 : i64, end = -1 : i64} : (tensor<?x3x4x?xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// start and end are clamped to [0, rank]; start past end gives an empty shape.
// CHECK-LABEL: func.func @shape_empty_range
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<> : tensor<0xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @shape_empty_range(%x: tensor<?x3xf32>) -> tensor<0xi64> {
  %0 = "onnx.Shape"(%x) {start = 5 : i64} : (tensor<?x3xf32>) -> tensor<0xi64>
  return %0 : tensor<0xi64>
}

// -----

// CHECK-LABEL: func.func @shape_dynamic_dim_does_not_fold
// CHECK-SAME: (%[[X:.*]]: tensor<?x3xf32>)
// CHECK-NEXT: %[[S:.*]] = "onnx.Shape"(%[[X]])
// CHECK-NEXT: return %[[S]]
func.func @shape_dynamic_dim_does_not_fold(%x: tensor<?x3xf32>) -> tensor<2xi64> {
  %0 = "onnx.Shape"(%x) : (tensor<?x3xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @shape_unranked_does_not_fold
// CHECK-NEXT: "onnx.Shape"
func.func @shape_unranked_does_not_fold(%x: tensor<*xf32>) -> tensor<?xi64> {
  %0 = "onnx.Shape"(%x) : (tensor<*xf32>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// The folded value must have the op's exact result type.
// CHECK-LABEL: func.func @shape_dynamic_result_does_not_fold
// CHECK-NEXT: "onnx.Shape"
func.func @shape_dynamic_result_does_not_fold(%x: tensor<2x3xf32>) -> tensor<?xi64> {
  %0 = "onnx.Shape"(%x) : (tensor<2x3xf32>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// CHECK-LABEL: func.func @size_static
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<24> : tensor<i64>}>
// CHECK-NEXT: return %[[C]]
func.func @size_static(%x: tensor<2x3x4xf32>) -> tensor<i64> {
  %0 = "onnx.Size"(%x) : (tensor<2x3x4xf32>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// CHECK-LABEL: func.func @size_dynamic_does_not_fold
// CHECK-NEXT: "onnx.Size"
func.func @size_dynamic_does_not_fold(%x: tensor<?x3xf32>) -> tensor<i64> {
  %0 = "onnx.Size"(%x) : (tensor<?x3xf32>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

//===----------------------------------------------------------------------===//
// Gather, Unsqueeze, Squeeze, Concat of constants
//===----------------------------------------------------------------------===//

// A negative index counts from the end.
// CHECK-LABEL: func.func @gather_constant
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<4> : tensor<i64>}>
// CHECK-NEXT: return %[[C]]
func.func @gather_constant() -> tensor<i64> {
  %data = "onnx.Constant"() {value = dense<[2, 3, 4]> : tensor<3xi64>} : () -> tensor<3xi64>
  %index = "onnx.Constant"() {value = dense<-1> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Gather"(%data, %index) {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// CHECK-LABEL: func.func @gather_constant_indices_list
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<[4, 2]> : tensor<2xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @gather_constant_indices_list() -> tensor<2xi64> {
  %data = "onnx.Constant"() {value = dense<[2, 3, 4]> : tensor<3xi64>} : () -> tensor<3xi64>
  %index = "onnx.Constant"() {value = dense<[2, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
  %0 = "onnx.Gather"(%data, %index) {axis = 0 : i64} : (tensor<3xi64>, tensor<2xi32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @gather_out_of_range_does_not_fold
// CHECK: "onnx.Gather"
func.func @gather_out_of_range_does_not_fold() -> tensor<i64> {
  %data = "onnx.Constant"() {value = dense<[2, 3, 4]> : tensor<3xi64>} : () -> tensor<3xi64>
  %index = "onnx.Constant"() {value = dense<3> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Gather"(%data, %index) {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// CHECK-LABEL: func.func @gather_2d_does_not_fold
// CHECK: "onnx.Gather"
func.func @gather_2d_does_not_fold() -> tensor<2xi64> {
  %data = "onnx.Constant"() {value = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>} : () -> tensor<2x2xi64>
  %index = "onnx.Constant"() {value = dense<0> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Gather"(%data, %index) {axis = 0 : i64} : (tensor<2x2xi64>, tensor<i64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @gather_of_shape_of_static
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<3> : tensor<i64>}>
// CHECK-NEXT: return %[[C]]
func.func @gather_of_shape_of_static(%x: tensor<2x3xf32>) -> tensor<i64> {
  %shape = "onnx.Shape"(%x) : (tensor<2x3xf32>) -> tensor<2xi64>
  %index = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Gather"(%shape, %index) {axis = 0 : i64} : (tensor<2xi64>, tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// CHECK-LABEL: func.func @unsqueeze_constant
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<7> : tensor<1xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @unsqueeze_constant() -> tensor<1xi64> {
  %data = "onnx.Constant"() {value = dense<7> : tensor<i64>} : () -> tensor<i64>
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Unsqueeze"(%data, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  return %0 : tensor<1xi64>
}

// -----

// CHECK-LABEL: func.func @unsqueeze_dynamic_does_not_fold
// CHECK-SAME: (%[[X:.*]]: tensor<i64>)
// CHECK: "onnx.Unsqueeze"(%[[X]]
func.func @unsqueeze_dynamic_does_not_fold(%x: tensor<i64>) -> tensor<1xi64> {
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Unsqueeze"(%x, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  return %0 : tensor<1xi64>
}

// -----

// CHECK-LABEL: func.func @squeeze_constant
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<7> : tensor<i64>}>
// CHECK-NEXT: return %[[C]]
func.func @squeeze_constant() -> tensor<i64> {
  %data = "onnx.Constant"() {value = dense<[7]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Squeeze"(%data, %none) : (tensor<1xi64>, none) -> tensor<i64>
  return %0 : tensor<i64>
}

// -----

// CHECK-LABEL: func.func @concat_constants
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<[1, 2, -1]> : tensor<3xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @concat_constants() -> tensor<3xi64> {
  %a = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %b = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Concat"(%a, %b) {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// CHECK-LABEL: func.func @concat_non_constant_does_not_fold
// CHECK: "onnx.Concat"
func.func @concat_non_constant_does_not_fold(%x: tensor<1xi64>) -> tensor<2xi64> {
  %a = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Concat"(%a, %x) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// The whole view(x.size(0), -1) chain folds when the batch is static.
// CHECK-LABEL: func.func @view_chain_static
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<[2, -1]> : tensor<2xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @view_chain_static(%x: tensor<2x3x4xf32>) -> tensor<2xi64> {
  %shape = "onnx.Shape"(%x) : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %zero = "onnx.Constant"() {value = dense<0> : tensor<i64>} : () -> tensor<i64>
  %batch = "onnx.Gather"(%shape, %zero) {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %batch1 = "onnx.Unsqueeze"(%batch, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %minus1 = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Concat"(%batch1, %minus1) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

//===----------------------------------------------------------------------===//
// No-op conversions
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @cast_same_type
// CHECK-SAME: (%[[X:.*]]: tensor<2xf32>)
// CHECK-NEXT: return %[[X]]
func.func @cast_same_type(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "onnx.Cast"(%x) {to = 1 : i64} : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// CHECK-LABEL: func.func @cast_other_type
// CHECK: "onnx.Cast"
func.func @cast_other_type(%x: tensor<2xf32>) -> tensor<2xi64> {
  %0 = "onnx.Cast"(%x) {to = 7 : i64} : (tensor<2xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// CHECK-LABEL: func.func @identity
// CHECK-SAME: (%[[X:.*]]: tensor<2xf32>)
// CHECK-NEXT: return %[[X]]
func.func @identity(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "onnx.Identity"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// An Identity that refines the type stays: folding would change the type.
// CHECK-LABEL: func.func @identity_refining_type
// CHECK: "onnx.Identity"
func.func @identity_refining_type(%x: tensor<*xf32>) -> tensor<2xf32> {
  %0 = "onnx.Identity"(%x) : (tensor<*xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_same_static_type
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %{{.*}}: tensor<2xi64>)
// CHECK-NEXT: return %[[X]]
func.func @reshape_same_static_type(%x: tensor<2x3xf32>, %shape: tensor<2xi64>) -> tensor<2x3xf32> {
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// With a dynamic dim the shape operand may still change the layout.
// CHECK-LABEL: func.func @reshape_dynamic_does_not_fold
// CHECK: "onnx.Reshape"
func.func @reshape_dynamic_does_not_fold(%x: tensor<?x3xf32>, %shape: tensor<2xi64>) -> tensor<?x3xf32> {
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}
