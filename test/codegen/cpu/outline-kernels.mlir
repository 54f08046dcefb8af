// RUN: onnxc-opt %s --onnxc-cpu-outline-kernels="min-loop-nests=2" | FileCheck %s
// RUN: onnxc-opt %s --onnxc-cpu-outline-kernels="min-loop-nests=3" | FileCheck %s --check-prefix=WHOLE

// Two loop nests reach the threshold of 2: each becomes a call of a
// never-inlined kernel function that calls its body; the memref is passed,
// the constants the loops use are recomputed inside. A guard without a loop
// (a run-time check) stays in place.
// CHECK-LABEL: func.func @model
// CHECK-SAME: (%[[BUF:.*]]: memref<16xf32>, %[[BAD:.*]]: i1)
// CHECK: call @model_kernel0(%[[BUF]]) : (memref<16xf32>) -> ()
// CHECK: scf.if %[[BAD]]
// CHECK: call @model_kernel1(%[[BUF]]) : (memref<16xf32>) -> ()
// CHECK-NOT: scf.for
// CHECK: return
// CHECK: func.func private @model_kernel1_body(%[[B1:.*]]: memref<16xf32>)
// CHECK: %[[C16:.*]] = arith.constant 16 : index
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[C16]]
// CHECK: memref.store {{.*}}, %[[B1]]
// CHECK: func.func private @model_kernel1(%[[A1:.*]]: memref<16xf32>) attributes {passthrough = ["noinline"]}
// CHECK-NEXT: call @model_kernel1_body(%[[A1]])
// CHECK: func.func private @model_kernel0_body
// CHECK: func.func private @model_kernel0({{.*}}) attributes {passthrough = ["noinline"]}

// Below the threshold the function stays whole.
// WHOLE-LABEL: func.func @model
// WHOLE-NOT: call @model_kernel
// WHOLE-COUNT-2: scf.for
// WHOLE-NOT: func.func private
func.func private @report()
func.func @model(%buf: memref<16xf32>, %bad: i1) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c16 step %c1 {
    memref.store %zero, %buf[%i] : memref<16xf32>
  }
  scf.if %bad {
    func.call @report() : () -> ()
  }
  scf.for %i = %c0 to %c16 step %c1 {
    %v = memref.load %buf[%i] : memref<16xf32>
    %w = arith.addf %v, %v : f32
    memref.store %w, %buf[%i] : memref<16xf32>
  }
  return
}
