//===- Diagonal.cpp - Trilu and EyeLike -> linalg.generic -----------------===//
//
// Ops that select by the position relative to a diagonal of the last two
// dims: each is one all-parallel generic over the result comparing
// column - row with the diagonal offset k (linalg.index gives both).
// Trilu keeps x where column - row <= k (lower) or >= k (upper) and writes
// 0 elsewhere; EyeLike writes 1 where column - row == k.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// column - row of the innermost two iteration dims, as an i64.
static Value getDiagonalDistance(OpBuilder &b, Location loc, int64_t rank) {
  Value row = linalg::IndexOp::create(b, loc, rank - 2);
  Value column = linalg::IndexOp::create(b, loc, rank - 1);
  return arith::IndexCastOp::create(b, loc, b.getI64Type(),
                                    arith::SubIOp::create(b, loc, column, row));
}

namespace {
/// Trilu: k from the optional scalar input (0 when absent; read at run
/// time when not constant).
struct TriluLowering : OpRewritePattern<onnx::TriluOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::TriluOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() < 2)
      return rewriter.notifyMatchFailure(op, "needs a ranked input of rank >= 2");
    Type element = inputType.getElementType();
    if (!isNumericOrBoolElement(element))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    Value k;
    if (op->getNumOperands() > 1 && !onnx::isNoValue(op->getOperand(1))) {
      Value kTensor = op->getOperand(1);
      if (auto ints = onnx::getConstantIntValues(kTensor); ints && ints->size() == 1) {
        k = arith::ConstantOp::create(rewriter, loc, rewriter.getI64IntegerAttr(ints->front()));
      } else {
        auto kType = dyn_cast<RankedTensorType>(kTensor.getType());
        if (!kType || !kType.hasStaticShape() || kType.getNumElements() != 1)
          return rewriter.notifyMatchFailure(op, "k must be a scalar");
        Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
        k = tensor::ExtractOp::create(rewriter, loc, kTensor,
                                      SmallVector<Value>(kType.getRank(), zero));
      }
    } else {
      k = arith::ConstantOp::create(rewriter, loc, rewriter.getI64IntegerAttr(0));
    }
    bool upper = onnx::getIntAttr(op, "upper", 1) != 0;
    int64_t rank = inputType.getRank();
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t i = 0; i < rank; ++i)
      dimSources.push_back({input, i});
    MLIRContext *ctx = rewriter.getContext();
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{input},
        {AffineMap::getMultiDimIdentityMap(rank, ctx)}, dimSources,
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          Value distance = getDiagonalDistance(b, l, rank);
          Value keep = arith::CmpIOp::create(
              b, l, upper ? arith::CmpIPredicate::sge : arith::CmpIPredicate::sle,
              distance, k);
          Value zero = arith::ConstantOp::create(b, l, b.getZeroAttr(element));
          return arith::SelectOp::create(b, l, keep, args[0], zero);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// EyeLike: a 2-D result of the input's shape and the result's element
/// type, 1 on diagonal k, 0 elsewhere; the input's values are not read.
struct EyeLikeLowering : OpRewritePattern<onnx::EyeLikeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::EyeLikeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || resultType.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "needs a 2-D ranked result");
    Type element = resultType.getElementType();
    if (!isNumericOrBoolElement(element))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    int64_t k = onnx::getIntAttr(op, "k", 0);
    SmallVector<std::pair<Value, int64_t>> dimSources = {{input, 0}, {input, 1}};
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{}, {}, dimSources,
        [&](OpBuilder &b, Location l, ValueRange) -> Value {
          Value distance = getDiagonalDistance(b, l, 2);
          Value onDiagonal = arith::CmpIOp::create(
              b, l, arith::CmpIPredicate::eq, distance,
              arith::ConstantOp::create(b, l, b.getI64IntegerAttr(k)));
          return convertScalar(b, l, onDiagonal, element);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void populateDiagonalPatterns(RewritePatternSet &patterns) {
  patterns.add<TriluLowering, EyeLikeLowering>(patterns.getContext());
}

} // namespace onnxc
