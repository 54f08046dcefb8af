// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Trilu and EyeLike: one generic comparing column - row with k.

// Upper with a constant k: keep x where column - row >= k.
// CHECK-LABEL: func.func @triu
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[R:.*]] = linalg.index 1 : index
// CHECK: %[[C:.*]] = linalg.index 2 : index
// CHECK: %[[D:.*]] = arith.subi %[[C]], %[[R]] : index
// CHECK: %[[DI:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK: %[[KEEP:.*]] = arith.cmpi sge, %[[DI]], %c1_i64 : i64
// CHECK: arith.select %[[KEEP]], %[[X]], %cst : f32
func.func @triu(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %k = "onnx.Constant"() <{value = dense<1> : tensor<i64>}> : () -> tensor<i64>
  %0 = "onnx.Trilu"(%x, %k) : (tensor<2x3x4xf32>, tensor<i64>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Lower with k read at run time.
// CHECK-LABEL: func.func @tril_runtime_k
// CHECK-SAME: (%[[X:.*]]: tensor<3x3xi32>, %[[K:.*]]: tensor<i64>)
// CHECK: %[[KV:.*]] = tensor.extract %[[K]][] : tensor<i64>
// CHECK: arith.cmpi sle, %{{.*}}, %[[KV]] : i64
func.func @tril_runtime_k(%x: tensor<3x3xi32>, %k: tensor<i64>) -> tensor<3x3xi32> {
  %0 = "onnx.Trilu"(%x, %k) <{upper = 0 : i64}> : (tensor<3x3xi32>, tensor<i64>) -> tensor<3x3xi32>
  return %0 : tensor<3x3xi32>
}

// -----

// EyeLike reads no input element: 1 where column - row == k.
// CHECK-LABEL: func.func @eyelike
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<3x4xi32>)
// CHECK-NEXT: ^bb0(%{{.*}}: i32):
// CHECK: %[[ON:.*]] = arith.cmpi eq, %{{.*}}, %c-1_i64 : i64
// CHECK: arith.extui %[[ON]] : i1 to i32
func.func @eyelike(%x: tensor<3x4xf32>) -> tensor<3x4xi32> {
  %0 = "onnx.EyeLike"(%x) <{dtype = 6 : i64, k = -1 : i64}> : (tensor<3x4xf32>) -> tensor<3x4xi32>
  return %0 : tensor<3x4xi32>
}
