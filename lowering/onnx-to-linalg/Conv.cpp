//===- Conv.cpp - onnx.Conv -> linalg convolutions ------------------------===//
//
// 2-D convolution in NCHW: padding as tensor.pad, the bias broadcast into
// the accumulator, then linalg.conv_2d_nchw_fchw (group 1),
// linalg.depthwise_conv_2d_nchw_chw (one filter per channel) or
// linalg.conv_2d_ngchw_gfchw (other groups, channels split by
// expand_shape). 1-D convolution becomes a 2-D one over a unit height.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// The accumulator of a convolution: the bias broadcast along the channel
/// dim 1 when there is one, zeros otherwise. For a grouped result
/// [N, G, M/G, OH, OW] the bias is split into [G, M/G] and read along
/// dims 1 and 2 (built in that shape directly: an expand_shape of a
/// [N, M, ...] accumulator would hide the batch from memory planning once
/// fusion moves the reshape).
static Value createAccumulator(OpBuilder &b, Location loc,
                               RankedTensorType resultType, Value bias,
                               Value batchSource) {
  SmallVector<std::pair<Value, int64_t>> dimSources(resultType.getRank(),
                                                    {batchSource, 0});
  Type element = resultType.getElementType();
  if (onnx::isNoValue(bias))
    return createFilledTensor(b, loc, resultType, b.getFloatAttr(element, 0),
                              dimSources);
  Value empty = createEmptyTensor(b, loc, resultType, dimSources);
  MLIRContext *ctx = b.getContext();
  int64_t rank = resultType.getRank();
  AffineMap biasMap = AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx)}, ctx);
  if (rank == 5) {
    auto biasType = cast<RankedTensorType>(bias.getType());
    auto splitType = RankedTensorType::get(
        {resultType.getDimSize(1), resultType.getDimSize(2)}, biasType.getElementType());
    bias = tensor::ExpandShapeOp::create(b, loc, splitType, bias,
                                         SmallVector<ReassociationIndices>{{0, 1}});
    biasMap = AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx), getAffineDimExpr(2, ctx)},
                             ctx);
  }
  SmallVector<AffineMap> maps = {biasMap,
                                 AffineMap::getMultiDimIdentityMap(rank, ctx)};
  SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{bias}, ValueRange{empty},
             maps, iterators,
             [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
               linalg::YieldOp::create(nested, nestedLoc, args[0]);
             })
      .getResult(0);
}

