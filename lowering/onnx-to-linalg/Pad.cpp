//===- Pad.cpp - onnx.Pad -> tensor.pad or a generic over the result ------===//
//
// Pad in its general form: pads constant or read at run time (a graph input,
// or computed from dims), negative pads that crop, the optional
// constant_value and axes inputs, modes constant, edge, reflect and wrap, any
// element type. Constant mode with constant non-negative pads is a
// tensor.pad; everything else is one linalg.generic over the result that
// maps each output position to the input position it copies, reading through
// tensor.extract with clamped indices (so a run-time pad can never read
// outside the input).
//
// Negative pads crop first and the other side then pads the cropped input,
// as ONNX Runtime does: edge, reflect and wrap see the cropped input's ends.
//
// CenterCropPad is the same generic, with pads that center the input in
// the requested sizes (any axes; the sizes may be known only at run time).
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
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
enum class PadMode { Constant, Edge, Reflect, Wrap };

/// Per data dim, how many elements the result adds (positive) or removes
/// (negative) before and after: constants where known, else index values.
struct PadAmounts {
  SmallVector<OpFoldResult> low, high;
};
} // namespace

static std::optional<PadMode> parsePadMode(StringRef mode) {
  if (mode == "constant")
    return PadMode::Constant;
  if (mode == "edge")
    return PadMode::Edge;
  if (mode == "reflect")
    return PadMode::Reflect;
  if (mode == "wrap")
    return PadMode::Wrap;
  return std::nullopt;
}

/// `v mod m` in [0, m) for m > 0, whatever the sign of v.
static Value positiveRemainder(OpBuilder &b, Location loc, Value v, Value m) {
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value r = arith::RemSIOp::create(b, loc, v, m);
  Value negative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, r, zero);
  return arith::SelectOp::create(b, loc, negative, arith::AddIOp::create(b, loc, r, m), r);
}

/// The position in [0, size) that position `p` of the padded axis copies
/// (p may lie before 0 or past size - 1). Constant mode clamps: the caller
/// masks those positions with the pad value.
static Value mapPaddedPosition(OpBuilder &b, Location loc, PadMode mode, Value p,
                               Value size) {
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value last = arith::SubIOp::create(b, loc, size, one);
  switch (mode) {
  case PadMode::Wrap:
    return positiveRemainder(b, loc, p, arith::MaxSIOp::create(b, loc, size, one));
  case PadMode::Reflect: {
    // Mirror without repeating the end elements: period 2 * (size - 1),
    // folded back onto [0, size - 1]; pads wider than the input reflect
    // again, as numpy's reflect does.
    Value period = arith::MaxSIOp::create(b, loc, arith::AddIOp::create(b, loc, last, last), one);
    Value r = positiveRemainder(b, loc, p, period);
    Value beyond = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, r, last);
    Value folded = arith::SelectOp::create(b, loc, beyond, arith::SubIOp::create(b, loc, period, r), r);
    return arith::MinSIOp::create(b, loc, folded, arith::MaxSIOp::create(b, loc, last, zero));
  }
  case PadMode::Edge:
  case PadMode::Constant:
    break;
  }
  return arith::MinSIOp::create(b, loc, arith::MaxSIOp::create(b, loc, p, zero),
                                arith::MaxSIOp::create(b, loc, last, zero));
}

/// The pad value as a scalar of `element`: 0 when absent, else the one
/// element of constant_value converted (the opset-2 form's value attribute
/// arrives as a float tensor whatever the data type).
static Value getPadScalar(OpBuilder &b, Location loc, Value padValue, Type element) {
  if (onnx::isNoValue(padValue))
    return createScalarConstant(b, loc, element, 0);
  auto type = cast<RankedTensorType>(padValue.getType());
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value scalar =
      tensor::ExtractOp::create(b, loc, padValue, SmallVector<Value>(type.getRank(), zero));
  if (scalar.getType() != element)
    scalar = convertScalar(b, loc, scalar, element);
  return scalar;
}

