//===- Attention.cpp - onnx.Attention -> linalg ---------------------------===//
//
// Scaled dot-product attention (opsets 23-25) lowered directly: ONNX defines
// it by a context-dependent function that the generator cannot extract, and
// a fused lowering is what speed wants anyway.
//
// The computation runs in the 4-D head-major form [batch, heads, seq, size];
// 3-D inputs [batch, seq, heads * size] are read through index maps that
// split their hidden dim, never copied into that form (except K and V, which
// the present_key/present_value outputs need head-major anyway). Grouped
// query attention reads kv head h / G for query head h (G = q heads / kv
// heads) by splitting the query head dim into [kv heads, G], so K and V are
// never repeated. Steps, each one linalg.generic:
//
//   scores  = (Q * sqrt(scale)) . (K * sqrt(scale))   contraction over size
//   logits  = softcap(scores) + bias                  bias: attn_mask, causal
//                                                     and window frontiers,
//                                                     nonpad_kv_seqlen padding
//   probs   = softmax(logits) over the keys           max, exp-sum, divide
//   Y       = probs . V                               contraction over keys
//
// The contractions accumulate in f32 (f64 for f64 inputs or
// softmax_precision double). Every value that ONNX produces in a narrower
// type on the way is rounded to it here too: the scaled inputs, the scores
// and logits (input type), each softmax step (softmax_precision, else the
// input type), the probabilities (input type). For f16 this is what makes
// the results match ONNX's to the last bit rather than differ by an ulp of
// the output. A query row with no key left (a fully masked row) gives
// zero probabilities, so Y and the mode-3 qk_matmul_output are 0 there.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <cmath>
#include <limits>

using namespace mlir;

