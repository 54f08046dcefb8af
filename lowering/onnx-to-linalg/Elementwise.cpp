//===- Elementwise.cpp - elementwise onnx ops -> linalg.generic -----------===//
//
// Unary activations and math functions, broadcasting binary arithmetic
// (Mod included), Clip, Pow, Gelu, Dropout at inference and
// Cast and BitCast. Each becomes one linalg.generic whose body is the scalar
// computation; elementwise fusion later merges chains of them. Constant
// scalar operands (Clip bounds, Pow exponents) are folded into the body.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;

namespace onnxc {

static bool isFloat(Type type) { return isFloatElement(type); }
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

/// Add, Sub, Mul, Div on any numeric type (integer Div truncates, as
/// ONNX's reference does for both signs).
template <BinaryKind Kind>
static Value buildBinary(OpBuilder &b, Location loc, Operation *, Type,
                         ValueRange args) {
  return createBinary(b, loc, Kind, args[0], args[1]);
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

/// Abs: absf, absi for signed integers, the value itself when unsigned.
static Value buildAbs(OpBuilder &b, Location loc, Operation *, Type type,
                      ValueRange args) {
  if (isFloat(type))
    return math::AbsFOp::create(b, loc, args[0]);
  if (isUnsignedElement(type))
    return args[0];
  return math::AbsIOp::create(b, loc, args[0]);
}

/// Neg: negf, or 0 - x for integers (wrapping, as two's complement does).
static Value buildNeg(OpBuilder &b, Location loc, Operation *, Type type,
                      ValueRange args) {
  if (isFloat(type))
    return arith::NegFOp::create(b, loc, args[0]);
  return arith::SubIOp::create(b, loc, createScalarConstant(b, loc, type, 0), args[0]);
}

/// Sign: 1, -1 or 0 (NaN stays NaN: both comparisons are false and the
/// zero branch yields x itself).
static Value buildSign(OpBuilder &b, Location loc, Operation *, Type type,
                       ValueRange args) {
  Value x = args[0];
  Value zero = createScalarConstant(b, loc, type, 0);
  Value one = createScalarConstant(b, loc, type, 1);
  Value positive = createCompare(b, loc, CompareKind::Gt, x, zero);
  Value v = arith::SelectOp::create(b, loc, positive, one, isFloat(type) ? x : zero);
  if (isUnsignedElement(type))
    return v;
  Value negative = createCompare(b, loc, CompareKind::Lt, x, zero);
  return arith::SelectOp::create(b, loc, negative,
                                 createScalarConstant(b, loc, type, -1), v);
}

/// Mod: with fmod = 1 the remainder of truncated division (sign of the
/// dividend: remf, remsi); with fmod = 0 the remainder of floored division
/// (sign of the divisor, as Python's %): that remainder plus the divisor
/// when their signs differ and it is not 0, a zero taking the divisor's
/// sign. Unsigned: remui either way.
static Value buildMod(OpBuilder &b, Location loc, Operation *op, Type type,
                      ValueRange args) {
  Value x = args[0], y = args[1];
  if (isUnsignedElement(type))
    return arith::RemUIOp::create(b, loc, x, y);
  bool floatType = isFloat(type);
  Value rem = floatType ? arith::RemFOp::create(b, loc, x, y).getResult()
                        : arith::RemSIOp::create(b, loc, x, y).getResult();
  if (onnx::getIntAttr(op, "fmod", 0) != 0)
    return rem;
  Value zero = createScalarConstant(b, loc, type, 0);
  Value nonZero = floatType ? arith::CmpFOp::create(b, loc, arith::CmpFPredicate::ONE,
                                                    rem, zero)
                                  .getResult()
                            : arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                                    rem, zero)
                                  .getResult();
  Value remNegative = createCompare(b, loc, CompareKind::Lt, rem, zero);
  Value yNegative = createCompare(b, loc, CompareKind::Lt, y, zero);
  Value signsDiffer = arith::XOrIOp::create(b, loc, remNegative, yNegative);
  Value adjust = arith::AndIOp::create(b, loc, nonZero, signsDiffer);
  Value adjusted = createBinary(b, loc, BinaryKind::Add, rem, y);
  if (floatType) {
    Value isZero = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, rem, zero);
    rem = arith::SelectOp::create(b, loc, isZero, math::CopySignOp::create(b, loc, rem, y),
                                  rem);
  }
  return arith::SelectOp::create(b, loc, adjust, adjusted, rem);
}

