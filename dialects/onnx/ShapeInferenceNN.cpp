//===- ShapeInferenceNN.cpp - shapes of neural-network operators ----------===//
//
// Conv, ConvTranspose, pooling, Gemm, MatMul and Einsum; the normalisations whose
// statistics outputs have their own shape (LayerNormalization); Attention;
// the Reduce* family; the losses.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ConvGeometry.h"
#include "dialects/onnx/EinsumEquation.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

/// Conv: [N, C, D...] * [M, C/group, K...] -> [N, M, O...]; the input and
/// weights are operands `xIndex` and `wIndex` (QLinearConv: 0 and 3).
template <unsigned xIndex = 0, unsigned wIndex = 1>
static LogicalResult inferConv(Operation *op, SmallVectorImpl<Type> &results) {
  auto x = getRankedType(op->getOperand(xIndex));
  auto w = getRankedType(op->getOperand(wIndex));
  if (!x || !w)
    return success();
  if (x.getRank() < 3 || x.getRank() != w.getRank())
    return emitNodeError(op) << "input and weights must have the same rank >= 3";
  FailureOr<ConvGeometry> g = getConvGeometry(op, x.getShape().drop_front(2),
                                              w.getShape().drop_front(2));
  if (failed(g))
    return failure();
  SmallVector<int64_t> dims = {x.getDimSize(0), w.getDimSize(0)};
  for (auto [i, size] : llvm::enumerate(x.getShape().drop_front(2)))
    dims.push_back(g->outputSize(i, size));
  setRankedResult(results, 0, dims);
  return success();
}

/// ConvTranspose: [N, C, D...] * [C, M/group, K...] -> [N, M, O...].
static LogicalResult inferConvTranspose(Operation *op, SmallVectorImpl<Type> &results) {
  auto x = getRankedType(op->getOperand(0));
  auto w = getRankedType(op->getOperand(1));
  if (!x || !w)
    return success();
  if (x.getRank() < 3 || x.getRank() != w.getRank())
    return emitNodeError(op) << "input and weights must have the same rank >= 3";
  FailureOr<ConvTransposeGeometry> g = getConvTransposeGeometry(
      op, x.getShape().drop_front(2), w.getShape().drop_front(2));
  if (failed(g))
    return failure();
  int64_t group = getIntAttr(op, "group", 1);
  int64_t filters = w.getDimSize(1) == kDynamic ? kDynamic : w.getDimSize(1) * group;
  SmallVector<int64_t> dims = {x.getDimSize(0), filters};
  for (auto [i, size] : llvm::enumerate(x.getShape().drop_front(2)))
    dims.push_back(g->outputSize(i, size));
  setRankedResult(results, 0, dims);
  return success();
}

/// MaxPool, AveragePool and LpPool: [N, C, D...] -> [N, C, O...] (and
/// MaxPool's Indices).
static LogicalResult inferPool(Operation *op, SmallVectorImpl<Type> &results) {
  auto x = getRankedType(op->getOperand(0));
  if (!x)
    return success();
  if (x.getRank() < 3)
    return emitNodeError(op) << "input must have rank >= 3";
  FailureOr<ConvGeometry> g = getConvGeometry(op, x.getShape().drop_front(2));
  if (failed(g))
    return failure();
  SmallVector<int64_t> dims = {x.getDimSize(0), x.getDimSize(1)};
  for (auto [i, size] : llvm::enumerate(x.getShape().drop_front(2)))
    dims.push_back(g->outputSize(i, size));
  for (unsigned i = 0; i < results.size(); ++i)
    setRankedResult(results, i, dims);
  return success();
}

/// GlobalAveragePool / GlobalMaxPool: [N, C, D...] -> [N, C, 1...].
static LogicalResult inferGlobalPool(Operation *op,
                                     SmallVectorImpl<Type> &results) {
  auto x = getRankedType(op->getOperand(0));
  if (!x)
    return success();
  SmallVector<int64_t> dims(x.getShape());
  for (size_t i = 2; i < dims.size(); ++i)
    dims[i] = 1;
  setRankedResult(results, 0, dims);
  return success();
}

