// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Attention: a contraction for the scores (Q's head dim split into
// [kv heads, group], so grouped-query attention never repeats K or V), one
// generic for softcap and the bias, a softmax (max, exp-sum, divide) that
// gives zeros for fully masked rows, and a contraction with V.

// 4-D grouped-query (4 q heads, 2 kv heads) and causal, f32: Q is viewed
// as [2, 2, 2, 3, 8]; the scores read K at kv head d1; the causal frontier
// keeps key d3 <= query d2; the softmax subtracts 0 instead of an all -inf
// row's max and divides by 1 instead of its zero sum.
// CHECK-DAG: #[[QMAP:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d5)>
// CHECK-DAG: #[[KMAP:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d4, d5)>
// CHECK-DAG: #[[SMAP:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG: #[[VMAP:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d5, d4)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @gqa_causal
// CHECK-SAME: (%[[Q:[a-z0-9]+]]: tensor<2x4x3x8xf32>, %[[K:[a-z0-9]+]]: tensor<2x2x5x8xf32>, %[[V:[a-z0-9]+]]: tensor<2x2x5x6xf32>)
// CHECK-DAG: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 0.594603539 : f32
// CHECK: %[[QS:.*]] = tensor.expand_shape %[[Q]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [2, 2, 2, 3, 8]
// CHECK: %[[S5:.*]] = linalg.generic {indexing_maps = [#[[QMAP]], #[[KMAP]], #[[SMAP]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[QS]], %[[K]] : tensor<2x2x2x3x8xf32>, tensor<2x2x5x8xf32>) outs(%{{.*}} : tensor<2x2x2x3x5xf32>)
// CHECK: arith.mulf %{{.*}}, %[[SCALE]]
// CHECK: arith.mulf %{{.*}}, %[[SCALE]]
// CHECK: %[[S:.*]] = tensor.collapse_shape %[[S5]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<2x2x2x3x5xf32> into tensor<2x4x3x5xf32>
// CHECK: %[[L:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<2x4x3x5xf32>)
// CHECK-DAG: %[[J:.*]] = linalg.index 3 : index
// CHECK-DAG: %[[I:.*]] = linalg.index 2 : index
// CHECK: %[[OK:.*]] = arith.cmpi sle, %[[J]], %[[I]] : index
// CHECK: arith.select %[[OK]], %{{.*}}, %[[NEGINF]] : f32
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[L]] :
// CHECK: arith.maximumf
// CHECK: %[[E:.*]] = linalg.generic {{.*}} ins(%[[L]], %[[MAX]] :
// CHECK-NEXT: ^bb0(%[[LI:.*]]: f32, %[[MI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[EMPTY:.*]] = arith.cmpf oeq, %[[MI]], %[[NEGINF]] : f32
// CHECK-NEXT: %[[SAFE:.*]] = arith.select %[[EMPTY]], %[[ZERO]], %[[MI]] : f32
// CHECK-NEXT: %[[SH:.*]] = arith.subf %[[LI]], %[[SAFE]] : f32
// CHECK-NEXT: math.exp %[[SH]] : f32
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[E]] :
// CHECK: %[[P:.*]] = linalg.generic {{.*}} ins(%[[E]], %[[SUM]] :
// CHECK-NEXT: ^bb0(%[[EI:.*]]: f32, %[[SI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[NONE:.*]] = arith.cmpf oeq, %[[SI]], %[[ZERO]] : f32
// CHECK-NEXT: %[[DIV:.*]] = arith.select %[[NONE]], %[[ONE]], %[[SI]] : f32
// CHECK-NEXT: arith.divf %[[EI]], %[[DIV]] : f32
// CHECK: %[[PS:.*]] = tensor.expand_shape %[[P]] {{\[\[}}0], [1, 2], [3], [4]] output_shape [2, 2, 2, 3, 5]
// CHECK: %[[Y5:.*]] = linalg.generic {indexing_maps = [#[[QMAP]], #[[VMAP]], #[[SMAP]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[PS]], %[[V]] : tensor<2x2x2x3x5xf32>, tensor<2x2x5x6xf32>) outs(%{{.*}} : tensor<2x2x2x3x6xf32>)
// CHECK: %[[Y:.*]] = tensor.collapse_shape %[[Y5]] {{\[\[}}0], [1, 2], [3], [4]] : tensor<2x2x2x3x6xf32> into tensor<2x4x3x6xf32>
// CHECK: return %[[Y]]
func.func @gqa_causal(%q: tensor<2x4x3x8xf32>, %k: tensor<2x2x5x8xf32>, %v: tensor<2x2x5x6xf32>) -> tensor<2x4x3x6xf32> {
  %none = "onnx.NoValue"() : () -> none
  %y, %pk, %pv, %qk = "onnx.Attention"(%q, %k, %v, %none, %none, %none, %none) {is_causal = 1 : i64} : (tensor<2x4x3x8xf32>, tensor<2x2x5x8xf32>, tensor<2x2x5x6xf32>, none, none, none, none) -> (tensor<2x4x3x6xf32>, none, none, none)
  return %y : tensor<2x4x3x6xf32>
}

