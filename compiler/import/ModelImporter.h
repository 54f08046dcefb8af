//===- ModelImporter.h - ONNX model -> onnx dialect -------------*- C++ -*-===//
//
// Reads a binary .onnx file or the ONNX text syntax and builds a module with
// one func.func @main in the onnx dialect:
//   - graph inputs become arguments, graph outputs results; each carries its
//     ONNX name (onnx.name) and the names of its symbolic dims
//     (onnx.dim_params, "" for static dims);
//   - initializers become onnx.Constant ops holding dense resource blobs;
//   - every node becomes the onnx op of its type, its location the node name;
//   - older opset forms are rewritten into the op's current form.
// Errors are emitted as diagnostics at the offending node and import fails.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_IMPORT_MODELIMPORTER_H
#define ONNXC_COMPILER_IMPORT_MODELIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace onnxc {

struct ImportOptions {
  /// Overrides of input shapes: input name -> dims (replacing symbolic dims).
  llvm::StringMap<std::vector<int64_t>> inputShapes;
};

/// Imports the model in `path` (binary protobuf, or ONNX text syntax).
/// Returns null after emitting diagnostics on failure.
mlir::OwningOpRef<mlir::ModuleOp> importModelFile(mlir::MLIRContext &context,
                                                  llvm::StringRef path,
                                                  const ImportOptions &options);

/// Parses "name:1x3x224x224" into an ImportOptions entry; false if malformed.
bool parseInputShape(llvm::StringRef spec, ImportOptions &options,
                     std::string &error);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_MODELIMPORTER_H
