// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Normalisations: BatchNormalization (inference) is one elementwise generic
// reading the statistics along dim 1; LayerNormalization reduces mean and
// variance over [axis, rank) and normalises in one generic; Softmax and
// LogSoftmax subtract the row max before exponentiating. Reduced values
// drop the reduced dims and are read back through a projection.
// LayerNormalization and RMSNormalization compute in the stash type and
// normalise with the inverse root of the (centred) mean square.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func.func @batchnorm
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4x4xf32>, %[[S:.*]]: tensor<3xf32>, %[[B:.*]]: tensor<3xf32>, %[[M:.*]]: tensor<3xf32>, %[[V:.*]]: tensor<3xf32>)
// CHECK-DAG: %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[CH]], #[[CH]], #[[CH]], #[[ID]]]
// CHECK-SAME: ins(%[[X]], %[[S]], %[[B]], %[[M]], %[[V]] :
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[SI:.*]]: f32, %[[BI:.*]]: f32, %[[MI:.*]]: f32, %[[VI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[C:.*]] = arith.subf %[[XI]], %[[MI]]
// CHECK-NEXT: %[[VE:.*]] = arith.addf %[[VI]], %[[EPS]]
// CHECK-NEXT: %[[SD:.*]] = math.sqrt %[[VE]]
// CHECK-NEXT: %[[N:.*]] = arith.divf %[[C]], %[[SD]]
// CHECK-NEXT: %[[SC:.*]] = arith.mulf %[[N]], %[[SI]]
// CHECK-NEXT: %[[Y:.*]] = arith.addf %[[SC]], %[[BI]]
// CHECK-NEXT: linalg.yield %[[Y]]
// CHECK: return %[[R]]
func.func @batchnorm(%x: tensor<?x3x4x4xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<?x3x4x4xf32> {
  %0, %1, %2 = "onnx.BatchNormalization"(%x, %s, %b, %m, %v) {epsilon = 1.0e-03 : f32} : (tensor<?x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<?x3x4x4xf32>, none, none)
  return %0 : tensor<?x3x4x4xf32>
}

// -----

// Training mode is left over.
module attributes {onnx.opset = 15 : i64} {
  func.func @batchnorm_training(%x: tensor<2x3xf32>, %s: tensor<3xf32>) -> tensor<2x3xf32> {
    // expected-error @unknown {{node 'bn_train' (BatchNormalization, opset 15): operator is not supported by the compiler yet}}
    %0, %1, %2 = "onnx.BatchNormalization"(%x, %s, %s, %s, %s) {training_mode = 1 : i64} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>) loc("bn_train")
    return %0 : tensor<2x3xf32>
  }
}

// -----

// Over the last dim of [batch, seq, 8]: sums reduce d2 into [batch, seq],
// divided by the static count 8; Scale and B broadcast along d2.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[LAST:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @layernorm
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x8xf32>, %[[S:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>)
// CHECK-DAG: %[[N:.*]] = arith.constant 8.000000e+00 : f32
// CHECK-DAG: %[[EPS:.*]] = arith.constant 9.99999974E-6 : f32
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x?x8xf32>) outs(%{{.*}} : tensor<?x?xf32>)
// CHECK: %[[MEAN:.*]] = linalg.generic
// CHECK-SAME: ins(%[[SUM]] : tensor<?x?xf32>)
// CHECK: arith.divf %{{.*}}, %[[N]]
// CHECK: %[[SQ:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]
// CHECK-SAME: ins(%[[X]], %[[MEAN]] :
// CHECK: %[[SQSUM:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]
// CHECK-SAME: ins(%[[SQ]] :
// CHECK: %[[VAR:.*]] = linalg.generic
// CHECK-SAME: ins(%[[SQSUM]] :
// CHECK: %[[INV:.*]] = linalg.generic
// CHECK-SAME: ins(%[[VAR]] :
// CHECK: arith.addf %{{.*}}, %[[EPS]]
// CHECK-NEXT: math.sqrt
// CHECK-NEXT: arith.divf
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[LAST]], #[[LAST]], #[[ROW]], #[[ID]]]
// CHECK-SAME: ins(%[[X]], %[[INV]], %[[S]], %[[B]], %[[MEAN]] :
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[II:.*]]: f32, %[[SI:.*]]: f32, %[[BI:.*]]: f32, %[[MI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[C:.*]] = arith.subf %[[XI]], %[[MI]]
// CHECK-NEXT: %[[NORM:.*]] = arith.mulf %[[C]], %[[II]]
// CHECK-NEXT: %[[SC:.*]] = arith.mulf %[[NORM]], %[[SI]]
// CHECK-NEXT: %[[R:.*]] = arith.addf %[[SC]], %[[BI]]
// CHECK-NEXT: linalg.yield %[[R]]
// CHECK: return %[[Y]]
func.func @layernorm(%x: tensor<?x?x8xf32>, %s: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<?x?x8xf32> {
  %0, %1, %2 = "onnx.LayerNormalization"(%x, %s, %b) : (tensor<?x?x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<?x?x8xf32>, none, none)
  return %0 : tensor<?x?x8xf32>
}

// -----

// Normalising over a dynamic dim reads the count at run time; no bias.
// CHECK-LABEL: func.func @layernorm_dynamic_count
// CHECK-SAME: (%[[X:.*]]: tensor<2x?xf32>, %[[S:.*]]: tensor<?xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c1
// CHECK: %[[I:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[N:.*]] = arith.sitofp %[[I]] : i64 to f32
// CHECK: arith.divf %{{.*}}, %[[N]]
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[X]], %{{.*}}, %[[S]], %{{.*}} : tensor<2x?xf32>, tensor<2xf32>, tensor<?xf32>, tensor<2xf32>)
// CHECK: %[[SC:.*]] = arith.mulf
// CHECK-NEXT: %[[SC2:.*]] = arith.mulf
// CHECK-NEXT: linalg.yield %[[SC2]]
// CHECK: return %[[Y]]
func.func @layernorm_dynamic_count(%x: tensor<2x?xf32>, %s: tensor<?xf32>) -> tensor<2x?xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0, %1, %2 = "onnx.LayerNormalization"(%x, %s, %none) {axis = 1 : i64} : (tensor<2x?xf32>, tensor<?xf32>, none) -> (tensor<2x?xf32>, none, none)
  return %0 : tensor<2x?xf32>
}

