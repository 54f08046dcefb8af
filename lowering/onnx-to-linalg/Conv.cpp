//===- Conv.cpp - Conv, ConvInteger, QLinearConv -> linalg convolutions ---===//
//
// 2-D and 3-D convolution in NCHW / NCDHW: padding as tensor.pad (pads and
// output sizes computed at run time when the spatial dims are dynamic, see
// WindowShapes.h), the bias broadcast into the accumulator, then
// linalg.conv_{2d_nchw_fchw,3d_ncdhw_fcdhw} (group 1),
// linalg.depthwise_conv_{2d_nchw_chw,3d_ncdhw_cdhw} (one filter per
// channel), or for other groups linalg.conv_2d_ngchw_gfchw (2-D) and a
// linalg.generic of the same form (3-D, which has no named op) over
// channels split by expand_shape. 1-D convolution becomes a 2-D one over
// a unit height. ConvInteger is the same convolution in i32 of its inputs
// minus their zero points; QLinearConv adds its i32 bias and requantizes.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Quantize.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "lowering/onnx-to-linalg/WindowShapes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// The accumulator of a convolution: the bias broadcast along the channel
/// dim 1 when there is one (null or NoValue: none), zeros otherwise, in a tensor of `resultType`
/// with `sizes`. For a grouped result [N, G, M/G, O...] the bias is split
/// into [G, M/G] and read along dims 1 and 2 (built in that shape
/// directly: an expand_shape of a [N, M, ...] accumulator would hide the
/// batch from memory planning once fusion moves the reshape).
static Value createAccumulator(OpBuilder &b, Location loc, RankedTensorType resultType,
                               ArrayRef<OpFoldResult> sizes, Value bias, bool grouped) {
  Type element = resultType.getElementType();
  Value empty = createEmptyWithSizes(b, loc, resultType, sizes);
  if (!bias || onnx::isNoValue(bias)) {
    Value zero = createScalarConstant(b, loc, element, 0);
    return linalg::FillOp::create(b, loc, ValueRange{zero}, ValueRange{empty})
        .getResult(0);
  }
  MLIRContext *ctx = b.getContext();
  int64_t rank = resultType.getRank();
  AffineMap biasMap = AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx)}, ctx);
  if (grouped) {
    auto biasType = cast<RankedTensorType>(bias.getType());
    auto splitType = RankedTensorType::get(
        {resultType.getDimSize(1), resultType.getDimSize(2)}, biasType.getElementType());
    bias = tensor::ExpandShapeOp::create(b, loc, splitType, bias,
                                         SmallVector<ReassociationIndices>{{0, 1}});
    biasMap = AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx), getAffineDimExpr(2, ctx)},
                             ctx);
  }
  SmallVector<AffineMap> maps = {biasMap, AffineMap::getMultiDimIdentityMap(rank, ctx)};
  SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{bias}, ValueRange{empty}, maps,
             iterators,
             [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
               linalg::YieldOp::create(nested, nestedLoc, args[0]);
             })
      .getResult(0);
}

/// A grouped convolution as linalg.generic: input [N, G, C/G, D...], filter
/// [G, M/G, C/G, K...] into the accumulator [N, G, M/G, O...]; the
/// iteration space is (n, g, m, o..., c, k...).
static Value buildGroupedConvGeneric(OpBuilder &b, Location loc, Value input, Value filter,
                                     Value accumulator, const onnx::ConvGeometry &g) {
  MLIRContext *ctx = b.getContext();
  unsigned spatial = g.kernel.size();
  unsigned numDims = 3 + 2 * spatial + 1;
  auto d = [&](unsigned i) { return getAffineDimExpr(i, ctx); };
  unsigned channelDim = 3 + spatial;
  SmallVector<AffineExpr> inputExprs = {d(0), d(1), d(channelDim)};
  SmallVector<AffineExpr> filterExprs = {d(1), d(2), d(channelDim)};
  SmallVector<AffineExpr> outputExprs = {d(0), d(1), d(2)};
  for (unsigned i = 0; i < spatial; ++i) {
    AffineExpr out = d(3 + i), tap = d(channelDim + 1 + i);
    inputExprs.push_back(out * g.strides[i] + tap * g.dilations[i]);
    filterExprs.push_back(tap);
    outputExprs.push_back(out);
  }
  SmallVector<AffineMap> maps = {AffineMap::get(numDims, 0, inputExprs, ctx),
                                 AffineMap::get(numDims, 0, filterExprs, ctx),
                                 AffineMap::get(numDims, 0, outputExprs, ctx)};
  SmallVector<utils::IteratorType> iterators(3 + spatial, utils::IteratorType::parallel);
  iterators.append(1 + spatial, utils::IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, TypeRange{accumulator.getType()}, ValueRange{input, filter},
             ValueRange{accumulator}, maps, iterators,
             [](OpBuilder &nested, Location l, ValueRange args) {
               Value product = createBinary(nested, l, BinaryKind::Mul, args[0], args[1]);
               linalg::YieldOp::create(
                   nested, l, ValueRange{createBinary(nested, l, BinaryKind::Add, args[2], product)});
             })
      .getResult(0);
}

