// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-plan-arena --canonicalize | FileCheck %s

// onnxc-plan-arena: every memref.alloc of @main becomes a memref.view into
// one arena, a new last argument memref<?xi8>. Buffers whose lifetimes do
// not overlap share a slot; slots are 64-byte aligned. A new function
// @main_arena_bytes, with the same inputs, returns the arena's size.
// (--canonicalize folds the offset arithmetic into constants; no CSE, so
// that views of one slot stay distinct values.)

// A single 16-byte buffer takes one 64-byte slot at offset 0; its dealloc
// goes away.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[IN:.*]]: memref<4xf32>, %[[OUT:.*]]: memref<4xf32>, %[[ARENA:.*]]: memref<?xi8>)
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[V:.*]] = memref.view %[[ARENA]][%[[C0]]][] : memref<?xi8> to memref<4xf32>
// CHECK: linalg.copy ins(%[[IN]] : memref<4xf32>) outs(%[[V]] : memref<4xf32>)
// CHECK: linalg.copy ins(%[[V]] : memref<4xf32>) outs(%[[OUT]] : memref<4xf32>)
// CHECK-NOT: memref.alloc
// CHECK-NOT: memref.dealloc
// CHECK: return
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK-SAME: %{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>) -> index
// CHECK: %[[SIZE:.*]] = arith.constant 64 : index
// CHECK: return %[[SIZE]] : index
func.func @main(%in: memref<4xf32>, %out: memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  linalg.copy ins(%a : memref<4xf32>) outs(%out : memref<4xf32>)
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

// %a and %b are live together (one is copied into the other): two slots.
// %c starts after %a's last use, so it takes %a's slot.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[ARENA:[^:]*]]: memref<?xi8>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%[[C0]]][]
// CHECK: %[[B:.*]] = memref.view %[[ARENA]][%[[C64]]][]
// CHECK: linalg.copy ins(%[[A]] : memref<4xf32>) outs(%[[B]] : memref<4xf32>)
// CHECK: %[[C:.*]] = memref.view %[[ARENA]][%[[C0]]][]
// CHECK: linalg.copy ins(%[[B]] : memref<4xf32>) outs(%[[C]] : memref<4xf32>)
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK: arith.constant 128 : index
func.func @main(%in: memref<4xf32>, %out: memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  %b = memref.alloc() : memref<4xf32>
  linalg.copy ins(%a : memref<4xf32>) outs(%b : memref<4xf32>)
  %c = memref.alloc() : memref<4xf32>
  linalg.copy ins(%b : memref<4xf32>) outs(%c : memref<4xf32>)
  linalg.copy ins(%c : memref<4xf32>) outs(%out : memref<4xf32>)
  return
}

// -----

// A shared slot is as large as its largest buffer: 16 and 400 bytes share a
// 448-byte slot (400 rounded up to 64).
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[ARENA:[^:]*]]: memref<?xi8>)
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: memref.view %[[ARENA]][%[[C0]]][] : memref<?xi8> to memref<4xf32>
// CHECK: memref.view %[[ARENA]][%[[C0]]][] : memref<?xi8> to memref<100xf32>
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK: arith.constant 448 : index
func.func @main(%in: memref<4xf32>, %out: memref<4xf32>, %big: memref<100xf32>) {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  linalg.copy ins(%a : memref<4xf32>) outs(%out : memref<4xf32>)
  %b = memref.alloc() : memref<100xf32>
  linalg.copy ins(%big : memref<100xf32>) outs(%b : memref<100xf32>)
  linalg.copy ins(%b : memref<100xf32>) outs(%big : memref<100xf32>)
  return
}

// -----

// A returned buffer lives to the end: %b, though allocated after %a's last
// use in the body, cannot reuse %a's slot.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %{{.*}}: memref<4xf32>, %[[ARENA:.*]]: memref<?xi8>) -> memref<4xf32>
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%[[C0]]][]
// CHECK: memref.view %[[ARENA]][%[[C64]]][]
// CHECK: return %[[A]]
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK: arith.constant 128 : index
func.func @main(%in: memref<4xf32>) -> memref<4xf32> {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  %b = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%b : memref<4xf32>)
  return %a : memref<4xf32>
}

