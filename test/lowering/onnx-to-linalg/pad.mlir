// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Pad, constant mode, constant pads: tensor.pad with the constant value.
// CHECK-LABEL: func.func @pad_constant
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK: %[[V:.*]] = arith.constant 1.500000e+00 : f32
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[0, 1, 0] high[0, 2, 3]
// CHECK: tensor.yield %[[V]]
// CHECK: } : tensor<?x3x4xf32> to tensor<?x6x7xf32>
// CHECK: return %[[P]]
func.func @pad_constant(%x: tensor<?x3x4xf32>) -> tensor<?x6x7xf32> {
  %pads = "onnx.Constant"() {value = dense<[1, 0, 2, 3]> : tensor<4xi64>} : () -> tensor<4xi64>
  %value = "onnx.Constant"() {value = dense<1.5> : tensor<f32>} : () -> tensor<f32>
  %axes = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Pad"(%x, %pads, %value, %axes) : (tensor<?x3x4xf32>, tensor<4xi64>, tensor<f32>, tensor<2xi64>) -> tensor<?x6x7xf32>
  return %0 : tensor<?x6x7xf32>
}

// -----

// Pad, edge mode: each padded position reads the clamped input position.
// CHECK-LABEL: func.func @pad_edge
// CHECK-SAME: (%[[X:.*]]: tensor<2x4xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x7xf32>
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<2x7xf32>)
// CHECK: %[[I:.*]] = linalg.index 0
// CHECK: %[[J:.*]] = linalg.index 1
// CHECK: %[[SH:.*]] = arith.subi %[[J]], %c1
// CHECK: %[[LO:.*]] = arith.maxsi %[[SH]], %c0
// CHECK: %[[P:.*]] = arith.minsi %[[LO]], %c3
// CHECK: tensor.extract %[[X]][%[[I]], %{{.*}}]
func.func @pad_edge(%x: tensor<2x4xf32>) -> tensor<2x7xf32> {
  %pads = "onnx.Constant"() {value = dense<[0, 1, 0, 2]> : tensor<4xi64>} : () -> tensor<4xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Pad"(%x, %pads, %none, %none) {mode = "edge"} : (tensor<2x4xf32>, tensor<4xi64>, none, none) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

// Pads read at run time: the result dims are the input's plus the pads
// (checked like any size from data: a negative one is reported and the
// result is empty), and constant mode masks the positions outside the
// input with the value. Where nothing of the input is left after cropping,
// the result is a fill and no element is read.
// CHECK-LABEL: func.func @pad_runtime
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xi32>, %[[PADS:.*]]: tensor<4xi64>, %[[V:.*]]: tensor<i32>)
// CHECK-DAG: %[[VALUE:.*]] = tensor.extract %[[V]][]
// CHECK-DAG: tensor.extract %[[PADS]][%c0]
// CHECK-DAG: tensor.extract %[[PADS]][%c3]
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node '' (Pad, opset 0): result size"}
// CHECK: %[[E:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?xi32>
// CHECK: scf.if %{{.*}} -> (tensor<?x?xi32>) {
// CHECK: linalg.fill ins(%[[VALUE]] : i32) outs(%[[E]] : tensor<?x?xi32>)
// CHECK: } else {
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<?x?xi32>)
// CHECK: %[[READ:.*]] = tensor.extract %[[X]]
// CHECK: arith.select %{{.*}}, %[[READ]], %[[VALUE]] : i32
// CHECK-NOT: onnx.
func.func @pad_runtime(%x: tensor<3x4xi32>, %pads: tensor<4xi64>, %v: tensor<i32>) -> tensor<?x?xi32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Pad"(%x, %pads, %v, %none) : (tensor<3x4xi32>, tensor<4xi64>, tensor<i32>, none) -> tensor<?x?xi32>
  return %0 : tensor<?x?xi32>
}

// -----

// Wrap mode with a negative pad: the input is cropped first, and the
// padded positions read the cropped input modulo its size.
// CHECK-LABEL: func.func @pad_wrap_crop
// CHECK: linalg.generic
// CHECK: arith.remsi
// CHECK: tensor.extract
// CHECK: -> tensor<3x5xf32>
func.func @pad_wrap_crop(%x: tensor<3x4xf32>) -> tensor<3x5xf32> {
  %pads = "onnx.Constant"() {value = dense<[0, -1, 0, 2]> : tensor<4xi64>} : () -> tensor<4xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Pad"(%x, %pads, %none, %none) {mode = "wrap"} : (tensor<3x4xf32>, tensor<4xi64>, none, none) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

module attributes {onnx.opset = 25 : i64} {
  func.func @pad_runtime_axes(%x: tensor<3x4xf32>, %pads: tensor<2xi64>, %axes: tensor<1xi64>) -> tensor<?x?xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'p' (Pad, opset 25): operator is not supported by the compiler yet (or not with these types, shapes or attributes): axes must be constant}}
    %0 = "onnx.Pad"(%x, %pads, %none, %axes) : (tensor<3x4xf32>, tensor<2xi64>, none, tensor<1xi64>) -> tensor<?x?xf32> loc("p")
    return %0 : tensor<?x?xf32>
  }
}

// -----

// CenterCropPad over some axes with sizes read at run time: pads of
// diff / 2 (toward zero) before and the rest after, diff = size - dim (a
// negative pad crops); a size that disagrees with a static result dim is
// reported. The same mapped generic as Pad reads the input.
// CHECK-LABEL: func.func @center_crop_pad_axes
// CHECK-SAME: (%[[X:.*]]: tensor<3x20x8xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK: %[[H:.*]] = tensor.extract %[[S]][%c0] : tensor<2xi64>
// CHECK: %[[DIFF:.*]] = arith.subi %{{.*}}, %c20 : index
// CHECK: %[[LOW:.*]] = arith.divsi %[[DIFF]], %c2 : index
// CHECK: arith.subi %[[DIFF]], %[[LOW]] : index
// CHECK: scf.if
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'ccp' (CenterCropPad, opset 0): shape element"}
// CHECK: tensor.empty() : tensor<3x10x9xf32>
// CHECK: linalg.generic
// CHECK: tensor.extract %[[X]]
func.func @center_crop_pad_axes(%x: tensor<3x20x8xf32>, %s: tensor<2xi64>) -> tensor<3x10x9xf32> {
  %0 = "onnx.CenterCropPad"(%x, %s) <{axes = array<i64: 1, 2>}> : (tensor<3x20x8xf32>, tensor<2xi64>) -> tensor<3x10x9xf32> loc("ccp")
  return %0 : tensor<3x10x9xf32>
}
