// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Gather: the indices are checked once per index (a reduction that finds
// the first one outside [-size, size - 1] and an scf.if that reports it
// with @onnxc.index_out_of_range), wrapped and clamped into range by an
// elementwise generic, and a generic over the result reads the checked
// indices and extracts from the data. Slice with constant parameters:
// tensor.extract_slice (+ a reversing generic for negative steps).

// An embedding lookup: [10, 8] table, [?, 5] int64 ids.
// CHECK-DAG: #[[ALL:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0, d1) -> ()>
// CHECK-DAG: #[[IDS:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK: func.func private @onnxc.index_out_of_range(i64, i64, i64)
// CHECK-LABEL: func.func @gather_embedding
// CHECK-SAME: (%[[W:.*]]: tensor<10x8xf32>, %[[I:.*]]: tensor<?x5xi64>)
// CHECK-DAG: %[[C10:.*]] = arith.constant 10 : i64
// CHECK-DAG: %[[CM10:.*]] = arith.constant -10 : i64
// CHECK: %[[FOUND:.*]]:3 = linalg.generic {indexing_maps = [#[[ALL]], #[[SCALAR]], #[[SCALAR]], #[[SCALAR]]], iterator_types = ["reduction", "reduction"]}
// CHECK-SAME: ins(%[[I]] : tensor<?x5xi64>)
// CHECK: arith.cmpi slt, %{{.*}}, %[[CM10]] : i64
// CHECK: arith.cmpi sge, %{{.*}}, %[[C10]] : i64
// CHECK: %[[ANY:.*]] = tensor.extract %[[FOUND]]#0[] : tensor<i1>
// CHECK: %[[BAD:.*]] = tensor.extract %[[FOUND]]#1[] : tensor<i64>
// CHECK: scf.if %[[ANY]] {
// CHECK: func.call @onnxc.index_out_of_range(%[[BAD]], %{{.*}}, %{{.*}}) {onnxc.where = "node '{{.*}}' (Gather, opset {{[0-9]+}}): indices element"}
// CHECK: %[[CHECKED:.*]] = linalg.generic {indexing_maps = [#[[ALL]], #[[ALL]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[I]] : tensor<?x5xi64>) outs(%{{.*}} : tensor<?x5xi64>)
// CHECK: arith.addi
// CHECK: arith.select
// CHECK: arith.minsi
// CHECK: arith.maxsi
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[IDS]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[CHECKED]] : tensor<?x5xi64>) outs(%{{.*}} : tensor<?x5x8xf32>)
// CHECK-NEXT: ^bb0(%[[IDX:.*]]: i64, %{{.*}}: f32):
// CHECK-NEXT: %[[CAST:.*]] = arith.index_cast %[[IDX]] : i64 to index
// CHECK-NEXT: %[[COL:.*]] = linalg.index 2
// CHECK-NEXT: %[[V:.*]] = tensor.extract %[[W]][%[[CAST]], %[[COL]]]
// CHECK-NEXT: linalg.yield %[[V]]
// CHECK: return %[[R]]
func.func @gather_embedding(%w: tensor<10x8xf32>, %i: tensor<?x5xi64>) -> tensor<?x5x8xf32> {
  %0 = "onnx.Gather"(%w, %i) {axis = 0 : i64} : (tensor<10x8xf32>, tensor<?x5xi64>) -> tensor<?x5x8xf32>
  return %0 : tensor<?x5x8xf32>
}

// -----

