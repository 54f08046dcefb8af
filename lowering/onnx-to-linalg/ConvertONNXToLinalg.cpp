//===- ConvertONNXToLinalg.cpp - onnxc-convert-onnx-to-linalg -------------===//
//
// The pass only: the patterns live in one file per operator family.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/Passes.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Signless.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_CONVERTONNXTOLINALG
#include "lowering/onnx-to-linalg/Passes.h.inc"

namespace {
/// Remembers why patterns declined each op (their notifyMatchFailure
/// messages), so that an op left over is reported with the reasons: this
/// element type, this attribute value, a run-time input.
struct MatchFailureRecorder : RewriterBase::Listener {
  llvm::DenseMap<Operation *, llvm::SmallVector<std::string, 2>> reasons;
  Operation *current = nullptr;

  void notifyPatternBegin(const Pattern &, Operation *op) override { current = op; }
  void notifyPatternEnd(const Pattern &, LogicalResult) override { current = nullptr; }
  void notifyOperationErased(Operation *op) override { reasons.erase(op); }
  void notifyMatchFailure(Location,
                          function_ref<void(Diagnostic &)> reasonCallback) override {
    if (!current || !isa<onnx::ONNXDialect>(current->getDialect()))
      return;
    Diagnostic diagnostic(current->getLoc(), DiagnosticSeverity::Remark);
    reasonCallback(diagnostic);
    std::string reason = diagnostic.str();
    auto &list = reasons[current];
    if (!reason.empty() && !llvm::is_contained(list, reason))
      list.push_back(reason);
  }
};

struct ConvertONNXToLinalgPass
    : impl::ConvertONNXToLinalgBase<ConvertONNXToLinalgPass> {
  void runOnOperation() override {
    RewritePatternSet computedShapes(&getContext());
    populateComputedShapePatterns(computedShapes);
    if (failed(applyPatternsGreedily(getOperation(), std::move(computedShapes))))
      return signalPassFailure();

    RewritePatternSet patterns(&getContext());
    populateElementwisePatterns(patterns);
    populateConvPatterns(patterns);
    populatePoolingPatterns(patterns);
    populateLinearPatterns(patterns);
    populateTensorPatterns(patterns);
    populateNormalizationPatterns(patterns);
    populateReductionPatterns(patterns);
    populateComparisonPatterns(patterns);
    populateIndexingPatterns(patterns);
    populateBitwisePatterns(patterns);
    populateSplitPatterns(patterns);
    populateDiagonalPatterns(patterns);
    populateCumulativePatterns(patterns);
    populateRearrangePatterns(patterns);
    MatchFailureRecorder failures;
    GreedyRewriteConfig config;
    config.setListener(&failures);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      return signalPassFailure();

    // An onnx op left over is an operator we cannot lower yet; the first
    // one in program order is the one to report.
    WalkResult leftover = getOperation().walk([&](Operation *op) {
      if (!isa<onnx::ONNXDialect>(op->getDialect()) || isa<onnx::NoValueOp>(op))
        return WalkResult::advance();
      InFlightDiagnostic error = onnx::emitNodeError(op);
      error << "operator is not supported by the compiler yet"
               " (or not with these types, shapes or attributes)";
      if (auto it = failures.reasons.find(op); it != failures.reasons.end())
        error << ": " << llvm::join(it->second, "; ");
      return WalkResult::interrupt();
    });
    if (leftover.wasInterrupted())
      return signalPassFailure();
    getOperation().walk([](onnx::NoValueOp op) {
      if (op->use_empty())
        op->erase();
    });
    // The lowered ops chose their signed or unsigned arith ops from ONNX's
    // types; what follows wants signless integers.
    dropIntegerSignedness(getOperation());
  }
};
} // namespace

} // namespace onnxc
