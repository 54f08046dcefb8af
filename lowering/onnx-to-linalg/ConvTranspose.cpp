//===- ConvTranspose.cpp - onnx.ConvTranspose -> onnx.Conv ----------------===//
//
// A transposed convolution is the convolution of the input spread by the
// strides (stride - 1 zeros between neighbours) and padded by span - 1 -
// pads, with the filter flipped along every spatial dim and its two channel
// dims swapped within each group, at stride 1 and the same dilations:
//
//   Y[n, g*M/G + m, o] = sum_{c, k} Z[n, g*C/G + c, o + k * d] *
//                        W[g*C/G + c, m, K - 1 - k]
//
// The spread is one tensor.insert_slice with the strides into zeros (a
// tensor.pad when every stride is 1); a negative side (pads larger than
// the span) is cropped by tensor.extract_slice. The pattern emits an
// onnx.Conv, which Conv.cpp lowers with all its forms (1-D to 3-D, groups,
// dynamic spatial dims). The filter is re-laid out at compile time when it
// is a constant (an initializer), else by a linalg.generic.
//
// Cost: the spread input has stride^d more positions than the input, so a
// strided ConvTranspose does stride^d times the multiply-adds a
// scatter would; the zeros are cheap to read and the named convolution
// kernels it reaches are the fast path.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "lowering/onnx-to-linalg/WindowShapes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

namespace onnxc {

/// The position in the transposed-convolution filter [C, M/G, K...] that
/// element `index` of the convolution filter [M, C/G, K...] reads.
static SmallVector<int64_t> getTransposedFilterSource(ArrayRef<int64_t> index,
                                                      ArrayRef<int64_t> convShape,
                                                      int64_t groups) {
  int64_t filtersPerGroup = convShape[0] / groups;
  int64_t group = index[0] / filtersPerGroup, filter = index[0] % filtersPerGroup;
  int64_t channelsPerGroup = convShape[1];
  SmallVector<int64_t> source = {group * channelsPerGroup + index[1], filter};
  for (size_t i = 2; i < index.size(); ++i)
    source.push_back(convShape[i] - 1 - index[i]);
  return source;
}

/// The raw bytes of a constant's elements, or nullopt for attributes
/// without a flat buffer (splats, bool, elided resources).
static std::optional<ArrayRef<char>> getRawBytes(ElementsAttr attr) {
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    return blob->getData();
  }
  if (auto dense = dyn_cast<DenseElementsAttr>(attr))
    if (!dense.isSplat() && !dense.getElementType().isInteger(1))
      return dense.getRawData();
  return std::nullopt;
}

/// The convolution filter of a constant transposed-convolution filter,
/// re-laid out at compile time into a new resource blob; null when the
/// constant's bytes cannot be read.
static Value createConstantConvFilter(OpBuilder &b, Location loc, ElementsAttr weights,
                                      RankedTensorType convType, int64_t groups) {
  auto sourceType = cast<RankedTensorType>(weights.getType());
  if (auto dense = dyn_cast<DenseElementsAttr>(weights); dense && dense.isSplat())
    return arith::ConstantOp::create(b, loc, dense.resizeSplat(convType));
  std::optional<ArrayRef<char>> bytes = getRawBytes(weights);
  unsigned width = convType.getElementTypeBitWidth();
  if (!bytes || width % 8 != 0)
    return nullptr;
  size_t elementBytes = width / 8;
  int64_t count = convType.getNumElements();
  if (bytes->size() != count * elementBytes)
    return nullptr;
  ArrayRef<int64_t> shape = convType.getShape();
  SmallVector<int64_t> sourceStrides = computeStrides(sourceType.getShape());
  std::vector<char> permuted(bytes->size());
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t flat = 0; flat < count; ++flat) {
    SmallVector<int64_t> source = getTransposedFilterSource(index, shape, groups);
    int64_t offset = 0;
    for (size_t i = 0; i < source.size(); ++i)
      offset += source[i] * sourceStrides[i];
    std::memcpy(&permuted[flat * elementBytes], bytes->data() + offset * elementBytes,
                elementBytes);
    for (int64_t d = shape.size() - 1; d >= 0 && ++index[d] == shape[d]; --d)
      index[d] = 0;
  }
  AsmResourceBlob blob =
      HeapAsmResourceBlob::allocateAndCopyWithAlign(ArrayRef<char>(permuted), /*align=*/64);
  auto attr = DenseResourceElementsAttr::get(convType, "conv_transpose_filter", std::move(blob));
  return arith::ConstantOp::create(b, loc, attr);
}

