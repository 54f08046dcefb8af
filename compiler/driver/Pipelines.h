//===- Pipelines.h - the compilation stages ---------------------*- C++ -*-===//
//
// Each stage is one pass pipeline that onnxc-opt can also run alone:
//   onnxc-onnx-pipeline      graph rewrites and shape inference (onnx dialect)
//   onnxc-linalg-pipeline    onnx -> linalg on tensors, elementwise fusion
//   onnxc-bufferize-pipeline one-shot bufferization + arena planning
//   onnxc-llvm-pipeline      -> LLVM dialect (codegen/cpu)
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_DRIVER_PIPELINES_H
#define ONNXC_COMPILER_DRIVER_PIPELINES_H

#include "mlir/Pass/PassManager.h"

namespace onnxc {

void buildONNXPipeline(mlir::OpPassManager &pm);
void buildLinalgPipeline(mlir::OpPassManager &pm);
void buildBufferizePipeline(mlir::OpPassManager &pm);

} // namespace onnxc

#endif // ONNXC_COMPILER_DRIVER_PIPELINES_H
