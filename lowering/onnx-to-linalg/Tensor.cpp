//===- Tensor.cpp - tensor-manipulation onnx ops -> tensor/linalg ---------===//
//
// Constant -> arith.constant (resource blobs stay resource blobs);
// Reshape, Flatten, Unsqueeze, Squeeze -> collapse/expand_shape when their
// result type is known; Transpose -> linalg.transpose; Concat -> a chain of
// tensor.insert_slice; Expand -> a broadcasting copy; ConstantOfShape ->
// linalg.fill; Range -> a generic; Shape and Size -> tensor.from_elements
// of the dims. Pad lives in Pad.cpp.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

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
    if (!element.isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "needs an integer or float element type");
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
    // With a shape computed at run time, equal dynamic types say nothing
    // about how the dims regroup: ComputedReshapeLowering handles it.
    if (isa<onnx::ReshapeOp>(op) && !resultType.hasStaticShape() &&
        !onnx::getConstantIntValues(op->getOperand(1)))
      return rewriter.notifyMatchFailure(op, "shape computed at run time");
    FailureOr<Value> result =
        reshapeTensor(rewriter, op->getLoc(), op->getOperand(0), resultType);
    if (failed(result))
      return rewriter.notifyMatchFailure(op, "no static reassociation");
    rewriter.replaceOp(op, *result);
    return success();
  }
};

/// Whether some element of a computed shape (a tensor.from_elements of
/// scalars) is read from tensor data rather than computed from dims.
static bool computedFromData(Value shape) {
  auto computed = shape.getDefiningOp<tensor::FromElementsOp>();
  if (!computed)
    return false;
  SmallVector<Value> worklist(computed.getElements());
  DenseSet<Value> seen;
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    if (!seen.insert(value).second)
      continue;
    Operation *def = value.getDefiningOp();
    if (!def || isa<tensor::ExtractOp>(def))
      return true;
    if (isa<tensor::DimOp>(def))
      continue;
    llvm::append_range(worklist, def->getOperands());
  }
  return false;
}

/// Reshape whose shape holds run-time sizes (a tensor.from_elements made by
/// ComputedShapes.cpp, or a constant with 0/-1 over dynamic dims that the
/// result type cannot express): the input collapsed to 1-D, then expanded
/// to the sizes computed from the shape.
struct ComputedReshapeLowering : OpRewritePattern<onnx::ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ReshapeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    bool allowZero = getIntAttr(op, "allowzero", 0) != 0;
    auto constants = getShapeOperandConstants(op->getOperand(1));
    // Elements computed from data may be anything (0, -1, a wrong count):
    // read at run time, with the checks.
    if (!constants || computedFromData(op->getOperand(1)))
      return rewriteShapeReadAtRunTime(op, rewriter, allowZero);
    if (static_cast<int64_t>(constants->size()) != resultType.getRank())
      return rewriter.notifyMatchFailure(op, "shape length does not match the result rank");
    std::optional<size_t> inferred;
    for (auto [i, constant] : llvm::enumerate(*constants)) {
      if (constant == -1 && inferred)
        return rewriter.notifyMatchFailure(op, "more than one -1");
      if (constant == -1)
        inferred = i;
      if (constant == 0 && !allowZero && static_cast<int64_t>(i) >= inputType.getRank())
        return rewriter.notifyMatchFailure(op, "0 past the input's rank");
    }
    SmallVector<OpFoldResult> sizes = getShapeOperandSizes(rewriter, loc, op->getOperand(1));
    for (auto [i, constant] : llvm::enumerate(*constants))
      if (constant == 0 && !allowZero)
        sizes[i] = getAsOpFoldResult(getDimValue(rewriter, loc, input, i));
    if (inferred) {
      Value count = arith::ConstantIndexOp::create(rewriter, loc, 1);
      for (int64_t i = 0; i < inputType.getRank(); ++i)
        count = arith::MulIOp::create(rewriter, loc, count, getDimValue(rewriter, loc, input, i));
      Value known = arith::ConstantIndexOp::create(rewriter, loc, 1);
      for (auto [i, size] : llvm::enumerate(sizes))
        if (i != *inferred)
          known = arith::MulIOp::create(
              rewriter, loc, known, getValueOrCreateConstantIndexOp(rewriter, loc, size));
      sizes[*inferred] = getAsOpFoldResult(arith::DivUIOp::create(rewriter, loc, count, known));
    }
    // The result type's static dims win over the computed ones.
    for (auto [i, size] : llvm::enumerate(sizes)) {
      if (!resultType.isDynamicDim(i))
        size = rewriter.getIndexAttr(resultType.getDimSize(i));
      else
        size = getValueOrCreateConstantIndexOp(rewriter, loc, size);
    }

    rewriter.replaceOp(op, reshapeThroughFlat(rewriter, loc, input, resultType, sizes));
    return success();
  }