/// Gemm: op(A) [M, K] * op(B) [K, N] -> [M, N].
static LogicalResult inferGemm(Operation *op, SmallVectorImpl<Type> &results) {
  auto a = getRankedType(op->getOperand(0));
  auto b = getRankedType(op->getOperand(1));
  if (!a || !b)
    return success();
  if (a.getRank() != 2 || b.getRank() != 2)
    return emitNodeError(op) << "Gemm inputs A and B must be 2-D";
  bool transA = getIntAttr(op, "transA", 0), transB = getIntAttr(op, "transB", 0);
  int64_t m = a.getDimSize(transA ? 1 : 0), ka = a.getDimSize(transA ? 0 : 1);
  int64_t kb = b.getDimSize(transB ? 1 : 0), n = b.getDimSize(transB ? 0 : 1);
  if (ka != kDynamic && kb != kDynamic && ka != kb)
    return emitNodeError(op) << "Gemm inner dimensions differ: " << ka << " vs " << kb;
  setRankedResult(results, 0, {m, n});
  return success();
}

/// MatMul: numpy matmul semantics, batch dims broadcast.
/// The operands are `aIndex` and `bIndex` (QLinearMatMul: 0 and 3).
template <unsigned aIndex = 0, unsigned bIndex = 1>
static LogicalResult inferMatMul(Operation *op, SmallVectorImpl<Type> &results) {
  auto a = getRankedType(op->getOperand(aIndex));
  auto b = getRankedType(op->getOperand(bIndex));
  if (!a || !b)
    return success();
  if (a.getRank() == 0 || b.getRank() == 0)
    return emitNodeError(op) << "MatMul inputs must have rank >= 1";
  SmallVector<int64_t> aShape(a.getShape()), bShape(b.getShape());
  bool aVector = aShape.size() == 1, bVector = bShape.size() == 1;
  if (aVector)
    aShape.insert(aShape.begin(), 1);
  if (bVector)
    bShape.push_back(1);
  int64_t k1 = aShape.back(), k2 = bShape[bShape.size() - 2];
  if (k1 != kDynamic && k2 != kDynamic && k1 != k2)
    return emitNodeError(op) << "MatMul inner dimensions differ: " << k1 << " vs " << k2;
  FailureOr<SmallVector<int64_t>> batch = broadcastShapes(
      {SmallVector<int64_t>(aShape.begin(), aShape.end() - 2),
       SmallVector<int64_t>(bShape.begin(), bShape.end() - 2)});
  if (failed(batch))
    return emitNodeError(op) << "MatMul batch dimensions cannot be broadcast";
  SmallVector<int64_t> dims = *batch;
  if (!aVector)
    dims.push_back(aShape[aShape.size() - 2]);
  if (!bVector)
    dims.push_back(bShape.back());
  setRankedResult(results, 0, dims);
  return success();
}

/// LayerNormalization: Y like X; Mean and InvStdDev (when present) like X
/// with the normalised dims [axis, rank) set to 1.
static LogicalResult inferLayerNormalization(Operation *op,
                                             SmallVectorImpl<Type> &results) {
  auto x = getRankedType(op->getOperand(0));
  if (!x)
    return success();
  int64_t rank = x.getRank();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", -1), rank);
  if (axis < 0 || axis >= rank)
    return emitNodeError(op) << "axis is out of range for rank " << rank;
  setRankedResult(results, 0, x.getShape());
  SmallVector<int64_t> stats(x.getShape());
  for (int64_t i = axis; i < rank; ++i)
    stats[i] = 1;
  for (unsigned i = 1; i < results.size(); ++i)
    setRankedResult(results, i, stats);
  return success();
}

