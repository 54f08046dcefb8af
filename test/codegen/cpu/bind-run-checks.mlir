// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-cpu-bind-run-checks | FileCheck %s

// A failed index check calls the runtime with the kernel's pool and the
// node as a NUL-terminated string; the placeholder declaration goes away.
// CHECK-NOT: @onnxc.index_out_of_range
// CHECK-DAG: llvm.mlir.global internal constant @onnxc_where_0("node 'embed' (Gather, opset 13): indices\00")
// CHECK-DAG: func.func private @onnxc_rt_index_error(!llvm.ptr, !llvm.ptr, i64, i64, i64)
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[I:.*]]: i64, %[[POOL:.*]]: !llvm.ptr {onnxc.thread_pool})
// CHECK: scf.if
// CHECK: %[[TEXT:.*]] = llvm.mlir.addressof @onnxc_where_0
// CHECK: %[[PTR:.*]] = llvm.getelementptr %[[TEXT]][0, 0]
// CHECK: func.call @onnxc_rt_index_error(%[[POOL]], %[[PTR]], %[[I]], %{{.*}}, %{{.*}})
func.func private @onnxc.index_out_of_range(i64, i64, i64)
func.func @main(%i: i64, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c0 = arith.constant 0 : i64
  %bad = arith.cmpi slt, %i, %c0 : i64
  scf.if %bad {
    %lo = arith.constant -10 : i64
    %hi = arith.constant 9 : i64
    func.call @onnxc.index_out_of_range(%i, %lo, %hi) {onnxc.where = "node 'embed' (Gather, opset 13): indices"} : (i64, i64, i64) -> ()
  }
  return
}

// -----

// Without the pool argument there is nowhere to report to.
func.func private @onnxc.index_out_of_range(i64, i64, i64)
func.func @no_pool(%i: i64) {
  // expected-error @+1 {{run-time check in a function without an !llvm.ptr argument marked onnxc.thread_pool}}
  func.call @onnxc.index_out_of_range(%i, %i, %i) : (i64, i64, i64) -> ()
  return
}

// -----

// A failed shape check calls onnxc_rt_shape_error, which ends the run.
// CHECK-NOT: @onnxc.shape_error
// CHECK-DAG: func.func private @onnxc_rt_shape_error(!llvm.ptr, !llvm.ptr, i32, i64, i64)
// CHECK-LABEL: func.func @shape
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64, %[[POOL:.*]]: !llvm.ptr {onnxc.thread_pool})
// CHECK: func.call @onnxc_rt_shape_error(%[[POOL]], %{{.*}}, %{{.*}}, %[[A]], %[[B]])
func.func private @onnxc.shape_error(i32, i64, i64)
func.func @shape(%a: i64, %b: i64, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %bad = arith.cmpi ne, %a, %b : i64
  scf.if %bad {
    %relation = arith.constant 1 : i32
    func.call @onnxc.shape_error(%relation, %a, %b) {onnxc.where = "node 'add': its operands' dims disagree at run time: a dim of size"} : (i32, i64, i64) -> ()
  }
  return
}
