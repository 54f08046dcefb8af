//===- ParallelizeOuterLoops.cpp - onnxc-cpu-parallelize-outer-loops ------===//
//
// Large linalg ops get their leading parallel dims tiled by 1 into one
// scf.parallel; onnxc-cpu-outline-parallel-loops then runs that loop on the
// runtime's thread pool, which splits its iterations into one contiguous
// chunk per thread. Tiling by 1 leaves the chunking to the runtime, which
// knows the thread count; the innermost loop stays inside the tile so that
// LLVM still vectorises it.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_PARALLELIZEOUTERLOOPS
#include "codegen/cpu/Passes.h.inc"

/// Points of the iteration space over its static dims.
static int64_t staticVolume(ArrayRef<int64_t> ranges) {
  int64_t volume = 1;
  for (int64_t range : ranges)
    if (!ShapedType::isDynamic(range))
      volume *= range;
  return volume;
}

/// How many leading loops of `op` to run in parallel: parallel ones, before
/// the first reduction and never the innermost, until their iterations reach
/// `minIterations`. 0 when nothing is worth it.
static unsigned countParallelDims(linalg::LinalgOp op, int64_t minIterations) {
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  unsigned count = 0;
  int64_t iterations = 1;
  bool dynamic = false;
  for (unsigned dim = 0; dim + 1 < ranges.size(); ++dim) {
    if (iterators[dim] != utils::IteratorType::parallel)
      break;
    count = dim + 1;
    if (ShapedType::isDynamic(ranges[dim]))
      dynamic = true;
    else
      iterations *= ranges[dim];
    if (iterations >= minIterations)
      break;
  }
  return iterations > 1 || dynamic ? count : 0;
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
      if (staticVolume(op.getStaticLoopRanges()) < minVolume)
        continue;
      unsigned dims = countParallelDims(op, minIterations);
      if (dims == 0)
        continue;
      SmallVector<int64_t> tileSizes(op.getNumLoops(), 0);
      std::fill_n(tileSizes.begin(), dims, 1);
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