/// Attention: Y [B, q heads, q seq, v size] (4-D) or [B, q seq, q heads *
/// v size] (3-D); present_key/present_value [B, kv heads, past + kv seq,
/// size]; qk_matmul_output [B, q heads, q seq, past + kv seq].
static LogicalResult inferAttention(Operation *op, SmallVectorImpl<Type> &results) {
  auto q = getRankedType(op->getOperand(0));
  auto k = getRankedType(op->getOperand(1));
  auto v = getRankedType(op->getOperand(2));
  if (!q || !k || !v)
    return success();
  int64_t rank = q.getRank();
  if ((rank != 3 && rank != 4) || k.getRank() != rank || v.getRank() != rank)
    return emitNodeError(op) << "Q, K and V must all be 3-D or all 4-D";
  auto divide = [](int64_t size, int64_t by) {
    return size == kDynamic || by <= 0 ? kDynamic : size / by;
  };
  int64_t batch = q.getDimSize(0);
  int64_t qHeads, kvHeads, qSeq, kvSeq, kSize, vSize;
  if (rank == 3) {
    qHeads = getIntAttr(op, "q_num_heads", 0);
    kvHeads = getIntAttr(op, "kv_num_heads", 0);
    if (qHeads <= 0 || kvHeads <= 0)
      return emitNodeError(op) << "3-D inputs need q_num_heads and kv_num_heads";
    qSeq = q.getDimSize(1);
    kvSeq = k.getDimSize(1);
    kSize = divide(k.getDimSize(2), kvHeads);
    vSize = divide(v.getDimSize(2), kvHeads);
  } else {
    qHeads = q.getDimSize(1);
    kvHeads = k.getDimSize(1);
    qSeq = q.getDimSize(2);
    kvSeq = k.getDimSize(2);
    kSize = k.getDimSize(3);
    vSize = v.getDimSize(3);
  }
  int64_t totalSeq = kvSeq;
  if (op->getNumOperands() > 4 && !isNoValue(op->getOperand(4))) {
    auto past = getRankedType(op->getOperand(4));
    int64_t pastSeq = past && past.getRank() == 4 ? past.getDimSize(2) : kDynamic;
    totalSeq = pastSeq == kDynamic || kvSeq == kDynamic ? kDynamic : pastSeq + kvSeq;
  }
  if (rank == 3)
    setRankedResult(results, 0,
                    {batch, qSeq, vSize == kDynamic ? kDynamic : qHeads * vSize});
  else
    setRankedResult(results, 0, {batch, qHeads, qSeq, vSize});
  if (results.size() > 1)
    setRankedResult(results, 1, {batch, kvHeads, totalSeq, kSize});
  if (results.size() > 2)
    setRankedResult(results, 2, {batch, kvHeads, totalSeq, vSize});
  if (results.size() > 3)
    setRankedResult(results, 3, {batch, qHeads, qSeq, totalSeq});
  return success();
}

/// Reduce*: the reduced axes (from the constant `axes` input; all of them
/// when it is absent or empty) become 1 with keepdims, or disappear; no
/// axes with noop_with_empty_axes leaves the shape alone. Axes read at run
/// time give dynamic dims: rank dims with keepdims, rank - len(axes)
/// without.
/// ArgMax / ArgMin: the `axis` dim becomes 1 with keepdims, or disappears.
static LogicalResult inferArgReduce(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  int64_t axis = normalizeAxis(getIntAttr(op, "axis", 0), rank);
  if (axis < 0 || axis >= rank)
    return emitNodeError(op) << "axis is out of range for rank " << rank;
  SmallVector<int64_t> dims(data.getShape());
  if (getIntAttr(op, "keepdims", 1) != 0)
    dims[axis] = 1;
  else
    dims.erase(dims.begin() + axis);
  setRankedResult(results, 0, dims);
  return success();
}

