// RUN: onnxc-opt %s --onnxc-plan-arena=func-name=model --canonicalize | FileCheck %s

// func-name picks the function to plan; the size function is named after it.
// Other functions keep their allocations.

// CHECK-LABEL: func.func @helper(
// CHECK: memref.alloc
// CHECK-LABEL: func.func @model(
// CHECK-SAME: %{{.*}}: memref<4xf32>, %[[ARENA:.*]]: memref<?xi8>)
// CHECK-NOT: memref.alloc
// CHECK: memref.view %[[ARENA]]
// CHECK-LABEL: func.func @model_arena_bytes(
// CHECK-SAME: %{{.*}}: memref<4xf32>) -> index
// CHECK: arith.constant 64 : index
func.func @helper(%in: memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  return
}

func.func @model(%in: memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  return
}
