//===- SimplifyShapeComputations.cpp - computed Reshape shapes -> constants ===//
//
// Traces each element of a Reshape's shape tensor through Constant, Shape,
// Gather, Unsqueeze, Squeeze, Concat, Cast and Identity. See Passes.td.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"
#include "lowering/onnx/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc::onnx {

#define GEN_PASS_DEF_SIMPLIFYSHAPECOMPUTATIONS
#include "lowering/onnx/Passes.h.inc"

namespace {
/// One element of a 1-D shape tensor: a constant, or dim `dim` of `tensor`.
struct ShapeElement {
  std::optional<int64_t> constant;
  Value tensor;
  int64_t dim = 0;
};
} // namespace

/// The elements of the 1-D (or 0-D) integer tensor `v`, or nullopt when an
/// element comes from something other than constants and tensor dims.
static std::optional<SmallVector<ShapeElement>> traceShapeElements(Value v) {
  if (auto ints = getConstantIntValues(v)) {
    SmallVector<ShapeElement> elements;
    for (int64_t x : *ints)
      elements.push_back({x, nullptr, 0});
    return elements;
  }
  Operation *op = v.getDefiningOp();
  if (!op)
    return std::nullopt;
  if (isa<ShapeOp>(op)) {
    auto data = getRankedType(op->getOperand(0));
    if (!data)
      return std::nullopt;
    auto [start, end] = getShapeOpRange(op, data.getRank());
    SmallVector<ShapeElement> elements;
    for (int64_t i = start; i < end; ++i)
      elements.push_back({std::nullopt, op->getOperand(0), i});
    return elements;
  }
  if (isa<GatherOp>(op)) {
    auto source = traceShapeElements(op->getOperand(0));
    auto indices = getConstantIntValues(op->getOperand(1));
    if (!source || !indices || getIntAttr(op, "axis", 0) != 0)
      return std::nullopt;
    SmallVector<ShapeElement> elements;
    for (int64_t index : *indices) {
      index = index < 0 ? index + source->size() : index;
      if (index < 0 || index >= static_cast<int64_t>(source->size()))
        return std::nullopt;
      elements.push_back((*source)[index]);
    }
    return elements;
  }
  if (isa<UnsqueezeOp, SqueezeOp, CastOp, IdentityOp>(op))
    return traceShapeElements(op->getOperand(0));
  if (isa<ConcatOp>(op)) {
    SmallVector<ShapeElement> elements;
    for (Value operand : op->getOperands()) {
      auto part = traceShapeElements(operand);
      if (!part)
        return std::nullopt;
      llvm::append_range(elements, *part);
    }
    return elements;
  }
  return std::nullopt;
}

namespace {
/// Reshape(x, <traced shape>) -> Reshape(x, <constant shape with 0/-1>).
struct ConstantReshapeShape : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    Value data = op->getOperand(0), shape = op->getOperand(1);
    if (getConstantIntValues(shape))
      return rewriter.notifyMatchFailure(op, "shape is already constant");
    auto elements = traceShapeElements(shape);
    if (!elements)
      return rewriter.notifyMatchFailure(op, "shape is not traceable");
    bool allowZero = getIntAttr(op, "allowzero", 0) != 0;
    SmallVector<int64_t> dims;
    for (auto [i, element] : llvm::enumerate(*elements)) {
      if (element.constant) {
        if (*element.constant == 0 && allowZero)
          return rewriter.notifyMatchFailure(op, "allowzero with a 0 dim");
        dims.push_back(*element.constant);
        continue;
      }
      auto type = getRankedType(element.tensor);
      if (type && !type.isDynamicDim(element.dim)) {
        dims.push_back(type.getDimSize(element.dim));
      } else if (element.tensor == data && element.dim == static_cast<int64_t>(i) &&
                 !allowZero) {
        dims.push_back(0);
      } else {
        return rewriter.notifyMatchFailure(op, "dim of another tensor");
      }
    }
    auto shapeType = RankedTensorType::get({(int64_t)dims.size()}, rewriter.getI64Type());
    OperationState state(shape.getLoc(), ConstantOp::getOperationName());
    state.addAttribute("value", DenseElementsAttr::get(shapeType, ArrayRef<int64_t>(dims)));
    state.addTypes(shapeType);
    Value constant = rewriter.create(state)->getResult(0);
    rewriter.modifyOpInPlace(op, [&] { op->setOperand(1, constant); });
    return success();
  }
};