namespace onnxc {

namespace {
enum AttentionOperand { kQ, kK, kV, kMask, kPastKey, kPastValue, kNonpadSeqLen };
enum AttentionResult { kY, kPresentKey, kPresentValue, kQKOutput };

/// The sizes of one Attention node that decide its index maps.
struct AttentionGeometry {
  bool is3D;              // Q, K, V are [batch, seq, heads * size]
  int64_t qHeads, kvHeads;
  int64_t groupSize;      // query heads per kv head
  int64_t headSize;       // of Q and K
  int64_t valueHeadSize;  // of V
};
} // namespace

/// Operand `index` of `op`, or null when it is absent.
static Value getOptionalOperand(Operation *op, unsigned index) {
  if (index >= op->getNumOperands() || onnx::isNoValue(op->getOperand(index)))
    return {};
  return op->getOperand(index);
}

static bool isResultUsed(Operation *op, unsigned index) {
  return index < op->getNumResults() && !op->getResult(index).use_empty();
}

static RankedTensorType getRanked(Value v) {
  return v ? dyn_cast<RankedTensorType>(v.getType()) : RankedTensorType();
}

/// Checks the operands' ranks and the head counts; the head and hidden
/// sizes must be static (they shape the index maps).
static FailureOr<AttentionGeometry> getGeometry(Operation *op,
                                                PatternRewriter &rewriter) {
  auto q = getRanked(op->getOperand(kQ)), k = getRanked(op->getOperand(kK)),
       v = getRanked(op->getOperand(kV));
  if (!q || !k || !v)
    return rewriter.notifyMatchFailure(op, "Q, K and V need ranked types");
  if (q.getRank() != k.getRank() || q.getRank() != v.getRank() ||
      (q.getRank() != 3 && q.getRank() != 4))
    return rewriter.notifyMatchFailure(op, "Q, K and V must all be 3-D or all 4-D");
  AttentionGeometry g;
  g.is3D = q.getRank() == 3;
  if (g.is3D) {
    if (!onnx::hasAttr(op, "q_num_heads") || !onnx::hasAttr(op, "kv_num_heads"))
      return rewriter.notifyMatchFailure(
          op, "3-D inputs need the q_num_heads and kv_num_heads attributes");
    g.qHeads = onnx::getIntAttr(op, "q_num_heads", 0);
    g.kvHeads = onnx::getIntAttr(op, "kv_num_heads", 0);
    int64_t qHidden = q.getDimSize(2), kHidden = k.getDimSize(2), vHidden = v.getDimSize(2);
    if (ShapedType::isDynamic(qHidden) || ShapedType::isDynamic(kHidden) ||
        ShapedType::isDynamic(vHidden))
      return rewriter.notifyMatchFailure(op, "the hidden sizes of 3-D Q, K, V must be static");
    if (g.qHeads <= 0 || g.kvHeads <= 0 || qHidden % g.qHeads != 0 ||
        kHidden % g.kvHeads != 0 || vHidden % g.kvHeads != 0)
      return rewriter.notifyMatchFailure(
          op, "the hidden sizes must divide by q_num_heads and kv_num_heads");
    g.headSize = qHidden / g.qHeads;
    if (kHidden / g.kvHeads != g.headSize)
      return rewriter.notifyMatchFailure(op, "Q and K head sizes differ");
    g.valueHeadSize = vHidden / g.kvHeads;
  } else {
    g.qHeads = q.getDimSize(1);
    g.kvHeads = k.getDimSize(1);
    g.headSize = q.getDimSize(3);
    g.valueHeadSize = v.getDimSize(3);
    if (ShapedType::isDynamic(g.qHeads) || ShapedType::isDynamic(g.kvHeads) ||
        ShapedType::isDynamic(g.headSize) || ShapedType::isDynamic(g.valueHeadSize) ||
        v.getDimSize(1) != g.kvHeads || k.getDimSize(3) != g.headSize)
      return rewriter.notifyMatchFailure(
          op, "4-D Q, K, V need static and matching head counts and head sizes");
  }
  if (g.qHeads % g.kvHeads != 0)
    return rewriter.notifyMatchFailure(op, "q heads must be a multiple of kv heads");
  g.groupSize = g.qHeads / g.kvHeads;
  return g;
}

/// `x` in head-major form [batch, heads, seq, size]: 4-D inputs already
/// are; 3-D [batch, seq, heads * size] is split and transposed.
static Value toHeadMajor(OpBuilder &b, Location loc, Value x, int64_t heads) {
  auto type = cast<RankedTensorType>(x.getType());
  if (type.getRank() == 4)
    return x;
  int64_t size = type.getDimSize(2) / heads;
  auto split = RankedTensorType::get({type.getDimSize(0), type.getDimSize(1), heads, size},
                                     type.getElementType());
  Value splitX = tensor::ExpandShapeOp::create(
      b, loc, split, x, SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}});
  auto resultType = RankedTensorType::get(
      {type.getDimSize(0), heads, type.getDimSize(1), size}, type.getElementType());
  Value init = createEmptyTensor(b, loc, resultType, {{x, 0}, {x, 0}, {x, 1}, {x, 0}});
  return linalg::TransposeOp::create(b, loc, splitX, init,
                                     ArrayRef<int64_t>{0, 2, 1, 3})
      ->getResult(0);
}

/// The present cache: `past` followed by `current` along the sequence dim
/// (dim 2), or `current` alone.
static Value appendToCache(OpBuilder &b, Location loc, Value past, Value current) {
  if (!past)
    return current;
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, current);
  SmallVector<OpFoldResult> pastSizes = tensor::getMixedSizes(b, loc, past);
  std::optional<int64_t> pastLength = getConstantIntValue(pastSizes[2]);
  std::optional<int64_t> currentLength = getConstantIntValue(sizes[2]);
  if (pastLength && currentLength)
    sizes[2] = b.getIndexAttr(*pastLength + *currentLength);
  else
    sizes[2] = arith::AddIOp::create(b, loc, getDimValue(b, loc, past, 2),
                                     getDimValue(b, loc, current, 2))
                   .getResult();
  Type element = cast<RankedTensorType>(current.getType()).getElementType();
  Value cache = tensor::EmptyOp::create(b, loc, sizes, element);
  SmallVector<OpFoldResult> offsets(4, b.getIndexAttr(0)), strides(4, b.getIndexAttr(1));
  cache = tensor::InsertSliceOp::create(b, loc, past, cache, offsets, pastSizes, strides);
  offsets[2] = pastSizes[2];
  return tensor::InsertSliceOp::create(b, loc, current, cache, offsets,
                                       tensor::getMixedSizes(b, loc, current), strides);
}