// -----

// 3-D f16 with a past cache, a bool mask one key short and softcap; every
// output used. K and V become head-major and follow the past in the
// present caches; the mask is padded with false; Q is read through
// [batch, seq, heads, group, size]; scores, softcap steps and softmax steps
// are rounded to f16 as ONNX computes them; Y is written into
// [batch, seq, heads, group, v size] and collapsed to [batch, seq, 8].
// CHECK-DAG: #[[Q3:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1, d2, d5)>
// CHECK-DAG: #[[Y3:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d1, d2, d4)>
// CHECK-DAG: #[[MASK:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
// CHECK-LABEL: func.func @past_mask_3d
// CHECK-SAME: (%[[Q:[a-z0-9]+]]: tensor<2x3x16xf16>, %[[K:[a-z0-9]+]]: tensor<2x4x16xf16>, %[[V:[a-z0-9]+]]: tensor<2x4x8xf16>, %[[M:[a-z0-9]+]]: tensor<3x5xi1>, %[[PK:[a-z0-9]+]]: tensor<2x2x2x8xf16>, %[[PV:[a-z0-9]+]]: tensor<2x2x2x4xf16>)
// CHECK: %[[KS:.*]] = tensor.expand_shape %[[K]] {{\[\[}}0], [1], [2, 3]] output_shape [2, 4, 2, 8]
// CHECK: %[[KT:.*]] = linalg.transpose ins(%[[KS]] : tensor<2x4x2x8xf16>) outs(%{{.*}} : tensor<2x2x4x8xf16>) permutation = [0, 2, 1, 3]
// CHECK: %[[PK1:.*]] = tensor.insert_slice %[[PK]] into %{{.*}}[0, 0, 0, 0] [2, 2, 2, 8] [1, 1, 1, 1] : tensor<2x2x2x8xf16> into tensor<2x2x6x8xf16>
// CHECK: %[[PRESK:.*]] = tensor.insert_slice %[[KT]] into %[[PK1]][0, 0, 2, 0] [2, 2, 4, 8]
// CHECK: %[[PRESV:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 2, 0] [2, 2, 4, 4]
// CHECK: %[[QS:.*]] = tensor.expand_shape %[[Q]] {{\[\[}}0], [1], [2, 3, 4]] output_shape [2, 3, 2, 1, 8]
// CHECK: linalg.generic {indexing_maps = [#[[Q3]], {{.*}}} ins(%[[QS]], %[[PRESK]] :
// CHECK: arith.mulf %{{.*}}, %{{.*}} : f16
// CHECK: %[[PADDED:.*]] = tensor.pad %[[M]] low[0, 0] high[0, 1]
// CHECK: tensor.yield %false : i1
// CHECK: %[[L:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[MASK]], #{{.*}}]{{.*}} ins(%{{.*}}, %[[PADDED]] : tensor<2x2x3x6xf32>, tensor<3x6xi1>)
// CHECK-NEXT: ^bb0(%{{.*}}: f32, %[[MI:.*]]: i1, %{{.*}}: f32):
// CHECK-NEXT: arith.truncf %{{.*}} : f32 to f16
// CHECK: math.tanh
// CHECK: arith.select %[[MI]]
// CHECK: math.exp
// CHECK: %[[P:.*]] = linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<2x2x3x6xf32>, tensor<2x2x3xf32>)
// CHECK: arith.divf
// CHECK-NEXT: arith.truncf %{{.*}} : f32 to f16
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #[[Y3]]]{{.*}} ins(%{{.*}}, %[[PRESV]] : tensor<2x2x1x3x6xf32>, tensor<2x2x6x4xf16>) outs(%{{.*}} : tensor<2x3x2x1x4xf32>)
// CHECK: %[[YC:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0], [1], [2, 3, 4]] : tensor<2x3x2x1x4xf32> into tensor<2x3x8xf32>
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[YC]] : tensor<2x3x8xf32>) outs(%{{.*}} : tensor<2x3x8xf16>)
// CHECK: %[[QK:.*]] = linalg.generic {{.*}} ins(%[[P]] : tensor<2x2x3x6xf32>) outs(%{{.*}} : tensor<2x2x3x6xf16>)
// CHECK: return %[[Y]], %[[PRESK]], %[[PRESV]], %[[QK]]
func.func @past_mask_3d(%q: tensor<2x3x16xf16>, %k: tensor<2x4x16xf16>, %v: tensor<2x4x8xf16>, %mask: tensor<3x5xi1>, %pk: tensor<2x2x2x8xf16>, %pv: tensor<2x2x2x4xf16>) -> (tensor<2x3x8xf16>, tensor<2x2x6x8xf16>, tensor<2x2x6x4xf16>, tensor<2x2x3x6xf16>) {
  %none = "onnx.NoValue"() : () -> none
  %y, %pko, %pvo, %qk = "onnx.Attention"(%q, %k, %v, %mask, %pk, %pv, %none) {q_num_heads = 2 : i64, kv_num_heads = 2 : i64, qk_matmul_output_mode = 3 : i64, softcap = 2.0 : f32} : (tensor<2x3x16xf16>, tensor<2x4x16xf16>, tensor<2x4x8xf16>, tensor<3x5xi1>, tensor<2x2x2x8xf16>, tensor<2x2x2x4xf16>, none) -> (tensor<2x3x8xf16>, tensor<2x2x6x8xf16>, tensor<2x2x6x4xf16>, tensor<2x2x3x6xf16>)
  return %y, %pko, %pvo, %qk : tensor<2x3x8xf16>, tensor<2x2x6x8xf16>, tensor<2x2x6x4xf16>, tensor<2x2x3x6xf16>
}

