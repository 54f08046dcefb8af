//===- ONNXVerifiers.cpp - hand-written verifiers of onnx ops -------------===//
//
// The generated ops already check operand and attribute types. These check
// what the ONNX spec says about ranks and attribute lengths, for ops whose
// lowering depends on it.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXOpsDefsCommon.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

/// Window attributes must each cover the `spatial` dims of the input.
static LogicalResult verifyWindowAttributes(Operation *op, int64_t spatial) {
  for (StringRef name : {"kernel_shape", "strides", "dilations"})
    if (hasAttr(op, name) &&
        static_cast<int64_t>(getIntsAttr(op, name).size()) != spatial)
      return op->emitOpError() << name << " must have " << spatial
                               << " entries, one per spatial dim";
  if (hasAttr(op, "pads") &&
      static_cast<int64_t>(getIntsAttr(op, "pads").size()) != 2 * spatial)
    return op->emitOpError() << "pads must have " << 2 * spatial
                             << " entries, a begin and an end per spatial dim";
  return success();
}

LogicalResult ConvOp::verify() {
  if (getIntAttr(*this, "group", 1) < 1)
    return emitOpError() << "group must be positive";
  auto x = getRankedType(getOperand(0));
  auto w = getRankedType(getOperand(1));
  if (!x || !w)
    return success();
  if (x.getRank() < 3 || x.getRank() != w.getRank())
    return emitOpError() << "input X and weights W must have the same rank, "
                            "at least 3, got "
                         << x.getRank() << " and " << w.getRank();
  int64_t group = getIntAttr(*this, "group", 1);
  int64_t channels = x.getDimSize(1), perGroup = w.getDimSize(1);
  if (channels != kDynamic && perGroup != kDynamic && channels != perGroup * group)
    return emitOpError() << "input has " << channels << " channels but W expects "
                         << perGroup << " per group times " << group << " groups";
  return verifyWindowAttributes(*this, x.getRank() - 2);
}

LogicalResult MaxPoolOp::verify() {
  if (!hasAttr(*this, "kernel_shape"))
    return emitOpError() << "requires kernel_shape";
  int64_t spatial = getIntsAttr(*this, "kernel_shape").size();
  if (auto x = getRankedType(getOperand()); x && x.getRank() != spatial + 2)
    return emitOpError() << "kernel_shape has " << spatial
                         << " entries but the input has rank " << x.getRank();
  return verifyWindowAttributes(*this, spatial);
}

LogicalResult GemmOp::verify() {
  for (unsigned i = 0; i < 2; ++i)
    if (auto type = getRankedType(getOperand(i)); type && type.getRank() != 2)
      return emitOpError() << "input " << (i == 0 ? "A" : "B")
                           << " must be 2-D, got rank " << type.getRank();
  return success();
}

LogicalResult ConcatOp::verify() {
  if (getNumOperands() == 0)
    return emitOpError() << "needs at least one input";
  std::optional<int64_t> rank;
  for (Value operand : getOperands()) {
    auto type = getRankedType(operand);
    if (!type)
      continue;
    if (rank && *rank != type.getRank())
      return emitOpError() << "inputs must all have the same rank";
    rank = type.getRank();
  }
  int64_t axis = getIntAttr(*this, "axis", 0);
  if (rank && (axis < -*rank || axis >= *rank))
    return emitOpError() << "axis " << axis << " is out of range for rank " << *rank;
  return success();
}

LogicalResult ConstantOp::verify() {
  int present = 0;
  for (StringRef name : {"value", "value_float", "value_floats", "value_int",
                         "value_ints", "value_string", "value_strings",
                         "sparse_value"})
    present += hasAttr(*this, name);
  if (present != 1)
    return emitOpError() << "must set exactly one value attribute, got " << present;
  if (auto value = dyn_cast_or_null<ElementsAttr>((*this)->getAttr("value"));
      value && value.getType() != getType())
    return emitOpError() << "value has type " << value.getType()
                         << " but the result is " << getType();
  return success();
}

} // namespace onnxc::onnx
