//===- Split.cpp - onnx Split -> tensor.extract_slice ---------------------===//
//
// Each result of Split is one tensor.extract_slice of the input along the
// axis. A result's extent along the axis is its type's where static (shape
// inference read it from a constant `split`, from num_outputs, or from the
// graph's declared outputs), else the constant `split` entry, else the
// equal-parts rule: ceil(dim / n) per part, the last one taking what is
// left. Offsets are the running sum of the extents before.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

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
    Value dim, chunk;
    for (int64_t i = 0; i < n; ++i) {
      if (!resultTypes[i].isDynamicDim(axis)) {
        extents.push_back(rewriter.getIndexAttr(resultTypes[i].getDimSize(axis)));
        continue;
      }
      if (split) {
        extents.push_back(rewriter.getIndexAttr((*split)[i]));
        continue;
      }
      if (hasSplit)
        return rewriter.notifyMatchFailure(op, "split sizes known only at run time");
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
      Value slice = tensor::ExtractSliceOp::create(rewriter, loc, input, offsets, sizes,
                                                   strides);
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
