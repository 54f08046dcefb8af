//===- Quantize.cpp - QuantizeLinear, DequantizeLinear -> linalg ----------===//
//
// Linear (de)quantization to and from 8- and 16-bit integers (and from
// int32), as elementwise linalg.generics that read the scale and zero point
// per tensor (one element), per axis (a 1-D tensor along `axis`) or per block
// (the input's rank, `block_size` elements of the input per element along
// `axis`). QuantizeLinear computes x / y_scale in the scale's type (or
// `precision`'s), rounds half to even, adds the zero point and saturates;
// DequantizeLinear computes (x - x_zero_point) in i32 and multiplies by the
// scale in the output type. Float8 and 4-bit types are not supported (the
// importer rejects them before). DynamicQuantizeLinear has no direct
// pattern: its ONNX function definition (ReduceMin/Max, Div, Round, Clip,
// QuantizeLinear) is what ONNX Runtime computes too.
//
//===----------------------------------------------------------------------===//

#include "lowering/onnx-to-linalg/Quantize.h"
#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;

namespace onnxc {

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

bool isQuantizedIntElement(Type type) {
  auto integer = dyn_cast<IntegerType>(type);
  return integer && (integer.getWidth() == 8 || integer.getWidth() == 16);
}

bool isSingleElement(Value value) {
  if (onnx::isNoValue(value))
    return true;
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getNumElements() == 1;
}

AffineMap getSingleElementMap(Value value, unsigned numDims) {
  MLIRContext *ctx = value.getContext();
  int64_t rank = cast<RankedTensorType>(value.getType()).getRank();
  return AffineMap::get(numDims, 0,
                        SmallVector<AffineExpr>(rank, getAffineConstantExpr(0, ctx)), ctx);
}

Value createQuantizedScalar(OpBuilder &b, Location loc, Value value, Value zeroPoint,
                            Type target) {
  Type f32 = b.getF32Type();
  Value v = math::RoundEvenOp::create(b, loc, convertScalar(b, loc, value, f32));
  if (zeroPoint)
    v = arith::AddFOp::create(b, loc, v, convertScalar(b, loc, zeroPoint, f32));
  unsigned width = target.getIntOrFloatBitWidth();
  bool isUnsigned = target.isUnsignedInteger();
  double low = isUnsigned ? 0.0 : -std::ldexp(1.0, width - 1);
  double high = isUnsigned ? std::ldexp(1.0, width) - 1 : std::ldexp(1.0, width - 1) - 1;
  // maxnumf returns the number when one operand is NaN.
  v = arith::MaxNumFOp::create(b, loc, v, createFloatConstant(b, loc, f32, low));
  v = arith::MinNumFOp::create(b, loc, v, createFloatConstant(b, loc, f32, high));
  return convertScalar(b, loc, v, target);
}

Value createRequantizedScalar(OpBuilder &b, Location loc, Value acc, Value scaleA,
                              Value scaleB, Value scaleY, Value zeroPoint, Type target) {
  Type f32 = b.getF32Type();
  Value multiplier = arith::MulFOp::create(b, loc, convertScalar(b, loc, scaleA, f32),
                                           convertScalar(b, loc, scaleB, f32));
  multiplier = arith::DivFOp::create(b, loc, multiplier, convertScalar(b, loc, scaleY, f32));
  Value v = arith::MulFOp::create(b, loc, convertScalar(b, loc, acc, f32), multiplier);
  return createQuantizedScalar(b, loc, v, zeroPoint, target);
}

/// The map that reads a scale or zero point `param` of a (de)quantization of
/// `input` (rank r) from the input's iteration space: one element; a 1-D
/// tensor along `axis`; or blocks of `blockSize` along `axis` (rank r).
/// Failure (with the reason) when the shapes do not fit: the sizes it reads
/// along must be static so that no index runs past `param`.
static FailureOr<AffineMap> getParameterMap(PatternRewriter &rewriter, Operation *op,
                                            Value input, Value param) {
  auto inputType = cast<RankedTensorType>(input.getType());
  auto paramType = cast<RankedTensorType>(param.getType());
  unsigned rank = inputType.getRank();
  if (isSingleElement(param))
    return getSingleElementMap(param, rank);
  int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 1), rank);
  if (axis < 0 || axis >= static_cast<int64_t>(rank)) {
    (void)rewriter.notifyMatchFailure(op, "axis is out of range");
    return failure();
  }
  MLIRContext *ctx = rewriter.getContext();
  int64_t blockSize = onnx::getIntAttr(op, "block_size", 0);
  int64_t axisSize = inputType.getDimSize(axis);
  if (blockSize <= 0) {
    if (paramType.getRank() != 1 || paramType.isDynamicDim(0) ||
        paramType.getDimSize(0) != axisSize) {
      (void)rewriter.notifyMatchFailure(
          op, "a per-axis scale must be 1-D with the input's static size along axis");
      return failure();
    }
    return AffineMap::get(rank, 0, {getAffineDimExpr(axis, ctx)}, ctx);
  }
  if (paramType.getRank() != rank || ShapedType::isDynamic(axisSize) ||
      paramType.isDynamicDim(axis) ||
      paramType.getDimSize(axis) != llvm::divideCeil(axisSize, blockSize)) {
    (void)rewriter.notifyMatchFailure(
        op, "a blocked scale must have the input's rank and ceil(size / block_size) "
            "elements along axis, with static sizes");
    return failure();
  }
  SmallVector<AffineExpr> exprs;
  for (unsigned i = 0; i < rank; ++i) {
    if (static_cast<int64_t>(i) == axis) {
      exprs.push_back(getAffineDimExpr(i, ctx).floorDiv(blockSize));
      continue;
    }
    if (paramType.isDynamicDim(i) || paramType.getDimSize(i) != inputType.getDimSize(i)) {
      (void)rewriter.notifyMatchFailure(
          op, "a blocked scale must have the input's static sizes outside axis");
      return failure();
    }
    exprs.push_back(getAffineDimExpr(i, ctx));
  }
  return AffineMap::get(rank, 0, exprs, ctx);
}

