//===- Rearrange.cpp - DepthToSpace, SpaceToDepth -> linalg.generic -------===//
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
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"

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
} // namespace

void populateRearrangePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<RearrangeLowering>("onnx.DepthToSpace", /*toSpace=*/true, ctx);
  patterns.add<RearrangeLowering>("onnx.SpaceToDepth", /*toSpace=*/false, ctx);
}

} // namespace onnxc
