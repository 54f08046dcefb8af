// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// DFT: one generic over the result plus a reduction dim over the input's
// axis; the angle is 2 pi ((k n) mod L) / L; the sums are in f64.

// CHECK-DAG: #[[RE:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d3, 0)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @dft_real_forward
// CHECK: linalg.generic {indexing_maps = [#[[RE]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%arg0 : tensor<2x8x1xf32>) outs(%{{.*}} : tensor<2x8x2xf64>)
// CHECK: %[[K:.*]] = linalg.index 1 : index
// CHECK: %[[N:.*]] = linalg.index 3 : index
// CHECK: %[[C:.*]] = linalg.index 2 : index
// CHECK: %[[KN:.*]] = arith.muli %[[K]], %[[N]] : index
// CHECK: %[[PHASE:.*]] = arith.remui %[[KN]], %c8 : index
// CHECK: math.cos %{{.*}} : f64
// CHECK: math.sin %{{.*}} : f64
// CHECK: arith.truncf %{{.*}} : f64 to f32
func.func @dft_real_forward(%x: tensor<2x8x1xf32>) -> tensor<2x8x2xf32> {
  %none = "onnx.NoValue"() : () -> none
  %axis = "onnx.Constant"() <{value = dense<1> : tensor<i64>}> : () -> tensor<i64>
  %0 = "onnx.DFT"(%x, %none, %axis) : (tensor<2x8x1xf32>, none, tensor<i64>) -> tensor<2x8x2xf32>
  return %0 : tensor<2x8x2xf32>
}

// -----

// Inverse of half a spectrum: the input's imaginary parts are read too,
// the terms weighted (1 at k = 0 and L/2, 2 between) and scaled by 1/L.
// CHECK-LABEL: func.func @dft_irfft
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 1.250000e-01 : f64
// CHECK: linalg.generic {{.*}} ins(%arg0, %arg0 : tensor<5x3x2xf32>, tensor<5x3x2xf32>) outs(%{{.*}} : tensor<8x3x1xf64>)
// CHECK: arith.cmpi ugt
// CHECK: arith.select
// CHECK: %[[W:.*]] = arith.select
// CHECK: %[[T:.*]] = arith.mulf %{{.*}}, %[[W]] : f64
// CHECK: arith.mulf %[[T]], %[[SCALE]] : f64
func.func @dft_irfft(%x: tensor<5x3x2xf32>) -> tensor<8x3x1xf32> {
  %none = "onnx.NoValue"() : () -> none
  %axis = "onnx.Constant"() <{value = dense<0> : tensor<i64>}> : () -> tensor<i64>
  %0 = "onnx.DFT"(%x, %none, %axis) <{inverse = 1 : i64, onesided = 1 : i64}> : (tensor<5x3x2xf32>, none, tensor<i64>) -> tensor<8x3x1xf32>
  return %0 : tensor<8x3x1xf32>
}

// -----

// An axis read at run time: the axes that give the result type (here 0,
// 1 and 2) each get a transform under scf.if; another one is reported.
// CHECK-LABEL: func.func @dft_runtime_axis
// CHECK: %[[A:.*]] = tensor.extract %arg1[] : tensor<i64>
// CHECK: func.call @onnxc.index_out_of_range(%[[A]], %c0_i64, %c2_i64) {onnxc.where = "node 'dft' (DFT, opset 0): axis"}
// CHECK: scf.if %{{.*}} -> (tensor<1x4x4x2xf32>) {
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x4x4x2xf64>)
// CHECK: } else {
// CHECK: scf.if %{{.*}} -> (tensor<1x4x4x2xf32>) {
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x4x4x2xf64>)
// CHECK: } else {
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x4x4x2xf64>)
func.func @dft_runtime_axis(%x: tensor<1x4x4x1xf32>, %axis: tensor<i64>) -> tensor<1x4x4x2xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.DFT"(%x, %none, %axis) : (tensor<1x4x4x1xf32>, none, tensor<i64>) -> tensor<1x4x4x2xf32> loc("dft")
  return %0 : tensor<1x4x4x2xf32>
}
