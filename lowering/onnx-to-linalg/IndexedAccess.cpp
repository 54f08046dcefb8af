//===- IndexedAccess.cpp - GatherElements, GatherND, the scatters, OneHot -===//
//
// The ops whose indices are tensor data. Every index goes through
// checkIndices (IndexChecks.h) before it addresses anything, and every dim
// of the indices or updates that walks a data dim is checked to fit it
// (checkExtentFits), so no index of a run reads or writes outside a buffer.
//
// The gathers are a linalg.generic over the result that reads the data
// with tensor.extract at the checked position. The scatters are an scf.for
// nest over the updates that inserts each one into the result (a copy of
// the data, made in place by bufferization where the data dies here); the
// order is the updates' row-major order, so with duplicate indices and
// reduction "none" the last update wins (ONNX leaves that order open).
// OneHot compares each index with the position along the new dim and reads
// nothing through it: an index out of range gives a row of off values, as
// ONNX says, and needs no check.
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
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

namespace {
/// Each dim of `value` as the source of the same dim of a result.
SmallVector<std::pair<Value, int64_t>> dimsOf(Value value) {
  SmallVector<std::pair<Value, int64_t>> dims;
  for (int64_t d = 0; d < cast<RankedTensorType>(value.getType()).getRank(); ++d)
    dims.push_back({value, d});
  return dims;
}

Value toIndex(OpBuilder &b, Location loc, Value i64) {
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
}

/// For each dim of a tensor that walks dims of the data (the indices of a
/// gather, the updates of a scatter): null where it is known at compile
/// time to fit, else the size it must be kept within at run time.
using WalkBounds = SmallVector<Value>;

/// Checks that dims [from, to) of `walker` fit the dims of `target` they
/// walk, dim d against target dim d + shift (checkExtentFits: a compile
/// error when both are static and do not fit, else a run-time check), and
/// returns the bounds that the walk must stay within where they are
/// dynamic: positions are clamped to them, so a failed check never reaches
/// memory.
FailureOr<WalkBounds> checkWalkedDims(PatternRewriter &rewriter, Location loc, Operation *op,
                                      StringRef walkerName, Value walker, Value target,
                                      int64_t from, int64_t to, int64_t shift,
                                      int64_t skipDim = -1) {
  WalkBounds bounds(cast<RankedTensorType>(walker.getType()).getRank(), nullptr);
  for (int64_t d = from; d < to; ++d) {
    if (d == skipDim)
      continue;
    std::string what = (walkerName + " dim " + Twine(d) + " size").str();
    Value extent = getDimValue(rewriter, loc, walker, d);
    Value limit = getDimValue(rewriter, loc, target, d + shift);
    if (failed(checkExtentFits(rewriter, loc, op, what, extent, limit)))
      return failure();
    if (!getConstantIntValue(extent) || !getConstantIntValue(limit))
      bounds[d] = limit;
  }
  return bounds;
}

/// `position` clamped into [0, bound - 1] where `bound` is set.
Value clampToBound(OpBuilder &b, Location loc, Value position, Value bound) {
  if (!bound)
    return position;
  Value last = arith::SubIOp::create(b, loc, bound, arith::ConstantIndexOp::create(b, loc, 1));
  return arith::MinSIOp::create(b, loc, position, last);
}

/// Adds to `checked.anyEmptySize` that some bound is 0 (then a clamped
/// position is -1 and nothing may be read).
void addEmptyBounds(OpBuilder &b, Location loc, CheckedIndices &checked,
                    ArrayRef<Value> bounds) {
  for (Value bound : bounds) {
    if (!bound)
      continue;
    Value empty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, bound,
                                        arith::ConstantIndexOp::create(b, loc, 0));
    checked.anyEmptySize =
        checked.anyEmptySize ? arith::OrIOp::create(b, loc, checked.anyEmptySize, empty)
                             : empty;
  }
}

/// The k data positions of the index tuple at `tuple` (the indices'
/// position without its last dim) of checked indices [..., k], appended to
/// `position`: what GatherND reads at and ScatterND writes to.
void appendTuple(OpBuilder &b, Location loc, Value checkedIndices, ValueRange tuple, int64_t k,
                 SmallVectorImpl<Value> &position) {
  SmallVector<Value> at(tuple);
  at.push_back(nullptr);
  for (int64_t c = 0; c < k; ++c) {
    at.back() = arith::ConstantIndexOp::create(b, loc, c);
    position.push_back(toIndex(b, loc, tensor::ExtractOp::create(b, loc, checkedIndices, at)));
  }
}