// -----

// The same holds when a view of the buffer (here a cast) is returned.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[ARENA:[^:]*]]: memref<?xi8>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%[[C0]]][]
// CHECK: %[[CAST:.*]] = memref.cast %[[A]]
// CHECK: memref.view %[[ARENA]][%[[C64]]][]
// CHECK: return %[[CAST]]
func.func @main(%in: memref<4xf32>) -> memref<?xf32> {
  %a = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
  %cast = memref.cast %a : memref<4xf32> to memref<?xf32>
  %b = memref.alloc() : memref<4xf32>
  linalg.copy ins(%in : memref<4xf32>) outs(%b : memref<4xf32>)
  return %cast : memref<?xf32>
}

// -----

// Dynamic sizes: offsets are computed at entry from the inputs' dims, and
// @main_arena_bytes computes the same from its own arguments. Each slot
// takes align64(16 * N) bytes; the views keep the allocations' sizes.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[X:.*]]: memref<?x4xf32>, %[[ARENA:.*]]: memref<?xi8>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : index
// CHECK-DAG: %[[C63:.*]] = arith.constant 63 : index
// CHECK-DAG: %[[CM64:.*]] = arith.constant -64 : index
// CHECK: %[[DIM:.*]] = memref.dim %[[X]], %[[C0]]
// CHECK: %[[BYTES:.*]] = arith.muli %[[DIM]], %[[C16]]
// CHECK: %[[ROUND:.*]] = arith.addi %[[BYTES]], %[[C63]]
// CHECK: %[[OFFSET:.*]] = arith.andi %[[ROUND]], %[[CM64]]
// CHECK: %[[N:.*]] = memref.dim %[[X]], %[[C0]]
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%[[C0]]][%[[N]]] : memref<?xi8> to memref<?x4xf32>
// CHECK: %[[B:.*]] = memref.view %[[ARENA]][%[[OFFSET]]][%[[N]]] : memref<?xi8> to memref<?x4xf32>
// CHECK: linalg.copy ins(%[[A]] : memref<?x4xf32>) outs(%[[B]] : memref<?x4xf32>)
// CHECK: return %[[B]]
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK-SAME: %[[X2:.*]]: memref<?x4xf32>) -> index
// CHECK: %[[N2:.*]] = memref.dim %[[X2]]
// CHECK: arith.muli %[[N2]]
// CHECK: %[[SLOT0:.*]] = arith.andi
// CHECK: arith.muli %[[N2]]
// CHECK: %[[SLOT1:.*]] = arith.andi
// CHECK: %[[TOTAL:.*]] = arith.addi %[[SLOT0]], %[[SLOT1]]
// CHECK: return %[[TOTAL]]
func.func @main(%x: memref<?x4xf32>) -> memref<?x4xf32> {
  %c0 = arith.constant 0 : index
  %n = memref.dim %x, %c0 : memref<?x4xf32>
  %a = memref.alloc(%n) : memref<?x4xf32>
  linalg.copy ins(%x : memref<?x4xf32>) outs(%a : memref<?x4xf32>)
  %b = memref.alloc(%n) : memref<?x4xf32>
  linalg.copy ins(%a : memref<?x4xf32>) outs(%b : memref<?x4xf32>)
  return %b : memref<?x4xf32>
}

// -----

// No allocation: an empty arena.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %{{.*}}: memref<4xf32>, %{{.*}}: memref<?xi8>)
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK: %[[ZERO:.*]] = arith.constant 0 : index
// CHECK: return %[[ZERO]]
func.func @main(%in: memref<4xf32>) {
  return
}

// -----

