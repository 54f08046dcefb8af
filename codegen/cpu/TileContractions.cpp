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

#include "codegen/cpu/ContractionPlan.h"
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
      std::optional<ContractionPlan> plan = planMicroKernel(op);
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
