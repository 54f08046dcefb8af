//===- ONNXDialect.cpp - the onnx dialect ---------------------------------===//
//
// Dialect registration, the custom types, and constant materialisation.
// Folders live in ONNXFolds.cpp, verifiers in ONNXVerifiers.cpp, and shape
// inference in ShapeInference*.cpp.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXOpsDefsCommon.h"
#include "llvm/ADT/StringExtras.h"

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

/// The provenance an op built from an ONNX function definition carries in
/// its location ({onnx.function, onnx.opset}, FunctionDefinitions.cpp), or
/// null. The outermost one belongs to the innermost expansion.
static DictionaryAttr getExpansion(Location loc) {
  if (auto fused = dyn_cast<FusedLoc>(loc))
    if (auto dict = dyn_cast_or_null<DictionaryAttr>(fused.getMetadata()))
      if (dict.get("onnx.function"))
        return dict;
  return nullptr;
}

int64_t onnxc::onnx::getModelOpset(Operation *op) {
  // A body op is written against its function's opset, not the model's.
  if (DictionaryAttr expansion = getExpansion(op->getLoc()))
    if (auto opset = expansion.getAs<IntegerAttr>("onnx.opset"))
      return opset.getInt();
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

std::string onnxc::onnx::describeNode(Operation *op) {
  // "in the ONNX definition of HardSwish > HardSigmoid": callers first.
  SmallVector<StringRef> functions;
  for (Location loc = op->getLoc(); DictionaryAttr expansion = getExpansion(loc);
       loc = cast<FusedLoc>(loc).getLocations().front())
    functions.push_back(expansion.getAs<StringAttr>("onnx.function").getValue());
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "node '" << getNodeName(op->getLoc()) << "' (" << op->getName().stripDialect()
     << ", opset " << getModelOpset(op);
  if (!functions.empty())
    os << ", in the ONNX definition of " << llvm::join(llvm::reverse(functions), " > ");
  os << ")";
  return text;
}

InFlightDiagnostic onnxc::onnx::emitNodeError(Operation *op) {
  return op->emitError() << describeNode(op) << ": ";
}