// -----

// f16 input, stash_type float: X is extended to f32 once, the statistics
// stay f32 and the Mean and InvStdDev outputs (f32, U = stash type) keep
// the normalised dim as 1; Y is truncated back to f16.
// CHECK-LABEL: func.func @layernorm_f16_statistics
// CHECK-SAME: (%[[X:.*]]: tensor<2x4xf16>, %[[S:.*]]: tensor<4xf16>)
// CHECK: %[[XF:.*]] = linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<2x4xf16>) outs(%{{.*}} : tensor<2x4xf32>)
// CHECK: arith.extf
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[XF]] : tensor<2x4xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} ins(%[[SUM]] : tensor<2xf32>)
// CHECK: math.sqrt
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[INV:[0-9]+]], %[[S]], %[[MEAN]] : tensor<2x4xf16>, tensor<2xf32>, tensor<4xf16>, tensor<2xf32>) outs(%{{.*}} : tensor<2x4xf16>)
// CHECK: arith.extf
// CHECK: arith.truncf
// CHECK-DAG: %[[M:.*]] = tensor.expand_shape %[[MEAN]] {{\[\[}}0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
// CHECK-DAG: %[[I:.*]] = tensor.expand_shape %[[INV]] {{\[\[}}0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
// CHECK: return %[[Y]], %[[M]], %[[I]]
func.func @layernorm_f16_statistics(%x: tensor<2x4xf16>, %s: tensor<4xf16>) -> (tensor<2x4xf16>, tensor<2x1xf32>, tensor<2x1xf32>) {
  %none = "onnx.NoValue"() : () -> none
  %0, %1, %2 = "onnx.LayerNormalization"(%x, %s, %none) {axis = 1 : i64} : (tensor<2x4xf16>, tensor<4xf16>, none) -> (tensor<2x4xf16>, tensor<2x1xf32>, tensor<2x1xf32>)
  return %0, %1, %2 : tensor<2x4xf16>, tensor<2x1xf32>, tensor<2x1xf32>
}

// -----

// A stash type that is not a float is left over with the reason.
module attributes {onnx.opset = 17 : i64} {
  func.func @layernorm_int_stash(%x: tensor<2x4xf32>, %s: tensor<4xf32>) -> tensor<2x4xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'ln' (LayerNormalization, opset 17): operator is not supported by the compiler yet (or not with these types, shapes or attributes): stash_type 7 is not a float type}}
    %0, %1, %2 = "onnx.LayerNormalization"(%x, %s, %none) {stash_type = 7 : i64} : (tensor<2x4xf32>, tensor<4xf32>, none) -> (tensor<2x4xf32>, none, none) loc("ln")
    return %0 : tensor<2x4xf32>
  }
}

