//===- GridSample.cpp - onnx.GridSample -> linalg.generic over the output -===//
//
// GridSample (opset 16, 20, 22) for any number of spatial dims: X
// [N, C, D1..Dr] sampled at grid [N, H1..Hr, r] gives [N, C, H1..Hr]. One
// generic over the output reads the r grid components of its position (the
// last component indexes D1, the first Dr), un-normalises them by
// align_corners, applies padding_mode to the coordinates (border clamps,
// reflection mirrors), and combines the taps of the interpolation mode
// (nearest: 1, linear: 2, cubic: 4 per dim, as a tensor product), each read
// through tensor.extract at a clamped position; padding_mode zeros masks
// the taps outside the input. This follows ONNX's reference implementation.
//
// AffineGrid (opset 20), the grid GridSample reads: theta [N, r, r + 1] and
// size [N, C, D1..Dr] give [N, D1..Dr, r], the affine map theta[n] applied
// to each position's normalised coordinates (x over the last dim first),
// with align_corners as GridSample has it. The size is data: a model input
// is read by the arena planner before the run; a negative size, a result of
// more than 2^47 elements, or an N other than theta's is reported through
// the run-time checks, and the result is then empty.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
enum class SampleMode { Nearest, Linear, Cubic };
enum class Padding { Zeros, Border, Reflection };

/// One tap along one spatial dim: where it reads, its weight, and whether
/// it lies inside the input (padding_mode zeros drops it otherwise).
struct Tap {
  Value index;
  Value weight;
  Value inside;
};

/// Builds the scalar computation of one output element in float type `ft`.
struct Sampler {
  OpBuilder &b;
  Location loc;
  Type ft;
  SampleMode mode;
  Padding padding;
  bool alignCorners;

  Value constant(double v) { return createFloatConstant(b, loc, ft, v); }
  Value add(Value l, Value r) { return arith::AddFOp::create(b, loc, l, r); }
  Value sub(Value l, Value r) { return arith::SubFOp::create(b, loc, l, r); }
  Value mul(Value l, Value r) { return arith::MulFOp::create(b, loc, l, r); }
  Value cmp(arith::CmpFPredicate p, Value l, Value r) {
    return arith::CmpFOp::create(b, loc, p, l, r);
  }
  Value select(Value c, Value t, Value f) { return arith::SelectOp::create(b, loc, c, t, f); }
  Value toFloat(Value index) {
    Value i64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
    return arith::SIToFPOp::create(b, loc, ft, i64);
  }
  Value toIndex(Value v) { // truncates toward zero
    Value i64 = arith::FPToSIOp::create(b, loc, b.getI64Type(), v);
    return arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
  }

  /// The coordinate range that padding_mode works within.
  std::pair<Value, Value> bounds(Value size) {
    if (alignCorners)
      return {constant(0.0), sub(size, constant(1.0))};
    return {constant(-0.5), sub(size, constant(0.5))};
  }

  /// Mirrors x into [lo, hi] by its nearer border, as often as needed.
  Value reflect(Value x, Value lo, Value hi) {
    Value range = sub(hi, lo);
    Value safeRange = select(cmp(arith::CmpFPredicate::OGT, range, constant(0.0)), range,
                             constant(1.0));
    auto fold = [&](Value distance, Value near, Value far, bool fromLow) {
      Value times = math::FloorOp::create(b, loc, arith::DivFOp::create(b, loc, distance, safeRange));
      Value rest = sub(distance, mul(times, safeRange));
      Value timesInt = arith::FPToSIOp::create(b, loc, b.getI64Type(), times);
      Value odd = arith::TruncIOp::create(b, loc, b.getI1Type(), timesInt);
      Value even = fromLow ? add(near, rest) : sub(near, rest);
      Value oddValue = fromLow ? sub(far, rest) : add(far, rest);
      return select(odd, oddValue, even);
    };
    Value below = fold(sub(lo, x), lo, hi, /*fromLow=*/true);
    Value above = fold(sub(x, hi), hi, lo, /*fromLow=*/false);
    Value result = select(cmp(arith::CmpFPredicate::OLT, x, lo), below,
                          select(cmp(arith::CmpFPredicate::OGT, x, hi), above, x));
    return select(cmp(arith::CmpFPredicate::OGT, range, constant(0.0)), result, lo);
  }