/// The identity dim sources of `input` for a result of its shape.
static SmallVector<std::pair<Value, int64_t>> getSameShapeSources(Value input) {
  SmallVector<std::pair<Value, int64_t>> sources;
  for (int64_t i = 0, e = cast<RankedTensorType>(input.getType()).getRank(); i < e; ++i)
    sources.push_back({input, i});
  return sources;
}

/// The operands of a (de)quantizing generic and their maps: x (identity),
/// its scale and, when given, its zero point (each one element, per axis or
/// blocked, getParameterMap).
struct ParameterReads {
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  bool hasZeroPoint;
};

static FailureOr<ParameterReads> readParameters(PatternRewriter &rewriter, Operation *op,
                                                Value x, Value scale, Value zeroPoint) {
  auto xType = cast<RankedTensorType>(x.getType());
  ParameterReads reads{{x, scale},
                       {AffineMap::getMultiDimIdentityMap(xType.getRank(), op->getContext())},
                       !onnx::isNoValue(zeroPoint)};
  FailureOr<AffineMap> scaleMap = getParameterMap(rewriter, op, x, scale);
  if (failed(scaleMap))
    return failure();
  reads.maps.push_back(*scaleMap);
  if (reads.hasZeroPoint) {
    FailureOr<AffineMap> zeroPointMap = getParameterMap(rewriter, op, x, zeroPoint);
    if (failed(zeroPointMap))
      return failure();
    reads.inputs.push_back(zeroPoint);
    reads.maps.push_back(*zeroPointMap);
  }
  return reads;
}

