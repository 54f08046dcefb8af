// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Comparisons give i1 (ordered float predicates, signed integer ones),
// logical ops work on i1, Where selects; all broadcast numpy-style.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @equal_float
// CHECK-SAME: (%[[A:.*]]: tensor<?x4xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[ID]]]
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<?x4xf32>, tensor<4xf32>) outs(%{{.*}} : tensor<?x4xi1>)
// CHECK-NEXT: ^bb0(%[[L:.*]]: f32, %[[RR:.*]]: f32, %{{.*}}: i1):
// CHECK-NEXT: %[[C:.*]] = arith.cmpf oeq, %[[L]], %[[RR]] : f32
// CHECK-NEXT: linalg.yield %[[C]] : i1
func.func @equal_float(%a: tensor<?x4xf32>, %b: tensor<4xf32>) -> tensor<?x4xi1> {
  %0 = "onnx.Equal"(%a, %b) : (tensor<?x4xf32>, tensor<4xf32>) -> tensor<?x4xi1>
  return %0 : tensor<?x4xi1>
}

// -----

// CHECK-LABEL: func.func @compare_int
// CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i64
// CHECK: arith.cmpi sgt, %{{.*}}, %{{.*}} : i64
// CHECK: arith.cmpi sle, %{{.*}}, %{{.*}} : i64
// CHECK: arith.cmpf oge, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpi eq, %{{.*}}, %{{.*}} : i1
func.func @compare_int(%a: tensor<3xi64>, %b: tensor<3xi64>, %f: tensor<3xf32>, %p: tensor<3xi1>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %0 = "onnx.Less"(%a, %b) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
  %1 = "onnx.Greater"(%a, %b) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
  %2 = "onnx.LessOrEqual"(%a, %b) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi1>
  %3 = "onnx.GreaterOrEqual"(%f, %f) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xi1>
  %4 = "onnx.Equal"(%p, %p) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  return %0, %1, %2, %3, %4 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}

// -----

// Not is xor with true; And, Or on i1.
// CHECK-LABEL: func.func @logic
// CHECK-DAG: %[[TRUE:.*]] = arith.constant true
// CHECK: arith.xori %{{.*}}, %[[TRUE]] : i1
// CHECK: arith.andi %{{.*}}, %{{.*}} : i1
// CHECK: arith.ori %{{.*}}, %{{.*}} : i1
func.func @logic(%a: tensor<3xi1>, %b: tensor<3xi1>) -> (tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %0 = "onnx.Not"(%a) : (tensor<3xi1>) -> tensor<3xi1>
  %1 = "onnx.And"(%a, %b) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  %2 = "onnx.Or"(%a, %b) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  return %0, %1, %2 : tensor<3xi1>, tensor<3xi1>, tensor<3xi1>
}

// -----

// Where broadcasts all three operands: a scalar Y reads through an empty map.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @where
// CHECK-SAME: (%[[C:.*]]: tensor<2x3xi1>, %[[X:.*]]: tensor<2x3xf32>, %[[Y:.*]]: tensor<f32>)
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[SCALAR]], #[[ID]]]
// CHECK-SAME: ins(%[[C]], %[[X]], %[[Y]] :
// CHECK-NEXT: ^bb0(%[[CI:.*]]: i1, %[[XI:.*]]: f32, %[[YI:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[S:.*]] = arith.select %[[CI]], %[[XI]], %[[YI]] : f32
// CHECK-NEXT: linalg.yield %[[S]]
func.func @where(%c: tensor<2x3xi1>, %x: tensor<2x3xf32>, %y: tensor<f32>) -> tensor<2x3xf32> {
  %0 = "onnx.Where"(%c, %x, %y) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
