//===- Normalization.cpp - normalising onnx ops -> linalg.generic ---------===//
//
// Ops that normalise over some axes: BatchNormalization (inference, one
// elementwise generic with the per-channel statistics), LayerNormalization
// and RMSNormalization (mean and variance reductions in the stash type, then
// one elementwise generic; LayerNormalization's Mean and InvStdDev outputs
// are those statistics) and Softmax/LogSoftmax (a max reduction for
// stability, a sum of exponentials, then one elementwise generic),
// InstanceNormalization (mean and variance per image and channel),
// LpNormalization (a sum of |x| or x^2, then one elementwise generic) and
// Hardmax (an argmax reduction, then one elementwise generic). The final
// generic reads the statistics back through a projection.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

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

/// `input` converted elementwise to element type `type` (itself when it
/// already has it).
static Value convertElements(OpBuilder &b, Location loc, Value input, Type type) {
  auto inputType = cast<RankedTensorType>(input.getType());
  if (inputType.getElementType() == type)
    return input;
  return buildElementwise(b, loc, inputType.clone(type), ValueRange{input},
                          [&](OpBuilder &nested, Location l, ValueRange args) {
                            return convertScalar(nested, l, args[0], type);
                          });
}

/// Statistics `stats` (the normalised dims dropped) as an output of
/// `resultType` (those dims kept as 1): converted to its element type and
/// expanded, with a tensor.cast where the shapes differ only in what is
/// static.
static FailureOr<Value> statisticsToResult(OpBuilder &b, Location loc, Value stats,
                                           RankedTensorType resultType) {
  Value converted = convertElements(b, loc, stats, resultType.getElementType());
  auto convertedType = cast<RankedTensorType>(converted.getType());
  SmallVector<int64_t> keptShape(convertedType.getShape());
  keptShape.append(resultType.getRank() - convertedType.getRank(), 1);
  FailureOr<Value> expanded = reshapeTensor(
      b, loc, converted, RankedTensorType::get(keptShape, resultType.getElementType()));
  if (failed(expanded) || expanded->getType() == resultType)
    return expanded;
  return Value(tensor::CastOp::create(b, loc, resultType, *expanded));
}

/// What LayerNormalization and RMSNormalization share: X normalised over
/// dims [axis, rank), its statistics computed in the stash type.
struct NormalizationSetup {
  RankedTensorType xType;
  SmallVector<bool> reduced;
  FloatType stashType;
  double epsilon;
};

