//===- Pooling.cpp - pooling onnx ops -> linalg pooling -------------------===//
//
// MaxPool, AveragePool and LpPool over 1, 2 or 3 spatial dims (NC...):
// the input padded (with the lowest value for MaxPool, 0 otherwise; plus
// the extra end padding that ceil_mode implies), then a window reduction:
// linalg.pooling_nchw_{max,sum} for 2-D float max and sum, a
// linalg.generic of the same form otherwise (1-D, 3-D, integers, the
// |x|^p sums of LpPool). Pads and output sizes are computed at run time
// when the spatial dims are dynamic (WindowShapes.h).
//
// AveragePool divides by the number of window taps that count (inside the
// input, or inside the explicit padding with count_include_pad; never the
// ceil_mode overhang): a constant when every window has all its taps,
// else computed per output element from its position. LpPool takes the
// p-th root of its sums. MaxPool's Indices output comes from one
// linalg.generic that carries the maximum and its flattened position in
// the input (row-major, or column-major over the spatial dims with
// storage_order 1).
//
// GlobalMaxPool, GlobalAveragePool, GlobalLpPool: reductions over all the
// spatial dims, of any size.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "lowering/onnx-to-linalg/WindowShapes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// What a window reduction combines: the maximum, the sum, or the sum of
/// |x|^p (LpPool).
enum class PoolKind { Max, Sum, PowerSum };

/// A pooling op's input, result and resolved window.
struct Pool {
  Value input;
  RankedTensorType inputType, resultType;
  Type elementType;
  onnx::ConvGeometry geometry;
  WindowShape window;
  SmallVector<OpFoldResult> resultSizes;
};

static FailureOr<Pool> matchPool(Operation *op, PatternRewriter &rewriter, bool floatOnly) {
  Value input = op->getOperand(0);
  auto inputType = dyn_cast<RankedTensorType>(input.getType());
  RankedTensorType resultType = getRankedResultType(op);
  if (!inputType || !resultType || inputType.getRank() < 3 || inputType.getRank() > 5)
    return rewriter.notifyMatchFailure(op, "only ranked 1-D, 2-D and 3-D pooling");
  Type elementType = inputType.getElementType();
  if (floatOnly ? !isFloatElement(elementType) : !isNumericElement(elementType))
    return rewriter.notifyMatchFailure(op, floatOnly ? "only float pooling"
                                                     : "only numeric pooling");
  FailureOr<onnx::ConvGeometry> g =
      onnx::getConvGeometry(op, inputType.getShape().drop_front(2));
  if (failed(g))
    return failure();
  if (llvm::is_contained(g->kernel, ShapedType::kDynamic))
    return rewriter.notifyMatchFailure(op, "kernel_shape is required");
  Location loc = op->getLoc();
  WindowShape window = resolveWindowShape(rewriter, loc, *g, input);
  SmallVector<OpFoldResult> sizes = getWindowResultSizes(
      rewriter, loc, input, getTensorDimSize(rewriter, loc, input, 1), window.outputSizes);
  return Pool{input, inputType, resultType, elementType, *g, window, sizes};
}

/// |x|^p for LpPool's sums.
static Value buildPower(OpBuilder &b, Location loc, Value x, int64_t p) {
  Value magnitude = math::AbsFOp::create(b, loc, x);
  if (p == 1)
    return magnitude;
  if (p == 2)
    return arith::MulFOp::create(b, loc, x, x);
  Value exponent = createFloatConstant(b, loc, x.getType(), static_cast<double>(p));
  return math::PowFOp::create(b, loc, magnitude, exponent);
}

/// The p-th root of LpPool's sums.
static Value buildRoot(OpBuilder &b, Location loc, Value sum, int64_t p) {
  if (p == 1)
    return sum;
  if (p == 2)
    return math::SqrtOp::create(b, loc, sum);
  Value exponent = createFloatConstant(b, loc, sum.getType(), 1.0 / static_cast<double>(p));
  return math::PowFOp::create(b, loc, sum, exponent);
}

