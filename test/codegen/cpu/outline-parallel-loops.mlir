// RUN: onnxc-opt %s --split-input-file --onnxc-cpu-outline-parallel-loops | FileCheck %s

// onnxc-cpu-outline-parallel-loops: each outermost scf.parallel becomes a
// call of onnxc_rt_parallel_for on the function's thread pool argument, with
// the body outlined and what it uses from outside passed in a closure.

// A 1-D loop that reads two memrefs and an index from outside.
// CHECK-LABEL: func.func private @onnxc_rt_parallel_for(!llvm.ptr, i64, (!llvm.ptr, i64, i64) -> (), !llvm.ptr)
// CHECK-LABEL: func.func @one_dim(
// CHECK-SAME:      %[[X:.*]]: memref<64x32xf32>, %[[Y:.*]]: memref<64x32xf32>, %[[J:.*]]: index, %[[POOL:.*]]: !llvm.ptr {onnxc.thread_pool})
// CHECK:         %[[CLOSURE:.*]] = llvm.alloca %{{.*}} x !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
// CHECK-NOT:     scf.parallel
// CHECK-DAG:     %[[XD:.*]] = builtin.unrealized_conversion_cast %[[X]] : memref<64x32xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-DAG:     %[[J64:.*]] = arith.index_cast %[[J]] : index to i64
// CHECK-DAG:     %[[YD:.*]] = builtin.unrealized_conversion_cast %[[Y]] : memref<64x32xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK-DAG:     llvm.store %[[XD]], %{{.*}}
// CHECK-DAG:     llvm.store %[[J64]], %{{.*}}
// CHECK-DAG:     llvm.store %[[YD]], %{{.*}}
// CHECK:         %[[N:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK:         %[[FN:.*]] = constant @one_dim_parallel_entry : (!llvm.ptr, i64, i64) -> ()
// CHECK:         call @onnxc_rt_parallel_for(%[[POOL]], %[[N]], %[[FN]], %[[CLOSURE]])
// CHECK:         return
// CHECK-LABEL: func.func private @one_dim_parallel(
// CHECK-SAME:      %[[C:.*]]: !llvm.ptr, %[[BEGIN:.*]]: i64, %[[END:.*]]: i64)
// CHECK:         %[[X2D:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
// CHECK:         %[[X2:.*]] = builtin.unrealized_conversion_cast %[[X2D]] : {{.*}} to memref<64x32xf32>
// CHECK:         %[[J2:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK:         %[[B:.*]] = arith.index_cast %[[BEGIN]] : i64 to index
// CHECK:         %[[E:.*]] = arith.index_cast %[[END]] : i64 to index
// CHECK:         scf.for %[[L:.*]] = %[[B]] to %[[E]] step %{{.*}} {
// CHECK:           %[[I:.*]] = arith.addi
// CHECK:           memref.load %[[X2]][%[[I]], %[[J2]]]
// CHECK:           math.exp
// CHECK:           memref.store
// CHECK:         return
// The pool calls the body through an entry that LLVM inlines it into.
// CHECK-LABEL: func.func private @one_dim_parallel_entry(
// CHECK-SAME:      %[[C:.*]]: !llvm.ptr, %[[BEGIN:.*]]: i64, %[[END:.*]]: i64)
// CHECK-NEXT:    call @one_dim_parallel(%[[C]], %[[BEGIN]], %[[END]])
// CHECK-NEXT:    return
func.func @one_dim(%x: memref<64x32xf32>, %y: memref<64x32xf32>, %j: index, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  scf.parallel (%i) = (%c0) to (%c64) step (%c1) {
    %v = memref.load %x[%i, %j] : memref<64x32xf32>
    %e = math.exp %v : f32
    memref.store %e, %y[%i, %j] : memref<64x32xf32>
    scf.reduce
  }
  return
}

// -----

// A 2-D loop with non-unit bounds: the linear index is split last dim
// fastest, each part scaled by its step and offset by its lower bound.
// CHECK-LABEL: func.func @two_dims(
// CHECK:         %[[T0:.*]] = arith.maxsi
// CHECK:         %[[T1:.*]] = arith.maxsi
// CHECK:         %[[P0:.*]] = arith.muli %{{.*}}, %[[T0]]
// CHECK:         %[[P1:.*]] = arith.muli %[[P0]], %[[T1]]
// CHECK:         %[[N:.*]] = arith.index_cast %[[P1]] : index to i64
// CHECK:         call @onnxc_rt_parallel_for(%{{.*}}, %[[N]], %{{.*}}, %{{.*}})
// CHECK-LABEL: func.func private @two_dims_parallel(
// CHECK:         scf.for %[[L:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:           %[[INNER:.*]] = arith.remui %[[L]], %[[TC1:.*]] : index
// CHECK:           %[[OUTER:.*]] = arith.divui %[[L]], %[[TC1]] : index
// CHECK:           %[[S1:.*]] = arith.muli %[[INNER]], %{{.*}} : index
// CHECK:           %[[J:.*]] = arith.addi %{{.*}}, %[[S1]] : index
// CHECK:           %[[S0:.*]] = arith.muli %[[OUTER]], %{{.*}} : index
// CHECK:           %[[I:.*]] = arith.addi %{{.*}}, %[[S0]] : index
// CHECK:           memref.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]]
func.func @two_dims(%y: memref<?x?xf32>, %n: index, %m: index, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%i, %j) = (%c1, %c2) to (%n, %m) step (%c2, %c3) {
    memref.store %zero, %y[%i, %j] : memref<?x?xf32>
    scf.reduce
  }
  return
}

