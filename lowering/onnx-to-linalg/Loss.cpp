//===- Loss.cpp - NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss ------===//
//
// Direct lowerings: both operators' ONNX function bodies are built by
// context-dependent functions, which the schemas do not carry.
//
// NegativeLogLikelihoodLoss over input [N, C, d1..dk] and target
// [N, d1..dk]: one elementwise generic over the target's shape reads
// -input[n, t, d...] * weight[t] (weight 1 without the input) and the
// weight itself, both 0 where t is ignore_index; reduction "none" returns
// the losses, "sum" their sum, "mean" their sum over the sum of the weights
// (the count of targets not ignored, without weights). The targets are
// data used as addresses: they go through checkIndices against C first,
// ignore_index exempt, and the generic reads at the clamped class.
//
// SoftmaxCrossEntropyLoss: log_softmax over axis 1 (max, exp-sum of the
// shifted scores, shifted - log(sum)), then the same loss over it; the
// log-probabilities are the optional second result.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
enum class Reduction { None, Sum, Mean };

/// The operands and attributes both losses share, checked.
struct LossForm {
  Value target;
  Value weight; // null when absent
  std::optional<int64_t> ignoreIndex;
  Reduction reduction = Reduction::Mean;
};

/// Reads the target, weight and attributes of `op` (operands 1 and 2),
/// or says why the form is not supported.
FailureOr<LossForm> getLossForm(Operation *op, PatternRewriter &rewriter,
                                RankedTensorType inputType) {
  LossForm form;
  form.target = op->getOperand(1);
  auto targetType = dyn_cast<RankedTensorType>(form.target.getType());
  if (!targetType || !isa<IntegerType>(targetType.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs a ranked integer target");
  if (inputType.getRank() < 2 || targetType.getRank() != inputType.getRank() - 1)
    return rewriter.notifyMatchFailure(op, "target rank must be the input's minus 1");
  if (op->getNumOperands() > 2 && !onnx::isNoValue(op->getOperand(2))) {
    form.weight = op->getOperand(2);
    auto weightType = dyn_cast<RankedTensorType>(form.weight.getType());
    if (!weightType || weightType.getRank() != 1 ||
        weightType.getElementType() != inputType.getElementType())
      return rewriter.notifyMatchFailure(op, "weight must be 1-D of the input's type");
  }
  if (onnx::hasAttr(op, "ignore_index"))
    form.ignoreIndex = onnx::getIntAttr(op, "ignore_index", 0);
  std::string reduction = onnx::getStringAttr(op, "reduction", "mean");
  if (reduction == "none")
    form.reduction = Reduction::None;
  else if (reduction == "sum")
    form.reduction = Reduction::Sum;
  else if (reduction == "mean")
    form.reduction = Reduction::Mean;
  else
    return rewriter.notifyMatchFailure(op, "reduction must be none, sum or mean");
  return form;
}

/// The loss over log-probabilities `logProb` [N, C, d...]: a tensor of the
/// target's shape (reduction none) or a scalar.
FailureOr<Value> buildNegativeLogLikelihood(PatternRewriter &rewriter, Location loc,
                                            Operation *op, Value logProb,
                                            const LossForm &form) {
  auto inputType = cast<RankedTensorType>(logProb.getType());
  auto targetType = cast<RankedTensorType>(form.target.getType());
  Type element = inputType.getElementType();
  Value classes = getDimValue(rewriter, loc, logProb, 1);
  FailureOr<CheckedIndices> checked =
      checkIndices(rewriter, loc, op, "target", form.target, {classes},
                   /*componentDim=*/-1, /*allowNegative=*/false, form.ignoreIndex);
  if (failed(checked))
    return rewriter.notifyMatchFailure(op, "target out of range");

  int64_t rank = targetType.getRank();
  MLIRContext *ctx = rewriter.getContext();
  auto lossType = RankedTensorType::get(targetType.getShape(), element);
  SmallVector<std::pair<Value, int64_t>> dimSources;
  for (int64_t d = 0; d < rank; ++d)
    dimSources.push_back({form.target, d});
  Value lossInit = createEmptyTensor(rewriter, loc, lossType, dimSources);
  Value weightInit = createEmptyTensor(rewriter, loc, lossType, dimSources);
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
  Value emptyClasses = checked->anyEmptySize;
  auto perElement = linalg::GenericOp::create(
      rewriter, loc, TypeRange{lossType, lossType}, ValueRange{checked->indices, form.target},
      ValueRange{lossInit, weightInit}, {identity, identity, identity, identity}, iterators,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value zero = arith::ConstantOp::create(b, l, b.getZeroAttr(element));
        Value clazz = arith::IndexCastOp::create(b, l, b.getIndexType(), args[0]);
        auto read = [&](OpBuilder &rb) {
          SmallVector<Value> position = {linalg::IndexOp::create(rb, l, 0), clazz};
          for (int64_t d = 1; d < rank; ++d)
            position.push_back(linalg::IndexOp::create(rb, l, d));
          Value x = tensor::ExtractOp::create(rb, l, logProb, position);
          Value w = form.weight
                        ? Value(tensor::ExtractOp::create(rb, l, form.weight, ValueRange{clazz}))
                        : createFloatConstant(rb, l, element, 1.0);
          return std::make_pair(x, w);
        };
        Value x, w;
        if (!emptyClasses) {
          std::tie(x, w) = read(b);
        } else {
          // No class to read, not even a clamped one: only ignored targets
          // pass the check then.
          auto guarded = scf::IfOp::create(b, l, TypeRange{element, element}, emptyClasses,
                                           /*withElseRegion=*/true);
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPointToStart(guarded.thenBlock());
          scf::YieldOp::create(b, l, ValueRange{zero, zero});
          b.setInsertionPointToStart(guarded.elseBlock());
          auto [rx, rw] = read(b);
          scf::YieldOp::create(b, l, ValueRange{rx, rw});
          x = guarded.getResult(0);
          w = guarded.getResult(1);
        }
        Value loss = arith::NegFOp::create(b, l, arith::MulFOp::create(b, l, x, w));
        if (form.ignoreIndex) {
          Value target = convertScalar(b, l, args[1], b.getI64Type());
          Value ignored = arith::CmpIOp::create(
              b, l, arith::CmpIPredicate::eq, target,
              arith::ConstantIntOp::create(b, l, b.getI64Type(), *form.ignoreIndex));
          loss = arith::SelectOp::create(b, l, ignored, zero, loss);
          w = arith::SelectOp::create(b, l, ignored, zero, w);
        }
        linalg::YieldOp::create(b, l, ValueRange{loss, w});
      });
  Value losses = perElement.getResult(0);
  if (form.reduction == Reduction::None)
    return losses;

  SmallVector<bool> all(rank, true);
  auto sum = [&](Value values) {
    return buildReduction(rewriter, loc, values, all, /*keepDims=*/false,
                          cast<TypedAttr>(rewriter.getZeroAttr(element)),
                          [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
                            return arith::AddFOp::create(b, l, v, acc);
                          });
  };
  Value total = sum(losses);
  if (form.reduction == Reduction::Sum)
    return total;
  Value totalWeight = sum(perElement.getResult(1));
  return buildElementwise(rewriter, loc, cast<RankedTensorType>(total.getType()),
                          ValueRange{total, totalWeight},
                          [](OpBuilder &b, Location l, ValueRange args) -> Value {
                            return arith::DivFOp::create(b, l, args[0], args[1]);
                          });
}

/// `value` as `type` (the declared result type may be more precise).
Value castTo(OpBuilder &b, Location loc, Value value, RankedTensorType type) {
  return value.getType() == type ? value
                                 : tensor::CastOp::create(b, loc, type, value).getResult();
}

/// The input of both losses, checked.
FailureOr<RankedTensorType> getLossInputType(Operation *op, PatternRewriter &rewriter) {
  auto inputType = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
  if (!inputType || !isa<FloatType>(inputType.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs a ranked float input");
  return inputType;
}

struct NegativeLogLikelihoodLossLowering
    : OpRewritePattern<onnx::NegativeLogLikelihoodLossOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::NegativeLogLikelihoodLossOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<RankedTensorType> inputType = getLossInputType(op, rewriter);
    RankedTensorType resultType = getRankedResultType(op);
    if (failed(inputType) || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    FailureOr<LossForm> form = getLossForm(op, rewriter, *inputType);
    if (failed(form))
      return failure();
    FailureOr<Value> loss =
        buildNegativeLogLikelihood(rewriter, op.getLoc(), op, op->getOperand(0), *form);
    if (failed(loss))
      return failure();
    rewriter.replaceOp(op, castTo(rewriter, op.getLoc(), *loss, resultType));
    return success();
  }
};

struct SoftmaxCrossEntropyLossLowering
    : OpRewritePattern<onnx::SoftmaxCrossEntropyLossOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::SoftmaxCrossEntropyLossOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FailureOr<RankedTensorType> scoresType = getLossInputType(op, rewriter);
    RankedTensorType resultType = getRankedResultType(op);
    if (failed(scoresType) || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    RankedTensorType logProbType;
    if (op->getNumResults() > 1 && !op->getResult(1).use_empty()) {
      logProbType = getRankedResultType(op, 1);
      if (!logProbType)
        return rewriter.notifyMatchFailure(op, "needs a ranked log_prob type");
    }
    FailureOr<LossForm> form = getLossForm(op, rewriter, *scoresType);
    if (failed(form))
      return failure();

    // log_softmax over the class axis.
    Value scores = op->getOperand(0);
    Type element = scoresType->getElementType();
    SmallVector<bool> classAxis(scoresType->getRank(), false);
    classAxis[1] = true;
    Value maximum = buildReduction(
        rewriter, loc, scores, classAxis, /*keepDims=*/true, getLowestValue(rewriter, element),
        [](OpBuilder &b, Location l, Value v, Value acc) {
          return createBinary(b, l, BinaryKind::Max, v, acc);
        });
    Value shifted = buildElementwise(rewriter, loc, *scoresType, ValueRange{scores, maximum},
                                     [](OpBuilder &b, Location l, ValueRange args) -> Value {
                                       return arith::SubFOp::create(b, l, args[0], args[1]);
                                     });
    Value expSum = buildReduction(
        rewriter, loc, shifted, classAxis, /*keepDims=*/true,
        cast<TypedAttr>(rewriter.getZeroAttr(element)),
        [](OpBuilder &b, Location l, Value v, Value acc) -> Value {
          return arith::AddFOp::create(b, l, math::ExpOp::create(b, l, v), acc);
        });
    Value logProb = buildElementwise(
        rewriter, loc, *scoresType, ValueRange{shifted, expSum},
        [](OpBuilder &b, Location l, ValueRange args) -> Value {
          return arith::SubFOp::create(b, l, args[0], math::LogOp::create(b, l, args[1]));
        });

    FailureOr<Value> loss = buildNegativeLogLikelihood(rewriter, loc, op, logProb, *form);
    if (failed(loss))
      return failure();
    SmallVector<Value> results = {castTo(rewriter, loc, *loss, resultType)};
    if (op->getNumResults() > 1)
      results.push_back(logProbType ? castTo(rewriter, loc, logProb, logProbType)
                                    : Value(logProb));
    if (results.size() > 1 && results[1].getType() != op->getResult(1).getType())
      results[1] = tensor::CastOp::create(rewriter, loc, op->getResult(1).getType(), logProb);
    rewriter.replaceOp(op, results);
    return success();
  }
};
} // namespace

void populateLossPatterns(RewritePatternSet &patterns) {
  patterns.add<NegativeLogLikelihoodLossLowering, SoftmaxCrossEntropyLossLowering>(
      patterns.getContext());
}

} // namespace onnxc