/// The indexing maps of a window reduction over the iteration space
/// (n, c, o..., k...): the padded input at o * stride + k * dilation, the
/// window (a shape-only tensor that gives the k loops their sizes, as in
/// linalg's named pooling ops) at k, and the result at (n, c, o...).
static SmallVector<AffineMap> getWindowMaps(const onnx::ConvGeometry &g, MLIRContext *ctx) {
  unsigned spatial = g.kernel.size(), numDims = 2 + 2 * spatial;
  SmallVector<AffineExpr> inputExprs = {getAffineDimExpr(0, ctx), getAffineDimExpr(1, ctx)};
  SmallVector<AffineExpr> outputExprs = inputExprs, windowExprs;
  for (unsigned i = 0; i < spatial; ++i) {
    AffineExpr out = getAffineDimExpr(2 + i, ctx), tap = getAffineDimExpr(2 + spatial + i, ctx);
    inputExprs.push_back(out * g.strides[i] + tap * g.dilations[i]);
    windowExprs.push_back(tap);
    outputExprs.push_back(out);
  }
  return {AffineMap::get(numDims, 0, inputExprs, ctx),
          AffineMap::get(numDims, 0, windowExprs, ctx),
          AffineMap::get(numDims, 0, outputExprs, ctx)};
}

static SmallVector<utils::IteratorType> getWindowIterators(unsigned spatial) {
  SmallVector<utils::IteratorType> iterators(2 + spatial, utils::IteratorType::parallel);
  iterators.append(spatial, utils::IteratorType::reduction);
  return iterators;
}

/// Pads the input with `padValue` and reduces every window into an
/// accumulator that starts at `padValue`.
static Value buildWindowReduction(PatternRewriter &rewriter, Location loc, const Pool &pool,
                                  PoolKind kind, int64_t p, TypedAttr padValue) {
  const onnx::ConvGeometry &g = pool.geometry;
  Value padded = padSpatialDims(rewriter, loc, pool.input, pool.window.padsBegin,
                                pool.window.coveringPadsEnd, padValue);
  Value init = arith::ConstantOp::create(rewriter, loc, padValue);
  Value empty = createEmptyWithSizes(rewriter, loc, pool.resultType, pool.resultSizes);
  Value accumulator =
      linalg::FillOp::create(rewriter, loc, ValueRange{init}, ValueRange{empty}).getResult(0);
  bool named2D = pool.inputType.getRank() == 4 && isFloatElement(pool.elementType) &&
                 kind != PoolKind::PowerSum;
  Value window = tensor::EmptyOp::create(rewriter, loc, g.kernel, pool.elementType);
  if (named2D) {
    auto strides = rewriter.getI64TensorAttr(g.strides);
    auto dilations = rewriter.getI64TensorAttr(g.dilations);
    SmallVector<Value> ins = {padded, window};
    if (kind == PoolKind::Max)
      return linalg::PoolingNchwMaxOp::create(rewriter, loc, TypeRange{pool.resultType}, ins,
                                              ValueRange{accumulator}, strides, dilations)
          .getResult(0);
    return linalg::PoolingNchwSumOp::create(rewriter, loc, TypeRange{pool.resultType}, ins,
                                            ValueRange{accumulator}, strides, dilations)
        .getResult(0);
  }
  unsigned spatial = g.kernel.size();
  return linalg::GenericOp::create(
             rewriter, loc, TypeRange{pool.resultType}, ValueRange{padded, window},
             ValueRange{accumulator}, getWindowMaps(g, rewriter.getContext()),
             getWindowIterators(spatial),
             [&](OpBuilder &b, Location l, ValueRange args) {
               Value x = args[0], acc = args[2], combined;
               if (kind == PoolKind::Max)
                 combined = createBinary(b, l, BinaryKind::Max, acc, x);
               else if (kind == PoolKind::Sum)
                 combined = createBinary(b, l, BinaryKind::Add, acc, x);
               else
                 combined = arith::AddFOp::create(b, l, acc, buildPower(b, l, x, p));
               linalg::YieldOp::create(b, l, ValueRange{combined});
             })
      .getResult(0);
}

