//===- TileContractions.cpp - onnxc-cpu-tile-contractions -----------------===//
//
// f32 matmul-like linalg ops on buffers become register-blocked micro-kernels
// built directly in the vector dialect: the output is walked in tiles of
// `rows` x `cols` elements, each tile's accumulators (one vector<cols x f32>
// per row) are loaded once, updated by one broadcast-FMA per row and k step
// and stored once. Rows left over at the end are done one at a time; columns
// left over by one tile with out-of-bounds (masked) transfers. Convolutions
// take the same kernel: rows are output channels, vectors run along ow
// (strided ones pick every s-th element of one longer read), and k is
// (c, kh, kw).
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_TILECONTRACTIONS
#include "codegen/cpu/Passes.h.inc"

namespace {

/// The roles of a contraction's iteration dims and operands, in the form the
/// micro-kernel needs: out[.., m, n] += lhs[.., m, .., k ..] * rhs[.., k, n]
/// or, for a convolution, rhs[.., c, oh + kh, n + kw] with n = ow.
struct ContractionPlan {
  SmallVector<unsigned> outer; // batch dims and any further n dims
  SmallVector<unsigned> m;     // row dims, tiled as one linearised index
  unsigned n;                  // the vector column dim
  int64_t nStride = 1;         // rhs elements per column (a convolution's stride)
  SmallVector<unsigned> k;     // the reduction dims, outermost first
  OpOperand *lhs; // read one scalar per (row, k)
  OpOperand *rhs; // read one vector along n per k
  OpOperand *out; // read and written one vector along n per row
};

} // namespace

/// Whether `operand` is an f32 memref whose innermost stride is statically 1,
/// so that a vector along its last index is one contiguous load.
static bool isContiguousF32(OpOperand &operand) {
  auto type = dyn_cast<MemRefType>(operand.get().getType());
  if (!type || !type.getElementType().isF32() || type.getRank() == 0)
    return false;
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(type.getStridesAndOffset(strides, offset)) && strides.back() == 1;
}

static bool lastResultIsDim(AffineMap map, unsigned dim) {
  auto last = map.getNumResults() ? dyn_cast<AffineDimExpr>(map.getResults().back()) : nullptr;
  return last && last.getPosition() == dim;
}

static std::optional<ContractionPlan> planContraction(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !linalg::isaContractionOpInterface(op))
    return std::nullopt;
  for (OpOperand &operand : op->getOpOperands())
    if (!isContiguousF32(operand) ||
        !op.getMatchingIndexingMap(&operand).isProjectedPermutation())
      return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims = linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.empty() || dims->k.size() != 1)
    return std::nullopt;
  // The output's last index is the vector dim; it must be an n dim.
  auto outLast = dyn_cast<AffineDimExpr>(
      op.getMatchingIndexingMap(op.getDpsInitOperand(0)).getResults().back());
  if (!outLast || !llvm::is_contained(dims->n, outLast.getPosition()))
    return std::nullopt;

  ContractionPlan plan;
  plan.m.assign(dims->m.begin(), dims->m.end());
  plan.n = outLast.getPosition();
  plan.k = {dims->k.front()};
  // Every other n dim is looped over outside the tiles, like a batch dim.
  plan.outer.assign(dims->batch.begin(), dims->batch.end());
  for (unsigned dim : dims->n)
    if (dim != plan.n)
      plan.outer.push_back(dim);
  llvm::sort(plan.outer);
  plan.out = op.getDpsInitOperand(0);
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (op.getMatchingIndexingMap(input).isFunctionOfDim(plan.n))
      plan.rhs = input;
    else
      plan.lhs = input;
  }
  // Both vector operands must run along n in their contiguous last index; an
  // rhs stored transposed would need a gather per k step.
  if (!lastResultIsDim(op.getMatchingIndexingMap(plan.rhs), plan.n))
    return std::nullopt;
  return plan;
}

static bool isMultiplyAdd(Operation *multiply, Operation *add) {
  return isa<arith::MulFOp>(multiply) && isa<arith::AddFOp>(add);
}

