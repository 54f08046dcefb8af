// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Reduce* ops: one reduction generic over the constant axes, written
// straight into the result (reduced dims read at index 0 with keepdims,
// dropped without); ReduceMean divides by the count afterwards. Axes read
// at run time: one generic over a kept and a reduced part of every dim.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[KEEP:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-LABEL: func.func @reduce_sum_keepdims
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x5xf32>)
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x1x5xf32>)
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[KEEP]]], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x4x5xf32>) outs(%[[INIT]] : tensor<?x1x5xf32>)
// CHECK: arith.addf
// CHECK: return %[[R]]
func.func @reduce_sum_keepdims(%x: tensor<?x4x5xf32>) -> tensor<?x1x5xf32> {
  %axes = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.ReduceSum"(%x, %axes) : (tensor<?x4x5xf32>, tensor<1xi64>) -> tensor<?x1x5xf32>
  return %0 : tensor<?x1x5xf32>
}

// -----

// Negative axes, keepdims 0: the mean over the last two dims of [?, 4, 5]
// divides the sum by 20.
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1, d2) -> (d0)>
// CHECK-LABEL: func.func @reduce_mean
// CHECK-DAG: %[[N:.*]] = arith.constant 2.000000e+01 : f32
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #[[ROW]]], iterator_types = ["parallel", "reduction", "reduction"]}
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: ins(%[[SUM]] : tensor<?xf32>)
// CHECK: arith.divf %{{.*}}, %[[N]]
// CHECK: return %[[R]]
func.func @reduce_mean(%x: tensor<?x4x5xf32>) -> tensor<?xf32> {
  %axes = "onnx.Constant"() {value = dense<[-1, -2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.ReduceMean"(%x, %axes) {keepdims = 0 : i64} : (tensor<?x4x5xf32>, tensor<2xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// No axes: every dim is reduced; integer max starts at INT64_MIN.
// CHECK-DAG: #[[ALL:.*]] = affine_map<(d0, d1) -> (0, 0)>
// CHECK-LABEL: func.func @reduce_max_all_int
// CHECK-DAG: %[[MIN:.*]] = arith.constant -9223372036854775808 : i64
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[MIN]] : i64) outs(%{{.*}} : tensor<1x1xi64>)
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[ALL]]], iterator_types = ["reduction", "reduction"]}
// CHECK: arith.maxsi
func.func @reduce_max_all_int(%x: tensor<3x4xi64>) -> tensor<1x1xi64> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.ReduceMax"(%x, %none) : (tensor<3x4xi64>, none) -> tensor<1x1xi64>
  return %0 : tensor<1x1xi64>
}

// -----

