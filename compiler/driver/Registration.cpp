//===- Registration.cpp - what onnxc's tools load -------------------------===//

#include "compiler/driver/Registration.h"
#include "codegen/cpu/LowerToLLVM.h"
#include "codegen/cpu/Passes.h"
#include "compiler/driver/Pipelines.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/bufferize/Passes.h"
#include "lowering/onnx-to-linalg/Passes.h"
#include "lowering/onnx/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"

using namespace mlir;

namespace onnxc {

void registerDialects(DialectRegistry &registry) {
  registry.insert<onnx::ONNXDialect, affine::AffineDialect, arith::ArithDialect,
                  bufferization::BufferizationDialect, cf::ControlFlowDialect,
                  func::FuncDialect, index::IndexDialect, LLVM::LLVMDialect,
                  linalg::LinalgDialect, math::MathDialect, memref::MemRefDialect,
                  scf::SCFDialect, tensor::TensorDialect>();
  // The upstream dialects come with interface models (bufferization,
  // tiling, LLVM conversion) that attach only when a dialect is loaded, so
  // registering them all costs nothing at run time.
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
}

void registerPassesAndPipelines() {
  registerAllPasses();
  onnx::registerONNXPasses();
  registerONNXToLinalgPasses();
  registerBufferizePasses();
  registerCPUPasses();
  PassPipelineRegistration<>("onnxc-onnx-pipeline",
                             "Graph rewrites and shape inference on onnx ops",
                             buildONNXPipeline);
  PassPipelineRegistration<>("onnxc-linalg-pipeline",
                             "onnx -> linalg on tensors, with fusion",
                             buildLinalgPipeline);
  PassPipelineRegistration<>("onnxc-bufferize-pipeline",
                             "Bufferization and arena planning",
                             buildBufferizePipeline);
  PassPipelineRegistration<>("onnxc-llvm-pipeline",
                             "Bufferized model -> LLVM dialect",
                             [](OpPassManager &pm) { buildLowerToLLVMPipeline(pm); });
}

} // namespace onnxc
