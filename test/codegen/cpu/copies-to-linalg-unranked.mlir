// RUN: onnxc-opt %s --onnxc-cpu-copies-to-linalg | FileCheck %s

// BUG: onnxc-cpu-copies-to-linalg (codegen/cpu/CopiesToLinalg.cpp) rewrites
// every memref.copy, unranked ones included. linalg.copy on memref<*xf32>
// verifies, but --convert-linalg-to-loops (the next pass of the LLVM
// pipeline) then erases it without emitting any loop: the copy silently
// disappears. A copy linalg cannot express must stay a memref.copy (or be
// reported).

// CHECK-LABEL: func.func @unranked
// CHECK-NOT: linalg.copy
// CHECK: memref.copy %{{.*}}, %{{.*}} : memref<*xf32> to memref<*xf32>
func.func @unranked(%a: memref<*xf32>, %b: memref<*xf32>) {
  memref.copy %a, %b : memref<*xf32> to memref<*xf32>
  return
}