/// The same re-layout at run time: [C, M/G, K...] expanded to
/// [G, C/G, M/G, K...], read flipped into [G, M/G, C/G, K...], collapsed to
/// [M, C/G, K...].
static Value buildConvFilter(OpBuilder &b, Location loc, Value weights,
                             RankedTensorType convType, int64_t groups) {
  auto type = cast<RankedTensorType>(weights.getType());
  int64_t rank = type.getRank();
  SmallVector<ReassociationIndices> splitFirst = {{0, 1}};
  for (int64_t i = 2; i <= rank; ++i)
    splitFirst.push_back({i});
  SmallVector<int64_t> groupedShape = {groups, type.getDimSize(0) / groups};
  llvm::append_range(groupedShape, type.getShape().drop_front());
  Value grouped = tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(groupedShape, type.getElementType()), weights, splitFirst);
  SmallVector<int64_t> resultShape = {groups, convType.getDimSize(0) / groups,
                                      convType.getDimSize(1)};
  llvm::append_range(resultShape, convType.getShape().drop_front(2));
  auto resultType = RankedTensorType::get(resultShape, type.getElementType());
  MLIRContext *ctx = b.getContext();
  auto d = [&](unsigned i) { return getAffineDimExpr(i, ctx); };
  SmallVector<AffineExpr> read = {d(0), d(2), d(1)};
  for (int64_t i = 3; i <= rank; ++i)
    read.push_back(getAffineConstantExpr(resultShape[i] - 1, ctx) - d(i));
  Value flipped = buildMappedGeneric(
      b, loc, resultType, ValueRange{grouped}, {AffineMap::get(rank + 1, 0, read, ctx)}, {},
      [](OpBuilder &, Location, ValueRange args) { return args[0]; });
  return tensor::CollapseShapeOp::create(b, loc, convType, flipped, splitFirst);
}

/// The input spread by `strides` with `low`/`high` zeros around it per
/// spatial dim (negative: that many elements cropped).
static Value spreadInput(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> strides,
                         ArrayRef<int64_t> low, ArrayRef<int64_t> high) {
  auto type = cast<RankedTensorType>(input.getType());
  IndexMath m(b, loc);
  unsigned spatial = strides.size();
  SmallVector<OpFoldResult> inputSizes, padLow, padHigh;
  for (int64_t i = 0; i < type.getRank(); ++i)
    inputSizes.push_back(getTensorDimSize(b, loc, input, i));
  for (unsigned i = 0; i < spatial; ++i) {
    padLow.push_back(m.constant(std::max<int64_t>(0, low[i])));
    padHigh.push_back(m.constant(std::max<int64_t>(0, high[i])));
  }
  Value spread;
  if (llvm::all_of(strides, [](int64_t s) { return s == 1; })) {
    spread = padSpatialDims(b, loc, input, padLow, padHigh,
                            b.getFloatAttr(type.getElementType(), 0));
  } else {
    SmallVector<OpFoldResult> spreadSizes = {inputSizes[0], inputSizes[1]};
    SmallVector<OpFoldResult> offsets = {m.constant(0), m.constant(0)};
    SmallVector<OpFoldResult> steps = {m.constant(1), m.constant(1)};
    SmallVector<int64_t> shape = {type.getDimSize(0), type.getDimSize(1)};
    for (unsigned i = 0; i < spatial; ++i) {
      OpFoldResult size = m.add(
          m.add(m.mul(m.sub(inputSizes[2 + i], m.constant(1)), m.constant(strides[i])),
                m.constant(1)),
          m.add(padLow[i], padHigh[i]));
      spreadSizes.push_back(size);
      shape.push_back(getConstantIntValue(size).value_or(ShapedType::kDynamic));
      offsets.push_back(padLow[i]);
      steps.push_back(m.constant(strides[i]));
    }
    auto spreadType = RankedTensorType::get(shape, type.getElementType());
    Value zero = createFloatConstant(b, loc, type.getElementType(), 0);
    Value zeros = linalg::FillOp::create(
                      b, loc, ValueRange{zero},
                      ValueRange{createEmptyWithSizes(b, loc, spreadType, spreadSizes)})
                      .getResult(0);
    spread = tensor::InsertSliceOp::create(b, loc, input, zeros, offsets, inputSizes, steps);
  }
  if (llvm::all_of(low, [](int64_t p) { return p >= 0; }) &&
      llvm::all_of(high, [](int64_t p) { return p >= 0; }))
    return spread;
  SmallVector<OpFoldResult> offsets = {m.constant(0), m.constant(0)};
  SmallVector<OpFoldResult> sizes = {inputSizes[0], inputSizes[1]};
  SmallVector<OpFoldResult> steps(type.getRank(), m.constant(1));
  for (unsigned i = 0; i < spatial; ++i) {
    int64_t cropLow = std::max<int64_t>(0, -low[i]), cropHigh = std::max<int64_t>(0, -high[i]);
    offsets.push_back(m.constant(cropLow));
    sizes.push_back(m.sub(getTensorDimSize(b, loc, spread, 2 + i),
                          m.constant(cropLow + cropHigh)));
  }
  return tensor::ExtractSliceOp::create(b, loc, spread, offsets, sizes, steps);
}

