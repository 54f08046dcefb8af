//===- Resize.cpp - onnx.Resize -> linalg.generic over the output ---------===//
//
// Resize in its general form (opset 11-19; the importer upgrades Resize-10
// and Upsample to it): scales or sizes, constant or read at run time, axes,
// keep_aspect_ratio_policy, roi for tf_crop_and_resize, every
// coordinate_transformation_mode, and modes
//  - nearest: one generic over the output; each resized dim maps its output
//    index to a source coordinate, rounds it by nearest_mode and reads the
//    input through tensor.extract at the clamped position;
//  - linear and cubic (cubic_coeff_a, exclude_outside, antialias): one
//    generic per resized axis, as ONNX's reference resizes separably; each
//    output element is a weighted sum of its taps along that axis, read at
//    clamped positions. The taps are unrolled when their count is known at
//    compile time, else (antialias with a run-time scale) an scf.for.
// Coordinates are computed in f64 from the f32 scales, as the reference
// does; values accumulate in f32 (f64 for f64 data).
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include <cmath>

using namespace mlir;

namespace onnxc {

namespace {
enum class Transform {
  HalfPixel,
  HalfPixelSymmetric,
  PytorchHalfPixel,
  AlignCorners,
  Asymmetric,
  TfCropAndResize
};
enum class Interpolation { Nearest, Linear, Cubic };
enum class NearestRounding { RoundPreferFloor, RoundPreferCeil, Floor, Ceil };

/// The attributes, parsed.
struct ResizeOptions {
  Interpolation mode;
  Transform transform;
  NearestRounding rounding;
  double cubicA;
  bool excludeOutside;
  bool antialias;
  double extrapolation;
};

/// One resized axis: its sizes, the scale that maps coordinates, and (for
/// tf_crop_and_resize) its roi. Values are index (sizes) or f64.
struct ResizedAxis {
  int64_t axis;
  Value inSize, outSize;
  Value scale;
  std::optional<double> staticScale;
  Value roiStart, roiEnd;
  bool identity = false;
};
} // namespace

//===----------------------------------------------------------------------===//
// Scalar helpers (f64 coordinates, index positions)
//===----------------------------------------------------------------------===//

static Value f64Constant(OpBuilder &b, Location loc, double v) {
  return arith::ConstantOp::create(b, loc, b.getF64FloatAttr(v));
}

static Value indexToF64(OpBuilder &b, Location loc, Value index) {
  Value i64 = arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
  return arith::SIToFPOp::create(b, loc, b.getF64Type(), i64);
}

static Value f64ToIndex(OpBuilder &b, Location loc, Value v) {
  Value i64 = arith::FPToSIOp::create(b, loc, b.getI64Type(), v);
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
}

static Value clampIndex(OpBuilder &b, Location loc, Value i, Value size) {
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value last = arith::SubIOp::create(b, loc, size, arith::ConstantIndexOp::create(b, loc, 1));
  return arith::MaxSIOp::create(b, loc, arith::MinSIOp::create(b, loc, i, last), zero);
}

static Value toF64(OpBuilder &b, Location loc, Value scalar) {
  if (scalar.getType().isF64())
    return scalar;
  return arith::ExtFOp::create(b, loc, b.getF64Type(), scalar);
}

/// Element `k` of the 1-D float tensor `values` as f64 (a constant when the
/// tensor is).
static Value readF64Element(OpBuilder &b, Location loc, Value values, int64_t k) {
  if (auto constants = onnx::getConstantFloatValues(values))
    return f64Constant(b, loc, (*constants)[k]);
  Value position = arith::ConstantIndexOp::create(b, loc, k);
  Value element = tensor::ExtractOp::create(b, loc, values, ValueRange{position});
  return toF64(b, loc, element);
}

/// The source coordinate of output index `y` along `axis`, as ONNX's
/// reference computes it; `outside` is set for tf_crop_and_resize
/// positions that fall outside the input (they take extrapolation_value).
static Value sourceCoordinate(OpBuilder &b, Location loc, Transform transform,
                              const ResizedAxis &axis, Value y, Value *outside) {
  Value yf = indexToF64(b, loc, y);
  Value in = indexToF64(b, loc, axis.inSize);
  Value half = f64Constant(b, loc, 0.5), one = f64Constant(b, loc, 1.0);
  // The real-valued output width; its integer part is the output size.
  Value outWidth = arith::MulFOp::create(b, loc, axis.scale, in);
  Value widthIsOne = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, outWidth, one);
  auto halfPixel = [&] {
    Value shifted = arith::DivFOp::create(b, loc, arith::AddFOp::create(b, loc, yf, half),
                                          axis.scale);
    return arith::SubFOp::create(b, loc, shifted, half).getResult();
  };
  Value inLast = arith::SubFOp::create(b, loc, in, one);
  Value outLast = arith::SubFOp::create(b, loc, outWidth, one);
  switch (transform) {
  case Transform::HalfPixel:
    return halfPixel();
  case Transform::HalfPixelSymmetric: {
    Value outInt = indexToF64(b, loc, axis.outSize);
    Value adjustment = arith::DivFOp::create(b, loc, outInt, outWidth);
    Value center = arith::MulFOp::create(b, loc, in, half);
    Value offset = arith::MulFOp::create(b, loc, center,
                                         arith::SubFOp::create(b, loc, one, adjustment));
    return arith::AddFOp::create(b, loc, offset, halfPixel());
  }
  case Transform::PytorchHalfPixel:
    return arith::SelectOp::create(b, loc, widthIsOne, f64Constant(b, loc, -0.5), halfPixel());
  case Transform::AlignCorners: {
    Value stretched = arith::DivFOp::create(b, loc, arith::MulFOp::create(b, loc, yf, inLast),
                                            outLast);
    return arith::SelectOp::create(b, loc, widthIsOne, f64Constant(b, loc, 0.0), stretched);
  }
  case Transform::Asymmetric:
    return arith::DivFOp::create(b, loc, yf, axis.scale);
  case Transform::TfCropAndResize: {
    Value span = arith::MulFOp::create(
        b, loc, arith::SubFOp::create(b, loc, axis.roiEnd, axis.roiStart), inLast);
    Value centred = arith::MulFOp::create(b, loc, span, half);
    Value stretched = arith::DivFOp::create(b, loc, arith::MulFOp::create(b, loc, yf, span),
                                            outLast);
    Value x = arith::SelectOp::create(b, loc, widthIsOne, centred, stretched);
    x = arith::AddFOp::create(b, loc, x, arith::MulFOp::create(b, loc, axis.roiStart, inLast));
    Value before = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, x,
                                         f64Constant(b, loc, 0.0));
    Value after = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, x, inLast);
    *outside = arith::OrIOp::create(b, loc, before, after);
    return x;
  }
  }
  llvm_unreachable("unknown coordinate transformation");
}