/// IsNaN: x unordered with itself.
static Value buildIsNaN(OpBuilder &b, Location loc, Operation *, Type,
                        ValueRange args) {
  return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, args[0], args[0]);
}

/// IsInf: x == +inf (detect_positive) or x == -inf (detect_negative).
static Value buildIsInf(OpBuilder &b, Location loc, Operation *op, Type,
                        ValueRange args) {
  Value x = args[0];
  Type type = x.getType();
  Value result = createScalarConstant(b, loc, b.getI1Type(), 0);
  if (onnx::getIntAttr(op, "detect_positive", 1) != 0)
    result = arith::OrIOp::create(
        b, loc, result,
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x,
                              arith::ConstantOp::create(b, loc, getHighestValue(b, type))));
  if (onnx::getIntAttr(op, "detect_negative", 1) != 0)
    result = arith::OrIOp::create(
        b, loc, result,
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x,
                              arith::ConstantOp::create(b, loc, getLowestValue(b, type))));
  return result;
}

/// Variadic Max, Min, Sum, Mean: a left fold over the broadcast operands
/// (Mean divides the sum by their count).
template <BinaryKind Kind, bool IsMean = false>
static Value buildVariadic(OpBuilder &b, Location loc, Operation *, Type type,
                           ValueRange args) {
  Value v = args[0];
  for (Value next : args.drop_front())
    v = createBinary(b, loc, Kind, v, next);
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
    if (!isNumericOrBoolElement(inputType.getElementType()) ||
        !isNumericOrBoolElement(resultType.getElementType()))
      return rewriter.notifyMatchFailure(op, "only float, integer and bool");
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

/// BitCast: the same bits read as another type of the same width (bool
/// counts as a byte of 0 or 1, as ONNX stores it).
struct BitCastLowering : RewritePattern {
  BitCastLowering(MLIRContext *ctx) : RewritePattern("onnx.BitCast", /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType resultType = getRankedResultType(op);
    auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (!resultType || !inputType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    Type source = inputType.getElementType(), target = resultType.getElementType();
    if (!isNumericOrBoolElement(source) || !isNumericOrBoolElement(target))
      return rewriter.notifyMatchFailure(op, "only float, integer and bool");
    auto width = [](Type t) { return isBoolElement(t) ? 8u : t.getIntOrFloatBitWidth(); };
    if (width(source) != width(target))
      return rewriter.notifyMatchFailure(op, "the types differ in width");
    Value result = buildElementwise(
        rewriter, op->getLoc(), resultType, ValueRange{op->getOperand(0)},
        [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
          Value v = args[0];
          if (source == target)
            return v;
          if (isBoolElement(source)) // 0 or 1 in a byte
            return arith::ExtUIOp::create(b, loc, target, v);
          if (isBoolElement(target)) // the byte's lowest bit
            return arith::TruncIOp::create(b, loc, target, v);
          return arith::BitcastOp::create(b, loc, target, v);
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
    if (!isNumericElement(element))
      return rewriter.notifyMatchFailure(op, "only float and integer");
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
            v = createBinary(b, loc, BinaryKind::Max, v, low);
          if (Value high = bound(*hi, hiIndex))
            v = createBinary(b, loc, BinaryKind::Min, v, high);
          return v;
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Pow: with a float base, a constant exponent 1, 2 or 0.5 becomes x, x * x
/// or sqrt(x); any other exponent math.powf, the exponent converted to the
/// base's type first. An integer base is raised in f64 and converted back
/// (exact for every result an integer of up to 53 bits holds).
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
    if (!isNumericElement(element) || !isNumericElement(yType.getElementType()))
      return rewriter.notifyMatchFailure(op, "base and exponent must be numbers");

    std::optional<double> exponent = onnx::getConstantScalarFloat(y);
    if (!exponent)
      if (auto ints = onnx::getConstantIntValues(y); ints && ints->size() == 1)
        exponent = static_cast<double>(ints->front());
    // A scalar exponent must not change the result's shape.
    bool foldable = isFloat(element) && exponent && (*exponent == 1 || *exponent == 2 || *exponent == 0.5) &&
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
          Type computeType = isFloat(element) ? element : b.getF64Type();
          Value base = convertScalar(b, loc, args[0], computeType);
          Value power = convertScalar(b, loc, args[1], computeType);
          return convertScalar(b, loc, math::PowFOp::create(b, loc, base, power),
                               element);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
/// Dropout at inference (training_mode absent or constant false), or in
/// training mode with a constant ratio of 0 (PyTorch exports `F.dropout(x,
/// p)` with its default training=True so, as torchvision's Swin attention
/// does): the output is the input and the mask all true. Training mode with
/// any other ratio draws random numbers, which compiled models do not.
struct DropoutLowering : OpRewritePattern<onnx::DropoutOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::DropoutOp op,
                                PatternRewriter &rewriter) const override {
    if (op->getNumOperands() > 2 && !onnx::isNoValue(op->getOperand(2))) {
      auto training = onnx::getConstantIntValues(op->getOperand(2));
      bool inference = training && training->size() == 1 && training->front() == 0;
      std::optional<SmallVector<double>> ratio;
      if (op->getNumOperands() > 1 && !onnx::isNoValue(op->getOperand(1)))
        ratio = onnx::getConstantFloatValues(op->getOperand(1));
      bool keepsAll = ratio && ratio->size() == 1 && ratio->front() == 0.0;
      if (!inference && !keepsAll)
        return rewriter.notifyMatchFailure(
            op, "training mode is not constant false and the ratio not constant 0");
    }
    if (op->getOperand(0).getType() != op->getResult(0).getType())
      return rewriter.notifyMatchFailure(op, "output type differs from the input");
    SmallVector<Value> results = {op->getOperand(0)};
    if (op->getNumResults() > 1) {
      Value mask = op->getResult(1);
      auto maskType = dyn_cast<RankedTensorType>(mask.getType());
      if (!mask.use_empty() && !maskType)
        return rewriter.notifyMatchFailure(op, "mask is not ranked");
      if (mask.use_empty()) {
        results.push_back(nullptr);
      } else {
        SmallVector<std::pair<Value, int64_t>> dimSources;
        for (int64_t i = 0; i < maskType.getRank(); ++i)
          dimSources.push_back({op->getOperand(0), i});
        results.push_back(createFilledTensor(rewriter, op.getLoc(), maskType,
                                             rewriter.getBoolAttr(true), dimSources));
      }
    }
    rewriter.replaceOp(op, results);
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
  add("Abs", buildAbs, isNumericElement);
  add("Neg", buildNeg, isNumericElement);
  add("Sign", buildSign, isNumericElement);
  add("Round", buildFloatUnary<math::RoundEvenOp>);
  add("IsNaN", buildIsNaN);
  add("IsInf", buildIsInf);
  add("Identity", buildIdentity, isAnyType);
  add("Add", buildBinary<BinaryKind::Add>, isNumericElement);
  add("Sub", buildBinary<BinaryKind::Sub>, isNumericElement);
  add("Mul", buildBinary<BinaryKind::Mul>, isNumericElement);
  add("Div", buildBinary<BinaryKind::Div>, isNumericElement);
  add("Mod", buildMod, isNumericElement);
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
  add("Tan", buildFloatUnary<math::TanOp>);
  add("Asin", buildFloatUnary<math::AsinOp>);
  add("Acos", buildFloatUnary<math::AcosOp>);
  add("Atan", buildFloatUnary<math::AtanOp>);
  add("Sinh", buildFloatUnary<math::SinhOp>);
  add("Cosh", buildFloatUnary<math::CoshOp>);
  add("Asinh", buildFloatUnary<math::AsinhOp>);
  add("Acosh", buildFloatUnary<math::AcoshOp>);
  add("Atanh", buildFloatUnary<math::AtanhOp>);
  add("Max", buildVariadic<BinaryKind::Max>, isNumericElement);
  add("Min", buildVariadic<BinaryKind::Min>, isNumericElement);
  add("Sum", buildVariadic<BinaryKind::Add>, isNumericElement);
  add("Mean", buildVariadic<BinaryKind::Add, true>);
  patterns.add<ClipLowering, PowLowering, DropoutLowering>(ctx);
  patterns.add<CastLowering>("onnx.Cast", ctx);
  patterns.add<CastLowering>("onnx.CastLike", ctx);
  patterns.add<BitCastLowering>(ctx);
}

} // namespace onnxc
