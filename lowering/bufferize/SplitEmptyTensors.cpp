//===- SplitEmptyTensors.cpp - one tensor.empty per use -------------------===//
//
// CSE merges every tensor.empty of one shape into one value, so in a large
// graph hundreds of ops take their destination from the same SSA value.
// One-shot bufferization then sees one alias set holding every op's result
// and checks each write against every read in it: its time grew with the
// square of the graph (a 5,000-node graph: 29 s of a 50 s compile). An empty
// tensor has no contents, so giving each use its own copy changes nothing
// but the analysis, which becomes linear again; the arena planner still
// lets buffers with disjoint lifetimes share memory.
//
//===----------------------------------------------------------------------===//

#include "lowering/bufferize/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_SPLITEMPTYTENSORS
#include "lowering/bufferize/Passes.h.inc"

namespace {
struct SplitEmptyTensorsPass : impl::SplitEmptyTensorsBase<SplitEmptyTensorsPass> {
  void runOnOperation() override {
    SmallVector<tensor::EmptyOp> shared;
    getOperation()->walk([&](tensor::EmptyOp empty) {
      if (!empty->hasOneUse() && !empty->use_empty())
        shared.push_back(empty);
    });
    OpBuilder builder(&getContext());
    for (tensor::EmptyOp empty : shared) {
      // The first user in program order keeps the original; every other use
      // gets a clone made right before its user (the sizes dominate it:
      // they dominate the original).
      SmallVector<OpOperand *> uses;
      for (OpOperand &use : empty->getUses())
        uses.push_back(&use);
      OpOperand *first = uses.front();
      for (OpOperand *use : uses)
        if (use->getOwner()->getBlock() == first->getOwner()->getBlock() &&
            use->getOwner()->isBeforeInBlock(first->getOwner()))
          first = use;
      for (OpOperand *use : uses) {
        if (use == first)
          continue;
        builder.setInsertionPoint(use->getOwner());
        use->set(builder.clone(*empty)->getResult(0));
      }
    }
  }
};
} // namespace

} // namespace onnxc
