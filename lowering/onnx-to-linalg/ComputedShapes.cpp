//===- ComputedShapes.cpp - shape operands computed from dims -> scalars --===//
//
// Runs before every other onnx -> linalg pattern. A shape operand that
// SimplifyShapeComputations could not fold (`x.view(b, s * heads, d)` with
// symbolic b and s) is still a chain of Shape/Gather/Mul/Concat ops over
// tensors. Lowered op by op, that chain would become tensors in memory, and
// the sizes of the buffers that depend on it could not be known before the
// model runs. Instead each element is computed as scalar arithmetic on
// tensor.dim (dialects/onnx/ShapeExpressions.h) and the operand becomes a
// tensor.from_elements of those scalars; the consumers' own patterns read
// the scalars back, and the arena planner can compute every size from the
// model's input dims at entry. The Shape chains die.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeExpressions.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// `expr` as an i64 value built at `b`.
static Value materialize(OpBuilder &b, Location loc, const onnx::ShapeExpr &expr) {
  using Kind = onnx::ShapeExpr::Kind;
  Type i64 = b.getI64Type();
  switch (expr.getKind()) {
  case Kind::Constant:
    return arith::ConstantIntOp::create(b, loc, i64, *expr.getConstant());
  case Kind::Dim: {
    Value dim = tensor::DimOp::create(b, loc, expr.getTensor(), expr.getDim());
    return arith::IndexCastOp::create(b, loc, i64, dim);
  }
  default:
    break;
  }
  Value lhs = materialize(b, loc, expr.getLhs());
  Value rhs = materialize(b, loc, expr.getRhs());
  switch (expr.getKind()) {
  case Kind::Add: return arith::AddIOp::create(b, loc, lhs, rhs);
  case Kind::Sub: return arith::SubIOp::create(b, loc, lhs, rhs);
  case Kind::Mul: return arith::MulIOp::create(b, loc, lhs, rhs);
  default: return arith::DivSIOp::create(b, loc, lhs, rhs); // truncates, as ONNX
  }
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
          operand.getDefiningOp<tensor::FromElementsOp>())
        continue;
      auto elements = onnx::traceShapeExprs(operand);
      if (!elements)
        continue;
      SmallVector<Value> scalars;
      for (const onnx::ShapeExpr &element : *elements)
        scalars.push_back(materialize(rewriter, op->getLoc(), element));
      Value computed = tensor::FromElementsOp::create(rewriter, op->getLoc(), type, scalars);
      rewriter.modifyOpInPlace(op, [&] { op->setOperand(index, computed); });
      changed = true;
    }
    return success(changed);
  }

  SmallVector<unsigned> shapeOperands;
};
} // namespace

void populateComputedShapePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<ComputeShapeOperands>("onnx.Reshape", ArrayRef<unsigned>{1}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.ConstantOfShape", ArrayRef<unsigned>{0}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Range", ArrayRef<unsigned>{0, 1, 2}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Pad", ArrayRef<unsigned>{1}, ctx);
  patterns.add<ComputeShapeOperands>("onnx.Resize", ArrayRef<unsigned>{3}, ctx);
}

} // namespace onnxc