static FailureOr<NormalizationSetup>
getNormalizationSetup(Operation *op, PatternRewriter &rewriter) {
  auto xType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
  if (!xType || !isa<FloatType>(xType.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs a ranked float input X");
  int64_t rank = xType.getRank();
  int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", -1), rank);
  if (axis < 0 || axis >= rank)
    return rewriter.notifyMatchFailure(op, "axis out of range");
  int64_t stash = onnx::getIntAttr(op, "stash_type", 1);
  auto stashType = dyn_cast_or_null<FloatType>(
      onnx::getElementType(op->getContext(), stash));
  if (!stashType)
    return rewriter.notifyMatchFailure(
        op, "stash_type " + std::to_string(stash) + " is not a float type");
  NormalizationSetup setup{xType, SmallVector<bool>(rank, false), stashType,
                           onnx::getFloatAttr(op, "epsilon", 1e-5)};
  for (int64_t i = axis; i < rank; ++i)
    setup.reduced[i] = true;
  return setup;
}

/// The mean of `input` (in the stash type) over the normalised dims, which
/// the result drops.
static Value buildMean(OpBuilder &b, Location loc, Value input,
                       const NormalizationSetup &setup) {
  Type stash = setup.stashType;
  Value count = getElementCount(b, loc, input, setup.reduced, stash);
  Value sum = buildReduction(b, loc, input, setup.reduced, /*keepDims=*/false,
                             b.getFloatAttr(stash, 0),
                             [](OpBuilder &nested, Location l, Value v, Value acc) -> Value {
                               return arith::AddFOp::create(nested, l, v, acc);
                             });
  return buildElementwise(b, loc, cast<RankedTensorType>(sum.getType()),
                          ValueRange{sum},
                          [&](OpBuilder &nested, Location l, ValueRange args) {
                            return arith::DivFOp::create(nested, l, args[0], count);
                          });
}

/// 1 / sqrt(meanSquare + epsilon), elementwise over the statistics.
static Value buildInverseRoot(OpBuilder &b, Location loc, Value meanSquare,
                              const NormalizationSetup &setup) {
  Value epsilon = createFloatConstant(b, loc, setup.stashType, setup.epsilon);
  Value one = createFloatConstant(b, loc, setup.stashType, 1.0);
  return buildElementwise(
      b, loc, cast<RankedTensorType>(meanSquare.getType()), ValueRange{meanSquare},
      [&](OpBuilder &nested, Location l, ValueRange args) {
        Value root = math::SqrtOp::create(
            nested, l, arith::AddFOp::create(nested, l, args[0], epsilon));
        return arith::DivFOp::create(nested, l, one, root);
      });
}

/// The final elementwise step of both: Y = (x - mean) * invStdDev * Scale
/// (+ B), computed in the stash type, written in Y's type. `mean` is null
/// for RMSNormalization; Scale and B broadcast against X.
static Value buildNormalizedOutput(OpBuilder &b, Location loc, Value x,
                                   Value mean, Value inverseRoot, Value scale,
                                   Value bias, RankedTensorType resultType,
                                   const NormalizationSetup &setup) {
  MLIRContext *ctx = b.getContext();
  int64_t rank = setup.xType.getRank();
  AffineMap statsMap = getReducedMap(setup.reduced, /*keepDims=*/false, ctx);
  SmallVector<Value> inputs = {x, inverseRoot, scale};
  SmallVector<AffineMap> maps = {
      AffineMap::getMultiDimIdentityMap(rank, ctx), statsMap,
      getBroadcastMap(cast<RankedTensorType>(scale.getType()), setup.xType, ctx)};
  if (bias) {
    inputs.push_back(bias);
    maps.push_back(
        getBroadcastMap(cast<RankedTensorType>(bias.getType()), setup.xType, ctx));
  }
  if (mean) {
    inputs.push_back(mean);
    maps.push_back(statsMap);
  }
  Type stash = setup.stashType;
  Type resultElement = resultType.getElementType();
  return buildMappedGeneric(
      b, loc, resultType, inputs, maps, sameDims(x),
      [&](OpBuilder &nested, Location l, ValueRange args) {
        auto toStash = [&](Value v) { return convertScalar(nested, l, v, stash); };
        Value centered = toStash(args[0]);
        if (mean)
          centered = arith::SubFOp::create(nested, l, centered, args.back());
        Value normalized = arith::MulFOp::create(nested, l, centered, args[1]);
        Value y = arith::MulFOp::create(nested, l, normalized, toStash(args[2]));
        if (bias)
          y = arith::AddFOp::create(nested, l, y, toStash(args[3]));
        return convertScalar(nested, l, y, resultElement);
      });
}

namespace {
/// LayerNormalization: over dims [axis, rank), in the stash type,
/// mean = sum(x) / n, InvStdDev = 1 / sqrt(sum((x - mean)^2) / n + epsilon),
/// Y = (x - mean) * InvStdDev * Scale + B; Mean and InvStdDev are outputs
/// too (X's shape with the normalised dims 1).
struct LayerNormalizationLowering
    : OpRewritePattern<onnx::LayerNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::LayerNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0), scale = op->getOperand(1), bias = op->getOperand(2);
    FailureOr<NormalizationSetup> setup = getNormalizationSetup(op, rewriter);
    if (failed(setup))
      return failure();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType || !isa<RankedTensorType>(scale.getType()) ||
        (!onnx::isNoValue(bias) && !isa<RankedTensorType>(bias.getType())))
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    SmallVector<RankedTensorType, 2> statsTypes;
    for (unsigned i = 1; i < op->getNumResults(); ++i) {
      statsTypes.push_back(getRankedResultType(op, i));
      if (!op->getResult(i).use_empty() &&
          (!statsTypes.back() || !isa<FloatType>(statsTypes.back().getElementType()) ||
           statsTypes.back().getRank() != setup->xType.getRank()))
        return rewriter.notifyMatchFailure(
            op, "the Mean or InvStdDev output used has no float type of X's rank");
    }

    MLIRContext *ctx = rewriter.getContext();
    int64_t rank = setup->xType.getRank();
    Value stashX = convertElements(rewriter, loc, x, setup->stashType);
    Value mean = buildMean(rewriter, loc, stashX, *setup);
    AffineMap statsMap = getReducedMap(setup->reduced, /*keepDims=*/false, ctx);
    Value squares = buildMappedGeneric(
        rewriter, loc, cast<RankedTensorType>(stashX.getType()),
        ValueRange{stashX, mean},
        {AffineMap::getMultiDimIdentityMap(rank, ctx), statsMap}, sameDims(x),
        [](OpBuilder &b, Location l, ValueRange args) {
          Value d = arith::SubFOp::create(b, l, args[0], args[1]);
          return arith::MulFOp::create(b, l, d, d);
        });
    Value invStdDev = buildInverseRoot(
        rewriter, loc, buildMean(rewriter, loc, squares, *setup), *setup);
    Value y = buildNormalizedOutput(rewriter, loc, x, mean, invStdDev, scale,
                                    onnx::isNoValue(bias) ? Value() : bias,
                                    resultType, *setup);

    SmallVector<Value> results = {y};
    Value stats[] = {mean, invStdDev};
    for (auto [i, type] : llvm::enumerate(statsTypes)) {
      if (op->getResult(i + 1).use_empty()) {
        results.push_back(Value());
        continue;
      }
      // An expansion by static unit dims: reshapeTensor cannot fail here.
      results.push_back(*statisticsToResult(rewriter, loc, stats[i], type));
    }
    for (auto [result, value] : llvm::zip(op->getResults(), results))
      if (value)
        rewriter.replaceAllUsesWith(result, value);
    rewriter.eraseOp(op);
    return success();
  }
};

