//===- LowerToLLVM.h - bufferized model -> LLVM dialect ---------*- C++ -*-===//

#ifndef ONNXC_CODEGEN_CPU_LOWERTOLLVM_H
#define ONNXC_CODEGEN_CPU_LOWERTOLLVM_H

#include "codegen/cpu/MicroKernelTile.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"

namespace onnxc {

/// memref/linalg/scf/arith/math (after bufferization and arena planning)
/// -> LLVM dialect. The model function and its arena-size function keep C
/// interfaces (_mlir_ciface_*) that codegen/link wraps into the model ABI.
/// Contractions become micro-kernels of `tile` (the driver chooses it from
/// the target CPU, chooseMicroKernelTile).
void buildLowerToLLVMPipeline(mlir::OpPassManager &pm, MicroKernelTile tile = {});

/// Marks the functions that the model ABI calls so that the LLVM lowering
/// emits their C interfaces, drops the importer's argument attributes, and
/// appends to `invokeKernel` the thread pool argument that its parallel
/// loops run on (`!llvm.ptr {onnxc.thread_pool}`, the last packed argument
/// of runtime/src/model_desc.h's invoke). Runs after bufferization, which
/// creates the arena-size function.
mlir::LogicalResult markModelInterfaces(mlir::ModuleOp module,
                                        llvm::StringRef invokeKernel);

} // namespace onnxc

#endif // ONNXC_CODEGEN_CPU_LOWERTOLLVM_H
