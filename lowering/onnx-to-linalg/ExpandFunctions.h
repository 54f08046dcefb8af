//===- ExpandFunctions.h - leftover ops -> their ONNX definitions -*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_EXPANDFUNCTIONS_H
#define ONNXC_LOWERING_ONNXTOLINALG_EXPANDFUNCTIONS_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/DenseMap.h"
#include <string>

namespace onnxc {

/// Replaces every onnx op under `root` that has an ONNX function definition
/// (dialects/onnx/FunctionDefinitions.h) by the ops of that definition.
/// Returns whether anything was expanded; `whyNot` gets, for each op left
/// alone that has a definition in some form, why none applies.
bool expandFunctionDefinitions(mlir::Operation *root,
                               llvm::DenseMap<mlir::Operation *, std::string> &whyNot);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_EXPANDFUNCTIONS_H
