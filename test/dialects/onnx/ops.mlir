// RUN: onnxc-opt %s --split-input-file | onnxc-opt --split-input-file | FileCheck %s
// RUN: onnxc-opt %s --split-input-file --mlir-print-op-generic | onnxc-opt --split-input-file | FileCheck %s

// Round trip of onnx ops in their generic form: attributes are properties
// (printed in <{...}>), default-valued attributes are materialised, absent
// optional inputs are `none` values from onnx.NoValue, and the custom types
// !onnx.string, !onnx.seq<T>, !onnx.opt<T> parse and print.

// CHECK-LABEL: func.func @conv_attributes
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[Y:.*]] = "onnx.Conv"(%[[X]], %[[W]], %[[B]])
// CHECK-SAME: <{auto_pad = "NOTSET", dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>}>
// CHECK-SAME: : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
// CHECK: return %[[Y]]
func.func @conv_attributes(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// The defaults of DefaultValuedAttr (auto_pad, group) appear once parsed;
// OptionalAttr ones (pads, strides, ...) stay absent.
// CHECK-LABEL: func.func @conv_no_bias
// CHECK: %[[NONE:.*]] = "onnx.NoValue"() : () -> none
// CHECK: "onnx.Conv"(%{{.*}}, %{{.*}}, %[[NONE]]) <{auto_pad = "NOTSET", group = 1 : i64}>
// CHECK-SAME: (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x6x6xf32>
func.func @conv_no_bias(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

// -----

// CHECK-LABEL: func.func @relu
// CHECK: "onnx.Relu"(%{{.*}}) : (tensor<?x16xf32>) -> tensor<?x16xf32>
func.func @relu(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %0 = "onnx.Relu"(%x) : (tensor<?x16xf32>) -> tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}

// -----

// CHECK-LABEL: func.func @relu_unranked
// CHECK: "onnx.Relu"(%{{.*}}) : (tensor<*xf32>) -> tensor<*xf32>
func.func @relu_unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  %0 = "onnx.Relu"(%x) : (tensor<*xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Two results; the second (Indices) is named after the schema's output.
// CHECK-LABEL: func.func @maxpool_two_results
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>)
// CHECK: %[[Y:.*]], %[[I:.*]] = "onnx.MaxPool"(%[[X]])
// CHECK-SAME: kernel_shape = array<i64: 2, 2>
// CHECK-SAME: strides = array<i64: 2, 2>
// CHECK-SAME: (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
// CHECK: return %[[Y]], %[[I]]
func.func @maxpool_two_results(%x: tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>) {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
  return %0, %1 : tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>
}

// -----

// CHECK-LABEL: func.func @maxpool_no_indices
// CHECK: "onnx.MaxPool"(%{{.*}}) {{.*}} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x7x7xf32>, none)
func.func @maxpool_no_indices(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x7x7xf32>, none)
  return %0 : tensor<1x3x7x7xf32>
}

// -----

// CHECK-LABEL: func.func @constant_dense
// CHECK: "onnx.Constant"() <{value = dense<[0, -1]> : tensor<2xi64>}> : () -> tensor<2xi64>
func.func @constant_dense() -> tensor<2xi64> {
  %0 = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// Weights are resource blobs; the blob survives the round trip.
// CHECK-LABEL: func.func @constant_resource
// CHECK: "onnx.Constant"() <{value = dense_resource<weights> : tensor<2xf32>}> : () -> tensor<2xf32>
// CHECK: dialect_resources
// CHECK-NEXT: builtin
// CHECK-NEXT: weights: "0x040000000000803F00000040"
func.func @constant_resource() -> tensor<2xf32> {
  %0 = "onnx.Constant"() {value = dense_resource<weights> : tensor<2xf32>} : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}

// -----

// CHECK-LABEL: func.func @custom_types
// CHECK-SAME: (%{{.*}}: tensor<?x!onnx.string>, %{{.*}}: !onnx.seq<tensor<*xf32>>, %{{.*}}: !onnx.opt<tensor<2xf32>>)
// CHECK-SAME: -> (tensor<?x!onnx.string>, !onnx.seq<tensor<*xf32>>, !onnx.opt<tensor<2xf32>>)
func.func @custom_types(%s: tensor<?x!onnx.string>, %q: !onnx.seq<tensor<*xf32>>, %o: !onnx.opt<tensor<2xf32>>) -> (tensor<?x!onnx.string>, !onnx.seq<tensor<*xf32>>, !onnx.opt<tensor<2xf32>>) {
  return %s, %q, %o : tensor<?x!onnx.string>, !onnx.seq<tensor<*xf32>>, !onnx.opt<tensor<2xf32>>
}

// -----

// CHECK-LABEL: func.func @sequence_construct
// CHECK: "onnx.SequenceConstruct"(%{{.*}}, %{{.*}}) : (tensor<2xf32>, tensor<3xf32>) -> !onnx.seq<tensor<*xf32>>
func.func @sequence_construct(%a: tensor<2xf32>, %b: tensor<3xf32>) -> !onnx.seq<tensor<*xf32>> {
  %0 = "onnx.SequenceConstruct"(%a, %b) : (tensor<2xf32>, tensor<3xf32>) -> !onnx.seq<tensor<*xf32>>
  return %0 : !onnx.seq<tensor<*xf32>>
}

// -----

// CHECK-LABEL: func.func @string_identity
// CHECK: "onnx.Identity"(%{{.*}}) : (tensor<3x!onnx.string>) -> tensor<3x!onnx.string>
func.func @string_identity(%s: tensor<3x!onnx.string>) -> tensor<3x!onnx.string> {
  %0 = "onnx.Identity"(%s) : (tensor<3x!onnx.string>) -> tensor<3x!onnx.string>
  return %0 : tensor<3x!onnx.string>
}
