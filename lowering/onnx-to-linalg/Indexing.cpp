//===- Indexing.cpp - Gather and Slice -> linalg/tensor -------------------===//
//
// Gather becomes a linalg.generic over the result that reads the checked
// indices (IndexChecks.h: negative ones wrapped, each checked once against
// the axis at run time) and extracts from the data, so an embedding lookup
// is one loop nest over the rows. Slice with constant starts, ends,
// axes and steps becomes tensor.extract_slice, followed by a reversing
// generic for negative steps; with starts or ends known only at run time
// (and positive constant steps), an extract_slice whose offsets and sizes
// are resolved at run time; with run-time axes or steps, or negative steps
// and run-time bounds, a generic that reads data[start + i * step] per dim.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInferenceUtils.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
/// Gather along any axis: out[i.., j.., k..] = data[i.., wrap(idx[j..]), k..].
struct GatherLowering : OpRewritePattern<onnx::GatherOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GatherOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = op->getOperand(0), indices = op->getOperand(1);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !indicesType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    if (!dataType.getElementType().isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "needs an integer or float element type");
    int64_t rank = dataType.getRank(), q = indicesType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 0), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    if (resultType.getRank() != rank + q - 1)
      return rewriter.notifyMatchFailure(op, "result rank is not r + q - 1");

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<std::pair<Value, int64_t>> dimSources;
    SmallVector<AffineExpr> indexExprs;
    for (int64_t i = 0; i < resultType.getRank(); ++i) {
      if (i < axis) {
        dimSources.push_back({data, i});
      } else if (i < axis + q) {
        dimSources.push_back({indices, i - axis});
        indexExprs.push_back(getAffineDimExpr(i, ctx));
      } else {
        dimSources.push_back({data, i - q + 1});
      }
    }
    AffineMap indicesMap = AffineMap::get(resultType.getRank(), 0, indexExprs, ctx);
    Value axisSize = getDimValue(rewriter, loc, data, axis);
    FailureOr<CheckedIndices> checked =
        checkIndices(rewriter, loc, op, "indices", indices, {axisSize},
                     /*componentDim=*/-1, /*allowNegative=*/true);
    if (failed(checked))
      return rewriter.notifyMatchFailure(op, "indices out of range or not integers");
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{checked->indices}, {indicesMap}, dimSources,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          SmallVector<Value> position;
          for (int64_t i = 0; i < rank; ++i) {
            if (i == axis)
              position.push_back(
                  arith::IndexCastOp::create(b, l, b.getIndexType(), args[0]));
            else
              position.push_back(
                  linalg::IndexOp::create(b, l, i < axis ? i : i + q - 1));
          }
          return extractChecked(b, l, data, position, *checked);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Slice with constant starts, ends, axes and steps -> tensor.extract_slice
