// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// onnx.ConvTranspose: the convolution of the input spread by the strides
// and padded by span - 1 - pads, with the filter flipped along the spatial
// dims and its channel dims swapped per group, at stride 1.

// Strides 2 over a dynamic height: the input goes into zeros with
// tensor.insert_slice at offset span - 1 = 2 with steps 2 (size
// (H - 1) * 2 + 1 + 2 + 2); run-time weights are flipped by a
// linalg.generic that reads [G, C/G, M/G, K...] at (g, c, m, 2 - kh, 2 - kw).
// CHECK-DAG: #[[FLIP:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, -d3 + 2, -d4 + 2)>
// CHECK-LABEL: func.func @conv_transpose_strided
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x?x3xf32>, %[[W:.*]]: tensor<2x3x3x3xf32>)
// CHECK: %[[H:.*]] = tensor.dim %[[X]], %{{.*}}
// CHECK: %[[ZEROS:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x2x?x9xf32>)
// CHECK: %[[SPREAD:.*]] = tensor.insert_slice %[[X]] into %[[ZEROS]][0, 0, 2, 2] [1, 2, %[[H]], 3] [1, 1, 2, 2] : tensor<1x2x?x3xf32> into tensor<1x2x?x9xf32>
// CHECK: %[[WG:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2], [3], [4]] output_shape [1, 2, 3, 3, 3]
// CHECK: %[[FLIPPED:.*]] = linalg.generic {indexing_maps = [#[[FLIP]], #{{.*}}]
// CHECK-SAME: ins(%[[WG]] : tensor<1x2x3x3x3xf32>) outs(%{{.*}} : tensor<1x3x2x3x3xf32>)
// CHECK: %[[FILTER:.*]] = tensor.collapse_shape %[[FLIPPED]] {{\[}}[0, 1], [2], [3], [4]] : tensor<1x3x2x3x3xf32> into tensor<3x2x3x3xf32>
// CHECK: %[[Y:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-SAME: ins(%[[SPREAD]], %[[FILTER]] : tensor<1x2x?x9xf32>, tensor<3x2x3x3xf32>) outs(%{{.*}} : tensor<1x3x?x7xf32>)
// CHECK: return %[[Y]]
func.func @conv_transpose_strided(%x: tensor<1x2x?x3xf32>, %w: tensor<2x3x3x3xf32>) -> tensor<1x3x?x7xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.ConvTranspose"(%x, %w, %none) {strides = array<i64: 2, 2>} : (tensor<1x2x?x3xf32>, tensor<2x3x3x3xf32>, none) -> tensor<1x3x?x7xf32>
  return %0 : tensor<1x3x?x7xf32>
}

// -----

// A constant filter is re-laid out at compile time into a resource of its
// own ([C, M/G, KH, KW] = [2, 2, 1, 2] -> [M, C/G, KH, KW] = [4, 1, 1, 2],
// each row reversed: 2 1 4 3 6 5 8 7); stride 1 pads instead of spreading
// (a begin pad of 1 on the width is span - 1 - 1 = 0 zeros); group 2 goes to
// the grouped convolution with the bias.
// CHECK-LABEL: func.func @conv_transpose_constant_filter_group
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[FILTER:.*]] = arith.constant dense_resource<conv_transpose_filter> : tensor<4x1x1x2xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 0, 0] high[0, 0, 0, 1]
// CHECK: tensor.expand_shape %[[FILTER]]
// CHECK: linalg.conv_2d_ngchw_gfchw
// CHECK: conv_transpose_filter: "0x40000000000000400000803F00008040000040400000C0400000A040000000410000E040"
func.func @conv_transpose_constant_filter_group(%x: tensor<1x2x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x3x3xf32> {
  %w = "onnx.Constant"() {value = dense<[[[[1.0, 2.0]], [[3.0, 4.0]]], [[[5.0, 6.0]], [[7.0, 8.0]]]]> : tensor<2x2x1x2xf32>} : () -> tensor<2x2x1x2xf32>
  %0 = "onnx.ConvTranspose"(%x, %w, %b) {group = 2 : i64, pads = array<i64: 0, 1, 0, 0>} : (tensor<1x2x3x3xf32>, tensor<2x2x1x2xf32>, tensor<4xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

// Pads larger than span - 1 crop the spread input: pads 3 with a 3-tap
// kernel leave -1 zeros per side, one element cut from each end (the
// 1-D convolution then runs as 2-D over a unit height).
// CHECK-LABEL: func.func @conv_transpose_crop
// CHECK-SAME: (%[[X:.*]]: tensor<1x1x5xf32>
// CHECK: %[[SPREAD:.*]] = tensor.insert_slice %[[X]] into %{{.*}}[0, 0, 0] [1, 1, 5] [1, 1, 2] : tensor<1x1x5xf32> into tensor<1x1x9xf32>
// CHECK: %[[CROPPED:.*]] = tensor.extract_slice %[[SPREAD]][0, 0, 1] [1, 1, 7] [1, 1, 1] : tensor<1x1x9xf32> to tensor<1x1x7xf32>
// CHECK: tensor.expand_shape %[[CROPPED]]
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-SAME: tensor<1x1x1x7xf32>, tensor<1x1x1x3xf32>
func.func @conv_transpose_crop(%x: tensor<1x1x5xf32>, %w: tensor<1x1x3xf32>) -> tensor<1x1x5xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.ConvTranspose"(%x, %w, %none) {pads = array<i64: 3, 3>, strides = array<i64: 2>} : (tensor<1x1x5xf32>, tensor<1x1x3xf32>, none) -> tensor<1x1x5xf32>
  return %0 : tensor<1x1x5xf32>
}

// -----

// The weights' shape must be known: the reason reaches the user.
module attributes {onnx.opset = 17 : i64} {
  func.func @conv_transpose_dynamic_weights(%x: tensor<1x2x3x3xf32>, %w: tensor<2x?x3x3xf32>) -> tensor<1x?x5x5xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'deconv' (ConvTranspose, opset 17): operator is not supported by the compiler yet (or not with these types, shapes or attributes): weights and input channels must be static}}
    %0 = "onnx.ConvTranspose"(%x, %w, %none) : (tensor<1x2x3x3xf32>, tensor<2x?x3x3xf32>, none) -> tensor<1x?x5x5xf32> loc("deconv")
    return %0 : tensor<1x?x5x5xf32>
  }
}