namespace {
/// ConvTranspose -> spread input + onnx.Conv with the re-laid-out filter.
struct ConvTransposeLowering : OpRewritePattern<onnx::ConvTransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvTransposeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0), weights = op->getOperand(1), bias = op->getOperand(2);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto weightsType = dyn_cast<RankedTensorType>(weights.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !weightsType || !resultType || inputType.getRank() < 3 ||
        inputType.getRank() > 5 || weightsType.getRank() != inputType.getRank())
      return rewriter.notifyMatchFailure(op, "only ranked 1-D, 2-D and 3-D ConvTranspose");
    if (!isa<FloatType>(inputType.getElementType()))
      return rewriter.notifyMatchFailure(op, "only float ConvTranspose");
    if (!weightsType.hasStaticShape() || inputType.isDynamicDim(1))
      return rewriter.notifyMatchFailure(op, "weights and input channels must be static");
    int64_t groups = onnx::getIntAttr(op, "group", 1);
    int64_t channels = inputType.getDimSize(1);
    if (groups < 1 || channels % groups != 0 || weightsType.getDimSize(0) != channels)
      return rewriter.notifyMatchFailure(op, "channels do not split into the groups");
    FailureOr<onnx::ConvTransposeGeometry> g = onnx::getConvTransposeGeometry(
        op, inputType.getShape().drop_front(2), weightsType.getShape().drop_front(2));
    if (failed(g))
      return failure();
    if (ArrayRef<int64_t>(g->kernel) != weightsType.getShape().drop_front(2))
      return rewriter.notifyMatchFailure(op, "kernel_shape differs from the weights");

    SmallVector<int64_t> low, high;
    for (unsigned i = 0; i < g->kernel.size(); ++i) {
      low.push_back(g->span(i) - 1 - g->padsBegin[i]);
      high.push_back(g->span(i) - 1 - g->padsEnd[i]);
    }
    Value spread = spreadInput(rewriter, loc, input, g->strides, low, high);

    SmallVector<int64_t> convShape = {weightsType.getDimSize(1) * groups, channels / groups};
    llvm::append_range(convShape, g->kernel);
    auto convType = RankedTensorType::get(convShape, weightsType.getElementType());
    Value filter;
    if (ElementsAttr constant = onnx::getConstantValue(weights))
      filter = createConstantConvFilter(rewriter, loc, constant, convType, groups);
    if (!filter)
      filter = buildConvFilter(rewriter, loc, weights, convType, groups);

    unsigned spatial = g->kernel.size();
    SmallVector<NamedAttribute> attributes = {
        rewriter.getNamedAttr("dilations", rewriter.getDenseI64ArrayAttr(g->dilations)),
        rewriter.getNamedAttr("group", rewriter.getI64IntegerAttr(groups)),
        rewriter.getNamedAttr("kernel_shape", rewriter.getDenseI64ArrayAttr(g->kernel)),
        rewriter.getNamedAttr("pads", rewriter.getDenseI64ArrayAttr(
                                          SmallVector<int64_t>(2 * spatial, 0))),
        rewriter.getNamedAttr("strides", rewriter.getDenseI64ArrayAttr(
                                             SmallVector<int64_t>(spatial, 1)))};
    OperationState state(loc, onnx::ConvOp::getOperationName(),
                         ValueRange{spread, filter, bias}, TypeRange{resultType}, attributes);
    rewriter.replaceOp(op, rewriter.create(state)->getResults());
    return success();
  }
};
} // namespace

void populateConvTransposePatterns(RewritePatternSet &patterns) {
  patterns.add<ConvTransposeLowering>(patterns.getContext());
}

} // namespace onnxc
