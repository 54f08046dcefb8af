//===- InterchangeLoops.cpp - onnxc-cpu-interchange-loops -----------------===//

#include "codegen/cpu/Passes.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_INTERCHANGELOOPS
#include "codegen/cpu/Passes.h.inc"

/// Whether `map`'s last result uses iteration dim `dim`.
static bool lastResultUses(AffineMap map, unsigned dim) {
  return map.getNumResults() > 0 && map.getResults().back().isFunctionOfDim(dim);
}

/// Below this many multiply-adds per output element, the reduction loops are
/// short enough that LLVM unrolls them and keeps the sum in registers; the
/// original order is faster then (SimpleNet's 3-channel 3x3 convolution).
static constexpr int64_t kMinReductionVolume = 64;

static int64_t reductionVolume(linalg::LinalgOp op) {
  int64_t volume = 1;
  for (auto [range, iterator] :
       llvm::zip(op.getStaticLoopRanges(), op.getIteratorTypesArray()))
    if (iterator == utils::IteratorType::reduction)
      volume = ShapedType::isDynamic(range) ? kMinReductionVolume : volume * range;
  return volume;
}

/// The loop order that puts the output's last dim innermost, or an empty
/// vector when the op is best left as it is.
static SmallVector<unsigned> chooseOrder(linalg::LinalgOp op) {
  if (op.getNumReductionLoops() == 0 || op.getNumDpsInits() != 1 ||
      reductionVolume(op) < kMinReductionVolume)
    return {};
  AffineMap outputMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (outputMap.getNumResults() == 0)
    return {};
  auto last = dyn_cast<AffineDimExpr>(outputMap.getResults().back());
  if (!last)
    return {};
  unsigned inner = last.getPosition();
  for (OpOperand *input : op.getDpsInputOperands()) {
    AffineMap map = op.getMatchingIndexingMap(input);
    if (map.isFunctionOfDim(inner) && !lastResultUses(map, inner))
      return {}; // the inner loop would stride through this input
  }
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  SmallVector<unsigned> order;
  for (unsigned i = 0; i < iterators.size(); ++i)
    if (i != inner && iterators[i] == utils::IteratorType::parallel)
      order.push_back(i);
  for (unsigned i = 0; i < iterators.size(); ++i)
    if (iterators[i] == utils::IteratorType::reduction)
      order.push_back(i);
  order.push_back(inner);
  bool identity = llvm::all_of(llvm::enumerate(order),
                               [](auto pair) { return pair.index() == pair.value(); });
  return identity ? SmallVector<unsigned>{} : order;
}

namespace {
struct InterchangeLoopsPass : impl::InterchangeLoopsBase<InterchangeLoopsPass> {
  void runOnOperation() override {
    SmallVector<linalg::LinalgOp> ops;
    getOperation().walk([&](linalg::LinalgOp op) { ops.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (linalg::LinalgOp op : ops) {
      SmallVector<unsigned> order = chooseOrder(op);
      if (order.empty())
        continue;
      rewriter.setInsertionPoint(op);
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      if (!generic) {
        FailureOr<linalg::GenericOp> generalized = linalg::generalizeNamedOp(rewriter, op);
        if (failed(generalized))
          continue;
        generic = *generalized;
      }
      (void)linalg::interchangeGenericOp(rewriter, generic, order);
    }
  }
};
} // namespace

} // namespace onnxc