/// `value` as result `index` of `op`: converted to its element type and
/// cast to its (possibly more static) shape.
static Value matchResultType(OpBuilder &b, Location loc, Value value,
                             Operation *op, unsigned index) {
  auto resultType = cast<RankedTensorType>(op->getResult(index).getType());
  auto valueType = cast<RankedTensorType>(value.getType());
  if (valueType.getElementType() != resultType.getElementType())
    value = buildElementwise(b, loc, valueType.clone(resultType.getElementType()),
                             ValueRange{value},
                             [&](OpBuilder &nested, Location l, ValueRange args) {
                               return convertScalar(nested, l, args[0],
                                                    resultType.getElementType());
                             });
  if (value.getType() != resultType)
    value = tensor::CastOp::create(b, loc, resultType, value);
  return value;
}

/// `value` rounded to `type` and back to its own float type (ONNX rounds
/// there; the computation stays in the wider type).
static Value roundThrough(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return convertScalar(b, loc, convertScalar(b, loc, value, type), value.getType());
}

/// An affine map of `numDims` dims picking `dims` in order.
static AffineMap pickDims(unsigned numDims, ArrayRef<unsigned> dims, MLIRContext *ctx) {
  SmallVector<AffineExpr> exprs;
  for (unsigned d : dims)
    exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(numDims, 0, exprs, ctx);
}

/// A linalg.generic contraction: `numDims` dims, the last one reduced,
/// accumulating lhs * rhs (each converted to `resultType`'s element type by
/// `convert`) into a zero-filled tensor of `resultType`.
static Value buildContraction(
    OpBuilder &b, Location loc, RankedTensorType resultType, Value lhs, Value rhs,
    ArrayRef<AffineMap> maps,
    ArrayRef<std::pair<Value, int64_t>> dimSources,
    function_ref<Value(OpBuilder &, Location, Value, Value)> product) {
  Value init = createFilledTensor(
      b, loc, resultType, b.getFloatAttr(resultType.getElementType(), 0), dimSources);
  SmallVector<utils::IteratorType> iterators(maps[0].getNumDims() - 1,
                                             utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{lhs, rhs}, ValueRange{init},
             maps, iterators,
             [&](OpBuilder &nested, Location l, ValueRange args) {
               Value sum = arith::AddFOp::create(
                   nested, l, args[2], product(nested, l, args[0], args[1]));
               linalg::YieldOp::create(nested, l, sum);
             })
      .getResult(0);
}

/// softcap * tanh(x / softcap), each step rounded to `type` as ONNX
/// computes it there.
static Value applySoftcap(OpBuilder &b, Location loc, Value x, double softcap,
                          Type type) {
  Value cap = createFloatConstant(b, loc, x.getType(), softcap);
  Value scaled = roundThrough(b, loc, arith::DivFOp::create(b, loc, x, cap), type);
  Value tanh = roundThrough(b, loc, math::TanhOp::create(b, loc, scaled), type);
  return roundThrough(b, loc, arith::MulFOp::create(b, loc, tanh, cap), type);
}

/// The total kv length (past + incoming), kDynamic when not static.
static int64_t getStaticKVLength(Operation *op, const AttentionGeometry &g,
                                 Value pastKey) {
  int64_t incoming = getRanked(op->getOperand(kK)).getDimSize(g.is3D ? 1 : 2);
  int64_t past = pastKey ? getRanked(pastKey).getDimSize(2) : 0;
  if (ShapedType::isDynamic(incoming) || ShapedType::isDynamic(past))
    return ShapedType::kDynamic;
  return incoming + past;
}

