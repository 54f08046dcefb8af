// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-expand-shapes-to-casts | FileCheck %s

// onnxc-cpu-expand-shapes-to-casts: an expand_shape with two or more dynamic
// sizes in one group (which LLVM 22's expand-strided-metadata crashes on)
// becomes a reinterpret_cast of the source's base buffer; strides go from
// the source dim's stride outwards through the expanded sizes.

// CHECK-LABEL: func.func @two_dynamic_sizes_in_a_group
// CHECK-SAME: (%[[SRC:.*]]: memref<?xf32>, %[[A:.*]]: index, %[[B:.*]]: index)
// CHECK: %[[BASE:.*]], %[[OFFSET:.*]], %{{.*}}, %{{.*}} = memref.extract_strided_metadata %[[SRC]]
// CHECK: %[[S0:.*]] = arith.muli %c64, %[[B]]
// CHECK-NOT: arith.muli
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [0], sizes: [%[[A]], %[[B]], 64], strides: [%[[S0]], 64, 1]
// CHECK-SAME: memref<f32> to memref<?x?x64xf32>
// CHECK-NOT: memref.expand_shape
func.func @two_dynamic_sizes_in_a_group(%src: memref<?xf32>, %a: index, %b: index) -> memref<?x?x64xf32> {
  %0 = memref.expand_shape %src [[0, 1, 2]] output_shape [%a, %b, 64] : memref<?xf32> into memref<?x?x64xf32>
  return %0 : memref<?x?x64xf32>
}

// -----

// A strided source: the group's innermost stride is the source dim's
// stride, and the offset is the source's.
// CHECK-LABEL: func.func @strided_source
// CHECK-SAME: (%[[SRC:.*]]: memref<?x?xf32, strided<[?, 1], offset: ?>>, %[[A:.*]]: index, %[[B:.*]]: index)
// CHECK: %[[BASE:.*]], %[[OFFSET:.*]], %{{.*}}:2, %[[STRIDES:.*]]:2 = memref.extract_strided_metadata %[[SRC]]
// CHECK: %[[OUTER:.*]] = arith.muli %[[STRIDES]]#0, %[[B]]
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%[[OFFSET]]], sizes: [%[[A]], %[[B]], %{{.*}}], strides: [%[[OUTER]], %[[STRIDES]]#0, 1]
func.func @strided_source(%src: memref<?x?xf32, strided<[?, 1], offset: ?>>, %a: index, %b: index) -> memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>> {
  %c1 = arith.constant 1 : index
  %n = memref.dim %src, %c1 : memref<?x?xf32, strided<[?, 1], offset: ?>>
  %0 = memref.expand_shape %src [[0, 1], [2]] output_shape [%a, %b, %n] : memref<?x?xf32, strided<[?, 1], offset: ?>> into memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>>
  return %0 : memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>>
}

// -----

// One dynamic size per group is left to expand-strided-metadata.
// CHECK-LABEL: func.func @one_dynamic_size_per_group
// CHECK: memref.expand_shape
// CHECK-NOT: memref.reinterpret_cast
func.func @one_dynamic_size_per_group(%src: memref<?xf32>, %a: index) -> memref<?x64xf32> {
  %0 = memref.expand_shape %src [[0, 1]] output_shape [%a, 64] : memref<?xf32> into memref<?x64xf32>
  return %0 : memref<?x64xf32>
}
