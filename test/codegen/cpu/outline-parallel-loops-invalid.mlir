// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-cpu-outline-parallel-loops

// expected-error @+1 {{has a parallel loop but no !llvm.ptr argument marked onnxc.thread_pool}}
func.func @no_pool(%y: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %zero, %y[%i] : memref<8xf32>
    scf.reduce
  }
  return
}

// -----

// expected-error @+1 {{'onnxc_rt_parallel_for' must have type '(!llvm.ptr, i64, (!llvm.ptr, i64, i64) -> (), !llvm.ptr) -> ()'}}
func.func private @onnxc_rt_parallel_for(i64)

func.func @wrong_runtime_declaration(%y: memref<8xf32>, %pool: !llvm.ptr {onnxc.thread_pool}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
    memref.store %zero, %y[%i] : memref<8xf32>
    scf.reduce
  }
  return
}
