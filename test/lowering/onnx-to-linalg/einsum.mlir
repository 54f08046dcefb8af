// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Einsum: one generic, a dim per letter; the dims the result does not name
// are reductions.

// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-DAG: #[[Y:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
// CHECK-DAG: #[[Z:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-LABEL: func.func @einsum_batch_matmul
// CHECK: linalg.generic {indexing_maps = [#[[X]], #[[Y]], #[[Z]]], iterator_types = ["parallel", "parallel", "reduction", "parallel"]}
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK-NEXT: arith.addf %[[ACC]], %[[P]] : f32
func.func @einsum_batch_matmul(%x: tensor<5x2x3xf32>, %y: tensor<5x3x4xf32>) -> tensor<5x2x4xf32> {
  %0 = "onnx.Einsum"(%x, %y) <{equation = "bij, bjk -> bik"}> : (tensor<5x2x3xf32>, tensor<5x3x4xf32>) -> tensor<5x2x4xf32>
  return %0 : tensor<5x2x4xf32>
}

// -----

// A letter repeated in one operand reads its diagonal; the ellipsis is
// its own dims.
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1) -> (d0, d1, d1)>
// CHECK-DAG: #[[Y:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @einsum_diagonal
// CHECK: linalg.generic {indexing_maps = [#[[X]], #[[Y]]], iterator_types = ["parallel", "parallel"]}
func.func @einsum_diagonal(%x: tensor<3x5x5xf64>) -> tensor<3x5xf64> {
  %0 = "onnx.Einsum"(%x) <{equation = "...ii ->...i"}> : (tensor<3x5x5xf64>) -> tensor<3x5xf64>
  return %0 : tensor<3x5xf64>
}

// -----

// Implicit result (letters used once: none); bf16 accumulates in f32.
// CHECK-DAG: #[[X:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[S:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @einsum_implicit_bf16
// CHECK: %[[ACC:.*]] = linalg.generic {indexing_maps = [#[[X]], #[[X]], #[[S]]], iterator_types = ["reduction"]}
// CHECK-SAME: outs(%{{.*}} : tensor<f32>)
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[ACC]] : tensor<f32>)
// CHECK: arith.truncf %{{.*}} : f32 to bf16
func.func @einsum_implicit_bf16(%x: tensor<5xbf16>, %y: tensor<5xbf16>) -> tensor<bf16> {
  %0 = "onnx.Einsum"(%x, %y) <{equation = "i,i"}> : (tensor<5xbf16>, tensor<5xbf16>) -> tensor<bf16>
  return %0 : tensor<bf16>
}

// -----

// A letter with dynamic sizes in two operands: both cut to the smaller,
// a difference reported.
// CHECK-LABEL: func.func @einsum_dynamic
// CHECK: %[[D0:.*]] = tensor.dim %arg0, %c0 : tensor<?x3xf32>
// CHECK: %[[D1:.*]] = tensor.dim %arg1, %c0 : tensor<?x3xf32>
// CHECK: %[[MIN:.*]] = arith.minui %[[D0]], %[[D1]] : index
// CHECK: %[[MAX:.*]] = arith.maxui %[[D0]], %[[D1]] : index
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[MIN]], %[[MAX]] : index
// CHECK: scf.if %[[NE]] {
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'e' (Einsum, opset 0): subscript 'i' size"}
// CHECK: %[[X:.*]] = tensor.extract_slice %arg0[0, 0] [%[[MIN]], 3] [1, 1]
// CHECK: %[[Y:.*]] = tensor.extract_slice %arg1[0, 0] [%[[MIN]], 3] [1, 1]
// CHECK: tensor.empty(%[[MIN]]) : tensor<?xf32>
// CHECK: linalg.generic {{.*}} ins(%[[X]], %[[Y]] : tensor<?x3xf32>, tensor<?x3xf32>)
func.func @einsum_dynamic(%x: tensor<?x3xf32>, %y: tensor<?x3xf32>) -> tensor<?xf32> {
  %0 = "onnx.Einsum"(%x, %y) <{equation = "ij,ij->i"}> : (tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<?xf32> loc("e")
  return %0 : tensor<?xf32>
}

// -----

module attributes {onnx.opset = 12 : i64} {
  func.func @einsum_bad_equation(%x: tensor<3x4xf32>) -> tensor<3xf32> {
    // expected-error @unknown {{node 'e' (Einsum, opset 12): operator is not supported by the compiler yet (or not with these types, shapes or attributes): equation: subscript 'ijk' does not fit an input of rank 2}}
    %0 = "onnx.Einsum"(%x) <{equation = "ijk->i"}> : (tensor<3x4xf32>) -> tensor<3xf32> loc("e")
    return %0 : tensor<3xf32>
  }
}
