//===- LowerToLLVM.cpp - bufferized model -> LLVM dialect -----------------===//
//
// Loops from linalg (the outer parallel loops of large ops on the runtime's
// thread pool), then the upstream conversions to the LLVM dialect.
// Math functions without an LLVM intrinsic (erf, tanh) become libm calls.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/LowerToLLVM.h"
#include "codegen/cpu/Passes.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace onnxc {

LogicalResult markModelInterfaces(ModuleOp module, StringRef invokeKernel) {
  MLIRContext *context = module.getContext();
  context->getOrLoadDialect<LLVM::LLVMDialect>(); // for the pool's !llvm.ptr
  for (auto function : module.getOps<func::FuncOp>()) {
    if (function.isExternal())
      continue;
    function->setAttr("llvm.emit_c_interface", UnitAttr::get(context));
    // The importer's onnx.* argument attributes have served the signature;
    // the LLVM dialect has no use for them.
    function.removeArgAttrsAttr();
    function.removeResAttrsAttr();
    if (function.getSymName() != invokeKernel)
      continue;
    // The runtime passes its thread pool last (runtime/src/model_desc.h).
    NamedAttribute marker(StringAttr::get(context, kThreadPoolAttrName), UnitAttr::get(context));
    if (failed(function.insertArgument(function.getNumArguments(),
                                       LLVM::LLVMPointerType::get(context),
                                       DictionaryAttr::get(context, marker),
                                       function.getLoc())))
      return failure();
  }
  return success();
}

void buildLowerToLLVMPipeline(OpPassManager &pm, MicroKernelTile tile) {
  pm.addPass(createBindRunChecks());
  pm.addNestedPass<func::FuncOp>(createCopiesToLinalg());
  // Before the convolutions are generalised and tiled for threads.
  pm.addNestedPass<func::FuncOp>(createPointwiseConvsToContractions());
  pm.addNestedPass<func::FuncOp>(createInterchangeLoops());
  ParallelizeOuterLoopsOptions threads;
  threads.microKernelRows = tile.rows;
  pm.addNestedPass<func::FuncOp>(createParallelizeOuterLoops(threads));
  // Last before the loops: the contractions may sit inside loops that
  // earlier passes built around them.
  TileContractionsOptions microKernels;
  microKernels.rows = tile.rows;
  microKernels.cols = tile.cols;
  pm.addNestedPass<func::FuncOp>(createTileContractions(microKernels));
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createForallToParallelLoopPass());
  pm.addPass(createOutlineParallelLoops());
  pm.addPass(createOutlineKernels());
  pm.addPass(createSCFToControlFlowPass());
  pm.addNestedPass<func::FuncOp>(createExpandShapesToCasts());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

} // namespace onnxc