/// RMSNormalization: over dims [axis, rank), in the stash type,
/// Y = x / sqrt(sum(x^2) / n + epsilon) * Scale, Scale broadcast against X.
struct RMSNormalizationLowering : OpRewritePattern<onnx::RMSNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::RMSNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0), scale = op->getOperand(1);
    FailureOr<NormalizationSetup> setup = getNormalizationSetup(op, rewriter);
    if (failed(setup))
      return failure();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType || !isa<RankedTensorType>(scale.getType()) ||
        !isa<FloatType>(resultType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs ranked float types");

    Value stashX = convertElements(rewriter, loc, x, setup->stashType);
    Value squares = buildElementwise(
        rewriter, loc, cast<RankedTensorType>(stashX.getType()), ValueRange{stashX},
        [](OpBuilder &b, Location l, ValueRange args) {
          return arith::MulFOp::create(b, l, args[0], args[0]);
        });
    Value inverseRoot = buildInverseRoot(
        rewriter, loc, buildMean(rewriter, loc, squares, *setup), *setup);
    rewriter.replaceOp(op, buildNormalizedOutput(rewriter, loc, x, Value(),
                                                 inverseRoot, scale, Value(),
                                                 resultType, *setup));
    return success();
  }
};

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

/// Softmax and LogSoftmax along one axis: m = max(x), s = sum(exp(x - m)),
/// then exp(x - m) / s or (x - m) - log(s), each step in x's type except
/// the sum of narrow floats.
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
    // f16 and bf16 sum in f32 (a long row would lose its small terms), then
    // round the total once.
    Type sumType = elementType.getWidth() < 32 ? Type(rewriter.getF32Type()) : elementType;
    Value sum = buildReduction(rewriter, loc, convertElements(rewriter, loc, exps, sumType),
                               reduced, false, rewriter.getFloatAttr(sumType, 0),
                               [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
                                 return arith::AddFOp::create(b, l, v, acc);
                               });
    sum = convertElements(rewriter, loc, sum, elementType);
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
/// InstanceNormalization: per (n, c), over the spatial dims 2.., mean and
/// variance (in f32 for f16 and bf16), then y = (x - mean) * scale[c] /
/// sqrt(var + epsilon) + B[c]. ONNX's function definition covers the newer
/// opsets; this covers them all, opset 6 included.
struct InstanceNormalizationLowering : OpRewritePattern<onnx::InstanceNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::InstanceNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0);
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!xType || !resultType || xType.getRank() < 3 || !isa<FloatType>(xType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input of rank >= 3");
    for (Value param : op->getOperands().drop_front())
      if (auto type = dyn_cast<RankedTensorType>(param.getType()); !type || type.getRank() != 1)
        return rewriter.notifyMatchFailure(op, "scale and B must be 1-D");
    int64_t rank = xType.getRank();
    Type element = xType.getElementType();
    Type statType = element.getIntOrFloatBitWidth() < 32 ? Type(rewriter.getF32Type()) : element;
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<bool> reduced(rank, true);
    reduced[0] = reduced[1] = false;
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap rowMap = getReducedMap(reduced, /*keepDims=*/false, ctx);
    AffineMap channel = AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx)}, ctx);
    Value wide = convertElements(rewriter, loc, x, statType);
    Value count = getElementCount(rewriter, loc, x, reduced, statType);
    auto add = [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
      return arith::AddFOp::create(b, l, v, acc);
    };
    TypedAttr zero = rewriter.getFloatAttr(statType, 0);
    Value sum = buildReduction(rewriter, loc, wide, reduced, false, zero, add);
    Value mean = buildElementwise(rewriter, loc, cast<RankedTensorType>(sum.getType()),
                                  ValueRange{sum},
                                  [&](OpBuilder &b, Location l, ValueRange args) -> Value {
                                    return arith::DivFOp::create(b, l, args[0], count);
                                  });
    Value squares = buildMappedGeneric(
        rewriter, loc, cast<RankedTensorType>(wide.getType()), ValueRange{wide, mean},
        {identity, rowMap}, sameDims(x), [](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value centered = arith::SubFOp::create(b, l, args[0], args[1]);
          return arith::MulFOp::create(b, l, centered, centered);
        });
    Value squareSum = buildReduction(rewriter, loc, squares, reduced, false, zero, add);
    Value epsilon = createFloatConstant(rewriter, loc, statType,
                                        onnx::getFloatAttr(op, "epsilon", 1e-5));
    Value result = buildMappedGeneric(
        rewriter, loc, resultType,
        ValueRange{wide, mean, squareSum, op->getOperand(1), op->getOperand(2)},
        {identity, rowMap, rowMap, channel, channel}, sameDims(x),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value variance = arith::DivFOp::create(b, l, args[2], count);
          Value stddev =
              math::SqrtOp::create(b, l, arith::AddFOp::create(b, l, variance, epsilon));
          Value normalized = arith::DivFOp::create(
              b, l, arith::SubFOp::create(b, l, args[0], args[1]), stddev);
          Value scaled = arith::AddFOp::create(
              b, l, arith::MulFOp::create(b, l, normalized, convertScalar(b, l, args[3], statType)),
              convertScalar(b, l, args[4], statType));
          return convertScalar(b, l, scaled, element);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// LpNormalization along one axis: y = x / norm, norm = sum(|x|) (p = 1)
/// or sqrt(sum(x^2)) (p = 2), and 0 where the norm is 0 (as ONNX's
/// reference has it: 0 / 0 gives 0, not NaN).
struct LpNormalizationLowering : OpRewritePattern<onnx::LpNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::LpNormalizationOp op,
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
    int64_t p = onnx::getIntAttr(op, "p", 2);
    if (p != 1 && p != 2)
      return rewriter.notifyMatchFailure(op, "p must be 1 or 2");

    Type element = xType.getElementType();
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    // Narrow floats sum in f32, as Softmax does.
    Type sumType = element.getIntOrFloatBitWidth() < 32 ? Type(rewriter.getF32Type()) : element;
    Value sum = buildReduction(
        rewriter, loc, convertElements(rewriter, loc, x, sumType), reduced, false,
        rewriter.getFloatAttr(sumType, 0),
        [&](OpBuilder &b, Location l, Value v, Value acc) -> Value {
          Value term = p == 1 ? Value(math::AbsFOp::create(b, l, v))
                              : Value(arith::MulFOp::create(b, l, v, v));
          return arith::AddFOp::create(b, l, acc, term);
        });
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{x, sum},
        {AffineMap::getMultiDimIdentityMap(rank, ctx), getReducedMap(reduced, false, ctx)},
        sameDims(x), [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value norm = args[1];
          if (p == 2)
            norm = math::SqrtOp::create(b, l, norm);
          norm = convertScalar(b, l, norm, element);
          Value zero = createScalarConstant(b, l, element, 0);
          Value isZero = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, norm, zero);
          return arith::SelectOp::create(b, l, isZero, zero,
                                         arith::DivFOp::create(b, l, args[0], norm));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Hardmax: 1 at the first largest element along the axis, 0 elsewhere. A
/// reduction generic finds the largest element's position (NaN counts as
/// the largest, the first one wins, as numpy's argmax); an elementwise
/// generic compares every element's own position with it.
struct HardmaxLowering : OpRewritePattern<onnx::HardmaxOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::HardmaxOp op,
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
    // Before opset 13 the importer has checked that the axis is the last
    // (checkLegacySemantics), where the old 2-D coercion changes nothing.
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", -1), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;

    Type element = xType.getElementType(), i64 = rewriter.getI64Type();
    MLIRContext *ctx = rewriter.getContext();
    // An element's position along the axis.
    auto position = [&](OpBuilder &b, Location l) -> Value {
      return arith::IndexCastOp::create(b, l, b.getI64Type(), linalg::IndexOp::create(b, l, axis));
    };

    SmallVector<std::pair<Value, int64_t>> keptDims;
    for (int64_t d = 0; d < rank; ++d)
      if (!reduced[d])
        keptDims.push_back({x, d});
    RankedTensorType rowType = getReducedType(xType, reduced, /*keepDims=*/false);
    Value best = createFilledTensor(rewriter, loc, rowType, getLowestValue(rewriter, element),
                                    keptDims);
    Value bestIndex = createFilledTensor(rewriter, loc, rowType.clone(i64),
                                         rewriter.getI64IntegerAttr(0), keptDims);
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap rowMap = getReducedMap(reduced, /*keepDims=*/false, ctx);
    SmallVector<utils::IteratorType> iterators;
    for (int64_t d = 0; d < rank; ++d)
      iterators.push_back(reduced[d] ? utils::IteratorType::reduction
                                     : utils::IteratorType::parallel);
    auto argmax = linalg::GenericOp::create(
        rewriter, loc, TypeRange{best.getType(), bestIndex.getType()}, ValueRange{x},
        ValueRange{best, bestIndex}, {identity, rowMap, rowMap}, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          using P = arith::CmpFPredicate;
          Value v = args[0], acc = args[1];
          Value replace = arith::OrIOp::create(
              b, l, arith::CmpFOp::create(b, l, P::OGT, v, acc),
              arith::AndIOp::create(b, l, arith::CmpFOp::create(b, l, P::UNO, v, v),
                                    arith::CmpFOp::create(b, l, P::ORD, acc, acc)));
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, replace, v, acc),
                         arith::SelectOp::create(b, l, replace, position(b, l), args[2])});
        });
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{argmax.getResult(1)}, {rowMap}, sameDims(x),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value hit = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, position(b, l),
                                            args[0]);
          return arith::SelectOp::create(b, l, hit, createScalarConstant(b, l, element, 1),
                                         createScalarConstant(b, l, element, 0));
        });
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
  patterns.add<BatchNormalizationLowering, LayerNormalizationLowering,
               RMSNormalizationLowering, LpNormalizationLowering, HardmaxLowering,
               InstanceNormalizationLowering>(ctx);
  patterns.add<SoftmaxLowering<onnx::SoftmaxOp, false>,
               SoftmaxLowering<onnx::LogSoftmaxOp, true>>(ctx);
}

} // namespace onnxc
