// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Convolutions over images of any height and width: the output sizes
// (and, under auto_pad SAME_*, the pads) are computed at run time from
// tensor.dim of the input; channels and the kernel stay static.

// Explicit pads: out = floor((H + 1 + 1 - 3) / 2) + 1, clamped at 0 (the
// constants folded into one addition of -1).
// CHECK-LABEL: func.func @conv_dynamic_spatial
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x?x?xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[CM1:.*]] = arith.constant -1 : index
// CHECK: %[[H:.*]] = tensor.dim %[[X]], %[[C2]]
// CHECK: %[[HR:.*]] = arith.addi %[[H]], %[[CM1]] : index
// CHECK: %[[HQ:.*]] = arith.floordivsi %[[HR]], %[[C2]] : index
// CHECK: %[[HO1:.*]] = arith.addi %[[HQ]], %[[C1]] : index
// CHECK: %[[OH:.*]] = arith.maxsi %[[HO1]], %[[C0]] : index
// CHECK: %[[OW:.*]] = arith.maxsi
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: } : tensor<?x3x?x?xf32> to tensor<?x3x?x?xf32>
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %[[C0]]
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[N]], %[[OH]], %[[OW]]) : tensor<?x4x?x?xf32>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[EMPTY]] : tensor<?x4x?x?xf32>)
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[P]], %[[W]] : tensor<?x3x?x?xf32>, tensor<4x3x3x3xf32>) outs(%[[ACC]] : tensor<?x4x?x?xf32>)
func.func @conv_dynamic_spatial(%x: tensor<?x3x?x?xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<?x4x?x?xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<?x3x?x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<?x4x?x?xf32>
  return %0 : tensor<?x4x?x?xf32>
}

// -----

// auto_pad SAME_LOWER over a dynamic width: total = max(0, (ceil(W / 2) -
// 1) * 2 + 3 - W), the larger half at the beginning; the static height
// keeps its constant pads.
// CHECK-LABEL: func.func @conv_same_lower_dynamic_width
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x?xf32>
// CHECK: %[[W:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: %[[OUT:.*]] = arith.ceildivsi %[[W]], %{{.*}} : index
// CHECK: %[[TOTAL:.*]] = arith.maxsi %{{.*}}, %{{.*}} : index
// CHECK: %[[HALF:.*]] = arith.floordivsi %[[TOTAL]], %{{.*}} : index
// CHECK: %[[REST:.*]] = arith.subi %[[TOTAL]], %[[HALF]] : index
// CHECK: tensor.pad %[[X]] low[0, 0, 1, %[[REST]]] high[0, 0, 0, %[[HALF]]]
// CHECK: } : tensor<1x3x8x?xf32> to tensor<1x3x9x?xf32>
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-SAME: outs(%{{.*}} : tensor<1x4x4x?xf32>)
func.func @conv_same_lower_dynamic_width(%x: tensor<1x3x8x?xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x?xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) {auto_pad = "SAME_LOWER", strides = array<i64: 2, 2>} : (tensor<1x3x8x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x4x?xf32>
  return %0 : tensor<1x4x4x?xf32>
}

// -----

// A dynamic batch alone is fine: it is read from the input.
// CHECK-LABEL: func.func @conv_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8x8xf32>
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: tensor.empty(%[[N]]) : tensor<?x4x6x6xf32>
// CHECK: linalg.conv_2d_nchw_fchw
func.func @conv_dynamic_batch(%x: tensor<?x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<?x4x6x6xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<?x4x6x6xf32>
  return %0 : tensor<?x4x6x6xf32>
}

// -----

// The channels must be static (the weights fix them; a dynamic input
// channel dim is rejected with the reason).
module attributes {onnx.opset = 14 : i64} {
  func.func @conv_dynamic_channels(%x: tensor<1x?x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'conv_c' (Conv, opset 14): operator is not supported by the compiler yet (or not with these types, shapes or attributes): input channels must be static}}
    %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x?x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x6x6xf32> loc("conv_c")
    return %0 : tensor<1x4x6x6xf32>
  }
}
