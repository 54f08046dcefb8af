//===- Reduction.cpp - onnx Reduce* ops -> linalg.generic reductions ------===//
//
// Every Reduce* op is one reduction generic over the axes given by its
// constant `axes` input (all axes when absent or empty, unless
// noop_with_empty_axes), writing straight into the keepdims or squeezed
// result, with an elementwise step before (square, abs, exp) or after
// (divide by the count, sqrt, log) where the operator needs one. ArgMax and
// ArgMin are one reduction generic with two accumulators, the best value
// and its index.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
/// How the elements combine.
enum class Combiner { Add, Mul, Max, Min };
/// What happens to each element before it combines.
enum class Pre { None, Square, Abs, Exp };
/// What happens to the combined value.
enum class Post { None, Mean, Sqrt, Log };

struct ReductionKind {
  Combiner combiner;
  Pre pre = Pre::None;
  Post post = Post::None;
  /// Whether integer tensors are accepted (float always is; bool too for
  /// Max and Min, where it is "any" and "all").
  bool allowsInt = false;
};

/// The first value of the accumulator.
static TypedAttr getInitialValue(OpBuilder &b, Combiner combiner, Type type) {
  switch (combiner) {
  case Combiner::Add: return cast<TypedAttr>(b.getZeroAttr(type));
  case Combiner::Mul:
    return isa<FloatType>(type) ? TypedAttr(b.getFloatAttr(type, 1))
                                : TypedAttr(b.getIntegerAttr(type, 1));
  case Combiner::Max: return getLowestValue(b, type);
  case Combiner::Min: return getHighestValue(b, type);
  }
  return nullptr;
}

static Value combine(OpBuilder &b, Location loc, Combiner combiner, Value v,
                     Value acc) {
  switch (combiner) {
  case Combiner::Add: return createBinary(b, loc, BinaryKind::Add, v, acc);
  case Combiner::Mul: return createBinary(b, loc, BinaryKind::Mul, v, acc);
  case Combiner::Max: return createBinary(b, loc, BinaryKind::Max, v, acc);
  case Combiner::Min: return createBinary(b, loc, BinaryKind::Min, v, acc);
  }
  return nullptr;
}

static Value applyPre(OpBuilder &b, Location loc, Pre pre, Value v) {
  switch (pre) {
  case Pre::None: return v;
  case Pre::Square: return arith::MulFOp::create(b, loc, v, v);
  case Pre::Abs: return math::AbsFOp::create(b, loc, v);
  case Pre::Exp: return math::ExpOp::create(b, loc, v);
  }
  return v;
}

/// A Reduce* op with constant (or absent) axes.
class ReductionLowering : public RewritePattern {
public:
  ReductionLowering(StringRef opName, ReductionKind kind, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), kind(kind) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    Type element = inputType.getElementType();
    bool isFloat = isFloatElement(element);
    bool isInt = isIntElement(element) ||
                 (isBoolElement(element) &&
                  (kind.combiner == Combiner::Max || kind.combiner == Combiner::Min));
    if (!isFloat && !(kind.allowsInt && isInt))
      return rewriter.notifyMatchFailure(op, "element type not supported");

    int64_t rank = inputType.getRank();
    SmallVector<int64_t> axes;
    if (op->getNumOperands() > 1 && !onnx::isNoValue(op->getOperand(1))) {
      auto constant = onnx::getConstantIntValues(op->getOperand(1));
      if (!constant)
        return rewriter.notifyMatchFailure(op, "axes are not constant");
      axes = *constant;
    }
    if (axes.empty() && onnx::getIntAttr(op, "noop_with_empty_axes", 0)) {
      if (inputType != resultType)
        return rewriter.notifyMatchFailure(op, "no-op with a different result type");
      rewriter.replaceOp(op, input);
      return success();
    }
    SmallVector<bool> reduced(rank, axes.empty());
    for (int64_t axis : axes) {
      axis = onnx::normalizeAxis(axis, rank);
      if (axis < 0 || axis >= rank)
        return rewriter.notifyMatchFailure(op, "axis out of range");
      reduced[axis] = true;
    }
    bool keepDims = onnx::getIntAttr(op, "keepdims", 1) != 0;
    if (getReducedType(inputType, reduced, keepDims).getShape().size() !=
        static_cast<size_t>(resultType.getRank()))
      return rewriter.notifyMatchFailure(op, "result rank does not match the axes");