/// attn_mask must be bool or float of rank 1 to 4, its kv dim 1, the kv
/// length, or (statically) shorter: the rest is padded as disallowed.
static LogicalResult checkMask(Operation *op, PatternRewriter &rewriter,
                               Value mask, int64_t kvLength) {
  auto maskType = getRanked(mask);
  if (!maskType)
    return rewriter.notifyMatchFailure(op, "attn_mask needs a ranked type");
  if (!isBoolElement(maskType.getElementType()) &&
      !isa<FloatType>(maskType.getElementType()))
    return rewriter.notifyMatchFailure(op, "attn_mask must be bool or float");
  if (maskType.getRank() < 1 || maskType.getRank() > 4)
    return rewriter.notifyMatchFailure(op, "attn_mask must have rank 1 to 4");
  int64_t maskLength = maskType.getDimSize(maskType.getRank() - 1);
  if (maskLength == 1 || (maskLength == kvLength && !ShapedType::isDynamic(kvLength)))
    return success();
  if (ShapedType::isDynamic(maskLength) || ShapedType::isDynamic(kvLength) ||
      maskLength > kvLength)
    return rewriter.notifyMatchFailure(
        op, "attn_mask's last dim must be 1 or, statically, at most the kv length");
  return success();
}

namespace {
/// Builds the steps of one Attention node; `compute` is the accumulation
/// type, `input` Q's element type.
class AttentionBuilder {
public:
  AttentionBuilder(PatternRewriter &rewriter, Operation *op,
                   const AttentionGeometry &g, Type compute, Type softmaxType)
      : b(rewriter), op(op), loc(op->getLoc()), ctx(op->getContext()), g(g),
        compute(compute), softmaxType(softmaxType),
        input(cast<RankedTensorType>(op->getOperand(kQ).getType()).getElementType()) {}