/// `type` with dim 1 (of size groups * rest) split into [groups, rest].
static RankedTensorType splitChannelType(RankedTensorType type, int64_t groups) {
  SmallVector<int64_t> shape(type.getShape());
  int64_t channels = shape[1];
  shape[1] = channels == ShapedType::kDynamic ? channels : channels / groups;
  shape.insert(shape.begin() + 1, groups);
  return RankedTensorType::get(shape, type.getElementType());
}

/// The reassociation that merges dims 1 and 2 of a rank-`rank` tensor
/// (split channels) and keeps the others.
static SmallVector<ReassociationIndices> getChannelSplit(int64_t rank) {
  SmallVector<ReassociationIndices> groups = {{0}, {1, 2}};
  for (int64_t i = 3; i < rank; ++i)
    groups.push_back({i});
  return groups;
}

/// Checks that `op` (Conv, ConvInteger or QLinearConv, 2-D or 3-D) can be
/// lowered over its input (operand 0) and weights (operand `weightsIndex`);
/// nothing is built.
static LogicalResult matchConvolution(PatternRewriter &rewriter, Operation *op,
                                      unsigned weightsIndex = 1) {
  auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
  auto weightsType = dyn_cast<RankedTensorType>(op->getOperand(weightsIndex).getType());
  RankedTensorType resultType = getRankedResultType(op);
  if (!inputType || !weightsType || !resultType ||
      (inputType.getRank() != 4 && inputType.getRank() != 5) ||
      weightsType.getRank() != inputType.getRank())
    return rewriter.notifyMatchFailure(op, "only ranked 1-D, 2-D and 3-D convolution");
  if (!weightsType.hasStaticShape())
    return rewriter.notifyMatchFailure(op, "the weights' shape must be static");
  if (inputType.isDynamicDim(1))
    return rewriter.notifyMatchFailure(op, "input channels must be static");
  int64_t group = onnx::getIntAttr(op, "group", 1);
  int64_t channels = inputType.getDimSize(1), filters = weightsType.getDimSize(0);
  if (group < 1 || channels % group != 0 || filters % group != 0 ||
      weightsType.getDimSize(1) != channels / group)
    return rewriter.notifyMatchFailure(op, "channels do not split into the groups");
  return success();
}