/// (+ a reversing linalg.generic over the axes with negative steps).
struct SliceLowering : OpRewritePattern<onnx::SliceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::SliceOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = op->getOperand(0);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    int64_t rank = dataType.getRank();
    auto starts = onnx::getConstantIntValues(op->getOperand(1));
    auto ends = onnx::getConstantIntValues(op->getOperand(2));
    if (!starts || !ends || starts->size() != ends->size())
      return rewriter.notifyMatchFailure(op, "starts and ends must be constant");
    SmallVector<int64_t> axes, steps(starts->size(), 1);
    for (int64_t i = 0; i < static_cast<int64_t>(starts->size()); ++i)
      axes.push_back(i);
    if (!onnx::isNoValue(op->getOperand(3))) {
      auto constant = onnx::getConstantIntValues(op->getOperand(3));
      if (!constant || constant->size() != starts->size())
        return rewriter.notifyMatchFailure(op, "axes must be constant");
      axes = *constant;
    }
    if (op->getNumOperands() > 4 && !onnx::isNoValue(op->getOperand(4))) {
      auto constant = onnx::getConstantIntValues(op->getOperand(4));
      if (!constant || constant->size() != starts->size())
        return rewriter.notifyMatchFailure(op, "steps must be constant");
      steps = *constant;
    }

    SmallVector<OpFoldResult> offsets, sizes, strides;
    SmallVector<int64_t> shape;
    for (int64_t i = 0; i < rank; ++i) {
      offsets.push_back(rewriter.getIndexAttr(0));
      strides.push_back(rewriter.getIndexAttr(1));
      if (dataType.isDynamicDim(i))
        sizes.push_back(tensor::DimOp::create(rewriter, loc, data, i).getResult());
      else
        sizes.push_back(rewriter.getIndexAttr(dataType.getDimSize(i)));
      shape.push_back(dataType.getDimSize(i));
    }
    SmallVector<bool> reversed(rank, false);
    SmallVector<bool> seen(rank, false);
    for (auto [k, rawAxis] : llvm::enumerate(axes)) {
      int64_t axis = onnx::normalizeAxis(rawAxis, rank);
      if (axis < 0 || axis >= rank || seen[axis])
        return rewriter.notifyMatchFailure(op, "axes out of range or repeated");
      seen[axis] = true;
      int64_t start = (*starts)[k], end = (*ends)[k], step = steps[k];
      if (step == 0)
        return rewriter.notifyMatchFailure(op, "step 0");
      if (dataType.isDynamicDim(axis)) {
        // Dynamic axis: only [start, end of axis) with start >= 0, step 1.
        if (step != 1 || start < 0 || end < std::numeric_limits<int32_t>::max())
          return rewriter.notifyMatchFailure(op, "dynamic axis sliced other than to its end");
        if (start == 0)
          continue;
        Value dim = tensor::DimOp::create(rewriter, loc, data, axis);
        offsets[axis] = rewriter.getIndexAttr(start);
        sizes[axis] = arith::SubIOp::create(
                          rewriter, loc, dim,
                          arith::ConstantIndexOp::create(rewriter, loc, start))
                          .getResult();
        continue;
      }
      onnx::SliceRange range =
          onnx::resolveSliceRange(start, end, step, dataType.getDimSize(axis));
      int64_t absStep = std::abs(step);
      // A negative step reads the same elements in reverse: slice from the
      // lowest one upwards, then reverse.
      int64_t lowest = step > 0 || range.size == 0
                           ? range.start
                           : range.start - (range.size - 1) * absStep;
      offsets[axis] = rewriter.getIndexAttr(lowest);
      sizes[axis] = rewriter.getIndexAttr(range.size);
      strides[axis] = rewriter.getIndexAttr(absStep);
      shape[axis] = range.size;
      reversed[axis] = step < 0 && range.size > 1;
    }
    auto sliceType = RankedTensorType::get(shape, dataType.getElementType());
    Value result = tensor::ExtractSliceOp::create(rewriter, loc, sliceType, data,
                                                  offsets, sizes, strides);
    if (llvm::is_contained(reversed, true)) {
      MLIRContext *ctx = rewriter.getContext();
      SmallVector<AffineExpr> exprs;
      for (int64_t i = 0; i < rank; ++i) {
        AffineExpr d = getAffineDimExpr(i, ctx);
        exprs.push_back(reversed[i] ? getAffineConstantExpr(shape[i] - 1, ctx) - d : d);
      }
      SmallVector<std::pair<Value, int64_t>> dimSources;
      for (int64_t i = 0; i < rank; ++i)
        dimSources.push_back({result, i});
      result = buildMappedGeneric(
          rewriter, loc, sliceType, ValueRange{result},
          {AffineMap::get(rank, 0, exprs, ctx)}, dimSources,
          [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    }
    if (result.getType() != resultType) {
      if (!tensor::CastOp::areCastCompatible(result.getType(), resultType))
        return rewriter.notifyMatchFailure(op, "result type disagrees with the slice");
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Slice whose starts or ends are known only at run time (or that cuts a
/// dynamic axis anywhere): each sliced axis's start and end are resolved
/// at run time by ONNX's rule (negative counts from the end, then clamped
/// into [0, dim]) and its size is ceil((end - start) / step), at least 0.
/// Axes and steps must be constants, the steps positive. Tried after the
/// constant form (a lower benefit).
struct RunTimeSliceLowering : OpRewritePattern<onnx::SliceOp> {
  RunTimeSliceLowering(MLIRContext *ctx) : OpRewritePattern(ctx, /*benefit=*/0) {}

  LogicalResult matchAndRewrite(onnx::SliceOp op,
                                PatternRewriter &rewriter) const override {
    Value data = op->getOperand(0);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto startsType = dyn_cast<RankedTensorType>(op->getOperand(1).getType());
    auto endsType = dyn_cast<RankedTensorType>(op->getOperand(2).getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !resultType || !startsType || !endsType || startsType.getRank() != 1 ||
        startsType != endsType || startsType.isDynamicDim(0))
      return rewriter.notifyMatchFailure(op, "run-time starts and ends need one static length");
    int64_t n = startsType.getDimSize(0), rank = dataType.getRank();
    SmallVector<int64_t> axes, steps(n, 1);
    for (int64_t i = 0; i < n; ++i)
      axes.push_back(i);
    if (!onnx::isNoValue(op->getOperand(3))) {
      auto constant = onnx::getConstantIntValues(op->getOperand(3));
      if (!constant || static_cast<int64_t>(constant->size()) != n)
        return rewriter.notifyMatchFailure(op, "axes must be constant");
      axes = *constant;
    }
    if (op->getNumOperands() > 4 && !onnx::isNoValue(op->getOperand(4))) {
      auto constant = onnx::getConstantIntValues(op->getOperand(4));
      if (!constant || static_cast<int64_t>(constant->size()) != n ||
          llvm::any_of(*constant, [](int64_t step) { return step <= 0; }))
        return rewriter.notifyMatchFailure(
            op, "with run-time starts or ends, steps must be positive constants");
      steps = *constant;
    }
    SmallVector<bool> seen(rank, false);
    for (int64_t &axis : axes) {
      axis = onnx::normalizeAxis(axis, rank);
      if (axis < 0 || axis >= rank || seen[axis])
        return rewriter.notifyMatchFailure(op, "axes out of range or repeated");
      seen[axis] = true;
    }

    SmallVector<int64_t> shape(dataType.getShape());
    for (int64_t axis : axes)
      shape[axis] = ShapedType::kDynamic;
    auto sliceType = RankedTensorType::get(shape, dataType.getElementType());
    if (!tensor::CastOp::areCastCompatible(sliceType, resultType))
      return rewriter.notifyMatchFailure(op, "result type disagrees with the slice");

    Location loc = op.getLoc();
    SmallVector<Value> starts = readIndexElements(rewriter, loc, op->getOperand(1), n);
    SmallVector<Value> ends = readIndexElements(rewriter, loc, op->getOperand(2), n);
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    auto resolve = [&](Value bound, Value dim) -> Value {
      Value negative = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, bound, zero);
      Value fromEnd = arith::AddIOp::create(rewriter, loc, bound, dim);
      Value absolute = arith::SelectOp::create(rewriter, loc, negative, fromEnd, bound);
      return arith::MinSIOp::create(rewriter, loc,
                                    arith::MaxSIOp::create(rewriter, loc, absolute, zero), dim);
    };
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (int64_t d = 0; d < rank; ++d) {
      offsets.push_back(rewriter.getIndexAttr(0));
      sizes.push_back(tensor::getMixedSize(rewriter, loc, data, d));
      strides.push_back(rewriter.getIndexAttr(1));
    }
    for (int64_t k = 0; k < n; ++k) {
      int64_t axis = axes[k];
      Value dim = getDimValue(rewriter, loc, data, axis);
      Value start = resolve(starts[k], dim), end = resolve(ends[k], dim);
      Value length = arith::MaxSIOp::create(
          rewriter, loc, arith::SubIOp::create(rewriter, loc, end, start), zero);
      Value step = arith::ConstantIndexOp::create(rewriter, loc, steps[k]);
      offsets[axis] = start;
      sizes[axis] = arith::CeilDivSIOp::create(rewriter, loc, length, step).getResult();
      strides[axis] = rewriter.getIndexAttr(steps[k]);
    }
    Value result =
        tensor::ExtractSliceOp::create(rewriter, loc, sliceType, data, offsets, sizes, strides);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Slice with axes or steps known only at run time, or negative steps with
/// run-time starts or ends (or a dynamic axis cut anywhere with a negative
/// step): per data dim, a start, a step and a size resolved at run time by
/// ONNX's rule (for each entry k whose axis is that dim; an untouched dim
/// keeps 0, 1 and its size), then one linalg.generic over the result that
/// reads data[start + i * step]. The sizes are such that every position
/// lies inside the data; a step of 0 or an axis out of range is reported
/// and that entry slices nothing.
struct GeneralSliceLowering : OpRewritePattern<onnx::SliceOp> {
  GeneralSliceLowering(MLIRContext *ctx) : OpRewritePattern(ctx, /*benefit=*/0) {}

  LogicalResult matchAndRewrite(onnx::SliceOp op,
                                PatternRewriter &rewriter) const override {
    Value data = op->getOperand(0);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto startsType = dyn_cast<RankedTensorType>(op->getOperand(1).getType());
    auto endsType = dyn_cast<RankedTensorType>(op->getOperand(2).getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !resultType || !startsType || !endsType || startsType.getRank() != 1 ||
        startsType != endsType || startsType.isDynamicDim(0))
      return rewriter.notifyMatchFailure(op, "starts and ends need one static length");
    int64_t n = startsType.getDimSize(0), rank = dataType.getRank();
    Value axesOperand = onnx::isNoValue(op->getOperand(3)) ? Value() : op->getOperand(3);
    Value stepsOperand = op->getNumOperands() > 4 && !onnx::isNoValue(op->getOperand(4))
                             ? op->getOperand(4)
                             : Value();
    std::optional<SmallVector<int64_t>> constantAxes, constantSteps;
    if (axesOperand)
      constantAxes = onnx::getConstantIntValues(axesOperand);
    if (stepsOperand)
      constantSteps = onnx::getConstantIntValues(stepsOperand);
    bool positiveSteps =
        !stepsOperand || (constantSteps && llvm::all_of(*constantSteps,
                                                        [](int64_t s) { return s > 0; }));
    if ((!axesOperand || constantAxes) && positiveSteps)
      return rewriter.notifyMatchFailure(op, "constant axes and positive steps: the other forms");
    for (Value operand : {axesOperand, stepsOperand}) {
      if (!operand)
        continue;
      auto type = dyn_cast<RankedTensorType>(operand.getType());
      if (!type || type.getRank() != 1 || type.isDynamicDim(0) || type.getDimSize(0) != n)
        return rewriter.notifyMatchFailure(op, "axes and steps need one entry per start");
    }
    if (resultType.getRank() != rank)
      return rewriter.notifyMatchFailure(op, "result rank differs from the data's");

    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
    auto constant = [&](int64_t v) -> Value {
      return arith::ConstantIntOp::create(rewriter, loc, i64, v);
    };
    auto cmp = [&](arith::CmpIPredicate p, Value a, Value b) -> Value {
      return arith::CmpIOp::create(rewriter, loc, p, a, b);
    };
    auto select = [&](Value c, Value a, Value b) -> Value {
      return arith::SelectOp::create(rewriter, loc, c, a, b);
    };
    auto clamp = [&](Value v, Value low, Value high) -> Value {
      return arith::MinSIOp::create(rewriter, loc, arith::MaxSIOp::create(rewriter, loc, v, low),
                                    high);
    };
    auto read = [&](Value operand) {
      SmallVector<Value> values;
      for (Value v : readIndexElements(rewriter, loc, operand, n))
        values.push_back(arith::IndexCastOp::create(rewriter, loc, i64, v));
      return values;
    };
    SmallVector<Value> starts = read(op->getOperand(1)), ends = read(op->getOperand(2));
    SmallVector<Value> axes, steps;
    for (int64_t k = 0; k < n; ++k) {
      axes.push_back(constant(k));
      steps.push_back(constant(1));
    }
    if (axesOperand)
      axes = read(axesOperand);
    if (stepsOperand)
      steps = read(stepsOperand);

    Value zero = constant(0), one = constant(1), minusOne = constant(-1);
    Value rankValue = constant(rank);
    SmallVector<Value> dimStart, dimStep, dimSize, dims;
    for (int64_t d = 0; d < rank; ++d) {
      Value dim = arith::IndexCastOp::create(rewriter, loc, i64, getDimValue(rewriter, loc, data, d));
      dims.push_back(dim);
      dimStart.push_back(zero);
      dimStep.push_back(one);
      dimSize.push_back(dim);
    }
    Value badAxis = arith::ConstantIntOp::create(rewriter, loc, i1, 0), firstBadAxis = zero;
    Value zeroStep = arith::ConstantIntOp::create(rewriter, loc, i1, 0);
    for (int64_t k = 0; k < n; ++k) {
      Value axis = select(cmp(arith::CmpIPredicate::slt, axes[k], zero),
                          arith::AddIOp::create(rewriter, loc, axes[k], rankValue), axes[k]);
      Value outside = arith::OrIOp::create(rewriter, loc,
                                           cmp(arith::CmpIPredicate::slt, axis, zero),
                                           cmp(arith::CmpIPredicate::sge, axis, rankValue));
      firstBadAxis = select(arith::AndIOp::create(
                                rewriter, loc, outside,
                                arith::XOrIOp::create(rewriter, loc, badAxis,
                                                      arith::ConstantIntOp::create(rewriter, loc, i1, 1))),
                            axes[k], firstBadAxis);
      badAxis = arith::OrIOp::create(rewriter, loc, badAxis, outside);
      Value step = steps[k];
      Value stepIsZero = cmp(arith::CmpIPredicate::eq, step, zero);
      zeroStep = arith::OrIOp::create(rewriter, loc, zeroStep, stepIsZero);
      Value negativeStep = cmp(arith::CmpIPredicate::slt, step, zero);
      for (int64_t d = 0; d < rank; ++d) {
        Value here = cmp(arith::CmpIPredicate::eq, axis, constant(d));
        Value dim = dims[d];
        Value last = arith::SubIOp::create(rewriter, loc, dim, one);
        auto absolute = [&](Value bound) -> Value {
          return select(cmp(arith::CmpIPredicate::slt, bound, zero),
                        arith::AddIOp::create(rewriter, loc, bound, dim), bound);
        };
        // Positive steps clamp into [0, dim], negative ones into [0, dim - 1]
        // (the start) and [-1, dim - 1] (the end).
        Value start = select(negativeStep, clamp(absolute(starts[k]), zero, last),
                             clamp(absolute(starts[k]), zero, dim));
        Value end = select(negativeStep, clamp(absolute(ends[k]), minusOne, last),
                           clamp(absolute(ends[k]), zero, dim));
        Value span = select(negativeStep, arith::SubIOp::create(rewriter, loc, start, end),
                            arith::SubIOp::create(rewriter, loc, end, start));
        Value stride = select(negativeStep, arith::SubIOp::create(rewriter, loc, zero, step), step);
        // A zero step slices nothing (and is reported); stride >= 1 below.
        stride = select(stepIsZero, one, stride);
        Value size = arith::MaxSIOp::create(
            rewriter, loc, arith::CeilDivSIOp::create(rewriter, loc, span, stride), zero);
        size = select(stepIsZero, zero, size);
        dimStart[d] = select(here, start, dimStart[d]);
        dimStep[d] = select(here, select(stepIsZero, one, step), dimStep[d]);
        dimSize[d] = select(here, size, dimSize[d]);
      }
    }
    reportOutOfRange(rewriter, loc, op, "axes element", badAxis, firstBadAxis, constant(-rank),
                     constant(rank - 1));
    reportOutOfRange(rewriter, loc, op, "steps element", zeroStep, zero, one, one);

    SmallVector<Value> dynamicSizes;
    SmallVector<int64_t> shape;
    for (int64_t d = 0; d < rank; ++d) {
      shape.push_back(ShapedType::kDynamic);
      dynamicSizes.push_back(
          arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), dimSize[d]));
    }
    auto sliceType = RankedTensorType::get(shape, dataType.getElementType());
    if (!tensor::CastOp::areCastCompatible(sliceType, resultType))
      return rewriter.notifyMatchFailure(op, "result type disagrees with the slice");
    Value init = tensor::EmptyOp::create(rewriter, loc, shape, dataType.getElementType(),
                                         dynamicSizes);
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{sliceType}, ValueRange{}, ValueRange{init}, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> position;
          for (int64_t d = 0; d < rank; ++d) {
            Value i = arith::IndexCastOp::create(b, l, i64, linalg::IndexOp::create(b, l, d));
            Value p = arith::AddIOp::create(b, l, dimStart[d],
                                            arith::MulIOp::create(b, l, i, dimStep[d]));
            position.push_back(arith::IndexCastOp::create(b, l, b.getIndexType(), p));
          }
          linalg::YieldOp::create(b, l, ValueRange{tensor::ExtractOp::create(b, l, data, position)});
        });
    Value result = generic.getResult(0);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateIndexingPatterns(RewritePatternSet &patterns) {
  patterns.add<GatherLowering, SliceLowering, RunTimeSliceLowering, GeneralSliceLowering>(
      patterns.getContext());
}

} // namespace onnxc
