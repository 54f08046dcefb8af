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
// Axes fed at run time (a 1-D input of static length k): each dim i is
// reduced or kept, a flag computed from the axes' elements as scalars. The
// reduction runs over a linearised view of every dim as two loops, a kept
// part y_i (parallel, size n_i or 1) and a reduced part z_i (reduction, size
// 1 or n_i), the input read at y_i + z_i and the keepdims result written at
// y_i; a dummy i8 operand of the reduced sizes carries the z loops' bounds.
// One generic serves every axis set and every rank, where one branch per
// axis set would cost 2^rank generics (C(rank, k) without keepdims); a
// loop of trip count 1 per dim is what the generality costs. Without
// keepdims the result is that keepdims tensor regrouped through 1-D into
// the rank - k kept sizes. The sizes are scalar reads of the axes input,
// which the arena planner evaluates before the run.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
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
      Value axesInput = op->getOperand(1);
      auto constant = onnx::getConstantIntValues(axesInput);
      auto axesType = dyn_cast<RankedTensorType>(axesInput.getType());
      bool staticEmpty = axesType && axesType.getRank() == 1 && axesType.getDimSize(0) == 0;
      if (!constant && !staticEmpty)
        return rewriteRunTimeAxes(op, rewriter, input, axesInput, resultType);
      if (constant)
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

    Value result = buildReduction(
        rewriter, loc, input, reduced, keepDims,
        getInitialValue(rewriter, kind.combiner, element),
        [&](OpBuilder &b, Location l, Value v, Value acc) { return step(b, l, v, acc); });
    Value count = kind.post == Post::Mean
                      ? getElementCount(rewriter, loc, input, reduced, element)
                      : Value();
    result = applyPost(rewriter, loc, result, count);
    if (result.getType() != resultType) {
      // The declared type may be more precise (static where we read dims).
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    }
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  /// The accumulator's step for one element `v`.
  Value step(OpBuilder &b, Location loc, Value v, Value acc) const {
    return combine(b, loc, kind.combiner, applyPre(b, loc, kind.pre, v), acc);
  }

  /// The elementwise step after the reduction; `count` is the number of
  /// elements each result combined (for Mean).
  Value applyPost(OpBuilder &b, Location loc, Value result, Value count) const {
    if (kind.post == Post::None)
      return result;
    Post post = kind.post;
    return buildElementwise(
        b, loc, cast<RankedTensorType>(result.getType()), ValueRange{result},
        [&](OpBuilder &nb, Location l, ValueRange args) -> Value {
          switch (post) {
          case Post::Mean: return arith::DivFOp::create(nb, l, args[0], count);
          case Post::Sqrt: return math::SqrtOp::create(nb, l, args[0]);
          case Post::Log: return math::LogOp::create(nb, l, args[0]);
          case Post::None: break;
          }
          return args[0];
        });
  }

  /// Axes read at run time: see the file comment.
  LogicalResult rewriteRunTimeAxes(Operation *op, PatternRewriter &rewriter,
                                   Value input, Value axesInput,
                                   RankedTensorType resultType) const {
    Location loc = op->getLoc();
    auto inputType = cast<RankedTensorType>(input.getType());
    auto axesType = dyn_cast<RankedTensorType>(axesInput.getType());
    if (!axesType || axesType.getRank() != 1 || axesType.isDynamicDim(0) ||
        !isa<IntegerType>(axesType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "axes read at run time need a 1-D integer tensor of static length");
    int64_t rank = inputType.getRank();
    int64_t numAxes = axesType.getDimSize(0);
    bool keepDims = onnx::getIntAttr(op, "keepdims", 1) != 0;
    if (numAxes > rank)
      return rewriter.notifyMatchFailure(op, "more axes than the input has dims");
    if (resultType.getRank() != (keepDims ? rank : rank - numAxes))
      return rewriter.notifyMatchFailure(op, "result rank does not match the axes");

    // reduced[i]: some axis (negative ones counted from the end) names dim i.
    Type i64 = rewriter.getI64Type();
    Value rankValue = arith::ConstantIntOp::create(rewriter, loc, i64, rank);
    Value zero64 = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value falseValue = arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 0);
    SmallVector<Value> reduced(rank, falseValue);
    // An axis outside [-rank, rank - 1] names no dim: the first one is
    // reported at run time.
    Value lowest = arith::ConstantIntOp::create(rewriter, loc, i64, -rank);
    Value highest = arith::ConstantIntOp::create(rewriter, loc, i64, rank - 1);
    Value anyBad = falseValue, firstBad = zero64;
    for (int64_t j = 0; j < numAxes; ++j) {
      Value position = arith::ConstantIndexOp::create(rewriter, loc, j);
      Value axis = tensor::ExtractOp::create(rewriter, loc, axesInput, ValueRange{position});
      if (axis.getType() != i64)
        axis = arith::ExtSIOp::create(rewriter, loc, i64, axis);
      Value bad = arith::OrIOp::create(
          rewriter, loc,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, axis, lowest),
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, axis, highest));
      firstBad = arith::SelectOp::create(rewriter, loc, anyBad, firstBad, axis);
      anyBad = arith::OrIOp::create(rewriter, loc, anyBad, bad);
      Value negative =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, axis, zero64);
      axis = arith::SelectOp::create(rewriter, loc, negative,
                                     arith::AddIOp::create(rewriter, loc, axis, rankValue),
                                     axis);
      for (int64_t i = 0; i < rank; ++i) {
        Value dim = arith::ConstantIntOp::create(rewriter, loc, i64, i);
        Value names =
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, axis, dim);
        reduced[i] = arith::OrIOp::create(rewriter, loc, reduced[i], names);
      }
    }

    reportOutOfRange(rewriter, loc, op, "axes element", anyBad, firstBad, lowest, highest);

    // Per dim: the kept size (n or 1) and the reduced size (1 or n). A
    // static size-1 dim is 1 either way.
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    SmallVector<OpFoldResult> keptSizes, reducedSizes;
    SmallVector<Value> dimSizes;
    for (int64_t i = 0; i < rank; ++i) {
      Value size = getDimValue(rewriter, loc, input, i);
      dimSizes.push_back(size);
      if (inputType.getDimSize(i) == 1) {
        keptSizes.push_back(rewriter.getIndexAttr(1));
        reducedSizes.push_back(rewriter.getIndexAttr(1));
        continue;
      }
      keptSizes.push_back(
          arith::SelectOp::create(rewriter, loc, reduced[i], one, size).getResult());
      reducedSizes.push_back(
          arith::SelectOp::create(rewriter, loc, reduced[i], size, one).getResult());
    }

    Type element = inputType.getElementType();
    Value init = tensor::EmptyOp::create(rewriter, loc, keptSizes, element);
    init = linalg::FillOp::create(
               rewriter, loc,
               ValueRange{arith::ConstantOp::create(
                   rewriter, loc, getInitialValue(rewriter, kind.combiner, element))},
               ValueRange{init})
               .getResult(0);
    Value reducedExtent =
        tensor::EmptyOp::create(rewriter, loc, reducedSizes, rewriter.getI8Type());

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> inputExprs, keptExprs, reducedExprs;
    for (int64_t i = 0; i < rank; ++i) {
      AffineExpr y = getAffineDimExpr(i, ctx), z = getAffineDimExpr(rank + i, ctx);
      inputExprs.push_back(y + z);
      keptExprs.push_back(y);
      reducedExprs.push_back(z);
    }
    SmallVector<AffineMap> maps = {AffineMap::get(2 * rank, 0, inputExprs, ctx),
                                   AffineMap::get(2 * rank, 0, reducedExprs, ctx),
                                   AffineMap::get(2 * rank, 0, keptExprs, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators.append(rank, utils::IteratorType::reduction);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{init.getType()}, ValueRange{input, reducedExtent},
        ValueRange{init}, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(b, l, step(b, l, args[0], args[2]));
        });
    Value result = generic.getResult(0);

    Value count;
    if (kind.post == Post::Mean) {
      Value elements = one;
      for (OpFoldResult size : reducedSizes)
        elements = arith::MulIOp::create(
            rewriter, loc, elements, getValueOrCreateConstantIndexOp(rewriter, loc, size));
      count = arith::UIToFPOp::create(
          rewriter, loc, element,
          arith::IndexCastUIOp::create(rewriter, loc, i64, elements));
    }
    result = applyPost(rewriter, loc, result, count);

    if (!keepDims) {
      // Result dim j is the j-th kept dim: sum over i of n_i where dim i is
      // kept and j dims were kept before it.
      SmallVector<OpFoldResult> sizes;
      Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
      for (int64_t j = 0; j < resultType.getRank(); ++j) {
        Value size = zero, keptBefore = zero;
        Value target = arith::ConstantIndexOp::create(rewriter, loc, j);
        for (int64_t i = 0; i < rank; ++i) {
          Value kept = arith::XOrIOp::create(
              rewriter, loc, reduced[i],
              arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 1));
          Value isTarget = arith::AndIOp::create(
              rewriter, loc, kept,
              arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, keptBefore,
                                    target));
          size = arith::SelectOp::create(
              rewriter, loc, isTarget, dimSizes[i], size);
          keptBefore = arith::AddIOp::create(
              rewriter, loc, keptBefore,
              arith::SelectOp::create(rewriter, loc, kept, one, zero));
        }
        sizes.push_back(resultType.isDynamicDim(j)
                            ? OpFoldResult(size)
                            : OpFoldResult(rewriter.getIndexAttr(resultType.getDimSize(j))));
      }
      result = reshapeThroughFlat(rewriter, loc, result, resultType, sizes);
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }

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