namespace {
/// Pad, every form (see the file comment).
struct PadLowering : OpRewritePattern<onnx::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PadOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = op->getOperand(0);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !resultType || resultType.getRank() != dataType.getRank())
      return rewriter.notifyMatchFailure(op, "needs ranked types of equal rank");
    Type element = dataType.getElementType();
    if (!isNumericOrBoolElement(element))
      return rewriter.notifyMatchFailure(op, "needs a numeric or bool element type");
    std::string modeName = onnx::getStringAttr(op, "mode", "constant");
    std::optional<PadMode> mode = parsePadMode(modeName);
    if (!mode)
      return rewriter.notifyMatchFailure(op, "mode '" + modeName + "' is not supported");
    int64_t rank = dataType.getRank();

    SmallVector<int64_t> axes;
    Value axesOperand = op->getNumOperands() > 3 ? op->getOperand(3) : Value();
    if (axesOperand && !onnx::isNoValue(axesOperand)) {
      auto constant = onnx::getConstantIntValues(axesOperand);
      if (!constant)
        return rewriter.notifyMatchFailure(op, "axes must be constant");
      for (int64_t axis : *constant) {
        int64_t a = onnx::normalizeAxis(axis, rank);
        if (a < 0 || a >= rank || llvm::is_contained(axes, a))
          return rewriter.notifyMatchFailure(op, "axes out of range or repeated");
        axes.push_back(a);
      }
    } else {
      for (int64_t i = 0; i < rank; ++i)
        axes.push_back(i);
    }
    int64_t n = axes.size();
    auto padsType = dyn_cast<RankedTensorType>(op->getOperand(1).getType());
    if (!padsType || padsType.getRank() != 1 ||
        (!padsType.isDynamicDim(0) && padsType.getDimSize(0) != 2 * n))
      return rewriter.notifyMatchFailure(op, "pads must have 2 entries per padded axis");

    Value padValue = op->getOperand(2);
    if (*mode == PadMode::Constant && !onnx::isNoValue(padValue)) {
      auto type = dyn_cast<RankedTensorType>(padValue.getType());
      if (!type || !type.hasStaticShape() || type.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "constant_value must be a one-element tensor");
    }

    // No failure past this point: the IR below is built for good.
    // Pads: constants where known (constant folding of the index arithmetic
    // below keeps the all-constant case static).
    PadAmounts amounts;
    amounts.low.assign(rank, rewriter.getIndexAttr(0));
    amounts.high.assign(rank, rewriter.getIndexAttr(0));
    auto constants = getShapeOperandConstants(op->getOperand(1));
    bool allConstant = constants && static_cast<int64_t>(constants->size()) == 2 * n &&
                       llvm::all_of(*constants, [](auto c) { return c.has_value(); });
    if (allConstant) {
      for (auto [k, axis] : llvm::enumerate(axes)) {
        amounts.low[axis] = rewriter.getIndexAttr(*(*constants)[k]);
        amounts.high[axis] = rewriter.getIndexAttr(*(*constants)[k + n]);
      }
    } else {
      SmallVector<Value> pads = readIndexElements(rewriter, loc, op->getOperand(1), 2 * n);
      for (auto [k, axis] : llvm::enumerate(axes)) {
        amounts.low[axis] = pads[k];
        amounts.high[axis] = pads[k + n];
      }
    }

    Value padScalar;
    if (*mode == PadMode::Constant)
      padScalar = getPadScalar(rewriter, loc, padValue, element);

    auto isNonNegativeConstant = [](OpFoldResult v) {
      std::optional<int64_t> c = getConstantIntValue(v);
      return c && *c >= 0;
    };
    Value result;
    if (*mode == PadMode::Constant && llvm::all_of(amounts.low, isNonNegativeConstant) &&
        llvm::all_of(amounts.high, isNonNegativeConstant)) {
      result = buildTensorPad(rewriter, loc, data, amounts, padScalar);
    } else {
      result =
          buildMappedPad(rewriter, op, loc, data, resultType, *mode, amounts, padScalar);
    }
    // tensor.pad's type has every static dim the pads imply; a result
    // type that disagrees with them fails the cast's verifier.
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }

  /// Constant mode, constant non-negative pads: tensor.pad.
  static Value buildTensorPad(OpBuilder &b, Location loc, Value data,
                              const PadAmounts &amounts, Value padScalar) {
    auto dataType = cast<RankedTensorType>(data.getType());
    SmallVector<int64_t> shape;
    for (int64_t i = 0; i < dataType.getRank(); ++i) {
      int64_t dim = dataType.getDimSize(i);
      shape.push_back(ShapedType::isDynamic(dim)
                          ? dim
                          : dim + *getConstantIntValue(amounts.low[i]) +
                                *getConstantIntValue(amounts.high[i]));
    }
    return tensor::PadOp::create(b, loc, RankedTensorType::get(shape, dataType.getElementType()),
                                 data, amounts.low, amounts.high, padScalar);
  }

  /// Any mode and pads: a generic over the result; each padded dim i reads
  /// position cropLow + map(index - padLow) of the cropped input, where
  /// cropLow = max(-low, 0), padLow = max(low, 0) and the cropped size is
  /// size - max(-low, 0) - max(-high, 0).
  /// Pads read at run time may come from data: the result's sizes are
  /// checked like any size taken from data (a negative one is reported and
  /// the result is empty), and where a padded dim has nothing left of the
  /// input after cropping (an empty input, or a crop past its size) no
  /// element is read at all.
  static Value buildMappedPad(PatternRewriter &b, Operation *op, Location loc, Value data,
                              RankedTensorType resultType, PadMode mode,
                              const PadAmounts &amounts, Value padScalar) {
    int64_t rank = resultType.getRank();
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    SmallVector<Value> padLow(rank), cropLow(rank), croppedSize(rank);
    SmallVector<bool> padded(rank);
    SmallVector<Value> dynamicSizes;
    for (int64_t i = 0; i < rank; ++i) {
      Value low = getValueOrCreateConstantIndexOp(b, loc, amounts.low[i]);
      Value high = getValueOrCreateConstantIndexOp(b, loc, amounts.high[i]);
      Value size = getDimValue(b, loc, data, i);
      padLow[i] = arith::MaxSIOp::create(b, loc, low, zero);
      cropLow[i] = arith::MaxSIOp::create(b, loc, arith::SubIOp::create(b, loc, zero, low), zero);
      Value cropHigh =
          arith::MaxSIOp::create(b, loc, arith::SubIOp::create(b, loc, zero, high), zero);
      croppedSize[i] = arith::SubIOp::create(
          b, loc, arith::SubIOp::create(b, loc, size, cropLow[i]), cropHigh);
      padded[i] = !isConstantIntValue(amounts.low[i], 0) || !isConstantIntValue(amounts.high[i], 0);
      if (resultType.isDynamicDim(i))
        dynamicSizes.push_back(arith::IndexCastOp::create(
            b, loc, b.getI64Type(),
            arith::AddIOp::create(b, loc, size, arith::AddIOp::create(b, loc, low, high))));
    }
    int64_t staticCount = 1;
    for (int64_t dim : resultType.getShape())
      if (!ShapedType::isDynamic(dim))
        staticCount *= std::max<int64_t>(dim, 1);
    dynamicSizes = checkRunTimeSizes(b, loc, op, "result size", dynamicSizes, staticCount);
    // Nothing of the input left along a padded dim: no element may be read.
    Value nothingLeft;
    for (int64_t i = 0; i < rank; ++i) {
      if (!padded[i])
        continue;
      Value none = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle, croppedSize[i], zero);
      nothingLeft = nothingLeft ? arith::OrIOp::create(b, loc, nothingLeft, none).getResult() : none;
    }
    Type element = resultType.getElementType();
    Value fallback = padScalar ? padScalar
                               : arith::ConstantOp::create(b, loc, b.getZeroAttr(element)).getResult();
    Value empty = tensor::EmptyOp::create(b, loc, resultType.getShape(),
                                          resultType.getElementType(), dynamicSizes);
    MLIRContext *ctx = b.getContext();
    auto buildGeneric = [&]() -> Value {
    return linalg::GenericOp::create(
               b, loc, TypeRange{resultType}, ValueRange{}, ValueRange{empty},
               {AffineMap::getMultiDimIdentityMap(rank, ctx)},
               SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
               [&](OpBuilder &nb, Location l, ValueRange) {
                 SmallVector<Value> position;
                 Value inside;
                 for (int64_t i = 0; i < rank; ++i) {
                   Value index = linalg::IndexOp::create(nb, l, i);
                   if (!padded[i]) {
                     position.push_back(index);
                     continue;
                   }
                   Value p = arith::SubIOp::create(nb, l, index, padLow[i]);
                   if (mode == PadMode::Constant) {
                     Value lowOk = arith::CmpIOp::create(nb, l, arith::CmpIPredicate::sge, p, zero);
                     Value highOk = arith::CmpIOp::create(nb, l, arith::CmpIPredicate::slt, p,
                                                          croppedSize[i]);
                     Value ok = arith::AndIOp::create(nb, l, lowOk, highOk);
                     inside = inside ? arith::AndIOp::create(nb, l, inside, ok).getResult() : ok;
                   }
                   Value mapped = mapPaddedPosition(nb, l, mode, p, croppedSize[i]);
                   position.push_back(arith::AddIOp::create(nb, l, mapped, cropLow[i]));
                 }
                 Value value = tensor::ExtractOp::create(nb, l, data, position);
                 if (inside)
                   value = arith::SelectOp::create(nb, l, inside, value, padScalar);
                 linalg::YieldOp::create(nb, l, value);
               })
        .getResult(0);
    };
    if (!nothingLeft)
      return buildGeneric();
    // The choice once, outside the loops: a fill, or the mapped copy.
    auto choice = scf::IfOp::create(b, loc, TypeRange{resultType}, nothingLeft,
                                    /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(choice.thenBlock());
    scf::YieldOp::create(
        b, loc,
        ValueRange{linalg::FillOp::create(b, loc, ValueRange{fallback}, ValueRange{empty})
                       .getResult(0)});
    b.setInsertionPointToStart(choice.elseBlock());
    scf::YieldOp::create(b, loc, ValueRange{buildGeneric()});
    return choice.getResult(0);
  }
};