/// The number of taps of every AveragePool window when they all have the
/// same number (static sizes only), else nullopt.
static std::optional<int64_t> getUniformTapCount(const Pool &pool, bool countPad) {
  const onnx::ConvGeometry &g = pool.geometry;
  int64_t product = 1;
  for (unsigned i = 0; i < g.kernel.size(); ++i) {
    std::optional<int64_t> begin = getConstantIntValue(pool.window.padsBegin[i]);
    std::optional<int64_t> end = getConstantIntValue(pool.window.padsEnd[i]);
    std::optional<int64_t> outputs = getConstantIntValue(pool.window.outputSizes[i]);
    int64_t size = pool.inputType.getDimSize(2 + i);
    if (!begin || !end || !outputs || ShapedType::isDynamic(size))
      return std::nullopt;
    int64_t low = countPad ? -*begin : 0, high = countPad ? size + *end : size;
    for (int64_t o = 0; o < *outputs; ++o) {
      int64_t taps = 0;
      for (int64_t k = 0; k < g.kernel[i]; ++k) {
        int64_t position = o * g.strides[i] - *begin + k * g.dilations[i];
        taps += position >= low && position < high;
      }
      if (taps != g.kernel[i])
        return std::nullopt;
    }
    product *= g.kernel[i];
  }
  return product;
}

/// Inside a linalg.generic over the result: the number of taps of the
/// window at the current output position that count for AveragePool.
static Value buildTapCount(OpBuilder &b, Location loc, const Pool &pool, bool countPad,
                           ArrayRef<Value> inputSizes) {
  const onnx::ConvGeometry &g = pool.geometry;
  IndexMath m(b, loc);
  OpFoldResult count = m.constant(1);
  for (unsigned i = 0; i < g.kernel.size(); ++i) {
    OpFoldResult out = linalg::IndexOp::create(b, loc, 2 + i).getResult();
    OpFoldResult begin = pool.window.padsBegin[i], end = pool.window.padsEnd[i];
    OpFoldResult size = inputSizes[i];
    // Window taps k in [0, K) at position start + k * dilation, counted
    // when inside [low, high).
    OpFoldResult start = m.sub(m.mul(out, m.constant(g.strides[i])), begin);
    OpFoldResult low = countPad ? m.sub(m.constant(0), begin) : m.constant(0);
    OpFoldResult high = countPad ? m.add(size, end) : size;
    OpFoldResult first = m.max(m.constant(0), m.ceilDiv(m.sub(low, start), g.dilations[i]));
    OpFoldResult last =
        m.min(m.constant(g.kernel[i] - 1),
              m.floorDiv(m.sub(m.sub(high, m.constant(1)), start), g.dilations[i]));
    OpFoldResult taps = m.max(m.constant(0), m.add(m.sub(last, first), m.constant(1)));
    count = m.mul(count, taps);
  }
  return m.value(count);
}

