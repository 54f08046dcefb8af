// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// onnx.Conv (2-D, NCHW): explicit padding as tensor.pad with 0, the bias
// broadcast along the channel dim into the accumulator (zeros without a
// bias), then linalg.conv_2d_nchw_fchw, or linalg.depthwise_conv_2d_nchw_chw
// when every channel has its own filter.

// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @conv_pads_strides_bias
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 0, 1, 2] high[0, 0, 1, 2]
// CHECK: tensor.yield %[[ZERO]] : f32
// CHECK: } : tensor<1x3x8x8xf32> to tensor<1x3x10x12xf32>
// CHECK: %[[EMPTY:.*]] = tensor.empty() : tensor<1x4x4x5xf32>
// CHECK: %[[ACC:.*]] = linalg.generic {indexing_maps = [#[[BIAS]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[B]] : tensor<4xf32>) outs(%[[EMPTY]] : tensor<1x4x4x5xf32>)
// CHECK: %[[Y:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME: ins(%[[PADDED]], %[[W]] : tensor<1x3x10x12xf32>, tensor<4x3x3x3xf32>) outs(%[[ACC]] : tensor<1x4x4x5xf32>)
// CHECK: return %[[Y]]
func.func @conv_pads_strides_bias(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x4x5xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {pads = array<i64: 1, 2, 1, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x4x5xf32>
  return %0 : tensor<1x4x4x5xf32>
}

// -----

// No bias: the accumulator is a zero fill; no padding: no tensor.pad. The
// dynamic batch of the result is the input's.
// CHECK-LABEL: func.func @conv_no_bias_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8x8xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>)
// CHECK-NOT: tensor.pad
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %[[C0]]
// CHECK: %[[EMPTY:.*]] = tensor.empty(%[[N]]) : tensor<?x4x3x3xf32>
// CHECK: %[[ACC:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%[[EMPTY]] : tensor<?x4x3x3xf32>)
// CHECK: linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-SAME: ins(%[[X]], %[[W]] : tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>) outs(%[[ACC]] : tensor<?x4x3x3xf32>)
func.func @conv_no_bias_dynamic_batch(%x: tensor<?x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<?x4x3x3xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) {dilations = array<i64: 2, 2>} : (tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<?x4x3x3xf32>
  return %0 : tensor<?x4x3x3xf32>
}

// -----

// auto_pad SAME_UPPER puts the odd padding at the end.
// CHECK-LABEL: func.func @conv_same_upper
// CHECK: tensor.pad %{{.*}} low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: linalg.conv_2d_nchw_fchw
func.func @conv_same_upper(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x2x2xf32>) -> tensor<1x4x8x8xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) {auto_pad = "SAME_UPPER"} : (tensor<1x3x8x8xf32>, tensor<4x3x2x2xf32>, none) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// -----

