//===- InferShapes.cpp - onnxc-onnx-infer-shapes --------------------------===//

#include "dialects/onnx/ShapeInference.h"
#include "lowering/onnx/Passes.h"

namespace onnxc::onnx {

#define GEN_PASS_DEF_INFERSHAPES
#include "lowering/onnx/Passes.h.inc"

namespace {
struct InferShapesPass : impl::InferShapesBase<InferShapesPass> {
  void runOnOperation() override {
    mlir::func::FuncOp function = getOperation();
    auto result = function.walk([](mlir::Operation *op) {
      if (!llvm::isa<ONNXDialect>(op->getDialect()))
        return mlir::WalkResult::advance();
      return mlir::failed(inferShapes(op)) ? mlir::WalkResult::interrupt()
                                           : mlir::WalkResult::advance();
    });
    if (result.wasInterrupted())
      return signalPassFailure();
    // The function returns what its body now computes.
    mlir::Operation *terminator = function.getBody().back().getTerminator();
    function.setType(mlir::FunctionType::get(
        function.getContext(), function.getArgumentTypes(),
        terminator->getOperandTypes()));
  }
};
} // namespace

} // namespace onnxc::onnx
