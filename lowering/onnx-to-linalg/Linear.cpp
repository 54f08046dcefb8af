//===- Linear.cpp - Gemm, MatMul and the integer MatMuls -> linalg -------===//
//
// Both become one linalg.generic contraction whose indexing maps carry the
// transposes (Gemm's transA/transB) and the batch broadcasting (MatMul), so
// no transposed copy of a weight is ever materialised. MatMulInteger and
// QLinearMatMul are the same contraction in i32 over their 8-bit operands
// minus the zero points (widened inside the body), QLinearMatMul then
// requantized as ONNX Runtime does (Quantize.h).
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Quantize.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
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

/// The iteration space (batch..., m, n, k) of a matmul of `a` by `b`
/// (rank >= 2, batch dims broadcast numpy-style) into `resultType`: the maps
/// of A, B and the result, and where each dynamic result dim comes from.
struct MatMulSpace {
  SmallVector<AffineMap> maps;
  SmallVector<std::pair<Value, int64_t>> dimSources;
};

static MatMulSpace getMatMulSpace(Value a, Value b, RankedTensorType resultType) {
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  MLIRContext *ctx = resultType.getContext();
  int64_t rank = resultType.getRank(), batch = rank - 2;
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
  MatMulSpace space;
  space.maps = {operandMap(aType, true), operandMap(bType, false),
                AffineMap::get(rank + 1, 0, outExprs, ctx)};
  // Dynamic result dims come from whichever operand carries them.
  for (int64_t i = 0; i < batch; ++i) {
    int64_t aDim = i - (batch - (aType.getRank() - 2));
    space.dimSources.push_back(aDim >= 0 && aType.getDimSize(aDim) != 1
                                   ? std::make_pair(a, aDim)
                                   : std::make_pair(b, i - (batch - (bType.getRank() - 2))));
  }
  space.dimSources.push_back({a, aType.getRank() - 2});
  space.dimSources.push_back({b, bType.getRank() - 1});
  return space;
}

/// Checks the operands of a matmul-like op (MatMul, MatMulInteger,
/// QLinearMatMul): A and B ranked with rank >= 2 and a ranked result.
static LogicalResult matchMatMulOperands(PatternRewriter &rewriter, Operation *op, Value a,
                                         Value b) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  RankedTensorType resultType = getRankedResultType(op);
  if (!resultType || !aType || !bType || aType.getRank() < 2 || bType.getRank() < 2 ||
      resultType.getRank() != std::max(aType.getRank(), bType.getRank()))
    return rewriter.notifyMatchFailure(op, "needs ranked operands of rank >= 2");
  return success();
}

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
    MatMulSpace space = getMatMulSpace(a, b, resultType);
    Value accumulator = createFilledTensor(
        rewriter, loc, resultType, rewriter.getFloatAttr(resultType.getElementType(), 0),
        space.dimSources);
    return buildContraction(rewriter, loc, a, b, accumulator, space.maps);
  }
};

/// The map that reads a zero point (or scale) of a quantized matmul operand
/// from the iteration space (batch..., m, n, k): one element, or a 1-D
/// tensor along `dim` (m: per row of A, n: per column of B) whose static
/// size is `size`. Failure when it is neither.
static FailureOr<AffineMap> getMatMulParameterMap(Value param, unsigned numDims, unsigned dim,
                                                  int64_t size) {
  if (isSingleElement(param))
    return getSingleElementMap(param, numDims);
  auto type = cast<RankedTensorType>(param.getType());
  if (type.getRank() != 1 || ShapedType::isDynamic(size) || type.getDimSize(0) != size)
    return failure();
  return AffineMap::get(numDims, 0, {getAffineDimExpr(dim, param.getContext())},
                        param.getContext());
}

/// The i32 product of (A - a_zero_point) and (B - b_zero_point), each
/// element widened to i32 in the contraction's body (no widened copy of
/// the operands): the common part of MatMulInteger and QLinearMatMul.
/// Zero points are absent (NoValue), one element, per row of A or per
/// column of B; null after a match failure otherwise.
static Value buildIntegerMatMul(PatternRewriter &rewriter, Operation *op, Value a, Value b,
                                Value aZeroPoint, Value bZeroPoint) {
  auto aType = cast<RankedTensorType>(a.getType());
  auto bType = cast<RankedTensorType>(b.getType());
  RankedTensorType resultType = getRankedResultType(op);
  auto accType = RankedTensorType::get(resultType.getShape(), rewriter.getI32Type());
  MatMulSpace space = getMatMulSpace(a, b, accType);
  unsigned numDims = space.maps.front().getNumDims();
  unsigned batch = accType.getRank() - 2;
  SmallVector<Value> inputs = {a, b};
  SmallVector<AffineMap> maps = {space.maps[0], space.maps[1]};
  bool hasA = !onnx::isNoValue(aZeroPoint), hasB = !onnx::isNoValue(bZeroPoint);
  if (hasA) {
    FailureOr<AffineMap> map = getMatMulParameterMap(aZeroPoint, numDims, batch,
                                                     aType.getDimSize(aType.getRank() - 2));
    if (failed(map)) {
      (void)rewriter.notifyMatchFailure(op, "a_zero_point must be one value or one per row");
      return nullptr;
    }
    inputs.push_back(aZeroPoint);
    maps.push_back(*map);
  }
  if (hasB) {
    FailureOr<AffineMap> map = getMatMulParameterMap(bZeroPoint, numDims, batch + 1,
                                                     bType.getDimSize(bType.getRank() - 1));
    if (failed(map)) {
      (void)rewriter.notifyMatchFailure(op, "b_zero_point must be one value or one per column");
      return nullptr;
    }
    inputs.push_back(bZeroPoint);
    maps.push_back(*map);
  }
  maps.push_back(space.maps[2]);
  Location loc = op->getLoc();
  Value accumulator = createFilledTensor(rewriter, loc, accType, rewriter.getI32IntegerAttr(0),
                                         space.dimSources);
  SmallVector<utils::IteratorType> iterators(numDims, utils::IteratorType::parallel);
  iterators.back() = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             rewriter, loc, TypeRange{accType}, inputs, ValueRange{accumulator}, maps,
             iterators,
             [&](OpBuilder &nested, Location l, ValueRange args) {
               Type i32 = nested.getI32Type();
               Value lhs = convertScalar(nested, l, args[0], i32);
               Value rhs = convertScalar(nested, l, args[1], i32);
               unsigned next = 2;
               if (hasA)
                 lhs = arith::SubIOp::create(nested, l, lhs,
                                             convertScalar(nested, l, args[next++], i32));
               if (hasB)
                 rhs = arith::SubIOp::create(nested, l, rhs,
                                             convertScalar(nested, l, args[next++], i32));
               Value product = arith::MulIOp::create(nested, l, lhs, rhs);
               linalg::YieldOp::create(nested, l,
                                       {arith::AddIOp::create(nested, l, args.back(), product)});
             })
      .getResult(0);
}

