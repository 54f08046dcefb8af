//===- Pooling.cpp - pooling onnx ops -> linalg pooling -------------------===//
//
// MaxPool (2-D, NCHW): padding with -inf (plus the extra end padding that
// ceil_mode implies), then linalg.pooling_nchw_max. AveragePool (2-D):
// padding with 0, linalg.pooling_nchw_sum, then a division by the number
// of window taps that count (inside the input, or inside the explicit
// padding with count_include_pad), computed at compile time per output
// row and column. 1-D pooling becomes 2-D pooling over a unit height.
// GlobalAveragePool: a sum reduction over the spatial dims divided by
// their count.
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

/// End padding extended so that linalg's floor-based window count covers
/// the last ceil_mode window of `resultType`.
static SmallVector<int64_t> getCeilModePadsEnd(const onnx::ConvGeometry &g,
                                               RankedTensorType inputType,
                                               RankedTensorType resultType) {
  SmallVector<int64_t> padsEnd = g.padsEnd;
  for (unsigned i = 0; i < 2; ++i) {
    int64_t span = g.dilations[i] * (g.kernel[i] - 1) + 1;
    int64_t needed = (resultType.getDimSize(2 + i) - 1) * g.strides[i] + span;
    int64_t have = inputType.getDimSize(2 + i) + g.padsBegin[i] + padsEnd[i];
    padsEnd[i] += std::max<int64_t>(0, needed - have);
  }
  return padsEnd;
}

/// Pads `input` with `padValue` (plus the end padding that ceil_mode
/// implies) and reduces every window with the named pooling op PoolOp into
/// an accumulator that starts at `padValue`.
template <typename PoolOp>
static Value buildWindowReduction(PatternRewriter &rewriter, Location loc,
                                  Value input, const onnx::ConvGeometry &g,
                                  RankedTensorType resultType, TypedAttr padValue) {
  auto inputType = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> padsEnd = getCeilModePadsEnd(g, inputType, resultType);
  Value padded = input;
  if (llvm::any_of(g.padsBegin, [](int64_t p) { return p; }) ||
      llvm::any_of(padsEnd, [](int64_t p) { return p; }))
    padded = padTensor(rewriter, loc, input, {0, 0, g.padsBegin[0], g.padsBegin[1]},
                       {0, 0, padsEnd[0], padsEnd[1]}, padValue);
  SmallVector<std::pair<Value, int64_t>> dimSources = {
      {input, 0}, {input, 1}, {input, 2}, {input, 3}};
  Value accumulator = createFilledTensor(rewriter, loc, resultType, padValue, dimSources);
  Value window =
      tensor::EmptyOp::create(rewriter, loc, g.kernel, resultType.getElementType());
  return PoolOp::create(rewriter, loc, TypeRange{resultType}, ValueRange{padded, window},
                        ValueRange{accumulator}, rewriter.getI64TensorAttr(g.strides),
                        rewriter.getI64TensorAttr(g.dilations))
      .getResult(0);
}

/// The operands of a 2-D NCHW pooling op over floats whose output spatial
/// dims are static, with its window geometry.
struct Pool2D {
  Value input;
  RankedTensorType inputType, resultType;
  FloatType elementType;
  onnx::ConvGeometry geometry;
};

static FailureOr<Pool2D> matchPool2D(Operation *op, PatternRewriter &rewriter) {
  Value input = op->getOperand(0);
  auto inputType = dyn_cast<RankedTensorType>(input.getType());
  RankedTensorType resultType = getRankedResultType(op);
  if (!inputType || !resultType || inputType.getRank() != 4)
    return rewriter.notifyMatchFailure(op, "only ranked 2-D pooling");
  auto elementType = dyn_cast<FloatType>(inputType.getElementType());
  if (!elementType || resultType.isDynamicDim(2) || resultType.isDynamicDim(3))
    return rewriter.notifyMatchFailure(op, "float pooling with static spatial dims");
  FailureOr<onnx::ConvGeometry> g =
      onnx::getConvGeometry(op, inputType.getShape().drop_front(2));
  if (failed(g))
    return failure();
  return Pool2D{input, inputType, resultType, elementType, *g};
}

namespace {
/// MaxPool (2-D, NCHW, no Indices output) -> pad + linalg.pooling_nchw_max.
struct MaxPoolLowering : OpRewritePattern<onnx::MaxPoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MaxPoolOp op,
                                PatternRewriter &rewriter) const override {
    if (op->getNumResults() > 1 && !op->getResult(1).use_empty())
      return rewriter.notifyMatchFailure(op, "Indices output is used");
    FailureOr<Pool2D> pool = matchPool2D(op, rewriter);
    if (failed(pool))
      return failure();
    TypedAttr lowest = rewriter.getFloatAttr(
        pool->elementType, APFloat::getInf(pool->elementType.getFloatSemantics(), true));
    Value result = buildWindowReduction<linalg::PoolingNchwMaxOp>(
        rewriter, op.getLoc(), pool->input, pool->geometry, pool->resultType, lowest);
    rewriter.replaceAllUsesWith(op->getResult(0), result);
    rewriter.eraseOp(op);
    return success();
  }
};