  /// The coordinate of normalised grid value `g` along a dim of `size`
  /// (float), after padding_mode moved it inside where it applies.
  Value coordinate(Value g, Value size) {
    Value one = constant(1.0), half = constant(0.5);
    Value x = alignCorners ? mul(mul(add(g, one), half), sub(size, one))
                           : mul(sub(mul(add(g, one), size), one), half);
    if (mode == SampleMode::Nearest)
      x = math::RoundEvenOp::create(b, loc, x);
    auto [lo, hi] = bounds(size);
    Value outside = arith::OrIOp::create(b, loc, cmp(arith::CmpFPredicate::OLT, x, lo),
                                         cmp(arith::CmpFPredicate::OGT, x, hi));
    if (padding == Padding::Border) {
      Value clamped = arith::MaximumFOp::create(
          b, loc, arith::MinimumFOp::create(b, loc, x, sub(size, one)), constant(0.0));
      x = select(outside, clamped, x);
    } else if (padding == Padding::Reflection) {
      x = select(outside, reflect(x, lo, hi), x);
    }
    return x;
  }

  /// Integer position `i` (float) as the tap reads it: inside or not,
  /// clamped (border, and zeros once masked) or mirrored (reflection).
  Tap tapAt(Value i, Value weight, Value size, Value sizeIndex) {
    Tap tap;
    tap.weight = weight;
    tap.inside = arith::AndIOp::create(b, loc, cmp(arith::CmpFPredicate::OGE, i, constant(0.0)),
                                       cmp(arith::CmpFPredicate::OLT, i, size));
    if (padding == Padding::Reflection) {
      auto [lo, hi] = bounds(size);
      i = reflect(i, lo, hi);
    }
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value last = arith::SubIOp::create(b, loc, sizeIndex, arith::ConstantIndexOp::create(b, loc, 1));
    tap.index = arith::MaxSIOp::create(b, loc, arith::MinSIOp::create(b, loc, toIndex(i), last),
                                       zero);
    return tap;
  }

  /// Keys' cubic kernel (A = -0.75) at distance |t|.
  Value cubicWeight(Value t) {
    double a = -0.75;
    Value x = math::AbsFOp::create(b, loc, t);
    Value x2 = mul(x, x), x3 = mul(x2, x);
    Value near = add(sub(mul(constant(a + 2), x3), mul(constant(a + 3), x2)), constant(1.0));
    Value far = add(add(mul(constant(a), x3), mul(constant(-5 * a), x2)),
                    sub(mul(constant(8 * a), x), constant(4 * a)));
    return select(cmp(arith::CmpFPredicate::OLE, x, constant(1.0)), near,
                  select(cmp(arith::CmpFPredicate::OLT, x, constant(2.0)), far, constant(0.0)));
  }

  /// The taps of coordinate x along a dim.
  SmallVector<Tap> taps(Value x, Value size, Value sizeIndex) {
    if (mode == SampleMode::Nearest)
      return {tapAt(x, constant(1.0), size, sizeIndex)};
    Value x0 = math::FloorOp::create(b, loc, x);
    Value t = sub(x, x0);
    SmallVector<Tap> result;
    if (mode == SampleMode::Linear) {
      result.push_back(tapAt(x0, sub(constant(1.0), t), size, sizeIndex));
      result.push_back(tapAt(add(x0, constant(1.0)), t, size, sizeIndex));
      return result;
    }
    for (int k = -1; k <= 2; ++k)
      result.push_back(tapAt(add(x0, constant(k)), cubicWeight(sub(t, constant(k))), size,
                             sizeIndex));
    return result;
  }
};
} // namespace

