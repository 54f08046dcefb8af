//===- Split.cpp - onnx Split -> tensor.extract_slice ---------------------===//
//
// Each result of Split is one tensor.extract_slice of the input along the
// axis. A result's extent along the axis is its type's where static (shape
// inference read it from a constant `split`, from num_outputs, or from the
// graph's declared outputs), else the constant `split` entry, else the
// equal-parts rule: ceil(dim / n) per part, the last one taking what is
// left. Offsets are the running sum of the extents before. A `split` known
// only at run time (a model input, or computed) is read and checked at run
// time: entries in [0, dim] that add up to the axis.
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
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// The extents of a `split` known only at run time (a model input, or
/// computed): each must lie in [0, dim] and together they must make the
/// axis; otherwise the run reports the first bad one (or the sum) and every
/// result is empty, so that no slice reaches past the input.
static FailureOr<SmallVector<OpFoldResult>>
readRunTimeSplit(PatternRewriter &rewriter, Location loc, Operation *op, Value input,
                 int64_t axis, Value split, ArrayRef<RankedTensorType> resultTypes) {
  auto splitType = dyn_cast<RankedTensorType>(split.getType());
  int64_t n = resultTypes.size();
  if (!splitType || splitType.getRank() != 1 || splitType.isDynamicDim(0) ||
      splitType.getDimSize(0) != n)
    return rewriter.notifyMatchFailure(op, "split must be 1-D with one entry per result");
  for (RankedTensorType type : resultTypes)
    if (!type.isDynamicDim(axis))
      return rewriter.notifyMatchFailure(op, "split known only at run time, results static");
  Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
  Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
  Value dim = arith::IndexCastOp::create(rewriter, loc, i64, getDimValue(rewriter, loc, input, axis));
  Value sum = zero;
  Value bad = arith::ConstantIntOp::create(rewriter, loc, i1, 0);
  Value firstBad = zero;
  SmallVector<Value> elements;
  for (Value element : readIndexElements(rewriter, loc, split, n)) {
    element = arith::IndexCastOp::create(rewriter, loc, i64, element);
    Value outside = arith::OrIOp::create(
        rewriter, loc, arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, element, zero),
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, element, dim));
    Value first = arith::AndIOp::create(
        rewriter, loc, outside,
        arith::XOrIOp::create(rewriter, loc, bad, arith::ConstantIntOp::create(rewriter, loc, i1, 1)));
    firstBad = arith::SelectOp::create(rewriter, loc, first, element, firstBad);
    bad = arith::OrIOp::create(rewriter, loc, bad, outside);
    // Each element in [0, dim]: the sum of n of them cannot overflow.
    sum = arith::AddIOp::create(rewriter, loc, sum,
                                arith::SelectOp::create(rewriter, loc, outside, zero, element));
    elements.push_back(element);
  }
  reportOutOfRange(rewriter, loc, op, "split element", bad, firstBad, zero, dim);
  Value wrongSum = arith::AndIOp::create(
      rewriter, loc, arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, sum, dim),
      arith::XOrIOp::create(rewriter, loc, bad, arith::ConstantIntOp::create(rewriter, loc, i1, 1)));
  reportOutOfRange(rewriter, loc, op, "sum of the split elements", wrongSum, sum, dim, dim);
  Value anyBad = arith::OrIOp::create(rewriter, loc, bad, wrongSum);
  SmallVector<OpFoldResult> extents;
  for (Value element : elements)
    extents.push_back(arith::IndexCastOp::create(
                          rewriter, loc, rewriter.getIndexType(),
                          arith::SelectOp::create(rewriter, loc, anyBad, zero, element))
                          .getResult());
  return extents;
}

