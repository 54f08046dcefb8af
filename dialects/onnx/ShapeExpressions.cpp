//===- ShapeExpressions.cpp - shape tensors as expressions over dims ------===//

#include "dialects/onnx/ShapeExpressions.h"
#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;

namespace onnxc::onnx {

ShapeExpr ShapeExpr::constant(int64_t value) {
  ShapeExpr expr(Kind::Constant);
  expr.dimOrValue = value;
  return expr;
}

ShapeExpr ShapeExpr::dim(Value tensor, int64_t dim) {
  auto type = cast<RankedTensorType>(tensor.getType());
  if (!type.isDynamicDim(dim))
    return constant(type.getDimSize(dim));
  ShapeExpr expr(Kind::Dim);
  expr.tensor = tensor;
  expr.dimOrValue = dim;
  return expr;
}

std::optional<ShapeExpr> ShapeExpr::binary(Kind kind, const ShapeExpr &lhs,
                                           const ShapeExpr &rhs) {
  std::optional<int64_t> a = lhs.getConstant(), b = rhs.getConstant();
  if (kind == Kind::Div && b == 0)
    return std::nullopt;
  if (a && b) {
    switch (kind) {
    case Kind::Add: return constant(*a + *b);
    case Kind::Sub: return constant(*a - *b);
    case Kind::Mul: return constant(*a * *b);
    case Kind::Div: return constant(*a / *b);
    default: return std::nullopt;
    }
  }
  ShapeExpr expr(kind);
  expr.lhs = std::make_shared<const ShapeExpr>(lhs);
  expr.rhs = std::make_shared<const ShapeExpr>(rhs);
  return expr;
}

std::optional<int64_t> ShapeExpr::getConstant() const {
  if (kind != Kind::Constant)
    return std::nullopt;
  return dimOrValue;
}

bool ShapeExpr::isDimOf(Value t, int64_t d) const {
  return kind == Kind::Dim && tensor == t && dimOrValue == d;
}

/// Shape tensors are short; a longer integer tensor is data, not a shape,
/// and tracing it would only cost time.
static constexpr int64_t kMaxShapeElements = 64;

static bool isShapeLike(Value v) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  return type && type.hasStaticShape() && type.getRank() <= 1 &&
         type.getNumElements() <= kMaxShapeElements &&
         type.getElementType().isSignlessInteger();
}

using Exprs = SmallVector<ShapeExpr>;

static std::optional<Exprs> traceGather(Operation *op) {
  auto source = traceShapeExprs(op->getOperand(0));
  auto indices = getConstantIntValues(op->getOperand(1));
  if (!source || !indices || getIntAttr(op, "axis", 0) != 0)
    return std::nullopt;
  Exprs elements;
  int64_t size = source->size();
  for (int64_t index : *indices) {
    index = index < 0 ? index + size : index;
    if (index < 0 || index >= size)
      return std::nullopt;
    elements.push_back((*source)[index]);
  }
  return elements;
}

/// Slice of a 1-D shape tensor with constant starts/ends/steps on axis 0.
static std::optional<Exprs> traceSlice(Operation *op) {
  auto source = traceShapeExprs(op->getOperand(0));
  auto starts = getConstantIntValues(op->getOperand(1));
  auto ends = getConstantIntValues(op->getOperand(2));
  if (!source || !starts || !ends || starts->size() != 1 || ends->size() != 1)
    return std::nullopt;
  if (op->getNumOperands() > 3 && !isNoValue(op->getOperand(3))) {
    auto axes = getConstantIntValues(op->getOperand(3));
    if (!axes || axes->size() != 1 || ((*axes)[0] != 0 && (*axes)[0] != -1))
      return std::nullopt;
  }
  int64_t step = 1;
  if (op->getNumOperands() > 4 && !isNoValue(op->getOperand(4))) {
    auto steps = getConstantIntValues(op->getOperand(4));
    if (!steps || steps->size() != 1 || (*steps)[0] == 0)
      return std::nullopt;
    step = (*steps)[0];
  }
  int64_t size = source->size();
  int64_t start = (*starts)[0], end = (*ends)[0];
  start = start < 0 ? start + size : start;
  end = end < 0 ? end + size : end;
  if (step > 0) {
    start = std::clamp<int64_t>(start, 0, size);
    end = std::clamp<int64_t>(end, 0, size);
  } else {
    start = std::clamp<int64_t>(start, 0, size - 1);
    end = std::clamp<int64_t>(end, -1, size - 1);
  }
  Exprs elements;
  for (int64_t i = start; step > 0 ? i < end : i > end; i += step)
    elements.push_back((*source)[i]);
  return elements;
}

