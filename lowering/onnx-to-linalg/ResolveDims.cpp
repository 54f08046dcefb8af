//===- ResolveDims.cpp - onnxc-resolve-dims -------------------------------===//
//
// Upstream's resolve-shaped-type-result-dims (a dim of an op's result ->
// the dims of the operands it is computed from), in time linear in the
// graph. Upstream's took time quadratic in a chain of ops with a dynamic
// dim (104 s for a 5,000-node chain with a dynamic batch): reifying a linalg
// op's result dims makes new dims of all its operands, among them the
// previous op's result, whose resolution makes dims of the one before, and
// so on back to the graph's input, for every op of the chain. Here a dim of
// a destination-style op's result is first rewritten to the same dim of its
// tied init (the same size, and usually a tensor.empty whose size operand
// it folds to), and ops are visited top-down, so each dim is resolved once,
// onto dims already resolved.
//
//===----------------------------------------------------------------------===//

#include "lowering/onnx-to-linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Transforms.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_RESOLVEDIMS
#include "lowering/onnx-to-linalg/Passes.h.inc"

namespace {
/// tensor.dim of a destination-style op's result -> tensor.dim of the tied
/// init, which has the result's shape.
struct DimOfDestinationResult : OpRewritePattern<tensor::DimOp> {
  DimOfDestinationResult(MLIRContext *context)
      : OpRewritePattern<tensor::DimOp>(context, /*benefit=*/2) {}

  LogicalResult matchAndRewrite(tensor::DimOp dim, PatternRewriter &rewriter) const override {
    auto result = dyn_cast<OpResult>(dim.getSource());
    auto destination =
        result ? dyn_cast<DestinationStyleOpInterface>(result.getOwner()) : nullptr;
    OpOperand *init = destination ? destination.getTiedOpOperand(result) : nullptr;
    if (!init || init->get().getType() != result.getType())
      return rewriter.notifyMatchFailure(dim, "not a result with a tied init of its type");
    rewriter.modifyOpInPlace(dim, [&] { dim.getSourceMutable().assign(init->get()); });
    return success();
  }
};

struct ResolveDimsPass : impl::ResolveDimsBase<ResolveDimsPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<DimOfDestinationResult>(&getContext());
    tensor::DimOp::getCanonicalizationPatterns(patterns, &getContext());
    memref::populateResolveRankedShapedTypeResultDimsPatterns(patterns);
    memref::populateResolveShapedTypeResultDimsPatterns(patterns);
    GreedyRewriteConfig config;
    config.setUseTopDownTraversal(true);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      return signalPassFailure();
  }
};
} // namespace

} // namespace onnxc