// No axes with noop_with_empty_axes: the input itself.
// CHECK-LABEL: func.func @reduce_noop
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>)
// CHECK-NEXT: return %[[X]]
func.func @reduce_noop(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.ReduceSum"(%x, %none) {noop_with_empty_axes = 1 : i64} : (tensor<3x4xf32>, none) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// ReduceL2: squares summed, then sqrt.
// CHECK-LABEL: func.func @reduce_l2
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[SQ:.*]] = arith.mulf %[[IN]], %[[IN]]
// CHECK-NEXT: arith.addf %[[SQ]], %[[ACC]]
// CHECK: math.sqrt
func.func @reduce_l2(%x: tensor<3x4xf32>) -> tensor<3xf32> {
  %axes = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.ReduceL2"(%x, %axes) {keepdims = 0 : i64} : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Axes read at run time: an axis outside [-2, 1] is reported at run time;
// a flag per dim (the axis, made non-negative, names it); one generic over a kept part (d0, d1) and a reduced part
// (d2, d3) of each dim, the input read at their sum, the result written at
// the kept part; a dummy i8 tensor of the reduced sizes bounds d2, d3. The
// mean divides by the product of the reduced sizes; without keepdims the
// result is collapsed to rank 2 - 1.
// CHECK-DAG: #[[SUM:.*]] = affine_map<(d0, d1, d2, d3) -> (d0 + d2, d1 + d3)>
// CHECK-DAG: #[[RED:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
// CHECK-DAG: #[[KEPT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @reduce_runtime_axes
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %[[AXES:.*]]: tensor<1xi64>)
// CHECK-DAG: %[[LOWEST:.*]] = arith.constant -2 : i64
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK: %[[A:.*]] = tensor.extract %[[AXES]][%{{.*}}] : tensor<1xi64>
// CHECK: %[[HIGH:.*]] = arith.cmpi sgt, %[[A]], %{{.*}} : i64
// CHECK: %[[LOW:.*]] = arith.cmpi slt, %[[A]], %[[LOWEST]] : i64
// CHECK: %[[BAD:.*]] = arith.ori %[[LOW]], %[[HIGH]] : i1
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[A]], %[[ZERO]] : i64
// CHECK: %[[WRAPPED:.*]] = arith.addi %[[A]], %{{.*}} : i64
// CHECK: %[[AXIS:.*]] = arith.select %[[NEG]], %[[WRAPPED]], %[[A]] : i64
// CHECK: %[[IS0:.*]] = arith.cmpi eq, %[[AXIS]], %[[ZERO]] : i64
// CHECK: %[[IS1:.*]] = arith.cmpi eq, %[[AXIS]], %{{.*}} : i64
// CHECK: scf.if %[[BAD]] {
// CHECK: func.call @onnxc.index_out_of_range(%[[A]], %[[LOWEST]], %{{.*}}) {onnxc.where = "node 'rm' (ReduceMean, opset 0): axes element"}
// CHECK: %[[KEPT0:.*]] = arith.select %[[IS0]], %{{.*}}, %{{.*}} : index
// CHECK: %[[RED0:.*]] = arith.select %[[IS0]], %{{.*}}, %{{.*}} : index
// CHECK: %[[KEPT1:.*]] = arith.select %[[IS1]], %{{.*}}, %{{.*}} : index
// CHECK: %[[RED1:.*]] = arith.select %[[IS1]], %{{.*}}, %{{.*}} : index
// CHECK: %[[E:.*]] = tensor.empty(%[[KEPT0]], %[[KEPT1]]) : tensor<?x?xf32>
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[E]] : tensor<?x?xf32>)
// CHECK: %[[EXTENT:.*]] = tensor.empty(%[[RED0]], %[[RED1]]) : tensor<?x?xi8>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[SUM]], #[[RED]], #[[KEPT]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[X]], %[[EXTENT]] : tensor<3x4xf32>, tensor<?x?xi8>) outs(%[[INIT]] : tensor<?x?xf32>)
// CHECK: arith.addf
// CHECK: %[[COUNT:.*]] = arith.muli %[[RED0]], %[[RED1]] : index
// CHECK: %[[MEAN:.*]] = linalg.generic
// CHECK-SAME: ins(%[[R]] : tensor<?x?xf32>)
// CHECK: arith.divf
// CHECK: %[[OUT:.*]] = tensor.collapse_shape %[[MEAN]] {{\[}}[0, 1]] : tensor<?x?xf32> into tensor<?xf32>
// CHECK: return %[[OUT]]
func.func @reduce_runtime_axes(%x: tensor<3x4xf32>, %axes: tensor<1xi64>) -> tensor<?xf32> {
  %0 = "onnx.ReduceMean"(%x, %axes) {keepdims = 0 : i64} : (tensor<3x4xf32>, tensor<1xi64>) -> tensor<?xf32> loc("rm")
  return %0 : tensor<?xf32>
}

// -----

