//===- ComputedShapes.cpp - shape operands computed from dims -> scalars --===//
//
// Runs before every other onnx -> linalg pattern. A shape operand that
// SimplifyShapeComputations could not fold (`x.view(b, s * heads, d)` with
// symbolic b and s) is still a chain of Shape/Gather/Mul/Concat ops over
// tensors. Lowered op by op, that chain would become tensors in memory, and
// the sizes of the buffers that depend on it could not be known before the
// model runs. Instead each element is computed as scalar arithmetic on
// tensor.dim and tensor.extract of model inputs (dialects/onnx/
// ShapeExpressions.h) and the operand becomes a tensor.from_elements of
// those scalars; the consumers' own patterns read the scalars back (and
// check those that come from data), and the arena planner can compute
// every size from the model's inputs at entry. The Shape chains die.
// Operands: Reshape's shape, ConstantOfShape's, Expand's, Range's bounds,
// Pad's pads, Resize's sizes, Slice's starts and ends, Split's sizes.
//
// With the op patterns, 0-D linalg.generics become scalar arithmetic too
// (Cast(n) - 1 in float, a window function's length), for the same reason.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeExpressions.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;

namespace onnxc {

/// lhs / rhs (truncating) and ONNX's Mod (the sign of the divisor) on
/// run-time values that may come from data: a zero divisor gives 0 and
/// INT64_MIN / -1 wraps, rather than trapping.
static Value safeDivide(OpBuilder &b, Location loc, Value lhs, Value rhs, bool remainder) {
  Type i64 = b.getI64Type();
  Value zero = arith::ConstantIntOp::create(b, loc, i64, 0);
  Value one = arith::ConstantIntOp::create(b, loc, i64, 1);
  Value minusOne = arith::ConstantIntOp::create(b, loc, i64, -1);
  Value isZero = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, zero);
  Value isMinusOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, minusOne);
  Value unsafe = arith::OrIOp::create(b, loc, isZero, isMinusOne);
  Value divisor = arith::SelectOp::create(b, loc, unsafe, one, rhs);
  if (!remainder) {
    Value quotient = arith::DivSIOp::create(b, loc, lhs, divisor);
    Value negated = arith::SubIOp::create(b, loc, zero, lhs);
    return arith::SelectOp::create(
        b, loc, isZero, zero, arith::SelectOp::create(b, loc, isMinusOne, negated, quotient));
  }
  // r = lhs rem d; r + d where r and d differ in sign; 0 for d in {0, -1}.
  Value r = arith::RemSIOp::create(b, loc, lhs, divisor);
  Value rNegative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, r, zero);
  Value dNegative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, divisor, zero);
  Value rNonZero = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, r, zero);
  Value adjust = arith::AndIOp::create(
      b, loc, rNonZero, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, rNegative, dNegative));
  Value mod = arith::SelectOp::create(b, loc, adjust, arith::AddIOp::create(b, loc, r, divisor), r);
  return arith::SelectOp::create(b, loc, unsafe, zero, mod);
}

/// Element `index` (row-major) of the static 0-D or 1-D integer tensor
/// `tensor`, as an i64.
static Value readElement(OpBuilder &b, Location loc, Value tensor, int64_t index) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<Value> position;
  if (type.getRank() == 1)
    position.push_back(arith::ConstantIndexOp::create(b, loc, index));
  Value element = tensor::ExtractOp::create(b, loc, tensor, position);
  Type i64 = b.getI64Type();
  unsigned width = type.getElementType().getIntOrFloatBitWidth();
  if (width == 64)
    return element;
  if (width == 1)
    return arith::ExtUIOp::create(b, loc, i64, element);
  return arith::ExtSIOp::create(b, loc, i64, element);
}

static Value materializeShapeExpr(OpBuilder &b, Location loc, const onnx::ShapeExpr &expr) {
  using Kind = onnx::ShapeExpr::Kind;
  Type i64 = b.getI64Type();
  switch (expr.getKind()) {
  case Kind::Constant:
    return arith::ConstantIntOp::create(b, loc, i64, *expr.getConstant());
  case Kind::Dim: {
    Value dim = tensor::DimOp::create(b, loc, expr.getTensor(), expr.getDim());
    return arith::IndexCastOp::create(b, loc, i64, dim);
  }
  case Kind::Element:
    return readElement(b, loc, expr.getTensor(), expr.getDim());
  default:
    break;
  }
  Value lhs = materializeShapeExpr(b, loc, expr.getLhs());
  Value rhs = materializeShapeExpr(b, loc, expr.getRhs());
  auto flag = [&](arith::CmpIPredicate predicate) -> Value {
    Value compared = arith::CmpIOp::create(b, loc, predicate, lhs, rhs);
    return arith::ExtUIOp::create(b, loc, i64, compared);
  };
  auto nonZero = [&](Value v) -> Value {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, v,
                                 arith::ConstantIntOp::create(b, loc, i64, 0));
  };
  switch (expr.getKind()) {
  case Kind::Add: return arith::AddIOp::create(b, loc, lhs, rhs);
  case Kind::Sub: return arith::SubIOp::create(b, loc, lhs, rhs);
  case Kind::Mul: return arith::MulIOp::create(b, loc, lhs, rhs);
  case Kind::Div: return safeDivide(b, loc, lhs, rhs, /*remainder=*/false);
  case Kind::Mod: return safeDivide(b, loc, lhs, rhs, /*remainder=*/true);
  case Kind::Min: return arith::MinSIOp::create(b, loc, lhs, rhs);
  case Kind::Max: return arith::MaxSIOp::create(b, loc, lhs, rhs);
  case Kind::Equal: return flag(arith::CmpIPredicate::eq);
  case Kind::Less: return flag(arith::CmpIPredicate::slt);
  case Kind::And:
    return arith::ExtUIOp::create(b, loc, i64,
                                  arith::AndIOp::create(b, loc, nonZero(lhs), nonZero(rhs)));
  case Kind::Or:
    return arith::ExtUIOp::create(b, loc, i64,
                                  arith::OrIOp::create(b, loc, nonZero(lhs), nonZero(rhs)));
  case Kind::Select: {
    Value condition = materializeShapeExpr(b, loc, expr.getCondition());
    return arith::SelectOp::create(b, loc, nonZero(condition), lhs, rhs);
  }
  default:
    llvm_unreachable("leaf kinds are handled above");
  }
}