/// MatMulInteger: (A - a_zero_point) * (B - b_zero_point) in i32.
struct MatMulIntegerLowering : OpRewritePattern<onnx::MatMulIntegerOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MatMulIntegerOp op,
                                PatternRewriter &rewriter) const override {
    Value a = op->getOperand(0), b = op->getOperand(1);
    if (failed(matchMatMulOperands(rewriter, op, a, b)))
      return failure();
    if (!getRankedResultType(op).getElementType().isSignlessInteger(32))
      return rewriter.notifyMatchFailure(op, "the result must be int32");
    Value result = buildIntegerMatMul(rewriter, op, a, b, op->getOperand(2), op->getOperand(3));
    if (!result)
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// QLinearMatMul: the i32 product of the operands minus their zero points,
/// requantized with a_scale * b_scale / y_scale and y_zero_point (one
/// element each for y; per row of A and per column of B allowed for a and
/// b).
struct QLinearMatMulLowering : OpRewritePattern<onnx::QLinearMatMulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::QLinearMatMulOp op,
                                PatternRewriter &rewriter) const override {
    Value a = op->getOperand(0), aScale = op->getOperand(1), aZeroPoint = op->getOperand(2);
    Value b = op->getOperand(3), bScale = op->getOperand(4), bZeroPoint = op->getOperand(5);
    Value yScale = op->getOperand(6), yZeroPoint = op->getOperand(7);
    if (failed(matchMatMulOperands(rewriter, op, a, b)))
      return failure();
    RankedTensorType resultType = getRankedResultType(op);
    Type target = resultType.getElementType();
    if (!isQuantizedIntElement(target) ||
        !isQuantizedIntElement(cast<ShapedType>(a.getType()).getElementType()) ||
        !isQuantizedIntElement(cast<ShapedType>(b.getType()).getElementType()))
      return rewriter.notifyMatchFailure(op, "only 8-bit integer operands (not float8)");
    for (Value scale : {aScale, bScale, yScale})
      if (!isa<RankedTensorType>(scale.getType()) ||
          !isFloatElement(cast<ShapedType>(scale.getType()).getElementType()))
        return rewriter.notifyMatchFailure(op, "scales must be ranked float tensors");
    if (!isSingleElement(yScale) || !isSingleElement(yZeroPoint))
      return rewriter.notifyMatchFailure(op, "y_scale and y_zero_point must be one value");
    Value acc = buildIntegerMatMul(rewriter, op, a, b, aZeroPoint, bZeroPoint);
    if (!acc)
      return failure();

    // Requantize over the result's iteration space (batch..., m, n).
    auto aType = cast<RankedTensorType>(a.getType());
    auto bType = cast<RankedTensorType>(b.getType());
    unsigned rank = resultType.getRank();
    FailureOr<AffineMap> aScaleMap = getMatMulParameterMap(
        aScale, rank, rank - 2, aType.getDimSize(aType.getRank() - 2));
    FailureOr<AffineMap> bScaleMap = getMatMulParameterMap(
        bScale, rank, rank - 1, bType.getDimSize(bType.getRank() - 1));
    if (failed(aScaleMap) || failed(bScaleMap))
      return rewriter.notifyMatchFailure(
          op, "a_scale and b_scale must be one value, or one per row of A / column of B");
    SmallVector<AffineMap> maps = {
        AffineMap::getMultiDimIdentityMap(rank, op->getContext()), *aScaleMap, *bScaleMap,
        getSingleElementMap(yScale, rank), getSingleElementMap(yZeroPoint, rank)};
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (unsigned i = 0; i < rank; ++i)
      dimSources.push_back({acc, i});
    Value result = buildMappedGeneric(
        rewriter, op.getLoc(), resultType, ValueRange{acc, aScale, bScale, yScale, yZeroPoint},
        maps, dimSources, [&](OpBuilder &nested, Location l, ValueRange args) {
          return createRequantizedScalar(nested, l, args[0], args[1], args[2], args[3],
                                         args[4], target);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

void populateLinearPatterns(RewritePatternSet &patterns) {
  patterns.add<GemmLowering, MatMulLowering, MatMulIntegerLowering, QLinearMatMulLowering>(
      patterns.getContext());
}

} // namespace onnxc