  /// (Q * sqrt(scale)) . (K * sqrt(scale)) as [batch, q heads, q seq, kv seq].
  Value buildScores(Value presentKey) {
    Value q = op->getOperand(kQ);
    auto qType = cast<RankedTensorType>(q.getType());
    SmallVector<int64_t> splitShape;
    SmallVector<ReassociationIndices> splitGroups;
    AffineMap qMap;
    int64_t seqDim;
    // Iteration dims: (batch, kv head, group, q, kv, size).
    if (g.is3D) {
      splitShape = {qType.getDimSize(0), qType.getDimSize(1), g.kvHeads, g.groupSize,
                    g.headSize};
      splitGroups = {{0}, {1}, {2, 3, 4}};
      qMap = pickDims(6, {0, 3, 1, 2, 5}, ctx);
      seqDim = 1;
    } else {
      splitShape = {qType.getDimSize(0), g.kvHeads, g.groupSize, qType.getDimSize(2),
                    g.headSize};
      splitGroups = {{0}, {1, 2}, {3}, {4}};
      qMap = pickDims(6, {0, 1, 2, 3, 5}, ctx);
      seqDim = 3;
    }
    Value splitQ = tensor::ExpandShapeOp::create(
        b, loc, RankedTensorType::get(splitShape, input), q, splitGroups);
    auto keyType = cast<RankedTensorType>(presentKey.getType());
    auto scoresType = RankedTensorType::get(
        {qType.getDimSize(0), g.kvHeads, g.groupSize, splitShape[seqDim],
         keyType.getDimSize(2)},
        compute);
    Value sqrtScale = createFloatConstant(b, loc, input, getSqrtScale());
    Value scores = buildContraction(
        b, loc, scoresType, splitQ, presentKey,
        {qMap, pickDims(6, {0, 1, 4, 5}, ctx), pickDims(6, {0, 1, 2, 3, 4}, ctx)},
        {{q, 0}, {q, 0}, {q, 0}, {splitQ, seqDim}, {presentKey, 2}},
        [&](OpBuilder &nested, Location l, Value qe, Value ke) -> Value {
          // ONNX scales Q and K in their own type.
          Value qs = arith::MulFOp::create(nested, l, qe, sqrtScale);
          Value ks = arith::MulFOp::create(nested, l, ke, sqrtScale);
          return arith::MulFOp::create(nested, l, convertScalar(nested, l, qs, compute),
                                       convertScalar(nested, l, ks, compute));
        });
    return tensor::CollapseShapeOp::create(
        b, loc, scores, SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}});
  }

  /// The scores after softcap (what qk_matmul_output modes 0 and 1 show).
  Value buildCappedScores(Value scores) {
    double softcap = getSoftcap();
    if (softcap <= 0)
      return scores;
    return buildElementwise(b, loc, cast<RankedTensorType>(scores.getType()),
                            ValueRange{scores},
                            [&](OpBuilder &nested, Location l, ValueRange args) {
                              return applySoftcap(
                                  nested, l, roundThrough(nested, l, args[0], input),
                                  softcap, input);
                            });
  }

  /// softcap(scores) + the bias: attn_mask (a bool mask disallows, a float
  /// one adds), the causal and window frontiers and nonpad_kv_seqlen's
  /// padding; a disallowed position is -inf.
  Value buildLogits(Value scores, Value pastKey) {
    auto scoresType = cast<RankedTensorType>(scores.getType());
    SmallVector<Value> inputs = {scores};
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(4, ctx)};
    Value mask = getOptionalOperand(op, kMask);
    bool boolMask = false;
    if (mask) {
      mask = padMask(mask, scoresType);
      boolMask = isBoolElement(cast<RankedTensorType>(mask.getType()).getElementType());
      inputs.push_back(mask);
      maps.push_back(getBroadcastMap(cast<RankedTensorType>(mask.getType()), scoresType, ctx));
    }
    Value nonpad = getOptionalOperand(op, kNonpadSeqLen);
    if (nonpad) {
      inputs.push_back(nonpad);
      maps.push_back(pickDims(4, {0}, ctx));
    }
    bool causal = onnx::getIntAttr(op, "is_causal", 0) != 0;
    int64_t left = onnx::getIntAttr(op, "left_window_size", -1);
    int64_t right = onnx::getIntAttr(op, "right_window_size", -1);
    bool needsOffset = causal || left >= 0 || right >= 0;
    // The count of valid keys before the query block: the past length, or
    // nonpad_kv_seqlen[b] - q seq (per batch, in the body), or 0.
    Value offset = pastKey ? getDimValue(b, loc, pastKey, 2)
                           : arith::ConstantIndexOp::create(b, loc, 0).getResult();
    Value qSeq = getDimValue(b, loc, scores, 2);
    double softcap = getSoftcap();
    Value logits = buildMappedGeneric(
        b, loc, scoresType, inputs, maps,
        {{scores, 0}, {scores, 1}, {scores, 2}, {scores, 3}},
        [&](OpBuilder &nested, Location l, ValueRange args) {
          // ONNX's QK matmul, softcap and mask addition produce the input
          // type.
          Value score = roundThrough(nested, l, args[0], input);
          if (softcap > 0)
            score = applySoftcap(nested, l, score, softcap, input);
          Value allowed = arith::ConstantIntOp::create(nested, l, 1, 1);
          auto allow = [&](Value condition) {
            allowed = arith::AndIOp::create(nested, l, allowed, condition);
          };
          auto indexCompare = [&](arith::CmpIPredicate predicate, Value lhs, Value rhs) {
            return arith::CmpIOp::create(nested, l, predicate, lhs, rhs).getResult();
          };
          if (mask && boolMask)
            allow(args[1]);
          else if (mask)
            score = roundThrough(
                nested, l,
                arith::AddFOp::create(nested, l, score,
                                      convertScalar(nested, l, args[1], compute)),
                input);
          Value j = linalg::IndexOp::create(nested, l, 3);
          Value nonpadLength;
          if (nonpad) {
            nonpadLength = arith::IndexCastOp::create(nested, l, nested.getIndexType(),
                                                      args[inputs.size() - 1]);
            allow(indexCompare(arith::CmpIPredicate::slt, j, nonpadLength));
          }
          if (needsOffset) {
            Value i = linalg::IndexOp::create(nested, l, 2);
            Value rowOffset =
                nonpad ? arith::SubIOp::create(nested, l, nonpadLength, qSeq).getResult()
                       : offset;
            // p = offset + i, the query's absolute position.
            Value position = arith::AddIOp::create(nested, l, i, rowOffset);
            if (causal)
              allow(indexCompare(arith::CmpIPredicate::sle, j, position));
            if (left >= 0) {
              Value first = arith::SubIOp::create(
                  nested, l, position, arith::ConstantIndexOp::create(nested, l, left));
              allow(indexCompare(arith::CmpIPredicate::sge, j, first));
            }
            if (right >= 0) {
              Value last = arith::AddIOp::create(
                  nested, l, position, arith::ConstantIndexOp::create(nested, l, right));
              allow(indexCompare(arith::CmpIPredicate::sle, j, last));
            }
          }
          Value negInf = createFloatConstant(nested, l, compute,
                                             -std::numeric_limits<double>::infinity());
          return arith::SelectOp::create(nested, l, allowed, score, negInf);
        });
    return logits;
  }

  /// softmax over the keys; a row whose logits are all -inf gives zeros.
  /// The probabilities are rounded to the input type, as ONNX casts them.
  Value buildSoftmax(Value logits) {
    auto type = cast<RankedTensorType>(logits.getType());
    SmallVector<bool> reduced = {false, false, false, true};
    AffineMap identity = AffineMap::getMultiDimIdentityMap(4, ctx);
    AffineMap rowMap = getReducedMap(reduced, /*keepDims=*/false, ctx);
    auto sources = [&](Value v) {
      return SmallVector<std::pair<Value, int64_t>>{{v, 0}, {v, 1}, {v, 2}, {v, 3}};
    };
    const llvm::fltSemantics &semantics = cast<FloatType>(compute).getFloatSemantics();
    Value max = buildReduction(b, loc, logits, reduced, false,
                               b.getFloatAttr(compute, APFloat::getInf(semantics, true)),
                               [](OpBuilder &nested, Location l, Value x, Value acc) -> Value {
                                 return arith::MaximumFOp::create(nested, l, x, acc);
                               });
    Value exps = buildMappedGeneric(
        b, loc, type, ValueRange{logits, max}, {identity, rowMap}, sources(logits),
        [&](OpBuilder &nested, Location l, ValueRange args) {
          Value negInf = createFloatConstant(nested, l, compute,
                                             -std::numeric_limits<double>::infinity());
          Value empty = arith::CmpFOp::create(nested, l, arith::CmpFPredicate::OEQ,
                                              args[1], negInf);
          Value safeMax = arith::SelectOp::create(
              nested, l, empty, createFloatConstant(nested, l, compute, 0), args[1]);
          Value shifted = roundThrough(
              nested, l, arith::SubFOp::create(nested, l, args[0], safeMax), softmaxType);
          return roundThrough(nested, l, math::ExpOp::create(nested, l, shifted),
                              softmaxType);
        });
    Value sum = buildReduction(b, loc, exps, reduced, false, b.getFloatAttr(compute, 0),
                               [](OpBuilder &nested, Location l, Value x, Value acc) -> Value {
                                 return arith::AddFOp::create(nested, l, x, acc);
                               });
    return buildMappedGeneric(
        b, loc, type, ValueRange{exps, sum}, {identity, rowMap}, sources(logits),
        [&](OpBuilder &nested, Location l, ValueRange args) {
          Value zero = createFloatConstant(nested, l, compute, 0);
          Value empty = arith::CmpFOp::create(nested, l, arith::CmpFPredicate::OEQ,
                                              args[1], zero);
          Value divisor = arith::SelectOp::create(
              nested, l, empty, createFloatConstant(nested, l, compute, 1),
              roundThrough(nested, l, args[1], softmaxType));
          Value p = roundThrough(nested, l, arith::DivFOp::create(nested, l, args[0], divisor),
                                 softmaxType);
          return roundThrough(nested, l, p, input);
        });
  }

  /// probs . V in Y's layout ([batch, q heads, q seq, v size] or
  /// [batch, q seq, q heads * v size]), in the compute type.
  Value buildOutput(Value probs, Value presentValue) {
    Value q = op->getOperand(kQ);
    auto qType = cast<RankedTensorType>(q.getType());
    auto probsType = cast<RankedTensorType>(probs.getType());
    int64_t batch = qType.getDimSize(0), qSeq = probsType.getDimSize(2);
    Value splitProbs = tensor::ExpandShapeOp::create(
        b, loc,
        RankedTensorType::get({batch, g.kvHeads, g.groupSize, qSeq, probsType.getDimSize(3)},
                              compute),
        probs, SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}});
    // Iteration dims: (batch, kv head, group, q, v size, kv).
    RankedTensorType outType;
    AffineMap outMap;
    SmallVector<std::pair<Value, int64_t>> sources;
    SmallVector<ReassociationIndices> mergeGroups;
    if (g.is3D) {
      outType = RankedTensorType::get({batch, qSeq, g.kvHeads, g.groupSize, g.valueHeadSize},
                                      compute);
      outMap = pickDims(6, {0, 3, 1, 2, 4}, ctx);
      sources = {{probs, 0}, {probs, 2}, {probs, 0}, {probs, 0}, {probs, 0}};
      mergeGroups = {{0}, {1}, {2, 3, 4}};
    } else {
      outType = RankedTensorType::get({batch, g.kvHeads, g.groupSize, qSeq, g.valueHeadSize},
                                      compute);
      outMap = pickDims(6, {0, 1, 2, 3, 4}, ctx);
      sources = {{probs, 0}, {probs, 0}, {probs, 0}, {probs, 2}, {probs, 0}};
      mergeGroups = {{0}, {1, 2}, {3}, {4}};
    }
    Value out = buildContraction(
        b, loc, outType, splitProbs, presentValue,
        {pickDims(6, {0, 1, 2, 3, 5}, ctx), pickDims(6, {0, 1, 5, 4}, ctx), outMap}, sources,
        [&](OpBuilder &nested, Location l, Value p, Value ve) -> Value {
          return arith::MulFOp::create(nested, l, p, convertScalar(nested, l, ve, compute));
        });
    return tensor::CollapseShapeOp::create(b, loc, out, mergeGroups);
  }