    Pre pre = kind.pre;
    Value result = buildReduction(
        rewriter, loc, input, reduced, keepDims,
        getInitialValue(rewriter, kind.combiner, element),
        [&](OpBuilder &b, Location l, Value v, Value acc) {
          return combine(b, l, kind.combiner, applyPre(b, l, pre, v), acc);
        });
    if (kind.post != Post::None) {
      Value count = kind.post == Post::Mean
                        ? getElementCount(rewriter, loc, input, reduced, element)
                        : Value();
      Post post = kind.post;
      result = buildElementwise(
          rewriter, loc, cast<RankedTensorType>(result.getType()), ValueRange{result},
          [&](OpBuilder &b, Location l, ValueRange args) -> Value {
            switch (post) {
            case Post::Mean: return arith::DivFOp::create(b, l, args[0], count);
            case Post::Sqrt: return math::SqrtOp::create(b, l, args[0]);
            case Post::Log: return math::LogOp::create(b, l, args[0]);
            case Post::None: break;
            }
            return args[0];
          });
    }
    if (result.getType() != resultType) {
      // The declared type may be more precise (static where we read dims).
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    }
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  ReductionKind kind;
};
/// ArgMax / ArgMin over one axis: a reduction generic carrying the best
/// value so far and its index; a later element replaces them when it is
/// strictly better, or equal too with select_last_index. Both accumulators
/// start at element 0's position with the lowest (highest) value, so an
/// all-NaN or all-equal row gives index 0 (or the last).
class ArgReductionLowering : public RewritePattern {
public:
  ArgReductionLowering(StringRef opName, bool isMax, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), isMax(isMax) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || !resultType.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "needs ranked types and an i64 result");
    Type element = inputType.getElementType();
    if (!isNumericElement(element))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    int64_t rank = inputType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 0), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    bool keepDims = onnx::getIntAttr(op, "keepdims", 1) != 0;
    bool lastIndex = onnx::getIntAttr(op, "select_last_index", 0) != 0;
    SmallVector<bool> reduced(rank, false);
    reduced[axis] = true;
    RankedTensorType valueType = getReducedType(inputType, reduced, keepDims);
    if (valueType.getRank() != resultType.getRank())
      return rewriter.notifyMatchFailure(op, "result rank does not match the axis");
    RankedTensorType indexType =
        RankedTensorType::get(valueType.getShape(), resultType.getElementType());

    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t i = 0; i < rank; ++i)
      if (!reduced[i] || keepDims)
        dimSources.push_back({input, i});
    Value values = createFilledTensor(
        rewriter, loc, valueType,
        isMax ? getLowestValue(rewriter, element) : getHighestValue(rewriter, element),
        dimSources);
    Value indices = createFilledTensor(rewriter, loc, indexType,
                                       rewriter.getI64IntegerAttr(0), dimSources);
    MLIRContext *ctx = rewriter.getContext();
    AffineMap reducedMap = getReducedMap(reduced, keepDims, ctx);
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators[axis] = utils::IteratorType::reduction;
    CompareKind better = isMax ? (lastIndex ? CompareKind::Ge : CompareKind::Gt)
                               : (lastIndex ? CompareKind::Le : CompareKind::Lt);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{valueType, indexType}, ValueRange{input},
        ValueRange{values, indices},
        {AffineMap::getMultiDimIdentityMap(rank, ctx), reducedMap, reducedMap},
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = args[0], best = args[1], bestIndex = args[2];
          Value index = arith::IndexCastOp::create(b, l, b.getI64Type(),
                                                   linalg::IndexOp::create(b, l, axis));
          Value replace = createCompare(b, l, better, x, best);
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, replace, x, best),
                         arith::SelectOp::create(b, l, replace, index, bestIndex)});
        });
    Value result = generic.getResult(1);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  bool isMax;
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateReductionPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  auto add = [&](StringRef opType, ReductionKind kind) {
    patterns.add<ReductionLowering>(("onnx." + opType).str(), kind, ctx);
  };
  add("ReduceSum", {Combiner::Add, Pre::None, Post::None, /*allowsInt=*/true});
  add("ReduceMean", {Combiner::Add, Pre::None, Post::Mean});
  add("ReduceMax", {Combiner::Max, Pre::None, Post::None, /*allowsInt=*/true});
  add("ReduceMin", {Combiner::Min, Pre::None, Post::None, /*allowsInt=*/true});
  add("ReduceProd", {Combiner::Mul, Pre::None, Post::None, /*allowsInt=*/true});
  add("ReduceSumSquare", {Combiner::Add, Pre::Square});
  add("ReduceL1", {Combiner::Add, Pre::Abs});
  add("ReduceL2", {Combiner::Add, Pre::Square, Post::Sqrt});
  add("ReduceLogSum", {Combiner::Add, Pre::None, Post::Log});
  add("ReduceLogSumExp", {Combiner::Add, Pre::Exp, Post::Log});
  patterns.add<ArgReductionLowering>("onnx.ArgMax", /*isMax=*/true, ctx);
  patterns.add<ArgReductionLowering>("onnx.ArgMin", /*isMax=*/false, ctx);
}

} // namespace onnxc