namespace {
/// GridSample, any rank (see the file comment).
struct GridSampleLowering : OpRewritePattern<onnx::GridSampleOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GridSampleOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0), grid = op->getOperand(1);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto gridType = dyn_cast<RankedTensorType>(grid.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !gridType || !resultType || inputType.getRank() < 3 ||
        gridType.getRank() != inputType.getRank() || resultType.getRank() != inputType.getRank())
      return rewriter.notifyMatchFailure(op, "needs ranked X, grid and result of equal rank >= 3");
    int64_t rank = inputType.getRank(), spatial = rank - 2;
    if (gridType.isDynamicDim(rank - 1) || gridType.getDimSize(rank - 1) != spatial)
      return rewriter.notifyMatchFailure(op, "grid's last dim must be the number of spatial dims");
    std::string modeName = onnx::getStringAttr(op, "mode", "linear");
    SampleMode mode;
    if (modeName == "nearest")
      mode = SampleMode::Nearest;
    else if (modeName == "linear" || modeName == "bilinear")
      mode = SampleMode::Linear;
    else if (modeName == "cubic" || modeName == "bicubic")
      mode = SampleMode::Cubic;
    else
      return rewriter.notifyMatchFailure(op, "mode '" + modeName + "' is not supported");
    if (mode == SampleMode::Cubic && spatial > 3)
      return rewriter.notifyMatchFailure(op, "cubic mode over more than 3 spatial dims");
    std::string paddingName = onnx::getStringAttr(op, "padding_mode", "zeros");
    Padding padding;
    if (paddingName == "zeros")
      padding = Padding::Zeros;
    else if (paddingName == "border")
      padding = Padding::Border;
    else if (paddingName == "reflection")
      padding = Padding::Reflection;
    else
      return rewriter.notifyMatchFailure(op, "padding_mode '" + paddingName + "' is not supported");
    bool alignCorners = onnx::getIntAttr(op, "align_corners", 0) != 0;
    Type element = inputType.getElementType();
    Type gridElement = gridType.getElementType();
    if (!isa<FloatType>(gridElement) ||
        (mode == SampleMode::Nearest ? !isNumericElement(element) : !isa<FloatType>(element)))
      return rewriter.notifyMatchFailure(
          op, "needs a float grid and float X (nearest: numeric X)");
    // Coordinates and sums in f32 (f64 for f64 data), as the reference
    // computes in the data's type.
    Type ft = element.isF64() || gridElement.isF64() ? rewriter.getF64Type()
                                                     : rewriter.getF32Type();

    SmallVector<Value> dynamicSizes;
    for (int64_t i = 0; i < rank; ++i)
      if (resultType.isDynamicDim(i))
        dynamicSizes.push_back(i == 1 ? getDimValue(rewriter, loc, input, 1)
                                      : getDimValue(rewriter, loc, grid, i == 0 ? 0 : i - 1));
    SmallVector<Value> sizes;
    for (int64_t d = 0; d < spatial; ++d)
      sizes.push_back(getDimValue(rewriter, loc, input, d + 2));
    Value empty = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(), element,
                                          dynamicSizes);
    MLIRContext *ctx = rewriter.getContext();
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{resultType}, ValueRange{}, ValueRange{empty},
            {AffineMap::getMultiDimIdentityMap(rank, ctx)},
            SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
            [&](OpBuilder &b, Location l, ValueRange) {
              Sampler s{b, l, ft, mode, padding, alignCorners};
              SmallVector<Value> out;
              for (int64_t i = 0; i < rank; ++i)
                out.push_back(linalg::IndexOp::create(b, l, i));
              // Per spatial dim d: grid component spatial - 1 - d.
              SmallVector<SmallVector<Tap>> perDim;
              for (int64_t d = 0; d < spatial; ++d) {
                SmallVector<Value> gridPosition = {out[0]};
                for (int64_t i = 2; i < rank; ++i)
                  gridPosition.push_back(out[i]);
                gridPosition.push_back(arith::ConstantIndexOp::create(b, l, spatial - 1 - d));
                Value g = tensor::ExtractOp::create(b, l, grid, gridPosition);
                g = convertScalar(b, l, g, ft);
                Value size = s.toFloat(sizes[d]);
                perDim.push_back(s.taps(s.coordinate(g, size), size, sizes[d]));
              }
              // The tensor product of the taps.
              Value sum = s.constant(0.0);
              SmallVector<size_t> choice(spatial, 0);
              while (true) {
                SmallVector<Value> position = {out[0], out[1]};
                Value weight, inside;
                for (int64_t d = 0; d < spatial; ++d) {
                  const Tap &tap = perDim[d][choice[d]];
                  position.push_back(tap.index);
                  weight = weight ? s.mul(weight, tap.weight) : tap.weight;
                  inside = inside ? arith::AndIOp::create(b, l, inside, tap.inside).getResult()
                                  : tap.inside;
                }
                Value value = tensor::ExtractOp::create(b, l, input, position);
                value = convertScalar(b, l, value, ft);
                if (padding == Padding::Zeros)
                  value = s.select(inside, value, s.constant(0.0));
                sum = mode == SampleMode::Nearest ? value : s.add(sum, s.mul(weight, value));
                int64_t d = spatial - 1;
                while (d >= 0 && ++choice[d] == perDim[d].size())
                  choice[d--] = 0;
                if (d < 0)
                  break;
              }
              linalg::YieldOp::create(b, l, convertScalar(b, l, sum, element));
            })
            .getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};
