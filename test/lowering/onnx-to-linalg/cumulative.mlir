// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// CumSum / CumProd: a generic with an extra reduction dim j over the axis;
// input element j combines into output i when j is in range of i.

// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @cumsum_axis1
// CHECK: linalg.fill ins(%cst : f32)
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK: %[[I:.*]] = linalg.index 1 : index
// CHECK: %[[J:.*]] = linalg.index 2 : index
// CHECK: %[[IN:.*]] = arith.cmpi ule, %[[J]], %[[I]] : index
// CHECK: %[[T:.*]] = arith.select %[[IN]], %[[X]], %cst : f32
// CHECK: arith.addf %[[ACC]], %[[T]] : f32
func.func @cumsum_axis1(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %axis = "onnx.Constant"() <{value = dense<-1> : tensor<i64>}> : () -> tensor<i64>
  %0 = "onnx.CumSum"(%x, %axis) : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Reverse and exclusive: j > i. A 1-D input needs no constant axis.
// CHECK-LABEL: func.func @cumprod_reverse_exclusive
// CHECK: linalg.fill ins(%c1_i32 : i32)
// CHECK: arith.cmpi ugt, %{{.*}}, %{{.*}} : index
// CHECK: arith.muli %{{.*}}, %{{.*}} : i32
func.func @cumprod_reverse_exclusive(%x: tensor<5xi32>, %axis: tensor<i32>) -> tensor<5xi32> {
  %0 = "onnx.CumProd"(%x, %axis) <{exclusive = 1 : i64, reverse = 1 : i64}> : (tensor<5xi32>, tensor<i32>) -> tensor<5xi32>
  return %0 : tensor<5xi32>
}

// -----

// An axis read at run time: checked against [-2, 1], wrapped, then one
// scan per axis under scf.if on its value.
// CHECK-LABEL: func.func @cumsum_runtime_axis
// CHECK: %[[A:.*]] = tensor.extract %{{.*}}[] : tensor<i64>
// CHECK: scf.if %{{.*}} {
// CHECK: func.call @onnxc.index_out_of_range(%[[A]], %{{.*}}, %{{.*}}) {onnxc.where = "node 'cs' (CumSum, opset 0): axis"}
// CHECK: %[[AXIS:.*]] = arith.select %{{.*}}, %{{.*}}, %[[A]] : i64
// CHECK: %[[IS0:.*]] = arith.cmpi eq, %[[AXIS]], %{{.*}} : i64
// CHECK: %[[R:.*]] = scf.if %[[IS0]] -> (tensor<2x3xf32>) {
// CHECK: linalg.generic
// CHECK: linalg.index 0 : index
// CHECK: } else {
// CHECK: linalg.generic
// CHECK: linalg.index 1 : index
// CHECK: }
// CHECK: return %[[R]]
func.func @cumsum_runtime_axis(%x: tensor<2x3xf32>, %axis: tensor<i64>) -> tensor<2x3xf32> {
  %0 = "onnx.CumSum"(%x, %axis) : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32> loc("cs")
  return %0 : tensor<2x3xf32>
}
