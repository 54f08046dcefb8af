// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Gemm and MatMul become one linalg.generic contraction over (batch..., m,
// n, k), k the only reduction. Transposes (transA/transB) and batch
// broadcasting live in the indexing maps: no transposed copy is made.
// Gemm's accumulator starts as beta * C broadcast, or zeros.

// CHECK-DAG: #[[C_MAP:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[A_MAP:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[BT_MAP:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[OUT_MAP:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @gemm_trans_b
// CHECK-SAME: (%[[A:.*]]: tensor<?x256xf32>, %[[B:.*]]: tensor<10x256xf32>, %[[C:.*]]: tensor<10xf32>)
// CHECK: %[[M:.*]] = tensor.dim %[[A]], %{{.*}}
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[M]]) : tensor<?x10xf32>
// CHECK: %[[ACC:.*]] = linalg.generic {indexing_maps = [#[[C_MAP]], #[[ID2]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[C]] : tensor<10xf32>) outs(%[[EMPTY]] : tensor<?x10xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: linalg.yield %[[IN]] : f32
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[A_MAP]], #[[BT_MAP]], #[[OUT_MAP]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<?x256xf32>, tensor<10x256xf32>) outs(%[[ACC]] : tensor<?x10xf32>)
// CHECK-NEXT: ^bb0(%[[L:.*]]: f32, %[[R:.*]]: f32, %[[O:.*]]: f32):
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[L]], %[[R]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[O]], %[[P]] : f32
// CHECK-NEXT: linalg.yield %[[S]]
// CHECK: return %[[Y]]
func.func @gemm_trans_b(%a: tensor<?x256xf32>, %b: tensor<10x256xf32>, %c: tensor<10xf32>) -> tensor<?x10xf32> {
  %0 = "onnx.Gemm"(%a, %b, %c) {transB = 1 : i64} : (tensor<?x256xf32>, tensor<10x256xf32>, tensor<10xf32>) -> tensor<?x10xf32>
  return %0 : tensor<?x10xf32>
}

// -----

