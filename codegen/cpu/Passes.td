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

def TileContractions : Pass<"onnxc-cpu-tile-contractions", "mlir::func::FuncOp"> {
  let summary = "Register-blocked vector micro-kernels for f32 matmul-like linalg ops";
  let description = [{
    Replaces every f32 linalg op on buffers that is a contraction with one
    m, one n and one k dim (plus any batch dims) — linalg.matmul,
    batch_matmul and the generic contractions the Gemm/MatMul lowering
    emits — whose second operand and output run along n in their
    contiguous last index, by loops over output tiles of `rows` x `cols`
    elements. Each tile keeps its accumulators in vector registers across
    the whole k loop: per k step one vector load of the rhs row, and per
    tile row one scalar load, broadcast and vector.fma. Leftover rows are
    done one at a time, leftover columns by one tile of out-of-bounds
    (masked) transfers. Other linalg ops, and contractions whose rhs is
    read transposed or whose layout is not contiguous, are left alone. The
    pass walks every linalg op in the function, wherever it is nested.
  }];
  let options = [
    Option<"rows", "rows", "int64_t", "4", "Output rows per register tile">,
    Option<"cols", "cols", "int64_t", "16", "Output columns (f32 vector length) per register tile">,
  ];
  let dependentDialects = ["mlir::arith::ArithDialect", "mlir::scf::SCFDialect",
                           "mlir::vector::VectorDialect", "mlir::memref::MemRefDialect"];
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