namespace {
/// MaxPool -> pad with the lowest value + window maximum; with a used
/// Indices output, one linalg.generic that also tracks the argmax.
struct MaxPoolLowering : OpRewritePattern<onnx::MaxPoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MaxPoolOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<Pool> pool = matchPool(op, rewriter, /*floatOnly=*/false);
    if (failed(pool))
      return failure();
    TypedAttr lowest = getLowestValue(rewriter, pool->elementType);
    bool withIndices = op->getNumResults() > 1 && !op->getResult(1).use_empty();
    if (!withIndices) {
      Value result = buildWindowReduction(rewriter, op.getLoc(), *pool, PoolKind::Max, 0,
                                          lowest);
      rewriter.replaceAllUsesWith(op->getResult(0), result);
      rewriter.eraseOp(op);
      return success();
    }
    RankedTensorType indicesType = getRankedResultType(op, 1);
    if (!indicesType || !indicesType.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "Indices must be a ranked int64 tensor");
    auto [values, indices] = buildArgMax(rewriter, op.getLoc(), *pool, indicesType, lowest,
                                         onnx::getIntAttr(op, "storage_order", 0) != 0);
    rewriter.replaceOp(op, ValueRange{values, indices});
    return success();
  }

  /// The window maxima and their positions in the unpadded input, flattened
  /// over [N, C, D...] (the spatial dims column-major when `columnMajor`).
  static std::pair<Value, Value> buildArgMax(PatternRewriter &rewriter, Location loc,
                                             const Pool &pool, RankedTensorType indicesType,
                                             TypedAttr lowest, bool columnMajor) {
    const onnx::ConvGeometry &g = pool.geometry;
    unsigned spatial = g.kernel.size();
    Value padded = padSpatialDims(rewriter, loc, pool.input, pool.window.padsBegin,
                                  pool.window.coveringPadsEnd, lowest);
    IndexMath m(rewriter, loc);
    SmallVector<Value> dims;
    for (int64_t i = 0; i < pool.inputType.getRank(); ++i)
      dims.push_back(m.value(getTensorDimSize(rewriter, loc, pool.input, i)));
    SmallVector<Value> padsBegin;
    for (OpFoldResult pad : pool.window.padsBegin)
      padsBegin.push_back(m.value(pad));
    Value lowestValue = arith::ConstantOp::create(rewriter, loc, lowest);
    Value zero = arith::ConstantOp::create(rewriter, loc, rewriter.getI64IntegerAttr(0));
    Value valuesInit = linalg::FillOp::create(
        rewriter, loc, ValueRange{lowestValue},
        ValueRange{createEmptyWithSizes(rewriter, loc, pool.resultType, pool.resultSizes)})
                           .getResult(0);
    Value indicesInit = linalg::FillOp::create(
        rewriter, loc, ValueRange{zero},
        ValueRange{createEmptyWithSizes(rewriter, loc, indicesType, pool.resultSizes)})
                            .getResult(0);
    SmallVector<AffineMap> maps = getWindowMaps(g, rewriter.getContext());
    maps.push_back(maps.back());
    Value window = tensor::EmptyOp::create(rewriter, loc, g.kernel, pool.elementType);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{pool.resultType, indicesType}, ValueRange{padded, window},
        ValueRange{valuesInit, indicesInit}, maps, getWindowIterators(spatial),
        [&](OpBuilder &b, Location l, ValueRange args) {
          IndexMath bm(b, l);
          auto index = [&](unsigned d) -> OpFoldResult {
            return linalg::IndexOp::create(b, l, d).getResult();
          };
          // The position in the unpadded input of the tap being read.
          SmallVector<OpFoldResult> position;
          for (unsigned i = 0; i < spatial; ++i)
            position.push_back(bm.sub(
                bm.add(bm.mul(index(2 + i), bm.constant(g.strides[i])),
                       bm.mul(index(2 + spatial + i), bm.constant(g.dilations[i]))),
                padsBegin[i]));
          OpFoldResult flat = bm.add(bm.mul(index(0), dims[1]), index(1));
          if (!columnMajor) {
            for (unsigned i = 0; i < spatial; ++i)
              flat = bm.add(bm.mul(flat, dims[2 + i]), position[i]);
          } else {
            OpFoldResult inner = position[spatial - 1];
            for (int i = spatial - 2; i >= 0; --i)
              inner = bm.add(bm.mul(inner, dims[2 + i]), position[i]);
            for (unsigned i = 0; i < spatial; ++i)
              flat = bm.mul(flat, dims[2 + i]);
            flat = bm.add(flat, inner);
          }
          Value flatIndex =
              arith::IndexCastOp::create(b, l, b.getI64Type(), bm.value(flat));
          // Strictly greater: the first maximum in the window wins.
          Value x = args[0], maximum = args[2], argmax = args[3];
          Value greater = createCompare(b, l, CompareKind::Gt, x, maximum);
          Value value = arith::SelectOp::create(b, l, greater, x, maximum);
          Value position64 = arith::SelectOp::create(b, l, greater, flatIndex, argmax);
          linalg::YieldOp::create(b, l, ValueRange{value, position64});
        });
    return {generic.getResult(0), generic.getResult(1)};
  }
};

