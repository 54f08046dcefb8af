// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-onnx-infer-shapes | FileCheck %s

// Shapes of Split, ArgMax/ArgMin and EyeLike.

// num_outputs = 3 over 7: parts of ceil(7 / 3) = 3, the last one 1.
// CHECK-LABEL: func.func @split_num_outputs
// CHECK: "onnx.Split"{{.*}} -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x1xf32>)
func.func @split_num_outputs(%x: tensor<2x7xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = "onnx.NoValue"() : () -> none
  %0:3 = "onnx.Split"(%x, %none) <{axis = -1 : i64, num_outputs = 3 : i64}> : (tensor<2x7xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1, %0#2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// Constant sizes, and sizes known only at run time (a dynamic axis).
// CHECK-LABEL: func.func @split_sizes
// CHECK: "onnx.Split"{{.*}} -> (tensor<1x4xf32>, tensor<5x4xf32>)
// CHECK: "onnx.Split"{{.*}} -> (tensor<?x4xf32>, tensor<?x4xf32>)
func.func @split_sizes(%x: tensor<6x4xf32>, %s: tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %c = "onnx.Constant"() <{value = dense<[1, 5]> : tensor<2xi64>}> : () -> tensor<2xi64>
  %0:2 = "onnx.Split"(%x, %c) : (tensor<6x4xf32>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  %1:2 = "onnx.Split"(%x, %s) : (tensor<6x4xf32>, tensor<2xi64>) -> (tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1, %1#0, %1#1 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @arg_reduce
// CHECK: "onnx.ArgMax"{{.*}} -> tensor<2x1x4xi64>
// CHECK: "onnx.ArgMin"{{.*}} -> tensor<2x3xi64>
func.func @arg_reduce(%x: tensor<2x3x4xf32>) -> (tensor<*xi64>, tensor<*xi64>) {
  %0 = "onnx.ArgMax"(%x) <{axis = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<*xi64>
  %1 = "onnx.ArgMin"(%x) <{axis = -1 : i64, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<*xi64>
  return %0, %1 : tensor<*xi64>, tensor<*xi64>
}

// -----

// EyeLike: the input's shape, the element type of dtype (7: int64).
// CHECK-LABEL: func.func @eyelike
// CHECK: "onnx.EyeLike"{{.*}} -> tensor<3x5xi64>
func.func @eyelike(%x: tensor<3x5xf32>) -> tensor<*xi64> {
  %0 = "onnx.EyeLike"(%x) <{dtype = 7 : i64}> : (tensor<3x5xf32>) -> tensor<*xi64>
  return %0 : tensor<*xi64>
}

// -----

// Expand with a shape computed at run time: the rank is the longer one; a
// data dim that is static and not 1 is the result's, a shape element that
// traces to a constant sets a broadcast dim, the rest is dynamic.
// CHECK-LABEL: func.func @expand_computed_shape
// CHECK: "onnx.Expand"{{.*}} -> tensor<5x?x3x?xf32>
func.func @expand_computed_shape(%x: tensor<3x1xf32>, %n: tensor<1xi64>) -> tensor<*xf32> {
  %five = "onnx.Constant"() {value = dense<[5]> : tensor<1xi64>} : () -> tensor<1xi64>
  %s = "onnx.Concat"(%five, %n, %n, %n) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %0 = "onnx.Expand"(%x, %s) : (tensor<3x1xf32>, tensor<4xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}