namespace {
struct SplitLowering : OpRewritePattern<onnx::SplitOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::SplitOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    if (!inputType)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    SmallVector<RankedTensorType> resultTypes;
    for (unsigned i = 0; i < op->getNumResults(); ++i) {
      RankedTensorType type = getRankedResultType(op, i);
      if (!type || type.getRank() != inputType.getRank())
        return rewriter.notifyMatchFailure(op, "results must be ranked like the input");
      resultTypes.push_back(type);
    }
    int64_t rank = inputType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 0), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    int64_t n = resultTypes.size();

    std::optional<SmallVector<int64_t>> split;
    Value splitOperand = op->getNumOperands() > 1 ? op->getOperand(1) : Value();
    bool hasSplit = splitOperand && !onnx::isNoValue(splitOperand);
    if (hasSplit)
      split = onnx::getConstantIntValues(splitOperand);
    if (split && static_cast<int64_t>(split->size()) != n)
      return rewriter.notifyMatchFailure(op, "split has one entry per result");

    // The extent of each result along the axis.
    SmallVector<OpFoldResult> extents;
    if (hasSplit && !split) {
      FailureOr<SmallVector<OpFoldResult>> runTime =
          readRunTimeSplit(rewriter, loc, op, input, axis, splitOperand, resultTypes);
      if (failed(runTime))
        return failure();
      extents = std::move(*runTime);
    }
    Value dim, chunk;
    for (int64_t i = extents.size(); i < n; ++i) {
      if (!resultTypes[i].isDynamicDim(axis)) {
        extents.push_back(rewriter.getIndexAttr(resultTypes[i].getDimSize(axis)));
        continue;
      }
      if (split) {
        extents.push_back(rewriter.getIndexAttr((*split)[i]));
        continue;
      }
      if (!chunk) {
        dim = getDimValue(rewriter, loc, input, axis);
        chunk = arith::CeilDivUIOp::create(rewriter, loc, dim,
                                           arith::ConstantIndexOp::create(rewriter, loc, n));
      }
      // min(chunk, max(dim - i * chunk, 0))
      Value start = arith::MulIOp::create(rewriter, loc, chunk,
                                          arith::ConstantIndexOp::create(rewriter, loc, i));
      Value left = arith::SubIOp::create(
          rewriter, loc, arith::MaxUIOp::create(rewriter, loc, dim, start), start);
      extents.push_back(arith::MinUIOp::create(rewriter, loc, chunk, left).getResult());
    }

    SmallVector<Value> results;
    OpFoldResult offset = rewriter.getIndexAttr(0);
    for (int64_t i = 0; i < n; ++i) {
      SmallVector<OpFoldResult> offsets(rank, rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes, strides(rank, rewriter.getIndexAttr(1));
      offsets[axis] = offset;
      for (int64_t d = 0; d < rank; ++d)
        sizes.push_back(d == axis ? extents[i]
                                  : getAsOpFoldResult(getDimValue(rewriter, loc, input, d)));
      // A slice that starts at the end of a static axis is empty (and the
      // verifier would reject its offset): a new empty tensor instead.
      auto staticStart = getConstantIntValue(offset);
      Value slice;
      if (staticStart && !inputType.isDynamicDim(axis) &&
          *staticStart >= inputType.getDimSize(axis)) {
        sizes[axis] = rewriter.getIndexAttr(0);
        slice = tensor::EmptyOp::create(rewriter, loc, sizes, inputType.getElementType());
      } else {
        slice = tensor::ExtractSliceOp::create(rewriter, loc, input, offsets, sizes, strides);
      }
      if (slice.getType() != resultTypes[i])
        slice = tensor::CastOp::create(rewriter, loc, resultTypes[i], slice);
      results.push_back(slice);
      auto staticOffset = getConstantIntValue(offset);
      auto staticExtent = getConstantIntValue(extents[i]);
      if (staticOffset && staticExtent)
        offset = rewriter.getIndexAttr(*staticOffset + *staticExtent);
      else
        offset = arith::AddIOp::create(
                     rewriter, loc, getValueOrCreateConstantIndexOp(rewriter, loc, offset),
                     getValueOrCreateConstantIndexOp(rewriter, loc, extents[i]))
                     .getResult();
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};
} // namespace

void populateSplitPatterns(RewritePatternSet &patterns) {
  patterns.add<SplitLowering>(patterns.getContext());
}

} // namespace onnxc