// -----

// nonpad_kv_seqlen with is_causal: the per-batch offset is
// nonpad[b] - q seq, and keys at or past nonpad[b] are disallowed.
// CHECK-DAG: #[[B:.*]] = affine_map<(d0, d1, d2, d3) -> (d0)>
// CHECK-LABEL: func.func @nonpad_causal
// CHECK-SAME: %[[N:[a-z0-9]+]]: tensor<2xi64>)
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[B]], #{{.*}}]{{.*}} ins(%{{.*}}, %[[N]] : tensor<2x1x2x6xf32>, tensor<2xi64>)
// CHECK-NEXT: ^bb0(%{{.*}}: f32, %[[NI:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[J:.*]] = linalg.index 3 : index
// CHECK: %[[LEN:.*]] = arith.index_cast %[[NI]] : i64 to index
// CHECK: arith.cmpi slt, %[[J]], %[[LEN]] : index
// CHECK: %[[I:.*]] = linalg.index 2 : index
// CHECK: %[[OFF:.*]] = arith.subi %[[LEN]], %c2 : index
// CHECK: %[[POS:.*]] = arith.addi %[[I]], %[[OFF]] : index
// CHECK: arith.cmpi sle, %[[J]], %[[POS]] : index
func.func @nonpad_causal(%q: tensor<2x1x2x4xf32>, %k: tensor<2x1x6x4xf32>, %v: tensor<2x1x6x4xf32>, %n: tensor<2xi64>) -> tensor<2x1x2x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %y, %pk, %pv, %qk = "onnx.Attention"(%q, %k, %v, %none, %none, %none, %n) {is_causal = 1 : i64} : (tensor<2x1x2x4xf32>, tensor<2x1x6x4xf32>, tensor<2x1x6x4xf32>, none, none, none, tensor<2xi64>) -> (tensor<2x1x2x4xf32>, none, none, none)
  return %y : tensor<2x1x2x4xf32>
}

// -----

// 3-D inputs without the head counts are left over with the reason.
module attributes {onnx.opset = 23 : i64} {
  func.func @attention_3d_no_heads(%q: tensor<2x3x16xf32>) -> tensor<2x3x16xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'attn' (Attention, opset 23): operator is not supported by the compiler yet (or not with these types, shapes or attributes): 3-D inputs need the q_num_heads and kv_num_heads attributes}}
    %y, %pk, %pv, %qk = "onnx.Attention"(%q, %q, %q, %none, %none, %none, %none) : (tensor<2x3x16xf32>, tensor<2x3x16xf32>, tensor<2x3x16xf32>, none, none, none, none) -> (tensor<2x3x16xf32>, none, none, none) loc("attn")
    return %y : tensor<2x3x16xf32>
  }
}

// -----

// A mask longer than the keys is left over with the reason.
module attributes {onnx.opset = 23 : i64} {
  func.func @attention_long_mask(%q: tensor<1x1x2x4xf32>, %mask: tensor<2x7xf32>) -> tensor<1x1x2x4xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{attn_mask's last dim must be 1 or, statically, at most the kv length}}
    %y, %pk, %pv, %qk = "onnx.Attention"(%q, %q, %q, %mask, %none, %none, %none) : (tensor<1x1x2x4xf32>, tensor<1x1x2x4xf32>, tensor<1x1x2x4xf32>, tensor<2x7xf32>, none, none, none) -> (tensor<1x1x2x4xf32>, none, none, none) loc("attn")
    return %y : tensor<1x1x2x4xf32>
  }
}
