//===- Rotary.cpp - onnx.RotaryEmbedding -> linalg.generic ----------------===//
//
// RotaryEmbedding (opset 23): the first rotary_embedding_dim elements of
// each head are rotated as pairs (x1, x2) by the angle whose cosine and sine
// the caches hold: x1' = cos * x1 - sin * x2, x2' = sin * x1 + cos * x2. The
// pairs are the two halves of the rotated part, or neighbours (interleaved).
// One linalg.generic over the input's own layout: each element reads its
// partner and its cache entries with tensor.extract; position_ids (when
// given) pick the cache rows and are checked at run time like any index.
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
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
/// RotaryEmbedding on [batch, heads, seq, size] or [batch, seq, heads *
/// size] (num_heads given), with or without position_ids.
struct RotaryEmbeddingLowering : OpRewritePattern<onnx::RotaryEmbeddingOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::RotaryEmbeddingOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op->getOperand(0), cosCache = op->getOperand(1),
          sinCache = op->getOperand(2);
    Value positions = op->getNumOperands() > 3 && !onnx::isNoValue(op->getOperand(3))
                          ? op->getOperand(3)
                          : Value();
    auto xType = dyn_cast<RankedTensorType>(x.getType());
    auto cosType = dyn_cast<RankedTensorType>(cosCache.getType());
    auto sinType = dyn_cast<RankedTensorType>(sinCache.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!xType || !cosType || !sinType || !resultType ||
        (positions && !isa<RankedTensorType>(positions.getType())))
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    if (!isa<FloatType>(xType.getElementType()) ||
        !isa<FloatType>(cosType.getElementType()) ||
        !isa<FloatType>(sinType.getElementType()))
      return rewriter.notifyMatchFailure(op, "input and caches must be float");
    if (xType.getRank() != 3 && xType.getRank() != 4)
      return rewriter.notifyMatchFailure(op, "input must be 3-D or 4-D");

    // The 4-D view iterated over: [batch, heads, seq, size] for 4-D input,
    // [batch, seq, heads, size] for 3-D.
    bool is3D = xType.getRank() == 3;
    int64_t seqDim = is3D ? 1 : 2;
    int64_t headSize = xType.getDimSize(is3D ? 2 : 3);
    int64_t numHeads = onnx::getIntAttr(op, "num_heads", 0);
    if (ShapedType::isDynamic(headSize))
      return rewriter.notifyMatchFailure(op, "the head (or hidden) size must be static");
    if (is3D) {
      if (numHeads <= 0 || headSize % numHeads != 0)
        return rewriter.notifyMatchFailure(
            op, "3-D input needs num_heads dividing its hidden size");
      headSize /= numHeads;
    }
    int64_t rotaryDim = onnx::getIntAttr(op, "rotary_embedding_dim", 0);
    if (rotaryDim == 0)
      rotaryDim = headSize;
    if (rotaryDim < 0 || rotaryDim > headSize || rotaryDim % 2 != 0)
      return rewriter.notifyMatchFailure(
          op, "rotary_embedding_dim must be even and at most the head size");
    int64_t half = rotaryDim / 2;
    if (cosType != sinType.clone(cosType.getElementType()) ||
        cosType.getDimSize(cosType.getRank() - 1) != half)
      return rewriter.notifyMatchFailure(
          op, "cos_cache and sin_cache must have the same shape, last dim rotary_embedding_dim / 2");
    if (positions) {
      auto positionsType = cast<RankedTensorType>(positions.getType());
      if (positionsType.getRank() != 2 || cosType.getRank() != 2)
        return rewriter.notifyMatchFailure(
            op, "position_ids must be [batch, seq] with caches [max position, dim / 2]");
      if (cosType.isDynamicDim(0) || cosType.getDimSize(0) == 0)
        return rewriter.notifyMatchFailure(op, "the caches need a static, non-zero row count");
    } else {
      // Without position_ids the caches are [batch, seq, dim / 2] and read
      // at each element's batch and position: their sizes must be X's.
      int64_t batch = xType.getDimSize(0), seq = xType.getDimSize(seqDim);
      if (cosType.getRank() != 3 || ShapedType::isDynamic(batch) ||
          ShapedType::isDynamic(seq) || cosType.getDimSize(0) != batch ||
          cosType.getDimSize(1) != seq)
        return rewriter.notifyMatchFailure(
            op, "without position_ids the caches must be [batch, seq, dim / 2], statically X's");
    }

    Value checkedPositions;
    if (positions) {
      Value rows = getDimValue(rewriter, loc, cosCache, 0);
      FailureOr<CheckedIndices> checked = checkIndices(
          rewriter, loc, op, "position_ids", positions, {rows}, -1, /*allowNegative=*/false);
      if (failed(checked))
        return failure();
      checkedPositions = checked->indices;
    }

    Value view = x;
    auto viewType = xType;
    if (is3D) {
      viewType = RankedTensorType::get(
          {xType.getDimSize(0), xType.getDimSize(1), numHeads, headSize},
          xType.getElementType());
      view = tensor::ExpandShapeOp::create(
          rewriter, loc, viewType, x,
          SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}});
    }
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<Value> inputs = {view};
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(4, ctx)};
    if (checkedPositions) {
      inputs.push_back(checkedPositions);
      maps.push_back(AffineMap::get(
          4, 0, {getAffineDimExpr(0, ctx), getAffineDimExpr(seqDim, ctx)}, ctx));
    }
    Type element = xType.getElementType();
    Type compute = element.getIntOrFloatBitWidth() < 32 ? Type(rewriter.getF32Type())
                                                        : element;
    bool interleaved = onnx::getIntAttr(op, "interleaved", 0) != 0;
    Value rotated = buildMappedGeneric(
        rewriter, loc, viewType.clone(element), inputs, maps,
        {{view, 0}, {view, 1}, {view, 2}, {view, 3}},
        [&](OpBuilder &b, Location l, ValueRange args) {
          auto index = [&](int64_t v) {
            return arith::ConstantIndexOp::create(b, l, v).getResult();
          };
          auto compare = [&](arith::CmpIPredicate p, Value lhs, Value rhs) {
            return arith::CmpIOp::create(b, l, p, lhs, rhs).getResult();
          };
          auto select = [&](Value c, Value t, Value f) {
            return arith::SelectOp::create(b, l, c, t, f).getResult();
          };
          SmallVector<Value> position;
          for (int64_t i = 0; i < 4; ++i)
            position.push_back(linalg::IndexOp::create(b, l, i));
          Value d = position[3];
          Value isRotated = compare(arith::CmpIPredicate::ult, d, index(rotaryDim));
          // `first`: this element is x1 of its pair (else x2); `pair` its
          // cache column and `partner` the other element's index.
          Value first, pair, partner;
          if (interleaved) {
            first = compare(arith::CmpIPredicate::eq,
                            arith::RemUIOp::create(b, l, d, index(2)), index(0));
            pair = arith::DivUIOp::create(b, l, d, index(2));
            partner = select(first, arith::AddIOp::create(b, l, d, index(1)),
                             arith::SubIOp::create(b, l, d, index(1)));
          } else {
            first = compare(arith::CmpIPredicate::ult, d, index(half));
            Value upper = arith::SubIOp::create(b, l, d, index(half));
            pair = select(first, d, upper);
            partner = select(first, arith::AddIOp::create(b, l, d, index(half)), upper);
          }
          // Elements past the rotary dims read in-bounds stand-ins.
          pair = select(isRotated, pair, index(0));
          partner = select(isRotated, partner, d);
          SmallVector<Value> cacheIndex;
          if (checkedPositions)
            cacheIndex = {arith::IndexCastOp::create(b, l, b.getIndexType(), args[1]), pair};
          else
            cacheIndex = {position[0], position[seqDim], pair};
          auto read = [&](Value cache) {
            return convertScalar(b, l, tensor::ExtractOp::create(b, l, cache, cacheIndex),
                                 compute);
          };
          Value cos = read(cosCache), sin = read(sinCache);
          SmallVector<Value> partnerPosition(position);
          partnerPosition[3] = partner;
          Value self = convertScalar(b, l, args[0], compute);
          Value other = convertScalar(
              b, l, tensor::ExtractOp::create(b, l, view, partnerPosition), compute);
          // x1' = cos * x1 - sin * x2; x2' = sin * x1 + cos * x2.
          Value selfCos = arith::MulFOp::create(b, l, cos, self);
          Value otherSin = arith::MulFOp::create(b, l, sin, other);
          Value result = select(first, arith::SubFOp::create(b, l, selfCos, otherSin),
                                arith::AddFOp::create(b, l, otherSin, selfCos));
          return select(isRotated, convertScalar(b, l, result, element), args[0]);
        });
    Value result = rotated;
    if (is3D)
      result = tensor::CollapseShapeOp::create(
          rewriter, loc, rotated, SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}});
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateRotaryPatterns(RewritePatternSet &patterns) {
  patterns.add<RotaryEmbeddingLowering>(patterns.getContext());
}

} // namespace onnxc
