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

def PointwiseConvsToContractions
    : Pass<"onnxc-cpu-pointwise-convs-to-contractions", "mlir::func::FuncOp"> {
  let summary = "Rewrite 1x1 stride-1 NCHW convolutions on buffers as matmul-like generics";
  let description = [{
    A linalg.conv_2d_nchw_fchw on buffers with a 1x1 filter and stride 1
    (so no padding reaches it: the input has the output's spatial size)
    becomes, over collapse_shape views of its buffers,

      out[n, f, h * W + w] += w[f, c] * in[n, c, h * W + w]

    a linalg.generic contraction with m = f, k = c and the flattened
    spatial dim as the contiguous n dim: the form the
    onnxc-cpu-tile-contractions micro-kernel takes, with vectors running
    across image rows however narrow the image. Convolutions on buffers
    that cannot be viewed so (strided layouts), other filters and strides
    are left alone.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect", "mlir::arith::ArithDialect",
                           "mlir::memref::MemRefDialect"];
}

def TileContractions : Pass<"onnxc-cpu-tile-contractions", "mlir::func::FuncOp"> {
  let summary = "Register-blocked vector micro-kernels for f32 matmul-like linalg ops and convolutions";
  let description = [{
    Replaces every f32 linalg op on buffers that is a contraction with one
    m, one n and one k dim (plus any batch dims) — linalg.matmul,
    batch_matmul and the generic contractions the Gemm/MatMul lowering
    emits — whose second operand and output run along n in their
    contiguous last index, by loops over output tiles of `rows` x `cols`
    elements. Convolutions with output channels (named or generic, in any
    loop order, grouped too) whose output's last index is an output image
    dim `ow` are tiled the same way: rows over the output channels, vectors
    along ow, a loop per reduction dim (c, kh, kw) with the accumulators
    carried through all of them, and the input read at ow * stride +
    kw * dilation: contiguous at stride 1, and at stride s every s-th
    element of one contiguous read of (cols - 1) * s + 1 elements. Each tile keeps its accumulators in vector registers across
    the whole k loop: per k step one vector load of the rhs row, and per
    tile row one scalar load, broadcast and vector.fma. Leftover rows are
    done one at a time, leftover columns by one tile of out-of-bounds
    (masked) transfers. Other linalg ops (depthwise convolutions, pooling)
    and contractions whose rhs is read
    transposed or whose layout is not contiguous, are left alone. The
    pass walks every linalg op in the function, wherever it is nested.
    The onnxc driver sets `rows` and `cols` from the target's vector
    registers (MicroKernelTile.h); the defaults here are for onnxc-opt.
  }];
  let options = [
    Option<"rows", "rows", "int64_t", "4", "Output rows per register tile">,
    Option<"cols", "cols", "int64_t", "16", "Output columns (f32 vector length) per register tile">,
  ];
  let dependentDialects = ["mlir::affine::AffineDialect", "mlir::arith::ArithDialect",
                           "mlir::scf::SCFDialect", "mlir::vector::VectorDialect",
                           "mlir::memref::MemRefDialect"];
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

def ParallelizeOuterLoops : Pass<"onnxc-cpu-parallelize-outer-loops", "mlir::func::FuncOp"> {
  let summary = "Run one outer parallel loop of each large linalg op as an scf.parallel";
  let description = [{
    For every linalg op on buffers whose iteration space holds at least
    `min-volume` points (a dynamic dim counting as 16), tiles one dim by 1 into an
    scf.parallel around the op on subviews. The dim is one of the op's
    leading parallel loops (in its loop order, after
    onnxc-cpu-interchange-loops: before its first reduction, never its
    innermost loop): the first with at least `min-iterations` static
    iterations, else a dynamic one (a batch), else the longest. Smaller ops,
    and ops whose outermost loop is a reduction, stay serial.
    onnxc-cpu-outline-parallel-loops runs the loop on the thread pool, which
    chooses the chunks; the op's other loops stay a plain nest inside. When
    the dim is a row dim of an op that onnxc-cpu-tile-contractions will
    turn into a micro-kernel (a convolution's output channels when the batch
    is a static 1), it is tiled by `micro-kernel-rows` instead, so that each
    iteration still holds a full row tile.
  }];
  let options = [
    Option<"minVolume", "min-volume", "int64_t", /*default=*/"65536",
           "Fewest iteration-space points worth a parallel loop (dynamic dims count 16)">,
    Option<"minIterations", "min-iterations", "int64_t", /*default=*/"16",
           "Static iterations that make a dim the parallel one">,
    Option<"microKernelRows", "micro-kernel-rows", "int64_t", /*default=*/"4",
           "Rows per iteration when the dim is a row dim of a contraction micro-kernel "
           "(onnxc-cpu-tile-contractions' rows)">,
  ];
  let dependentDialects = ["mlir::linalg::LinalgDialect", "mlir::scf::SCFDialect",
                           "mlir::affine::AffineDialect", "mlir::memref::MemRefDialect",
                           "mlir::arith::ArithDialect"];
}

def OutlineParallelLoops : Pass<"onnxc-cpu-outline-parallel-loops", "mlir::ModuleOp"> {
  let summary = "Run each outermost scf.parallel on the runtime's thread pool";
  let description = [{
    Outlines the body of every scf.parallel that is not nested in another
    one (and has no reductions) into a private function
    `(!llvm.ptr closure, i64 begin, i64 end)` that runs iterations
    [begin, end) of the loop's linearised iteration space, packs the values
    the body uses from outside into a closure struct on the stack (memrefs as
    their LLVM descriptors, index as i64), and replaces the loop by a call
    `onnxc_rt_parallel_for(pool, iterations, fn, closure)`. The pool is the
    enclosing function's `!llvm.ptr` argument marked `onnxc.thread_pool`;
    a parallel loop in a function without one is an error.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect", "mlir::func::FuncDialect",
                           "mlir::scf::SCFDialect", "mlir::arith::ArithDialect"];
}

def OutlineKernels : Pass<"onnxc-cpu-outline-kernels", "mlir::ModuleOp"> {
  let summary = "Give each loop nest of a large model function its own function";
  let description = [{
    In a function with at least `min-loop-nests` top-level ops that hold a
    loop (and have no results), each such op is moved into a new private
    function `@<function>_kernel<n>` marked `no_inline`, taking the values
    it uses from outside as arguments (side-effect-free scalar ops that
    compute them are recomputed inside), and replaced by a call. LLVM's code
    generation then works on many small functions instead of one whose
    size follows the graph's, in which it takes time that grows faster than
    linearly. Functions with fewer loop nests are left whole.
  }];
  let options = [
    Option<"minLoopNests", "min-loop-nests", "unsigned", /*default=*/"256",
           "Outline the loop nests of functions with at least this many">
  ];
  let dependentDialects = ["mlir::func::FuncDialect"];
}

def BindRunChecks : Pass<"onnxc-cpu-bind-run-checks", "mlir::ModuleOp"> {
  let summary = "Bind failed run-time checks to the runtime's error functions";
  let description = [{
    Each call of `@onnxc.index_out_of_range(index, low, high)` that the
    linalg lowering emits for an index out of range (IndexChecks.h) becomes
    a call of `onnxc_rt_index_error(pool, where, index, low, high)`, and
    each call of `@onnxc.shape_error(relation, size, expected)` that
    onnxc-check-operand-sizes emits becomes a call of
    `onnxc_rt_shape_error(pool, where, relation, size, expected)`, with
    the enclosing function's `!llvm.ptr` argument marked
    `onnxc.thread_pool` and the call's `onnxc.where` text as a constant
    string; the run then returns ONNXC_INVALID_ARGUMENT naming the node
    (runtime/src/run_checks.h). Runs before parallel loops are outlined; a
    check inside one, or in a function without the pool, is an error.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect", "mlir::func::FuncDialect"];
}

#endif // ONNXC_CODEGEN_CPU_PASSES
