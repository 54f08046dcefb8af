//===- Elementwise.cpp - elementwise onnx ops -> linalg.generic -----------===//
//
// Unary activations, broadcasting binary arithmetic, Clip, Pow, Gelu and
// Cast. Each becomes one linalg.generic whose body is the scalar
// computation; elementwise fusion later merges chains of them. Constant
// scalar operands (Clip bounds, Pow exponents) are folded into the body.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;

namespace onnxc {

static bool isFloat(Type type) { return isa<FloatType>(type); }
static bool isSignlessInt(Type type) {
  return type.isSignlessInteger() && !type.isInteger(1);
}
static bool isFloatOrSignlessInt(Type type) {
  return isFloat(type) || isSignlessInt(type);
}
static bool isAnyType(Type) { return true; }

static Value floatConstant(OpBuilder &b, Location loc, Type type, double value) {
  return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
}

//===----------------------------------------------------------------------===//
// Scalar bodies
//===----------------------------------------------------------------------===//

/// Relu: max(x, 0).
static Value buildRelu(OpBuilder &b, Location loc, Operation *, Type type,
                       ValueRange args) {
  return arith::MaximumFOp::create(b, loc, args[0], floatConstant(b, loc, type, 0));
}

/// LeakyRelu: x >= 0 ? x : alpha * x.
static Value buildLeakyRelu(OpBuilder &b, Location loc, Operation *op, Type type,
                            ValueRange args) {
  Value alpha = floatConstant(b, loc, type, onnx::getFloatAttr(op, "alpha", 0.01));
  Value zero = floatConstant(b, loc, type, 0);
  Value isPositive =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, args[0], zero);
  Value scaled = arith::MulFOp::create(b, loc, alpha, args[0]);
  return arith::SelectOp::create(b, loc, isPositive, args[0], scaled);
}

/// Sigmoid: 1 / (1 + exp(-x)).
static Value buildSigmoid(OpBuilder &b, Location loc, Operation *, Type type,
                          ValueRange args) {
  Value one = floatConstant(b, loc, type, 1);
  Value negated = arith::NegFOp::create(b, loc, args[0]);
  Value exp = math::ExpOp::create(b, loc, negated);
  return arith::DivFOp::create(b, loc, one, arith::AddFOp::create(b, loc, one, exp));
}

template <typename FloatOp>
static Value buildFloatUnary(OpBuilder &b, Location loc, Operation *, Type type,
                             ValueRange args) {
  return FloatOp::create(b, loc, args[0]);
}

template <typename FloatOp, typename IntOp>
static Value buildBinary(OpBuilder &b, Location loc, Operation *, Type type,
                         ValueRange args) {
  if (isFloat(type))
    return FloatOp::create(b, loc, args[0], args[1]);
  return IntOp::create(b, loc, args[0], args[1]);
}

/// Elu: x >= 0 ? x : alpha * (exp(x) - 1); Selu scales both sides by gamma.
static Value buildElu(OpBuilder &b, Location loc, Operation *op, Type type,
                      ValueRange args) {
  bool selu = op->getName().stripDialect() == "Selu";
  Value alpha = floatConstant(
      b, loc, type, onnx::getFloatAttr(op, "alpha", selu ? 1.67326319217681884765625 : 1.0));
  Value zero = floatConstant(b, loc, type, 0);
  Value one = floatConstant(b, loc, type, 1);
  Value negative = arith::MulFOp::create(
      b, loc, alpha,
      arith::SubFOp::create(b, loc, math::ExpOp::create(b, loc, args[0]), one));
  Value isPositive =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, args[0], zero);
  Value v = arith::SelectOp::create(b, loc, isPositive, args[0], negative);
  if (!selu)
    return v;
  Value gamma = floatConstant(b, loc, type,
                              onnx::getFloatAttr(op, "gamma", 1.05070102214813232421875));
  return arith::MulFOp::create(b, loc, gamma, v);
}

/// PRelu: x < 0 ? slope * x : x, the slope broadcast.
static Value buildPRelu(OpBuilder &b, Location loc, Operation *, Type type,
                        ValueRange args) {
  Value zero = floatConstant(b, loc, type, 0);
  Value isNegative =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OLT, args[0], zero);
  Value scaled = arith::MulFOp::create(b, loc, args[1], args[0]);
  return arith::SelectOp::create(b, loc, isNegative, scaled, args[0]);
}

