//===- CapturedValues.cpp - what an outlined region takes from outside ----===//

#include "codegen/cpu/CapturedValues.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"

#include <functional>

using namespace mlir;

namespace onnxc {

CapturedValues splitCapturedValues(ArrayRef<Value> used) {
  CapturedValues inputs;
  llvm::SetVector<Value> captured;
  llvm::SmallPtrSet<Operation *, 16> visited;
  std::function<void(Value)> visit = [&](Value value) {
    Operation *op = value.getDefiningOp();
    bool isView = isa<BaseMemRefType>(value.getType()) && op && op->getNumOperands() != 0;
    if (!op || isView || op->getNumRegions() != 0 || !isMemoryEffectFree(op)) {
      captured.insert(value);
      return;
    }
    if (!visited.insert(op).second)
      return;
    for (Value operand : op->getOperands())
      visit(operand);
    inputs.recomputed.push_back(op); // after its operands' ops
  };
  for (Value value : used)
    visit(value);
  inputs.captured = captured.takeVector();
  return inputs;
}

} // namespace onnxc
