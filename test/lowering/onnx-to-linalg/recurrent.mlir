// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// RNN, GRU and LSTM: X·Wᵀ for all steps and directions is one contraction
// before the loop; an scf.for over time steps carries the state (and Y) as
// tensors, multiplies the state by Rᵀ and applies the gates in one
// elementwise generic; Y rows go in with tensor.insert_slice.

// CHECK-LABEL: func.func @lstm_forward
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x3xf32>, %[[W:.*]]: tensor<1x16x3xf32>, %[[R:.*]]: tensor<1x16x4xf32>
// CHECK: %[[XW:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]
// CHECK-SAME: ins(%[[X]], %[[W]] : tensor<?x?x3xf32>, tensor<1x16x3xf32>)
// CHECK: %[[LOOP:.*]]:3 = scf.for %[[T:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[H:.*]] = %{{.*}}, %[[C:.*]] = %{{.*}}, %[[Y:.*]] = %{{.*}}) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x1x?x4xf32>)
// CHECK: tensor.extract_slice %[[XW]][0, %[[T]], 0, 0] [1, 1, %{{.*}}, 16] [1, 1, 1, 1] : tensor<1x?x?x16xf32> to tensor<?x16xf32>
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "reduction"]
// CHECK-SAME: ins(%[[H]], %{{.*}} : tensor<?x4xf32>, tensor<16x4xf32>)
// CHECK: %[[CELL:.*]]:3 = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel"]
// CHECK: math.tanh
// CHECK-DAG: %[[HN:.*]] = linalg.copy ins(%[[CELL]]#0 : tensor<?x4xf32>) outs(%[[H]] : tensor<?x4xf32>)
// CHECK-DAG: %[[CN:.*]] = linalg.copy ins(%[[CELL]]#1 : tensor<?x4xf32>) outs(%[[C]] : tensor<?x4xf32>)
// CHECK-DAG: %[[YN:.*]] = tensor.insert_slice %[[CELL]]#2 into %[[Y]][%[[T]], 0, 0, 0]
// CHECK: scf.yield %[[HN]], %[[CN]], %[[YN]]
func.func @lstm_forward(%x: tensor<?x?x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>) -> (tensor<?x1x?x4xf32>, tensor<1x?x4xf32>) {
  %none = "onnx.NoValue"() : () -> none
  %y, %yh, %yc = "onnx.LSTM"(%x, %w, %r, %none, %none, %none, %none, %none) {hidden_size = 4 : i64} : (tensor<?x?x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, none, none, none, none, none) -> (tensor<?x1x?x4xf32>, tensor<1x?x4xf32>, tensor<1x?x4xf32>)
  return %y, %yh : tensor<?x1x?x4xf32>, tensor<1x?x4xf32>
}

// -----

// A reverse direction walks t = seq-1 .. 0; with sequence_lens the cell
// compares t with each row's length.
// CHECK-LABEL: func.func @gru_reverse_lengths
// CHECK: scf.for %[[I:[a-z0-9]+]] =
// CHECK: %[[T:.*]] = arith.subi %{{.*}}, %[[I]] : index
// CHECK: %[[T32:.*]] = arith.index_cast %[[T]] : index to i32
// CHECK: linalg.generic
// CHECK: arith.cmpi slt, %[[T32]]
// CHECK: arith.select
func.func @gru_reverse_lengths(%x: tensor<5x2x3xf32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>, %b: tensor<1x24xf32>, %lens: tensor<2xi32>) -> tensor<1x2x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %y, %yh = "onnx.GRU"(%x, %w, %r, %b, %lens, %none) {direction = "reverse", hidden_size = 4 : i64, linear_before_reset = 1 : i64} : (tensor<5x2x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, tensor<1x24xf32>, tensor<2xi32>, none) -> (none, tensor<1x2x4xf32>)
  return %yh : tensor<1x2x4xf32>
}

// -----

// Bidirectional RNN: one loop per direction, the second one reversed.
// CHECK-LABEL: func.func @rnn_bidirectional
// CHECK: scf.for
// CHECK: scf.for
// CHECK-NOT: scf.for
func.func @rnn_bidirectional(%x: tensor<5x2x3xf32>, %w: tensor<2x4x3xf32>, %r: tensor<2x4x4xf32>) -> tensor<5x2x2x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %y, %yh = "onnx.RNN"(%x, %w, %r, %none, %none, %none) {direction = "bidirectional", hidden_size = 4 : i64} : (tensor<5x2x3xf32>, tensor<2x4x3xf32>, tensor<2x4x4xf32>, none, none, none) -> (tensor<5x2x2x4xf32>, tensor<2x2x4xf32>)
  return %y : tensor<5x2x2x4xf32>
}

// -----

// An activation outside the ONNX list is left over, with the reason.
module attributes {onnx.opset = 22 : i64} {
  func.func @rnn_unknown_activation(%x: tensor<5x2x3xf32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>) -> tensor<1x2x4xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'rnn_gelu' (RNN, opset 22): operator is not supported by the compiler yet (or not with these types, shapes or attributes): unknown activation 'Gelu'}}
    %y, %yh = "onnx.RNN"(%x, %w, %r, %none, %none, %none) {activations = ["Gelu"], hidden_size = 4 : i64} : (tensor<5x2x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (none, tensor<1x2x4xf32>) loc("rnn_gelu")
    return %yh : tensor<1x2x4xf32>
  }
}