// -----

// Only the outermost loop goes to the pool; the nested one runs inside the
// outlined body.
// CHECK-LABEL: func.func @nested(
// CHECK-NOT:     scf.parallel
// CHECK:         call @onnxc_rt_parallel_for
// CHECK-NOT:     call @onnxc_rt_parallel_for
// CHECK-LABEL: func.func private @nested_parallel(
// CHECK:         scf.for
// CHECK:           scf.parallel
// CHECK-NOT:     call @onnxc_rt_parallel_for
func.func @nested(%y: memref<8x8xf32>, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    scf.parallel (%j) = (%c0) to (%c8) step (%c1) {
      memref.store %zero, %y[%i, %j] : memref<8x8xf32>
      scf.reduce
    }
    scf.reduce
  }
  return
}

// -----

// Two loops in one function: two bodies, one declaration of the runtime.
// CHECK-LABEL: func.func private @onnxc_rt_parallel_for
// CHECK-NOT:   func.func private @onnxc_rt_parallel_for
// CHECK-LABEL: func.func @two_loops(
// CHECK:         %[[F0:.*]] = constant @two_loops_parallel_entry :
// CHECK:         call @onnxc_rt_parallel_for(%{{.*}}, %{{.*}}, %[[F0]], %{{.*}})
// CHECK:         %[[F1:.*]] = constant @two_loops_parallel_0_entry :
// CHECK:         call @onnxc_rt_parallel_for(%{{.*}}, %{{.*}}, %[[F1]], %{{.*}})
// CHECK-DAG:   func.func private @two_loops_parallel(
// CHECK-DAG:   func.func private @two_loops_parallel_0(
func.func @two_loops(%y: memref<8xf32>, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %zero, %y[%i] : memref<8xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %one, %y[%i] : memref<8xf32>
    scf.reduce
  }
  return
}

// -----

// A loop with a reduction result is left as it is, and so is a function
// without parallel loops (it needs no pool).
// CHECK-NOT:   onnxc_rt_parallel_for
// CHECK-LABEL: func.func @reduction(
// CHECK:         scf.parallel
// CHECK-LABEL: func.func @serial(
// CHECK-NOT:   onnxc_rt_parallel_for
// CHECK:       return
func.func @reduction(%x: memref<8xf32>, %pool: !llvm.ptr {onnxc.thread_pool}) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  %sum = scf.parallel (%i) = (%c0) to (%c8) step (%c1) init (%zero) -> f32 {
    %v = memref.load %x[%i] : memref<8xf32>
    scf.reduce(%v : f32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }
  }
  return %sum : f32
}

func.func @serial(%x: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c8 step %c1 {
    memref.store %zero, %x[%i] : memref<8xf32>
  }
  return
}

// -----

// Constants, sizes and globals are recomputed in the body; a view computed
// from an argument is passed as its descriptor.
memref.global "private" constant @weights : memref<8xf32> = dense<1.0>
// CHECK-LABEL: func.func @recomputed(
// CHECK:         llvm.alloca %{{.*}} x !llvm.struct<(struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>)>
// CHECK-LABEL: func.func private @recomputed_parallel(
// CHECK:         %[[VIEW:.*]] = builtin.unrealized_conversion_cast %{{.*}} to memref<8xf32, strided<[1], offset: 8>>
// CHECK:         %[[W:.*]] = memref.get_global @weights : memref<8xf32>
// CHECK:         scf.for
// CHECK:           memref.load %[[W]]
// CHECK:           memref.store %{{.*}}, %[[VIEW]]
func.func @recomputed(%y: memref<16xf32>, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %w = memref.get_global @weights : memref<8xf32>
  %view = memref.subview %y[8] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: 8>>
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    %v = memref.load %w[%i] : memref<8xf32>
    memref.store %v, %view[%i] : memref<8xf32, strided<[1], offset: 8>>
    scf.reduce
  }
  return
}
