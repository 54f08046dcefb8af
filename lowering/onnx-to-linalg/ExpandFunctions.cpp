//===- ExpandFunctions.cpp - leftover ops -> their ONNX definitions -------===//
//
// The second phase of onnxc-convert-onnx-to-linalg: an onnx op that no
// direct pattern lowered is replaced by its ONNX function definition, whose
// ops the direct patterns then lower (docs/architecture.md, "Operators
// defined as functions"). Also the test pass onnxc-expand-onnx-functions,
// which runs this phase alone.
//
//===----------------------------------------------------------------------===//

#include "lowering/onnx-to-linalg/ExpandFunctions.h"
#include "dialects/onnx/FunctionDefinitions.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_EXPANDONNXFUNCTIONS
#include "lowering/onnx-to-linalg/Passes.h.inc"

/// `value` as `type`: a body may infer a less (or more) refined type than
/// the op it replaces had.
static Value castTo(OpBuilder &builder, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  if (!tensor::CastOp::areCastCompatible(value.getType(), type))
    return nullptr;
  return tensor::CastOp::create(builder, loc, type, value);
}

/// Erases the ops a body built for `value` once nothing uses them.
static void eraseDead(Value value) {
  Operation *op = value ? value.getDefiningOp() : nullptr;
  if (!op || !isa<onnx::ONNXDialect>(op->getDialect()) || !op->use_empty())
    return;
  SmallVector<Value> operands(op->getOperands());
  op->erase();
  for (Value operand : operands)
    eraseDead(operand);
}

bool expandFunctionDefinitions(Operation *root,
                               llvm::DenseMap<Operation *, std::string> &whyNot) {
  SmallVector<Operation *> candidates;
  root->walk([&](Operation *op) {
    if (isa<onnx::ONNXDialect>(op->getDialect()) && !isa<onnx::NoValueOp>(op))
      candidates.push_back(op);
  });
  bool expanded = false;
  OpBuilder builder(root->getContext());
  for (Operation *op : candidates) {
    std::string reason;
    FailureOr<SmallVector<Value>> values =
        onnx::expandFunctionDefinition(op, builder, reason);
    if (failed(values)) {
      if (!reason.empty())
        whyNot[op] = reason;
      continue;
    }
    builder.setInsertionPoint(op);
    SmallVector<Value> replacements;
    for (auto [result, value] : llvm::zip(op->getResults(), *values)) {
      Value cast = value ? castTo(builder, op->getLoc(), value, result.getType())
                         : Value();
      if (value && !cast) {
        whyNot[op] = "its ONNX definition computes a result of another type";
        break;
      }
      replacements.push_back(cast);
    }
    if (replacements.size() != op->getNumResults()) {
      for (Value value : *values)
        eraseDead(value);
      continue;
    }
    for (auto [result, value] : llvm::zip(op->getResults(), replacements))
      if (value)
        result.replaceAllUsesWith(value);
    if (op->use_empty()) {
      op->erase();
      expanded = true;
    }
  }
  return expanded;
}

namespace {
struct ExpandONNXFunctionsPass
    : impl::ExpandONNXFunctionsBase<ExpandONNXFunctionsPass> {
  void runOnOperation() override {
    llvm::DenseMap<Operation *, std::string> whyNot;
    while (expandFunctionDefinitions(getOperation(), whyNot))
      whyNot.clear();
  }
};
} // namespace

} // namespace onnxc