/// Add/Sub/Mul/Div of constant integer tensors (shape arithmetic such as
/// PyTorch's `head_dim * 3` chunk bounds) -> constant. Same-size operands or
/// one single-element operand; Div truncates toward zero, as ONNX does.
struct FoldShapeArithmetic : RewritePattern {
  FoldShapeArithmetic(StringRef opName, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    auto lhs = getConstantIntValues(op->getOperand(0));
    auto rhs = getConstantIntValues(op->getOperand(1));
    auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!lhs || !rhs || !type || !type.hasStaticShape() ||
        !type.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "not constant i64 operands");
    int64_t count = type.getNumElements();
    auto at = [&](const SmallVector<int64_t> &v, int64_t i) -> std::optional<int64_t> {
      if (static_cast<int64_t>(v.size()) == count)
        return v[i];
      if (v.size() == 1)
        return v[0];
      return std::nullopt;
    };
    StringRef kind = op->getName().stripDialect();
    SmallVector<int64_t> values;
    for (int64_t i = 0; i < count; ++i) {
      std::optional<int64_t> a = at(*lhs, i), b = at(*rhs, i);
      if (!a || !b || (kind == "Div" && *b == 0))
        return rewriter.notifyMatchFailure(op, "operands do not broadcast simply");
      values.push_back(kind == "Add"   ? *a + *b
                       : kind == "Sub" ? *a - *b
                       : kind == "Mul" ? *a * *b
                                       : *a / *b);
    }
    OperationState state(op->getLoc(), ConstantOp::getOperationName());
    state.addAttribute("value", DenseElementsAttr::get(type, ArrayRef<int64_t>(values)));
    state.addTypes(type);
    rewriter.replaceOp(op, rewriter.create(state)->getResults());
    return success();
  }
};

/// Re-infers an onnx op's result types; succeeds when they changed, so that
/// the driver folds what became static and reaches the op's users in the
/// next sweep (a 12-layer encoder's shapes resolve layer after layer).
struct RefineResultTypes : RewritePattern {
  RefineResultTypes(MLIRContext *ctx, bool &failedInference)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, ctx),
        failedInference(failedInference) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    if (!isa<ONNXDialect>(op->getDialect()))
      return rewriter.notifyMatchFailure(op, "not an onnx op");
    SmallVector<Type> before(op->getResultTypes());
    if (failed(inferShapes(op))) {
      failedInference = true;
      return failure();
    }
    if (llvm::equal(before, op->getResultTypes()))
      return rewriter.notifyMatchFailure(op, "types unchanged");
    // Tell the driver, so the op's users are revisited.
    rewriter.modifyOpInPlace(op, [] {});
    for (Operation *user : op->getUsers())
      rewriter.modifyOpInPlace(user, [] {});
    return success();
  }

  bool &failedInference;
};

struct SimplifyShapeComputationsPass
    : impl::SimplifyShapeComputationsBase<SimplifyShapeComputationsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    bool failedInference = false;
    patterns.add<ConstantReshapeShape>(&getContext());
    patterns.add<RefineResultTypes>(&getContext(), failedInference);
    for (StringRef name : {"onnx.Add", "onnx.Sub", "onnx.Mul", "onnx.Div"})
      patterns.add<FoldShapeArithmetic>(name, &getContext());
    GreedyRewriteConfig config;
    config.setMaxIterations(GreedyRewriteConfig::kNoLimit);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns), config)) ||
        failedInference)
      return signalPassFailure();
    // The function returns what its body now computes.
    func::FuncOp function = getOperation();
    function.setType(FunctionType::get(
        function.getContext(), function.getArgumentTypes(),
        function.getBody().back().getTerminator()->getOperandTypes()));
  }
};
} // namespace

} // namespace onnxc::onnx
