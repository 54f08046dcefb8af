// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Bitwise ops on integers of any signedness; BitShift with the out-of-range
// amounts defined as the reference does.

// CHECK-LABEL: func.func @bitwise
// CHECK: arith.andi %{{.*}}, %{{.*}} : i16
// CHECK: arith.ori %{{.*}}, %{{.*}} : i16
// CHECK: arith.xori %{{.*}}, %{{.*}} : i16
// CHECK: arith.xori %{{.*}}, %c-1_i16 : i16
func.func @bitwise(%a: tensor<2x3xi16>, %b: tensor<3xi16>) -> (tensor<2x3xi16>, tensor<2x3xi16>, tensor<2x3xi16>, tensor<3xi16>) {
  %0 = "onnx.BitwiseAnd"(%a, %b) : (tensor<2x3xi16>, tensor<3xi16>) -> tensor<2x3xi16>
  %1 = "onnx.BitwiseOr"(%a, %b) : (tensor<2x3xi16>, tensor<3xi16>) -> tensor<2x3xi16>
  %2 = "onnx.BitwiseXor"(%a, %b) : (tensor<2x3xi16>, tensor<3xi16>) -> tensor<2x3xi16>
  %3 = "onnx.BitwiseNot"(%b) : (tensor<3xi16>) -> tensor<3xi16>
  return %0, %1, %2, %3 : tensor<2x3xi16>, tensor<2x3xi16>, tensor<2x3xi16>, tensor<3xi16>
}

// -----

// Left: shli, 0 when the amount is outside [0, 8).
// CHECK-LABEL: func.func @shift_left_uint8
// CHECK: ^bb0(%[[X:.*]]: i8, %[[Y:.*]]: i8, %{{.*}}: i8):
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[Y]], %c8_i8 : i8
// CHECK: %[[S:.*]] = arith.shli %[[X]], %[[Y]] : i8
// CHECK: arith.select %[[IN]], %[[S]], %c0_i8 : i8
func.func @shift_left_uint8(%x: tensor<4xui8>, %y: tensor<4xui8>) -> tensor<4xui8> {
  %0 = "onnx.BitShift"(%x, %y) <{direction = "LEFT"}> : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// Right on a signed type: arithmetic, by width - 1 when out of range.
// CHECK-LABEL: func.func @shift_right_int32
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[Y:.*]], %c32_i32 : i32
// CHECK: %[[A:.*]] = arith.select %[[IN]], %[[Y]], %c31_i32 : i32
// CHECK: arith.shrsi %{{.*}}, %[[A]] : i32
func.func @shift_right_int32(%x: tensor<4xi32>, %y: tensor<4xi32>) -> tensor<4xi32> {
  %0 = "onnx.BitShift"(%x, %y) <{direction = "RIGHT"}> : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// CHECK-LABEL: func.func @shift_right_uint64
// CHECK: arith.shrui %{{.*}}, %{{.*}} : i64
func.func @shift_right_uint64(%x: tensor<4xui64>, %y: tensor<4xui64>) -> tensor<4xui64> {
  %0 = "onnx.BitShift"(%x, %y) <{direction = "RIGHT"}> : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
  return %0 : tensor<4xui64>
}