/// AveragePool (2-D, NCHW, static spatial dims) -> pad with 0 +
/// linalg.pooling_nchw_sum, divided by the count of taps per output.
struct AveragePoolLowering : OpRewritePattern<onnx::AveragePoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::AveragePoolOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FailureOr<Pool2D> pool = matchPool2D(op, rewriter);
    if (failed(pool))
      return failure();
    // The divisors are computed from the input's spatial size.
    if (pool->inputType.isDynamicDim(2) || pool->inputType.isDynamicDim(3))
      return rewriter.notifyMatchFailure(op, "float pooling with static spatial dims");
    Value input = pool->input;
    RankedTensorType inputType = pool->inputType, resultType = pool->resultType;
    FloatType elementType = pool->elementType;
    const onnx::ConvGeometry *g = &pool->geometry;
    bool countPad = onnx::getIntAttr(op, "count_include_pad", 0) != 0;

    // Taps of each output row (i = 0) and column (i = 1) that count: those
    // inside the input, or inside the explicit padding with
    // count_include_pad (never the extra ceil_mode overhang).
    SmallVector<SmallVector<double>> counts(2);
    bool uniform = true;
    for (unsigned i = 0; i < 2; ++i) {
      int64_t size = inputType.getDimSize(2 + i);
      int64_t low = countPad ? -g->padsBegin[i] : 0;
      int64_t high = countPad ? size + g->padsEnd[i] : size;
      for (int64_t o = 0; o < resultType.getDimSize(2 + i); ++o) {
        int64_t taps = 0;
        for (int64_t k = 0; k < g->kernel[i]; ++k) {
          int64_t position = o * g->strides[i] - g->padsBegin[i] + k * g->dilations[i];
          taps += position >= low && position < high;
        }
        counts[i].push_back(static_cast<double>(taps));
        uniform &= taps == g->kernel[i];
      }
    }

    Value sum = buildWindowReduction<linalg::PoolingNchwSumOp>(
        rewriter, loc, input, *g, resultType, rewriter.getFloatAttr(elementType, 0));
    Value result;
    if (uniform) {
      Value divisor = createFloatConstant(
          rewriter, loc, elementType, static_cast<double>(g->kernel[0] * g->kernel[1]));
      result = buildElementwise(rewriter, loc, resultType, ValueRange{sum},
                                [&](OpBuilder &b, Location l, ValueRange args) {
                                  return arith::DivFOp::create(b, l, args[0], divisor);
                                });
    } else {
      MLIRContext *ctx = rewriter.getContext();
      SmallVector<Value> countTensors;
      for (unsigned i = 0; i < 2; ++i) {
        auto type = RankedTensorType::get({static_cast<int64_t>(counts[i].size())},
                                          elementType);
        SmallVector<APFloat> values;
        for (double c : counts[i]) {
          APFloat v(c);
          bool lost;
          v.convert(elementType.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
          values.push_back(v);
        }
        countTensors.push_back(arith::ConstantOp::create(
            rewriter, loc, DenseFPElementsAttr::get(type, values)));
      }
      SmallVector<AffineMap> maps = {
          AffineMap::getMultiDimIdentityMap(4, ctx),
          AffineMap::get(4, 0, {getAffineDimExpr(2, ctx)}, ctx),
          AffineMap::get(4, 0, {getAffineDimExpr(3, ctx)}, ctx)};
      result = buildMappedGeneric(
          rewriter, loc, resultType, ValueRange{sum, countTensors[0], countTensors[1]},
          maps, SmallVector<std::pair<Value, int64_t>>{{input, 0}, {input, 1}, {input, 2}, {input, 3}},
          [](OpBuilder &b, Location l, ValueRange args) {
            Value count = arith::MulFOp::create(b, l, args[1], args[2]);
            return arith::DivFOp::create(b, l, args[0], count);
          });
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// MaxPool or AveragePool over one spatial dim -> the same op over [1, L].
struct Pool1DLowering : RewritePattern {
  Pool1DLowering(StringRef opName, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (!inputType || inputType.getRank() != 3)
      return rewriter.notifyMatchFailure(op, "not a ranked 1-D pooling");
    if (failed(expandWindowOpTo2D(rewriter, op, /*numWindowed=*/1)))
      return rewriter.notifyMatchFailure(op, "result not ranked or Indices used");
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
  MLIRContext *ctx = patterns.getContext();
  patterns.add<MaxPoolLowering, AveragePoolLowering, GlobalAveragePoolLowering>(ctx);
  patterns.add<Pool1DLowering>("onnx.MaxPool", ctx);
  patterns.add<Pool1DLowering>("onnx.AveragePool", ctx);
}

} // namespace onnxc