// Run-time axes without keepdims into rank 3 - 1: each result dim is the
// input dim that is the j-th kept one, regrouped through 1-D.
// CHECK-LABEL: func.func @reduce_runtime_axes_rank3
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]
// CHECK: arith.maxsi
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1, 2]] : tensor<?x?x?xi32> into tensor<?xi32>
// CHECK: tensor.expand_shape %[[FLAT]] {{\[}}[0, 1]] output_shape [%{{.*}}, %{{.*}}] : tensor<?xi32> into tensor<?x?xi32>
func.func @reduce_runtime_axes_rank3(%x: tensor<2x3x4xi32>, %axes: tensor<1xi64>) -> tensor<?x?xi32> {
  %0 = "onnx.ReduceMax"(%x, %axes) {keepdims = 0 : i64} : (tensor<2x3x4xi32>, tensor<1xi64>) -> tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}

// -----

// Run-time axes of static length 0 are "no axes": noop_with_empty_axes
// returns the input.
// CHECK-LABEL: func.func @reduce_runtime_empty_axes
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %{{.*}}: tensor<0xi64>)
// CHECK-NEXT: return %[[X]]
func.func @reduce_runtime_empty_axes(%x: tensor<3x4xf32>, %axes: tensor<0xi64>) -> tensor<3x4xf32> {
  %0 = "onnx.ReduceSum"(%x, %axes) {noop_with_empty_axes = 1 : i64} : (tensor<3x4xf32>, tensor<0xi64>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// Run-time axes of unknown length are left over.
module attributes {onnx.opset = 18 : i64} {
  func.func @reduce_runtime_axes_dynamic_length(%x: tensor<3x4xf32>, %axes: tensor<?xi64>) -> tensor<?x?xf32> {
    // expected-error @unknown {{node 'rs' (ReduceSum, opset 18): operator is not supported by the compiler yet (or not with these types, shapes or attributes): axes read at run time need a 1-D integer tensor of static length}}
    %0 = "onnx.ReduceSum"(%x, %axes) : (tensor<3x4xf32>, tensor<?xi64>) -> tensor<?x?xf32> loc("rs")
    return %0 : tensor<?x?xf32>
  }
}

// -----

// ArgMax: one reduction generic with two accumulators (value, index);
// select_last_index replaces on ties too (oge).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @argmax
// CHECK: %[[V:.*]] = linalg.fill ins(%cst : f32) outs(%{{.*}} : tensor<3xf32>)
// CHECK: %[[I:.*]] = linalg.fill ins(%c0_i64 : i64) outs(%{{.*}} : tensor<3xi64>)
// CHECK: %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME: outs(%[[V]], %[[I]] : tensor<3xf32>, tensor<3xi64>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[BEST:.*]]: f32, %[[BI:.*]]: i64):
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[JI:.*]] = arith.index_cast %[[J]] : index to i64
// CHECK: %[[REPL:.*]] = arith.cmpf oge, %[[X]], %[[BEST]] : f32
// CHECK: %[[NV:.*]] = arith.select %[[REPL]], %[[X]], %[[BEST]] : f32
// CHECK: %[[NI:.*]] = arith.select %[[REPL]], %[[JI]], %[[BI]] : i64
// CHECK: linalg.yield %[[NV]], %[[NI]] : f32, i64
// CHECK: return %[[R]]#1
func.func @argmax(%x: tensor<3x4xf32>) -> tensor<3xi64> {
  %0 = "onnx.ArgMax"(%x) <{axis = 1 : i64, keepdims = 0 : i64, select_last_index = 1 : i64}> : (tensor<3x4xf32>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// ArgMin of unsigned integers, keepdims: starts from the largest value.
// CHECK-LABEL: func.func @argmin_uint16
// CHECK: linalg.fill ins(%c-1_i16 : i16) outs(%{{.*}} : tensor<1x5xi16>)
// CHECK: arith.cmpi ult, %{{.*}}, %{{.*}} : i16
func.func @argmin_uint16(%x: tensor<4x5xui16>) -> tensor<1x5xi64> {
  %0 = "onnx.ArgMin"(%x) : (tensor<4x5xui16>) -> tensor<1x5xi64>
  return %0 : tensor<1x5xi64>
}
