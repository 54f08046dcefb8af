//===- Pipelines.cpp - the compilation stages -----------------------------===//

#include "compiler/driver/Pipelines.h"
#include "lowering/bufferize/Passes.h"
#include "lowering/onnx-to-linalg/Passes.h"
#include "lowering/onnx/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/OneShotAnalysis.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace onnxc {

void buildONNXPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(onnx::createInferShapes());
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(onnx::createSimplifyShapeComputations());
  pm.addNestedPass<func::FuncOp>(onnx::createInferShapes());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void buildLinalgPipeline(OpPassManager &pm) {
  pm.addPass(createConvertONNXToLinalg());
  // Dims of op results -> dims of the inputs they come from, so that buffer
  // sizes depend only on the model's inputs.
  pm.addPass(createResolveDims());
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(createFuseElementwise());
  pm.addPass(createCanonicalizerPass());
  // Again: canonicalization composes reshapes into new ones whose dims
  // users still read.
  pm.addPass(createResolveDims());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // Dynamic dims that must agree, checked at run time; equal ones fold.
  pm.addPass(createCheckOperandSizes());
  pm.addPass(createResolveDims());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
}

void buildBufferizePipeline(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions options;
  options.bufferizeFunctionBoundaries = true;
  options.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(createSplitEmptyTensors());
  pm.addPass(bufferization::createOneShotBufferizePass(options));
  // Buffer sizes read from views (memref.dim of an expand_shape) -> the
  // sizes those views were made with, so that the arena planner sees sizes
  // computed from the inputs' dims only.
  pm.addPass(createResolveDims());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createPlanArena());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

} // namespace onnxc
