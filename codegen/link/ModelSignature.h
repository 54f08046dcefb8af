//===- ModelSignature.h - a model's inputs and outputs ----------*- C++ -*-===//
//
// The signature is read once from the onnx-stage model function (its
// argument/result types and the importer's onnx.name / onnx.dim_params
// attributes) and carried down to the ABI, the header and the runtime's
// input validation.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_LINK_MODELSIGNATURE_H
#define ONNXC_CODEGEN_LINK_MODELSIGNATURE_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include <string>
#include <vector>

namespace onnxc {

struct TensorSignature {
  std::string name;
  int32_t elemType = 0;            // ONNX TensorProto.DataType
  std::vector<int64_t> dims;       // -1 for a dynamic dim
  std::vector<std::string> dimNames; // "" for static or unnamed dims
};

struct ModelSignature {
  std::string modelName;
  std::vector<TensorSignature> inputs;
  std::vector<TensorSignature> outputs;
};

/// Reads the signature of `function`; fails (with a diagnostic) when an
/// input or output is unranked or of an element type the C API lacks.
mlir::FailureOr<ModelSignature> extractSignature(mlir::func::FuncOp function,
                                                 llvm::StringRef modelName);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_MODELSIGNATURE_H