/// A convolution out[n, f, oh, ow] += w[f, c, kh, kw] * in[n, c, oh * s +
/// kh * d, ow * t + kw * d] (any dims order, grouped or not) as a
/// micro-kernel plan: rows over the output channels, vectors along ow, and k
/// over (c, kh, kw). For every kw the columns of a tile read the input at a
/// fixed stride t from one start: contiguous when t is 1.
static std::optional<ContractionPlan> planConvolution(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !linalg::isaConvolutionOpInterface(op) ||
      !linalg::detail::isContractionBody(*op.getBlock(), isMultiplyAdd))
    return std::nullopt;
  for (OpOperand &operand : op->getOpOperands())
    if (!isContiguousF32(operand))
      return std::nullopt;
  FailureOr<linalg::ConvolutionDimensions> dims = linalg::inferConvolutionDims(op);
  if (failed(dims) || dims->outputChannel.empty())
    return std::nullopt;
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!outMap.isProjectedPermutation())
    return std::nullopt;
  unsigned n = cast<AffineDimExpr>(outMap.getResults().back()).getPosition();
  auto image = llvm::find(dims->outputImage, n);
  if (image == dims->outputImage.end())
    return std::nullopt;

  ContractionPlan plan;
  plan.n = n;
  plan.nStride = dims->strides[image - dims->outputImage.begin()];
  plan.m.assign(dims->outputChannel.begin(), dims->outputChannel.end());
  plan.k.assign(dims->inputChannel.begin(), dims->inputChannel.end());
  plan.k.append(dims->filterLoop.begin(), dims->filterLoop.end());
  llvm::sort(plan.k);
  plan.outer.assign(dims->batch.begin(), dims->batch.end());
  plan.outer.append(dims->depth.begin(), dims->depth.end());
  for (unsigned dim : dims->outputImage)
    if (dim != n)
      plan.outer.push_back(dim);
  llvm::sort(plan.outer);
  plan.out = op.getDpsInitOperand(0);
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (op.getMatchingIndexingMap(input).isFunctionOfDim(n))
      plan.rhs = input;
    else
      plan.lhs = input;
  }
  // The image's last index must be ow + kw * d (the vector runs along it);
  // the filter is read one scalar at a time at plain dims.
  AffineExpr rhsLast = op.getMatchingIndexingMap(plan.rhs).getResults().back();
  if (plan.lhs == plan.rhs || !rhsLast.isFunctionOfDim(n) ||
      !op.getMatchingIndexingMap(plan.lhs).isProjectedPermutation())
    return std::nullopt;
  return plan;
}

namespace {

/// Emits the tiled loop nest and micro-kernels that replace one contraction.
class MicroKernelEmitter {
public:
  MicroKernelEmitter(OpBuilder &builder, linalg::LinalgOp op, const ContractionPlan &plan,
                     int64_t rows, int64_t cols)
      : b(builder), loc(op.getLoc()), op(op), plan(plan), rows(rows),
        vectorType(VectorType::get({cols}, b.getF32Type())) {
    for (Range range : op.createLoopRanges(b, loc))
      sizes.push_back(getValueOrCreateConstantIndexOp(b, loc, range.size));
    ivs.assign(sizes.size(), constant(0));
    // A Linear layer's rows are [batch, seq] (or [seq, batch]): all m dims
    // form one row index, so the tiles fill up whichever of them is long.
    rowCount = constant(1);
    for (unsigned dim : plan.m)
      rowCount = b.createOrFold<arith::MulIOp>(loc, rowCount, sizes[dim]);
  }

  void emit() { emitOuterLoops(0); }

private:
  Value constant(int64_t value) { return b.createOrFold<arith::ConstantIndexOp>(loc, value); }

  static bool sameConstant(Value a, Value b) {
    std::optional<int64_t> x = getConstantIntValue(a), y = getConstantIntValue(b);
    return x && y && *x == *y;
  }

  /// The largest multiple of `step` that is at most `size`.
  Value roundDown(Value size, int64_t step) {
    Value rest = b.createOrFold<arith::RemUIOp>(loc, size, constant(step));
    return b.createOrFold<arith::SubIOp>(loc, size, rest);
  }

  /// `for iv = lb to ub step s { body(iv) }`, with the builder placed in the
  /// body while `body` runs.
  void forLoop(Value lb, Value ub, int64_t step, function_ref<void(Value)> body) {
    auto loop = scf::ForOp::create(b, loc, lb, ub, constant(step));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(loop.getBody()->getTerminator());
    body(loop.getInductionVar());
  }