private:
  /// sqrt(scale) (scale defaults to 1 / sqrt(head size)) rounded to the
  /// input type, as ONNX casts it.
  double getSqrtScale() const {
    double scale = onnx::hasAttr(op, "scale")
                       ? onnx::getFloatAttr(op, "scale", 1.0)
                       : 1.0 / std::sqrt(static_cast<double>(g.headSize));
    APFloat rounded(std::sqrt(scale));
    bool lost = false;
    rounded.convert(cast<FloatType>(input).getFloatSemantics(),
                    APFloat::rmNearestTiesToEven, &lost);
    return rounded.convertToDouble();
  }

  double getSoftcap() const { return onnx::getFloatAttr(op, "softcap", 0.0); }

  /// attn_mask with its kv dim padded to the total kv length (with false or
  /// -inf: ONNX lets the mask be shorter than the cache); checkMask has
  /// accepted it.
  Value padMask(Value mask, RankedTensorType scoresType) {
    auto maskType = cast<RankedTensorType>(mask.getType());
    Type element = maskType.getElementType();
    int64_t maskLength = maskType.getDimSize(maskType.getRank() - 1);
    int64_t kvLength = scoresType.getDimSize(3);
    if (maskLength == kvLength || maskLength == 1)
      return mask;
    SmallVector<int64_t> low(maskType.getRank(), 0), high(maskType.getRank(), 0);
    high.back() = kvLength - maskLength;
    TypedAttr padValue =
        isBoolElement(element)
            ? TypedAttr(b.getIntegerAttr(element, 0))
            : TypedAttr(b.getFloatAttr(
                  element, APFloat::getInf(cast<FloatType>(element).getFloatSemantics(),
                                           /*Negative=*/true)));
    return padTensor(b, loc, mask, low, high, padValue);
  }

  PatternRewriter &b;
  Operation *op;
  Location loc;
  MLIRContext *ctx;
  const AttentionGeometry &g;
  Type compute;
  Type softmaxType;
  Type input;
};

