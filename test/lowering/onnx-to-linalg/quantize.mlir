// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// QuantizeLinear and DequantizeLinear become elementwise linalg.generics
// that read the scale and zero point per tensor, per axis or per block
// through their indexing maps; MatMulInteger and QLinearMatMul one i32
// contraction whose body widens the 8-bit operands and subtracts the zero
// points; QLinearConv an i32 convolution of the operands minus their zero
// points plus the bias, then a requantizing generic. (The conversion ends
// with the unsigned types made signless: ui8 reads as extui/uitofp/fptoui.)

// Per tensor, uint8: x / scale, round half to even, + zero point, saturate
// to [0, 255] (maxnumf first: NaN becomes 0), then to the integer.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-LABEL: func.func @quantize_per_tensor
// CHECK-DAG: %[[HIGH:.*]] = arith.constant 2.550000e+02 : f32
// CHECK-DAG: %[[LOW:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[SCALAR]], #[[SCALAR]], #[[ID]]]
// CHECK: ^bb0(%[[X:.*]]: f32, %[[S:.*]]: f32, %[[Z:.*]]: i8, %{{.*}}: i8):
// CHECK: %[[Q:.*]] = arith.divf %[[X]], %[[S]] : f32
// CHECK: %[[R:.*]] = math.roundeven %[[Q]] : f32
// CHECK: %[[ZF:.*]] = arith.uitofp %[[Z]] : i8 to f32
// CHECK: %[[SUM:.*]] = arith.addf %[[R]], %[[ZF]] : f32
// CHECK: %[[MAX:.*]] = arith.maxnumf %[[SUM]], %[[LOW]] : f32
// CHECK: %[[MIN:.*]] = arith.minnumf %[[MAX]], %[[HIGH]] : f32
// CHECK: %[[Y:.*]] = arith.fptoui %[[MIN]] : f32 to i8
// CHECK: linalg.yield %[[Y]] : i8
func.func @quantize_per_tensor(%x: tensor<2x3xf32>, %s: tensor<f32>, %z: tensor<ui8>) -> tensor<2x3xui8> {
  %0 = "onnx.QuantizeLinear"(%x, %s, %z) : (tensor<2x3xf32>, tensor<f32>, tensor<ui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// Per axis (axis 1), int8: the scale and zero point are read at d1; the
// range is [-128, 127] and the conversions signed. The dynamic batch comes
// from x.
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[AXIS:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func.func @quantize_per_axis_int8
// CHECK-DAG: %[[HIGH:.*]] = arith.constant 1.270000e+02 : f32
// CHECK-DAG: %[[LOW:.*]] = arith.constant -1.280000e+02 : f32
// CHECK: tensor.empty(%{{.*}}) : tensor<?x3x4xi8>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[AXIS]], #[[AXIS]], #[[ID]]]
// CHECK: arith.sitofp %{{.*}} : i8 to f32
// CHECK: arith.maxnumf %{{.*}}, %[[LOW]]
// CHECK: arith.minnumf %{{.*}}, %[[HIGH]]
// CHECK: arith.fptosi %{{.*}} : f32 to i8
func.func @quantize_per_axis_int8(%x: tensor<?x3x4xf32>, %s: tensor<3xf32>, %z: tensor<3xi8>) -> tensor<?x3x4xi8> {
  %0 = "onnx.QuantizeLinear"(%x, %s, %z) {axis = 1 : i64} : (tensor<?x3x4xf32>, tensor<3xf32>, tensor<3xi8>) -> tensor<?x3x4xi8>
  return %0 : tensor<?x3x4xi8>
}

// -----

// Blocked (axis 1, block_size 2): element (i, j) reads scale (i, j floordiv
// 2). No zero point: nothing is added, the result is uint8.
// CHECK-DAG: #[[BLOCK:.*]] = affine_map<(d0, d1) -> (d0, d1 floordiv 2)>
// CHECK-LABEL: func.func @quantize_blocked_no_zero_point
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[BLOCK]], #{{.*}}]
// CHECK: ^bb0(%{{.*}}: f32, %{{.*}}: f32, %{{.*}}: i8):
// CHECK: math.roundeven
// CHECK-NOT: arith.addf
// CHECK: arith.fptoui
func.func @quantize_blocked_no_zero_point(%x: tensor<3x4xf32>, %s: tensor<3x2xf32>) -> tensor<3x4xui8> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.QuantizeLinear"(%x, %s, %none) {axis = 1 : i64, block_size = 2 : i64} : (tensor<3x4xf32>, tensor<3x2xf32>, none) -> tensor<3x4xui8>
  return %0 : tensor<3x4xui8>
}

// -----

// DequantizeLinear: (x - zero point) in i32, then times the scale in f32.
// CHECK-LABEL: func.func @dequantize_per_tensor
// CHECK: ^bb0(%[[X:.*]]: i8, %[[S:.*]]: f32, %[[Z:.*]]: i8, %{{.*}}: f32):
// CHECK: %[[XW:.*]] = arith.extui %[[X]] : i8 to i32
// CHECK: %[[ZW:.*]] = arith.extui %[[Z]] : i8 to i32
// CHECK: %[[D:.*]] = arith.subi %[[XW]], %[[ZW]] : i32
// CHECK: %[[DF:.*]] = arith.sitofp %[[D]] : i32 to f32
// CHECK: %[[Y:.*]] = arith.mulf %[[DF]], %[[S]] : f32
// CHECK: linalg.yield %[[Y]] : f32
func.func @dequantize_per_tensor(%x: tensor<2x3xui8>, %s: tensor<f32>, %z: tensor<ui8>) -> tensor<2x3xf32> {
  %0 = "onnx.DequantizeLinear"(%x, %s, %z) : (tensor<2x3xui8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// int32 input (a QDQ bias) without a zero point; a one-element 1-D scale is
// per tensor, read at index 0.
// CHECK-DAG: #[[FIRST:.*]] = affine_map<(d0) -> (0)>
// CHECK-LABEL: func.func @dequantize_int32
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[FIRST]], #{{.*}}]
// CHECK: ^bb0(%[[X:.*]]: i32, %[[S:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[XF:.*]] = arith.sitofp %[[X]] : i32 to f32
// CHECK: arith.mulf %[[XF]], %[[S]] : f32
func.func @dequantize_int32(%x: tensor<4xi32>, %s: tensor<1xf32>) -> tensor<4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.DequantizeLinear"(%x, %s, %none) : (tensor<4xi32>, tensor<1xf32>, none) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// MatMulInteger: one contraction over (m, n, k) into an i32 zero fill; the
// uint8 A and int8 B are widened in the body, a's zero point is one value
// and b's one per column (read at n).
// CHECK-DAG: #[[A:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[B:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[AZ:.*]] = affine_map<(d0, d1, d2) -> ()>
// CHECK-DAG: #[[BZ:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul_integer
// CHECK: %[[FILL:.*]] = linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : tensor<?x5xi32>)
// CHECK: linalg.generic {indexing_maps = [#[[A]], #[[B]], #[[AZ]], #[[BZ]], #[[OUT]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME: outs(%[[FILL]] : tensor<?x5xi32>)
// CHECK: ^bb0(%[[AV:.*]]: i8, %[[BV:.*]]: i8, %[[AZV:.*]]: i8, %[[BZV:.*]]: i8, %[[ACC:.*]]: i32):
// CHECK: %[[AW:.*]] = arith.extui %[[AV]] : i8 to i32
// CHECK: %[[BW:.*]] = arith.extsi %[[BV]] : i8 to i32
// CHECK: %[[AZW:.*]] = arith.extui %[[AZV]] : i8 to i32
// CHECK: %[[AD:.*]] = arith.subi %[[AW]], %[[AZW]] : i32
// CHECK: %[[BZW:.*]] = arith.extsi %[[BZV]] : i8 to i32
// CHECK: %[[BD:.*]] = arith.subi %[[BW]], %[[BZW]] : i32
// CHECK: %[[P:.*]] = arith.muli %[[AD]], %[[BD]] : i32
// CHECK: %[[SUM:.*]] = arith.addi %[[ACC]], %[[P]] : i32
// CHECK: linalg.yield %[[SUM]] : i32
func.func @matmul_integer(%a: tensor<?x4xui8>, %b: tensor<4x5xi8>, %az: tensor<ui8>, %bz: tensor<5xi8>) -> tensor<?x5xi32> {
  %0 = "onnx.MatMulInteger"(%a, %b, %az, %bz) : (tensor<?x4xui8>, tensor<4x5xi8>, tensor<ui8>, tensor<5xi8>) -> tensor<?x5xi32>
  return %0 : tensor<?x5xi32>
}

// -----

// QLinearMatMul: the same i32 contraction, then acc * (a_scale * b_scale /
// y_scale) rounded half to even, + y_zero_point, saturated.
// CHECK-LABEL: func.func @qlinear_matmul
// CHECK: %[[ACC:.*]] = linalg.generic
// CHECK-SAME: iterator_types = ["parallel", "parallel", "reduction"]
// CHECK: arith.muli
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[ACC]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x3xi32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<i8>)
// CHECK: ^bb0(%[[V:.*]]: i32, %[[AS:.*]]: f32, %[[BS:.*]]: f32, %[[YS:.*]]: f32, %[[YZ:.*]]: i8, %{{.*}}: i8):
// CHECK: %[[AB:.*]] = arith.mulf %[[AS]], %[[BS]] : f32
// CHECK: %[[M:.*]] = arith.divf %[[AB]], %[[YS]] : f32
// CHECK: %[[VF:.*]] = arith.sitofp %[[V]] : i32 to f32
// CHECK: %[[SCALED:.*]] = arith.mulf %[[VF]], %[[M]] : f32
// CHECK: math.roundeven %[[SCALED]]
// CHECK: arith.uitofp %[[YZ]] : i8 to f32
// CHECK: arith.fptoui
func.func @qlinear_matmul(%a: tensor<2x4xui8>, %as: tensor<f32>, %az: tensor<ui8>, %b: tensor<4x3xui8>, %bs: tensor<f32>, %bz: tensor<ui8>, %ys: tensor<f32>, %yz: tensor<ui8>) -> tensor<2x3xui8> {
  %0 = "onnx.QLinearMatMul"(%a, %as, %az, %b, %bs, %bz, %ys, %yz) : (tensor<2x4xui8>, tensor<f32>, tensor<ui8>, tensor<4x3xui8>, tensor<f32>, tensor<ui8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// QLinearConv with per-channel weight scales and zero points and a bias:
// x and w minus their zero points in i32 (w's broadcast along dim 0), the
// bias broadcast into the i32 accumulator of linalg.conv_2d_nchw_fchw, then
// requantized with w_scale read per output channel (d1).
// CHECK-DAG: #[[CHANNEL:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1, d2, d3) -> ()>
// CHECK-LABEL: func.func @qlinear_conv
// CHECK-SAME: %[[BIAS:[^:]*]]: tensor<4xi32>)
// CHECK: %[[X:.*]] = linalg.generic
// CHECK: arith.subi
// CHECK: } -> tensor<1x2x5x5xi32>
// CHECK: %[[W:.*]] = linalg.generic
// CHECK: arith.extsi
// CHECK: arith.subi
// CHECK: } -> tensor<4x2x3x3xi32>
// CHECK: %[[ACC:.*]] = linalg.generic {indexing_maps = [#[[CHANNEL]], #{{.*}}]{{.*}} ins(%[[BIAS]] : tensor<4xi32>)
// CHECK: %[[CONV:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X]], %[[W]] : tensor<1x2x5x5xi32>, tensor<4x2x3x3xi32>) outs(%[[ACC]] : tensor<1x4x3x3xi32>)
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[SCALAR]], #[[CHANNEL]], #[[SCALAR]], #[[SCALAR]], #{{.*}}]
// CHECK-SAME: ins(%[[CONV]],
// CHECK: math.roundeven
// CHECK: arith.fptoui {{.*}} : f32 to i8
func.func @qlinear_conv(%x: tensor<1x2x5x5xui8>, %xs: tensor<f32>, %xz: tensor<ui8>, %w: tensor<4x2x3x3xi8>, %ws: tensor<4xf32>, %wz: tensor<4xi8>, %ys: tensor<f32>, %yz: tensor<ui8>, %bias: tensor<4xi32>) -> tensor<1x4x3x3xui8> {
  %0 = "onnx.QLinearConv"(%x, %xs, %xz, %w, %ws, %wz, %ys, %yz, %bias) : (tensor<1x2x5x5xui8>, tensor<f32>, tensor<ui8>, tensor<4x2x3x3xi8>, tensor<4xf32>, tensor<4xi8>, tensor<f32>, tensor<ui8>, tensor<4xi32>) -> tensor<1x4x3x3xui8>
  return %0 : tensor<1x4x3x3xui8>
}

// -----

// A per-axis scale is read at indices up to its static size: the axis of x
// must be static and equal, or nothing could check the reads.
module attributes {onnx.opset = 21 : i64} {
  func.func @quantize_per_axis_dynamic(%x: tensor<2x?xf32>, %s: tensor<3xf32>) -> tensor<2x?xui8> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'q' (QuantizeLinear, opset 21): operator is not supported by the compiler yet (or not with these types, shapes or attributes): a per-axis scale must be 1-D with the input's static size along axis}}
    %0 = "onnx.QuantizeLinear"(%x, %s, %none) {axis = 1 : i64} : (tensor<2x?xf32>, tensor<3xf32>, none) -> tensor<2x?xui8> loc("q")
    return %0 : tensor<2x?xui8>
  }
}

// -----

// 1-D QLinearConv has no pattern yet (Conv and ConvInteger go through a
// unit height; QLinearConv's operands are laid out differently).
module attributes {onnx.opset = 10 : i64} {
  func.func @qlinear_conv_1d(%x: tensor<1x2x5xui8>, %xs: tensor<f32>, %xz: tensor<ui8>, %w: tensor<4x2x3xi8>, %ws: tensor<f32>, %wz: tensor<i8>, %ys: tensor<f32>, %yz: tensor<ui8>) -> tensor<1x4x3xui8> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'qconv' (QLinearConv, opset 10): operator is not supported by the compiler yet (or not with these types, shapes or attributes): 1-D QLinearConv is not supported yet}}
    %0 = "onnx.QLinearConv"(%x, %xs, %xz, %w, %ws, %wz, %ys, %yz, %none) : (tensor<1x2x5xui8>, tensor<f32>, tensor<ui8>, tensor<4x2x3xi8>, tensor<f32>, tensor<i8>, tensor<f32>, tensor<ui8>, none) -> tensor<1x4x3xui8> loc("qconv")
    return %0 : tensor<1x4x3xui8>
  }
}