// -----

// RMSNormalization over the last two dims of [batch, 3, 4]: the mean of
// x^2 over 12 elements, its inverse root, then x * inv * Scale with Scale
// broadcast over d1 and d2.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0)>
// CHECK-DAG: #[[SCALE:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-LABEL: func.func @rmsnorm
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>, %[[S:.*]]: tensor<3x4xf32>)
// CHECK-DAG: %[[N:.*]] = arith.constant 1.200000e+01 : f32
// CHECK-DAG: %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK: %[[SQ:.*]] = linalg.generic {{.*}} ins(%[[X]] :
// CHECK: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[SQ]] :
// CHECK: arith.divf %{{.*}}, %[[N]]
// CHECK: arith.addf %{{.*}}, %[[EPS]]
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[SCALE]], #[[ID]]]
// CHECK-SAME: ins(%[[X]], %{{.*}}, %[[S]] :
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[II:.*]]: f32, %[[SI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[NORM:.*]] = arith.mulf %[[XI]], %[[II]]
// CHECK-NEXT: %[[R:.*]] = arith.mulf %[[NORM]], %[[SI]]
// CHECK-NEXT: linalg.yield %[[R]]
// CHECK: return %[[Y]]
func.func @rmsnorm(%x: tensor<?x3x4xf32>, %s: tensor<3x4xf32>) -> tensor<?x3x4xf32> {
  %0 = "onnx.RMSNormalization"(%x, %s) {axis = 1 : i64, epsilon = 1.0e-03 : f32} : (tensor<?x3x4xf32>, tensor<3x4xf32>) -> tensor<?x3x4xf32>
  return %0 : tensor<?x3x4xf32>
}

// -----

// An axis past the rank is left over with the reason.
module attributes {onnx.opset = 23 : i64} {
  func.func @rmsnorm_bad_axis(%x: tensor<2x4xf32>, %s: tensor<4xf32>) -> tensor<2x4xf32> {
    // expected-error @unknown {{node 'rms' (RMSNormalization, opset 23): operator is not supported by the compiler yet (or not with these types, shapes or attributes): axis out of range}}
    %0 = "onnx.RMSNormalization"(%x, %s) {axis = 2 : i64} : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32> loc("rms")
    return %0 : tensor<2x4xf32>
  }
}

// -----

// Softmax over the last axis: max (from -inf), exp(x - max), sum, divide.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @softmax
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x8xf32>)
// CHECK-DAG: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[NEGINF]] : f32) outs(%{{.*}} : tensor<?x4xf32>)
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x4x8xf32>) outs(%[[INIT]] : tensor<?x4xf32>)
// CHECK: arith.maximumf
// CHECK: %[[EXP:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]
// CHECK-SAME: ins(%[[X]], %[[MAX]] :
// CHECK: arith.subf
// CHECK-NEXT: math.exp
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: ins(%[[EXP]] :
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]
// CHECK-SAME: ins(%[[EXP]], %[[SUM]] :
// CHECK: arith.divf
// CHECK: return %[[Y]]
func.func @softmax(%x: tensor<?x4x8xf32>) -> tensor<?x4x8xf32> {
  %0 = "onnx.Softmax"(%x) {axis = -1 : i64} : (tensor<?x4x8xf32>) -> tensor<?x4x8xf32>
  return %0 : tensor<?x4x8xf32>
}

// -----

