//===- Pooling.cpp - pooling onnx ops -> linalg pooling -------------------===//
//
// MaxPool (2-D, NCHW): padding with -inf (plus the extra end padding that
// ceil_mode implies), then linalg.pooling_nchw_max. GlobalAveragePool: a
// sum reduction over the spatial dims divided by their count.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
/// MaxPool (2-D, NCHW, no Indices output) -> pad + linalg.pooling_nchw_max.
struct MaxPoolLowering : OpRewritePattern<onnx::MaxPoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MaxPoolOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "only ranked 2-D pooling");
    if (op->getNumResults() > 1 && !op->getResult(1).use_empty())
      return rewriter.notifyMatchFailure(op, "Indices output is used");
    auto elementType = dyn_cast<FloatType>(inputType.getElementType());
    if (!elementType || resultType.isDynamicDim(2) || resultType.isDynamicDim(3))
      return rewriter.notifyMatchFailure(op, "float pooling with static spatial dims");
    FailureOr<onnx::ConvGeometry> g =
        onnx::getConvGeometry(op, inputType.getShape().drop_front(2));
    if (failed(g))
      return failure();

    // With ceil_mode the last window may run past the end padding; pad more
    // so linalg's floor-based window count covers it.
    SmallVector<int64_t> padsEnd = g->padsEnd;
    for (unsigned i = 0; i < 2; ++i) {
      int64_t span = g->dilations[i] * (g->kernel[i] - 1) + 1;
      int64_t needed = (resultType.getDimSize(2 + i) - 1) * g->strides[i] + span;
      int64_t have = inputType.getDimSize(2 + i) + g->padsBegin[i] + padsEnd[i];
      padsEnd[i] += std::max<int64_t>(0, needed - have);
    }
    TypedAttr lowest = rewriter.getFloatAttr(
        elementType, APFloat::getInf(elementType.getFloatSemantics(), true));
    Value padded = input;
    if (llvm::any_of(g->padsBegin, [](int64_t p) { return p; }) ||
        llvm::any_of(padsEnd, [](int64_t p) { return p; }))
      padded = padTensor(rewriter, loc, input, {0, 0, g->padsBegin[0], g->padsBegin[1]},
                         {0, 0, padsEnd[0], padsEnd[1]}, lowest);
    SmallVector<std::pair<Value, int64_t>> dimSources = {
        {input, 0}, {input, 1}, {input, 2}, {input, 3}};
    Value accumulator = createFilledTensor(rewriter, loc, resultType, lowest, dimSources);
    Value window = tensor::EmptyOp::create(rewriter, loc, g->kernel, elementType);
    Value result = linalg::PoolingNchwMaxOp::create(
                       rewriter, loc, TypeRange{resultType}, ValueRange{padded, window},
                       ValueRange{accumulator}, rewriter.getI64TensorAttr(g->strides),
                       rewriter.getI64TensorAttr(g->dilations))
                       .getResult(0);
    SmallVector<Value> replacements = {result};
    if (op->getNumResults() > 1)
      replacements.push_back(nullptr);
    rewriter.replaceAllUsesWith(op->getResult(0), result);
    rewriter.eraseOp(op);
    return success();
  }
};

/// GlobalAveragePool: mean over the spatial dims, keeping them as size 1.
struct GlobalAveragePoolLowering : OpRewritePattern<onnx::GlobalAveragePoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GlobalAveragePoolOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || !isa<FloatType>(inputType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs ranked float tensors");
    int64_t rank = inputType.getRank();
    int64_t count = 1;
    for (int64_t i = 2; i < rank; ++i) {
      if (inputType.isDynamicDim(i))
        return rewriter.notifyMatchFailure(op, "spatial dims must be static");
      count *= inputType.getDimSize(i);
    }
    Type element = inputType.getElementType();
    SmallVector<std::pair<Value, int64_t>> dimSources = {{input, 0}, {input, 1}};
    dimSources.resize(rank, {input, 0});
    Value sum = createFilledTensor(rewriter, loc, resultType,
                                   rewriter.getFloatAttr(element, 0), dimSources);
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> outExprs = {getAffineDimExpr(0, ctx), getAffineDimExpr(1, ctx)};
    for (int64_t i = 2; i < rank; ++i)
      outExprs.push_back(getAffineConstantExpr(0, ctx));
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx),
                                   AffineMap::get(rank, 0, outExprs, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::reduction);
    iterators[0] = iterators[1] = utils::IteratorType::parallel;
    Value reduced =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{resultType}, ValueRange{input}, ValueRange{sum},
            maps, iterators,
            [](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(b, l, {arith::AddFOp::create(b, l, args[0], args[1])});
            })
            .getResult(0);
    Value divisor = arith::ConstantOp::create(
        rewriter, loc, rewriter.getFloatAttr(element, static_cast<double>(count)));
    Value mean = buildElementwise(rewriter, loc, resultType, ValueRange{reduced},
                                  [&](OpBuilder &b, Location l, ValueRange args) {
                                    return arith::DivFOp::create(b, l, args[0], divisor);
                                  });
    rewriter.replaceOp(op, mean);
    return success();
  }
};
} // namespace

void populatePoolingPatterns(RewritePatternSet &patterns) {
  patterns.add<MaxPoolLowering, GlobalAveragePoolLowering>(patterns.getContext());
}

} // namespace onnxc
