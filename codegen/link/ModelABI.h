//===- ModelABI.h - the C ABI of a compiled model, in LLVM IR ---*- C++ -*-===//
//
// Adds to the translated model module everything runtime/src/model_desc.h
// expects: packed wrappers of the kernels, the signature and model
// descriptor constants, and the exported entry points P_signature,
// P_create, P_run, P_destroy and P_onnxc_api. Every other symbol becomes
// internal, so several models live in one process.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_LINK_MODELABI_H
#define ONNXC_CODEGEN_LINK_MODELABI_H

#include "codegen/link/ModelSignature.h"
#include "llvm/IR/Module.h"

namespace onnxc {

/// Names of the MLIR functions that the ABI wraps.
struct KernelNames {
  std::string invoke = "main";
  std::string arenaBytes = "main_arena_bytes";
};

/// Emits the ABI into `module`; false with `error` when a kernel is missing.
bool emitModelABI(llvm::Module &module, const ModelSignature &signature,
                  llvm::StringRef prefix, const KernelNames &kernels,
                  std::string &error);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_MODELABI_H
