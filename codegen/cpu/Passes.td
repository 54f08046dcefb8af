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

def InterchangeLoops : Pass<"onnxc-cpu-interchange-loops", "mlir::func::FuncOp"> {
  let summary = "Order contraction loops so the innermost one is stride-1";
  let description = [{
    Loops generated from a linalg op follow its iteration dims, with the
    reduction dims (a convolution's window, a matmul's K) innermost: LLVM
    cannot vectorise those short or strided loops. This pass generalises
    every linalg op that has a reduction and moves the dim of the output's
    last index innermost, after the reductions, when every input reads that
    dim in its own last index and the reduction is long (64 or more
    multiply-adds per output; shorter ones LLVM unrolls into registers): the innermost loop then streams through
    contiguous memory and vectorises (out[.., ow] += in[.., ow + kw] * w).
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect"];
}

def ExpandShapesToCasts : Pass<"onnxc-cpu-expand-shapes-to-casts", "mlir::func::FuncOp"> {
  let summary = "Rewrite expand_shape with several dynamic sizes in one group as reinterpret_cast";
  let description = [{
    A reshape to sizes computed at run time (`x.view(b, s * heads, d)` with
    symbolic b and s) expands one dim into several dynamic ones. LLVM 22's
    expand-strided-metadata crashes on such a memref.expand_shape, so this
    pass, run before it, writes the view out as a memref.reinterpret_cast of
    the source's base buffer with the strides the expansion implies. Other
    expand_shapes are left to expand-strided-metadata.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect", "mlir::memref::MemRefDialect"];
}

#endif // ONNXC_CODEGEN_CPU_PASSES
