//===- ConvertONNXToLinalg.cpp - onnxc-convert-onnx-to-linalg -------------===//
//
// The pass only: the patterns live in one file per operator family.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/ExpandFunctions.h"
#include "lowering/onnx-to-linalg/Passes.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Signless.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"
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
    RewritePatternSet computedShapeSet(&getContext());
    populateComputedShapePatterns(computedShapeSet);
    FrozenRewritePatternSet computedShapes(std::move(computedShapeSet));

    RewritePatternSet patternSet(&getContext());
    populateElementwisePatterns(patternSet);
    populateConvPatterns(patternSet);
    populateConvTransposePatterns(patternSet);
    populatePoolingPatterns(patternSet);
    populateLinearPatterns(patternSet);
    populateQuantizePatterns(patternSet);
    populateTensorPatterns(patternSet);
    populateNormalizationPatterns(patternSet);
    populateAttentionPatterns(patternSet);
    populateRotaryPatterns(patternSet);
    populateReductionPatterns(patternSet);
    populateLossPatterns(patternSet);
    populateComparisonPatterns(patternSet);
    populateIndexingPatterns(patternSet);
    populateIndexedAccessPatterns(patternSet);
    populateControlFlowPatterns(patternSet);
    populateBitwisePatterns(patternSet);
    populateSplitPatterns(patternSet);
    populateDiagonalPatterns(patternSet);
    populateCumulativePatterns(patternSet);
    populateRearrangePatterns(patternSet);
    populatePadPatterns(patternSet);
    populateResizePatterns(patternSet);
    populateGridSamplePatterns(patternSet);
    populateRecurrentPatterns(patternSet);
    populateTopKPatterns(patternSet);
    populateTilePatterns(patternSet);
    populateEinsumPatterns(patternSet);
    populateDFTPatterns(patternSet);
    populateScalarComputationPatterns(patternSet);
    FrozenRewritePatternSet patterns(std::move(patternSet));

    // Direct lowerings first; an op they leave that has an ONNX function
    // definition is expanded into it, and its ops are lowered in turn (a
    // body op may itself expand), until nothing changes.
    MatchFailureRecorder failures;
    GreedyRewriteConfig config;
    config.setListener(&failures);
    llvm::DenseMap<Operation *, std::string> whyNot;
    do {
      whyNot.clear();
      if (failed(applyPatternsGreedily(getOperation(), computedShapes)) ||
          failed(applyPatternsGreedily(getOperation(), patterns, config)))
        return signalPassFailure();
    } while (expandFunctionDefinitions(getOperation(), whyNot));

    // An onnx op left over is an operator we cannot lower yet; the first
    // one in program order is the one to report.
    WalkResult leftover = getOperation().walk([&](Operation *op) {
      // A subgraph's onnx.Yield is left when its If/Loop/Scan is: report that.
      if (!isa<onnx::ONNXDialect>(op->getDialect()) || isa<onnx::NoValueOp, onnx::YieldOp>(op))
        return WalkResult::advance();
      InFlightDiagnostic error = onnx::emitNodeError(op);
      error << "operator is not supported by the compiler yet"
               " (or not with these types, shapes or attributes)";
      if (auto it = failures.reasons.find(op); it != failures.reasons.end())
        error << ": " << llvm::join(it->second, "; ");
      if (auto reason = whyNot.find(op); reason != whyNot.end())
        error << "; it has no direct lowering here, and " << reason->second;
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
    copyReturnedSlices(getOperation());
  }

  /// Whether `slice` is a contiguous piece of its source: unit strides, and
  /// every dim but the first taken whole.
  static bool isContiguous(tensor::ExtractSliceOp slice) {
    auto sourceType = slice.getSourceType();
    if (slice.getType().getRank() != sourceType.getRank())
      return false;
    for (auto [d, offset, size, stride] :
         llvm::enumerate(slice.getMixedOffsets(), slice.getMixedSizes(),
                         slice.getMixedStrides())) {
      if (getConstantIntValue(stride) != 1)
        return false;
      if (d == 0)
        continue;
      if (getConstantIntValue(offset) != 0)
        return false;
      if (std::optional<int64_t> known = getConstantIntValue(size)) {
        if (sourceType.isDynamicDim(d) || *known != sourceType.getDimSize(d))
          return false;
        continue;
      }
      auto dim = dyn_cast<Value>(size) ? cast<Value>(size).getDefiningOp<tensor::DimOp>()
                                       : tensor::DimOp();
      if (!dim || dim.getSource() != slice.getSource() || dim.getConstantIndex() != int64_t(d))
        return false;
    }
    return true;
  }

  /// A model output must be a dense buffer (the C API hands out data and
  /// dims, no strides). A slice with run-time sizes bufferizes to a strided
  /// view that the function boundary's identity layout would accept as it
  /// is (its strides are dynamic there), so an output that is a slice gets
  /// its own copy.
  static void copyReturnedSlices(ModuleOp module) {
    module.walk([](func::ReturnOp ret) {
      OpBuilder b(ret);
      for (OpOperand &operand : ret->getOpOperands()) {
        Value value = operand.get();
        while (auto cast = value.getDefiningOp<tensor::CastOp>())
          value = cast.getSource();
        // Static strided slices get their copy from bufferization already.
        auto slice = value.getDefiningOp<tensor::ExtractSliceOp>();
        if (!slice || slice.getType().hasStaticShape() || isContiguous(slice))
          continue;
        Value returned = operand.get();
        auto type = cast<RankedTensorType>(returned.getType());
        SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, ret.getLoc(), returned);
        Value empty = tensor::EmptyOp::create(b, ret.getLoc(), sizes, type.getElementType());
        Value copy = linalg::CopyOp::create(b, ret.getLoc(), returned, empty).getResult(0);
        if (copy.getType() != type)
          copy = tensor::CastOp::create(b, ret.getLoc(), type, copy);
        operand.set(copy);
      }
    });
  }
};
} // namespace

} // namespace onnxc
