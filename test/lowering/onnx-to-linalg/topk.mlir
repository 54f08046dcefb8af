// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// TopK: a generic counts, for each element i, the elements j before it
// (better, or equal at a lower index); a second one picks, for output
// position r, the element of rank r and its index.

// CHECK-DAG: #[[I:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[J:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @topk_constant_k
// CHECK: %[[RANKS:.*]] = linalg.generic {indexing_maps = [#[[I]], #[[J]], #[[I]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %arg0 : tensor<3x4xf32>, tensor<3x4xf32>) outs(%{{.*}} : tensor<3x4xi64>)
// CHECK-NEXT: ^bb0(%[[XI:.*]]: f32, %[[XJ:.*]]: f32, %[[ACC:.*]]: i64):
// CHECK: %[[JGT:.*]] = arith.cmpf ogt, %[[XJ]], %[[XI]] : f32
// CHECK: arith.cmpf uno, %[[XJ]], %[[XJ]] : f32
// CHECK: %[[JBETTER:.*]] = arith.ori %[[JGT]], %{{.*}} : i1
// CHECK: %[[IGT:.*]] = arith.cmpf ogt, %[[XI]], %[[XJ]] : f32
// CHECK: %[[IBETTER:.*]] = arith.ori %[[IGT]], %{{.*}} : i1
// CHECK: %[[IIDX:.*]] = linalg.index 1 : index
// CHECK: %[[JIDX:.*]] = linalg.index 2 : index
// CHECK: %[[LOWER:.*]] = arith.cmpi ult, %[[JIDX]], %[[IIDX]] : index
// CHECK: %[[NOTI:.*]] = arith.xori %[[IBETTER]], %true : i1
// CHECK: %[[TIE:.*]] = arith.andi %[[LOWER]], %[[NOTI]] : i1
// CHECK: %[[BEFORE:.*]] = arith.ori %[[JBETTER]], %[[TIE]] : i1
// CHECK: %[[ONE:.*]] = arith.extui %[[BEFORE]] : i1 to i64
// CHECK: arith.addi %[[ACC]], %[[ONE]] : i64
// CHECK: %[[SEL:.*]]:2 = linalg.generic {indexing_maps = [#[[J]], #[[J]], #[[I]], #[[I]]], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0, %[[RANKS]] : tensor<3x4xf32>, tensor<3x4xi64>) outs(%{{.*}}, %{{.*}} : tensor<3x2xf32>, tensor<3x2xi64>)
// CHECK: %[[R:.*]] = linalg.index 1 : index
// CHECK: %[[R64:.*]] = arith.index_cast %[[R]] : index to i64
// CHECK: %[[MATCH:.*]] = arith.cmpi eq, %{{.*}}, %[[R64]] : i64
// CHECK: return %[[SEL]]#0, %[[SEL]]#1
func.func @topk_constant_k(%x: tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  %k = "onnx.Constant"() <{value = dense<2> : tensor<1xi64>}> : () -> tensor<1xi64>
  %v, %i = "onnx.TopK"(%x, %k) <{axis = 1 : i64}> : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return %v, %i : tensor<3x2xf32>, tensor<3x2xi64>
}

// -----

// k read at run time: checked against [0, 3], clamped into it for the
// result's size; largest = 0 swaps the comparison.
// CHECK-LABEL: func.func @topk_runtime_k_smallest
// CHECK: %[[K:.*]] = tensor.extract %arg1[%{{.*}}] : tensor<1xi64>
// CHECK: scf.if %{{.*}} {
// CHECK: func.call @onnxc.index_out_of_range(%[[K]], %c0_i64, %c3_i64) {onnxc.where = "node 'tk' (TopK, opset 0): k"}
// CHECK: %[[LOW:.*]] = arith.maxsi %[[K]], %c0_i64 : i64
// CHECK: %[[CLAMPED:.*]] = arith.minsi %[[LOW]], %c3_i64 : i64
// CHECK: %[[SIZE:.*]] = arith.index_cast %[[CLAMPED]] : i64 to index
// CHECK: linalg.generic
// CHECK-NEXT: ^bb0(%[[XI:.*]]: i32, %[[XJ:.*]]: i32, %{{.*}}: i64):
// CHECK-NEXT: arith.cmpi sgt, %[[XI]], %[[XJ]] : i32
// CHECK: tensor.empty(%[[SIZE]]) : tensor<?x4xi32>
// CHECK: tensor.empty(%[[SIZE]]) : tensor<?x4xi64>
func.func @topk_runtime_k_smallest(%x: tensor<3x4xi32>, %k: tensor<1xi64>) -> (tensor<?x4xi32>, tensor<?x4xi64>) {
  %v, %i = "onnx.TopK"(%x, %k) <{axis = 0 : i64, largest = 0 : i64}> : (tensor<3x4xi32>, tensor<1xi64>) -> (tensor<?x4xi32>, tensor<?x4xi64>) loc("tk")
  return %v, %i : tensor<?x4xi32>, tensor<?x4xi64>
}

// -----

module attributes {onnx.opset = 24 : i64} {
  func.func @topk_constant_k_too_large(%x: tensor<3x4xf32>) -> (tensor<3x?xf32>, tensor<3x?xi64>) {
    %k = "onnx.Constant"() <{value = dense<5> : tensor<1xi64>}> : () -> tensor<1xi64>
    // expected-error @unknown {{node 'tk' (TopK, opset 24): k 5 is out of range [0, 4]}}
    %v, %i = "onnx.TopK"(%x, %k) <{axis = 1 : i64}> : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x?xf32>, tensor<3x?xi64>) loc("tk")
    return %v, %i : tensor<3x?xf32>, tensor<3x?xi64>
  }
}