/// CenterCropPad: a constant-mode Pad (value 0) by the pads that center the
/// input in the requested sizes, along its axes: with diff = size - dim,
/// low = diff / 2 rounded toward zero (a negative pad crops) and high =
/// diff - low, as ONNX's definition crops (dim - size) / 2 from the start
/// and pads (size - dim) / 2 before. The sizes are read at run time (a
/// model input, or computed): a negative one fails the run like any size
/// from data, and one that disagrees with a static result dim is reported.
struct CenterCropPadLowering : OpRewritePattern<onnx::CenterCropPadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::CenterCropPadOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value data = op->getOperand(0), shape = op->getOperand(1);
    auto dataType = dyn_cast<RankedTensorType>(data.getType());
    auto shapeType = dyn_cast<RankedTensorType>(shape.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!dataType || !resultType || resultType.getRank() != dataType.getRank() || !shapeType ||
        shapeType.getRank() != 1 || shapeType.isDynamicDim(0))
      return rewriter.notifyMatchFailure(op, "needs ranked types and a 1-D shape of static length");
    Type element = dataType.getElementType();
    if (!isNumericOrBoolElement(element))
      return rewriter.notifyMatchFailure(op, "needs a numeric or bool element type");
    int64_t rank = dataType.getRank();
    SmallVector<int64_t> all;
    for (int64_t i = 0; i < rank; ++i)
      all.push_back(i);
    SmallVector<int64_t> axes;
    for (int64_t axis : onnx::getIntsAttr(op, "axes", all)) {
      int64_t a = onnx::normalizeAxis(axis, rank);
      if (a < 0 || a >= rank || llvm::is_contained(axes, a))
        return rewriter.notifyMatchFailure(op, "axes out of range or repeated");
      axes.push_back(a);
    }
    int64_t n = axes.size();
    if (shapeType.getDimSize(0) != n)
      return rewriter.notifyMatchFailure(op, "shape must have one entry per axis");

    Type i64 = rewriter.getI64Type();
    Value two = arith::ConstantIndexOp::create(rewriter, loc, 2);
    PadAmounts amounts;
    amounts.low.assign(rank, rewriter.getIndexAttr(0));
    amounts.high.assign(rank, rewriter.getIndexAttr(0));
    SmallVector<Value> sizes = readIndexElements(rewriter, loc, shape, n);
    for (auto [k, axis] : llvm::enumerate(axes)) {
      Value dim = getDimValue(rewriter, loc, data, axis);
      Value diff = arith::SubIOp::create(rewriter, loc, sizes[k], dim);
      Value low = arith::DivSIOp::create(rewriter, loc, diff, two); // toward zero
      amounts.low[axis] = low;
      amounts.high[axis] = arith::SubIOp::create(rewriter, loc, diff, low).getResult();
      if (resultType.isDynamicDim(axis))
        continue;
      Value expected = arith::ConstantIntOp::create(rewriter, loc, i64, resultType.getDimSize(axis));
      Value size64 = arith::IndexCastOp::create(rewriter, loc, i64, sizes[k]);
      Value differs = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, size64, expected);
      reportOutOfRange(rewriter, loc, op, "shape element", differs, size64, expected, expected);
    }
    Value padScalar = arith::ConstantOp::create(rewriter, loc, rewriter.getZeroAttr(element));
    rewriter.replaceOp(op, PadLowering::buildMappedPad(rewriter, op, loc, data, resultType,
                                                       PadMode::Constant, amounts, padScalar));
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populatePadPatterns(RewritePatternSet &patterns) {
  patterns.add<PadLowering, CenterCropPadLowering>(patterns.getContext());
}

} // namespace onnxc
