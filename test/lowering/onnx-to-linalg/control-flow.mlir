// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// If -> scf.if on the condition's element; Loop -> scf.while over (i, cond,
// carried...) that stops at the trip count; Scan -> scf.for over the
// sequence with extract_slice/insert_slice. Loop-carried values are copied
// back over their iter_arg (linalg.copy) so bufferization keeps them in
// place. The regions move whole: a branch may yield an outer value.

// CHECK-LABEL: func.func @if_branches
// CHECK-SAME: (%[[C:.*]]: tensor<i1>, %[[X:.*]]: tensor<?x4xf32>)
// CHECK: %[[B:.*]] = tensor.extract %[[C]][] : tensor<i1>
// CHECK: %[[R:.*]] = scf.if %[[B]] -> (tensor<?x4xf32>) {
// CHECK-NEXT: scf.yield %[[X]] : tensor<?x4xf32>
// CHECK-NEXT: } else {
// CHECK: %[[N:.*]] = linalg.generic
// CHECK: arith.negf
// CHECK: scf.yield %[[N]]
// CHECK: return %[[R]]
func.func @if_branches(%c: tensor<i1>, %x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = "onnx.If"(%c) ({
    %n = "onnx.Neg"(%x) : (tensor<?x4xf32>) -> tensor<?x4xf32>
    "onnx.Yield"(%n) : (tensor<?x4xf32>) -> ()
  }, {
    "onnx.Yield"(%x) : (tensor<?x4xf32>) -> ()
  }) : (tensor<i1>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// CHECK-LABEL: func.func @loop_carried
// CHECK-SAME: (%[[M:.*]]: tensor<i64>, %[[X:.*]]: tensor<2xf32>)
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[TRUE:.*]] = arith.constant true
// CHECK: %[[LIMIT:.*]] = tensor.extract %[[M]][] : tensor<i64>
// CHECK: %[[W:.*]]:3 = scf.while (%[[I:.*]] = %[[ZERO]], %[[GO:.*]] = %[[TRUE]], %[[V:.*]] = %[[X]]) : (i64, i1, tensor<2xf32>)
// CHECK: %[[BELOW:.*]] = arith.cmpi slt, %[[I]], %[[LIMIT]] : i64
// CHECK: %[[KEEP:.*]] = arith.andi %[[GO]], %[[BELOW]] : i1
// CHECK: scf.condition(%[[KEEP]])
// CHECK: } do {
// CHECK: ^bb0(%[[I2:.*]]: i64, %[[GO2:.*]]: i1, %[[V2:.*]]: tensor<2xf32>):
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[V2]], %[[X]] : tensor<2xf32>, tensor<2xf32>)
// CHECK: %[[NEXT:.*]] = arith.addi %[[I2]], %c1_i64
// CHECK: %[[KEPT:.*]] = linalg.copy ins(%[[SUM]] : tensor<2xf32>) outs(%[[V2]] : tensor<2xf32>)
// CHECK: scf.yield %[[NEXT]], %[[GO2]], %[[KEPT]]
// CHECK: return %[[W]]#2
func.func @loop_carried(%m: tensor<i64>, %x: tensor<2xf32>) -> tensor<2xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Loop"(%m, %none, %x) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>, %v: tensor<2xf32>):
    %s = "onnx.Add"(%v, %x) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    "onnx.Yield"(%cond, %s) : (tensor<i1>, tensor<2xf32>) -> ()
  }) : (tensor<i64>, none, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A reverse scan reads slice length - 1 - t at step t; the scan output is
// written forward.
// CHECK-LABEL: func.func @scan_reverse
// CHECK-SAME: (%[[S0:.*]]: tensor<4xf32>, %[[XS:.*]]: tensor<?x4xf32>)
// CHECK: %[[T:.*]] = tensor.dim %[[XS]], %c0
// CHECK: %[[ACC:.*]] = tensor.empty(%[[T]]) : tensor<?x4xf32>
// CHECK: %[[R:.*]]:2 = scf.for %[[STEP:.*]] = %c0 to %[[T]] step %c1 iter_args(%[[S:.*]] = %[[S0]], %[[OUT:.*]] = %[[ACC]])
// CHECK: %[[LAST:.*]] = arith.subi %[[T]], %c1
// CHECK: %[[BACK:.*]] = arith.subi %[[LAST]], %[[STEP]]
// CHECK: %[[SLICE:.*]] = tensor.extract_slice %[[XS]][%[[BACK]], 0] [1, 4] [1, 1] : tensor<?x4xf32> to tensor<4xf32>
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[S]], %[[SLICE]]
// CHECK: %[[KEPT:.*]] = linalg.copy ins(%[[SUM]] : tensor<4xf32>) outs(%[[S]] : tensor<4xf32>)
// CHECK: %[[WRITTEN:.*]] = tensor.insert_slice %[[SUM]] into %[[OUT]][%[[STEP]], 0] [1, 4] [1, 1]
// CHECK: scf.yield %[[KEPT]], %[[WRITTEN]]
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @scan_reverse(%s0: tensor<4xf32>, %xs: tensor<?x4xf32>) -> (tensor<4xf32>, tensor<?x4xf32>) {
  %0:2 = "onnx.Scan"(%s0, %xs) ({
  ^bb0(%s: tensor<4xf32>, %x: tensor<4xf32>):
    %t = "onnx.Add"(%s, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "onnx.Yield"(%t, %t) : (tensor<4xf32>, tensor<4xf32>) -> ()
  }) {num_scan_inputs = 1 : i64, scan_input_directions = array<i64: 1>} : (tensor<4xf32>, tensor<?x4xf32>) -> (tensor<4xf32>, tensor<?x4xf32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<?x4xf32>
}

// -----

// Scan outputs of a Loop with a run-time trip count M: the outputs get M
// rows (at least 0, checked like any size from data) before the loop, which
// runs at most that many times.
// CHECK-LABEL: func.func @loop_scan_output_run_time_trips
// CHECK-SAME: (%[[M:.*]]: tensor<i64>, %{{.*}}: tensor<2xf32>)
// CHECK: %[[TRIPS:.*]] = tensor.extract %[[M]][] : tensor<i64>
// CHECK: %[[AT_LEAST_0:.*]] = arith.maxsi %[[TRIPS]], %{{.*}} : i64
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node '' (Loop, opset 0): trip count"}
// CHECK: %[[ROWS:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[OUT:.*]] = tensor.empty(%[[ROWS]]) : tensor<?x2xf32>
// CHECK: scf.while {{.*}} %{{.*}} = %[[OUT]])
func.func @loop_scan_output_run_time_trips(%m: tensor<i64>, %x: tensor<2xf32>) -> tensor<?x2xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Loop"(%m, %none) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>):
    "onnx.Yield"(%cond, %x) : (tensor<i1>, tensor<2xf32>) -> ()
  }) : (tensor<i64>, none) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// -----

// A body that may stop the loop early leaves the scan outputs' size unknown
// before it runs: left over, with why.
func.func @loop_scan_output_stops_early(%m: tensor<i64>, %x: tensor<2xf32>, %c: tensor<i1>) -> tensor<?x2xf32> {
  %none = "onnx.NoValue"() : () -> none
  // expected-error @+1 {{scan outputs need a trip count and a condition that cannot stop the loop early}}
  %0 = "onnx.Loop"(%m, %none) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>):
    "onnx.Yield"(%c, %x) : (tensor<i1>, tensor<2xf32>) -> ()
  }) : (tensor<i64>, none) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}
