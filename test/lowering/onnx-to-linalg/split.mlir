// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Split -> one tensor.extract_slice per result along the axis.

// Constant split sizes (or the static result types) give static slices.
// CHECK-LABEL: func.func @split_constant
// CHECK-SAME: (%[[X:.*]]: tensor<2x6xf32>)
// CHECK: %[[A:.*]] = tensor.extract_slice %[[X]][0, 0] [2, 2] [1, 1] : tensor<2x6xf32> to tensor<2x2xf32>
// CHECK: %[[B:.*]] = tensor.extract_slice %[[X]][0, 2] [2, 4] [1, 1] : tensor<2x6xf32> to tensor<2x4xf32>
// CHECK: return %[[A]], %[[B]]
func.func @split_constant(%x: tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>) {
  %s = "onnx.Constant"() <{value = dense<[2, 4]> : tensor<2xi64>}> : () -> tensor<2xi64>
  %0:2 = "onnx.Split"(%x, %s) <{axis = 1 : i64}> : (tensor<2x6xf32>, tensor<2xi64>) -> (tensor<2x2xf32>, tensor<2x4xf32>)
  return %0#0, %0#1 : tensor<2x2xf32>, tensor<2x4xf32>
}

// -----

// num_outputs over a dynamic axis: ceil(dim / n) per part, the last one
// what is left (min(chunk, max(dim, i * chunk) - i * chunk)).
// CHECK-LABEL: func.func @split_dynamic_equal
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK: %[[DIM:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[CHUNK:.*]] = arith.ceildivui %[[DIM]], %c2
// CHECK: %[[FIRST:.*]] = arith.minui %[[CHUNK]], %[[DIM]]
// CHECK: %[[END:.*]] = arith.maxui %[[DIM]], %[[CHUNK]]
// CHECK: %[[LEFT:.*]] = arith.subi %[[END]], %[[CHUNK]]
// CHECK: %[[LAST:.*]] = arith.minui %[[CHUNK]], %[[LEFT]]
// CHECK: tensor.extract_slice %[[X]][0, 0] [%[[FIRST]], 4] [1, 1] : tensor<?x4xf32> to tensor<?x4xf32>
// CHECK: tensor.extract_slice %[[X]][%[[FIRST]], 0] [%[[LAST]], 4] [1, 1] : tensor<?x4xf32> to tensor<?x4xf32>
func.func @split_dynamic_equal(%x: tensor<?x4xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
  %none = "onnx.NoValue"() : () -> none
  %0:2 = "onnx.Split"(%x, %none) <{axis = 0 : i64, num_outputs = 2 : i64}> : (tensor<?x4xf32>, none) -> (tensor<?x4xf32>, tensor<?x4xf32>)
  return %0#0, %0#1 : tensor<?x4xf32>, tensor<?x4xf32>
}

// -----

// Split sizes that are a run-time input: each read, checked to lie in
// [0, dim] and to add up to the axis (else reported, and every result is
// empty), and the slices cut at the running sums.
// CHECK-LABEL: func.func @split_runtime
// CHECK-SAME: (%[[X:.*]]: tensor<6xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK: %[[A:.*]] = tensor.extract %[[S]][%c0] : tensor<2xi64>
// CHECK: %[[B:.*]] = tensor.extract %[[S]][%c1] : tensor<2xi64>
// CHECK: arith.cmpi sgt, %{{.*}}, %c6_i64
// CHECK: %[[SUM:.*]] = arith.addi
// CHECK: scf.if
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'split' (Split, opset 0): split element"}
// CHECK: arith.cmpi ne, %[[SUM]], %c6_i64
// CHECK: scf.if
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'split' (Split, opset 0): sum of the split elements"}
// CHECK: %[[BAD:.*]] = arith.ori
// CHECK: %[[EA:.*]] = arith.select %[[BAD]], %c0_i64, %{{.*}} : i64
// CHECK: %[[IA:.*]] = arith.index_cast %[[EA]] : i64 to index
// CHECK: %[[EB:.*]] = arith.select %[[BAD]], %c0_i64, %{{.*}} : i64
// CHECK: %[[IB:.*]] = arith.index_cast %[[EB]] : i64 to index
// CHECK: %[[R0:.*]] = tensor.extract_slice %[[X]][0] [%[[IA]]] [1]
// CHECK: %[[R1:.*]] = tensor.extract_slice %[[X]][%[[IA]]] [%[[IB]]] [1]
// CHECK: return %[[R0]], %[[R1]]
func.func @split_runtime(%x: tensor<6xf32>, %s: tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>) {
  %0:2 = "onnx.Split"(%x, %s) <{axis = 0 : i64}> : (tensor<6xf32>, tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>) loc("split")
  return %0#0, %0#1 : tensor<?xf32>, tensor<?xf32>
}

// -----

// An empty static axis: the first slice would start at its end (which the
// verifier rejects), so that result is a new empty tensor.
// CHECK-LABEL: func.func @split_empty_axis
// CHECK: %[[E:.*]] = tensor.empty() : tensor<0xf32>
// CHECK: %[[R0:.*]] = tensor.cast %[[E]] : tensor<0xf32> to tensor<?xf32>
// CHECK: return %[[R0]], %{{.*}}
func.func @split_empty_axis(%x: tensor<0xf32>, %s: tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>) {
  %0:2 = "onnx.Split"(%x, %s) <{axis = 0 : i64}> : (tensor<0xf32>, tensor<2xi64>) -> (tensor<?xf32>, tensor<?xf32>)
  return %0#0, %0#1 : tensor<?xf32>, tensor<?xf32>
}

// -----

// Run-time split sizes with results whose types claim static sizes are
// left over, with the reason.
module attributes {onnx.opset = 18 : i64} {
  func.func @split_runtime_static_results(%x: tensor<6xf32>, %s: tensor<2xi64>) -> (tensor<2xf32>, tensor<4xf32>) {
    // expected-error @unknown {{node 'split' (Split, opset 18): operator is not supported by the compiler yet (or not with these types, shapes or attributes): split known only at run time, results static}}
    %0:2 = "onnx.Split"(%x, %s) <{axis = 0 : i64}> : (tensor<6xf32>, tensor<2xi64>) -> (tensor<2xf32>, tensor<4xf32>) loc("split")
    return %0#0, %0#1 : tensor<2xf32>, tensor<4xf32>
  }
}
