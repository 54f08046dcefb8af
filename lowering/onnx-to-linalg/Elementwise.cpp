//===- Elementwise.cpp - elementwise onnx ops -> linalg.generic -----------===//
//
// Unary activations and broadcasting binary arithmetic. Each becomes one
// linalg.generic whose body is the scalar computation; elementwise fusion
// later merges chains of them.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;

namespace onnxc {

namespace {
/// The scalar computation of one elementwise onnx op on element type `type`.
using ScalarBuilder = Value (*)(OpBuilder &, Location, Operation *, Type,
                                ValueRange);
/// Which element types a scalar builder handles.
using TypePredicate = bool (*)(Type);

/// Lowers an elementwise op whose operands are all ranked and present.
class ElementwisePattern : public RewritePattern {
public:
  ElementwisePattern(StringRef opName, ScalarBuilder scalar,
                     TypePredicate accepts, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), scalar(scalar),
        accepts(accepts) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "result is not ranked");
    for (Value operand : op->getOperands())
      if (!isa<RankedTensorType>(operand.getType()))
        return rewriter.notifyMatchFailure(op, "operand is not a ranked tensor");
    Type elementType = resultType.getElementType();
    for (Value operand : op->getOperands())
      if (!accepts(cast<RankedTensorType>(operand.getType()).getElementType()))
        return rewriter.notifyMatchFailure(op, "element type not supported");
    Value result = buildElementwise(
        rewriter, op->getLoc(), resultType, op->getOperands(),
        [&](OpBuilder &b, Location loc, ValueRange args) {
          return scalar(b, loc, op, elementType, args);
        });
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  ScalarBuilder scalar;
  TypePredicate accepts;
};
} // namespace

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

/// Identity: the input itself (a copy; canonicalisation usually folds it).
static Value buildIdentity(OpBuilder &, Location, Operation *, Type,
                           ValueRange args) {
  return args[0];
}

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
}

} // namespace onnxc