/// Add/Sub/Mul/Div of two traced tensors of equal length, or one of them a
/// single element (the broadcasts shape arithmetic uses).
static std::optional<Exprs> traceArithmetic(Operation *op, ShapeExpr::Kind kind) {
  auto lhs = traceShapeExprs(op->getOperand(0));
  auto rhs = traceShapeExprs(op->getOperand(1));
  if (!lhs || !rhs)
    return std::nullopt;
  size_t count = std::max(lhs->size(), rhs->size());
  if ((lhs->size() != count && lhs->size() != 1) ||
      (rhs->size() != count && rhs->size() != 1))
    return std::nullopt;
  Exprs elements;
  for (size_t i = 0; i < count; ++i) {
    auto element = ShapeExpr::binary(kind, (*lhs)[lhs->size() == 1 ? 0 : i],
                                     (*rhs)[rhs->size() == 1 ? 0 : i]);
    if (!element)
      return std::nullopt;
    elements.push_back(*element);
  }
  return elements;
}

std::optional<Exprs> traceShapeExprs(Value v) {
  if (!isShapeLike(v))
    return std::nullopt;
  if (auto ints = getConstantIntValues(v)) {
    Exprs elements;
    for (int64_t x : *ints)
      elements.push_back(ShapeExpr::constant(x));
    return elements;
  }
  Operation *op = v.getDefiningOp();
  if (!op)
    return std::nullopt;
  if (isa<ShapeOp>(op)) {
    auto data = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (!data)
      return std::nullopt;
    auto [start, end] = getShapeOpRange(op, data.getRank());
    Exprs elements;
    for (int64_t i = start; i < end; ++i)
      elements.push_back(ShapeExpr::dim(op->getOperand(0), i));
    return elements;
  }
  if (isa<GatherOp>(op))
    return traceGather(op);
  if (isa<SliceOp>(op))
    return traceSlice(op);
  if (isa<UnsqueezeOp, SqueezeOp, CastOp, IdentityOp>(op))
    return traceShapeExprs(op->getOperand(0));
  if (isa<ConcatOp>(op)) {
    Exprs elements;
    for (Value operand : op->getOperands()) {
      auto part = traceShapeExprs(operand);
      if (!part)
        return std::nullopt;
      llvm::append_range(elements, *part);
    }
    return elements;
  }
  // Where choosing between one value and itself (exported function bodies
  // write `cond ? n : n`) is that value, whatever the condition.
  if (isa<WhereOp>(op) && op->getOperand(1) == op->getOperand(2) &&
      op->getOperand(1).getType() == v.getType())
    return traceShapeExprs(op->getOperand(1));
  if (isa<AddOp>(op))
    return traceArithmetic(op, ShapeExpr::Kind::Add);
  if (isa<SubOp>(op))
    return traceArithmetic(op, ShapeExpr::Kind::Sub);
  if (isa<MulOp>(op))
    return traceArithmetic(op, ShapeExpr::Kind::Mul);
  if (isa<DivOp>(op))
    return traceArithmetic(op, ShapeExpr::Kind::Div);
  return std::nullopt;
}

std::optional<SmallVector<int64_t>> traceConstantShape(Value v) {
  auto elements = traceShapeExprs(v);
  if (!elements)
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const ShapeExpr &element : *elements) {
    std::optional<int64_t> value = element.getConstant();
    if (!value)
      return std::nullopt;
    values.push_back(*value);
  }
  return values;
}

} // namespace onnxc::onnx