// group == channels with one filter per channel: depthwise, with the
// filter's unit dim collapsed away.
// CHECK-LABEL: func.func @conv_depthwise
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8x8xf32>, %[[W:.*]]: tensor<4x1x3x3xf32>, %[[B:.*]]: tensor<4xf32>)
// CHECK: %[[PADDED:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: %[[ACC:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<4xf32>)
// CHECK: %[[FILTER:.*]] = tensor.collapse_shape %[[W]] {{\[}}[0, 1], [2], [3]] : tensor<4x1x3x3xf32> into tensor<4x3x3xf32>
// CHECK: %[[Y:.*]] = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-SAME: ins(%[[PADDED]], %[[FILTER]] : tensor<1x4x10x10xf32>, tensor<4x3x3xf32>) outs(%[[ACC]] : tensor<1x4x8x8xf32>)
// CHECK: return %[[Y]]
func.func @conv_depthwise(%x: tensor<1x4x8x8xf32>, %w: tensor<4x1x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x8x8xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {group = 4 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x1x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

// -----

// Groups that are not depthwise: the channels split with expand_shape
// into linalg.conv_2d_ngchw_gfchw ([N, G, C/G, H, W] x [G, M/G, C/G, KH, KW]),
// the bias split into [G, M/G] inside the accumulator, the result collapsed
// back to [N, M, OH, OW]. The batch stays dynamic.
// CHECK-DAG: #[[BIAS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2)>
// CHECK-LABEL: func.func @conv_grouped
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x8x8xf32>, %[[W:.*]]: tensor<6x2x3x3xf32>, %[[B:.*]]: tensor<6xf32>)
// CHECK: %[[XG:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%{{.*}}, 2, 2, 8, 8] : tensor<?x4x8x8xf32> into tensor<?x2x2x8x8xf32>
// CHECK: %[[WG:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2], [3], [4]] output_shape [2, 3, 2, 3, 3] : tensor<6x2x3x3xf32> into tensor<2x3x2x3x3xf32>
// CHECK: %[[BG:.*]] = tensor.expand_shape %[[B]] {{\[}}[0, 1]] output_shape [2, 3] : tensor<6xf32> into tensor<2x3xf32>
// CHECK: %[[ACC:.*]] = linalg.generic {indexing_maps = [#[[BIAS]], {{.*}}]{{.*}} ins(%[[BG]] : tensor<2x3xf32>) outs(%{{.*}} : tensor<?x2x3x6x6xf32>)
// CHECK: %[[YG:.*]] = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-SAME: ins(%[[XG]], %[[WG]] : tensor<?x2x2x8x8xf32>, tensor<2x3x2x3x3xf32>) outs(%[[ACC]] : tensor<?x2x3x6x6xf32>)
// CHECK: %[[Y:.*]] = tensor.collapse_shape %[[YG]] {{\[}}[0], [1, 2], [3], [4]] : tensor<?x2x3x6x6xf32> into tensor<?x6x6x6xf32>
// CHECK: return %[[Y]]
func.func @conv_grouped(%x: tensor<?x4x8x8xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<?x6x6x6xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {group = 2 : i64} : (tensor<?x4x8x8xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<?x6x6x6xf32>
  return %0 : tensor<?x6x6x6xf32>
}

// -----

// 3-D convolution, group 1: linalg.conv_3d_ncdhw_fcdhw.
// CHECK-LABEL: func.func @conv_3d
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x4x4x4xf32>, %[[W:.*]]: tensor<2x2x3x3x3xf32>)
// CHECK: %[[ACC:.*]] = linalg.fill
// CHECK: %[[Y:.*]] = linalg.conv_3d_ncdhw_fcdhw {dilations = dense<1> : tensor<3xi64>, strides = dense<1> : tensor<3xi64>}
// CHECK-SAME: ins(%[[X]], %[[W]] : tensor<1x2x4x4x4xf32>, tensor<2x2x3x3x3xf32>) outs(%[[ACC]] : tensor<1x2x2x2x2xf32>)
// CHECK: return %[[Y]]
func.func @conv_3d(%x: tensor<1x2x4x4x4xf32>, %w: tensor<2x2x3x3x3xf32>) -> tensor<1x2x2x2x2xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x2x4x4x4xf32>, tensor<2x2x3x3x3xf32>, none) -> tensor<1x2x2x2x2xf32>
  return %0 : tensor<1x2x2x2x2xf32>
}

// -----

// Grouped 3-D convolution has no named op: a linalg.generic over
// (n, g, m, od, oh, ow, c, kd, kh, kw) on the channel-split input and
// filter, with a dynamic depth read at run time.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d0, d1, d6, d3 + d7, d4 * 2 + d8, d5 * 2 + d9)>
// CHECK-DAG: #[[FILTER:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d1, d2, d6, d7, d8, d9)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9) -> (d0, d1, d2, d3, d4, d5)>
// CHECK-LABEL: func.func @conv_3d_grouped
// CHECK-SAME: (%[[X:.*]]: tensor<?x4x?x5x5xf32>, %[[W:.*]]: tensor<6x2x3x3x3xf32>, %[[B:.*]]: tensor<6xf32>)
// CHECK: %[[XG:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1, 2], [3], [4], [5]]
// CHECK-SAME: into tensor<?x2x2x?x5x5xf32>
// CHECK: %[[WG:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2], [3], [4], [5]]
// CHECK: %[[ACC:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<?x2x3x?x2x2xf32>)
// CHECK: %[[YG:.*]] = linalg.generic {indexing_maps = [#[[IN]], #[[FILTER]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction"]}
// CHECK-SAME: ins(%[[XG]], %[[WG]] : tensor<?x2x2x?x5x5xf32>, tensor<2x3x2x3x3x3xf32>) outs(%[[ACC]] : tensor<?x2x3x?x2x2xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: tensor.collapse_shape %[[YG]] {{\[}}[0], [1, 2], [3], [4], [5]] : tensor<?x2x3x?x2x2xf32> into tensor<?x6x?x2x2xf32>
func.func @conv_3d_grouped(%x: tensor<?x4x?x5x5xf32>, %w: tensor<6x2x3x3x3xf32>, %b: tensor<6xf32>) -> tensor<?x6x?x2x2xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {group = 2 : i64, strides = array<i64: 1, 2, 2>} : (tensor<?x4x?x5x5xf32>, tensor<6x2x3x3x3xf32>, tensor<6xf32>) -> tensor<?x6x?x2x2xf32>
  return %0 : tensor<?x6x?x2x2xf32>
}

// -----

