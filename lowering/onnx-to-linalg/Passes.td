//===- Passes.td - onnx -> linalg ----------------------------*- tablegen -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_PASSES
#define ONNXC_LOWERING_ONNXTOLINALG_PASSES

include "mlir/Pass/PassBase.td"

def ConvertONNXToLinalg
    : Pass<"onnxc-convert-onnx-to-linalg", "mlir::ModuleOp"> {
  let summary = "Lower onnx ops to linalg, tensor, arith and math on tensors";
  let description = [{
    One pattern file per operator family (Elementwise, Comparison, Bitwise,
    Conv, Pooling, Linear, Normalization, Reduction, Cumulative, Diagonal,
    Rearrange, Split, Indexing, Tensor). Unsigned integer types become signless once
    every onnx op is lowered. Named linalg ops are used where one fits (convolution,
    pooling), linalg.generic elsewhere. Shapes must be ranked; dynamic dims
    are read at run time with tensor.dim. An onnx op left over afterwards is
    expanded into its ONNX function definition (onnx ops generated from the
    schemas, dialects/onnx/FunctionDefinitions.h), and the patterns run
    again, until nothing changes. An onnx op left over then is an operator
    the compiler does not support yet: the pass fails with an error naming
    the node, the operator and the opset.

    Indices computed from data are checked at run time, once per index
    (IndexChecks.h): a failed check calls the private function
    `@onnxc.index_out_of_range(index, low, high)` (declared in the module,
    hence a module pass) with the node in its `onnxc.where` attribute, for
    the backend to bind to the runtime.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect", "mlir::bufferization::BufferizationDialect",
    "mlir::func::FuncDialect", "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect", "mlir::scf::SCFDialect",
    "mlir::tensor::TensorDialect"
  ];
}

def FuseElementwise : Pass<"onnxc-fuse-elementwise", "mlir::func::FuncOp"> {
  let summary = "Fuse elementwise producers into consumers that read each element once";
  let description = [{
    linalg-fuse-elementwise-ops (elementwise fusion, reshape folding by
    expansion, constant folding of linalg ops, linalg canonicalisation), but
    an elementwise producer is fused into a consumer only when the
    consumer's indexing map for it is a permutation of all the consumer's
    loops. A producer read with a broadcast — the activation before a
    matmul, which reads it once per output column — stays a separate op:
    fused, its body would run once per consumer iteration instead of once
    per element. A fused body holds at most 128 ops: fusing a long chain
    into one op would cost time quadratic in its length.
  }];
  let dependentDialects = [
    "mlir::affine::AffineDialect", "mlir::linalg::LinalgDialect",
    "mlir::tensor::TensorDialect"
  ];
}

def CheckOperandSizes : Pass<"onnxc-check-operand-sizes", "mlir::ModuleOp"> {
  let summary = "Check at run time the dynamic sizes that operands must share";
  let description = [{
    Before every linalg op on tensors: each operand dim indexed by one loop
    alone must equal that loop's extent (the dims of an elementwise op's
    inputs, a matmul's K), and a dim indexed by a sum of loops (a window)
    must be larger than the largest index read. Before every
    tensor.extract_slice / insert_slice with run-time offsets or sizes: the
    slice must lie inside its tensor. Before every tensor.empty with
    run-time sizes: none may be negative. Checks that static shapes or equal
    SSA values already decide are not emitted; the rest call the private
    `@onnxc.shape_error(relation, size, expected)` (declared in the module)
    with the node in `onnxc.where`, for the backend to bind to the runtime,
    which ends the run with ONNXC_INVALID_ARGUMENT.
  }];
  let dependentDialects = [
    "mlir::affine::AffineDialect", "mlir::arith::ArithDialect",
    "mlir::func::FuncDialect", "mlir::scf::SCFDialect",
    "mlir::tensor::TensorDialect"
  ];
}

def ResolveDims : Pass<"onnxc-resolve-dims"> {
  let summary = "Rewrite dims of op results into dims of what they are computed from, top-down";
  let description = [{
    The patterns of upstream's resolve-shaped-type-result-dims (tensor.dim
    and memref.dim of a result -> the sizes the op reifies from its
    operands), applied visiting ops top-down, so that each dim is resolved
    once onto dims already resolved: in time linear in a chain of ops,
    where upstream's bottom-up order takes quadratic time.
  }];
  let dependentDialects = [
    "mlir::affine::AffineDialect", "mlir::arith::ArithDialect",
    "mlir::memref::MemRefDialect", "mlir::tensor::TensorDialect"
  ];
}

def ExpandONNXFunctions
    : Pass<"onnxc-expand-onnx-functions", "mlir::func::FuncOp"> {
  let summary = "Expand every onnx op that has an ONNX function definition";
  let description = [{
    The expansion phase of onnxc-convert-onnx-to-linalg run alone, for
    tests: every onnx op with a definition that applies to it (its opset,
    attributes, inputs, types) is replaced by the definition's onnx ops,
    repeatedly, whether or not a direct lowering exists. The conversion
    itself expands only the ops its direct patterns leave.
  }];
  let dependentDialects = ["mlir::tensor::TensorDialect"];
}

#endif // ONNXC_LOWERING_ONNXTOLINALG_PASSES
