// RUN: onnxc-opt %s --split-input-file --onnxc-check-operand-sizes --canonicalize --cse | FileCheck %s

// Two dynamic dims that an elementwise op reads along one loop: the second
// must equal the first (the loop's extent) at run time.
// CHECK-LABEL: func.func @add_dynamic
// CHECK-SAME: (%[[A:.*]]: tensor<?xf32>, %[[B:.*]]: tensor<?xf32>)
// CHECK-DAG: %[[DA:.*]] = tensor.dim %[[A]], %c0
// CHECK-DAG: %[[DB:.*]] = tensor.dim %[[B]], %c0
// CHECK-DAG: %[[SA:.*]] = arith.index_cast %[[DA]] : index to i64
// CHECK-DAG: %[[SB:.*]] = arith.index_cast %[[DB]] : index to i64
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[SB]], %[[SA]] : i64
// CHECK: scf.if %[[NE]] {
// CHECK: call @onnxc.shape_error(%{{.*}}, %[[SB]], %[[SA]]) {onnxc.where = "node 'add': its operands' dims disagree at run time: a dim of size"}
// CHECK: linalg.generic
#id = affine_map<(d0) -> (d0)>
func.func @add_dynamic(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %a, %c0 : tensor<?xf32>
  %init = tensor.empty(%n) : tensor<?xf32>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%a, %b : tensor<?xf32>, tensor<?xf32>) outs(%init : tensor<?xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<?xf32> loc("add")
  return %r : tensor<?xf32>
}

// -----

// Dims read from the same value, and static dims, need no check.
// CHECK-LABEL: func.func @same_source
// CHECK-NOT: scf.if
// CHECK-NOT: call @onnxc.shape_error
// CHECK: linalg.generic
#id2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @same_source(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %a, %c0 : tensor<?x4xf32>
  %init = tensor.empty(%n) : tensor<?x4xf32>
  %r = linalg.generic {indexing_maps = [#id2, #id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a, %a : tensor<?x4xf32>, tensor<?x4xf32>) outs(%init : tensor<?x4xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.mulf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

// -----

// A matmul's K from two dynamic dims: B's rows must match A's columns.
// CHECK-LABEL: func.func @matmul_k
// CHECK-SAME: (%[[A:.*]]: tensor<4x?xf32>, %[[B:.*]]: tensor<?x8xf32>
// CHECK-DAG: %[[KA:.*]] = tensor.dim %[[A]], %c1
// CHECK-DAG: %[[KB:.*]] = tensor.dim %[[B]], %c0
// CHECK: arith.cmpi ne
// CHECK: scf.if
// CHECK: call @onnxc.shape_error
// CHECK: linalg.matmul
func.func @matmul_k(%a: tensor<4x?xf32>, %b: tensor<?x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<4x?xf32>, tensor<?x8xf32>) outs(%c : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// A static dim against a dynamic one: the dynamic one must be 3.
// CHECK-LABEL: func.func @static_against_dynamic
// CHECK: %[[D:.*]] = tensor.dim
// CHECK: %[[S:.*]] = arith.index_cast %[[D]]
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[S]], %c3_i64
// CHECK: scf.if %[[NE]]
// CHECK: call @onnxc.shape_error(%c1_i32, %[[S]], %c3_i64)
#id1 = affine_map<(d0) -> (d0)>
func.func @static_against_dynamic(%a: tensor<3xf32>, %b: tensor<?xf32>) -> tensor<3xf32> {
  %init = tensor.empty() : tensor<3xf32>
  %r = linalg.generic {indexing_maps = [#id1, #id1, #id1], iterator_types = ["parallel"]}
      ins(%a, %b : tensor<3xf32>, tensor<?xf32>) outs(%init : tensor<3xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<3xf32>
  return %r : tensor<3xf32>
}

// -----

// A window over a dynamic input (d0 + d1): its last index, taken from the
// output and filter extents, must stay below the input's size unless a
// loop is empty.
// CHECK-LABEL: func.func @window
// CHECK: arith.cmpi sgt
// CHECK: scf.if
// CHECK: call @onnxc.shape_error(%c2_i32, {{.*}}) {onnxc.where = "node 'conv': an operand is read past its end: last index"}
// CHECK: linalg.generic
#in = affine_map<(d0, d1) -> (d0 + d1)>
#flt = affine_map<(d0, d1) -> (d1)>
#out = affine_map<(d0, d1) -> (d0)>
func.func @window(%x: tensor<?xf32>, %w: tensor<3xf32>, %o: tensor<?xf32>) -> tensor<?xf32> {
  %r = linalg.generic {indexing_maps = [#in, #flt, #out], iterator_types = ["parallel", "reduction"]}
      ins(%x, %w : tensor<?xf32>, tensor<3xf32>) outs(%o : tensor<?xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<?xf32> loc("conv")
  return %r : tensor<?xf32>
}

// -----

// A slice with a run-time offset: it must start at 0 or after, and end
// inside its tensor.
// CHECK-LABEL: func.func @slice
// CHECK: call @onnxc.shape_error(%c3_i32, {{.*}}) {onnxc.where = "node 'slice': a slice starts before its tensor: first index"}
// CHECK: call @onnxc.shape_error(%c2_i32, {{.*}}) {onnxc.where = "node 'slice': a slice reaches past its tensor: last index"}
// CHECK: tensor.extract_slice
func.func @slice(%t: tensor<10xf32>, %offset: index) -> tensor<4xf32> {
  %r = tensor.extract_slice %t[%offset] [4] [1] : tensor<10xf32> to tensor<4xf32> loc("slice")
  return %r : tensor<4xf32>
}

// -----

// A static slice needs no check.
// CHECK-LABEL: func.func @static_slice
// CHECK-NOT: call @onnxc.shape_error
func.func @static_slice(%t: tensor<10xf32>) -> tensor<4xf32> {
  %r = tensor.extract_slice %t[2] [4] [2] : tensor<10xf32> to tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// A size computed at run time must not be negative.
// CHECK-LABEL: func.func @empty_size
// CHECK: %[[S:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[S]], %c0_i64
// CHECK: scf.if %[[NEG]]
// CHECK: call @onnxc.shape_error(%c3_i32, %[[S]], %c0_i64) {onnxc.where = "node 'pool': a size computed at run time is negative:"}
// CHECK: tensor.empty
func.func @empty_size(%n: index) -> tensor<?xf32> {
  %c2 = arith.constant 2 : index
  %m = arith.subi %n, %c2 : index
  %r = tensor.empty(%m) : tensor<?xf32> loc("pool")
  return %r : tensor<?xf32>
}