/// The ranked data, indices (and updates) operands and result of an
/// indexed-access op, or a match failure naming what is missing.
struct IndexedOperands {
  Value data, indices;
  RankedTensorType dataType, indicesType, resultType;
};

FailureOr<IndexedOperands> getIndexedOperands(PatternRewriter &rewriter, Operation *op) {
  IndexedOperands operands{op->getOperand(0), op->getOperand(1), nullptr, nullptr, nullptr};
  operands.dataType = dyn_cast<RankedTensorType>(operands.data.getType());
  operands.indicesType = dyn_cast<RankedTensorType>(operands.indices.getType());
  operands.resultType = getRankedResultType(op);
  if (!operands.dataType || !operands.indicesType || !operands.resultType)
    return rewriter.notifyMatchFailure(op, "needs ranked types");
  if (!isNumericOrBoolElement(operands.dataType.getElementType()))
    return rewriter.notifyMatchFailure(op, "data is not a tensor of numbers or bool");
  return operands;
}

/// GatherElements: out[p] = data[p with p[axis] = indices[p]].
struct GatherElementsLowering : OpRewritePattern<onnx::GatherElementsOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GatherElementsOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<IndexedOperands> operands = getIndexedOperands(rewriter, op);
    if (failed(operands))
      return failure();
    auto [data, indices, dataType, indicesType, resultType] = *operands;
    int64_t rank = dataType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 0), rank);
    if (axis < 0 || axis >= rank || indicesType.getRank() != rank)
      return rewriter.notifyMatchFailure(op, "axis out of range, or indices of another rank");
    Location loc = op.getLoc();
    FailureOr<WalkBounds> bounds =
        checkWalkedDims(rewriter, loc, op, "indices", indices, data, 0, rank, 0, axis);
    if (failed(bounds))
      return rewriter.notifyMatchFailure(op, "indices do not fit the data");
    FailureOr<CheckedIndices> checked =
        checkIndices(rewriter, loc, op, "indices", indices,
                     {getDimValue(rewriter, loc, data, axis)},
                     /*componentDim=*/-1, /*allowNegative=*/true);
    if (failed(checked))
      return rewriter.notifyMatchFailure(op, "indices out of range or not integers");
    addEmptyBounds(rewriter, loc, *checked, *bounds);
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, rewriter.getContext());
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{checked->indices}, {identity}, dimsOf(indices),
        [&](OpBuilder &b, Location l, ValueRange args) -> Value {
          SmallVector<Value> position;
          for (int64_t d = 0; d < rank; ++d)
            position.push_back(
                d == axis ? toIndex(b, l, args[0])
                          : clampToBound(b, l, linalg::IndexOp::create(b, l, d), (*bounds)[d]));
          return extractChecked(b, l, data, position, *checked);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// GatherND with b batch dims and index tuples of length k (the indices'
/// last dim): out[j.., rest..] = data[j[:b].., indices[j.., :].., rest..].
struct GatherNDLowering : OpRewritePattern<onnx::GatherNDOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GatherNDOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<IndexedOperands> operands = getIndexedOperands(rewriter, op);
    if (failed(operands))
      return failure();
    auto [data, indices, dataType, indicesType, resultType] = *operands;
    int64_t r = dataType.getRank(), q = indicesType.getRank();
    int64_t batchDims = onnx::getIntAttr(op, "batch_dims", 0);
    int64_t k = q > 0 ? indicesType.getDimSize(q - 1) : ShapedType::kDynamic;
    if (k == ShapedType::kDynamic || k < 1 || batchDims < 0 || batchDims + k > r)
      return rewriter.notifyMatchFailure(
          op, "the index tuples' length (the indices' last dim) must be static and fit the data");
    if (resultType.getRank() != q - 1 + r - batchDims - k)
      return rewriter.notifyMatchFailure(op, "result rank is not q - 1 + r - batch_dims - k");
    Location loc = op.getLoc();
    FailureOr<WalkBounds> bounds =
        checkWalkedDims(rewriter, loc, op, "indices", indices, data, 0, batchDims, 0);
    if (failed(bounds))
      return rewriter.notifyMatchFailure(op, "indices' batch dims do not fit the data");
    SmallVector<Value> sizes;
    for (int64_t c = 0; c < k; ++c)
      sizes.push_back(getDimValue(rewriter, loc, data, batchDims + c));
    FailureOr<CheckedIndices> checked =
        checkIndices(rewriter, loc, op, "indices", indices, sizes,
                     /*componentDim=*/q - 1, /*allowNegative=*/true);
    if (failed(checked))
      return rewriter.notifyMatchFailure(op, "indices out of range or not integers");
    addEmptyBounds(rewriter, loc, *checked, *bounds);

    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t d = 0; d < q - 1; ++d)
      dimSources.push_back({indices, d});
    for (int64_t d = batchDims + k; d < r; ++d)
      dimSources.push_back({data, d});
    Value result = buildMappedGeneric(
        rewriter, loc, resultType, ValueRange{}, {}, dimSources,
        [&](OpBuilder &b, Location l, ValueRange) -> Value {
          SmallVector<Value> tuple, position;
          for (int64_t d = 0; d < q - 1; ++d)
            tuple.push_back(linalg::IndexOp::create(b, l, d));
          for (int64_t d = 0; d < batchDims; ++d)
            position.push_back(clampToBound(b, l, tuple[d], (*bounds)[d]));
          appendTuple(b, l, checked->indices, tuple, k, position);
          for (int64_t d = q - 1; d < resultType.getRank(); ++d)
            position.push_back(linalg::IndexOp::create(b, l, d));
          return extractChecked(b, l, data, position, *checked);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// `value` as `type` where shape inference knew more (or less) of its dims.
Value castToResultType(OpBuilder &b, Location loc, Value value, RankedTensorType type) {
  return value.getType() == type ? value : tensor::CastOp::create(b, loc, type, value).getResult();
}

/// How a scatter combines an update with the element it lands on:
/// nullopt replaces it.
FailureOr<std::optional<BinaryKind>> getScatterReduction(PatternRewriter &rewriter,
                                                         Operation *op, Type elementType) {
  std::string reduction = onnx::getStringAttr(op, "reduction", "none");
  if (reduction == "none")
    return std::optional<BinaryKind>();
  if (!isNumericElement(elementType))
    return rewriter.notifyMatchFailure(op, "a reduction needs numeric data");
  if (reduction == "add")
    return std::optional<BinaryKind>(BinaryKind::Add);
  if (reduction == "mul")
    return std::optional<BinaryKind>(BinaryKind::Mul);
  if (reduction == "max")
    return std::optional<BinaryKind>(BinaryKind::Max);
  if (reduction == "min")
    return std::optional<BinaryKind>(BinaryKind::Min);
  return rewriter.notifyMatchFailure(op, "unknown reduction '" + reduction + "'");
}

/// The loop nest of a scatter: for every position of `updates`, `target`
/// says where in the data the update lands; the result is the data with
/// every update combined in. The loops stay within `bounds` (so updates
/// that do not fit, already reported, are never read or written) and skip
/// every update when `checked.anyEmptySize` (an empty data dim: nothing may
/// be written).
Value buildScatter(
    PatternRewriter &rewriter, Location loc, Value data, Value updates,
    ArrayRef<WalkBounds> bounds, const CheckedIndices &checked,
    std::optional<BinaryKind> reduction,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)> target) {
  auto updatesType = cast<RankedTensorType>(updates.getType());
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  SmallVector<Value> lower(updatesType.getRank(), zero), steps(updatesType.getRank(), one),
      upper;
  for (int64_t d = 0; d < updatesType.getRank(); ++d) {
    upper.push_back(getDimValue(rewriter, loc, updates, d));
    for (const WalkBounds &walk : bounds)
      if (walk[d])
        upper.back() = arith::MinSIOp::create(rewriter, loc, upper.back(), walk[d]);
  }
  auto insertAll = [&](OpBuilder &b, Location l) -> Value {
    scf::LoopNest nest = scf::buildLoopNest(
        b, l, lower, upper, steps, ValueRange{data},
        [&](OpBuilder &nb, Location nl, ValueRange ivs, ValueRange acc) -> scf::ValueVector {
          SmallVector<Value> position = target(nb, nl, ivs);
          Value update = tensor::ExtractOp::create(nb, nl, updates, ivs);
          if (reduction)
            update = createBinary(nb, nl, *reduction,
                                  tensor::ExtractOp::create(nb, nl, acc[0], position), update);
          return {tensor::InsertOp::create(nb, nl, update, acc[0], position)};
        });
    return nest.results.empty() ? data : nest.results.front();
  };
  if (!checked.anyEmptySize)
    return insertAll(rewriter, loc);
  auto guarded = scf::IfOp::create(rewriter, loc, TypeRange{data.getType()},
                                   checked.anyEmptySize, /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointToStart(guarded.thenBlock());
  scf::YieldOp::create(rewriter, loc, ValueRange{data});
  rewriter.setInsertionPointToStart(guarded.elseBlock());
  scf::YieldOp::create(rewriter, loc, ValueRange{insertAll(rewriter, loc)});
  return guarded.getResult(0);
}

/// ScatterElements: out = data, then for each position p of the updates
/// out[p with p[axis] = indices[p]] (op)= updates[p].
struct ScatterElementsLowering : OpRewritePattern<onnx::ScatterElementsOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ScatterElementsOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<IndexedOperands> operands = getIndexedOperands(rewriter, op);
    if (failed(operands))
      return failure();
    auto [data, indices, dataType, indicesType, resultType] = *operands;
    Value updates = op->getOperand(2);
    auto updatesType = dyn_cast<RankedTensorType>(updates.getType());
    int64_t rank = dataType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", 0), rank);
    if (!updatesType || updatesType.getRank() != rank || indicesType.getRank() != rank ||
        axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(
          op, "needs data, indices and updates of one rank, and an axis in range");
    FailureOr<std::optional<BinaryKind>> reduction =
        getScatterReduction(rewriter, op, dataType.getElementType());
    if (failed(reduction))
      return failure();
    Location loc = op.getLoc();
    // The loops walk the updates and read the indices at the same position.
    FailureOr<WalkBounds> inIndices =
        checkWalkedDims(rewriter, loc, op, "updates", updates, indices, 0, rank, 0);
    FailureOr<WalkBounds> inData =
        failed(inIndices) ? FailureOr<WalkBounds>(failure())
                          : checkWalkedDims(rewriter, loc, op, "updates", updates, data, 0, rank,
                                            0, axis);
    if (failed(inData))
      return rewriter.notifyMatchFailure(op, "updates do not fit the indices or the data");
    FailureOr<CheckedIndices> checked =
        checkIndices(rewriter, loc, op, "indices", indices,
                     {getDimValue(rewriter, loc, data, axis)},
                     /*componentDim=*/-1, /*allowNegative=*/true);
    if (failed(checked))
      return rewriter.notifyMatchFailure(op, "indices out of range or not integers");
    Value result = buildScatter(
        rewriter, loc, data, updates, {*inIndices, *inData}, *checked, *reduction,
        [&](OpBuilder &b, Location l, ValueRange ivs) {
          SmallVector<Value> position(ivs);
          position[axis] = toIndex(b, l, tensor::ExtractOp::create(b, l, checked->indices, ivs));
          return position;
        });
    rewriter.replaceOp(op, castToResultType(rewriter, loc, result, resultType));
    return success();
  }
};

/// ScatterND with index tuples of length k: out = data, then
/// out[indices[j.., :].., rest..] (op)= updates[j.., rest..].
struct ScatterNDLowering : OpRewritePattern<onnx::ScatterNDOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ScatterNDOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<IndexedOperands> operands = getIndexedOperands(rewriter, op);
    if (failed(operands))
      return failure();
    auto [data, indices, dataType, indicesType, resultType] = *operands;
    Value updates = op->getOperand(2);
    auto updatesType = dyn_cast<RankedTensorType>(updates.getType());
    int64_t r = dataType.getRank(), q = indicesType.getRank();
    int64_t k = q > 0 ? indicesType.getDimSize(q - 1) : ShapedType::kDynamic;
    if (k == ShapedType::kDynamic || k < 1 || k > r)
      return rewriter.notifyMatchFailure(
          op, "the index tuples' length (the indices' last dim) must be static and fit the data");
    if (!updatesType || updatesType.getRank() != q - 1 + r - k)
      return rewriter.notifyMatchFailure(op, "updates are not of rank q - 1 + r - k");
    FailureOr<std::optional<BinaryKind>> reduction =
        getScatterReduction(rewriter, op, dataType.getElementType());
    if (failed(reduction))
      return failure();
    Location loc = op.getLoc();
    FailureOr<WalkBounds> inIndices =
        checkWalkedDims(rewriter, loc, op, "updates", updates, indices, 0, q - 1, 0);
    FailureOr<WalkBounds> inData =
        failed(inIndices) ? FailureOr<WalkBounds>(failure())
                          : checkWalkedDims(rewriter, loc, op, "updates", updates, data, q - 1,
                                            updatesType.getRank(), k - q + 1);
    if (failed(inData))
      return rewriter.notifyMatchFailure(op, "updates do not fit the indices or the data");
    SmallVector<Value> sizes;
    for (int64_t c = 0; c < k; ++c)
      sizes.push_back(getDimValue(rewriter, loc, data, c));
    FailureOr<CheckedIndices> checked =
        checkIndices(rewriter, loc, op, "indices", indices, sizes,
                     /*componentDim=*/q - 1, /*allowNegative=*/true);
    if (failed(checked))
      return rewriter.notifyMatchFailure(op, "indices out of range or not integers");
    Value result = buildScatter(
        rewriter, loc, data, updates, {*inIndices, *inData}, *checked, *reduction,
        [&](OpBuilder &b, Location l, ValueRange ivs) {
          SmallVector<Value> position;
          appendTuple(b, l, checked->indices, ivs.take_front(q - 1), k, position);
          llvm::append_range(position, ivs.drop_front(q - 1));
          return position;
        });
    rewriter.replaceOp(op, castToResultType(rewriter, loc, result, resultType));
    return success();
  }
};