private:
  /// A shape whose elements are data (a model input): each element is read
  /// as a scalar, a 0 copies the input's dim at its position (unless
  /// allowzero) and a -1 takes the elements the others leave, decided at
  /// run time with selects. The arena planner reads the same elements.
  LogicalResult rewriteShapeReadAtRunTime(onnx::ReshapeOp op, PatternRewriter &rewriter,
                                          bool allowZero) const {
    Location loc = op.getLoc();
    Value input = op->getOperand(0), shape = op->getOperand(1);
    auto inputType = cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    auto shapeType = dyn_cast<RankedTensorType>(shape.getType());
    if (!shapeType || shapeType.getRank() != 1 || shapeType.isDynamicDim(0) ||
        !shapeType.getElementType().isInteger(64) ||
        shapeType.getDimSize(0) != resultType.getRank())
      return rewriter.notifyMatchFailure(
          op, "a shape read at run time needs a 1-D i64 tensor of the result's rank");
    Type i64 = rewriter.getI64Type();
    Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value one = arith::ConstantIntOp::create(rewriter, loc, i64, 1);
    Value minusOne = arith::ConstantIntOp::create(rewriter, loc, i64, -1);
    Value count = one;
    for (int64_t i = 0; i < inputType.getRank(); ++i)
      count = arith::MulIOp::create(
          rewriter, loc, count,
          arith::IndexCastOp::create(rewriter, loc, i64, getDimValue(rewriter, loc, input, i)));
    // The elements with 0 resolved; the product of those that are not -1.
    SmallVector<Value> elements, isInferred;
    Value known = one;
    for (int64_t i = 0; i < resultType.getRank(); ++i) {
      Value element = tensor::ExtractOp::create(
          rewriter, loc, shape, ValueRange{arith::ConstantIndexOp::create(rewriter, loc, i)});
      if (!allowZero && i < inputType.getRank()) {
        Value copies =
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, element, zero);
        Value dim = arith::IndexCastOp::create(rewriter, loc, i64,
                                               getDimValue(rewriter, loc, input, i));
        element = arith::SelectOp::create(rewriter, loc, copies, dim, element);
      }
      Value inferred =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, element, minusOne);
      known = arith::MulIOp::create(rewriter, loc, known,
                                    arith::SelectOp::create(rewriter, loc, inferred, one, element));
      elements.push_back(element);
      isInferred.push_back(inferred);
    }
    // A zero product leaves -1 at 0 elements rather than dividing by it.
    Value knownIsZero =
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, known, zero);
    Value rest = arith::DivUIOp::create(
        rewriter, loc, count, arith::SelectOp::create(rewriter, loc, knownIsZero, one, known));
    SmallVector<Value> resolved;
    Value product = one;
    for (int64_t i = 0; i < resultType.getRank(); ++i) {
      Value size = resultType.isDynamicDim(i)
                       ? arith::SelectOp::create(rewriter, loc, isInferred[i], rest, elements[i])
                             .getResult()
                       : arith::ConstantIntOp::create(rewriter, loc, i64,
                                                      resultType.getDimSize(i))
                             .getResult();
      product = arith::MulIOp::create(rewriter, loc, product, size);
      resolved.push_back(size);
    }
    // A shape that does not hold the input's elements (a bad element, or a
    // -1 that does not divide) is reported, and the run goes on with the
    // dynamic dims at 0, so that no view reaches past the input.
    Value mismatch =
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, product, count);
    reportOutOfRange(rewriter, loc, op, "the shape's element count", mismatch, product,
                     count, count);
    SmallVector<OpFoldResult> sizes;
    for (int64_t i = 0; i < resultType.getRank(); ++i) {
      if (!resultType.isDynamicDim(i)) {
        sizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(i)));
        continue;
      }
      Value size = arith::SelectOp::create(rewriter, loc, mismatch, zero, resolved[i]);
      sizes.push_back(
          arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), size).getResult());
    }
    // Through a dynamic 1-D tensor: the expanded sizes are run-time values.
    auto flatType = RankedTensorType::get({ShapedType::kDynamic}, inputType.getElementType());
    Value flat = reshapeThroughFlat(
        rewriter, loc, input,
        RankedTensorType::get({inputType.hasStaticShape() ? inputType.getNumElements()
                                                          : ShapedType::kDynamic},
                              inputType.getElementType()),
        {});
    if (flat.getType() != flatType)
      flat = tensor::CastOp::create(rewriter, loc, flatType, flat);
    rewriter.replaceOp(op, reshapeThroughFlat(rewriter, loc, flat, resultType, sizes));
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

