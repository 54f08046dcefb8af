//===- ModelSignature.cpp - a model's inputs and outputs ------------------===//

#include "codegen/link/ModelSignature.h"
#include "dialects/onnx/ElementTypes.h"

using namespace mlir;

namespace onnxc {

static FailureOr<TensorSignature> readTensor(func::FuncOp function, Type type,
                                             DictionaryAttr attrs,
                                             StringRef kind, unsigned index) {
  TensorSignature tensor;
  if (auto name = attrs ? attrs.getAs<StringAttr>("onnx.name") : nullptr)
    tensor.name = name.str();
  else
    tensor.name = (kind + std::to_string(index)).str();
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return function.emitError() << kind << " '" << tensor.name
                                << "' has an unknown rank; give its shape with "
                                   "--input-shape or in the model";
  if (ranked.getRank() > 8)
    return function.emitError() << kind << " '" << tensor.name
                                << "' has rank above 8, which the C API does not support";
  tensor.elemType = onnx::getONNXDataType(ranked.getElementType());
  if (tensor.elemType == 0)
    return function.emitError() << kind << " '" << tensor.name
                                << "' has an element type the C API does not support";
  auto dimNames = attrs ? attrs.getAs<ArrayAttr>("onnx.dim_params") : nullptr;
  for (auto [i, dim] : llvm::enumerate(ranked.getShape())) {
    bool dynamic = ShapedType::isDynamic(dim);
    tensor.dims.push_back(dynamic ? -1 : dim);
    std::string dimName;
    if (dynamic && dimNames && i < dimNames.size())
      if (auto name = dyn_cast<StringAttr>(dimNames[i]))
        dimName = name.str();
    tensor.dimNames.push_back(dimName);
  }
  return tensor;
}

FailureOr<ModelSignature> extractSignature(func::FuncOp function,
                                           StringRef modelName) {
  ModelSignature signature;
  signature.modelName = modelName.str();
  FunctionType type = function.getFunctionType();
  for (unsigned i = 0; i < type.getNumInputs(); ++i) {
    auto tensor = readTensor(function, type.getInput(i), function.getArgAttrDict(i),
                             "input", i);
    if (failed(tensor))
      return failure();
    signature.inputs.push_back(*tensor);
  }
  for (unsigned i = 0; i < type.getNumResults(); ++i) {
    auto tensor = readTensor(function, type.getResult(i),
                             function.getResultAttrDict(i), "output", i);
    if (failed(tensor))
      return failure();
    signature.outputs.push_back(*tensor);
  }
  return signature;
}

} // namespace onnxc