static LogicalResult inferReduce(Operation *op, SmallVectorImpl<Type> &results) {
  auto data = getRankedType(op->getOperand(0));
  if (!data)
    return success();
  int64_t rank = data.getRank();
  bool keepDims = getIntAttr(op, "keepdims", 1) != 0;
  SmallVector<int64_t> axes;
  if (op->getNumOperands() > 1 && !isNoValue(op->getOperand(1))) {
    auto constant = getConstantIntValues(op->getOperand(1));
    auto axesType = getRankedType(op->getOperand(1));
    int64_t numAxes =
        axesType && axesType.getRank() == 1 ? axesType.getDimSize(0) : kDynamic;
    if (!constant && numAxes != 0) {
      // Axes read at run time: which dims go is unknown, but a static
      // size-1 dim stays 1 with keepdims, and without keepdims `numAxes`
      // dims go.
      if (keepDims) {
        SmallVector<int64_t> dims(rank, kDynamic);
        for (int64_t i = 0; i < rank; ++i)
          if (data.getDimSize(i) == 1)
            dims[i] = 1;
        setRankedResult(results, 0, dims);
      } else if (numAxes != kDynamic && numAxes <= rank) {
        setRankedResult(results, 0, SmallVector<int64_t>(rank - numAxes, kDynamic));
      }
      return success();
    }
    if (constant)
      axes = *constant;
  }
  if (axes.empty() && getIntAttr(op, "noop_with_empty_axes", 0)) {
    setRankedResult(results, 0, data.getShape());
    return success();
  }
  SmallVector<bool> reduced(rank, axes.empty());
  for (int64_t axis : axes) {
    int64_t a = normalizeAxis(axis, rank);
    if (a < 0 || a >= rank)
      return emitNodeError(op) << "axis " << axis << " is out of range for rank " << rank;
    reduced[a] = true;
  }
  SmallVector<int64_t> dims;
  for (int64_t i = 0; i < rank; ++i) {
    if (!reduced[i])
      dims.push_back(data.getDimSize(i));
    else if (keepDims)
      dims.push_back(1);
  }
  setRankedResult(results, 0, dims);
  return success();
}

/// NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss: the loss has the
/// target's shape with reduction "none", else it is a scalar; SCE's
/// log-probabilities have the scores' shape.
static LogicalResult inferLoss(Operation *op, SmallVectorImpl<Type> &results) {
  if (getStringAttr(op, "reduction", "mean") != "none") {
    setRankedResult(results, 0, {});
  } else if (auto target = getRankedType(op->getOperand(1))) {
    SmallVector<int64_t> dims(target.getShape());
    // The scores' static dims pin dynamic target dims (N, d1..dk).
    if (auto scores = getRankedType(op->getOperand(0));
        scores && scores.getRank() == target.getRank() + 1)
      for (int64_t i = 0; i < target.getRank(); ++i)
        if (dims[i] == kDynamic)
          dims[i] = scores.getDimSize(i == 0 ? 0 : i + 1);
    setRankedResult(results, 0, dims);
  }
  if (results.size() > 1)
    if (auto scores = getRankedType(op->getOperand(0)))
      setRankedResult(results, 1, scores.getShape());
  return success();
}

/// Einsum: each result dim is the size of its subscript in the inputs (a
/// static size where one input has it; a size of 1 broadcasts).
static LogicalResult inferEinsum(Operation *op, SmallVectorImpl<Type> &results) {
  SmallVector<RankedTensorType> inputs;
  SmallVector<int64_t> ranks;
  for (Value operand : op->getOperands()) {
    auto ranked = getRankedType(operand);
    if (!ranked)
      return success();
    inputs.push_back(ranked);
    ranks.push_back(ranked.getRank());
  }
  std::string error;
  std::optional<EinsumEquation> equation =
      parseEinsumEquation(getStringAttr(op, "equation", ""), ranks, error);
  if (!equation)
    return emitNodeError(op) << "equation: " << error;
  // The size of each iteration dim: 1 until a dim says otherwise.
  SmallVector<int64_t> sizes(equation->numDims, 1);
  for (auto [input, dims] : llvm::zip(inputs, equation->operands)) {
    for (auto [d, dim] : llvm::enumerate(dims)) {
      int64_t size = input.getDimSize(d);
      int64_t &known = sizes[dim];
      if (size == 1)
        continue; // broadcast, as numpy's einsum does
      if (known == 1 || known == kDynamic) {
        if (known == 1 || size != kDynamic)
          known = size;
        continue;
      }
      if (size != kDynamic && size != known)
        return emitNodeError(op) << "subscripts of one letter have sizes " << known << " and "
                                 << size;
    }
  }
  SmallVector<int64_t> dims;
  for (int64_t dim : equation->result)
    dims.push_back(sizes[dim]);
  setRankedResult(results, 0, dims);
  return success();
}

