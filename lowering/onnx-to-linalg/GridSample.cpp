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
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
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
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateGridSamplePatterns(RewritePatternSet &patterns) {
  patterns.add<GridSampleLowering>(patterns.getContext());
}

} // namespace onnxc
