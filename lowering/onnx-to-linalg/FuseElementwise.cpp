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

/// isSoleUse, and the consumer reads every element of the operand once: its
/// indexing map is a permutation of all the consumer's loops.
static bool isReadOncePerElement(OpOperand *fusedOperand) {
  auto consumer = dyn_cast<linalg::LinalgOp>(fusedOperand->getOwner());
  return isSoleUse(fusedOperand) && consumer &&
         consumer.getMatchingIndexingMap(fusedOperand).isPermutation();
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
