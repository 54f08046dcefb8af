//===- SimplifyShapeComputations.cpp - computed Reshape shapes -> constants ===//
//
// Folds shape tensors that trace to constants (dialects/onnx/
// ShapeExpressions.h) and turns Reshape shapes into constants with 0/-1
// where the dims they copy allow it. See Passes.td.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ShapeExpressions.h"
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
/// Reshape(x, <traced shape>) -> Reshape(x, <constant shape with 0/-1>).
struct ConstantReshapeShape : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ReshapeOp op, PatternRewriter &rewriter) const override {
    Value data = op->getOperand(0), shape = op->getOperand(1);
    if (getConstantIntValues(shape))
      return rewriter.notifyMatchFailure(op, "shape is already constant");
    auto elements = traceShapeExprs(shape);
    if (!elements)
      return rewriter.notifyMatchFailure(op, "shape is not traceable");
    bool allowZero = getIntAttr(op, "allowzero", 0) != 0;
    SmallVector<int64_t> dims;
    for (auto [i, element] : llvm::enumerate(*elements)) {
      if (std::optional<int64_t> constant = element.getConstant()) {
        if (*constant == 0 && allowZero)
          return rewriter.notifyMatchFailure(op, "allowzero with a 0 dim");
        dims.push_back(*constant);
      } else if (element.isDimOf(data, i) && !allowZero) {
        dims.push_back(0);
      } else {
        return rewriter.notifyMatchFailure(op, "a dim computed at run time");
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

/// Small integer tensors computed only from constants and static dims
/// (Gather(Shape(x), 2) of a [?, ?, 2304] x; `head_dim * 3` chunk bounds;
/// Range(0, Size(Shape(x))) reduction axes; the Mod/Equal/Where that pick a
/// group size) -> constants, so that ops reading them as a shape, a bound
/// or a condition see a constant. Every result must fold (Split has many).
struct FoldConstantShapeTensor : RewritePattern {
  FoldConstantShapeTensor(StringRef opName, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    SmallVector<Value> constants;
    for (Value result : op->getResults()) {
      auto type = dyn_cast<RankedTensorType>(result.getType());
      if (!type)
        return rewriter.notifyMatchFailure(op, "not a ranked result");
      auto values = traceConstantShape(result);
      if (!values || static_cast<int64_t>(values->size()) != type.getNumElements())
        return rewriter.notifyMatchFailure(op, "not constant");
      unsigned width = type.getElementType().getIntOrFloatBitWidth();
      SmallVector<APInt> elements;
      for (int64_t value : *values)
        elements.push_back(APInt(width, value, /*isSigned=*/width > 1, /*implicitTrunc=*/true));
      OperationState state(op->getLoc(), ConstantOp::getOperationName());
      state.addAttribute("value", DenseElementsAttr::get(type, elements));
      state.addTypes(type);
      constants.push_back(rewriter.create(state)->getResult(0));
    }
    if (constants.empty())
      return rewriter.notifyMatchFailure(op, "no results");
    rewriter.replaceOp(op, constants);
    return success();
  }
};

/// If whose condition traces to a constant (ONNX's function bodies branch
/// on `Size(size) == 4` or on an attribute) -> the ops of the branch taken,
/// so that the shapes computed inside it can fold or be traced.
struct InlineConstantIf : OpRewritePattern<IfOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(IfOp op, PatternRewriter &rewriter) const override {
    auto condition = traceConstantShape(op->getOperand(0));
    if (!condition || condition->size() != 1)
      return rewriter.notifyMatchFailure(op, "condition not constant");
    Region &taken = (*condition)[0] != 0 ? op.getThenBranch() : op.getElseBranch();
    if (!taken.hasOneBlock() || taken.front().getNumArguments() != 0)
      return rewriter.notifyMatchFailure(op, "branch is not one block without arguments");
    Block &block = taken.front();
    Operation *yield = block.getTerminator();
    SmallVector<Value> results(yield->getOperands());
    if (results.size() != op->getNumResults())
      return rewriter.notifyMatchFailure(op, "branch yields a different count");
    rewriter.inlineBlockBefore(&block, op);
    rewriter.eraseOp(yield);
    rewriter.replaceOp(op, results);
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
    patterns.add<InlineConstantIf>(&getContext());
    for (StringRef name :
         {"onnx.Shape", "onnx.Size", "onnx.Gather", "onnx.Slice", "onnx.Split",
          "onnx.Unsqueeze", "onnx.Squeeze", "onnx.Cast", "onnx.Identity", "onnx.Concat",
          "onnx.Range", "onnx.Add", "onnx.Sub", "onnx.Mul", "onnx.Div", "onnx.Mod",
          "onnx.Max", "onnx.Min", "onnx.Neg", "onnx.Abs", "onnx.Equal", "onnx.Less",
          "onnx.Greater", "onnx.LessOrEqual", "onnx.GreaterOrEqual", "onnx.Not", "onnx.And",
          "onnx.Or", "onnx.Where"})
      patterns.add<FoldConstantShapeTensor>(name, &getContext());
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