/// The nearest input index to coordinate `x` by `rounding`, clamped.
static Value nearestIndex(OpBuilder &b, Location loc, NearestRounding rounding, Value x,
                          Value size) {
  Value half = f64Constant(b, loc, 0.5);
  Value rounded;
  switch (rounding) {
  case NearestRounding::RoundPreferFloor: // ties go down: ceil(x - 0.5)
    rounded = math::CeilOp::create(b, loc, arith::SubFOp::create(b, loc, x, half));
    break;
  case NearestRounding::RoundPreferCeil: // ties go up: floor(x + 0.5)
    rounded = math::FloorOp::create(b, loc, arith::AddFOp::create(b, loc, x, half));
    break;
  case NearestRounding::Floor:
    rounded = math::FloorOp::create(b, loc, x);
    break;
  case NearestRounding::Ceil:
    rounded = math::CeilOp::create(b, loc, x);
    break;
  }
  return clampIndex(b, loc, f64ToIndex(b, loc, rounded), size);
}

/// The interpolation kernel at distance `d` (in input elements, scaled for
/// antialias): the triangle for linear, Keys' cubic with coefficient A.
static Value kernelWeight(OpBuilder &b, Location loc, const ResizeOptions &options, Value d) {
  Value zero = f64Constant(b, loc, 0.0), one = f64Constant(b, loc, 1.0);
  Value x = math::AbsFOp::create(b, loc, d);
  if (options.mode == Interpolation::Linear)
    return arith::MaximumFOp::create(b, loc, arith::SubFOp::create(b, loc, one, x), zero);
  double a = options.cubicA;
  auto c = [&](double v) { return f64Constant(b, loc, v); };
  auto mul = [&](Value l, Value r) { return arith::MulFOp::create(b, loc, l, r).getResult(); };
  auto add = [&](Value l, Value r) { return arith::AddFOp::create(b, loc, l, r).getResult(); };
  Value x2 = mul(x, x), x3 = mul(x2, x);
  // |x| <= 1: (A + 2)|x|^3 - (A + 3)|x|^2 + 1
  Value near = add(add(mul(c(a + 2), x3), mul(c(-(a + 3)), x2)), one);
  // 1 < |x| < 2: A|x|^3 - 5A|x|^2 + 8A|x| - 4A
  Value far = add(add(add(mul(c(a), x3), mul(c(-5 * a), x2)), mul(c(8 * a), x)), c(-4 * a));
  Value isNear = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLE, x, one);
  Value isFar = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, x, c(2.0));
  return arith::SelectOp::create(b, loc, isNear, near,
                                 arith::SelectOp::create(b, loc, isFar, far, zero));
}

