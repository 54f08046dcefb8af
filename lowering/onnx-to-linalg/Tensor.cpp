//===- Tensor.cpp - tensor-manipulation onnx ops -> tensor/linalg ---------===//
//
// Constant -> arith.constant (resource blobs stay resource blobs);
// Reshape, Flatten, Unsqueeze, Squeeze -> collapse/expand_shape when their
// result type is known; Transpose -> linalg.transpose.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
/// Constant -> arith.constant of the same value.
struct ConstantLowering : OpRewritePattern<onnx::ConstantOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConstantOp op,
                                PatternRewriter &rewriter) const override {
    auto value = dyn_cast_or_null<TypedAttr>(op->getAttr("value"));
    if (!value || !isa<RankedTensorType>(value.getType()))
      return rewriter.notifyMatchFailure(op, "needs a tensor value");
    Type element = cast<RankedTensorType>(value.getType()).getElementType();
    if (!element.isSignlessIntOrFloat())
      return rewriter.notifyMatchFailure(op, "needs a signless element type");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }
};

/// Ops that only change the shape, with the data in the same order: the
/// result type already says everything (shape inference computed it).
struct ReshapeLikeLowering : RewritePattern {
  ReshapeLikeLowering(StringRef opName, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType resultType = getRankedResultType(op);
    auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (!resultType || !inputType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    int64_t dynamicIn = llvm::count(inputType.getShape(), ShapedType::kDynamic);
    int64_t dynamicOut = llvm::count(resultType.getShape(), ShapedType::kDynamic);
    if (dynamicOut > dynamicIn)
      return rewriter.notifyMatchFailure(op, "result shape not inferred");
    FailureOr<Value> result =
        reshapeTensor(rewriter, op->getLoc(), op->getOperand(0), resultType);
    if (failed(result))
      return rewriter.notifyMatchFailure(op, "no static reassociation");
    rewriter.replaceOp(op, *result);
    return success();
  }
};

/// Transpose -> linalg.transpose.
struct TransposeLowering : OpRewritePattern<onnx::TransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::TransposeOp op,
                                PatternRewriter &rewriter) const override {
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    SmallVector<int64_t> reversed;
    for (int64_t i = inputType.getRank() - 1; i >= 0; --i)
      reversed.push_back(i);
    SmallVector<int64_t> perm = onnx::getIntsAttr(op, "perm", reversed);
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t p : perm)
      dimSources.push_back({input, p});
    Value init = createEmptyTensor(rewriter, op.getLoc(), resultType, dimSources);
    rewriter.replaceOp(op, linalg::TransposeOp::create(rewriter, op.getLoc(), input,
                                                       init, perm)
                               .getResult());
    return success();
  }
};
} // namespace

void populateTensorPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ConstantLowering, TransposeLowering>(ctx);
  for (StringRef name : {"onnx.Reshape", "onnx.Flatten", "onnx.Unsqueeze", "onnx.Squeeze"})
    patterns.add<ReshapeLikeLowering>(name, ctx);
}

} // namespace onnxc
