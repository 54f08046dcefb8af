//===- TargetMachine.h - LLVM IR -> machine code ----------------*- C++ -*-===//

#ifndef ONNXC_CODEGEN_CPU_TARGETMACHINE_H
#define ONNXC_CODEGEN_CPU_TARGETMACHINE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"
#include <memory>
#include <string>

namespace onnxc {

/// What machine code to make: an LLVM triple, a CPU name with its feature
/// string, and the optimisation level 0-3.
struct TargetSpec {
  std::string triple;
  std::string cpu;
  std::string features;
  unsigned optLevel = 2;
};

/// Resolves `target` ("x86_64" or "aarch64") and `cpu` ("native" means the
/// host CPU when the target is the host's architecture, else a generic CPU
/// of the target). Returns false with `error` set for unknown targets.
bool resolveTarget(llvm::StringRef target, llvm::StringRef cpu,
                   unsigned optLevel, TargetSpec &spec, std::string &error);

/// The triples onnxc can target, for --help and errors.
llvm::StringRef supportedTargets();

std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const TargetSpec &spec, std::string &error);

/// Runs LLVM's default module pipeline at the spec's level.
void optimizeModule(llvm::Module &module, llvm::TargetMachine &machine,
                    unsigned optLevel);

/// Emits `module` as an object file or assembly text into `out`.
bool emitMachineCode(llvm::Module &module, llvm::TargetMachine &machine,
                     bool assembly, llvm::raw_pwrite_stream &out,
                     std::string &error);

} // namespace onnxc

#endif // ONNXC_CODEGEN_CPU_TARGETMACHINE_H