//===----------------------------------------------------------------------===//
// The two kernels
//===----------------------------------------------------------------------===//

/// Nearest: one generic over the result.
static Value buildNearest(OpBuilder &b, Location loc, Value input, RankedTensorType resultType,
                          ArrayRef<ResizedAxis> axes, const ResizeOptions &options) {
  int64_t rank = resultType.getRank();
  SmallVector<Value> dynamicSizes;
  for (int64_t i = 0; i < rank; ++i) {
    if (!resultType.isDynamicDim(i))
      continue;
    const ResizedAxis *resized =
        llvm::find_if(axes, [&](const ResizedAxis &a) { return a.axis == i; });
    dynamicSizes.push_back(resized != axes.end() ? resized->outSize
                                                 : getDimValue(b, loc, input, i));
  }
  Type element = resultType.getElementType();
  Value empty = tensor::EmptyOp::create(b, loc, resultType.getShape(), element, dynamicSizes);
  MLIRContext *ctx = b.getContext();
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{}, ValueRange{empty},
             {AffineMap::getMultiDimIdentityMap(rank, ctx)},
             SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
             [&](OpBuilder &nb, Location l, ValueRange) {
               SmallVector<Value> position;
               for (int64_t i = 0; i < rank; ++i)
                 position.push_back(linalg::IndexOp::create(nb, l, i));
               Value outside;
               for (const ResizedAxis &axis : axes) {
                 Value axisOutside;
                 Value x = sourceCoordinate(nb, l, options.transform, axis, position[axis.axis],
                                            &axisOutside);
                 position[axis.axis] = nearestIndex(nb, l, options.rounding, x, axis.inSize);
                 if (axisOutside)
                   outside = outside ? arith::OrIOp::create(nb, l, outside, axisOutside).getResult()
                                     : axisOutside;
               }
               Value value = tensor::ExtractOp::create(nb, l, input, position);
               if (outside)
                 value = arith::SelectOp::create(
                     nb, l, outside,
                     convertScalar(nb, l, f64Constant(nb, l, options.extrapolation), element),
                     value);
               linalg::YieldOp::create(nb, l, value);
             })
      .getResult(0);
}

