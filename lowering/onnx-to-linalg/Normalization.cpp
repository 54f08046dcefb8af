//===- Normalization.cpp - normalising onnx ops -> linalg.generic ---------===//
//
// Ops that normalise over some axes: BatchNormalization (inference, one
// elementwise generic with the per-channel statistics), LayerNormalization
// (mean and variance reductions, then one elementwise generic) and
// Softmax/LogSoftmax (a max reduction for stability, a sum of exponentials,
// then one elementwise generic). Reductions keep the reduced dims out of
// their results; the final generic reads them back through a projection.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;

namespace onnxc {

/// Dynamic dims of a result shaped like `input` come from `input`.
static SmallVector<std::pair<Value, int64_t>> sameDims(Value input) {
  SmallVector<std::pair<Value, int64_t>> sources;
  for (int64_t i = 0; i < cast<RankedTensorType>(input.getType()).getRank(); ++i)
    sources.push_back({input, i});
  return sources;
}

/// True when every result but the first has no uses (the optional training
/// or statistics outputs that lowering does not compute).
static bool onlyFirstResultUsed(Operation *op) {
  return llvm::all_of(op->getResults().drop_front(),
                      [](Value v) { return v.use_empty(); });
}

/// Replaces result 0 of `op` with `value`; the unused extra results go away
/// with the op.
static void replaceFirstResult(PatternRewriter &rewriter, Operation *op,
                               Value value) {
  rewriter.replaceAllUsesWith(op->getResult(0), value);
  rewriter.eraseOp(op);
}

namespace {
/// BatchNormalization (training_mode 0): y = (x - mean) * scale /
/// sqrt(var + epsilon) + B, the statistics read along dim 1.
struct BatchNormalizationLowering
    : OpRewritePattern<onnx::BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0);
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!xType || !resultType || xType.getRank() < 2 ||
        !isa<FloatType>(xType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input of rank >= 2");
    if (onnx::getIntAttr(op, "training_mode", 0) != 0)
      return rewriter.notifyMatchFailure(op, "training mode");
    if (!onlyFirstResultUsed(op))
      return rewriter.notifyMatchFailure(op, "running statistics outputs are used");
    for (Value param : op->getOperands().drop_front())
      if (auto type = dyn_cast<RankedTensorType>(param.getType());
          !type || type.getRank() != 1)
        return rewriter.notifyMatchFailure(op, "parameters must be 1-D");

    MLIRContext *ctx = rewriter.getContext();
    int64_t rank = xType.getRank();
    AffineMap channel = AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx)}, ctx);
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx),
                                   channel, channel, channel, channel};
    Type element = xType.getElementType();
    Value epsilon = createFloatConstant(rewriter, loc, element,
                                        onnx::getFloatAttr(op, "epsilon", 1e-5));
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, op->getOperands(), maps, sameDims(x),
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value centered = arith::SubFOp::create(b, l, args[0], args[3]);
          Value stddev = math::SqrtOp::create(
              b, l, arith::AddFOp::create(b, l, args[4], epsilon));
          Value normalized = arith::DivFOp::create(b, l, centered, stddev);
          Value scaled = arith::MulFOp::create(b, l, normalized, args[1]);
          return arith::AddFOp::create(b, l, scaled, args[2]);
        });
    replaceFirstResult(rewriter, op, result);
    return success();
  }
};

