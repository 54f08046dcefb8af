//===- Passes.td - CPU code generation ------------------------*- tablegen -*-===//

#ifndef ONNXC_CODEGEN_CPU_PASSES
#define ONNXC_CODEGEN_CPU_PASSES

include "mlir/Pass/PassBase.td"

def CopiesToLinalg : Pass<"onnxc-cpu-copies-to-linalg", "mlir::func::FuncOp"> {
  let summary = "Rewrite memref.copy as linalg.copy";
  let description = [{
    The LLVM lowering of memref.copy between strided buffers calls
    `memrefCopy` from MLIR's runner utilities, which a standalone model
    library does not have. As linalg.copy it becomes plain loops. Copies of
    unranked buffers, which linalg cannot express, are left alone.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect"];
}

#endif // ONNXC_CODEGEN_CPU_PASSES