/// OneHot: out[..., d, ...] = wrap(indices[...]) == d ? on : off, with d
/// at `axis` and values = [off, on].
struct OneHotLowering : OpRewritePattern<onnx::OneHotOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::OneHotOp op,
                                PatternRewriter &rewriter) const override {
    Value indices = op->getOperand(0), depth = op->getOperand(1), values = op->getOperand(2);
    auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
    auto depthType = dyn_cast<RankedTensorType>(depth.getType());
    auto valuesType = dyn_cast<RankedTensorType>(values.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!indicesType || !depthType || !valuesType || !resultType)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    if (!isNumericElement(indicesType.getElementType()) ||
        !isNumericElement(depthType.getElementType()) || depthType.getNumElements() != 1)
      return rewriter.notifyMatchFailure(op, "indices and a one-element depth must be numbers");
    int64_t rank = resultType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", -1), rank);
    if (axis < 0 || axis >= rank || indicesType.getRank() != rank - 1)
      return rewriter.notifyMatchFailure(op, "axis out of range");

    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type();
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    SmallVector<Value> first(depthType.getRank(), zero);
    Value depth64 = convertScalar(rewriter, loc,
                                  tensor::ExtractOp::create(rewriter, loc, depth, first), i64);
    auto valueAt = [&](int64_t i) -> Value {
      return tensor::ExtractOp::create(
          rewriter, loc, values, ValueRange{arith::ConstantIndexOp::create(rewriter, loc, i)});
    };
    Value off = valueAt(0), on = valueAt(1);

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> indexExprs;
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t d = 0; d < rank; ++d) {
      if (d == axis)
        continue;
      indexExprs.push_back(getAffineDimExpr(d, ctx));
      dimSources.push_back({indices, d < axis ? d : d - 1});
    }
    Value depthIndex = toIndex(rewriter, loc, depth64);
    SmallVector<Value> sizes;
    for (int64_t d = 0, i = 0; d < rank; ++d)
      sizes.push_back(d == axis ? depthIndex : getDimValue(rewriter, loc, indices, i++));
    SmallVector<Value> dynamicSizes;
    for (int64_t d = 0; d < rank; ++d)
      if (resultType.isDynamicDim(d))
        dynamicSizes.push_back(sizes[d]);
    Value init = tensor::EmptyOp::create(rewriter, loc, resultType, dynamicSizes);
    SmallVector<AffineMap> maps = {AffineMap::get(rank, 0, indexExprs, ctx),
                                   AffineMap::getMultiDimIdentityMap(rank, ctx)};
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{indices}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value index = convertScalar(b, l, args[0], i64);
          Value negative = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, index,
                                                 arith::ConstantIntOp::create(b, l, i64, 0));
          index = arith::SelectOp::create(b, l, negative,
                                          arith::AddIOp::create(b, l, index, depth64), index);
          Value here = arith::IndexCastOp::create(b, l, i64, linalg::IndexOp::create(b, l, axis));
          Value hot = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, index, here);
          linalg::YieldOp::create(b, l, ValueRange{arith::SelectOp::create(b, l, hot, on, off)});
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};
} // namespace

void populateIndexedAccessPatterns(RewritePatternSet &patterns) {
  patterns.add<GatherElementsLowering, GatherNDLowering, ScatterElementsLowering,
               ScatterNDLowering, OneHotLowering>(patterns.getContext());
}

} // namespace onnxc