// Along axis 1 of a dynamic-batch tensor with an int32 scalar index: the
// axis size is static, the batch comes from the data.
// CHECK-LABEL: func.func @gather_axis1_scalar
// CHECK-SAME: (%[[X:.*]]: tensor<?x6x4xf32>, %[[I:.*]]: tensor<i32>)
// CHECK: linalg.generic {{.*}} iterator_types = []} ins(%[[I]] : tensor<i32>)
// CHECK: arith.extsi %{{.*}} : i32 to i64
// CHECK: scf.if
// CHECK: func.call @onnxc.index_out_of_range
// The wrapped and clamped 0-D index is scalar code (a 0-D generic on a
// model input becomes its body on the element).
// CHECK: %[[E:.*]] = tensor.extract %[[I]][] : tensor<i32>
// CHECK: arith.extsi %[[E]] : i32 to i64
// CHECK: %[[CHECKED:.*]] = tensor.from_elements %{{.*}} : tensor<i64>
// CHECK: linalg.generic {{.*}} ins(%[[CHECKED]] : tensor<i64>) outs(%{{.*}} : tensor<?x4xf32>)
// CHECK: %[[B:.*]] = linalg.index 0
// CHECK-NEXT: %[[A:.*]] = arith.index_cast
// CHECK-NEXT: %[[K:.*]] = linalg.index 1
// CHECK-NEXT: tensor.extract %[[X]][%[[B]], %[[A]], %[[K]]]
func.func @gather_axis1_scalar(%x: tensor<?x6x4xf32>, %i: tensor<i32>) -> tensor<?x4xf32> {
  %0 = "onnx.Gather"(%x, %i) {axis = 1 : i64} : (tensor<?x6x4xf32>, tensor<i32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A dynamic axis may be empty: then no index is valid and even a clamped
// one is not read (the element is 0; the run reports the error).
// CHECK-LABEL: func.func @gather_dynamic_axis
// CHECK: %[[EMPTY:.*]] = arith.cmpi eq, %{{.*}}, %c0 : index
// CHECK: linalg.generic
// CHECK: scf.if %[[EMPTY]] -> (f32) {
// CHECK: scf.yield %{{.*}} : f32
// CHECK: } else {
// CHECK: tensor.extract
func.func @gather_dynamic_axis(%x: tensor<?xf32>, %i: tensor<3xi64>) -> tensor<3xf32> {
  %0 = "onnx.Gather"(%x, %i) {axis = 0 : i64} : (tensor<?xf32>, tensor<3xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Constant indices are checked at compile time: no run-time check, and an
// index out of range is a node error.
// CHECK-LABEL: func.func @gather_constant_indices
// CHECK-NOT: onnxc.index_out_of_range
// CHECK: return
func.func @gather_constant_indices(%x: tensor<10x4xf32>) -> tensor<2x4xf32> {
  %i = "onnx.Constant"() {value = dense<[-10, 9]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Gather"(%x, %i) {axis = 0 : i64} : (tensor<10x4xf32>, tensor<2xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gather_constant_out_of_range(%x: tensor<10x4xf32>) -> tensor<2x4xf32> {
  %i = "onnx.Constant"() {value = dense<[1, 12]> : tensor<2xi64>} : () -> tensor<2xi64>
  // expected-error @+1 {{indices element 12 is out of range [-10, 9]}}
  %0 = "onnx.Gather"(%x, %i) {axis = 0 : i64} : (tensor<10x4xf32>, tensor<2xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// Negative starts count from the end, ends clamp to the size, steps become
// strides; an axis not listed is kept whole (and may be dynamic).
// CHECK-LABEL: func.func @slice_static
// CHECK-SAME: (%[[X:.*]]: tensor<?x10x8xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[S:.*]] = tensor.extract_slice %[[X]][0, 7, 1] [%[[D]], 3, 4] [1, 1, 2] : tensor<?x10x8xf32> to tensor<?x3x4xf32>
// A model output must be dense: a slice with dynamic dims returned is copied.
// CHECK: %[[C:.*]] = linalg.copy ins(%[[S]] : tensor<?x3x4xf32>)
// CHECK: return %[[C]]
func.func @slice_static(%x: tensor<?x10x8xf32>) -> tensor<?x3x4xf32> {
  %starts = "onnx.Constant"() {value = dense<[-3, 1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %ends = "onnx.Constant"() {value = dense<[100, 8]> : tensor<2xi64>} : () -> tensor<2xi64>
  %axes = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %steps = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Slice"(%x, %starts, %ends, %axes, %steps) : (tensor<?x10x8xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x3x4xf32>
  return %0 : tensor<?x3x4xf32>
}

// -----

// A negative step reads 9, 7, 5, 3: slice 3, 5, 7, 9 with stride 2, then
// reverse it.
// CHECK-DAG: #[[REV:.*]] = affine_map<(d0) -> (-d0 + 3)>
// CHECK-LABEL: func.func @slice_negative_step
// CHECK-SAME: (%[[X:.*]]: tensor<10xf32>)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[X]][3] [4] [2] : tensor<10xf32> to tensor<4xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[REV]], #{{.*}}]
// CHECK-SAME: ins(%[[S]] : tensor<4xf32>)
// CHECK: return %[[R]]
func.func @slice_negative_step(%x: tensor<10xf32>) -> tensor<4xf32> {
  %starts = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %ends = "onnx.Constant"() {value = dense<[2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %steps = "onnx.Constant"() {value = dense<[-2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Slice"(%x, %starts, %ends, %none, %steps) : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, none, tensor<1xi64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A dynamic axis sliced from 1 to its end: the size is dim - 1 at run time.
// CHECK-LABEL: func.func @slice_dynamic_to_end
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[N:.*]] = arith.subi %[[D]], %c1
// CHECK: tensor.extract_slice %[[X]][1, 0] [%[[N]], 4] [1, 1] : tensor<?x4xf32> to tensor<?x4xf32>
func.func @slice_dynamic_to_end(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %starts = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %ends = "onnx.Constant"() {value = dense<[9223372036854775807]> : tensor<1xi64>} : () -> tensor<1xi64>
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Slice"(%x, %starts, %ends, %axes, %none) : (tensor<?x4xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// Starts computed at run time with a negative step: start, step and size
// per dim resolved at run time (negative steps clamp the start into
// [0, dim - 1] and the end into [-1, dim - 1]), then a generic reading
// data[start + i * step].
// CHECK-LABEL: func.func @slice_runtime_starts_negative_step
// CHECK-SAME: (%[[X:.*]]: tensor<10xf32>, %[[S:.*]]: tensor<1xi64>)
// CHECK: %[[START:.*]] = tensor.extract %[[S]][%{{.*}}] : tensor<1xi64>
// CHECK: arith.minsi %{{.*}}, %c9_i64
// CHECK: %[[SIZE:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[E:.*]] = tensor.empty(%[[SIZE]]) : tensor<?xf32>
// CHECK: linalg.generic {{.*}} outs(%[[E]] : tensor<?xf32>)
// CHECK: %[[I:.*]] = linalg.index 0
// CHECK: %[[P:.*]] = arith.addi %{{.*}}, %{{.*}} : i64
// CHECK: %[[PI:.*]] = arith.index_cast %[[P]] : i64 to index
// CHECK: tensor.extract %[[X]][%[[PI]]] : tensor<10xf32>
func.func @slice_runtime_starts_negative_step(%x: tensor<10xf32>, %s: tensor<1xi64>) -> tensor<?xf32> {
  %ends = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %steps = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Slice"(%x, %s, %ends, %none, %steps) : (tensor<10xf32>, tensor<1xi64>, tensor<1xi64>, none, tensor<1xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// Axes and steps that are model inputs: each entry picks its dim at run
// time; an axis out of range and a zero step are reported (the entry then
// slices nothing).
// CHECK-LABEL: func.func @slice_runtime_axes_steps
// CHECK: scf.if
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'sl' (Slice, opset 0): axes element"}
// CHECK: scf.if
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'sl' (Slice, opset 0): steps element"}
// CHECK: tensor.empty(%{{.*}}, %{{.*}}) : tensor<?x?xf32>
// CHECK: linalg.generic
// CHECK: tensor.extract %{{.*}}[%{{.*}}, %{{.*}}] : tensor<4x6xf32>
func.func @slice_runtime_axes_steps(%x: tensor<4x6xf32>, %s: tensor<1xi64>, %e: tensor<1xi64>, %a: tensor<1xi64>, %t: tensor<1xi64>) -> tensor<?x?xf32> {
  %0 = "onnx.Slice"(%x, %s, %e, %a, %t) : (tensor<4x6xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32> loc("sl")
  return %0 : tensor<?x?xf32>
}

// -----

// Starts of a length known only at run time are left over, with why.
module attributes {onnx.opset = 13 : i64} {
  func.func @slice_unknown_length(%x: tensor<10xf32>, %s: tensor<?xi64>, %e: tensor<?xi64>) -> tensor<?xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'slice_rt' (Slice, opset 13): operator is not supported by the compiler yet (or not with these types, shapes or attributes): starts and ends must be constant; run-time starts and ends need one static length; starts and ends need one static length}}
    %0 = "onnx.Slice"(%x, %s, %e, %none, %none) : (tensor<10xf32>, tensor<?xi64>, tensor<?xi64>, none, none) -> tensor<?xf32> loc("slice_rt")
    return %0 : tensor<?xf32>
  }
}

// -----

// Run-time ends on a dynamic axis (PyTorch's h0[:, :batch]): the start and
// end are resolved at run time (negative from the end, clamped to [0, dim])
// and the size is ceil((end - start) / step).
// CHECK-LABEL: func.func @slice_run_time_ends
// CHECK-SAME: (%[[X:.*]]: tensor<2x?x8xf32>, %[[E:.*]]: tensor<1xi64>)
// CHECK: %[[END64:.*]] = tensor.extract %[[E]]
// CHECK: %[[END:.*]] = arith.index_cast %[[END64]]
// CHECK: %[[DIM:.*]] = tensor.dim %[[X]], %c1
// CHECK: arith.cmpi slt, %[[END]], %c0
// CHECK: arith.addi %[[END]], %[[DIM]]
// CHECK: arith.minsi %{{.*}}, %[[DIM]]
// CHECK: %[[SIZE:.*]] = arith.ceildivsi
// CHECK: %[[S:.*]] = tensor.extract_slice %[[X]][0, %{{.*}}, 0] [2, %[[SIZE]], 8] [1, 2, 1] : tensor<2x?x8xf32> to tensor<2x?x8xf32>
// CHECK: %[[C:.*]] = linalg.copy ins(%[[S]] : tensor<2x?x8xf32>)
// CHECK: return %[[C]]
func.func @slice_run_time_ends(%x: tensor<2x?x8xf32>, %e: tensor<1xi64>) -> tensor<2x?x8xf32> {
  %starts = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %axes = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %steps = "onnx.Constant"() {value = dense<[2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Slice"(%x, %starts, %e, %axes, %steps) : (tensor<2x?x8xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<2x?x8xf32>
  return %0 : tensor<2x?x8xf32>
}