/// Concat along any axis: each input inserted at its offset into one
/// tensor.empty (offsets and the result's axis size from tensor.dim where
/// dynamic).
struct ConcatLowering : OpRewritePattern<onnx::ConcatOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConcatOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType || op->getNumOperands() == 0)
      return rewriter.notifyMatchFailure(op, "needs a ranked result and inputs");
    for (Value input : op->getOperands())
      if (auto type = dyn_cast<RankedTensorType>(input.getType());
          !type || type.getRank() != resultType.getRank())
        return rewriter.notifyMatchFailure(op, "inputs must be ranked like the result");
    int64_t rank = resultType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 0), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");

    Value first = op->getOperand(0);
    SmallVector<Value> dynamicSizes;
    for (int64_t i = 0; i < rank; ++i) {
      if (!resultType.isDynamicDim(i))
        continue;
      if (i != axis) {
        dynamicSizes.push_back(tensor::DimOp::create(rewriter, loc, first, i));
        continue;
      }
      Value total = arith::ConstantIndexOp::create(rewriter, loc, 0);
      for (Value input : op->getOperands())
        total = arith::AddIOp::create(rewriter, loc, total,
                                      getDimValue(rewriter, loc, input, axis));
      dynamicSizes.push_back(total);
    }
    Value result = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                           resultType.getElementType(), dynamicSizes);
    OpFoldResult offset = rewriter.getIndexAttr(0);
    for (Value input : op->getOperands()) {
      auto type = cast<RankedTensorType>(input.getType());
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0)), sizes,
          strides(rank, rewriter.getIndexAttr(1));
      offsets[axis] = offset;
      for (int64_t i = 0; i < rank; ++i)
        sizes.push_back(type.isDynamicDim(i)
                            ? OpFoldResult(tensor::DimOp::create(rewriter, loc, input, i)
                                               .getResult())
                            : OpFoldResult(rewriter.getIndexAttr(type.getDimSize(i))));
      result = tensor::InsertSliceOp::create(rewriter, loc, input, result, offsets,
                                             sizes, strides);
      // The next offset: static while every size so far is.
      std::optional<int64_t> staticOffset = getConstantIntValue(offset);
      if (staticOffset && !type.isDynamicDim(axis)) {
        offset = rewriter.getIndexAttr(*staticOffset + type.getDimSize(axis));
      } else {
        Value base = staticOffset
                         ? arith::ConstantIndexOp::create(rewriter, loc, *staticOffset)
                         : cast<Value>(offset);
        offset = arith::AddIOp::create(rewriter, loc, base,
                                       getDimValue(rewriter, loc, input, axis))
                     .getResult();
      }
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Expand: the input broadcast to the result type (whose shape the
/// constant shape operand gave); every dynamic result dim must be carried
/// by the input.
struct ExpandLowering : OpRewritePattern<onnx::ExpandOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ExpandOp op,
                                PatternRewriter &rewriter) const override {
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() > resultType.getRank())
      return rewriter.notifyMatchFailure(op, "needs ranked types, result rank >= input rank");
    if (!onnx::getConstantIntValues(op->getOperand(1)))
      return rewriter.notifyMatchFailure(op, "shape computed at run time");
    auto sources = getBroadcastDimSources(ValueRange{input}, resultType);
    for (int64_t i = 0; i < resultType.getRank(); ++i)
      if (resultType.isDynamicDim(i) && !sources[i].first)
        return rewriter.notifyMatchFailure(op, "a dynamic result dim the input does not carry");
    Value result = buildElementwise(
        rewriter, op.getLoc(), resultType, ValueRange{input},
        [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Expand whose shape is known only at run time (computed from dims or
/// data by ComputedShapes.cpp, or a model input). Each result dim is the
/// data's dim where that is not a static 1 (the shape's element must then
/// be 1 or equal to it), else the shape's element, checked like any size
/// taken from data. A dynamic data dim is never taken for a 1 that
/// broadcasts (docs/architecture.md): an element that disagrees with it is
/// reported. The data is read through affine maps, never past its dims.
struct ComputedExpandLowering : OpRewritePattern<onnx::ExpandOp> {
  ComputedExpandLowering(MLIRContext *ctx) : OpRewritePattern(ctx, /*benefit=*/0) {}

  LogicalResult matchAndRewrite(onnx::ExpandOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0), shape = op->getOperand(1);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto shapeType = dyn_cast<RankedTensorType>(shape.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || !shapeType || shapeType.getRank() != 1 ||
        shapeType.isDynamicDim(0) || !shapeType.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "needs ranked types and a 1-D i64 shape of static length");
    int64_t length = shapeType.getDimSize(0), inRank = inputType.getRank();
    int64_t rank = resultType.getRank();
    if (rank != std::max(length, inRank))
      return rewriter.notifyMatchFailure(op, "result rank is not the longer of data and shape");
    Type i64 = rewriter.getI64Type();
    SmallVector<Value> elements;
    for (Value element : readIndexElements(rewriter, loc, shape, length))
      elements.push_back(arith::IndexCastOp::create(rewriter, loc, i64, element));
    Value one = arith::ConstantIntOp::create(rewriter, loc, i64, 1);
    Value mismatch = arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 0);
    Value badElement = one, badDim = one;

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> readExprs;
    SmallVector<OpFoldResult> sizes(rank);
    SmallVector<unsigned> fromShape; // result dims whose size is a shape element
    SmallVector<Value> shapeSizes;
    for (int64_t i = 0; i < rank; ++i) {
      int64_t d = i - (rank - inRank), e = i - (rank - length);
      int64_t dataDim = d >= 0 ? inputType.getDimSize(d) : 1;
      bool carried = d >= 0 && dataDim != 1;
      if (d >= 0)
        readExprs.push_back(carried ? getAffineDimExpr(i, ctx) : getAffineConstantExpr(0, ctx));
      if (carried) {
        if (!resultType.isDynamicDim(i) && resultType.getDimSize(i) != dataDim)
          return rewriter.notifyMatchFailure(op, "a static result dim the data does not carry");
        Value dim = getDimValue(rewriter, loc, input, d);
        sizes[i] = getAsOpFoldResult(dim);
        if (e < 0)
          continue;
        // The element must be 1 or the data's dim.
        Value dim64 = arith::IndexCastOp::create(rewriter, loc, i64, dim);
        Value fits = arith::OrIOp::create(
            rewriter, loc,
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, elements[e], one),
            arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, elements[e], dim64));
        Value bad = arith::XOrIOp::create(
            rewriter, loc, fits,
            arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 1));
        Value first = arith::AndIOp::create(
            rewriter, loc, bad,
            arith::XOrIOp::create(rewriter, loc, mismatch,
                                  arith::ConstantIntOp::create(rewriter, loc,
                                                               rewriter.getI1Type(), 1)));
        badElement = arith::SelectOp::create(rewriter, loc, first, elements[e], badElement);
        badDim = arith::SelectOp::create(rewriter, loc, first, dim64, badDim);
        mismatch = arith::OrIOp::create(rewriter, loc, mismatch, bad);
        continue;
      }
      if (e < 0) {
        sizes[i] = rewriter.getIndexAttr(1);
        continue;
      }
      fromShape.push_back(i);
      shapeSizes.push_back(elements[e]);
    }
    reportOutOfRange(rewriter, loc, op, "shape element (it must be 1 or the data's dim)",
                     mismatch, badElement, badDim, badDim);
    int64_t staticCount = 1;
    for (int64_t i = 0; i < rank; ++i)
      if (std::optional<int64_t> size =
              sizes[i].isNull() ? std::nullopt : getConstantIntValue(sizes[i]))
        staticCount *= std::max<int64_t>(*size, 1);
    SmallVector<Value> checked =
        checkRunTimeSizes(rewriter, loc, op, "shape element", shapeSizes, staticCount);
    for (auto [i, size] : llvm::zip(fromShape, checked))
      sizes[i] = getAsOpFoldResult(size);

    // The result: its static dims where shape inference knew them (a shape
    // element that disagrees at run time is reported).
    SmallVector<Value> dynamicSizes;
    for (int64_t i = 0; i < rank; ++i) {
      Value size = getValueOrCreateConstantIndexOp(rewriter, loc, sizes[i]);
      if (resultType.isDynamicDim(i)) {
        dynamicSizes.push_back(size);
        continue;
      }
      if (getConstantIntValue(sizes[i]) == resultType.getDimSize(i))
        continue;
      Value expected = arith::ConstantIndexOp::create(rewriter, loc, resultType.getDimSize(i));
      Value differs = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, size, expected);
      Value expected64 = arith::IndexCastOp::create(rewriter, loc, i64, expected);
      reportOutOfRange(rewriter, loc, op, "shape element", differs,
                       arith::IndexCastOp::create(rewriter, loc, i64, size), expected64,
                       expected64);
    }
    Value init = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                         resultType.getElementType(), dynamicSizes);
    SmallVector<AffineMap> maps = {AffineMap::get(rank, 0, readExprs, ctx),
                                   AffineMap::getMultiDimIdentityMap(rank, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{input}, ValueRange{init}, maps,
        iterators, [](OpBuilder &b, Location l, ValueRange args) {
          linalg::YieldOp::create(b, l, args[0]);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

/// Shape and Size whose result is used as data (not folded, and not read
/// as a shape by ComputedShapes.cpp) -> tensor.from_elements of the dims.
struct ShapeLowering : RewritePattern {
  ShapeLowering(StringRef opName, MLIRContext *ctx) : RewritePattern(opName, 1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value data = op->getOperand(0);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !resultType || !resultType.hasStaticShape() ||
        !resultType.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "needs a ranked input and a static i64 result");
    Type i64 = rewriter.getI64Type();
    auto dim = [&](int64_t d) -> Value {
      return arith::IndexCastOp::create(rewriter, loc, i64, getDimValue(rewriter, loc, data, d));
    };
    SmallVector<Value> elements;
    if (isa<onnx::SizeOp>(op)) {
      Value count = arith::ConstantIntOp::create(rewriter, loc, i64, 1);
      for (int64_t d = 0; d < dataType.getRank(); ++d)
        count = arith::MulIOp::create(rewriter, loc, count, dim(d));
      elements.push_back(count);
    } else {
      auto [start, end] = onnx::getShapeOpRange(op, dataType.getRank());
      for (int64_t d = start; d < end; ++d)
        elements.push_back(dim(d));
    }
    if (static_cast<int64_t>(elements.size()) != resultType.getNumElements())
      return rewriter.notifyMatchFailure(op, "result type disagrees with the input's rank");
    rewriter.replaceOpWithNewOp<tensor::FromElementsOp>(op, resultType, elements);
    return success();
  }
};

/// Range -> a linalg.generic yielding start + i * delta (start and delta are
/// read as scalars, so they may be run-time values). The length may be
/// computed at run time, from dims (ComputedShapes.cpp) or from the bounds
/// when they are model inputs (the arena planner reads them before the run).
struct RangeLowering : OpRewritePattern<onnx::RangeOp> {
  using OpRewritePattern::OpRewritePattern;

  /// A run-time length is clamped to this many elements (2^47: no byte
  /// count overflows an i64); the arena for more fails to allocate, with a
  /// status, rather than wrapping around. An infinite count (delta 0) lands
  /// here too.
  static constexpr int64_t kMostRangeElements = int64_t{1} << 47;

  LogicalResult matchAndRewrite(onnx::RangeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType || resultType.getRank() != 1)
      return rewriter.notifyMatchFailure(op, "needs a 1-D result");
    Type element = resultType.getElementType();
    if (!element.isIntOrFloat() || element.isInteger(1))
      return rewriter.notifyMatchFailure(op, "needs an integer or float element type");
    for (Value bound : op->getOperands()) {
      auto type = dyn_cast<RankedTensorType>(bound.getType());
      if (!type || !type.hasStaticShape() || type.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "start, limit and delta must be one element each");
    }
    // Constants (initializers included) as constants: the length must be
    // computable from the inputs' dims alone, before the model runs.
    auto readScalar = [&](Value tensor) -> Value {
      auto ints = onnx::getConstantIntValues(tensor);
      if (isa<IntegerType>(element) && ints && ints->size() == 1)
        return arith::ConstantIntOp::create(rewriter, loc, element, (*ints)[0]);
      // A one-element tensor of any rank (exporters pass [1]-shaped bounds).
      auto type = cast<RankedTensorType>(tensor.getType());
      SmallVector<Value> position(type.getRank(),
                                  arith::ConstantIndexOp::create(rewriter, loc, 0));
      return tensor::ExtractOp::create(rewriter, loc, tensor, position);
    };
    Value start = readScalar(op->getOperand(0));
    Value delta = readScalar(op->getOperand(2));
    SmallVector<Value> dynamicLength;
    if (resultType.isDynamicDim(0)) {
      // max(ceil((limit - start) / delta), 0), as ONNX defines the length.
      // Float bounds count in f64 (f16 and bf16 spans lose no steps).
      Value limit = readScalar(op->getOperand(1));
      Value length;
      if (isa<FloatType>(element)) {
        Type f64 = rewriter.getF64Type();
        auto widen = [&](Value v) -> Value {
          return element == f64 ? v : arith::ExtFOp::create(rewriter, loc, f64, v).getResult();
        };
        Value span = arith::SubFOp::create(rewriter, loc, widen(limit), widen(start));
        Value steps = math::CeilOp::create(
            rewriter, loc, arith::DivFOp::create(rewriter, loc, span, widen(delta)));
        Value zero = arith::ConstantFloatOp::create(rewriter, loc, cast<FloatType>(f64),
                                                    APFloat(0.0));
        // maxnumf: a NaN count (0/0) is 0 elements.
        Value most = arith::ConstantFloatOp::create(
            rewriter, loc, cast<FloatType>(f64), APFloat(static_cast<double>(kMostRangeElements)));
        length = arith::FPToSIOp::create(
            rewriter, loc, rewriter.getI64Type(),
            arith::MinNumFOp::create(rewriter, loc,
                                     arith::MaxNumFOp::create(rewriter, loc, steps, zero), most));
      } else {
        Value span = arith::SubIOp::create(rewriter, loc, limit, start);
        Value steps = arith::CeilDivSIOp::create(rewriter, loc, span, delta);
        Value zero = arith::ConstantIntOp::create(rewriter, loc, element, 0);
        Value most = arith::ConstantIntOp::create(
            rewriter, loc, element,
            std::min<int64_t>(kMostRangeElements,
                              APInt::getSignedMaxValue(element.getIntOrFloatBitWidth())
                                  .getSExtValue()));
        length = arith::MinSIOp::create(rewriter, loc,
                                        arith::MaxSIOp::create(rewriter, loc, steps, zero), most);
      }
      dynamicLength.push_back(
          arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), length));
    }
    Value empty =
        tensor::EmptyOp::create(rewriter, loc, resultType.getShape(), element, dynamicLength);
    MLIRContext *ctx = rewriter.getContext();
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{}, ValueRange{empty},
        ArrayRef<AffineMap>{AffineMap::getMultiDimIdentityMap(1, ctx)},
        ArrayRef<utils::IteratorType>{utils::IteratorType::parallel},
        [&](OpBuilder &b, Location l, ValueRange) {
          Value index = linalg::IndexOp::create(b, l, 0);
          Value value;
          if (isa<FloatType>(element)) {
            Value i = arith::UIToFPOp::create(
                b, l, element, arith::IndexCastUIOp::create(b, l, b.getI64Type(), index));
            value = arith::AddFOp::create(b, l, start, arith::MulFOp::create(b, l, i, delta));
          } else {
            Value i = arith::IndexCastOp::create(b, l, element, index);
            value = arith::AddIOp::create(b, l, start, arith::MulIOp::create(b, l, i, delta));
          }
          linalg::YieldOp::create(b, l, value);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

/// ConstantOfShape -> linalg.fill; dynamic dims are read from the shape
/// tensor with tensor.extract.
struct ConstantOfShapeLowering : OpRewritePattern<onnx::ConstantOfShapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConstantOfShapeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "result is not ranked");
    Type element = resultType.getElementType();
    if (!element.isIntOrFloat())
      return rewriter.notifyMatchFailure(op, "needs an integer or float element type");
    TypedAttr value;
    if (auto attr = dyn_cast_or_null<DenseElementsAttr>(op->getAttr("value"))) {
      if (attr.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "value must have one element");
      value = cast<TypedAttr>(*attr.getValues<Attribute>().begin());
    } else if (op->getAttr("value")) {
      return rewriter.notifyMatchFailure(op, "value is not a dense attribute");
    } else {
      value = rewriter.getFloatAttr(element, 0);
    }
    if (value.getType() != element)
      return rewriter.notifyMatchFailure(op, "value type differs from the result");
    // Sizes read at run time may come from data: checked (negative or
    // overflowing sizes are reported, and the result is then empty).
    SmallVector<Value> runTimeSizes;
    int64_t staticCount = 1;
    for (int64_t i = 0; i < resultType.getRank(); ++i) {
      if (!resultType.isDynamicDim(i)) {
        staticCount *= std::max<int64_t>(resultType.getDimSize(i), 1);
        continue;
      }
      Value position = arith::ConstantIndexOp::create(rewriter, loc, i);
      Value size = tensor::ExtractOp::create(rewriter, loc, op->getOperand(0),
                                             ValueRange{position});
      if (!size.getType().isInteger(64))
        size = arith::ExtSIOp::create(rewriter, loc, rewriter.getI64Type(), size);
      runTimeSizes.push_back(size);
    }
    SmallVector<Value> dynamicSizes =
        checkRunTimeSizes(rewriter, loc, op, "shape element", runTimeSizes, staticCount);
    Value empty = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                          element, dynamicSizes);
    Value scalar = arith::ConstantOp::create(rewriter, loc, value);
    rewriter.replaceOp(op, linalg::FillOp::create(rewriter, loc, ValueRange{scalar},
                                                  ValueRange{empty})
                               .getResult(0));
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateTensorPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ConstantLowering, TransposeLowering, ConcatLowering, ExpandLowering,
               ConstantOfShapeLowering, RangeLowering, ComputedExpandLowering>(ctx);
  for (StringRef name : {"onnx.Reshape", "onnx.Flatten", "onnx.Unsqueeze", "onnx.Squeeze"})
    patterns.add<ReshapeLikeLowering>(name, ctx);
  patterns.add<ComputedReshapeLowering>(ctx);
  for (StringRef name : {"onnx.Shape", "onnx.Size"})
    patterns.add<ShapeLowering>(name, ctx);
}

} // namespace onnxc
