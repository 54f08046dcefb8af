// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Unsigned ONNX types (ui8..ui64) choose the unsigned arith ops, and after
// lowering every type is signless: the function signature, the tensors,
// the block arguments and the constants.

// CHECK-LABEL: func.func @div_uint8
// CHECK-SAME: (%{{.*}}: tensor<4xi8>, %{{.*}}: tensor<4xi8>) -> tensor<4xi8>
// CHECK: ^bb0(%[[A:.*]]: i8, %[[B:.*]]: i8, %{{.*}}: i8):
// CHECK-NEXT: %[[Q:.*]] = arith.divui %[[A]], %[[B]] : i8
// CHECK-NEXT: linalg.yield %[[Q]] : i8
// CHECK-NOT: ui8
func.func @div_uint8(%a: tensor<4xui8>, %b: tensor<4xui8>) -> tensor<4xui8> {
  %0 = "onnx.Div"(%a, %b) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xui8>
  return %0 : tensor<4xui8>
}

// -----

// CHECK-LABEL: func.func @compare_max_uint32
// CHECK: arith.cmpi ult, %{{.*}}, %{{.*}} : i32
// CHECK: arith.maxui %{{.*}}, %{{.*}} : i32
// CHECK: arith.remui %{{.*}}, %{{.*}} : i32
func.func @compare_max_uint32(%a: tensor<3xui32>, %b: tensor<3xui32>) -> (tensor<3xi1>, tensor<3xui32>, tensor<3xui32>) {
  %0 = "onnx.Less"(%a, %b) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xi1>
  %1 = "onnx.Max"(%a, %b) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
  %2 = "onnx.Mod"(%a, %b) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
  return %0, %1, %2 : tensor<3xi1>, tensor<3xui32>, tensor<3xui32>
}

// -----

// Conversions take the source's signedness: uint16 -> float is uitofp,
// uint8 -> int32 zero-extends, float -> uint64 is fptoui.
// CHECK-LABEL: func.func @cast_unsigned
// CHECK: arith.uitofp %{{.*}} : i16 to f32
// CHECK: arith.extui %{{.*}} : i8 to i32
// CHECK: arith.fptoui %{{.*}} : f32 to i64
func.func @cast_unsigned(%a: tensor<2xui16>, %b: tensor<2xui8>, %c: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xi32>, tensor<2xui64>) {
  %0 = "onnx.Cast"(%a) <{to = 1 : i64}> : (tensor<2xui16>) -> tensor<2xf32>
  %1 = "onnx.Cast"(%b) <{to = 6 : i64}> : (tensor<2xui8>) -> tensor<2xi32>
  %2 = "onnx.Cast"(%c) <{to = 13 : i64}> : (tensor<2xf32>) -> tensor<2xui64>
  return %0, %1, %2 : tensor<2xf32>, tensor<2xi32>, tensor<2xui64>
}

// -----

// A uint8 constant keeps its bits as an i8 constant (200 is -56).
// CHECK-LABEL: func.func @constant_uint8
// CHECK: arith.constant dense<[1, -56]> : tensor<2xi8>
// CHECK: arith.addi %{{.*}}, %{{.*}} : i8
func.func @constant_uint8(%a: tensor<2xui8>) -> tensor<2xui8> {
  %c = "onnx.Constant"() <{value = dense<[1, 200]> : tensor<2xui8>}> : () -> tensor<2xui8>
  %0 = "onnx.Add"(%a, %c) : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xui8>
  return %0 : tensor<2xui8>
}

// -----

// Unsigned reductions start from the unsigned extremes.
// CHECK-LABEL: func.func @reduce_max_uint8
// CHECK: %[[LOW:.*]] = arith.constant 0 : i8
// CHECK: linalg.fill ins(%[[LOW]] : i8)
// CHECK: arith.maxui %{{.*}}, %{{.*}} : i8
func.func @reduce_max_uint8(%a: tensor<4xui8>) -> tensor<1xui8> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.ReduceMax"(%a, %none) : (tensor<4xui8>, none) -> tensor<1xui8>
  return %0 : tensor<1xui8>
}