// An allocation inside a loop body gets a slot for the whole loop, reused
// by every iteration; one that lives after the loop does not share it.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[IN:.*]]: memref<4xf32>, %[[ARENA:.*]]: memref<?xi8>)
// CHECK: %[[OUT:.*]] = memref.view %[[ARENA]][%c0{{.*}}][] : memref<?xi8> to memref<4xf32>
// CHECK: scf.for
// CHECK: %[[A:.*]] = memref.view %[[ARENA]][%c64{{.*}}][] : memref<?xi8> to memref<4xf32>
// CHECK: linalg.copy ins(%[[A]] : memref<4xf32>) outs(%[[OUT]] : memref<4xf32>)
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK: %[[BYTES:.*]] = arith.constant 128 : index
// CHECK: return %[[BYTES]]
func.func @main(%in: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %out = memref.alloc() : memref<4xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    %a = memref.alloc() : memref<4xf32>
    linalg.copy ins(%in : memref<4xf32>) outs(%a : memref<4xf32>)
    linalg.copy ins(%a : memref<4xf32>) outs(%out : memref<4xf32>)
  }
  linalg.copy ins(%out : memref<4xf32>) outs(%in : memref<4xf32>)
  return
}

// -----

// A buffer that one iteration hands to the next cannot reuse one slot.
func.func @main(%in: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%v = %in) -> (memref<4xf32>) {
    // expected-error @+1 {{cannot plan a buffer that a loop iteration hands to the next}}
    %a = memref.alloc() : memref<4xf32>
    linalg.copy ins(%v : memref<4xf32>) outs(%a : memref<4xf32>)
    scf.yield %a : memref<4xf32>
  }
  return
}

// -----

// A buffer sized by an scf.if result: at most the larger of what the
// branches yield.
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK-SAME: %[[X:.*]]: memref<?xf32>, %[[Y:.*]]: memref<?xf32>, %{{.*}}: i1)
// CHECK-DAG: %[[DX:.*]] = memref.dim %[[X]], %c0
// CHECK-DAG: %[[DY:.*]] = memref.dim %[[Y]], %c0
// CHECK: arith.maxui %[[DX]], %[[DY]]
func.func @main(%x: memref<?xf32>, %y: memref<?xf32>, %c: i1) {
  %c0 = arith.constant 0 : index
  %r = scf.if %c -> (memref<?xf32>) {
    scf.yield %x : memref<?xf32>
  } else {
    scf.yield %y : memref<?xf32>
  }
  %n = memref.dim %r, %c0 : memref<?xf32>
  %a = memref.alloc(%n) : memref<?xf32>
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%a : memref<?xf32>)
  return
}

// -----

// A size read from an input's elements at a constant position (a Range
// bound, a Reduce axis fed as an input): the size function reads the same
// element of its own input.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[SIZES:[^:]*]]: memref<4xindex>, %{{.*}}: memref<?xi8>)
// CHECK-LABEL: func.func @main_arena_bytes(
// CHECK-SAME: %[[SIZES2:[^:]*]]: memref<4xindex>) -> index
// CHECK: %[[N:.*]] = memref.load %[[SIZES2]][%{{.*}}] : memref<4xindex>
// CHECK: arith.muli %[[N]]
func.func @main(%sizes: memref<4xindex>) -> memref<?xf32> {
  %c2 = arith.constant 2 : index
  %n = memref.load %sizes[%c2] : memref<4xindex>
  %a = memref.alloc(%n) : memref<?xf32>
  return %a : memref<?xf32>
}

// -----

// A size read from a buffer the model computes is not known before the run.
func.func @main(%in: memref<4xi64>) {
  %c0 = arith.constant 0 : index
  %b = memref.alloc() : memref<4xi64>
  memref.copy %in, %b : memref<4xi64> to memref<4xi64>
  %e = memref.load %b[%c0] : memref<4xi64>
  %n = arith.index_cast %e : i64 to index
  // expected-error @+1 {{the size of a buffer depends on more than the inputs' dims and elements}}
  %a = memref.alloc(%n) : memref<?xf32>
  return
}

// -----

// Nor is one read at a position computed at run time.
func.func @main(%sizes: memref<4xindex>) {
  %c0 = arith.constant 0 : index
  %i = memref.load %sizes[%c0] : memref<4xindex>
  %n = memref.load %sizes[%i] : memref<4xindex>
  // expected-error @+1 {{the size of a buffer depends on more than the inputs' dims and elements}}
  %a = memref.alloc(%n) : memref<?xf32>
  return
}

// -----

// expected-error @+1 {{no function 'main' to plan}}
module {
  func.func @model(%in: memref<4xf32>) {
    return
  }
}