/// LayerNormalization (output Y only): normalise over dims [axis, rank),
/// y = (x - mean) / sqrt(var + epsilon) * Scale + B, with Scale and B
/// broadcast against x.
struct LayerNormalizationLowering
    : OpRewritePattern<onnx::LayerNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::LayerNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0), scale = op->getOperand(1), bias = op->getOperand(2);
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!xType || !resultType || !isa<RankedTensorType>(scale.getType()) ||
        (!onnx::isNoValue(bias) && !isa<RankedTensorType>(bias.getType())))
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    Type element = xType.getElementType();
    if (!element.isF32() && !element.isF64())
      return rewriter.notifyMatchFailure(op, "only f32 and f64 (stash_type is f32)");
    if (!onlyFirstResultUsed(op))
      return rewriter.notifyMatchFailure(op, "Mean or InvStdDev output is used");
    int64_t rank = xType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", -1), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<bool> reduced(rank, false);
    for (int64_t i = axis; i < rank; ++i)
      reduced[i] = true;
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap statsMap = getReducedMap(reduced, /*keepDims=*/false, ctx);
    TypedAttr zero = rewriter.getFloatAttr(element, 0);
    Value count = getElementCount(rewriter, loc, x, reduced, element);
    auto add = [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
      return arith::AddFOp::create(b, l, v, acc);
    };

    // mean = sum(x) / n
    Value sum = buildReduction(rewriter, loc, x, reduced, false, zero, add);
    RankedTensorType statsType = cast<RankedTensorType>(sum.getType());
    auto divideByCount = [&](Value total) {
      return buildElementwise(rewriter, loc, statsType, ValueRange{total},
                              [&](OpBuilder &b, Location l, ValueRange args) {
                                return arith::DivFOp::create(b, l, args[0], count);
                              });
    };
    Value mean = divideByCount(sum);
    // var = sum((x - mean)^2) / n
    Value squares = buildMappedGeneric(
        rewriter, loc, xType, ValueRange{x, mean}, {identity, statsMap}, sameDims(x),
        [](OpBuilder &b, Location l, ValueRange args) {
          Value d = arith::SubFOp::create(b, l, args[0], args[1]);
          return arith::MulFOp::create(b, l, d, d);
        });
    Value variance = divideByCount(
        buildReduction(rewriter, loc, squares, reduced, false, zero, add));

    Value epsilon = createFloatConstant(rewriter, loc, element,
                                        onnx::getFloatAttr(op, "epsilon", 1e-5));
    SmallVector<Value> inputs = {x, mean, variance, scale};
    SmallVector<AffineMap> maps = {
        identity, statsMap, statsMap,
        getBroadcastMap(cast<RankedTensorType>(scale.getType()), xType, ctx)};
    bool hasBias = !onnx::isNoValue(bias);
    if (hasBias) {
      inputs.push_back(bias);
      maps.push_back(getBroadcastMap(cast<RankedTensorType>(bias.getType()), xType, ctx));
    }
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, inputs, maps, sameDims(x),
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value centered = arith::SubFOp::create(b, l, args[0], args[1]);
          Value stddev = math::SqrtOp::create(
              b, l, arith::AddFOp::create(b, l, args[2], epsilon));
          Value normalized = arith::DivFOp::create(b, l, centered, stddev);
          Value scaled = arith::MulFOp::create(b, l, normalized, args[3]);
          return hasBias ? arith::AddFOp::create(b, l, scaled, args[4]).getResult()
                         : scaled;
        });
    replaceFirstResult(rewriter, op, result);
    return success();
  }
};

/// Softmax and LogSoftmax along one axis: m = max(x), s = sum(exp(x - m)),
/// then exp(x - m) / s or (x - m) - log(s).
template <typename OpTy, bool IsLog>
struct SoftmaxLowering : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0);
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!xType || !resultType || !isa<FloatType>(xType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input");
    int64_t rank = xType.getRank();
    if (rank == 0)
      return rewriter.notifyMatchFailure(op, "scalar input");
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", -1), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");

    auto elementType = cast<FloatType>(xType.getElementType());
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap rowMap = getReducedMap(reduced, /*keepDims=*/false, ctx);

    TypedAttr lowest = rewriter.getFloatAttr(
        elementType, APFloat::getInf(elementType.getFloatSemantics(), true));
    Value max = buildReduction(rewriter, loc, x, reduced, false, lowest,
                               [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
                                 return arith::MaximumFOp::create(b, l, v, acc);
                               });
    Value exps = buildMappedGeneric(
        rewriter, loc, xType, ValueRange{x, max}, {identity, rowMap}, sameDims(x),
        [](OpBuilder &b, Location l, ValueRange args) {
          return math::ExpOp::create(b, l, arith::SubFOp::create(b, l, args[0], args[1]));
        });
    Value sum = buildReduction(rewriter, loc, exps, reduced, false,
                               rewriter.getFloatAttr(elementType, 0),
                               [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
                                 return arith::AddFOp::create(b, l, v, acc);
                               });
    Value result;
    if (IsLog) {
      result = buildMappedGeneric(
          rewriter, loc, resultType, ValueRange{x, max, sum},
          {identity, rowMap, rowMap}, sameDims(x),
          [](OpBuilder &b, Location l, ValueRange args) {
            Value shifted = arith::SubFOp::create(b, l, args[0], args[1]);
            return arith::SubFOp::create(b, l, shifted,
                                         math::LogOp::create(b, l, args[2]));
          });
    } else {
      result = buildMappedGeneric(
          rewriter, loc, resultType, ValueRange{exps, sum}, {identity, rowMap},
          sameDims(x), [](OpBuilder &b, Location l, ValueRange args) {
            return arith::DivFOp::create(b, l, args[0], args[1]);
          });
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateNormalizationPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<BatchNormalizationLowering, LayerNormalizationLowering>(ctx);
  patterns.add<SoftmaxLowering<onnx::SoftmaxOp, false>,
               SoftmaxLowering<onnx::LogSoftmaxOp, true>>(ctx);
}

} // namespace onnxc
