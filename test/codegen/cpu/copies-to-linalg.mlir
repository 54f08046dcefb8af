// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-copies-to-linalg | FileCheck %s

// onnxc-cpu-copies-to-linalg: memref.copy becomes linalg.copy (plain loops
// later), so the model library never calls MLIR's runtime `memrefCopy`.

// CHECK-LABEL: func.func @copy
// CHECK-SAME: (%[[A:.*]]: memref<4x4xf32>, %[[B:.*]]: memref<4x4xf32>)
// CHECK-NEXT: linalg.copy ins(%[[A]] : memref<4x4xf32>) outs(%[[B]] : memref<4x4xf32>)
// CHECK-NEXT: return
func.func @copy(%a: memref<4x4xf32>, %b: memref<4x4xf32>) {
  memref.copy %a, %b : memref<4x4xf32> to memref<4x4xf32>
  return
}

// -----

// The case that matters: a copy out of a strided view.
// CHECK-LABEL: func.func @strided_source
// CHECK: %[[SUB:.*]] = memref.subview
// CHECK-NOT: memref.copy
// CHECK: linalg.copy ins(%[[SUB]] : memref<4x4xf32, strided<[8, 1], offset: 18>>) outs(%{{.*}} : memref<4x4xf32>)
func.func @strided_source(%a: memref<8x8xf32>, %b: memref<4x4xf32>) {
  %s = memref.subview %a[2, 2] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 18>>
  memref.copy %s, %b : memref<4x4xf32, strided<[8, 1], offset: 18>> to memref<4x4xf32>
  return
}

// -----

// CHECK-LABEL: func.func @dynamic_and_nested
// CHECK: scf.if
// CHECK-NEXT: linalg.copy ins(%{{.*}} : memref<?xf32>) outs(%{{.*}} : memref<?xf32>)
func.func @dynamic_and_nested(%a: memref<?xf32>, %b: memref<?xf32>, %c: i1) {
  scf.if %c {
    memref.copy %a, %b : memref<?xf32> to memref<?xf32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @scalar
// CHECK-NEXT: linalg.copy ins(%{{.*}} : memref<f32>) outs(%{{.*}} : memref<f32>)
func.func @scalar(%a: memref<f32>, %b: memref<f32>) {
  memref.copy %a, %b : memref<f32> to memref<f32>
  return
}

// -----

// Other ops are left alone.
// CHECK-LABEL: func.func @no_copy
// CHECK: linalg.fill
// CHECK-NEXT: return
func.func @no_copy(%b: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%b : memref<4xf32>)
  return
}