/// Linear or cubic along one axis: a generic over `input` with that axis
/// resized, each element the weighted sum of its taps, converted to
/// `element`. The taps around coordinate x are the `n` input positions
/// x0 + 1 - n/2 + t (t in [0, n)), x0 = ceil(x) - 1, so that an integer x
/// weighs its left neighbour, as the reference's neighbour search does.
static Value buildInterpolatedAxis(OpBuilder &b, Location loc, Value input,
                                   const ResizedAxis &axis, std::optional<int64_t> staticOut,
                                   Type element, const ResizeOptions &options) {
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t rank = inputType.getRank();
  SmallVector<int64_t> shape(inputType.getShape());
  shape[axis.axis] = staticOut ? *staticOut : ShapedType::kDynamic;
  auto resultType = RankedTensorType::get(shape, element);
  SmallVector<Value> dynamicSizes;
  for (int64_t i = 0; i < rank; ++i)
    if (resultType.isDynamicDim(i))
      dynamicSizes.push_back(i == axis.axis ? axis.outSize : getDimValue(b, loc, input, i));
  Value empty = tensor::EmptyOp::create(b, loc, shape, element, dynamicSizes);

  double support = options.mode == Interpolation::Linear ? 1.0 : 2.0;
  // Antialias widens the kernel by 1 / scale when downsampling.
  bool widened = options.antialias;
  std::optional<int64_t> staticTaps;
  if (!widened)
    staticTaps = static_cast<int64_t>(2 * support);
  else if (axis.staticScale)
    staticTaps = static_cast<int64_t>(-2 * std::floor(-support / std::min(*axis.staticScale, 1.0)));
  Type acc = element.isF64() ? b.getF64Type() : b.getF32Type();

  MLIRContext *ctx = b.getContext();
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{}, ValueRange{empty},
             {AffineMap::getMultiDimIdentityMap(rank, ctx)},
             SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
             [&](OpBuilder &nb, Location l, ValueRange) {
               SmallVector<Value> position;
               for (int64_t i = 0; i < rank; ++i)
                 position.push_back(linalg::IndexOp::create(nb, l, i));
               Value outside;
               Value x = sourceCoordinate(nb, l, options.transform, axis, position[axis.axis],
                                          &outside);
               Value one = f64Constant(nb, l, 1.0), zero = f64Constant(nb, l, 0.0);
               Value x0 = arith::SubFOp::create(nb, l, math::CeilOp::create(nb, l, x), one);
               Value ratio = arith::SubFOp::create(nb, l, x, x0);
               Value kernelScale =
                   widened ? arith::MinimumFOp::create(nb, l, axis.scale, one).getResult() : one;
               Value taps;
               if (staticTaps) {
                 taps = arith::ConstantIndexOp::create(nb, l, *staticTaps);
               } else {
                 // n = 2 * ceil(support / scale)
                 Value reach = math::CeilOp::create(
                     nb, l, arith::DivFOp::create(nb, l, f64Constant(nb, l, support), kernelScale));
                 taps = f64ToIndex(nb, l, arith::AddFOp::create(nb, l, reach, reach));
               }
               Value halfTaps = arith::DivSIOp::create(nb, l, taps,
                                                       arith::ConstantIndexOp::create(nb, l, 2));
               Value firstOffset = arith::SubIOp::create(
                   nb, l, arith::ConstantIndexOp::create(nb, l, 1), halfTaps);
               Value firstTap = arith::AddIOp::create(nb, l, f64ToIndex(nb, l, x0), firstOffset);
               Value firstDistance =
                   arith::SubFOp::create(nb, l, indexToF64(nb, l, firstOffset), ratio);

               // One tap t: its weight and weighted value, added to the sums.
               auto addTap = [&](OpBuilder &tb, Location tl, Value t, Value sum, Value weights) {
                 Value tf = indexToF64(tb, tl, t);
                 Value distance = arith::MulFOp::create(
                     tb, tl, arith::AddFOp::create(tb, tl, firstDistance, tf), kernelScale);
                 Value weight = kernelWeight(tb, tl, options, distance);
                 Value index = arith::AddIOp::create(tb, tl, firstTap, t);
                 if (options.excludeOutside) {
                   Value low = arith::CmpIOp::create(tb, tl, arith::CmpIPredicate::slt, index,
                                                     arith::ConstantIndexOp::create(tb, tl, 0));
                   Value high = arith::CmpIOp::create(tb, tl, arith::CmpIPredicate::sge, index,
                                                      axis.inSize);
                   weight = arith::SelectOp::create(
                       tb, tl, arith::OrIOp::create(tb, tl, low, high), zero, weight);
                 }
                 SmallVector<Value> source(position);
                 source[axis.axis] = clampIndex(tb, tl, index, axis.inSize);
                 Value value = tensor::ExtractOp::create(tb, tl, input, source);
                 value = convertScalar(tb, tl, value, acc);
                 Value w = convertScalar(tb, tl, weight, acc);
                 sum = arith::AddFOp::create(tb, tl, sum,
                                             arith::MulFOp::create(tb, tl, value, w));
                 weights = arith::AddFOp::create(tb, tl, weights, weight);
                 return std::make_pair(sum, weights);
               };
               Value sum = convertScalar(nb, l, zero, acc), weights = zero;
               if (staticTaps) {
                 for (int64_t t = 0; t < *staticTaps; ++t)
                   std::tie(sum, weights) =
                       addTap(nb, l, arith::ConstantIndexOp::create(nb, l, t), sum, weights);
               } else {
                 auto loop = scf::ForOp::create(
                     nb, l, arith::ConstantIndexOp::create(nb, l, 0), taps,
                     arith::ConstantIndexOp::create(nb, l, 1), ValueRange{sum, weights},
                     [&](OpBuilder &lb, Location ll, Value t, ValueRange carried) {
                       auto [s, w] = addTap(lb, ll, t, carried[0], carried[1]);
                       scf::YieldOp::create(lb, ll, ValueRange{s, w});
                     });
                 sum = loop.getResult(0);
                 weights = loop.getResult(1);
               }
               // The kernel sums to 1 over its taps except where antialias
               // or exclude_outside reshape it: normalise then.
               if (widened || options.excludeOutside) {
                 Value isZero =
                     arith::CmpFOp::create(nb, l, arith::CmpFPredicate::OEQ, weights, zero);
                 Value divisor = arith::SelectOp::create(nb, l, isZero, one, weights);
                 sum = arith::DivFOp::create(nb, l, sum, convertScalar(nb, l, divisor, acc));
               }
               if (outside)
                 sum = arith::SelectOp::create(
                     nb, l, outside, convertScalar(nb, l, f64Constant(nb, l, options.extrapolation), acc),
                     sum);
               linalg::YieldOp::create(nb, l, convertScalar(nb, l, sum, element));
             })
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// The pattern
//===----------------------------------------------------------------------===//