  /// `operand`'s indices at `ivs`: dims directly, other expressions (a
  /// convolution's oh + kh) through affine.apply of the ivs they use.
  SmallVector<Value> indices(OpOperand *operand) {
    SmallVector<Value> result;
    AffineMap map = op.getMatchingIndexingMap(operand);
    for (AffineExpr expr : map.getResults()) {
      if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
        result.push_back(ivs[dim.getPosition()]);
        continue;
      }
      SmallVector<OpFoldResult> operands(ivs.begin(), ivs.end());
      OpFoldResult index = affine::makeComposedFoldedAffineApply(
          b, loc, AffineMap::get(map.getNumDims(), 0, expr), operands);
      result.push_back(getValueOrCreateConstantIndexOp(b, loc, index));
    }
    return result;
  }

  void emitOuterLoops(unsigned level) {
    if (level == plan.outer.size())
      return emitColumnTiles();
    unsigned dim = plan.outer[level];
    forLoop(constant(0), sizes[dim], 1, [&](Value iv) {
      ivs[dim] = iv;
      emitOuterLoops(level + 1);
    });
  }

  /// Column panels outside, row tiles inside: one panel of rhs (k x cols,
  /// 48 KiB for a 768-deep k) stays in cache while every row tile of lhs
  /// passes over it, instead of all of rhs streaming from memory once per
  /// row tile.
  void emitColumnTiles() {
    int64_t cols = vectorType.getNumElements();
    Value fullColsEnd = roundDown(sizes[plan.n], cols);
    forLoop(constant(0), fullColsEnd, cols,
            [&](Value col) { emitRowTiles(col, /*inBounds=*/true); });
    if (sameConstant(fullColsEnd, sizes[plan.n]))
      return;
    Value hasRest = b.createOrFold<arith::CmpIOp>(loc, arith::CmpIPredicate::ult, fullColsEnd,
                                                  sizes[plan.n]);
    auto rest = scf::IfOp::create(b, loc, hasRest, /*withElseRegion=*/false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(rest.thenBlock()->getTerminator());
    emitRowTiles(fullColsEnd, /*inBounds=*/false);
  }

  void emitRowTiles(Value col, bool inBounds) {
    Value fullRowsEnd = roundDown(rowCount, rows);
    forLoop(constant(0), fullRowsEnd, rows,
            [&](Value row) { emitTile(row, rows, col, inBounds); });
    if (!sameConstant(fullRowsEnd, rowCount))
      forLoop(fullRowsEnd, rowCount, 1, [&](Value row) { emitTile(row, 1, col, inBounds); });
  }

  /// out[row .. row + tileRows, col .. col + cols] += lhs * rhs over all of k.
  /// Out-of-bounds transfers read zeros past the end of n and write nothing
  /// there.
  void emitTile(Value row, int64_t tileRows, Value col, bool inBounds) {
    Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0.0f));
    SmallVector<bool> inBoundsFlags = {inBounds};
    auto rowIndex = [&](int64_t i) {
      return b.createOrFold<arith::AddIOp>(loc, row, constant(i));
    };
    // Per tile row, the index of each m dim (the last m dim varies fastest).
    SmallVector<SmallVector<Value>> rowIvs;
    for (int64_t i = 0; i < tileRows; ++i) {
      Value linear = rowIndex(i);
      SmallVector<Value> mIvs(plan.m.size());
      for (int64_t j = plan.m.size() - 1; j >= 0; --j) {
        Value size = sizes[plan.m[j]];
        mIvs[j] = j == 0 ? linear : b.createOrFold<arith::RemUIOp>(loc, linear, size);
        if (j > 0)
          linear = b.createOrFold<arith::DivUIOp>(loc, linear, size);
      }
      rowIvs.push_back(mIvs);
    }
    auto setRow = [&](ArrayRef<Value> mIvs) {
      for (auto [dim, iv] : llvm::zip(plan.m, mIvs))
        ivs[dim] = iv;
    };

    ivs[plan.n] = col;
    for (unsigned dim : plan.k)
      ivs[dim] = constant(0);
    SmallVector<Value> accumulators;
    for (ArrayRef<Value> rowIv : rowIvs) {
      setRow(rowIv);
      accumulators.push_back(vector::TransferReadOp::create(
          b, loc, vectorType, plan.out->get(), indices(plan.out), zero, inBoundsFlags));
    }

