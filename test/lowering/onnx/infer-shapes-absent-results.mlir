// RUN: onnxc-opt %s --split-input-file --onnxc-onnx-infer-shapes | FileCheck %s

// Absent optional outputs (`none` results: MaxPool's Indices, Dropout's
// mask, BatchNormalization's running statistics) stay `none`, though the
// schema gives them an element type and the shape function a shape
// (docs/dialect.md: "absent optional results have `none` type").

// CHECK-LABEL: func.func @maxpool_absent_indices
// CHECK: "onnx.MaxPool"{{.*}} -> (tensor<1x3x3x3xf32>, none)
func.func @maxpool_absent_indices(%x: tensor<1x3x7x7xf32>) -> tensor<*xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> (tensor<*xf32>, none)
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @dropout_absent_mask
// CHECK: "onnx.Dropout"{{.*}} -> (tensor<2x3xf32>, none)
func.func @dropout_absent_mask(%x: tensor<2x3xf32>, %training: tensor<i1>) -> tensor<*xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0, %1 = "onnx.Dropout"(%x, %none, %training) : (tensor<2x3xf32>, none, tensor<i1>) -> (tensor<*xf32>, none)
  return %0 : tensor<*xf32>
}

// -----

// Inference-mode BatchNormalization has one output; running_mean and
// running_var are absent.
// CHECK-LABEL: func.func @batchnorm_absent_statistics
// CHECK: "onnx.BatchNormalization"{{.*}} -> (tensor<1x2x3x3xf32>, none, none)
func.func @batchnorm_absent_statistics(%x: tensor<1x2x3x3xf32>, %s: tensor<2xf32>) -> tensor<*xf32> {
  %0, %1, %2 = "onnx.BatchNormalization"(%x, %s, %s, %s, %s) : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<*xf32>, none, none)
  return %0 : tensor<*xf32>
}
