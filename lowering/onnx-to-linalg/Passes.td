//===- Passes.td - onnx -> linalg ----------------------------*- tablegen -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_PASSES
#define ONNXC_LOWERING_ONNXTOLINALG_PASSES

include "mlir/Pass/PassBase.td"

def ConvertONNXToLinalg
    : Pass<"onnxc-convert-onnx-to-linalg", "mlir::func::FuncOp"> {
  let summary = "Lower onnx ops to linalg, tensor, arith and math on tensors";
  let description = [{
    One pattern file per operator family (Elementwise, Comparison, Conv,
    Pooling, Linear, Normalization, Reduction, Indexing, Tensor). Named linalg ops are used where one fits (convolution,
    pooling), linalg.generic elsewhere. Shapes must be ranked; dynamic dims
    are read at run time with tensor.dim. An onnx op left over afterwards is
    an operator the compiler does not support yet: the pass fails with an
    error naming the node, the operator and the opset.
  }];
  let dependentDialects = [
    "mlir::arith::ArithDialect", "mlir::linalg::LinalgDialect",
    "mlir::math::MathDialect", "mlir::tensor::TensorDialect"
  ];
}

#endif // ONNXC_LOWERING_ONNXTOLINALG_PASSES