/// The convolution of `input` with `weights` (plus `bias` unless it is
/// absent) under the window attributes of `op` (matched by
/// matchConvolution), in the element type of `input`: float, or integers
/// that accumulate in their own type; the result has the shape of `op`'s
/// and the element type of `input`. Null when the attributes are bad
/// (after an error naming the node).
static Value buildConvolution(PatternRewriter &rewriter, Operation *op, Value input,
                              Value weights, Value bias) {
  Location loc = op->getLoc();
  auto inputType = cast<RankedTensorType>(input.getType());
  auto weightsType = cast<RankedTensorType>(weights.getType());
  RankedTensorType resultType = RankedTensorType::get(getRankedResultType(op).getShape(),
                                                      inputType.getElementType());
  FailureOr<onnx::ConvGeometry> g = onnx::getConvGeometry(
      op, inputType.getShape().drop_front(2), weightsType.getShape().drop_front(2));
  if (failed(g))
    return nullptr;

  int64_t rank = inputType.getRank();
  int64_t group = onnx::getIntAttr(op, "group", 1);
  int64_t channels = inputType.getDimSize(1);
  int64_t filters = weightsType.getDimSize(0);
  bool depthwise = group > 1 && group == channels && filters == channels;

  WindowShape window = resolveWindowShape(rewriter, loc, *g, input);
  Value padded = padSpatialDims(rewriter, loc, input, window.padsBegin, window.padsEnd,
                                rewriter.getZeroAttr(inputType.getElementType()));
  SmallVector<OpFoldResult> sizes = getWindowResultSizes(
      rewriter, loc, input, rewriter.getIndexAttr(filters), window.outputSizes);
  auto strides = rewriter.getI64TensorAttr(g->strides);
  auto dilations = rewriter.getI64TensorAttr(g->dilations);
  Value result;
  if (group == 1) {
    Value accumulator = createAccumulator(rewriter, loc, resultType, sizes, bias, false);
    SmallVector<Value> ins = {padded, weights};
    result = rank == 4 ? linalg::Conv2DNchwFchwOp::create(
                             rewriter, loc, TypeRange{resultType}, ins,
                             ValueRange{accumulator}, strides, dilations)
                             .getResult(0)
                       : linalg::Conv3DNcdhwFcdhwOp::create(
                             rewriter, loc, TypeRange{resultType}, ins,
                             ValueRange{accumulator}, strides, dilations)
                             .getResult(0);
  } else if (depthwise) {
    Value accumulator = createAccumulator(rewriter, loc, resultType, sizes, bias, false);
    // [C, 1, K...] -> [C, K...].
    SmallVector<int64_t> filterShape = {channels};
    llvm::append_range(filterShape, weightsType.getShape().drop_front(2));
    SmallVector<ReassociationIndices> dropUnit = {{0, 1}};
    for (int64_t i = 2; i < rank; ++i)
      dropUnit.push_back({i});
    Value filter = tensor::CollapseShapeOp::create(
        rewriter, loc, RankedTensorType::get(filterShape, weightsType.getElementType()),
        weights, dropUnit);
    SmallVector<Value> ins = {padded, filter};
    result = rank == 4 ? linalg::DepthwiseConv2DNchwChwOp::create(
                             rewriter, loc, TypeRange{resultType}, ins,
                             ValueRange{accumulator}, strides, dilations)
                             .getResult(0)
                       : linalg::DepthwiseConv3DNcdhwCdhwOp::create(
                             rewriter, loc, TypeRange{resultType}, ins,
                             ValueRange{accumulator}, strides, dilations)
                             .getResult(0);
  } else {
    // [N, C, D...] -> [N, G, C/G, D...]; [M, C/G, K...] -> [G, M/G, C/G, K...];
    // the result [N, G, M/G, O...] -> [N, M, O...].
    SmallVector<ReassociationIndices> splitChannels = getChannelSplit(rank + 1);
    SmallVector<ReassociationIndices> splitFilters = {{0, 1}};
    for (int64_t i = 2; i <= rank; ++i)
      splitFilters.push_back({i});
    auto paddedType = cast<RankedTensorType>(padded.getType());
    Value groupedInput = tensor::ExpandShapeOp::create(
        rewriter, loc, splitChannelType(paddedType, group), padded, splitChannels);
    SmallVector<int64_t> filterShape = {group, filters / group};
    llvm::append_range(filterShape, weightsType.getShape().drop_front(1));
    Value groupedFilter = tensor::ExpandShapeOp::create(
        rewriter, loc, RankedTensorType::get(filterShape, weightsType.getElementType()),
        weights, splitFilters);
    RankedTensorType groupedResultType = splitChannelType(resultType, group);
    SmallVector<OpFoldResult> groupedSizes = {sizes[0], rewriter.getIndexAttr(group),
                                              rewriter.getIndexAttr(filters / group)};
    llvm::append_range(groupedSizes, window.outputSizes);
    Value accumulator =
        createAccumulator(rewriter, loc, groupedResultType, groupedSizes, bias, true);
    Value grouped =
        rank == 4 ? linalg::Conv2DNgchwGfchwOp::create(
                        rewriter, loc, TypeRange{groupedResultType},
                        ValueRange{groupedInput, groupedFilter}, ValueRange{accumulator},
                        strides, dilations)
                        .getResult(0)
                  : buildGroupedConvGeneric(rewriter, loc, groupedInput, groupedFilter,
                                            accumulator, *g);
    result = tensor::CollapseShapeOp::create(rewriter, loc, resultType, grouped,
                                             splitChannels);
  }
  return result;
}