    SmallVector<Value> sums = emitReductionLoops(0, accumulators, rowIvs, inBoundsFlags);

    for (unsigned dim : plan.k)
      ivs[dim] = constant(0);
    for (auto [rowIv, sum] : llvm::zip(rowIvs, sums)) {
      setRow(rowIv);
      vector::TransferWriteOp::create(b, loc, sum, plan.out->get(), indices(plan.out),
                                      inBoundsFlags);
    }
  }

  /// One loop per reduction dim from `level` inwards, the accumulators
  /// carried through all of them; innermost, per tile row, one scalar of lhs
  /// broadcast and multiplied into the vector of rhs. Returns the sums.
  SmallVector<Value> emitReductionLoops(unsigned level, ValueRange accumulators,
                                        ArrayRef<SmallVector<Value>> rowIvs,
                                        ArrayRef<bool> inBoundsFlags) {
    unsigned dim = plan.k[level];
    auto loop = scf::ForOp::create(b, loc, constant(0), sizes[dim], constant(1), accumulators);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    ivs[dim] = loop.getInductionVar();
    SmallVector<Value> updated;
    if (level + 1 < plan.k.size()) {
      updated = emitReductionLoops(level + 1, loop.getRegionIterArgs(), rowIvs, inBoundsFlags);
    } else {
      Value rhs = readRhsColumns(inBoundsFlags);
      for (auto [rowIv, accumulator] : llvm::zip(rowIvs, loop.getRegionIterArgs())) {
        for (auto [m, iv] : llvm::zip(plan.m, rowIv))
          ivs[m] = iv;
        Value lhs = memref::LoadOp::create(b, loc, plan.lhs->get(), indices(plan.lhs));
        Value splat = vector::BroadcastOp::create(b, loc, vectorType, lhs);
        updated.push_back(vector::FMAOp::create(b, loc, splat, rhs, accumulator));
      }
    }
    scf::YieldOp::create(b, loc, updated);
    return loop.getResults();
  }

  /// The rhs vector of one k step. With a column stride t > 1 (a strided
  /// convolution) that is every t-th element of one contiguous read of
  /// (cols - 1) * t + 1 elements, which ends at the last column's element:
  /// in bounds wherever the columns are.
  Value readRhsColumns(ArrayRef<bool> inBoundsFlags) {
    Value zero = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(0.0f));
    int64_t cols = vectorType.getNumElements();
    if (plan.nStride == 1)
      return vector::TransferReadOp::create(b, loc, vectorType, plan.rhs->get(),
                                            indices(plan.rhs), zero, inBoundsFlags);
    auto spanType = VectorType::get({(cols - 1) * plan.nStride + 1}, b.getF32Type());
    Value span = vector::TransferReadOp::create(b, loc, spanType, plan.rhs->get(),
                                                indices(plan.rhs), zero, inBoundsFlags);
    SmallVector<int64_t> everyStride;
    for (int64_t col = 0; col < cols; ++col)
      everyStride.push_back(col * plan.nStride);
    return vector::ShuffleOp::create(b, loc, span, span, everyStride);
  }

  OpBuilder &b;
  Location loc;
  linalg::LinalgOp op;
  const ContractionPlan &plan;
  int64_t rows;
  VectorType vectorType;
  SmallVector<Value> sizes; // per iteration dim
  SmallVector<Value> ivs;   // per iteration dim, at the point being emitted
  Value rowCount;           // product of the m dims' sizes
};

struct TileContractionsPass : impl::TileContractionsBase<TileContractionsPass> {
  using TileContractionsBase::TileContractionsBase;

  void runOnOperation() override {
    if (rows < 1 || cols < 1) {
      getOperation().emitError("onnxc-cpu-tile-contractions: rows and cols must be positive");
      return signalPassFailure();
    }
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) { ops.push_back(op); });
    OpBuilder builder(&getContext());
    for (linalg::LinalgOp op : ops) {
      std::optional<ContractionPlan> plan = planContraction(op);
      if (!plan)
        plan = planConvolution(op);
      if (!plan)
        continue;
      builder.setInsertionPoint(op);
      MicroKernelEmitter(builder, op, *plan, rows, cols).emit();
      op->erase();
    }
  }
};

} // namespace

} // namespace onnxc