/// Attention (opsets 23-25), every input, output and attribute; see the
/// file comment for the steps.
struct AttentionLowering : OpRewritePattern<onnx::AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::AttentionOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    FailureOr<AttentionGeometry> geometry = getGeometry(op, rewriter);
    if (failed(geometry))
      return failure();
    const AttentionGeometry &g = *geometry;
    Value pastKey = getOptionalOperand(op, kPastKey);
    Value pastValue = getOptionalOperand(op, kPastValue);
    Value nonpad = getOptionalOperand(op, kNonpadSeqLen);
    Value mask = getOptionalOperand(op, kMask);
    for (unsigned i = 0; i < op->getNumResults(); ++i)
      if (isResultUsed(op, i) && !getRankedResultType(op, i))
        return rewriter.notifyMatchFailure(op, "a used output has no ranked type");
    if (bool(pastKey) != bool(pastValue))
      return rewriter.notifyMatchFailure(op, "past_key and past_value go together");
    if ((pastKey && !getRanked(pastKey)) || (pastValue && !getRanked(pastValue)) ||
        (nonpad && !getRanked(nonpad)))
      return rewriter.notifyMatchFailure(op, "optional inputs need ranked types");
    if ((pastKey && getRanked(pastKey).getRank() != 4) ||
        (pastValue && getRanked(pastValue).getRank() != 4))
      return rewriter.notifyMatchFailure(op, "past_key and past_value must be 4-D");
    if (nonpad && getRanked(nonpad).getRank() != 1)
      return rewriter.notifyMatchFailure(op, "nonpad_kv_seqlen must be 1-D");
    if (nonpad && pastKey)
      return rewriter.notifyMatchFailure(
          op, "nonpad_kv_seqlen cannot be combined with past_key and past_value");
    if (mask && failed(checkMask(op, rewriter, mask, getStaticKVLength(op, g, pastKey))))
      return failure();
    int64_t qkMode = onnx::getIntAttr(op, "qk_matmul_output_mode", 0);
    if (qkMode < 0 || qkMode > 3)
      return rewriter.notifyMatchFailure(op, "qk_matmul_output_mode must be 0 to 3");

    auto input = cast<FloatType>(
        cast<RankedTensorType>(op->getOperand(kQ).getType()).getElementType());
    // ONNX computes the softmax in softmax_precision, else in the input
    // type.
    Type softmaxType = input;
    if (onnx::hasAttr(op, "softmax_precision")) {
      int64_t precision = onnx::getIntAttr(op, "softmax_precision", 1);
      softmaxType = onnx::getElementType(rewriter.getContext(), precision);
      if (!isa_and_nonnull<FloatType>(softmaxType))
        return rewriter.notifyMatchFailure(
            op, "softmax_precision " + std::to_string(precision) + " is not a float type");
    }
    Type compute = input.isF64() || softmaxType.isF64() ? Type(rewriter.getF64Type())
                                                        : Type(rewriter.getF32Type());
    AttentionBuilder builder(rewriter, op, g, compute, softmaxType);

    // The caches, head-major: [batch, kv heads, total kv seq, size].
    Value presentKey = appendToCache(
        rewriter, loc, pastKey, toHeadMajor(rewriter, loc, op->getOperand(kK), g.kvHeads));
    Value presentValue = appendToCache(
        rewriter, loc, pastValue, toHeadMajor(rewriter, loc, op->getOperand(kV), g.kvHeads));
    Value scores = builder.buildScores(presentKey);
    Value logits = builder.buildLogits(scores, pastKey);
    Value probs = builder.buildSoftmax(logits);
    Value y = builder.buildOutput(probs, presentValue);

    SmallVector<Value> replacements(op->getNumResults());
    replacements[kY] = matchResultType(rewriter, loc, y, op, kY);
    if (isResultUsed(op, kPresentKey))
      replacements[kPresentKey] = matchResultType(rewriter, loc, presentKey, op, kPresentKey);
    if (isResultUsed(op, kPresentValue))
      replacements[kPresentValue] =
          matchResultType(rewriter, loc, presentValue, op, kPresentValue);
    if (isResultUsed(op, kQKOutput)) {
      Value qk = qkMode == 3   ? probs
                 : qkMode == 2 ? logits
                               : builder.buildCappedScores(scores);
      replacements[kQKOutput] = matchResultType(rewriter, loc, qk, op, kQKOutput);
    }
    for (auto [result, value] : llvm::zip(op->getResults(), replacements))
      if (value)
        rewriter.replaceAllUsesWith(result, value);
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateAttentionPatterns(RewritePatternSet &patterns) {
  patterns.add<AttentionLowering>(patterns.getContext());
}

} // namespace onnxc