// alpha scales A in its own generic; beta scales C in the accumulator.
// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[AT_MAP:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG: #[[B_MAP:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-LABEL: func.func @gemm_trans_a_alpha_beta
// CHECK-SAME: (%[[A:.*]]: tensor<4x3xf32>, %[[B:.*]]: tensor<4x5xf32>, %[[C:.*]]: tensor<3x5xf32>)
// CHECK-DAG: %[[ALPHA:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-DAG: %[[BETA:.*]] = arith.constant 5.000000e-01 : f32
// CHECK: %[[ACC:.*]] = linalg.generic {{.*}} ins(%[[C]] : tensor<3x5xf32>)
// CHECK: arith.mulf %{{.*}}, %[[BETA]] : f32
// CHECK: %[[SCALED_A:.*]] = linalg.generic {{.*}} ins(%[[A]] : tensor<4x3xf32>)
// CHECK: arith.mulf %{{.*}}, %[[ALPHA]] : f32
// CHECK: linalg.generic {indexing_maps = [#[[AT_MAP]], #[[B_MAP]], #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[SCALED_A]], %[[B]] : tensor<4x3xf32>, tensor<4x5xf32>) outs(%[[ACC]] : tensor<3x5xf32>)
func.func @gemm_trans_a_alpha_beta(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %0 = "onnx.Gemm"(%a, %b, %c) {alpha = 2.0 : f32, beta = 0.5 : f32, transA = 1 : i64} : (tensor<4x3xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// Without C (or with beta = 0) the accumulator is zeros.
// CHECK-LABEL: func.func @gemm_no_c
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.*}} : tensor<3x5xf32>)
// CHECK: linalg.generic {{.*}} outs(%[[ACC]] : tensor<3x5xf32>)
func.func @gemm_no_c(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Gemm"(%a, %b, %none) : (tensor<3x4xf32>, tensor<4x5xf32>, none) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// CHECK-LABEL: func.func @gemm_beta_zero
// CHECK-SAME: (%{{.*}}: tensor<3x4xf32>, %{{.*}}: tensor<4x5xf32>, %[[C:.*]]: tensor<3x5xf32>)
// CHECK-NOT: ins(%[[C]]
// CHECK: linalg.fill
func.func @gemm_beta_zero(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %0 = "onnx.Gemm"(%a, %b, %c) {beta = 0.0 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// Batch dims broadcast: A [2, 1, 3, 4] reads batch dim 1 at 0; B [5, 4, 6]
// has no dim 0 and reads loops (d1, k, n).
// CHECK-DAG: #[[A_MAP:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d4)>
// CHECK-DAG: #[[B_MAP:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4, d3)>
// CHECK-DAG: #[[OUT_MAP:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_batch_broadcast
// CHECK-SAME: (%[[A:.*]]: tensor<2x1x3x4xf32>, %[[B:.*]]: tensor<5x4x6xf32>)
// CHECK: %[[ACC:.*]] = linalg.fill {{.*}} -> tensor<2x5x3x6xf32>
// CHECK: linalg.generic {indexing_maps = [#[[A_MAP]], #[[B_MAP]], #[[OUT_MAP]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) outs(%[[ACC]] : tensor<2x5x3x6xf32>)
func.func @matmul_batch_broadcast(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32> {
  %0 = "onnx.MatMul"(%a, %b) : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
  return %0 : tensor<2x5x3x6xf32>
}

// -----

// A dynamic batch is read from the operand that has it.
// CHECK-DAG: #[[A_MAP:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-DAG: #[[B_MAP:.*]] = affine_map<(d0, d1, d2, d3) -> (d3, d2)>
// CHECK-LABEL: func.func @matmul_dynamic_batch
// CHECK-SAME: (%[[A:.*]]: tensor<?x3x4xf32>, %[[B:.*]]: tensor<4x6xf32>)
// CHECK: %[[N:.*]] = tensor.dim %[[A]], %{{.*}}
// CHECK: tensor.empty(%[[N]]) : tensor<?x3x6xf32>
// CHECK: linalg.generic {indexing_maps = [#[[A_MAP]], #[[B_MAP]], #{{.*}}]
func.func @matmul_dynamic_batch(%a: tensor<?x3x4xf32>, %b: tensor<4x6xf32>) -> tensor<?x3x6xf32> {
  %0 = "onnx.MatMul"(%a, %b) : (tensor<?x3x4xf32>, tensor<4x6xf32>) -> tensor<?x3x6xf32>
  return %0 : tensor<?x3x6xf32>
}

// -----

// Integer Gemm is not lowered yet.
module attributes {onnx.opset = 13 : i64} {
  func.func @gemm_int(%a: tensor<3x4xi32>, %b: tensor<4x5xi32>) -> tensor<3x5xi32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'gemm_i32' (Gemm, opset 13): operator is not supported by the compiler yet}}
    %0 = "onnx.Gemm"(%a, %b, %none) : (tensor<3x4xi32>, tensor<4x5xi32>, none) -> tensor<3x5xi32> loc("gemm_i32")
    return %0 : tensor<3x5xi32>
  }
}

// -----

// MatMul of two vectors: a row [1, K] times a column [K, 1], and the unit
// dims dropped again (numpy's matmul): a 0-D result.
// CHECK-LABEL: func.func @matmul_vector_vector
// CHECK-SAME: (%[[A:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>)
// CHECK-DAG: %[[ROW:.*]] = tensor.expand_shape %[[A]] {{\[}}[0, 1]] output_shape [1, 3] : tensor<3xf32> into tensor<1x3xf32>
// CHECK-DAG: %[[COL:.*]] = tensor.expand_shape %[[B]] {{\[}}[0, 1]] output_shape [3, 1] : tensor<3xf32> into tensor<3x1xf32>
// CHECK: %[[P:.*]] = linalg.generic {{.*}} ins(%[[ROW]], %[[COL]] : tensor<1x3xf32>, tensor<3x1xf32>) outs(%{{.*}} : tensor<1x1xf32>)
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[P]] [] : tensor<1x1xf32> into tensor<f32>
// CHECK: return %[[R]]
func.func @matmul_vector_vector(%a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<f32> {
  %0 = "onnx.MatMul"(%a, %b) : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

// A batched matrix times a vector: the vector is a column, the result
// drops its unit dim.
// CHECK-LABEL: func.func @matmul_batched_vector
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<2x3x1xf32>)
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2]] : tensor<2x3x1xf32> into tensor<2x3xf32>
func.func @matmul_batched_vector(%a: tensor<2x3x4xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.MatMul"(%a, %b) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
