//===- ParallelizeOuterLoops.cpp - onnxc-cpu-parallelize-outer-loops ------===//
//
// Large linalg ops get one of their outer parallel dims tiled by 1 into an
// scf.parallel; onnxc-cpu-outline-parallel-loops then runs that loop on the
// runtime's thread pool, which splits its iterations into one contiguous
// chunk per thread. Tiling by 1 leaves the chunking to the runtime, which
// knows the thread count; the innermost loop stays inside the tile so that
// LLVM still vectorises it.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/ContractionPlan.h"
#include "codegen/cpu/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_PARALLELIZEOUTERLOOPS
#include "codegen/cpu/Passes.h.inc"

/// What a dynamic dim (typically a batch) counts for in the volume: enough
/// to be worth threads at a batch of 16. When it is small at run time the
/// loop costs little: a dynamic dim is the one chosen to run in parallel
/// (unless a static dim before it has 16 iterations), and the pool runs a
/// loop of one iteration inline, waking no thread.
static constexpr int64_t kDynamicDimEstimate = 16;

/// Points of the iteration space, dynamic dims counted as
/// kDynamicDimEstimate.
static int64_t estimatedVolume(ArrayRef<int64_t> ranges) {
  int64_t volume = 1;
  for (int64_t range : ranges)
    volume *= ShapedType::isDynamic(range) ? kDynamicDimEstimate : range;
  return volume;
}

/// The loop of `op` to run in parallel, or nullopt: among its leading
/// parallel loops (before the first reduction, never the innermost), the
/// first with at least `minIterations` static iterations, else a dynamic one
/// (a batch), else the longest. One dim only: the outlined body then keeps
/// the op's other loops as a plain nest, whose accesses LLVM can analyse and
/// vectorise as in serial code.
static std::optional<unsigned> chooseParallelDim(linalg::LinalgOp op,
                                                 int64_t minIterations) {
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  std::optional<unsigned> longest;
  for (unsigned dim = 0; dim + 1 < ranges.size(); ++dim) {
    if (iterators[dim] != utils::IteratorType::parallel)
      break;
    if (ShapedType::isDynamic(ranges[dim]) || ranges[dim] >= minIterations)
      return dim;
    if (ranges[dim] > 1 && (!longest || ranges[dim] > ranges[*longest]))
      longest = dim;
  }
  return longest;
}

/// Whether splitting `dim` by 1 would leave onnxc-cpu-tile-contractions'
/// micro-kernel for `op` fewer than `rows` rows per iteration (each rhs load
/// then feeds fewer FMAs): `dim` is a row dim and the other row dims
/// (a Linear layer's sequence beside its batch) hold fewer rows together.
static bool leavesPartialRowTiles(linalg::LinalgOp op, unsigned dim, int64_t rows) {
  std::optional<ContractionPlan> plan = planMicroKernel(op);
  if (!plan || !llvm::is_contained(plan->m, dim))
    return false;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  int64_t otherRows = 1;
  for (unsigned m : plan->m) {
    if (m == dim)
      continue;
    if (ShapedType::isDynamic(ranges[m]))
      return false;
    otherRows *= ranges[m];
  }
  return otherRows < rows;
}

namespace {
struct ParallelizeOuterLoopsPass
    : impl::ParallelizeOuterLoopsBase<ParallelizeOuterLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) {
      // Ops already inside a parallel loop run on its threads.
      if (op.hasPureBufferSemantics() && !op->getParentOfType<scf::ParallelOp>() &&
          !op->getParentOfType<scf::ForallOp>())
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : ops) {
      if (estimatedVolume(op.getStaticLoopRanges()) < minVolume)
        continue;
      std::optional<unsigned> dim = chooseParallelDim(op, minIterations);
      if (!dim)
        continue;
      SmallVector<int64_t> tileSizes(op.getNumLoops(), 0);
      tileSizes[*dim] = 1;
      if (leavesPartialRowTiles(op, *dim, microKernelRows))
        tileSizes[*dim] = microKernelRows;
      linalg::LinalgTilingOptions options;
      options.setTileSizes(tileSizes).setLoopType(linalg::LinalgTilingLoopType::ParallelLoops);
      rewriter.setInsertionPoint(op);
      if (failed(linalg::tileLinalgOp(rewriter, op, options)))
        continue; // the op stays serial, which is still correct
      rewriter.eraseOp(op);
    }
  }
};
} // namespace

} // namespace onnxc
