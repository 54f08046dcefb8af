//===- ShapeInferenceControlFlow.cpp - types of If, Loop and Scan ---------===//
//
// Their results are what their subgraphs yield: If's the merge of both
// branches' outputs; Loop's the loop-carried values (the initial ones
// merged with what the body yields) and the scan outputs, one body output
// per iteration stacked along a new leading dim; Scan's the states and its
// scan outputs, stacked along scan_output_axes over the sequence length.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

/// The operands of the onnx.Yield ending region `index` of `op`.
static OperandRange getYielded(Operation *op, unsigned index) {
  return op->getRegion(index).front().getTerminator()->getOperands();
}

/// The type that both `a` and `b` are instances of: dims that differ become
/// dynamic, a rank that differs unranked; null when the element types
/// differ or either is not a tensor.
static Type joinTypes(Type a, Type b) {
  auto ta = dyn_cast<TensorType>(a), tb = dyn_cast<TensorType>(b);
  if (!ta || !tb || ta.getElementType() != tb.getElementType())
    return nullptr;
  if (!ta.hasRank() || !tb.hasRank() || ta.getRank() != tb.getRank())
    return UnrankedTensorType::get(ta.getElementType());
  SmallVector<int64_t> dims;
  for (auto [x, y] : llvm::zip(ta.getShape(), tb.getShape()))
    dims.push_back(x == y ? x : kDynamic);
  return RankedTensorType::get(dims, ta.getElementType());
}

/// `type` with a dim of `size` inserted at `axis` (a stacked output).
static Type stackedType(Type type, int64_t axis, int64_t size) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return isa<TensorType>(type) ? type : Type();
  if (axis < 0)
    axis += ranked.getRank() + 1;
  if (axis < 0 || axis > ranked.getRank())
    return UnrankedTensorType::get(ranked.getElementType());
  SmallVector<int64_t> dims(ranked.getShape());
  dims.insert(dims.begin() + axis, size);
  return RankedTensorType::get(dims, ranked.getElementType());
}

/// How many results of a Loop or Scan are loop-carried (the rest are scan
/// outputs).
static int64_t getNumCarried(Operation *op) {
  if (isa<LoopOp>(op))
    return static_cast<int64_t>(op->getNumOperands()) - 2;
  return static_cast<int64_t>(op->getNumOperands()) - getIntAttr(op, "num_scan_inputs", 0);
}

/// The full types of `op`'s results as its subgraphs give them, or null
/// entries where they do not.
static SmallVector<Type> getControlFlowResultTypes(Operation *op) {
  SmallVector<Type> types(op->getNumResults());
  if (isa<IfOp>(op)) {
    OperandRange otherwise = getYielded(op, 0), then = getYielded(op, 1);
    for (unsigned i = 0; i < types.size() && i < then.size() && i < otherwise.size(); ++i)
      types[i] = joinTypes(then[i].getType(), otherwise[i].getType());
    return types;
  }
  OperandRange yielded = getYielded(op, 0);
  int64_t carried = getNumCarried(op);
  bool isLoop = isa<LoopOp>(op);
  // Loop's body yields its condition first.
  int64_t offset = isLoop ? 1 : 0;
  int64_t firstCarriedOperand = isLoop ? 2 : 0;
  int64_t iterations = kDynamic;
  SmallVector<int64_t> outputAxes;
  if (isLoop) {
    std::optional<SmallVector<int64_t>> trips = getConstantIntValues(op->getOperand(0));
    if (trips && trips->size() == 1 && isNoValue(op->getOperand(1)))
      iterations = trips->front();
  } else {
    outputAxes = getIntsAttr(op, "scan_output_axes", {});
    SmallVector<int64_t> inputAxes = getIntsAttr(op, "scan_input_axes", {});
    if (carried < static_cast<int64_t>(op->getNumOperands()))
      if (auto first = getRankedType(op->getOperand(carried))) {
        int64_t axis = inputAxes.empty() ? 0 : normalizeAxis(inputAxes[0], first.getRank());
        if (axis >= 0 && axis < first.getRank())
          iterations = first.getDimSize(axis);
      }
  }
  for (int64_t i = 0; i < static_cast<int64_t>(types.size()); ++i) {
    if (offset + i >= static_cast<int64_t>(yielded.size()))
      break;
    Type body = yielded[offset + i].getType();
    if (i < carried) {
      types[i] = joinTypes(op->getOperand(firstCarriedOperand + i).getType(), body);
      continue;
    }
    int64_t scan = i - carried;
    int64_t axis = scan < static_cast<int64_t>(outputAxes.size()) ? outputAxes[scan] : 0;
    types[i] = stackedType(body, axis, iterations);
  }
  return types;
}

Type inferControlFlowElementType(Operation *op, unsigned index) {
  SmallVector<Type> types = getControlFlowResultTypes(op);
  if (index >= types.size() || !types[index])
    return nullptr;
  return cast<TensorType>(types[index]).getElementType();
}

static LogicalResult inferControlFlow(Operation *op, SmallVectorImpl<Type> &results) {
  for (auto [i, type] : llvm::enumerate(getControlFlowResultTypes(op)))
    if (type && !isa<NoneType>(results[i]))
      results[i] = type;
  return success();
}

void addControlFlowShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  functions["If"] = inferControlFlow;
  functions["Loop"] = inferControlFlow;
  functions["Scan"] = inferControlFlow;
}

} // namespace onnxc::onnx
