// RUN: onnxc-opt %s --onnxc-cpu-copies-to-linalg | FileCheck %s

// An unranked memref.copy stays as it is. linalg.copy on memref<*xf32>
// would verify, but --convert-linalg-to-loops (the next pass of the LLVM
// pipeline) erases it without emitting a loop, so the copy would silently
// disappear.

// CHECK-LABEL: func.func @unranked
// CHECK-NOT: linalg.copy
// CHECK: memref.copy %{{.*}}, %{{.*}} : memref<*xf32> to memref<*xf32>
func.func @unranked(%a: memref<*xf32>, %b: memref<*xf32>) {
  memref.copy %a, %b : memref<*xf32> to memref<*xf32>
  return
}
