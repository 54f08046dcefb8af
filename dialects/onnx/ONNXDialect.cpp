//===- ONNXDialect.cpp - the onnx dialect ---------------------------------===//
//
// Dialect registration, the custom types, and constant materialisation.
// Folders live in ONNXFolds.cpp, verifiers in ONNXVerifiers.cpp, and shape
// inference in ShapeInference*.cpp.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXOpsDefsCommon.h"

using namespace mlir;
using namespace onnxc::onnx;

#include "dialects/onnx/ONNXDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "dialects/onnx/ONNXTypes.cpp.inc"

void ONNXDialect::initialize() {
  registerONNXDialectOperations(this);
  addTypes<
#define GET_TYPEDEF_LIST
#include "dialects/onnx/ONNXTypes.cpp.inc"
      >();
}

Operation *ONNXDialect::materializeConstant(OpBuilder &builder,
                                            Attribute value, Type type,
                                            Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  OperationState state(loc, ConstantOp::getOperationName());
  state.addAttribute("value", elements);
  state.addTypes(type);
  return builder.create(state);
}

int64_t onnxc::onnx::getModelOpset(Operation *op) {
  for (Operation *parent = op; parent; parent = parent->getParentOp())
    if (auto opset = parent->getAttrOfType<IntegerAttr>(kOpsetAttrName))
      return opset.getInt();
  return 0;
}

std::string onnxc::onnx::getNodeName(Location loc) {
  if (auto named = dyn_cast<NameLoc>(loc))
    return named.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (std::string name = getNodeName(inner); !name.empty())
        return name;
  return "";
}

InFlightDiagnostic onnxc::onnx::emitNodeError(Operation *op) {
  return op->emitError() << "node '" << getNodeName(op->getLoc()) << "' ("
                         << op->getName().stripDialect() << ", opset "
                         << getModelOpset(op) << "): ";
}