namespace {
/// Conv (2-D, NCHW, group 1 or depthwise) -> pad + linalg convolution.
struct ConvLowering : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0), weights = op->getOperand(1),
          bias = op->getOperand(2);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto weightsType = dyn_cast<RankedTensorType>(weights.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !weightsType || !resultType || inputType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "only ranked 2-D convolution");
    if (!isa<FloatType>(inputType.getElementType()))
      return rewriter.notifyMatchFailure(op, "only float convolution");
    if (weightsType.isDynamicDim(2) || weightsType.isDynamicDim(3))
      return rewriter.notifyMatchFailure(op, "kernel size must be static");
    // Only the batch may be dynamic: the accumulator reads it from the input.
    if (llvm::any_of(resultType.getShape().drop_front(),
                     [](int64_t d) { return ShapedType::isDynamic(d); }))
      return rewriter.notifyMatchFailure(op, "channels and spatial dims must be static");
    FailureOr<onnx::ConvGeometry> g = onnx::getConvGeometry(
        op, inputType.getShape().drop_front(2), weightsType.getShape().drop_front(2));
    if (failed(g))
      return failure();

    int64_t group = onnx::getIntAttr(op, "group", 1);
    int64_t channels = inputType.getDimSize(1);
    bool depthwise = group > 1 && group == channels &&
                     weightsType.getDimSize(0) == channels &&
                     weightsType.getDimSize(1) == 1;
    int64_t filters = weightsType.getDimSize(0);
    if (group < 1 || channels % group != 0 || filters % group != 0 ||
        weightsType.getDimSize(1) != channels / group)
      return rewriter.notifyMatchFailure(op, "channels do not split into the groups");

    Value padded = input;
    if (g->hasPadding())
      padded = padTensor(rewriter, loc, input, {0, 0, g->padsBegin[0], g->padsBegin[1]},
                         {0, 0, g->padsEnd[0], g->padsEnd[1]},
                         rewriter.getFloatAttr(inputType.getElementType(), 0));
    Value accumulator;
    if (group == 1 || depthwise)
      accumulator = createAccumulator(rewriter, loc, resultType, bias, input);
    auto strides = rewriter.getI64TensorAttr(g->strides);
    auto dilations = rewriter.getI64TensorAttr(g->dilations);
    Value result;
    if (depthwise) {
      // [C, 1, KH, KW] -> [C, KH, KW].
      auto filterType = RankedTensorType::get(
          {channels, weightsType.getDimSize(2), weightsType.getDimSize(3)},
          weightsType.getElementType());
      Value filter = tensor::CollapseShapeOp::create(
          rewriter, loc, filterType, weights,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
      result = linalg::DepthwiseConv2DNchwChwOp::create(
                   rewriter, loc, TypeRange{resultType}, ValueRange{padded, filter},
                   ValueRange{accumulator}, strides, dilations)
                   .getResult(0);
    } else if (group != 1) {
      // [N, C, H, W] -> [N, G, C/G, H, W]; [M, C/G, KH, KW] ->
      // [G, M/G, C/G, KH, KW]; the result [N, G, M/G, OH, OW] -> [N, M, OH, OW].
      SmallVector<ReassociationIndices> splitChannels = {{0}, {1, 2}, {3}, {4}};
      auto paddedType = cast<RankedTensorType>(padded.getType());
      auto groupedInputType = RankedTensorType::get(
          {paddedType.getDimSize(0), group, channels / group, paddedType.getDimSize(2),
           paddedType.getDimSize(3)},
          paddedType.getElementType());
      auto groupedFilterType = RankedTensorType::get(
          {group, filters / group, weightsType.getDimSize(1), weightsType.getDimSize(2),
           weightsType.getDimSize(3)},
          weightsType.getElementType());
      auto groupedResultType = RankedTensorType::get(
          {resultType.getDimSize(0), group, filters / group, resultType.getDimSize(2),
           resultType.getDimSize(3)},
          resultType.getElementType());
      Value groupedInput = tensor::ExpandShapeOp::create(
          rewriter, loc, groupedInputType, padded, splitChannels);
      Value groupedFilter = tensor::ExpandShapeOp::create(
          rewriter, loc, groupedFilterType, weights,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}, {4}});
      Value groupedAccumulator =
          createAccumulator(rewriter, loc, groupedResultType, bias, input);
      Value grouped = linalg::Conv2DNgchwGfchwOp::create(
                          rewriter, loc, TypeRange{groupedResultType},
                          ValueRange{groupedInput, groupedFilter},
                          ValueRange{groupedAccumulator}, strides, dilations)
                          .getResult(0);
      result = tensor::CollapseShapeOp::create(rewriter, loc, resultType, grouped,
                                               splitChannels);
    } else {
      result = linalg::Conv2DNchwFchwOp::create(
                   rewriter, loc, TypeRange{resultType}, ValueRange{padded, weights},
                   ValueRange{accumulator}, strides, dilations)
                   .getResult(0);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Conv over one spatial dim -> the same Conv over [1, L] (a unit height
/// inserted into the input, weights and result).
struct Conv1DLowering : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvOp op,
                                PatternRewriter &rewriter) const override {
    auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    auto weightsType = dyn_cast<RankedTensorType>(op->getOperand(1).getType());
    if (!inputType || !weightsType || inputType.getRank() != 3 ||
        weightsType.getRank() != 3)
      return rewriter.notifyMatchFailure(op, "not a ranked 1-D convolution");
    FailureOr<Operation *> conv2d = expandWindowOpTo2D(rewriter, op, /*numWindowed=*/2);
    if (failed(conv2d))
      return rewriter.notifyMatchFailure(op, "result is not ranked");
    return success();
  }
};
} // namespace

void populateConvPatterns(RewritePatternSet &patterns) {
  patterns.add<ConvLowering, Conv1DLowering>(patterns.getContext());
}

} // namespace onnxc