static FailureOr<ResizeOptions> parseOptions(Operation *op, std::string &why) {
  ResizeOptions options;
  std::string mode = onnx::getStringAttr(op, "mode", "nearest");
  if (mode == "nearest")
    options.mode = Interpolation::Nearest;
  else if (mode == "linear" || mode == "bilinear" || mode == "trilinear")
    options.mode = Interpolation::Linear;
  else if (mode == "cubic" || mode == "bicubic")
    options.mode = Interpolation::Cubic;
  else
    return why = "mode '" + mode + "' is not supported", failure();
  std::string transform =
      onnx::getStringAttr(op, "coordinate_transformation_mode", "half_pixel");
  static const std::pair<const char *, Transform> transforms[] = {
      {"half_pixel", Transform::HalfPixel},
      {"half_pixel_symmetric", Transform::HalfPixelSymmetric},
      {"pytorch_half_pixel", Transform::PytorchHalfPixel},
      {"align_corners", Transform::AlignCorners},
      {"asymmetric", Transform::Asymmetric},
      {"tf_crop_and_resize", Transform::TfCropAndResize}};
  auto found = llvm::find_if(transforms, [&](auto &p) { return transform == p.first; });
  if (found == std::end(transforms))
    return why = "coordinate_transformation_mode '" + transform + "' is not supported",
           failure();
  options.transform = found->second;
  std::string rounding = onnx::getStringAttr(op, "nearest_mode", "round_prefer_floor");
  if (rounding == "round_prefer_floor")
    options.rounding = NearestRounding::RoundPreferFloor;
  else if (rounding == "round_prefer_ceil")
    options.rounding = NearestRounding::RoundPreferCeil;
  else if (rounding == "floor")
    options.rounding = NearestRounding::Floor;
  else if (rounding == "ceil")
    options.rounding = NearestRounding::Ceil;
  else
    return why = "nearest_mode '" + rounding + "' is not supported", failure();
  options.cubicA = onnx::getFloatAttr(op, "cubic_coeff_a", -0.75);
  options.excludeOutside = onnx::getIntAttr(op, "exclude_outside", 0) != 0;
  options.antialias = onnx::getIntAttr(op, "antialias", 0) != 0;
  options.extrapolation = onnx::getFloatAttr(op, "extrapolation_value", 0.0);
  if (options.antialias && options.mode == Interpolation::Nearest)
    return why = "antialias applies to linear and cubic modes only", failure();
  return options;
}

/// An optional input that is absent or an empty tensor (Resize-11 passes
/// an empty scales tensor when it gives sizes).
static bool isAbsent(Value v) {
  if (onnx::isNoValue(v))
    return true;
  auto type = dyn_cast<RankedTensorType>(v.getType());
  return type && type.hasStaticShape() && type.getNumElements() == 0;
}