// 1-D convolution runs as 2-D over a unit height: the input and weights get
// a unit dim at 2, the window attributes a leading 1 (pads a leading 0 per
// side), and the result is collapsed back.
// CHECK-LABEL: func.func @conv_1d
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x8xf32>, %[[W:.*]]: tensor<4x3x3xf32>)
// CHECK: %[[X2:.*]] = tensor.expand_shape %[[X]] {{\[}}[0], [1], [2, 3]] output_shape [%{{.*}}, 3, 1, 8] : tensor<?x3x8xf32> into tensor<?x3x1x8xf32>
// CHECK: %[[W2:.*]] = tensor.expand_shape %[[W]] {{\[}}[0], [1], [2, 3]] output_shape [4, 3, 1, 3] : tensor<4x3x3xf32> into tensor<4x3x1x3xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[X2]] low[0, 0, 0, 1] high[0, 0, 0, 2]
// CHECK: %[[Y2:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<[1, 2]> : tensor<2xi64>}
// CHECK-SAME: ins(%[[P]], %[[W2]] : tensor<?x3x1x11xf32>, tensor<4x3x1x3xf32>)
// CHECK: %[[Y:.*]] = tensor.collapse_shape %[[Y2]] {{\[}}[0], [1], [2, 3]] : tensor<?x4x1x5xf32> into tensor<?x4x5xf32>
// CHECK: return %[[Y]]
func.func @conv_1d(%x: tensor<?x3x8xf32>, %w: tensor<4x3x3xf32>) -> tensor<?x4x5xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Conv"(%x, %w, %none) {pads = array<i64: 1, 2>, strides = array<i64: 2>} : (tensor<?x3x8xf32>, tensor<4x3x3xf32>, none) -> tensor<?x4x5xf32>
  return %0 : tensor<?x4x5xf32>
}

// -----

// ConvInteger: x and w widened to i32 minus their zero points (w's one per
// output channel, read along dim 0), then the same convolution in i32; the
// unsigned types become signless after lowering (extui before).
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1, d2, d3) -> ()>
// CHECK-DAG: #[[CHANNEL:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
// CHECK-LABEL: func.func @conv_integer
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x4x4xi8>, %[[W:.*]]: tensor<3x2x2x2xi8>, %[[XZP:.*]]: tensor<i8>, %[[WZP:.*]]: tensor<3xi8>)
// CHECK: %[[XI:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[SCALAR]], #[[ID]]]{{.*}} ins(%[[X]], %[[XZP]] :
// CHECK: %[[XV:.*]] = arith.extui %{{.*}} : i8 to i32
// CHECK: %[[XZ:.*]] = arith.extui %{{.*}} : i8 to i32
// CHECK: arith.subi %[[XV]], %[[XZ]] : i32
// CHECK: %[[WZP4:.*]] = tensor.expand_shape %[[WZP]] {{\[}}[0, 1, 2, 3]] output_shape [3, 1, 1, 1]
// CHECK: %[[WI:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[CHANNEL]], #[[ID]]]{{.*}} ins(%[[W]], %[[WZP4]] :
// CHECK: %[[ACC:.*]] = linalg.fill ins(%{{.*}} : i32)
// CHECK: linalg.conv_2d_nchw_fchw {{.*}} ins(%[[XI]], %[[WI]] : tensor<1x2x4x4xi32>, tensor<3x2x2x2xi32>) outs(%[[ACC]] : tensor<1x3x3x3xi32>)
func.func @conv_integer(%x: tensor<1x2x4x4xui8>, %w: tensor<3x2x2x2xui8>, %xzp: tensor<ui8>, %wzp: tensor<3xui8>) -> tensor<1x3x3x3xi32> {
  %0 = "onnx.ConvInteger"(%x, %w, %xzp, %wzp) : (tensor<1x2x4x4xui8>, tensor<3x2x2x2xui8>, tensor<ui8>, tensor<3xui8>) -> tensor<1x3x3x3xi32>
  return %0 : tensor<1x3x3x3xi32>
}

// -----

// ConvInteger's x_zero_point is one value (per-tensor quantisation of the
// input): another shape is refused with the reason.
module attributes {onnx.opset = 14 : i64} {
  func.func @conv_x_zero_point_per_channel(%x: tensor<1x2x4x4xui8>, %w: tensor<3x2x2x2xui8>, %xzp: tensor<2xui8>) -> tensor<1x3x3x3xi32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'convint' (ConvInteger, opset 14): operator is not supported by the compiler yet (or not with these types, shapes or attributes): x_zero_point must be one value}}
    %0 = "onnx.ConvInteger"(%x, %w, %xzp, %none) : (tensor<1x2x4x4xui8>, tensor<3x2x2x2xui8>, tensor<2xui8>, none) -> tensor<1x3x3x3xi32> loc("convint")
    return %0 : tensor<1x3x3x3xi32>
  }
}
