// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-onnx-infer-shapes | FileCheck %s

// Shapes of Split, ArgMax/ArgMin, EyeLike, Tile, TopK, Einsum and DFT.

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

// Tile: each dim times its constant repeat; run-time repeats leave the
// rank. TopK: the axis cut to a constant k, dynamic for a run-time one.
// Einsum: each result dim from its subscript (a size of 1 broadcasts).
// CHECK-LABEL: func.func @tile_topk_einsum
// CHECK: "onnx.Tile"{{.*}} -> tensor<4x9xf32>
// CHECK: "onnx.Tile"{{.*}} -> tensor<?x?xf32>
// CHECK: "onnx.TopK"{{.*}} -> (tensor<2x3xf32>, tensor<2x3xi64>)
// CHECK: "onnx.TopK"{{.*}} -> (tensor<?x3xf32>, tensor<?x3xi64>)
// CHECK: "onnx.Einsum"{{.*}} -> tensor<5x2x4xf32>
// CHECK: "onnx.Einsum"{{.*}} -> tensor<3x2xf32>
func.func @tile_topk_einsum(%x: tensor<2x3xf32>, %r: tensor<2xi64>, %k: tensor<1xi64>, %a: tensor<5x2x3xf32>, %b: tensor<1x3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>) {
  %c = "onnx.Constant"() <{value = dense<[2, 3]> : tensor<2xi64>}> : () -> tensor<2xi64>
  %0 = "onnx.Tile"(%x, %c) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  %1 = "onnx.Tile"(%x, %r) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  %k3 = "onnx.Constant"() <{value = dense<3> : tensor<1xi64>}> : () -> tensor<1xi64>
  %2:2 = "onnx.TopK"(%x, %k3) : (tensor<2x3xf32>, tensor<1xi64>) -> (tensor<*xf32>, tensor<*xi64>)
  %3:2 = "onnx.TopK"(%x, %k) <{axis = 0 : i64}> : (tensor<2x3xf32>, tensor<1xi64>) -> (tensor<*xf32>, tensor<*xi64>)
  %4 = "onnx.Einsum"(%a, %b) <{equation = "bij,bjk->bik"}> : (tensor<5x2x3xf32>, tensor<1x3x4xf32>) -> tensor<*xf32>
  %5 = "onnx.Einsum"(%x) <{equation = "ij->ji"}> : (tensor<2x3xf32>) -> tensor<*xf32>
  return %0, %1, %2#0, %2#1, %3#0, %3#1, %4, %5 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xi64>, tensor<*xf32>, tensor<*xf32>
}

// -----

// DFT: the axis cut to the transform's length, the last dim 2 (complex) or
// 1 (an inverse of half a spectrum); a run-time axis leaves only the shape
// that no axis changes.
// CHECK-LABEL: func.func @dft
// CHECK: "onnx.DFT"{{.*}} -> tensor<1x6x10x2xf32>
// CHECK: "onnx.DFT"{{.*}} -> tensor<1x10x10x1xf32>
// CHECK: "onnx.DFT"{{.*}} -> tensor<1x10x10x2xf32>
func.func @dft(%x: tensor<1x10x10x1xf32>, %h: tensor<1x6x10x2xf32>, %a: tensor<i64>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %none = "onnx.NoValue"() : () -> none
  %one = "onnx.Constant"() <{value = dense<1> : tensor<i64>}> : () -> tensor<i64>
  %0 = "onnx.DFT"(%x, %none, %one) <{onesided = 1 : i64}> : (tensor<1x10x10x1xf32>, none, tensor<i64>) -> tensor<*xf32>
  %1 = "onnx.DFT"(%h, %none, %one) <{inverse = 1 : i64, onesided = 1 : i64}> : (tensor<1x6x10x2xf32>, none, tensor<i64>) -> tensor<*xf32>
  %2 = "onnx.DFT"(%x, %none, %a) : (tensor<1x10x10x1xf32>, none, tensor<i64>) -> tensor<*xf32>
  return %0, %1, %2 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
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
