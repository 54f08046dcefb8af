//===- Passes.h - graph rewrites on the onnx dialect ------------*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNX_PASSES_H
#define ONNXC_LOWERING_ONNX_PASSES_H

#include "dialects/onnx/ONNXDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

namespace onnxc::onnx {

#define GEN_PASS_DECL
#include "lowering/onnx/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "lowering/onnx/Passes.h.inc"

} // namespace onnxc::onnx

#endif // ONNXC_LOWERING_ONNX_PASSES_H