/// Softplus: log(exp(x) + 1).
static Value buildSoftplus(OpBuilder &b, Location loc, Operation *, Type type,
                           ValueRange args) {
  Value exp = math::ExpOp::create(b, loc, args[0]);
  return math::LogOp::create(
      b, loc, arith::AddFOp::create(b, loc, exp, floatConstant(b, loc, type, 1)));
}

/// Reciprocal: 1 / x.
static Value buildReciprocal(OpBuilder &b, Location loc, Operation *, Type type,
                             ValueRange args) {
  return arith::DivFOp::create(b, loc, floatConstant(b, loc, type, 1), args[0]);
}

/// Variadic Max, Min, Sum, Mean: a left fold over the broadcast operands
/// (Mean divides the sum by their count).
template <typename FloatOp, typename IntOp, bool IsMean = false>
static Value buildVariadic(OpBuilder &b, Location loc, Operation *, Type type,
                           ValueRange args) {
  Value v = args[0];
  for (Value next : args.drop_front())
    v = isFloat(type) ? FloatOp::create(b, loc, v, next).getResult()
                      : IntOp::create(b, loc, v, next).getResult();
  if (IsMean)
    v = arith::DivFOp::create(b, loc, v,
                              floatConstant(b, loc, type, static_cast<double>(args.size())));
  return v;
}

/// Identity: the input itself (a copy; canonicalisation usually folds it).
static Value buildIdentity(OpBuilder &, Location, Operation *, Type,
                           ValueRange args) {
  return args[0];
}

/// Gelu: 0.5 * x * (1 + erf(x / sqrt(2))), or with approximate = "tanh"
/// 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3))).
static Value buildGelu(OpBuilder &b, Location loc, Operation *op, Type type,
                       ValueRange args) {
  Value x = args[0];
  Value half = floatConstant(b, loc, type, 0.5);
  Value one = floatConstant(b, loc, type, 1);
  Value inner;
  if (onnx::getStringAttr(op, "approximate", "none") == "tanh") {
    Value cube = arith::MulFOp::create(b, loc, arith::MulFOp::create(b, loc, x, x), x);
    Value poly = arith::AddFOp::create(
        b, loc, x,
        arith::MulFOp::create(b, loc, floatConstant(b, loc, type, 0.044715), cube));
    Value scaled = arith::MulFOp::create(
        b, loc, floatConstant(b, loc, type, std::sqrt(2.0 / M_PI)), poly);
    inner = math::TanhOp::create(b, loc, scaled);
  } else {
    Value scaled =
        arith::MulFOp::create(b, loc, x, floatConstant(b, loc, type, M_SQRT1_2));
    inner = math::ErfOp::create(b, loc, scaled);
  }
  Value halfX = arith::MulFOp::create(b, loc, half, x);
  return arith::MulFOp::create(b, loc, halfX, arith::AddFOp::create(b, loc, one, inner));
}

/// Comparisons against zero decide conversions to bool.
static Value isNonZero(OpBuilder &b, Location loc, Value v) {
  Type type = v.getType();
  if (isa<FloatType>(type))
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, v,
                                 floatConstant(b, loc, type, 0));
  Value zero = arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, 0));
  return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, v, zero);
}

/// Converts scalar `v` to `target` between float, signless int and bool
/// (i1) types: float -> int truncates toward zero, anything -> bool is
/// "not zero", bool -> number is 0 or 1.
static Value convertScalar(OpBuilder &b, Location loc, Value v, Type target) {
  Type source = v.getType();
  if (source == target)
    return v;
  if (target.isInteger(1))
    return isNonZero(b, loc, v);
  bool sourceFloat = isa<FloatType>(source), targetFloat = isa<FloatType>(target);
  unsigned sourceWidth = source.getIntOrFloatBitWidth();
  unsigned targetWidth = target.getIntOrFloatBitWidth();
  if (sourceFloat && targetFloat) {
    if (sourceWidth < targetWidth)
      return arith::ExtFOp::create(b, loc, target, v);
    return arith::TruncFOp::create(b, loc, target, v);
  }
  if (sourceFloat)
    return arith::FPToSIOp::create(b, loc, target, v);
  bool sourceBool = source.isInteger(1);
  if (targetFloat)
    return sourceBool ? arith::UIToFPOp::create(b, loc, target, v).getResult()
                      : arith::SIToFPOp::create(b, loc, target, v).getResult();
  if (sourceWidth < targetWidth)
    return sourceBool ? arith::ExtUIOp::create(b, loc, target, v).getResult()
                      : arith::ExtSIOp::create(b, loc, target, v).getResult();
  return arith::TruncIOp::create(b, loc, target, v);
}