namespace {
/// Resize, every form (see the file comment).
struct ResizeLowering : OpRewritePattern<onnx::ResizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ResizeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() != resultType.getRank())
      return rewriter.notifyMatchFailure(op, "needs ranked input and result of equal rank");
    std::string why;
    FailureOr<ResizeOptions> options = parseOptions(op, why);
    if (failed(options))
      return rewriter.notifyMatchFailure(op, why);
    Type element = inputType.getElementType();
    if (options->mode == Interpolation::Nearest ? !isNumericOrBoolElement(element)
                                                : !isa<FloatType>(element))
      return rewriter.notifyMatchFailure(
          op, "needs a float element type (nearest: numeric or bool)");
    int64_t rank = inputType.getRank();

    SmallVector<int64_t> axes;
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
    if (onnx::hasAttr(op, "axes")) {
      axes.clear();
      for (int64_t axis : onnx::getIntsAttr(op, "axes")) {
        int64_t a = onnx::normalizeAxis(axis, rank);
        if (a < 0 || a >= rank || llvm::is_contained(axes, a))
          return rewriter.notifyMatchFailure(op, "axes out of range or repeated");
        axes.push_back(a);
      }
    }
    int64_t n = axes.size();
    Value roi = op->getOperand(1), scales = op->getOperand(2), sizes = op->getOperand(3);
    bool bySizes = !isAbsent(sizes);
    if (!bySizes && isAbsent(scales))
      return rewriter.notifyMatchFailure(op, "needs scales or sizes");
    Value given = bySizes ? sizes : scales;
    auto givenType = dyn_cast<RankedTensorType>(given.getType());
    if (!givenType || givenType.getRank() != 1 ||
        (!givenType.isDynamicDim(0) && givenType.getDimSize(0) != n))
      return rewriter.notifyMatchFailure(op, "scales or sizes must have one entry per axis");
    bool cropping = options->transform == Transform::TfCropAndResize;
    if (cropping) {
      auto roiType = dyn_cast<RankedTensorType>(roi.getType());
      if (isAbsent(roi) || !roiType || roiType.getRank() != 1 ||
          (!roiType.isDynamicDim(0) && roiType.getDimSize(0) != 2 * n))
        return rewriter.notifyMatchFailure(
            op, "tf_crop_and_resize needs a roi of 2 entries per axis");
    }

    std::string policy = onnx::getStringAttr(op, "keep_aspect_ratio_policy", "stretch");
    if (policy != "stretch" && policy != "not_larger" && policy != "not_smaller")
      return rewriter.notifyMatchFailure(
          op, "keep_aspect_ratio_policy '" + policy + "' is not supported");

    // No failure past this point: the IR below is built for good.
    // Per resized axis: the output size and the scale that maps coordinates.
    SmallVector<ResizedAxis> plan;
    SmallVector<Value> outSizes;
    SmallVector<double> staticRatios;
    if (bySizes)
      outSizes = readIndexElements(rewriter, loc, sizes, n);
    auto sizeConstants = bySizes ? getShapeOperandConstants(sizes) : std::nullopt;
    for (auto [k, a] : llvm::enumerate(axes)) {
      ResizedAxis axis;
      axis.axis = a;
      axis.inSize = getDimValue(rewriter, loc, input, a);
      if (bySizes) {
        axis.outSize = outSizes[k];
        axis.scale = arith::DivFOp::create(rewriter, loc, indexToF64(rewriter, loc, outSizes[k]),
                                           indexToF64(rewriter, loc, axis.inSize));
        if (sizeConstants && static_cast<int64_t>(sizeConstants->size()) == n &&
            (*sizeConstants)[k] && !inputType.isDynamicDim(a))
          axis.staticScale = static_cast<double>(*(*sizeConstants)[k]) / inputType.getDimSize(a);
      } else {
        axis.scale = readF64Element(rewriter, loc, scales, k);
        if (auto c = axis.scale.getDefiningOp<arith::ConstantOp>())
          axis.staticScale = cast<FloatAttr>(c.getValue()).getValueAsDouble();
        // floor(scale * in)
        axis.outSize = f64ToIndex(
            rewriter, loc,
            math::FloorOp::create(rewriter, loc,
                                  arith::MulFOp::create(rewriter, loc, axis.scale,
                                                        indexToF64(rewriter, loc, axis.inSize))));
      }
      if (cropping) {
        axis.roiStart = readF64Element(rewriter, loc, roi, k);
        axis.roiEnd = readF64Element(rewriter, loc, roi, k + n);
      }
      plan.push_back(axis);
    }
    if (bySizes && policy != "stretch") {
      // One scale for every axis (the smallest or largest); sizes round
      // half up from it.
      Value scale = plan.front().scale;
      std::optional<double> staticScale = plan.front().staticScale;
      for (const ResizedAxis &axis : llvm::drop_begin(plan)) {
        scale = policy == "not_larger"
                    ? arith::MinimumFOp::create(rewriter, loc, scale, axis.scale).getResult()
                    : arith::MaximumFOp::create(rewriter, loc, scale, axis.scale).getResult();
        if (staticScale && axis.staticScale)
          staticScale = policy == "not_larger" ? std::min(*staticScale, *axis.staticScale)
                                               : std::max(*staticScale, *axis.staticScale);
        else
          staticScale.reset();
      }
      for (ResizedAxis &axis : plan) {
        axis.scale = scale;
        axis.staticScale = staticScale;
        Value scaled = arith::MulFOp::create(rewriter, loc, scale,
                                             indexToF64(rewriter, loc, axis.inSize));
        axis.outSize = f64ToIndex(
            rewriter, loc,
            math::FloorOp::create(
                rewriter, loc,
                arith::AddFOp::create(rewriter, loc, scaled, f64Constant(rewriter, loc, 0.5))));
      }
    }
    // The result type's static dims win (shape inference computed them
    // from the same rule); an axis that provably keeps its size and
    // coordinates is not resampled.
    for (ResizedAxis &axis : plan) {
      if (!resultType.isDynamicDim(axis.axis))
        axis.outSize = arith::ConstantIndexOp::create(rewriter, loc,
                                                      resultType.getDimSize(axis.axis));
      axis.identity = !cropping && axis.staticScale && *axis.staticScale == 1.0 &&
                      !inputType.isDynamicDim(axis.axis) &&
                      resultType.getDimSize(axis.axis) == inputType.getDimSize(axis.axis);
    }
    // Sizes computed at run time (from a sizes input, a computed shape or
    // scales) are checked like any size taken from data: a negative or
    // overflowing one is reported, and the result is then empty.
    {
      SmallVector<ResizedAxis *> runTime;
      SmallVector<Value> sizes64;
      for (ResizedAxis &axis : plan)
        if (resultType.isDynamicDim(axis.axis)) {
          runTime.push_back(&axis);
          sizes64.push_back(
              arith::IndexCastOp::create(rewriter, loc, rewriter.getI64Type(), axis.outSize));
        }
      int64_t staticCount = 1;
      for (int64_t dim : resultType.getShape())
        if (!ShapedType::isDynamic(dim))
          staticCount *= std::max<int64_t>(dim, 1);
      SmallVector<Value> checked =
          checkRunTimeSizes(rewriter, loc, op, "output size", sizes64, staticCount);
      for (auto [axis, size] : llvm::zip(runTime, checked))
        axis->outSize = size;
    }
    llvm::erase_if(plan, [](const ResizedAxis &axis) { return axis.identity; });

    Value result;
    if (options->mode == Interpolation::Nearest) {
      result = buildNearest(rewriter, loc, input, resultType, plan, *options);
    } else {
      Type acc = element.isF64() ? rewriter.getF64Type() : rewriter.getF32Type();
      result = input;
      for (auto [i, axis] : llvm::enumerate(plan)) {
        bool last = i + 1 == plan.size();
        std::optional<int64_t> staticOut;
        if (!resultType.isDynamicDim(axis.axis))
          staticOut = resultType.getDimSize(axis.axis);
        result = buildInterpolatedAxis(rewriter, loc, result, axis, staticOut,
                                       last ? element : acc, *options);
      }
    }
    // Static result dims were used where the result type has them.
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

void populateResizePatterns(RewritePatternSet &patterns) {
  patterns.add<ResizeLowering>(patterns.getContext());
}

} // namespace onnxc