/// AveragePool -> pad with 0 + window sum, divided by the count of taps.
struct AveragePoolLowering : OpRewritePattern<onnx::AveragePoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::AveragePoolOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FailureOr<Pool> pool = matchPool(op, rewriter, /*floatOnly=*/true);
    if (failed(pool))
      return failure();
    bool countPad = onnx::getIntAttr(op, "count_include_pad", 0) != 0;
    Type elementType = pool->elementType;
    Value sum = buildWindowReduction(rewriter, loc, *pool, PoolKind::Sum, 0,
                                     rewriter.getFloatAttr(elementType, 0));
    int64_t rank = pool->resultType.getRank();
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t i = 0; i < rank; ++i)
      dimSources.push_back({sum, i});
    Value result;
    if (std::optional<int64_t> taps = getUniformTapCount(*pool, countPad)) {
      Value divisor = createFloatConstant(rewriter, loc, elementType, static_cast<double>(*taps));
      result = buildElementwise(rewriter, loc, pool->resultType, ValueRange{sum},
                                [&](OpBuilder &b, Location l, ValueRange args) {
                                  return arith::DivFOp::create(b, l, args[0], divisor);
                                });
    } else {
      IndexMath m(rewriter, loc);
      SmallVector<Value> inputSizes;
      for (int64_t i = 2; i < rank; ++i)
        inputSizes.push_back(m.value(getTensorDimSize(rewriter, loc, pool->input, i)));
      MLIRContext *ctx = rewriter.getContext();
      result = buildMappedGeneric(
          rewriter, loc, pool->resultType, ValueRange{sum},
          {AffineMap::getMultiDimIdentityMap(rank, ctx)}, dimSources,
          [&](OpBuilder &b, Location l, ValueRange args) {
            Value taps = buildTapCount(b, l, *pool, countPad, inputSizes);
            Value taps64 = arith::IndexCastOp::create(b, l, b.getI64Type(), taps);
            Value count = arith::SIToFPOp::create(b, l, elementType, taps64);
            return arith::DivFOp::create(b, l, args[0], count);
          });
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// LpPool -> pad with 0 + window sum of |x|^p, then its p-th root.
struct LpPoolLowering : OpRewritePattern<onnx::LpPoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::LpPoolOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FailureOr<Pool> pool = matchPool(op, rewriter, /*floatOnly=*/true);
    if (failed(pool))
      return failure();
    int64_t p = onnx::getIntAttr(op, "p", 2);
    if (p < 1)
      return rewriter.notifyMatchFailure(op, "p must be positive");
    Value sum = buildWindowReduction(rewriter, loc, *pool, PoolKind::PowerSum, p,
                                     rewriter.getFloatAttr(pool->elementType, 0));
    Value result = buildElementwise(rewriter, loc, pool->resultType, ValueRange{sum},
                                    [&](OpBuilder &b, Location l, ValueRange args) {
                                      return buildRoot(b, l, args[0], p);
                                    });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// GlobalMaxPool, GlobalAveragePool, GlobalLpPool: a reduction over every
/// spatial dim, keeping them as size 1.
struct GlobalPoolLowering : RewritePattern {
  GlobalPoolLowering(StringRef opName, PoolKind kind, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), kind(kind) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "needs ranked tensors of rank >= 2");
    Type element = inputType.getElementType();
    bool isAverage = isa<onnx::GlobalAveragePoolOp>(op);
    if (kind == PoolKind::Max ? !isNumericElement(element) : !isFloatElement(element))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    int64_t p = onnx::getIntAttr(op, "p", 2);
    if (kind == PoolKind::PowerSum && p < 1)
      return rewriter.notifyMatchFailure(op, "p must be positive");
    SmallVector<bool> reduced(inputType.getRank(), true);
    reduced[0] = reduced[1] = false;
    TypedAttr init = kind == PoolKind::Max ? getLowestValue(rewriter, element)
                                           : rewriter.getFloatAttr(element, 0);
    Value reduction = buildReduction(
        rewriter, loc, input, reduced, /*keepDims=*/true, init,
        [&](OpBuilder &b, Location l, Value x, Value acc) -> Value {
          if (kind == PoolKind::Max)
            return createBinary(b, l, BinaryKind::Max, acc, x);
          if (kind == PoolKind::PowerSum)
            return arith::AddFOp::create(b, l, acc, buildPower(b, l, x, p));
          return arith::AddFOp::create(b, l, acc, x);
        });
    Value result = reduction;
    if (isAverage) {
      Value count = getElementCount(rewriter, loc, input, reduced, element);
      result = buildElementwise(rewriter, loc, resultType, ValueRange{reduction},
                                [&](OpBuilder &b, Location l, ValueRange args) {
                                  return arith::DivFOp::create(b, l, args[0], count);
                                });
    } else if (kind == PoolKind::PowerSum) {
      result = buildElementwise(rewriter, loc, resultType, ValueRange{reduction},
                                [&](OpBuilder &b, Location l, ValueRange args) {
                                  return buildRoot(b, l, args[0], p);
                                });
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  PoolKind kind;
};
} // namespace

void populatePoolingPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<MaxPoolLowering, AveragePoolLowering, LpPoolLowering>(ctx);
  patterns.add<GlobalPoolLowering>("onnx.GlobalMaxPool", PoolKind::Max, ctx);
  patterns.add<GlobalPoolLowering>("onnx.GlobalAveragePool", PoolKind::Sum, ctx);
  patterns.add<GlobalPoolLowering>("onnx.GlobalLpPool", PoolKind::PowerSum, ctx);
}

} // namespace onnxc