/// Float, signless int or bool: the types Cast converts between.
static bool isCastable(Type type) {
  return isFloat(type) || type.isSignlessInteger();
}

namespace {
/// Cast / CastLike: only the input is read (CastLike's second operand
/// gives the element type, already in the result type).
struct CastLowering : RewritePattern {
  CastLowering(StringRef opName, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType resultType = getRankedResultType(op);
    auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (!resultType || !inputType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    if (!isCastable(inputType.getElementType()) ||
        !isCastable(resultType.getElementType()))
      return rewriter.notifyMatchFailure(op, "only float, signless int and bool");
    Type target = resultType.getElementType();
    Value result = buildElementwise(
        rewriter, op->getLoc(), resultType, ValueRange{op->getOperand(0)},
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return convertScalar(b, loc, args[0], target);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// A scalar operand that is either folded into the body (a constant) or
/// read through the generic (a runtime tensor of one element).
struct ScalarOperand {
  std::optional<double> constant;
  Value tensor;
};

/// Classifies operand `v` of an op whose result has element type `element`.
static FailureOr<ScalarOperand> getScalarOperand(Value v, Type element) {
  ScalarOperand operand;
  if (onnx::isNoValue(v))
    return operand;
  if (isa<FloatType>(element))
    if ((operand.constant = onnx::getConstantScalarFloat(v)))
      return operand;
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type || !type.hasStaticShape() || type.getNumElements() != 1)
    return failure();
  operand.tensor = v;
  return operand;
}

/// Clip: min(max(x, lo), hi); each bound absent, a constant scalar (folded
/// into the body) or a runtime scalar tensor (an input of the generic).
struct ClipLowering : OpRewritePattern<onnx::ClipOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ClipOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op->getOperand(0);
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType || !isa<RankedTensorType>(x.getType()))
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    Type element = resultType.getElementType();
    if (!isFloatOrSignlessInt(element))
      return rewriter.notifyMatchFailure(op, "only float and signless int");
    FailureOr<ScalarOperand> lo = getScalarOperand(op->getOperand(1), element);
    FailureOr<ScalarOperand> hi = getScalarOperand(op->getOperand(2), element);
    if (failed(lo) || failed(hi))
      return rewriter.notifyMatchFailure(op, "bounds must be scalars");
    if (resultType.getRank() == 0 && (lo->tensor || hi->tensor))
      return rewriter.notifyMatchFailure(op, "runtime bounds on a scalar input");
    SmallVector<Value> inputs = {x};
    int loIndex = -1, hiIndex = -1;
    if (lo->tensor) {
      loIndex = inputs.size();
      inputs.push_back(lo->tensor);
    }
    if (hi->tensor) {
      hiIndex = inputs.size();
      inputs.push_back(hi->tensor);
    }
    bool isFloatType = isFloat(element);
    Value result = buildElementwise(
        rewriter, op.getLoc(), resultType, inputs,
        [&](OpBuilder &b, Location loc, ValueRange args) {
          auto bound = [&](const ScalarOperand &s, int index) -> Value {
            if (s.constant)
              return floatConstant(b, loc, element, *s.constant);
            return index >= 0 ? args[index] : Value();
          };
          Value v = args[0];
          if (Value low = bound(*lo, loIndex))
            v = isFloatType ? arith::MaximumFOp::create(b, loc, v, low).getResult()
                            : arith::MaxSIOp::create(b, loc, v, low).getResult();
          if (Value high = bound(*hi, hiIndex))
            v = isFloatType ? arith::MinimumFOp::create(b, loc, v, high).getResult()
                            : arith::MinSIOp::create(b, loc, v, high).getResult();
          return v;
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Pow (float base): a constant exponent 1, 2 or 0.5 becomes x, x * x or
/// sqrt(x); any other exponent math.powf, an integer exponent converted to
/// the base's type first.
struct PowLowering : OpRewritePattern<onnx::PowOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PowOp op,
                                PatternRewriter &rewriter) const override {
    Value x = op->getOperand(0), y = op->getOperand(1);
    RankedTensorType resultType = getRankedResultType(op);
    auto yType = dyn_cast<RankedTensorType>(y.getType());
    if (!resultType || !yType || !isa<RankedTensorType>(x.getType()))
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    Type element = resultType.getElementType();
    if (!isFloat(element))
      return rewriter.notifyMatchFailure(op, "only a float base");
    if (!isFloatOrSignlessInt(yType.getElementType()))
      return rewriter.notifyMatchFailure(op, "exponent must be float or signless int");

    std::optional<double> exponent = onnx::getConstantScalarFloat(y);
    if (!exponent)
      if (auto ints = onnx::getConstantIntValues(y); ints && ints->size() == 1)
        exponent = static_cast<double>(ints->front());
    // A scalar exponent must not change the result's shape.
    bool foldable = exponent && (*exponent == 1 || *exponent == 2 || *exponent == 0.5) &&
                    resultType == x.getType();
    if (foldable) {
      double e = *exponent;
      Value result = buildElementwise(
          rewriter, op.getLoc(), resultType, ValueRange{x},
          [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
            if (e == 2)
              return arith::MulFOp::create(b, loc, args[0], args[0]);
            if (e == 0.5)
              return math::SqrtOp::create(b, loc, args[0]);
            return args[0];
          });
      rewriter.replaceOp(op, result);
      return success();
    }
    Value result = buildElementwise(
        rewriter, op.getLoc(), resultType, ValueRange{x, y},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          Value power = args[1];
          if (power.getType() != element)
            power = isFloat(power.getType())
                        ? convertScalar(b, loc, power, element)
                        : arith::SIToFPOp::create(b, loc, element, power).getResult();
          return math::PowFOp::create(b, loc, args[0], power);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateElementwisePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  auto add = [&](StringRef opType, ScalarBuilder builder,
                 TypePredicate accepts = isFloat) {
    patterns.add<ElementwisePattern>(("onnx." + opType).str(), builder,
                                     accepts, ctx);
  };
  add("Relu", buildRelu);
  add("LeakyRelu", buildLeakyRelu);
  add("Sigmoid", buildSigmoid);
  add("Tanh", buildFloatUnary<math::TanhOp>);
  add("Exp", buildFloatUnary<math::ExpOp>);
  add("Log", buildFloatUnary<math::LogOp>);
  add("Sqrt", buildFloatUnary<math::SqrtOp>);
  add("Erf", buildFloatUnary<math::ErfOp>);
  add("Abs", buildFloatUnary<math::AbsFOp>);
  add("Neg", buildFloatUnary<arith::NegFOp>);
  add("Identity", buildIdentity, isAnyType);
  add("Add", buildBinary<arith::AddFOp, arith::AddIOp>,
      isFloatOrSignlessInt);
  add("Sub", buildBinary<arith::SubFOp, arith::SubIOp>,
      isFloatOrSignlessInt);
  add("Mul", buildBinary<arith::MulFOp, arith::MulIOp>,
      isFloatOrSignlessInt);
  add("Div", buildBinary<arith::DivFOp, arith::DivSIOp>,
      isFloatOrSignlessInt);
  add("Gelu", buildGelu);
  add("Elu", buildElu);
  add("Selu", buildElu);
  add("PRelu", buildPRelu);
  add("Softplus", buildSoftplus);
  add("Reciprocal", buildReciprocal);
  add("Floor", buildFloatUnary<math::FloorOp>);
  add("Ceil", buildFloatUnary<math::CeilOp>);
  add("Sin", buildFloatUnary<math::SinOp>);
  add("Cos", buildFloatUnary<math::CosOp>);
  add("Max", buildVariadic<arith::MaximumFOp, arith::MaxSIOp>, isFloatOrSignlessInt);
  add("Min", buildVariadic<arith::MinimumFOp, arith::MinSIOp>, isFloatOrSignlessInt);
  add("Sum", buildVariadic<arith::AddFOp, arith::AddIOp>, isFloatOrSignlessInt);
  add("Mean", buildVariadic<arith::AddFOp, arith::AddFOp, true>);
  patterns.add<ClipLowering, PowLowering>(ctx);
  patterns.add<CastLowering>("onnx.Cast", ctx);
  patterns.add<CastLowering>("onnx.CastLike", ctx);
}

} // namespace onnxc
