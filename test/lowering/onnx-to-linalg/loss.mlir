// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss: the targets are
// checked against the class count (ignore_index exempt) and clamped; one
// generic over the targets reads -input[n, t, d] * weight[t] and the
// weight, both 0 where t is ignore_index; "mean" divides the sum of the
// losses by the sum of the weights.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[ALL:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @nll_mean_weight_ignore
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[T:.*]]: tensor<2x4xi64>, %[[W:.*]]: tensor<3xf32>)
// CHECK-DAG: %[[IGNORE:.*]] = arith.constant -1 : i64
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i64
// The check: an index below 0 or at least 3 is bad unless it is -1.
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ALL]], #[[ALL]], #[[ALL]]], iterator_types = ["reduction", "reduction"]} ins(%[[T]] : tensor<2x4xi64>)
// CHECK: ^bb0(%[[I:[^:]*]]: i64,
// CHECK: %[[OUT:.*]] = arith.ori
// CHECK: %[[EXEMPT:.*]] = arith.cmpi eq, %[[I]], %[[IGNORE]] : i64
// CHECK: %[[NOT:.*]] = arith.xori %[[EXEMPT]], %{{.*}} : i1
// CHECK: arith.andi %[[OUT]], %[[NOT]] : i1
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'nll' (NegativeLogLikelihoodLoss, opset 0): target element"}
// CHECK: %[[CLAMPED:.*]] = linalg.generic {{.*}} ins(%[[T]] : tensor<2x4xi64>)
// CHECK: %[[PER:.*]]:2 = linalg.generic {{.*}} ins(%[[CLAMPED]], %[[T]] : tensor<2x4xi64>, tensor<2x4xi64>) outs(%{{.*}}, %{{.*}} : tensor<2x4xf32>, tensor<2x4xf32>)
// CHECK: ^bb0(%[[CLASS:[^:]*]]: i64, %[[TARGET:[^:]*]]: i64,
// CHECK: %[[C:.*]] = arith.index_cast %[[CLASS]] : i64 to index
// CHECK: %[[N:.*]] = linalg.index 0 : index
// CHECK: %[[D:.*]] = linalg.index 1 : index
// CHECK: %[[LP:.*]] = tensor.extract %[[X]][%[[N]], %[[C]], %[[D]]] : tensor<2x3x4xf32>
// CHECK: %[[WT:.*]] = tensor.extract %[[W]][%[[C]]] : tensor<3xf32>
// CHECK: %[[PROD:.*]] = arith.mulf %[[LP]], %[[WT]] : f32
// CHECK: %[[LOSS:.*]] = arith.negf %[[PROD]] : f32
// CHECK: %[[IGNORED:.*]] = arith.cmpi eq, %[[TARGET]], %[[IGNORE]] : i64
// CHECK: %[[L:.*]] = arith.select %[[IGNORED]], %{{.*}}, %[[LOSS]] : f32
// CHECK: %[[WW:.*]] = arith.select %[[IGNORED]], %{{.*}}, %[[WT]] : f32
// CHECK: linalg.yield %[[L]], %[[WW]] : f32, f32
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[PER]]#0 : tensor<2x4xf32>)
// CHECK: %[[WSUM:.*]] = linalg.generic {{.*}} ins(%[[PER]]#1 : tensor<2x4xf32>)
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} ins(%[[SUM]], %[[WSUM]] : tensor<f32>, tensor<f32>)
// CHECK: arith.divf
// CHECK: return %[[MEAN]]
func.func @nll_mean_weight_ignore(%x: tensor<2x3x4xf32>, %t: tensor<2x4xi64>, %w: tensor<3xf32>) -> tensor<f32> {
  %0 = "onnx.NegativeLogLikelihoodLoss"(%x, %t, %w) {ignore_index = -1 : i64, reduction = "mean"} : (tensor<2x3x4xf32>, tensor<2x4xi64>, tensor<3xf32>) -> tensor<f32> loc("nll")
  return %0 : tensor<f32>
}

// -----

// Without ignore_index every target must be a class: no exemption.
// CHECK-LABEL: func.func @nll_sum
// CHECK: linalg.generic {{.*}}iterator_types = ["reduction"]
// CHECK: %[[BAD:.*]] = arith.ori
// CHECK-NEXT: arith.xori
// CHECK-NEXT: arith.andi %[[BAD]]
// CHECK: func.call @onnxc.index_out_of_range
// CHECK: arith.negf
// CHECK: arith.addf
func.func @nll_sum(%x: tensor<2x3xf64>, %t: tensor<2xi64>) -> tensor<f64> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.NegativeLogLikelihoodLoss"(%x, %t, %none) {reduction = "sum"} : (tensor<2x3xf64>, tensor<2xi64>, none) -> tensor<f64>
  return %0 : tensor<f64>
}

// -----

// SoftmaxCrossEntropyLoss: log_softmax over the classes (max, sum of exp
// of the shifted scores, shifted - log(sum)), then the loss over it; the
// log-probabilities are the second result.
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @sce
// CHECK: %[[MAX:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK: arith.maximumf
// CHECK: %[[SHIFTED:.*]] = linalg.generic {{.*}}ins(%{{.*}}, %[[MAX]] : tensor<2x3xf32>, tensor<2x1xf32>)
// CHECK: arith.subf
// CHECK: %[[EXPSUM:.*]] = linalg.generic {{.*}}ins(%[[SHIFTED]] : tensor<2x3xf32>)
// CHECK: math.exp
// CHECK: %[[LOGP:.*]] = linalg.generic {{.*}}ins(%[[SHIFTED]], %[[EXPSUM]] : tensor<2x3xf32>, tensor<2x1xf32>)
// CHECK: math.log
// CHECK: %[[PER:.*]]:2 = linalg.generic
// CHECK: tensor.extract %[[LOGP]]
// CHECK: return %[[PER]]#0, %[[LOGP]] : tensor<2xf32>, tensor<2x3xf32>
func.func @sce(%x: tensor<2x3xf32>, %t: tensor<2xi64>) -> (tensor<2xf32>, tensor<2x3xf32>) {
  %none = "onnx.NoValue"() : () -> none
  %0:2 = "onnx.SoftmaxCrossEntropyLoss"(%x, %t, %none) {reduction = "none"} : (tensor<2x3xf32>, tensor<2xi64>, none) -> (tensor<2xf32>, tensor<2x3xf32>)
  return %0#0, %0#1 : tensor<2xf32>, tensor<2x3xf32>
}

// -----

// An unknown reduction is left over, with the reason.
module attributes {onnx.opset = 22 : i64} {
  func.func @nll_bad_reduction(%x: tensor<2x3xf32>, %t: tensor<2xi64>) -> tensor<f32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{reduction must be none, sum or mean}}
    %0 = "onnx.NegativeLogLikelihoodLoss"(%x, %t, %none) {reduction = "max"} : (tensor<2x3xf32>, tensor<2xi64>, none) -> tensor<f32> loc("nll")
    return %0 : tensor<f32>
  }
}