/// DFT: the axis cut to the transform's length (L, or L / 2 + 1 when
/// onesided; L defaults to the axis size, 2 (n - 1) for an inverse of half
/// a spectrum) and the last dim 2 (complex), or 1 for that inverse. With an
/// axis read at run time only the shape that no axis changes is known.
static LogicalResult inferDFT(Operation *op, SmallVectorImpl<Type> &results) {
  auto input = getRankedType(op->getOperand(0));
  if (!input || input.getRank() < 2)
    return success();
  int64_t rank = input.getRank();
  std::optional<int64_t> length;
  if (!isNoValue(op->getOperand(1))) {
    auto ints = getConstantIntValues(op->getOperand(1));
    if (!ints || ints->size() != 1)
      return success();
    length = (*ints)[0];
  }
  bool inverse = getIntAttr(op, "inverse", 0) != 0;
  bool onesided = getIntAttr(op, "onesided", 0) != 0;
  bool halfSpectrum = inverse && onesided;
  SmallVector<int64_t> dims(input.getShape());
  dims[rank - 1] = halfSpectrum ? 1 : 2;
  std::optional<int64_t> axis = -2;
  if (!isNoValue(op->getOperand(2))) {
    auto ints = getConstantIntValues(op->getOperand(2));
    axis = ints && ints->size() == 1 ? std::optional((*ints)[0]) : std::nullopt;
  }
  if (!axis) {
    if (!length && !onesided)
      setRankedResult(results, 0, dims);
    return success();
  }
  int64_t a = normalizeAxis(*axis, rank);
  if (a < 0 || a >= rank - 1)
    return emitNodeError(op) << "axis " << *axis << " is out of range for rank " << rank;
  int64_t n = input.getDimSize(a);
  if (n == kDynamic && !length) {
    dims[a] = kDynamic;
  } else {
    int64_t l = length.value_or(halfSpectrum ? 2 * (n - 1) : n);
    dims[a] = (onesided && !inverse) ? l / 2 + 1 : l;
  }
  setRankedResult(results, 0, dims);
  return success();
}

void addNNShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  functions["NegativeLogLikelihoodLoss"] = inferLoss;
  functions["SoftmaxCrossEntropyLoss"] = inferLoss;
  functions["Conv"] = inferConv<>;
  functions["ConvInteger"] = inferConv<>;
  functions["QLinearConv"] = inferConv<0, 3>;
  functions["MaxPool"] = inferPool;
  functions["ConvTranspose"] = inferConvTranspose;
  functions["AveragePool"] = inferPool;
  functions["LpPool"] = inferPool;
  functions["GlobalAveragePool"] = inferGlobalPool;
  functions["GlobalMaxPool"] = inferGlobalPool;
  functions["GlobalLpPool"] = inferGlobalPool;
  functions["Gemm"] = inferGemm;
  functions["MatMul"] = inferMatMul<>;
  functions["MatMulInteger"] = inferMatMul<>;
  functions["QLinearMatMul"] = inferMatMul<0, 3>;
  functions["Einsum"] = inferEinsum;
  functions["DFT"] = inferDFT;
  functions["LayerNormalization"] = inferLayerNormalization;
  functions["Attention"] = inferAttention;
  for (const char *opType :
       {"ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd",
        "ReduceSumSquare", "ReduceL1", "ReduceL2", "ReduceLogSum",
        "ReduceLogSumExp"})
    functions[opType] = inferReduce;
  functions["ArgMax"] = inferArgReduce;
  functions["ArgMin"] = inferArgReduce;
}

} // namespace onnxc::onnx
