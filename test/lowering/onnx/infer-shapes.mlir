// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-onnx-infer-shapes | FileCheck %s

// onnxc-onnx-infer-shapes: results that start as tensor<*xT> get the shape
// the dialect's shape functions compute from the operands, in program order,
// and the function's result types follow the values it returns.

//===----------------------------------------------------------------------===//
// Conv and pooling
//===----------------------------------------------------------------------===//

// out = (8 + 1 + 1 - 3) / 2 + 1 = 4
// CHECK-LABEL: func.func @conv_pads_strides
// CHECK-SAME: -> tensor<1x4x4x4xf32>
// CHECK: "onnx.Conv"{{.*}} -> tensor<1x4x4x4xf32>
func.func @conv_pads_strides(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<*xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Dilation 2 makes a 3x3 kernel span 5: out = 10 - 5 + 1 = 6. The batch
// stays dynamic; the kernel size comes from W when kernel_shape is absent.
// CHECK-LABEL: func.func @conv_dilations_dynamic_batch
// CHECK-SAME: -> tensor<?x4x6x6xf32>
// CHECK: "onnx.Conv"{{.*}} -> tensor<?x4x6x6xf32>
func.func @conv_dilations_dynamic_batch(%x: tensor<?x3x10x10xf32>, %w: tensor<4x3x3x3xf32>, %b: none) -> tensor<*xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {dilations = array<i64: 2, 2>} : (tensor<?x3x10x10xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// SAME_UPPER: out = ceil(7 / 2) = 4, whatever the kernel.
// CHECK-LABEL: func.func @conv_same_upper
// CHECK-SAME: -> tensor<1x4x4x4xf32>
// CHECK: "onnx.Conv"{{.*}}auto_pad = "SAME_UPPER"{{.*}} -> tensor<1x4x4x4xf32>
func.func @conv_same_upper(%x: tensor<1x3x7x7xf32>, %w: tensor<4x3x3x3xf32>, %b: none) -> tensor<*xf32> {
  %0 = "onnx.Conv"(%x, %w, %b) {auto_pad = "SAME_UPPER", strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>, tensor<4x3x3x3xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// floor((7 - 2) / 2) + 1 = 3 without ceil_mode, 4 with it.
// CHECK-LABEL: func.func @maxpool_floor
// CHECK-SAME: -> tensor<1x3x3x3xf32>
// CHECK: "onnx.MaxPool"{{.*}} -> (tensor<1x3x3x3xf32>, none)
func.func @maxpool_floor(%x: tensor<1x3x7x7xf32>) -> tensor<*xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> (tensor<*xf32>, none)
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @maxpool_ceil_mode
// CHECK-SAME: -> tensor<1x3x4x4xf32>
// CHECK: "onnx.MaxPool"{{.*}}ceil_mode = 1{{.*}} -> (tensor<1x3x4x4xf32>, none)
func.func @maxpool_ceil_mode(%x: tensor<1x3x7x7xf32>) -> tensor<*xf32> {
  %0, %1 = "onnx.MaxPool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> (tensor<*xf32>, none)
  return %0 : tensor<*xf32>
}

// -----

// Both results of MaxPool get the window shape; Indices is i64.
// CHECK-LABEL: func.func @maxpool_indices
// CHECK-SAME: -> (tensor<1x3x3x3xf32>, tensor<1x3x3x3xi64>)
func.func @maxpool_indices(%x: tensor<1x3x7x7xf32>) -> (tensor<*xf32>, tensor<*xi64>) {
  %0, %1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> (tensor<*xf32>, tensor<*xi64>)
  return %0, %1 : tensor<*xf32>, tensor<*xi64>
}

// -----

//===----------------------------------------------------------------------===//
// Gemm and MatMul
//===----------------------------------------------------------------------===//

// transB: B is [N, K].
// CHECK-LABEL: func.func @gemm_trans_b
// CHECK-SAME: -> tensor<?x10xf32>
// CHECK: "onnx.Gemm"{{.*}} -> tensor<?x10xf32>
func.func @gemm_trans_b(%a: tensor<?x256xf32>, %b: tensor<10x256xf32>, %c: tensor<10xf32>) -> tensor<*xf32> {
  %0 = "onnx.Gemm"(%a, %b, %c) {transB = 1 : i64} : (tensor<?x256xf32>, tensor<10x256xf32>, tensor<10xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @gemm_trans_a
// CHECK-SAME: -> tensor<3x5xf32>
func.func @gemm_trans_a(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>, %c: none) -> tensor<*xf32> {
  %0 = "onnx.Gemm"(%a, %b, %c) {transA = 1 : i64} : (tensor<4x3xf32>, tensor<4x5xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Batch dims broadcast: [2, 1] with [5] gives [2, 5].
// CHECK-LABEL: func.func @matmul_batch_broadcast
// CHECK-SAME: -> tensor<2x5x3x6xf32>
// CHECK: "onnx.MatMul"{{.*}} -> tensor<2x5x3x6xf32>
func.func @matmul_batch_broadcast(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<*xf32> {
  %0 = "onnx.MatMul"(%a, %b) : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// A 1-D operand loses its matrix dim in the result.
// CHECK-LABEL: func.func @matmul_vector
// CHECK-SAME: -> tensor<?x3xf32>
func.func @matmul_vector(%a: tensor<?x3x4xf32>, %b: tensor<4xf32>) -> tensor<*xf32> {
  %0 = "onnx.MatMul"(%a, %b) : (tensor<?x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

//===----------------------------------------------------------------------===//
// Tensor manipulation
//===----------------------------------------------------------------------===//

// 0 copies the dynamic batch; -1 is still static because the only dynamic
// input dim is the one copied.
// CHECK-LABEL: func.func @reshape_zero_minus_one_dynamic_batch
// CHECK-SAME: -> tensor<?x12xf32>
// CHECK: "onnx.Reshape"{{.*}} -> tensor<?x12xf32>
func.func @reshape_zero_minus_one_dynamic_batch(%x: tensor<?x3x4xf32>) -> tensor<*xf32> {
  %shape = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// 24 / (6 * 4) = 1 for the -1; the trailing 0 copies dim 2.
// CHECK-LABEL: func.func @reshape_static
// CHECK-SAME: -> tensor<1x6x4xf32>
func.func @reshape_static(%x: tensor<2x3x4xf32>) -> tensor<*xf32> {
  %shape = "onnx.Constant"() {value = dense<[-1, 6, 0]> : tensor<3xi64>} : () -> tensor<3xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// -1 cannot be computed when a dynamic dim is not copied.
// CHECK-LABEL: func.func @reshape_minus_one_dynamic
// CHECK-SAME: -> tensor<3x?xf32>
func.func @reshape_minus_one_dynamic(%x: tensor<?x3xf32>) -> tensor<*xf32> {
  %shape = "onnx.Constant"() {value = dense<[3, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// A computed shape of static length gives the rank.
// CHECK-LABEL: func.func @reshape_unknown_shape
// CHECK-SAME: -> tensor<?x?x?xf32>
func.func @reshape_unknown_shape(%x: tensor<2x3x4xf32>, %shape: tensor<3xi64>) -> tensor<*xf32> {
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @flatten
// CHECK-SAME: -> (tensor<?x20xf32>, tensor<1x?xf32>)
func.func @flatten(%x: tensor<?x3x4x5xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = "onnx.Flatten"(%x) {axis = 2 : i64} : (tensor<?x3x4x5xf32>) -> tensor<*xf32>
  %1 = "onnx.Flatten"(%x) {axis = 0 : i64} : (tensor<?x3x4x5xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// Without perm, Transpose reverses the dims.
// CHECK-LABEL: func.func @transpose
// CHECK-SAME: -> (tensor<2x4x3xf32>, tensor<4x3x2xf32>)
func.func @transpose(%x: tensor<2x3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = "onnx.Transpose"(%x) {perm = array<i64: 0, 2, 1>} : (tensor<2x3x4xf32>) -> tensor<*xf32>
  %1 = "onnx.Transpose"(%x) : (tensor<2x3x4xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// Along the axis the sizes add; elsewhere a static dim wins over a dynamic one.
// CHECK-LABEL: func.func @concat
// CHECK-SAME: -> (tensor<2x8xf32>, tensor<?x3xf32>)
func.func @concat(%a: tensor<?x3xf32>, %b: tensor<2x5xf32>, %c: tensor<2x3xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0 = "onnx.Concat"(%a, %b) {axis = -1 : i64} : (tensor<?x3xf32>, tensor<2x5xf32>) -> tensor<*xf32>
  %1 = "onnx.Concat"(%a, %c) {axis = 0 : i64} : (tensor<?x3xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// Axes index the output; -1 is its last dim.
// CHECK-LABEL: func.func @unsqueeze
// CHECK-SAME: -> tensor<1x3x4x1xf32>
func.func @unsqueeze(%x: tensor<3x4xf32>) -> tensor<*xf32> {
  %axes = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Unsqueeze"(%x, %axes) : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// CHECK-LABEL: func.func @shape_and_gather
// CHECK-SAME: -> tensor<i64>
// CHECK: "onnx.Shape"{{.*}} -> tensor<3xi64>
// CHECK: "onnx.Gather"{{.*}} -> tensor<i64>
func.func @shape_and_gather(%x: tensor<?x3x4xf32>) -> tensor<*xi64> {
  %shape = "onnx.Shape"(%x) : (tensor<?x3x4xf32>) -> tensor<*xi64>
  %zero = "onnx.Constant"() {value = dense<0> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Gather"(%shape, %zero) {axis = 0 : i64} : (tensor<*xi64>, tensor<i64>) -> tensor<*xi64>
  return %0 : tensor<*xi64>
}

// -----

// Slice: -3 from the end to a clamped 100 takes 3 of 10; steps of 2 over
// [1, 8) take 4; a negative step from the end down past the start takes
// ceil(5 / 2) = 3 of 5 (the dynamic batch stays dynamic).
// CHECK-LABEL: func.func @slice
// CHECK-SAME: -> (tensor<?x3x4xf32>, tensor<?x10x3xf32>)
func.func @slice(%x: tensor<?x10x8xf32>, %y: tensor<?x10x5xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %starts = "onnx.Constant"() {value = dense<[-3, 1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %ends = "onnx.Constant"() {value = dense<[100, 8]> : tensor<2xi64>} : () -> tensor<2xi64>
  %axes = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %steps = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Slice"(%x, %starts, %ends, %axes, %steps) : (tensor<?x10x8xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<*xf32>
  %s1 = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %e1 = "onnx.Constant"() {value = dense<[-100]> : tensor<1xi64>} : () -> tensor<1xi64>
  %a1 = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %t1 = "onnx.Constant"() {value = dense<[-2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %1 = "onnx.Slice"(%y, %s1, %e1, %a1, %t1) : (tensor<?x10x5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// Slice with starts known only at run time keeps the rank.
// CHECK-LABEL: func.func @slice_runtime_starts
// CHECK-SAME: -> tensor<?x?xf32>
func.func @slice_runtime_starts(%x: tensor<4x6xf32>, %s: tensor<1xi64>) -> tensor<*xf32> {
  %ends = "onnx.Constant"() {value = dense<[5]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Slice"(%x, %s, %ends, %none, %none) : (tensor<4x6xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Pad grows each listed axis by its begin and end pads.
// CHECK-LABEL: func.func @pad
// CHECK-SAME: -> (tensor<?x6x7xf32>, tensor<?x8x7xf32>)
func.func @pad(%x: tensor<?x3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %pads = "onnx.Constant"() {value = dense<[0, 1, 0, 0, 2, 3]> : tensor<6xi64>} : () -> tensor<6xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Pad"(%x, %pads, %none, %none) : (tensor<?x3x4xf32>, tensor<6xi64>, none, none) -> tensor<*xf32>
  %pads2 = "onnx.Constant"() {value = dense<[2, 3, 1, 2]> : tensor<4xi64>} : () -> tensor<4xi64>
  %axes = "onnx.Constant"() {value = dense<[-1, 1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %1 = "onnx.Pad"(%x, %pads2, %none, %axes) {mode = "edge"} : (tensor<?x3x4xf32>, tensor<4xi64>, none, tensor<2xi64>) -> tensor<*xf32>
  return %0, %1 : tensor<*xf32>, tensor<*xf32>
}

//===----------------------------------------------------------------------===//
// Normalisation and reductions
//===----------------------------------------------------------------------===//

// LayerNormalization: Y like X; Mean and InvStdDev with dims from axis on
// set to 1.
// CHECK-LABEL: func.func @layernorm_stats
// CHECK: "onnx.LayerNormalization"{{.*}} -> (tensor<?x5x8xf32>, tensor<?x1x1xf32>, tensor<?x1x1xf32>)
func.func @layernorm_stats(%x: tensor<?x5x8xf32>, %s: tensor<5x8xf32>) -> tensor<*xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0, %1, %2 = "onnx.LayerNormalization"(%x, %s, %none) {axis = 1 : i64} : (tensor<?x5x8xf32>, tensor<5x8xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return %0 : tensor<*xf32>
}

// -----

// LayerNormalization's Mean and InvStdDev have the stash type (U), not X's.
// CHECK-LABEL: func.func @layernorm_stash_type
// CHECK: "onnx.LayerNormalization"{{.*}} -> (tensor<2x8xf16>, tensor<2x1xf32>, tensor<2x1xf32>)
func.func @layernorm_stash_type(%x: tensor<2x8xf16>, %s: tensor<8xf16>) -> tensor<*xf16> {
  %none = "onnx.NoValue"() : () -> none
  %0, %1, %2 = "onnx.LayerNormalization"(%x, %s, %none) : (tensor<2x8xf16>, tensor<8xf16>, none) -> (tensor<*xf16>, tensor<*xf32>, tensor<*xf32>)
  return %0 : tensor<*xf16>
}

// -----

// RMSNormalization and RotaryEmbedding: the result is shaped like X.
// CHECK-LABEL: func.func @rms_rotary
// CHECK: "onnx.RMSNormalization"{{.*}} -> tensor<?x4x8xf32>
// CHECK: "onnx.RotaryEmbedding"{{.*}} -> tensor<?x4x8xf32>
func.func @rms_rotary(%x: tensor<?x4x8xf32>, %s: tensor<8xf32>, %c: tensor<16x4xf32>, %p: tensor<?x4xi64>) -> tensor<*xf32> {
  %0 = "onnx.RMSNormalization"(%x, %s) : (tensor<?x4x8xf32>, tensor<8xf32>) -> tensor<*xf32>
  %1 = "onnx.RotaryEmbedding"(%0, %c, %c, %p) {num_heads = 1 : i64} : (tensor<*xf32>, tensor<16x4xf32>, tensor<16x4xf32>, tensor<?x4xi64>) -> tensor<*xf32>
  return %1 : tensor<*xf32>
}

// -----

// Attention, 3-D with a past cache: Y [batch, q seq, q heads * v size];
// the present caches and qk_matmul_output span past + new keys.
// CHECK-LABEL: func.func @attention_3d_past
// CHECK: "onnx.Attention"{{.*}} -> (tensor<?x3x24xf32>, tensor<?x2x7x8xf32>, tensor<?x2x7x6xf32>, tensor<?x4x3x7xf32>)
func.func @attention_3d_past(%q: tensor<?x3x32xf32>, %k: tensor<?x5x16xf32>, %v: tensor<?x5x12xf32>, %pk: tensor<?x2x2x8xf32>, %pv: tensor<?x2x2x6xf32>) -> tensor<*xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0, %1, %2, %3 = "onnx.Attention"(%q, %k, %v, %none, %pk, %pv, %none) {q_num_heads = 4 : i64, kv_num_heads = 2 : i64} : (tensor<?x3x32xf32>, tensor<?x5x16xf32>, tensor<?x5x12xf32>, none, tensor<?x2x2x8xf32>, tensor<?x2x2x6xf32>, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return %0 : tensor<*xf32>
}

// -----

// Attention, 4-D without a cache.
// CHECK-LABEL: func.func @attention_4d
// CHECK: "onnx.Attention"{{.*}} -> (tensor<2x4x3x6xf32>, tensor<2x2x5x8xf32>, tensor<2x2x5x6xf32>, tensor<2x4x3x5xf32>)
func.func @attention_4d(%q: tensor<2x4x3x8xf32>, %k: tensor<2x2x5x8xf32>, %v: tensor<2x2x5x6xf32>) -> tensor<*xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0, %1, %2, %3 = "onnx.Attention"(%q, %k, %v, %none, %none, %none, %none) : (tensor<2x4x3x8xf32>, tensor<2x2x5x8xf32>, tensor<2x2x5x6xf32>, none, none, none, none) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return %0 : tensor<*xf32>
}

// -----

// Reduce*: reduced axes become 1 with keepdims (the default) or vanish;
// no axes reduce every dim unless noop_with_empty_axes.
// CHECK-LABEL: func.func @reduce
// CHECK-SAME: -> (tensor<?x1x5xf32>, tensor<?xf32>, tensor<1x1x1xf32>, tensor<?x4x5xf32>)
func.func @reduce(%x: tensor<?x4x5xf32>, %y: tensor<2x4x5xf32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) {
  %a1 = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %a2 = "onnx.Constant"() {value = dense<[-1, -2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.ReduceSum"(%x, %a1) : (tensor<?x4x5xf32>, tensor<1xi64>) -> tensor<*xf32>
  %1 = "onnx.ReduceMean"(%x, %a2) {keepdims = 0 : i64} : (tensor<?x4x5xf32>, tensor<2xi64>) -> tensor<*xf32>
  %2 = "onnx.ReduceMax"(%y, %none) : (tensor<2x4x5xf32>, none) -> tensor<*xf32>
  %3 = "onnx.ReduceSum"(%x, %none) {noop_with_empty_axes = 1 : i64} : (tensor<?x4x5xf32>, none) -> tensor<*xf32>
  return %0, %1, %2, %3 : tensor<*xf32>, tensor<*xf32>, tensor<*xf32>, tensor<*xf32>
}

// -----

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

// CHECK-LABEL: func.func @add_broadcast
// CHECK-SAME: -> tensor<?x4x5xf32>
// CHECK: "onnx.Add"{{.*}} -> tensor<?x4x5xf32>
func.func @add_broadcast(%a: tensor<?x1x5xf32>, %b: tensor<4x1xf32>) -> tensor<*xf32> {
  %0 = "onnx.Add"(%a, %b) : (tensor<?x1x5xf32>, tensor<4x1xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// A static dim decides over a dynamic one (which can only be 1 or equal).
// CHECK-LABEL: func.func @add_dynamic_meets_static
// CHECK-SAME: -> tensor<3x5xf32>
func.func @add_dynamic_meets_static(%a: tensor<?x5xf32>, %b: tensor<3x5xf32>) -> tensor<*xf32> {
  %0 = "onnx.Add"(%a, %b) : (tensor<?x5xf32>, tensor<3x5xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Types flow from op to op in program order.
// CHECK-LABEL: func.func @chain
// CHECK-SAME: -> tensor<1x3x8x8xf32>
// CHECK: "onnx.Relu"{{.*}} -> tensor<1x3x8x8xf32>
// CHECK: "onnx.Sigmoid"{{.*}} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
func.func @chain(%x: tensor<1x3x8x8xf32>) -> tensor<*xf32> {
  %0 = "onnx.Relu"(%x) : (tensor<1x3x8x8xf32>) -> tensor<*xf32>
  %1 = "onnx.Sigmoid"(%0) : (tensor<*xf32>) -> tensor<*xf32>
  return %1 : tensor<*xf32>
}

// -----

// A declared dynamic dim is refined; a declared static dim is kept.
// CHECK-LABEL: func.func @merge_with_declared
// CHECK-SAME: -> tensor<2x3xf32>
func.func @merge_with_declared(%x: tensor<2x?xf32>) -> tensor<?x3xf32> {
  %0 = "onnx.Relu"(%x) : (tensor<2x?xf32>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

//===----------------------------------------------------------------------===//
// Errors
//===----------------------------------------------------------------------===//

func.func @gemm_inner_dims_differ(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>, %c: none) -> tensor<*xf32> {
  // expected-error @+1 {{Gemm inner dimensions differ: 3 vs 4}}
  %0 = "onnx.Gemm"(%a, %b, %c) : (tensor<2x3xf32>, tensor<4x5xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @declared_type_conflicts(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{output 0 is declared as 'tensor<2x4xf32>' but the inputs give 'tensor<2x3xf32>'}}
  %0 = "onnx.Relu"(%x) : (tensor<2x3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{inputs cannot be broadcast together}}
  %0 = "onnx.Add"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Range of constants: ceil((limit - start) / delta) elements.
// CHECK-LABEL: func.func @range_length
// CHECK: "onnx.Range"{{.*}} -> tensor<4xi64>
func.func @range_length() -> tensor<*xi64> {
  %s = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %l = "onnx.Constant"() {value = dense<8> : tensor<i64>} : () -> tensor<i64>
  %d = "onnx.Constant"() {value = dense<2> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Range"(%s, %l, %d) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<*xi64>
  return %0 : tensor<*xi64>
}

// -----

// A Scan body typed dynamic by its subgraph: the scanned input's argument
// takes the slice type, the state's its initial type (the body yields it
// back in that type), and the body's ops and the Scan's results follow.
// CHECK-LABEL: func.func @scan_body_refined
// CHECK: ^bb0(%{{.*}}: tensor<2x4xf32>, %{{.*}}: tensor<4xf32>):
// CHECK: "onnx.Add"{{.*}} -> tensor<2x4xf32>
// CHECK: -> (tensor<2x4xf32>, tensor<3x2x4xf32>)
func.func @scan_body_refined(%s0: tensor<2x4xf32>, %xs: tensor<3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %0:2 = "onnx.Scan"(%s0, %xs) ({
  ^bb0(%s: tensor<?x?xf32>, %x: tensor<?xf32>):
    %t = "onnx.Add"(%s, %x) : (tensor<?x?xf32>, tensor<?xf32>) -> tensor<*xf32>
    "onnx.Yield"(%t, %t) : (tensor<*xf32>, tensor<*xf32>) -> ()
  }) {num_scan_inputs = 1 : i64} : (tensor<2x4xf32>, tensor<3x4xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return %0#0, %0#1 : tensor<*xf32>, tensor<*xf32>
}

// -----

// A state that grows every iteration keeps its dynamic type: the trial
// with its initial type yields another shape, so only the scanned input's
// argument is refined.
// CHECK-LABEL: func.func @scan_state_grows
// CHECK: ^bb0(%{{.*}}: tensor<?xf32>, %{{.*}}: tensor<1xf32>):
func.func @scan_state_grows(%s0: tensor<2xf32>, %xs: tensor<3x1xf32>) -> (tensor<*xf32>) {
  %0 = "onnx.Scan"(%s0, %xs) ({
  ^bb0(%s: tensor<?xf32>, %x: tensor<?xf32>):
    %t = "onnx.Concat"(%s, %x) {axis = 0 : i64} : (tensor<?xf32>, tensor<?xf32>) -> tensor<*xf32>
    "onnx.Yield"(%t) : (tensor<*xf32>) -> ()
  }) {num_scan_inputs = 1 : i64} : (tensor<2xf32>, tensor<3x1xf32>) -> (tensor<*xf32>)
  return %0 : tensor<*xf32>
}
