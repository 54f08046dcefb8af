//===- Registration.h - what onnxc's tools load -----------------*- C++ -*-===//

#ifndef ONNXC_COMPILER_DRIVER_REGISTRATION_H
#define ONNXC_COMPILER_DRIVER_REGISTRATION_H

#include "mlir/IR/DialectRegistry.h"

namespace onnxc {

/// The dialects the pipeline passes through, with the interface models
/// (bufferization, LLVM translation) they need.
void registerDialects(mlir::DialectRegistry &registry);

/// onnxc's own passes and pipelines, for onnxc-opt.
void registerPassesAndPipelines();

} // namespace onnxc

#endif // ONNXC_COMPILER_DRIVER_REGISTRATION_H
