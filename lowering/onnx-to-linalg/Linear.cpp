//===- Linear.cpp - Gemm and MatMul -> linalg contractions ----------------===//
//
// Both become one linalg.generic contraction whose indexing maps carry the
// transposes (Gemm's transA/transB) and the batch broadcasting (MatMul), so
// no transposed copy of a weight is ever materialised.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

/// acc += a * b over the iteration space described by `maps`, the last
/// iterator being the reduction.
static Value buildContraction(OpBuilder &b, Location loc, Value lhs, Value rhs,
                              Value accumulator, ArrayRef<AffineMap> maps) {
  unsigned numLoops = maps.front().getNumDims();
  SmallVector<utils::IteratorType> iterators(numLoops, utils::IteratorType::parallel);
  iterators.back() = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, loc, TypeRange{accumulator.getType()}, ValueRange{lhs, rhs},
             ValueRange{accumulator}, maps, iterators,
             [](OpBuilder &nested, Location l, ValueRange args) {
               Value product = arith::MulFOp::create(nested, l, args[0], args[1]);
               linalg::YieldOp::create(nested, l,
                                       {arith::AddFOp::create(nested, l, args[2], product)});
             })
      .getResult(0);
}

namespace {
/// Gemm: Y = alpha * op(A) * op(B) + beta * C, with C broadcast.
struct GemmLowering : OpRewritePattern<onnx::GemmOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GemmOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value a = op->getOperand(0), b = op->getOperand(1), c = op->getOperand(2);
    RankedTensorType resultType = getRankedResultType(op);
    auto aType = dyn_cast<RankedTensorType>(a.getType());
    auto bType = dyn_cast<RankedTensorType>(b.getType());
    if (!resultType || !aType || !bType ||
        !isa<FloatType>(resultType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs ranked float tensors");
    bool transA = onnx::getIntAttr(op, "transA", 0);
    bool transB = onnx::getIntAttr(op, "transB", 0);
    double alpha = onnx::getFloatAttr(op, "alpha", 1.0);
    double beta = onnx::getFloatAttr(op, "beta", 1.0);
    Type element = resultType.getElementType();
    SmallVector<std::pair<Value, int64_t>> dimSources = {{a, transA ? 1 : 0},
                                                         {b, transB ? 0 : 1}};

    // The accumulator starts as beta * C (broadcast) or zeros.
    Value accumulator;
    if (!onnx::isNoValue(c) && beta != 0.0) {
      auto cType = dyn_cast<RankedTensorType>(c.getType());
      if (!cType)
        return rewriter.notifyMatchFailure(op, "C is not ranked");
      Value scale = arith::ConstantOp::create(rewriter, loc, rewriter.getFloatAttr(element, beta));
      Value empty = createEmptyTensor(rewriter, loc, resultType, dimSources);
      MLIRContext *ctx = rewriter.getContext();
      SmallVector<AffineMap> maps = {getBroadcastMap(cType, resultType, ctx),
                                     AffineMap::getMultiDimIdentityMap(2, ctx)};
      accumulator =
          linalg::GenericOp::create(
              rewriter, loc, TypeRange{resultType}, ValueRange{c}, ValueRange{empty},
              maps, SmallVector<utils::IteratorType>(2, utils::IteratorType::parallel),
              [&](OpBuilder &nested, Location l, ValueRange args) {
                Value v = beta == 1.0 ? args[0]
                                      : arith::MulFOp::create(nested, l, args[0], scale).getResult();
                linalg::YieldOp::create(nested, l, v);
              })
              .getResult(0);
    } else {
      accumulator = createFilledTensor(rewriter, loc, resultType,
                                       rewriter.getFloatAttr(element, 0), dimSources);
    }

    Value lhs = a;
    if (alpha != 1.0) {
      Value scale = arith::ConstantOp::create(rewriter, loc, rewriter.getFloatAttr(element, alpha));
      lhs = buildElementwise(rewriter, loc, aType, ValueRange{a},
                             [&](OpBuilder &nested, Location l, ValueRange args) {
                               return arith::MulFOp::create(nested, l, args[0], scale);
                             });
    }
    // Iteration space (m, n, k).
    MLIRContext *ctx = rewriter.getContext();
    AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
               k = getAffineDimExpr(2, ctx);
    SmallVector<AffineMap> maps = {
        AffineMap::get(3, 0, transA ? ArrayRef<AffineExpr>{k, m} : ArrayRef<AffineExpr>{m, k}, ctx),
        AffineMap::get(3, 0, transB ? ArrayRef<AffineExpr>{n, k} : ArrayRef<AffineExpr>{k, n}, ctx),
        AffineMap::get(3, 0, {m, n}, ctx)};
    rewriter.replaceOp(op, buildContraction(rewriter, loc, lhs, b, accumulator, maps));
    return success();
  }
};

/// MatMul: batch dims broadcast numpy-style. A 1-D operand is a row
/// (lhs) or a column (rhs) viewed as 2-D, and the result drops that dim
/// again, as numpy's matmul does.
struct MatMulLowering : OpRewritePattern<onnx::MatMulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MatMulOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value a = op->getOperand(0), b = op->getOperand(1);
    RankedTensorType resultType = getRankedResultType(op);
    auto aType = dyn_cast<RankedTensorType>(a.getType());
    auto bType = dyn_cast<RankedTensorType>(b.getType());
    if (!resultType || !aType || !bType || aType.getRank() < 1 ||
        bType.getRank() < 1 || !isa<FloatType>(resultType.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs float operands of rank >= 1");
    bool rowVector = aType.getRank() == 1, columnVector = bType.getRank() == 1;
    if (!rowVector && !columnVector) {
      rewriter.replaceOp(op, buildMatMul(rewriter, loc, a, b, resultType));
      return success();
    }
    // The 2-D views and the result with the vectors' unit dims kept.
    Type element = resultType.getElementType();
    SmallVector<int64_t> full(resultType.getShape());
    if (columnVector)
      full.push_back(1);
    if (full.empty())
      return rewriter.notifyMatchFailure(op, "result rank does not match the operands");
    if (rowVector)
      full.insert(full.end() - 1, 1);
    int64_t expectedRank = std::max<int64_t>(rowVector ? 2 : aType.getRank(),
                                             columnVector ? 2 : bType.getRank());
    if (static_cast<int64_t>(full.size()) != expectedRank)
      return rewriter.notifyMatchFailure(op, "result rank does not match the operands");
    auto view = [&](Value v, RankedTensorType type, bool lhs) -> FailureOr<Value> {
      SmallVector<int64_t> shape = lhs ? SmallVector<int64_t>{1, type.getDimSize(0)}
                                       : SmallVector<int64_t>{type.getDimSize(0), 1};
      return reshapeTensor(rewriter, loc, v, RankedTensorType::get(shape, type.getElementType()));
    };
    if (rowVector) {
      FailureOr<Value> viewed = view(a, aType, true);
      if (failed(viewed))
        return rewriter.notifyMatchFailure(op, "cannot view the vector as a matrix");
      a = *viewed;
    }
    if (columnVector) {
      FailureOr<Value> viewed = view(b, bType, false);
      if (failed(viewed))
        return rewriter.notifyMatchFailure(op, "cannot view the vector as a matrix");
      b = *viewed;
    }
    Value product = buildMatMul(rewriter, loc, a, b, RankedTensorType::get(full, element));
    FailureOr<Value> result = reshapeTensor(rewriter, loc, product, resultType);
    if (failed(result))
      return rewriter.notifyMatchFailure(op, "cannot drop the vectors' unit dims");
    rewriter.replaceOp(op, *result);
    return success();
  }

private:
  /// The product of rank >= 2 operands into a new tensor of `resultType`.
  static Value buildMatMul(PatternRewriter &rewriter, Location loc, Value a, Value b,
                           RankedTensorType resultType) {
    auto aType = cast<RankedTensorType>(a.getType());
    auto bType = cast<RankedTensorType>(b.getType());
    MLIRContext *ctx = rewriter.getContext();
    int64_t rank = resultType.getRank(), batch = rank - 2;
    // Loops: batch..., m, n, k.
    auto operandMap = [&](RankedTensorType type, bool isLhs) {
      SmallVector<AffineExpr> exprs;
      int64_t offset = batch - (type.getRank() - 2);
      for (int64_t i = 0; i < type.getRank() - 2; ++i) {
        bool broadcast = type.getDimSize(i) == 1 && resultType.getDimSize(offset + i) != 1;
        exprs.push_back(broadcast ? getAffineConstantExpr(0, ctx)
                                  : getAffineDimExpr(offset + i, ctx));
      }
      AffineExpr m = getAffineDimExpr(batch, ctx), n = getAffineDimExpr(batch + 1, ctx),
                 k = getAffineDimExpr(batch + 2, ctx);
      exprs.push_back(isLhs ? m : k);
      exprs.push_back(isLhs ? k : n);
      return AffineMap::get(rank + 1, 0, exprs, ctx);
    };
    SmallVector<AffineExpr> outExprs;
    for (int64_t i = 0; i < rank; ++i)
      outExprs.push_back(getAffineDimExpr(i, ctx));
    SmallVector<AffineMap> maps = {operandMap(aType, true), operandMap(bType, false),
                                   AffineMap::get(rank + 1, 0, outExprs, ctx)};
    // Dynamic result dims come from whichever operand carries them.
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t i = 0; i < batch; ++i) {
      int64_t aDim = i - (batch - (aType.getRank() - 2));
      dimSources.push_back(aDim >= 0 && aType.getDimSize(aDim) != 1
                               ? std::make_pair(a, aDim)
                               : std::make_pair(b, i - (batch - (bType.getRank() - 2))));
    }
    dimSources.push_back({a, aType.getRank() - 2});
    dimSources.push_back({b, bType.getRank() - 1});
    Value accumulator = createFilledTensor(
        rewriter, loc, resultType, rewriter.getFloatAttr(resultType.getElementType(), 0),
        dimSources);
    return buildContraction(rewriter, loc, a, b, accumulator, maps);
  }
};
} // namespace

void populateLinearPatterns(RewritePatternSet &patterns) {
  patterns.add<GemmLowering, MatMulLowering>(patterns.getContext());
}

} // namespace onnxc
