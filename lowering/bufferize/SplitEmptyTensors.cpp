//===- SplitEmptyTensors.cpp - one tensor.empty per use -------------------===//
//
// CSE merges every tensor.empty of one shape into one value, so in a large
// graph hundreds of ops take their destination from the same SSA value.
// One-shot bufferization then sees one alias set holding every op's result
// and checks each write against every read in it: its time grew with the
// square of the graph (a 5,000-node graph: 29 s of a 50 s compile). An empty
// tensor has no contents, so giving each use its own copy changes nothing
// but the analysis, which becomes linear again; the arena planner still
// lets buffers with disjoint lifetimes share memory. Only empty tensors
// sized from the inputs' dims are split: those the planner sizes before
// the run, however many there are.
//
//===----------------------------------------------------------------------===//

#include "lowering/bufferize/Passes.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_SPLITEMPTYTENSORS
#include "lowering/bufferize/Passes.h.inc"

namespace {
/// Whether `size` is computed from the function's inputs' dims alone
/// (constants, dims of entry-block arguments, and arithmetic on them): a
/// size the arena planner can compute before the run for any number of
/// buffers. A size read from data computed inside the graph is left to the
/// one buffer it had, which bufferization may place outside the arena.
bool isComputedFromInputDims(Value size, int depth = 0) {
  Operation *def = size.getDefiningOp();
  if (!def || depth > 16)
    return false;
  if (def->hasTrait<OpTrait::ConstantLike>())
    return true;
  if (auto dim = dyn_cast<tensor::DimOp>(def)) {
    auto argument = dyn_cast<BlockArgument>(dim.getSource());
    return argument && argument.getOwner()->isEntryBlock() &&
           isa<FunctionOpInterface>(argument.getOwner()->getParentOp()) &&
           isComputedFromInputDims(dim.getIndex(), depth + 1);
  }
  if (def->getDialect()->getNamespace() != "arith" || def->getNumRegions() != 0)
    return false;
  return llvm::all_of(def->getOperands(),
                      [&](Value v) { return isComputedFromInputDims(v, depth + 1); });
}

struct SplitEmptyTensorsPass : impl::SplitEmptyTensorsBase<SplitEmptyTensorsPass> {
  void runOnOperation() override {
    SmallVector<tensor::EmptyOp> shared;
    getOperation()->walk([&](tensor::EmptyOp empty) {
      if (!empty->hasOneUse() && !empty->use_empty() &&
          llvm::all_of(empty.getDynamicSizes(),
                       [](Value size) { return isComputedFromInputDims(size); }))
        shared.push_back(empty);
    });
    OpBuilder builder(&getContext());
    for (tensor::EmptyOp empty : shared) {
      // The first user in program order keeps the original; every other use
      // gets a clone made right after it, where the original was made, so
      // that the arena planner sees every buffer where it saw the one.
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
        builder.setInsertionPointAfter(empty);
        use->set(builder.clone(*empty)->getResult(0));
      }
    }
  }
};
} // namespace

} // namespace onnxc
