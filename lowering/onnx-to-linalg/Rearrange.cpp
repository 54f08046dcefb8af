//===- Rearrange.cpp - DepthToSpace, SpaceToDepth, ReverseSequence --------===//
//
// Ops that move blocks of elements between the channel and the spatial dims
// of an NCHW tensor. Each is one copy generic over the result whose input
// indexing map computes the source position with floordiv and mod by the
// block size b (and the channel count), so no reshape or transpose chain is
// materialised:
//   DepthToSpace DCR: out[n, c, h, w] = in[n, ((h mod b) * b + w mod b) * C' + c, h / b, w / b]
//   DepthToSpace CRD: out[n, c, h, w] = in[n, (c * b + h mod b) * b + w mod b, h / b, w / b]
//   SpaceToDepth DCR: out[n, c, h, w] = in[n, c mod C, h * b + (c / C) / b, w * b + (c / C) mod b]
//   SpaceToDepth CRD: out[n, c, h, w] = in[n, c / b^2, h * b + (c mod b^2) / b, w * b + c mod b]
// with C' = C / b^2 the result's channels and C the input's. The channel and
// spatial dims must be static; the batch may be dynamic.
//
// ReverseSequence reverses the first len[b] steps along the time axis of
// each batch entry b: out[.., t, ..] = in[.., len - 1 - t, ..] where t <
// len, else in[.., t, ..]. The lengths are data: they go through the index
// checks (in [0, T]) first, and the copy generic reads the input with
// tensor.extract at the position computed from the checked length.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
class RearrangeLowering : public RewritePattern {
public:
  RearrangeLowering(StringRef opName, bool toSpace, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), toSpace(toSpace) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() != 4 || resultType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "needs 4-D ranked types");
    for (int64_t i = 1; i < 4; ++i)
      if (inputType.isDynamicDim(i) || resultType.isDynamicDim(i))
        return rewriter.notifyMatchFailure(op, "channel and spatial dims must be static");
    int64_t b = onnx::getIntAttr(op, "blocksize", 0);
    if (b <= 0)
      return rewriter.notifyMatchFailure(op, "blocksize must be positive");

    MLIRContext *ctx = rewriter.getContext();
    AffineExpr n = getAffineDimExpr(0, ctx), c = getAffineDimExpr(1, ctx),
               h = getAffineDimExpr(2, ctx), w = getAffineDimExpr(3, ctx);
    SmallVector<AffineExpr> source;
    if (toSpace) {
      int64_t channels = resultType.getDimSize(1);
      bool crd = onnx::getStringAttr(op, "mode", "DCR") == "CRD";
      AffineExpr channel = crd ? (c * b + h % b) * b + w % b
                               : (h % b * b + w % b) * channels + c;
      source = {n, channel, h.floorDiv(b), w.floorDiv(b)};
    } else {
      int64_t channels = inputType.getDimSize(1);
      if (onnx::getStringAttr(op, "mode", "DCR") == "CRD") {
        AffineExpr block = c % (b * b);
        source = {n, c.floorDiv(b * b), h * b + block.floorDiv(b), w * b + block % b};
      } else {
        AffineExpr block = c.floorDiv(channels);
        source = {n, c % channels, h * b + block.floorDiv(b), w * b + block % b};
      }
    }
    Value result = buildMappedGeneric(
        rewriter, op->getLoc(), resultType, ValueRange{input},
        {AffineMap::get(4, 0, source, ctx)}, {{input, 0}, {input, 1}, {input, 2}, {input, 3}},
        [](OpBuilder &, Location, ValueRange args) { return args[0]; });
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  bool toSpace;
};

/// ReverseSequence -> checked lengths and one copy generic (file comment).
struct ReverseSequenceLowering : RewritePattern {
  ReverseSequenceLowering(MLIRContext *ctx)
      : RewritePattern("onnx.ReverseSequence", /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0), lengths = op->getOperand(1);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto lengthsType = dyn_cast<RankedTensorType>(lengths.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !lengthsType || !resultType || inputType.getRank() < 2 ||
        lengthsType.getRank() != 1 || !isa<IntegerType>(lengthsType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "needs a ranked input of rank >= 2 and 1-D integer sequence_lens");
    int64_t rank = inputType.getRank();
    int64_t batchAxis = onnx::getIntAttr(op, "batch_axis", 1);
    int64_t timeAxis = onnx::getIntAttr(op, "time_axis", 0);
    if (batchAxis < 0 || batchAxis > 1 || timeAxis < 0 || timeAxis > 1 || batchAxis == timeAxis)
      return rewriter.notifyMatchFailure(op, "batch_axis and time_axis must be 0 and 1");
    // One length per batch entry; a longer sequence_lens is reported and
    // cut to the batch (the loops run over it).
    Value batch = getDimValue(rewriter, loc, input, batchAxis);
    Value count = getDimValue(rewriter, loc, lengths, 0);
    if (!lengthsType.isDynamicDim(0) && !inputType.isDynamicDim(batchAxis) &&
        lengthsType.getDimSize(0) != inputType.getDimSize(batchAxis))
      return onnx::emitNodeError(op) << "sequence_lens has " << lengthsType.getDimSize(0)
                                     << " elements for a batch of "
                                     << inputType.getDimSize(batchAxis);
    if (failed(checkExtentFits(rewriter, loc, op, "sequence_lens size", count, batch)))
      return failure();
    if (!getConstantIntValue(count) || !getConstantIntValue(batch))
      lengths = tensor::ExtractSliceOp::create(
          rewriter, loc, lengths, ArrayRef<OpFoldResult>{rewriter.getIndexAttr(0)},
          ArrayRef<OpFoldResult>{
              arith::MinUIOp::create(rewriter, loc, count, batch).getResult()},
          ArrayRef<OpFoldResult>{rewriter.getIndexAttr(1)});
    // Lengths in [0, T]: indices into a dim of T + 1.
    Value steps = getDimValue(rewriter, loc, input, timeAxis);
    Value bound = arith::AddIOp::create(rewriter, loc, steps,
                                        arith::ConstantIndexOp::create(rewriter, loc, 1));
    FailureOr<CheckedIndices> checked =
        checkIndices(rewriter, loc, op, "sequence_lens", lengths, {bound}, -1,
                     /*allowNegative=*/false);
    if (failed(checked))
      return failure();

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<std::pair<Value, int64_t>> dims;
    for (int64_t d = 0; d < rank; ++d)
      dims.push_back({input, d});
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{checked->indices},
        {AffineMap::get(rank, 0, {getAffineDimExpr(batchAxis, ctx)}, ctx)}, dims,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          SmallVector<Value> position;
          for (int64_t d = 0; d < rank; ++d)
            position.push_back(linalg::IndexOp::create(b, l, d));
          Value t = position[timeAxis];
          Value length = arith::IndexCastOp::create(b, l, b.getIndexType(), args[0]);
          Value reversed = arith::SubIOp::create(
              b, l, arith::SubIOp::create(b, l, length, arith::ConstantIndexOp::create(b, l, 1)),
              t);
          Value inside = arith::CmpIOp::create(b, l, arith::CmpIPredicate::ult, t, length);
          position[timeAxis] = arith::SelectOp::create(b, l, inside, reversed, t);
          return tensor::ExtractOp::create(b, l, input, position);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void populateRearrangePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<RearrangeLowering>("onnx.DepthToSpace", /*toSpace=*/true, ctx);
  patterns.add<RearrangeLowering>("onnx.SpaceToDepth", /*toSpace=*/false, ctx);
  patterns.add<ReverseSequenceLowering>(ctx);
}

} // namespace onnxc