// LogSoftmax over a middle axis: (x - max) - log(sum).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[MID:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @log_softmax_axis1
// CHECK: %[[MAX:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[MID]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[MID]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK: %[[Y:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[MID]], #[[MID]], #[[ID]]]
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[MI:.*]]: f32, %[[SI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[D:.*]] = arith.subf %[[XI]], %[[MI]]
// CHECK-NEXT: %[[L:.*]] = math.log %[[SI]]
// CHECK-NEXT: %[[R:.*]] = arith.subf %[[D]], %[[L]]
// CHECK-NEXT: linalg.yield %[[R]]
func.func @log_softmax_axis1(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = "onnx.LogSoftmax"(%x) {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// f16 Softmax: the exponentials are summed in f32 and the total rounded to
// f16 once; the other steps stay f16.
// CHECK-LABEL: func.func @softmax_f16
// CHECK: %[[EXP:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<2x8xf16>)
// CHECK: math.exp %{{.*}} : f16
// CHECK: %[[WIDE:.*]] = linalg.generic {{.*}} ins(%[[EXP]] : tensor<2x8xf16>) outs(%{{.*}} : tensor<2x8xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[WIDE]] : tensor<2x8xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK: %[[NARROW:.*]] = linalg.generic {{.*}} ins(%[[SUM]] : tensor<2xf32>) outs(%{{.*}} : tensor<2xf16>)
// CHECK: arith.truncf
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[EXP]], %[[NARROW]] : tensor<2x8xf16>, tensor<2xf16>)
// CHECK: arith.divf %{{.*}}, %{{.*}} : f16
// CHECK: return %[[Y]]
func.func @softmax_f16(%x: tensor<2x8xf16>) -> tensor<2x8xf16> {
  %0 = "onnx.Softmax"(%x) {axis = -1 : i64} : (tensor<2x8xf16>) -> tensor<2x8xf16>
  return %0 : tensor<2x8xf16>
}

// -----

// LpNormalization p = 2: a sum of squares along the axis, then x / sqrt(s),
// 0 where the norm is 0.
// CHECK-LABEL: func.func @lp_normalization_l2
// CHECK: %[[S:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK: linalg.generic {{.*}} ins(%arg0, %[[S]] : tensor<2x3xf32>, tensor<2xf32>)
// CHECK: %[[NORM:.*]] = math.sqrt %{{.*}} : f32
// CHECK: %[[ZERO:.*]] = arith.cmpf oeq, %[[NORM]], %{{.*}} : f32
// CHECK: %[[Q:.*]] = arith.divf %{{.*}}, %[[NORM]] : f32
// CHECK: arith.select %[[ZERO]], %{{.*}}, %[[Q]] : f32
func.func @lp_normalization_l2(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.LpNormalization"(%x) <{axis = -1 : i64, p = 2 : i64}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// p = 1 sums absolute values, with no square root.
// CHECK-LABEL: func.func @lp_normalization_l1
// CHECK: math.absf %{{.*}} : f32
// CHECK-NOT: math.sqrt
func.func @lp_normalization_l1(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.LpNormalization"(%x) <{axis = 0 : i64, p = 1 : i64}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Hardmax: an argmax along the axis (NaN the largest, the first wins),
// then 1 where an element's position is the argmax.
// CHECK-LABEL: func.func @hardmax
// CHECK: %[[ARG:.*]]:2 = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK-NEXT: ^bb0(%[[V:.*]]: f32, %[[BEST:.*]]: f32, %{{.*}}: i64):
// CHECK-DAG: arith.cmpf uno, %[[V]], %[[V]] : f32
// CHECK-DAG: arith.cmpf ord, %[[BEST]], %[[BEST]] : f32
// CHECK-DAG: arith.cmpf ogt, %[[V]], %[[BEST]] : f32
// CHECK: linalg.yield
// CHECK: linalg.generic {{.*}} ins(%[[ARG]]#1 : tensor<3xi64>)
// CHECK: %[[POS:.*]] = linalg.index 1 : index
// CHECK: %[[POS64:.*]] = arith.index_cast %[[POS]] : index to i64
// CHECK: %[[HIT:.*]] = arith.cmpi eq, %[[POS64]], %{{.*}} : i64
// CHECK: arith.select %[[HIT]], %{{.*}}, %{{.*}} : f32
func.func @hardmax(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = "onnx.Hardmax"(%x) <{axis = -1 : i64}> : (tensor<3x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// InstanceNormalization: mean and variance over the spatial dims per
// (n, c), then the per-channel scale and bias.
// CHECK-LABEL: func.func @instance_normalization
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} ins(%[[SUM]] : tensor<2x3xf32>)
// CHECK: arith.divf %{{.*}}, %cst{{.*}} : f32
// CHECK: %[[SQ:.*]] = linalg.generic {{.*}} ins(%arg0, %[[MEAN]] : tensor<2x3x4x5xf32>, tensor<2x3xf32>)
// CHECK: %[[SQSUM:.*]] = linalg.generic {{.*}} ins(%[[SQ]] : tensor<2x3x4x5xf32>)
// CHECK: linalg.generic {{.*}} ins(%arg0, %[[MEAN]], %[[SQSUM]], %arg1, %arg2 : tensor<2x3x4x5xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3xf32>, tensor<3xf32>)
// CHECK: math.sqrt
func.func @instance_normalization(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %0 = "onnx.InstanceNormalization"(%x, %s, %b) <{epsilon = 1.0e-05 : f32}> : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %0 : tensor<2x3x4x5xf32>
}