namespace {
//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

/// QuantizeLinear -> saturate(round_half_even(x / y_scale) + y_zero_point).
struct QuantizeLinearLowering : OpRewritePattern<onnx::QuantizeLinearOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::QuantizeLinearOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op->getOperand(0), scale = op->getOperand(1), zeroPoint = op->getOperand(2);
    RankedTensorType resultType = getRankedResultType(op);
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
    if (!resultType || !xType || !scaleType ||
        (!onnx::isNoValue(zeroPoint) && !isa<RankedTensorType>(zeroPoint.getType())))
      return rewriter.notifyMatchFailure(op, "needs ranked tensors");
    Type target = resultType.getElementType();
    if (!isQuantizedIntElement(target))
      return rewriter.notifyMatchFailure(op, "only 8- and 16-bit integer outputs");
    Type xElement = xType.getElementType();
    if (!isFloatElement(xElement) && !xElement.isSignlessInteger(32))
      return rewriter.notifyMatchFailure(op, "x must be float or int32");
    // The division runs in `precision`'s type when given, else the scale's.
    Type compute = scaleType.getElementType();
    if (int64_t precision = onnx::getIntAttr(op, "precision", 0))
      compute = onnx::getElementType(op->getContext(), precision);
    if (!compute || !isFloatElement(compute) || !isFloatElement(scaleType.getElementType()))
      return rewriter.notifyMatchFailure(op, "the scale and precision must be float");

    FailureOr<ParameterReads> reads = readParameters(rewriter, op, x, scale, zeroPoint);
    if (failed(reads))
      return failure();
    bool hasZeroPoint = reads->hasZeroPoint;
    Value result = buildMappedGeneric(
        rewriter, op.getLoc(), resultType, reads->inputs, reads->maps, getSameShapeSources(x),
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value quotient = arith::DivFOp::create(b, loc, convertScalar(b, loc, args[0], compute),
                                                 convertScalar(b, loc, args[1], compute));
          return createQuantizedScalar(b, loc, quotient, hasZeroPoint ? args[2] : Value(),
                                       target);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// DequantizeLinear -> (x - x_zero_point) * x_scale, the difference in i32
/// and the product in the output type.
struct DequantizeLinearLowering : OpRewritePattern<onnx::DequantizeLinearOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::DequantizeLinearOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op->getOperand(0), scale = op->getOperand(1), zeroPoint = op->getOperand(2);
    RankedTensorType resultType = getRankedResultType(op);
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
    if (!resultType || !xType || !scaleType ||
        (!onnx::isNoValue(zeroPoint) && !isa<RankedTensorType>(zeroPoint.getType())))
      return rewriter.notifyMatchFailure(op, "needs ranked tensors");
    Type xElement = xType.getElementType();
    if (!isQuantizedIntElement(xElement) && !xElement.isSignlessInteger(32))
      return rewriter.notifyMatchFailure(op, "only 8-, 16- and 32-bit integer inputs");
    Type target = resultType.getElementType();
    if (!isFloatElement(target) || !isFloatElement(scaleType.getElementType()))
      return rewriter.notifyMatchFailure(op, "the scale and output must be float");

    FailureOr<ParameterReads> reads = readParameters(rewriter, op, x, scale, zeroPoint);
    if (failed(reads))
      return failure();
    bool hasZeroPoint = reads->hasZeroPoint;
    Value result = buildMappedGeneric(
        rewriter, op.getLoc(), resultType, reads->inputs, reads->maps, getSameShapeSources(x),
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          Type i32 = b.getI32Type();
          Value difference = convertScalar(b, loc, args[0], i32);
          if (hasZeroPoint)
            difference = arith::SubIOp::create(b, loc, difference,
                                               convertScalar(b, loc, args[2], i32));
          return arith::MulFOp::create(b, loc, convertScalar(b, loc, difference, target),
                                       convertScalar(b, loc, args[1], target));
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateQuantizePatterns(RewritePatternSet &patterns) {
  patterns.add<QuantizeLinearLowering, DequantizeLinearLowering>(patterns.getContext());
}

} // namespace onnxc