/// AffineGrid -> one generic over the grid (file comment).
struct AffineGridLowering : RewritePattern {
  AffineGridLowering(MLIRContext *ctx) : RewritePattern("onnx.AffineGrid", 1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value theta = op->getOperand(0), sizeInput = op->getOperand(1);
    auto thetaType = dyn_cast<RankedTensorType>(theta.getType());
    auto sizeType = dyn_cast<RankedTensorType>(sizeInput.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!thetaType || !sizeType || !resultType || thetaType.getRank() != 3 ||
        !isa<FloatType>(thetaType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float theta [N, r, r + 1]");
    int64_t r = thetaType.getDimSize(1);
    if ((r != 2 && r != 3) || thetaType.getDimSize(2) != r + 1 || sizeType.getRank() != 1 ||
        sizeType.getDimSize(0) != r + 2 || resultType.getRank() != r + 2 ||
        resultType.getDimSize(r + 1) != r)
      return rewriter.notifyMatchFailure(
          op, "theta must be [N, 2, 3] or [N, 3, 4] and size have 4 or 5 elements");
    bool alignCorners = onnx::getIntAttr(op, "align_corners", 0) != 0;

    // The sizes: N, then D1..Dr (C is not used).
    Type i64 = rewriter.getI64Type(), f64 = rewriter.getF64Type();
    SmallVector<Value> read = readIndexElements(rewriter, loc, sizeInput, r + 2);
    SmallVector<Value> sizes = {read[0]};
    sizes.append(read.begin() + 2, read.end());
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value zero64 = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value most64 = arith::ConstantIntOp::create(rewriter, loc, i64, int64_t{1} << 47);
    Value thetaN = getDimValue(rewriter, loc, theta, 0);
    Value bad = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, sizes[0], thetaN);
    Value thetaN64 = arith::IndexCastOp::create(rewriter, loc, i64, thetaN);
    reportOutOfRange(rewriter, loc, op, "size element 0",
                     bad, arith::IndexCastOp::create(rewriter, loc, i64, sizes[0]), thetaN64,
                     thetaN64);
    Value count = arith::ConstantFloatOp::create(rewriter, loc, cast<FloatType>(f64),
                                                 APFloat(static_cast<double>(r)));
    for (size_t d = 1; d < sizes.size(); ++d) {
      Value negative =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, sizes[d], zero);
      reportOutOfRange(rewriter, loc, op, ("size element " + Twine(d + 1)).str(), negative,
                       arith::IndexCastOp::create(rewriter, loc, i64, sizes[d]), zero64, most64);
      bad = arith::OrIOp::create(rewriter, loc, bad, negative);
      count = arith::MulFOp::create(
          rewriter, loc, count,
          arith::SIToFPOp::create(rewriter, loc, f64,
                                  arith::IndexCastOp::create(rewriter, loc, i64, sizes[d])));
    }
    count = arith::MulFOp::create(
        rewriter, loc, count, arith::SIToFPOp::create(rewriter, loc, f64, thetaN64));
    Value tooMany = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OGT, count,
        arith::ConstantFloatOp::create(rewriter, loc, cast<FloatType>(f64),
                                       APFloat(static_cast<double>(int64_t{1} << 47))));
    reportOutOfRange(rewriter, loc, op, "the result's element count", tooMany,
                     arith::FPToSIOp::create(
                         rewriter, loc, i64,
                         arith::MinNumFOp::create(
                             rewriter, loc, count,
                             arith::ConstantFloatOp::create(rewriter, loc, cast<FloatType>(f64),
                                                            APFloat(0x1p62)))),
                     zero64, most64);
    bad = arith::OrIOp::create(rewriter, loc, bad, tooMany);
    SmallVector<Value> dynamicSizes;
    SmallVector<int64_t> shape;
    for (size_t d = 0; d < sizes.size(); ++d) {
      // Static where the result type says so (then the size must match).
      if (!resultType.isDynamicDim(d)) {
        Value expected = arith::ConstantIndexOp::create(rewriter, loc, resultType.getDimSize(d));
        Value differs = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, sizes[d],
                                              expected);
        Value expected64 = arith::IndexCastOp::create(rewriter, loc, i64, expected);
        if (!getConstantIntValue(sizes[d]))
          reportOutOfRange(rewriter, loc, op,
                           ("size element " + Twine(d == 0 ? 0 : d + 1)).str(), differs,
                           arith::IndexCastOp::create(rewriter, loc, i64, sizes[d]), expected64,
                           expected64);
        if (d == 0 && resultType.getDimSize(0) != thetaType.getDimSize(0) &&
            !thetaType.isDynamicDim(0))
          return rewriter.notifyMatchFailure(op, "the result's N differs from theta's");
        shape.push_back(resultType.getDimSize(d));
        continue;
      }
      shape.push_back(ShapedType::kDynamic);
      dynamicSizes.push_back(arith::SelectOp::create(rewriter, loc, bad, zero, sizes[d]));
    }
    shape.push_back(r);

    Type element = thetaType.getElementType();
    int64_t rank = r + 2;
    Value init = tensor::EmptyOp::create(rewriter, loc, shape, element, dynamicSizes);
    MLIRContext *ctx = rewriter.getContext();
    // Each spatial dim's size, for the coordinates.
    SmallVector<Value> spatial;
    for (int64_t d = 1; d <= r; ++d)
      spatial.push_back(tensor::DimOp::create(rewriter, loc, init, d));
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{init.getType()}, ValueRange{}, ValueRange{init},
            {AffineMap::getMultiDimIdentityMap(rank, ctx)},
            SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
            [&](OpBuilder &b, Location l, ValueRange) {
              Value n = linalg::IndexOp::create(b, l, 0);
              Value i = linalg::IndexOp::create(b, l, rank - 1);
              auto toF64 = [&](Value index) -> Value {
                return arith::SIToFPOp::create(b, l, b.getF64Type(),
                                               arith::IndexCastOp::create(b, l, b.getI64Type(),
                                                                          index));
              };
              auto constant = [&](double v) {
                return arith::ConstantFloatOp::create(b, l, cast<FloatType>(b.getF64Type()),
                                                      APFloat(v));
              };
              // theta[n, i, r] + sum_j theta[n, i, j] * coordinate j, where
              // coordinate 0 runs over the last spatial dim.
              auto thetaAt = [&](int64_t j) -> Value {
                Value v = tensor::ExtractOp::create(
                    b, l, theta, ValueRange{n, i, arith::ConstantIndexOp::create(b, l, j)});
                return convertScalar(b, l, v, b.getF64Type());
              };
              Value sum = thetaAt(r);
              for (int64_t j = 0; j < r; ++j) {
                int64_t dim = r - j; // the result dim of this coordinate
                Value position = toF64(linalg::IndexOp::create(b, l, dim));
                Value size = toF64(spatial[dim - 1]);
                Value coordinate;
                if (alignCorners) {
                  // -1 + 2 p / (S - 1); -1 when S = 1.
                  Value span = arith::MaximumFOp::create(
                      b, l, arith::SubFOp::create(b, l, size, constant(1)), constant(1));
                  coordinate = arith::AddFOp::create(
                      b, l, constant(-1),
                      arith::DivFOp::create(b, l, arith::MulFOp::create(b, l, constant(2), position),
                                            span));
                } else {
                  // (2 p + 1) / S - 1.
                  coordinate = arith::SubFOp::create(
                      b, l,
                      arith::DivFOp::create(
                          b, l,
                          arith::AddFOp::create(
                              b, l, arith::MulFOp::create(b, l, constant(2), position),
                              constant(1)),
                          size),
                      constant(1));
                }
                sum = arith::AddFOp::create(b, l, sum,
                                            arith::MulFOp::create(b, l, thetaAt(j), coordinate));
              }
              linalg::YieldOp::create(b, l, convertScalar(b, l, sum, element));
            })
            .getResult(0);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateGridSamplePatterns(RewritePatternSet &patterns) {
  patterns.add<GridSampleLowering, AffineGridLowering>(patterns.getContext());
}

} // namespace onnxc
