// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// DepthToSpace / SpaceToDepth: one copy generic whose input map computes
// the source position with floordiv and mod by the block size.

// DCR, b = 2, 8 -> 2 channels: in[n, ((h mod 2) * 2 + w mod 2) * 2 + c, h / 2, w / 2].
// CHECK-DAG: #[[SRC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, ((d2 mod 2) * 2 + d3 mod 2) * 2 + d1, d2 floordiv 2, d3 floordiv 2)>
// CHECK-LABEL: func.func @depth_to_space_dcr
// CHECK: linalg.generic {indexing_maps = [#[[SRC]], #{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%{{.*}} : tensor<?x8x2x3xf32>) outs(%{{.*}} : tensor<?x2x4x6xf32>)
func.func @depth_to_space_dcr(%x: tensor<?x8x2x3xf32>) -> tensor<?x2x4x6xf32> {
  %0 = "onnx.DepthToSpace"(%x) <{blocksize = 2 : i64}> : (tensor<?x8x2x3xf32>) -> tensor<?x2x4x6xf32>
  return %0 : tensor<?x2x4x6xf32>
}

// -----

// CRD: in[n, (c * 2 + h mod 2) * 2 + w mod 2, h / 2, w / 2].
// CHECK-DAG: #[[SRC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, (d1 * 2 + d2 mod 2) * 2 + d3 mod 2, d2 floordiv 2, d3 floordiv 2)>
// CHECK-LABEL: func.func @depth_to_space_crd
// CHECK: linalg.generic {indexing_maps = [#[[SRC]], #{{.*}}]
func.func @depth_to_space_crd(%x: tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32> {
  %0 = "onnx.DepthToSpace"(%x) <{blocksize = 2 : i64, mode = "CRD"}> : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  return %0 : tensor<1x2x4x6xf32>
}

// -----

// SpaceToDepth, 3 -> 12 channels: in[n, c mod 3, h * 2 + (c / 3) / 2, w * 2 + (c / 3) mod 2].
// CHECK-DAG: #[[SRC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1 mod 3, d2 * 2 + (d1 floordiv 3) floordiv 2, d3 * 2 + (d1 floordiv 3) mod 2)>
// CHECK-LABEL: func.func @space_to_depth
// CHECK: linalg.generic {indexing_maps = [#[[SRC]], #{{.*}}]
func.func @space_to_depth(%x: tensor<1x3x4x6xf32>) -> tensor<1x12x2x3xf32> {
  %0 = "onnx.SpaceToDepth"(%x) <{blocksize = 2 : i64}> : (tensor<1x3x4x6xf32>) -> tensor<1x12x2x3xf32>
  return %0 : tensor<1x12x2x3xf32>
}

// -----

module attributes {onnx.opset = 13 : i64} {
  func.func @depth_to_space_dynamic(%x: tensor<1x?x2x3xf32>) -> tensor<1x?x4x6xf32> {
    // expected-error @unknown {{node 'd2s' (DepthToSpace, opset 13): operator is not supported by the compiler yet (or not with these types, shapes or attributes): channel and spatial dims must be static}}
    %0 = "onnx.DepthToSpace"(%x) <{blocksize = 2 : i64}> : (tensor<1x?x2x3xf32>) -> tensor<1x?x4x6xf32> loc("d2s")
    return %0 : tensor<1x?x4x6xf32>
  }
}

// -----

// ReverseSequence: the lengths checked into [0, T] (indices into T + 1),
// then a copy that reads in[b, len - 1 - t] where t < len, else in[b, t].
// CHECK-DAG: #[[LEN:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @reverse_sequence
// CHECK: {onnxc.where = "node 'rs' (ReverseSequence, opset 0): sequence_lens element"}
// CHECK: %[[CHECKED:.*]] = linalg.generic
// CHECK: linalg.generic {indexing_maps = [#[[LEN]], #{{.*}}]{{.*}} ins(%[[CHECKED]] : tensor<4xi64>)
// CHECK-NEXT: ^bb0(%[[L:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[B:.*]] = linalg.index 0 : index
// CHECK: %[[T:.*]] = linalg.index 1 : index
// CHECK: %[[LI:.*]] = arith.index_cast %[[L]] : i64 to index
// CHECK: %[[LAST:.*]] = arith.subi %[[LI]], %c1 : index
// CHECK: %[[REV:.*]] = arith.subi %[[LAST]], %[[T]] : index
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[T]], %[[LI]] : index
// CHECK: %[[SRC:.*]] = arith.select %[[IN]], %[[REV]], %[[T]] : index
// CHECK: tensor.extract %arg0[%[[B]], %[[SRC]]] : tensor<4x5xf32>
func.func @reverse_sequence(%x: tensor<4x5xf32>, %lens: tensor<4xi64>) -> tensor<4x5xf32> {
  %0 = "onnx.ReverseSequence"(%x, %lens) <{batch_axis = 0 : i64, time_axis = 1 : i64}> : (tensor<4x5xf32>, tensor<4xi64>) -> tensor<4x5xf32> loc("rs")
  return %0 : tensor<4x5xf32>
}
