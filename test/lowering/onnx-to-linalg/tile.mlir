// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Tile: the input broadcast into [r0, n0, r1, n1], each pair collapsed.

// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @tile_constant
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x2x3x3xf32>
// CHECK: %[[G:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x3xf32>) outs(%[[E]] : tensor<2x2x3x3xf32>)
// CHECK: tensor.collapse_shape %[[G]] {{\[}}[0, 1], [2, 3]] : tensor<2x2x3x3xf32> into tensor<4x9xf32>
func.func @tile_constant(%x: tensor<2x3xf32>) -> tensor<4x9xf32> {
  %r = "onnx.Constant"() <{value = dense<[2, 3]> : tensor<2xi64>}> : () -> tensor<2xi64>
  %0 = "onnx.Tile"(%x, %r) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<4x9xf32>
  return %0 : tensor<4x9xf32>
}

// -----

// Repeats read at run time: a negative one, or a result of more than 2^47
// elements, is reported and the result is empty.
// CHECK-LABEL: func.func @tile_runtime
// CHECK: %[[R0:.*]] = tensor.extract %arg1[%c0] : tensor<2xi64>
// CHECK: %[[I0:.*]] = arith.index_cast %[[R0]] : i64 to index
// CHECK: %[[R1:.*]] = tensor.extract %arg1[%c1] : tensor<2xi64>
// CHECK: %[[I1:.*]] = arith.index_cast %[[R1]] : i64 to index
// CHECK: %[[NEG0:.*]] = arith.cmpi slt, %[[I0]], %c0 : index
// CHECK: scf.if %[[NEG0]] {
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 't' (Tile, opset 0): repeats element"}
// CHECK: %[[NEG1:.*]] = arith.cmpi slt, %[[I1]], %c0 : index
// CHECK: %[[ANYNEG:.*]] = arith.ori %[[NEG0]], %[[NEG1]] : i1
// CHECK: %[[TOOMANY:.*]] = arith.cmpf ogt, %{{.*}}, %{{.*}} : f64
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 't' (Tile, opset 0): the result's element count"}
// CHECK: %[[BAD:.*]] = arith.ori %[[ANYNEG]], %[[TOOMANY]] : i1
// CHECK: %[[S0:.*]] = arith.select %[[BAD]], %c0, %[[I0]] : index
// CHECK: %[[S1:.*]] = arith.select %[[BAD]], %c0, %[[I1]] : index
// CHECK: %[[N1:.*]] = tensor.dim %arg0, %c1 : tensor<2x?xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[S0]], %[[S1]], %[[N1]]) : tensor<?x2x?x?xf32>
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2, 3]] : tensor<?x2x?x?xf32> into tensor<?x?xf32>
func.func @tile_runtime(%x: tensor<2x?xf32>, %r: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = "onnx.Tile"(%x, %r) : (tensor<2x?xf32>, tensor<2xi64>) -> tensor<?x?xf32> loc("t")
  return %0 : tensor<?x?xf32>
}
