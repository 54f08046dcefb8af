//===- FuseElementwise.cpp - onnxc-fuse-elementwise -----------------------===//
//
// Upstream's linalg-fuse-elementwise-ops, with one more condition on which
// producers are fused: each element the producer computes must be read by
// exactly one iteration of the consumer. Otherwise the fused body recomputes
// it once per iteration of the dims the operand does not use; GELU fused
// into the matmul after it evaluated erf N times per element and hid the
// contraction from the CPU code generator.
//
//===----------------------------------------------------------------------===//

#include "lowering/onnx-to-linalg/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_FUSEELEMENTWISE
#include "lowering/onnx-to-linalg/Passes.h.inc"

/// Upstream's default: the producer has no other user.
static bool isSoleUse(OpOperand *fusedOperand) {
  Operation *producer = fusedOperand->get().getDefiningOp();
  return producer && producer->hasOneUse();
}

/// The most ops a fused body may hold. Each fusion clones both bodies into
/// a new op, so fusing a chain of n elementwise ops into one would cost
/// O(n^2) (a 5,000-node chain took a minute); bounded, a chain becomes
/// generics of at most this many ops each, in linear time. A body this
/// large is far past what stays in registers anyway.
static constexpr unsigned kMaxFusedBodyOps = 128;

/// The ops in `op`'s body, counted up to `limit` (a block's size is not
/// O(1)).
static unsigned countBodyOps(Operation *op, unsigned limit) {
  if (op->getNumRegions() == 0 || op->getRegion(0).empty())
    return 0;
  unsigned count = 0;
  for (Operation &inner : op->getRegion(0).front()) {
    (void)inner;
    if (++count >= limit)
      break;
  }
  return count;
}

/// isSoleUse, the consumer reads every element of the operand once (its
/// indexing map is a permutation of all the consumer's loops), and the
/// fused body stays within kMaxFusedBodyOps.
static bool isReadOncePerElement(OpOperand *fusedOperand) {
  auto consumer = dyn_cast<linalg::LinalgOp>(fusedOperand->getOwner());
  if (!isSoleUse(fusedOperand) || !consumer ||
      !consumer.getMatchingIndexingMap(fusedOperand).isPermutation())
    return false;
  Operation *producer = fusedOperand->get().getDefiningOp();
  unsigned consumerOps = countBodyOps(consumer, kMaxFusedBodyOps + 1);
  return consumerOps + countBodyOps(producer, kMaxFusedBodyOps + 1) <= kMaxFusedBodyOps;
}

namespace {
struct FuseElementwisePass : impl::FuseElementwiseBase<FuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    RewritePatternSet patterns(context);
    linalg::populateElementwiseOpsFusionPatterns(patterns, isReadOncePerElement);
    linalg::populateFoldReshapeOpsByExpansionPatterns(patterns, isSoleUse);
    tensor::populateBubbleUpExpandShapePatterns(patterns);
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, context);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, context);
    context->getLoadedDialect<linalg::LinalgDialect>()->getCanonicalizationPatterns(patterns);
    linalg::populateConstantFoldLinalgOperations(patterns, isSoleUse);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};
} // namespace

} // namespace onnxc
