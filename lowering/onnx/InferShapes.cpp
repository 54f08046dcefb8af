//===- InferShapes.cpp - onnxc-onnx-infer-shapes --------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInference.h"
#include "lowering/onnx/Passes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"

namespace onnxc::onnx {

#define GEN_PASS_DEF_INFERSHAPES
#include "lowering/onnx/Passes.h.inc"

using namespace mlir;

namespace {

/// Infers every onnx op under `root` (nested ones first, in order).
static LogicalResult inferAll(Operation *root) {
  auto result = root->walk([](Operation *op) {
    if (!isa<ONNXDialect>(op->getDialect()))
      return WalkResult::advance();
    return failed(inferShapes(op)) ? WalkResult::interrupt() : WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}

/// Whether `value` is an instance of `of`: every static dim of `of` agrees.
static bool isInstanceOf(Type value, Type of) {
  auto v = dyn_cast<RankedTensorType>(value), o = dyn_cast<RankedTensorType>(of);
  if (!o)
    return isa<TensorType>(value);
  if (!v || v.getRank() != o.getRank() || v.getElementType() != o.getElementType())
    return false;
  for (auto [x, y] : llvm::zip(v.getShape(), o.getShape()))
    if (y != ShapedType::kDynamic && x != y)
      return false;
  return true;
}

/// The more static of two compatible types (null when they disagree).
static Type refine(Type current, Type candidate) {
  auto c = dyn_cast<RankedTensorType>(current), n = dyn_cast<RankedTensorType>(candidate);
  if (!n)
    return Type();
  if (!c)
    return isa<UnrankedTensorType>(current) &&
                   cast<TensorType>(current).getElementType() == n.getElementType()
               ? candidate
               : Type();
  if (c.getRank() != n.getRank() || c.getElementType() != n.getElementType())
    return Type();
  SmallVector<int64_t> dims;
  for (auto [x, y] : llvm::zip(c.getShape(), n.getShape())) {
    if (x != ShapedType::kDynamic && y != ShapedType::kDynamic && x != y)
      return Type();
    dims.push_back(x == ShapedType::kDynamic ? y : x);
  }
  return RankedTensorType::get(dims, c.getElementType());
}

/// The types a Scan's body arguments can have, given its operands: a
/// scanned input's slice (its type without the scan axis), and a state's
/// initial type, as long as the body then yields the state in that type
/// again (checked on a copy of the op, since inference only ever refines).
/// The importer types the body from the subgraph's declarations, which
/// exporters often leave dynamic.
static void refineScanBody(ScanOp op) {
  Block &body = op->getRegion(0).front();
  int64_t numInputs = getIntAttr(op, "num_scan_inputs", 0);
  int64_t numStates = static_cast<int64_t>(op->getNumOperands()) - numInputs;
  if (numStates < 0 || body.getNumArguments() != op->getNumOperands())
    return;
  SmallVector<int64_t> inputAxes = getIntsAttr(op, "scan_input_axes", {});
  SmallVector<Type> types(body.getArgumentTypes());
  bool changed = false;
  for (int64_t i = 0; i < static_cast<int64_t>(types.size()); ++i) {
    auto operand = dyn_cast<RankedTensorType>(op->getOperand(i).getType());
    if (!operand)
      continue;
    Type candidate = operand;
    if (i >= numStates) {
      int64_t k = i - numStates;
      int64_t axis = k < static_cast<int64_t>(inputAxes.size())
                         ? normalizeAxis(inputAxes[k], operand.getRank())
                         : 0;
      if (axis < 0 || axis >= operand.getRank())
        continue;
      SmallVector<int64_t> dims(operand.getShape());
      dims.erase(dims.begin() + axis);
      candidate = RankedTensorType::get(dims, operand.getElementType());
    }
    Type refined = refine(types[i], candidate);
    if (refined && refined != types[i]) {
      types[i] = refined;
      changed = true;
    }
  }
  if (!changed)
    return;
  // Try the types on a copy: each state must come back as an instance of
  // the type it went in with; a state that does not keeps its type.
  for (int attempt = 0; attempt < 3; ++attempt) {
    OpBuilder builder(op);
    Operation *trial = builder.clone(*op);
    Block &trialBody = trial->getRegion(0).front();
    for (auto [argument, type] : llvm::zip(trialBody.getArguments(), types))
      argument.setType(type);
    bool ok;
    {
      // A trial that fails is no error of the model: the types stay.
      ScopedDiagnosticHandler silence(op->getContext(), [](Diagnostic &) { return success(); });
      ok = succeeded(inferAll(trial));
    }
    Operation *yield = trialBody.getTerminator();
    bool consistent = ok;
    for (int64_t i = 0; ok && i < numStates && i < yield->getNumOperands(); ++i) {
      if (isInstanceOf(yield->getOperand(i).getType(), types[i]))
        continue;
      consistent = false;
      types[i] = body.getArgument(i).getType();
    }
    trial->erase();
    if (!ok)
      return;
    if (consistent) {
      for (auto [argument, type] : llvm::zip(body.getArguments(), types))
        argument.setType(type);
      return;
    }
  }
}

struct InferShapesPass : impl::InferShapesBase<InferShapesPass> {
  void runOnOperation() override {
    func::FuncOp function = getOperation();
    // Scan bodies from the outside in, each before the ops inside it.
    function.walk<WalkOrder::PreOrder>([](ScanOp op) { refineScanBody(op); });
    if (failed(inferAll(function)))
      return signalPassFailure();
    // The function returns what its body now computes.
    Operation *terminator = function.getBody().back().getTerminator();
    function.setType(FunctionType::get(function.getContext(), function.getArgumentTypes(),
                                       terminator->getOperandTypes()));
  }
};
} // namespace

} // namespace onnxc::onnx