/// An argument of the function's entry block: the consumers read a model
/// input's elements themselves, nothing to compute.
static bool isModelInput(Value v) {
  auto argument = dyn_cast<BlockArgument>(v);
  return argument && argument.getOwner()->isEntryBlock() &&
         isa<func::FuncOp>(argument.getOwner()->getParentOp());
}

/// Whether a 0-D operand's element is known as a scalar computation: a
/// constant, a scalar already (from_elements), or a model input.
static bool isScalarSource(Value v) {
  return isModelInput(v) || v.getDefiningOp<tensor::FromElementsOp>() ||
         v.getDefiningOp<arith::ConstantOp>();
}

namespace {
/// Replaces the shape operands of one op kind (by operand index) with
/// tensor.from_elements of scalars computed from dims.
struct ComputeShapeOperands : RewritePattern {
  ComputeShapeOperands(StringRef opName, ArrayRef<unsigned> shapeOperands,
                       MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), shapeOperands(shapeOperands) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    bool changed = false;
    for (unsigned index : shapeOperands) {
      if (index >= op->getNumOperands())
        continue;
      Value operand = op->getOperand(index);
      auto type = dyn_cast<RankedTensorType>(operand.getType());
      if (!type || !type.getElementType().isInteger(64) || onnx::isNoValue(operand) ||
          onnx::getConstantIntValues(operand) ||
          operand.getDefiningOp<tensor::FromElementsOp>() || isModelInput(operand))
        continue;
      auto elements = onnx::traceShapeExprs(operand);
      if (!elements)
        continue;
      SmallVector<Value> scalars;
      for (const onnx::ShapeExpr &element : *elements)
        scalars.push_back(materializeShapeExpr(rewriter, op->getLoc(), element));
      Value computed = tensor::FromElementsOp::create(rewriter, op->getLoc(), type, scalars);
      rewriter.modifyOpInPlace(op, [&] { op->setOperand(index, computed); });
      changed = true;
    }
    return success(changed);
  }

  SmallVector<unsigned> shapeOperands;
};

/// A linalg.generic over 0-D tensors (one element: a scalar computed on
/// scalars, such as the size arithmetic of the window functions' bodies,
/// `Cast(n) - 1` in float) -> its body on the extracted elements and a
/// tensor.from_elements. Readers that extract the element then fold to the
/// scalar, so a buffer size computed that way stays a scalar computation on
/// the model's inputs, which the arena planner evaluates before the run.
struct ScalarizeZeroRankGeneric : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getNumDpsInits() != 1 || op->getNumResults() != 1)
      return rewriter.notifyMatchFailure(op, "not one result");
    // Sizes are computed at the top level; loop bodies keep their tensors
    // (their carried values are written back in place).
    if (!isa<func::FuncOp>(op->getParentOp()))
      return rewriter.notifyMatchFailure(op, "inside a region");
    for (Value operand : op->getOperands()) {
      auto type = dyn_cast<RankedTensorType>(operand.getType());
      if (!type || type.getRank() != 0)
        return rewriter.notifyMatchFailure(op, "not all operands 0-D tensors");
    }
    // Only what the planner could evaluate: inputs that are scalars
    // already (a reduction's result stays a tensor).
    for (Value input : op.getDpsInputs())
      if (!isScalarSource(input))
        return rewriter.notifyMatchFailure(op, "an input is not a known scalar");
    Block &body = op.getRegion().front();
    for (Operation &nested : body.without_terminator())
      if (nested.getNumRegions() != 0 || !isMemoryEffectFree(&nested))
        return rewriter.notifyMatchFailure(op, "body is not pure scalar arithmetic");
    Location loc = op.getLoc();
    IRMapping mapping;
    for (auto [argument, operand] : llvm::zip(body.getArguments(), op->getOperands()))
      if (!argument.use_empty())
        mapping.map(argument, tensor::ExtractOp::create(rewriter, loc, operand, ValueRange{}));
    for (Operation &nested : body.without_terminator())
      rewriter.clone(nested, mapping);
    Value yielded = mapping.lookupOrDefault(body.getTerminator()->getOperand(0));
    rewriter.replaceOpWithNewOp<tensor::FromElementsOp>(op, op->getResult(0).getType(),
                                                        ValueRange{yielded});
    return success();
  }
};
} // namespace

void populateComputedShapePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ComputeShapeOperands>("onnx.Reshape", ArrayRef<unsigned>{1}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.ConstantOfShape", ArrayRef<unsigned>{0}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Range", ArrayRef<unsigned>{0, 1, 2}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Pad", ArrayRef<unsigned>{1}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Resize", ArrayRef<unsigned>{3}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Expand", ArrayRef<unsigned>{1}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Slice", ArrayRef<unsigned>{1, 2}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Split", ArrayRef<unsigned>{1}, ctx);
}

void populateScalarComputationPatterns(RewritePatternSet &patterns) {
  patterns.add<ScalarizeZeroRankGeneric>(patterns.getContext());
}

} // namespace onnxc
