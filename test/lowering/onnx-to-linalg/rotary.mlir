// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// RotaryEmbedding is one generic over the input's layout: each element
// reads its partner and its cos/sin entries with tensor.extract; the
// elements past rotary_embedding_dim pass through.

// 4-D [batch, heads, seq, size] with position_ids: the ids are checked
// (and clamped) once, then read at (batch, seq) to pick the cache row.
// Halves of the 8 rotated dims pair d with d +- 4.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[POS:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d2)>
// CHECK-LABEL: func.func @rotary_positions
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4x8xf32>, %[[COS:.*]]: tensor<16x4xf32>, %[[SIN:.*]]: tensor<16x4xf32>, %[[P:.*]]: tensor<2x4xi64>)
// CHECK: func.call @onnxc.index_out_of_range
// CHECK-SAME: position_ids
// CHECK: %[[CLAMPED:.*]] = linalg.generic {{.*}} ins(%[[P]] : tensor<2x4xi64>)
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[POS]], #[[ID]]]
// CHECK-SAME: ins(%[[X]], %[[CLAMPED]] :
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[PI:.*]]: i64, %{{.*}}: f32):
// CHECK-DAG: %[[D:.*]] = linalg.index 3 : index
// CHECK-DAG: %[[FIRST:.*]] = arith.cmpi ult, %[[D]], %c4 : index
// CHECK-DAG: %[[ROW:.*]] = arith.index_cast %[[PI]] : i64 to index
// CHECK: %[[C:.*]] = tensor.extract %[[COS]][%[[ROW]], %{{.*}}] : tensor<16x4xf32>
// CHECK: %[[S:.*]] = tensor.extract %[[SIN]][%[[ROW]], %{{.*}}] : tensor<16x4xf32>
// CHECK: %[[OTHER:.*]] = tensor.extract %[[X]]
// CHECK: %[[XC:.*]] = arith.mulf %[[C]], %[[XI]]
// CHECK: %[[OS:.*]] = arith.mulf %[[S]], %[[OTHER]]
// CHECK-DAG: %[[SECOND:.*]] = arith.addf %[[OS]], %[[XC]]
// CHECK-DAG: %[[FIRSTV:.*]] = arith.subf %[[XC]], %[[OS]]
// CHECK: arith.select %[[FIRST]], %[[FIRSTV]], %[[SECOND]]
// CHECK: return %[[Y]]
func.func @rotary_positions(%x: tensor<2x3x4x8xf32>, %cos: tensor<16x4xf32>, %sin: tensor<16x4xf32>, %pos: tensor<2x4xi64>) -> tensor<2x3x4x8xf32> {
  %0 = "onnx.RotaryEmbedding"(%x, %cos, %sin, %pos) : (tensor<2x3x4x8xf32>, tensor<16x4xf32>, tensor<16x4xf32>, tensor<2x4xi64>) -> tensor<2x3x4x8xf32>
  return %0 : tensor<2x3x4x8xf32>
}

// -----

// 3-D [batch, seq, heads * size], interleaved, 4 of 8 dims rotated, caches
// [batch, seq, 2]: the input is viewed as [batch, seq, heads, size], pairs
// are neighbours (d rem 2), and the result is collapsed back.
// CHECK-LABEL: func.func @rotary_3d_interleaved
// CHECK-SAME: (%[[X:[a-z0-9]+]]: tensor<2x3x16xf32>, %[[COS:[a-z0-9]+]]: tensor<2x3x2xf32>
// CHECK: %[[VIEW:.*]] = tensor.expand_shape %[[X]] {{\[\[}}0], [1], [2, 3]] output_shape [2, 3, 2, 8]
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: ins(%[[VIEW]] : tensor<2x3x2x8xf32>)
// CHECK: %[[D:.*]] = linalg.index 3 : index
// CHECK: arith.cmpi ult, %[[D]], %c4 : index
// CHECK: arith.remui %[[D]], %c2 : index
// CHECK: arith.divui %[[D]], %c2 : index
// CHECK: tensor.extract %[[COS]][%{{.*}}, %{{.*}}, %{{.*}}] : tensor<2x3x2xf32>
// CHECK: %[[Y:.*]] = tensor.collapse_shape %[[R]] {{\[\[}}0], [1], [2, 3]]
// CHECK: return %[[Y]]
func.func @rotary_3d_interleaved(%x: tensor<2x3x16xf32>, %cos: tensor<2x3x2xf32>, %sin: tensor<2x3x2xf32>) -> tensor<2x3x16xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.RotaryEmbedding"(%x, %cos, %sin, %none) {interleaved = 1 : i64, num_heads = 2 : i64, rotary_embedding_dim = 4 : i64} : (tensor<2x3x16xf32>, tensor<2x3x2xf32>, tensor<2x3x2xf32>, none) -> tensor<2x3x16xf32>
  return %0 : tensor<2x3x16xf32>
}

// -----

// 3-D input without num_heads is left over with the reason.
module attributes {onnx.opset = 23 : i64} {
  func.func @rotary_3d_no_heads(%x: tensor<2x3x16xf32>, %cos: tensor<2x3x8xf32>) -> tensor<2x3x16xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'rope' (RotaryEmbedding, opset 23): operator is not supported by the compiler yet (or not with these types, shapes or attributes): 3-D input needs num_heads dividing its hidden size}}
    %0 = "onnx.RotaryEmbedding"(%x, %cos, %cos, %none) : (tensor<2x3x16xf32>, tensor<2x3x8xf32>, tensor<2x3x8xf32>, none) -> tensor<2x3x16xf32> loc("rope")
    return %0 : tensor<2x3x16xf32>
  }
}

// -----

// A cache whose last dim is not rotary_embedding_dim / 2 is left over.
module attributes {onnx.opset = 23 : i64} {
  func.func @rotary_bad_cache(%x: tensor<2x3x4x8xf32>, %cos: tensor<16x3xf32>, %pos: tensor<2x4xi64>) -> tensor<2x3x4x8xf32> {
    // expected-error @unknown {{cos_cache and sin_cache must have the same shape, last dim rotary_embedding_dim / 2}}
    %0 = "onnx.RotaryEmbedding"(%x, %cos, %cos, %pos) : (tensor<2x3x4x8xf32>, tensor<16x3xf32>, tensor<16x3xf32>, tensor<2x4xi64>) -> tensor<2x3x4x8xf32> loc("rope")
    return %0 : tensor<2x3x4x8xf32>
  }
}