namespace {
/// Conv (2-D or 3-D, NCHW / NCDHW, any group) -> pad + linalg convolution.
struct ConvLowering : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvOp op,
                                PatternRewriter &rewriter) const override {
    if (failed(matchConvolution(rewriter, op)))
      return failure();
    if (!isFloatElement(cast<ShapedType>(op->getOperand(0).getType()).getElementType()))
      return rewriter.notifyMatchFailure(op, "only float convolution");
    Value result = buildConvolution(rewriter, op, op->getOperand(0), op->getOperand(1),
                                    op->getOperand(2));
    if (!result)
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// `value` (ConvInteger's x or w) widened to i32 minus its zero point
/// (absent: 0), which is a scalar, or for w one value per output channel
/// (dim 0).
static Value subtractZeroPoint(OpBuilder &b, Location loc, Value value, Value zeroPoint) {
  auto type = cast<RankedTensorType>(value.getType());
  auto wideType = RankedTensorType::get(type.getShape(), b.getI32Type());
  SmallVector<Value> inputs = {value};
  if (!onnx::isNoValue(zeroPoint)) {
    auto zpType = cast<RankedTensorType>(zeroPoint.getType());
    if (zpType.getRank() == 1 && zpType.getDimSize(0) != 1) {
      // [M] -> [M, 1, ...] so that it broadcasts along dim 0.
      SmallVector<int64_t> shape(type.getRank(), 1);
      shape[0] = zpType.getDimSize(0);
      SmallVector<ReassociationIndices> keepFirst = {{}};
      for (int64_t i = 0; i < type.getRank(); ++i)
        keepFirst[0].push_back(i);
      zeroPoint = tensor::ExpandShapeOp::create(
          b, loc, RankedTensorType::get(shape, zpType.getElementType()), zeroPoint,
          keepFirst);
    }
    inputs.push_back(zeroPoint);
  }
  return buildElementwise(b, loc, wideType, inputs,
                          [&](OpBuilder &nested, Location l, ValueRange args) -> Value {
                            Value wide = convertScalar(nested, l, args[0], nested.getI32Type());
                            if (args.size() == 1)
                              return wide;
                            Value zero = convertScalar(nested, l, args[1], nested.getI32Type());
                            return arith::SubIOp::create(nested, l, wide, zero);
                          });
}

/// ConvInteger -> the convolution of (x - x_zero_point) and (w -
/// w_zero_point) in i32 (padding with 0 after the subtraction is padding
/// x with its zero point, as ONNX asks).
struct ConvIntegerLowering : OpRewritePattern<onnx::ConvIntegerOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvIntegerOp op,
                                PatternRewriter &rewriter) const override {
    if (failed(matchConvolution(rewriter, op)))
      return failure();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType.getElementType().isInteger(32))
      return rewriter.notifyMatchFailure(op, "the result must be int32");
    for (Value zeroPoint : {op->getOperand(2), op->getOperand(3)}) {
      auto zpType = dyn_cast<RankedTensorType>(zeroPoint.getType());
      if (!onnx::isNoValue(zeroPoint) && (!zpType || zpType.getRank() > 1))
        return rewriter.notifyMatchFailure(op, "zero points must be scalars or 1-D");
    }
    auto xzpType = dyn_cast<RankedTensorType>(op->getOperand(2).getType());
    if (xzpType && xzpType.getNumElements() != 1)
      return rewriter.notifyMatchFailure(op, "x_zero_point must be one value");
    Location loc = op.getLoc();
    Value input = subtractZeroPoint(rewriter, loc, op->getOperand(0), op->getOperand(2));
    Value weights = subtractZeroPoint(rewriter, loc, op->getOperand(1), op->getOperand(3));
    Value result = buildConvolution(rewriter, op, input, weights, /*bias=*/nullptr);
    if (!result)
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// QLinearConv -> the i32 convolution of (x - x_zero_point) and (w -
/// w_zero_point) plus the i32 bias, requantized with x_scale * w_scale /
/// y_scale and y_zero_point as ONNX Runtime does (Quantize.h). w_scale and
/// w_zero_point may have one value per output channel; the others one.
struct QLinearConvLowering : OpRewritePattern<onnx::QLinearConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::QLinearConvOp op,
                                PatternRewriter &rewriter) const override {
    auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (inputType && inputType.getRank() == 3)
      return rewriter.notifyMatchFailure(op, "1-D QLinearConv is not supported yet");
    if (failed(matchConvolution(rewriter, op, /*weightsIndex=*/3)))
      return failure();
    Value x = op->getOperand(0), xScale = op->getOperand(1), xZeroPoint = op->getOperand(2);
    Value w = op->getOperand(3), wScale = op->getOperand(4), wZeroPoint = op->getOperand(5);
    Value yScale = op->getOperand(6), yZeroPoint = op->getOperand(7);
    Value bias = op->getNumOperands() > 8 ? op->getOperand(8) : Value();
    RankedTensorType resultType = getRankedResultType(op);
    Type target = resultType.getElementType();
    if (!isQuantizedIntElement(target))
      return rewriter.notifyMatchFailure(op, "only 8-bit integer outputs");
    int64_t filters = cast<RankedTensorType>(w.getType()).getDimSize(0);
    auto isPerChannel = [&](Value v) {
      auto type = dyn_cast<RankedTensorType>(v.getType());
      return type && type.getRank() == 1 && type.getDimSize(0) == filters;
    };
    for (Value v : {xScale, wScale, yScale})
      if (!isa<RankedTensorType>(v.getType()))
        return rewriter.notifyMatchFailure(op, "scales must be ranked");
    if (!isSingleElement(xScale) || !isSingleElement(xZeroPoint) || !isSingleElement(yScale) ||
        !isSingleElement(yZeroPoint))
      return rewriter.notifyMatchFailure(
          op, "x and y scales and zero points must be one value");
    if ((!isSingleElement(wScale) && !isPerChannel(wScale)) ||
        (!isSingleElement(wZeroPoint) && !isPerChannel(wZeroPoint)))
      return rewriter.notifyMatchFailure(
          op, "w_scale and w_zero_point must be one value or one per output channel");
    if (bias && !onnx::isNoValue(bias) &&
        (!isPerChannel(bias) ||
         !cast<ShapedType>(bias.getType()).getElementType().isSignlessInteger(32)))
      return rewriter.notifyMatchFailure(op, "the bias must be int32, one per output channel");

    Location loc = op.getLoc();
    Value input = subtractZeroPoint(rewriter, loc, x, xZeroPoint);
    Value weights = subtractZeroPoint(rewriter, loc, w, wZeroPoint);
    Value acc = buildConvolution(rewriter, op, input, weights, bias);
    if (!acc)
      return failure();
    MLIRContext *ctx = rewriter.getContext();
    unsigned rank = resultType.getRank();
    AffineMap wScaleMap = isSingleElement(wScale)
                              ? getSingleElementMap(wScale, rank)
                              : AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx)}, ctx);
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx),
                                   getSingleElementMap(xScale, rank), wScaleMap,
                                   getSingleElementMap(yScale, rank),
                                   getSingleElementMap(yZeroPoint, rank)};
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (unsigned i = 0; i < rank; ++i)
      dimSources.push_back({acc, i});
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{acc, xScale, wScale, yScale, yZeroPoint}, maps,
        dimSources, [&](OpBuilder &nested, Location l, ValueRange args) {
          return createRequantizedScalar(nested, l, args[0], args[1], args[2], args[3],
                                         args[4], target);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Conv or ConvInteger over one spatial dim -> the same op over [1, L] (a
/// unit height inserted into the input, weights and result).
struct Conv1DLowering : RewritePattern {
  Conv1DLowering(StringRef opName, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op,
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
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ConvLowering, ConvIntegerLowering, QLinearConvLowering>(ctx);
  patterns.add<Conv1DLowering>("onnx.Conv", ctx);
  patterns.add<Conv1DLowering>("onnx.ConvInteger", ctx);
}

} // namespace onnxc
