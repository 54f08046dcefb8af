//===- ShapeExpressions.cpp - shape tensors as expressions over dims ------===//

#include "dialects/onnx/ShapeExpressions.h"
#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;

namespace onnxc::onnx {

/// Expressions past this many nodes are not worth computing at run time
/// (and would only cost time to build): their tensors stay tensors.
static constexpr int64_t kMaxExprNodes = 256;

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

ShapeExpr ShapeExpr::element(Value tensor, int64_t index) {
  ShapeExpr expr(Kind::Element);
  expr.tensor = tensor;
  expr.dimOrValue = index;
  expr.data = true;
  return expr;
}

/// `kind` applied to two constants; nullopt where it is undefined.
static std::optional<int64_t> evaluate(ShapeExpr::Kind kind, int64_t a, int64_t b) {
  using Kind = ShapeExpr::Kind;
  switch (kind) {
  case Kind::Add: return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
  case Kind::Sub: return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
  case Kind::Mul: return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
  case Kind::Div:
    if (b == 0 || (b == -1 && a == std::numeric_limits<int64_t>::min()))
      return std::nullopt;
    return a / b;
  case Kind::Mod: {
    if (b == 0 || (b == -1 && a == std::numeric_limits<int64_t>::min()))
      return std::nullopt;
    int64_t r = a % b;
    return r != 0 && ((r < 0) != (b < 0)) ? r + b : r;
  }
  case Kind::Min: return std::min(a, b);
  case Kind::Max: return std::max(a, b);
  case Kind::Equal: return a == b;
  case Kind::Less: return a < b;
  case Kind::And: return a != 0 && b != 0;
  case Kind::Or: return a != 0 || b != 0;
  default: return std::nullopt;
  }
}

std::optional<ShapeExpr> ShapeExpr::binary(Kind kind, const ShapeExpr &lhs,
                                           const ShapeExpr &rhs) {
  std::optional<int64_t> a = lhs.getConstant(), b = rhs.getConstant();
  if ((kind == Kind::Div || kind == Kind::Mod) && b == 0)
    return std::nullopt;
  if (a && b) {
    std::optional<int64_t> value = evaluate(kind, *a, *b);
    if (!value)
      return std::nullopt;
    return constant(*value);
  }
  // x * 1, x + 0, x - 0, x / 1 and the like are x; 0 * x is 0.
  if (b && ((*b == 0 && (kind == Kind::Add || kind == Kind::Sub)) ||
            (*b == 1 && (kind == Kind::Mul || kind == Kind::Div))))
    return lhs;
  if (a && ((*a == 0 && kind == Kind::Add) || (*a == 1 && kind == Kind::Mul)))
    return rhs;
  if ((a == 0 || b == 0) && (kind == Kind::Mul || kind == Kind::And))
    return constant(0);
  if (lhs.nodes + rhs.nodes + 1 > kMaxExprNodes)
    return std::nullopt;
  ShapeExpr expr(kind);
  expr.nodes = lhs.nodes + rhs.nodes + 1;
  expr.data = lhs.data || rhs.data;
  expr.lhs = std::make_shared<const ShapeExpr>(lhs);
  expr.rhs = std::make_shared<const ShapeExpr>(rhs);
  return expr;
}

std::optional<ShapeExpr> ShapeExpr::select(const ShapeExpr &condition,
                                           const ShapeExpr &ifTrue,
                                           const ShapeExpr &ifFalse) {
  if (std::optional<int64_t> c = condition.getConstant())
    return *c != 0 ? ifTrue : ifFalse;
  if (condition.nodes + ifTrue.nodes + ifFalse.nodes + 1 > kMaxExprNodes)
    return std::nullopt;
  ShapeExpr expr(Kind::Select);
  expr.nodes = condition.nodes + ifTrue.nodes + ifFalse.nodes + 1;
  expr.data = condition.data || ifTrue.data || ifFalse.data;
  expr.condition = std::make_shared<const ShapeExpr>(condition);
  expr.lhs = std::make_shared<const ShapeExpr>(ifTrue);
  expr.rhs = std::make_shared<const ShapeExpr>(ifFalse);
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

/// The values of a constant integer tensor of any width (bools included).
static std::optional<SmallVector<int64_t>> getConstantInts(Value v) {
  if (auto ints = getConstantIntValues(v))
    return ints;
  auto dense = dyn_cast_or_null<DenseIntElementsAttr>(getConstantValue(v));
  if (!dense)
    return std::nullopt;
  SmallVector<int64_t> values;
  bool isBool = dense.getElementType().isInteger(1);
  for (const APInt &x : dense.getValues<APInt>())
    values.push_back(isBool ? static_cast<int64_t>(x.getZExtValue()) : x.getSExtValue());
  return values;
}

/// Whether `v` is a model input: an argument of a function's entry block.
static bool isModelInput(Value v) {
  auto argument = dyn_cast<BlockArgument>(v);
  return argument && argument.getOwner()->isEntryBlock() &&
         isa_and_nonnull<FunctionOpInterface>(argument.getOwner()->getParentOp());
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

/// One result of Split along axis 0 of a 1-D shape tensor: by the constant
/// `split` sizes, or in parts of ceil(n / outputs) (the last one what is
/// left).
static std::optional<Exprs> traceSplit(Operation *op, unsigned result) {
  auto source = traceShapeExprs(op->getOperand(0));
  if (!source || normalizeAxis(getIntAttr(op, "axis", 0), 1) != 0)
    return std::nullopt;
  int64_t size = source->size(), outputs = op->getNumResults();
  SmallVector<int64_t> sizes;
  if (op->getNumOperands() > 1 && !isNoValue(op->getOperand(1))) {
    auto split = getConstantIntValues(op->getOperand(1));
    if (!split || static_cast<int64_t>(split->size()) != outputs)
      return std::nullopt;
    sizes = *split;
  } else {
    int64_t chunk = (size + outputs - 1) / outputs;
    for (int64_t i = 0; i < outputs; ++i)
      sizes.push_back(std::min(chunk, std::max<int64_t>(size - i * chunk, 0)));
  }
  int64_t offset = 0;
  for (unsigned i = 0; i < result; ++i)
    offset += sizes[i];
  if (sizes[result] < 0 || offset < 0 || offset + sizes[result] > size)
    return std::nullopt;
  return Exprs(source->begin() + offset, source->begin() + offset + sizes[result]);
}

/// Range with constant integer bounds (Size -> Range gives the axes of
/// reductions in ONNX's function bodies).
static std::optional<Exprs> traceRange(Operation *op) {
  int64_t bounds[3];
  for (unsigned i = 0; i < 3; ++i) {
    auto traced = traceShapeExprs(op->getOperand(i));
    if (!traced || traced->size() != 1 || !(*traced)[0].getConstant())
      return std::nullopt;
    bounds[i] = *(*traced)[0].getConstant();
  }
  auto [start, limit, delta] = bounds;
  if (delta == 0)
    return std::nullopt;
  Exprs elements;
  for (int64_t x = start; delta > 0 ? x < limit : x > limit; x += delta) {
    if (static_cast<int64_t>(elements.size()) >= kMaxShapeElements)
      return std::nullopt;
    elements.push_back(ShapeExpr::constant(x));
  }
  return elements;
}

/// Elementwise `combine` over traced operands of equal length, or of one
/// element (the broadcasts shape arithmetic uses).
static std::optional<Exprs>
traceElementwise(ValueRange operands,
                 llvm::function_ref<std::optional<ShapeExpr>(ArrayRef<ShapeExpr>)> combine) {
  SmallVector<Exprs> traced;
  size_t count = 1;
  for (Value operand : operands) {
    auto elements = traceShapeExprs(operand);
    if (!elements)
      return std::nullopt;
    count = std::max(count, elements->size());
    traced.push_back(std::move(*elements));
  }
  for (const Exprs &elements : traced)
    if (elements.size() != count && elements.size() != 1)
      return std::nullopt;
  Exprs result;
  for (size_t i = 0; i < count; ++i) {
    SmallVector<ShapeExpr> args;
    for (const Exprs &elements : traced)
      args.push_back(elements[elements.size() == 1 ? 0 : i]);
    std::optional<ShapeExpr> element = combine(args);
    if (!element)
      return std::nullopt;
    result.push_back(*element);
  }
  return result;
}

/// `kind` folded over the operands, left to right (Max and Min are
/// variadic).
static std::optional<Exprs> traceArithmetic(Operation *op, ShapeExpr::Kind kind,
                                            bool swap = false) {
  if (op->getNumOperands() == 0)
    return std::nullopt;
  return traceElementwise(op->getOperands(), [&](ArrayRef<ShapeExpr> args) {
    std::optional<ShapeExpr> acc = args[0];
    for (const ShapeExpr &arg : args.drop_front()) {
      acc = swap ? ShapeExpr::binary(kind, arg, *acc) : ShapeExpr::binary(kind, *acc, arg);
      if (!acc)
        return acc;
    }
    return acc;
  });
}

/// x == 0, as a 0/1 expression.
static std::optional<ShapeExpr> isZero(const ShapeExpr &x) {
  return ShapeExpr::binary(ShapeExpr::Kind::Equal, x, ShapeExpr::constant(0));
}

static std::optional<Exprs> traceOp(Operation *op, Value v) {
  using Kind = ShapeExpr::Kind;
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
  if (isa<SizeOp>(op)) {
    auto data = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    if (!data)
      return std::nullopt;
    std::optional<ShapeExpr> count = ShapeExpr::constant(1);
    for (int64_t i = 0; i < data.getRank() && count; ++i)
      count = ShapeExpr::binary(Kind::Mul, *count, ShapeExpr::dim(op->getOperand(0), i));
    if (!count)
      return std::nullopt;
    return Exprs{*count};
  }
  if (isa<GatherOp>(op))
    return traceGather(op);
  if (isa<SliceOp>(op))
    return traceSlice(op);
  if (isa<SplitOp>(op))
    return traceSplit(op, cast<OpResult>(v).getResultNumber());
  if (isa<RangeOp>(op))
    return traceRange(op);
  if (isa<CastOp>(op)) {
    auto source = traceShapeExprs(op->getOperand(0));
    auto sourceType = cast<RankedTensorType>(op->getOperand(0).getType());
    if (!source || !cast<RankedTensorType>(v.getType()).getElementType().isInteger(1) ||
        sourceType.getElementType().isInteger(1))
      return source;
    // To bool: x != 0.
    return traceElementwise(op->getOperands(), [](ArrayRef<ShapeExpr> args) {
      std::optional<ShapeExpr> zero = isZero(args[0]);
      return zero ? isZero(*zero) : zero;
    });
  }
  if (isa<UnsqueezeOp, SqueezeOp, IdentityOp>(op))
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
  if (isa<WhereOp>(op)) {
    // Choosing between one value and itself (exported function bodies
    // write `cond ? n : n`) is that value, whatever the condition.
    if (op->getOperand(1) == op->getOperand(2) && op->getOperand(1).getType() == v.getType())
      return traceShapeExprs(op->getOperand(1));
    return traceElementwise(op->getOperands(), [](ArrayRef<ShapeExpr> args) {
      return ShapeExpr::select(args[0], args[1], args[2]);
    });
  }
  if (isa<AddOp>(op))
    return traceArithmetic(op, Kind::Add);
  if (isa<SubOp>(op))
    return traceArithmetic(op, Kind::Sub);
  if (isa<MulOp>(op))
    return traceArithmetic(op, Kind::Mul);
  if (isa<DivOp>(op))
    return traceArithmetic(op, Kind::Div);
  if (isa<ModOp>(op) && getIntAttr(op, "fmod", 0) == 0)
    return traceArithmetic(op, Kind::Mod);
  if (isa<MaxOp>(op))
    return traceArithmetic(op, Kind::Max);
  if (isa<MinOp>(op))
    return traceArithmetic(op, Kind::Min);
  if (isa<EqualOp>(op))
    return traceArithmetic(op, Kind::Equal);
  if (isa<LessOp>(op))
    return traceArithmetic(op, Kind::Less);
  if (isa<GreaterOp>(op))
    return traceArithmetic(op, Kind::Less, /*swap=*/true);
  if (isa<AndOp>(op))
    return traceArithmetic(op, Kind::And);
  if (isa<OrOp>(op))
    return traceArithmetic(op, Kind::Or);
  if (isa<GreaterOrEqualOp, LessOrEqualOp>(op)) {
    // a >= b is !(a < b); a <= b is !(b < a).
    bool swap = isa<LessOrEqualOp>(op);
    return traceElementwise(op->getOperands(), [&](ArrayRef<ShapeExpr> args) {
      auto less = ShapeExpr::binary(Kind::Less, args[swap ? 1 : 0], args[swap ? 0 : 1]);
      return less ? isZero(*less) : less;
    });
  }
  if (isa<NotOp>(op))
    return traceElementwise(op->getOperands(),
                            [](ArrayRef<ShapeExpr> args) { return isZero(args[0]); });
  if (isa<NegOp>(op))
    return traceElementwise(op->getOperands(), [](ArrayRef<ShapeExpr> args) {
      return ShapeExpr::binary(Kind::Sub, ShapeExpr::constant(0), args[0]);
    });
  if (isa<AbsOp>(op))
    return traceElementwise(op->getOperands(), [](ArrayRef<ShapeExpr> args) {
      auto negated = ShapeExpr::binary(Kind::Sub, ShapeExpr::constant(0), args[0]);
      auto negative = ShapeExpr::binary(Kind::Less, args[0], ShapeExpr::constant(0));
      if (!negated || !negative)
        return std::optional<ShapeExpr>();
      return ShapeExpr::select(*negative, *negated, args[0]);
    });
  return std::nullopt;
}

std::optional<Exprs> traceShapeExprs(Value v) {
  if (!isShapeLike(v))
    return std::nullopt;
  if (auto ints = getConstantInts(v)) {
    Exprs elements;
    for (int64_t x : *ints)
      elements.push_back(ShapeExpr::constant(x));
    return elements;
  }
  if (isModelInput(v)) {
    Exprs elements;
    int64_t count = cast<RankedTensorType>(v.getType()).getNumElements();
    for (int64_t i = 0; i < count; ++i)
      elements.push_back(ShapeExpr::element(v, i));
    return elements;
  }
  Operation *op = v.getDefiningOp();
  if (!op || !isa<ONNXDialect>(op->getDialect()))
    return std::nullopt;
  return traceOp(op, v);
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
