//===- TargetMachine.cpp - LLVM IR -> machine code ------------------------===//

#include "codegen/cpu/TargetMachine.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

namespace onnxc {

llvm::StringRef supportedTargets() { return "x86_64, aarch64"; }

static void initializeTargets() {
  static bool done = [] {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
    return true;
  }();
  (void)done;
}

bool resolveTarget(llvm::StringRef target, llvm::StringRef cpu,
                   unsigned optLevel, TargetSpec &spec, std::string &error) {
  if (target == "x86_64" || target == "x86-64")
    spec.triple = "x86_64-unknown-linux-gnu";
  else if (target == "aarch64" || target == "arm64")
    spec.triple = "aarch64-unknown-linux-gnu";
  else {
    error = "unknown target '" + target.str() + "'; supported: " +
            supportedTargets().str();
    return false;
  }
  spec.optLevel = optLevel;
  llvm::Triple host(llvm::sys::getProcessTriple());
  llvm::Triple wanted(spec.triple);
  if (cpu == "native" && host.getArch() == wanted.getArch()) {
    spec.cpu = llvm::sys::getHostCPUName().str();
    std::string features;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      features += (feature.getValue() ? "+" : "-") + feature.getKey().str() + ",";
    if (!features.empty())
      features.pop_back();
    spec.features = features;
  } else if (cpu == "native") {
    spec.cpu = wanted.getArch() == llvm::Triple::aarch64 ? "generic" : "x86-64";
  } else {
    spec.cpu = cpu.str();
  }
  return true;
}

std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const TargetSpec &spec, std::string &error) {
  initializeTargets();
  llvm::Triple triple(spec.triple);
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  llvm::CodeGenOptLevel level =
      spec.optLevel == 0   ? llvm::CodeGenOptLevel::None
      : spec.optLevel == 1 ? llvm::CodeGenOptLevel::Less
      : spec.optLevel == 2 ? llvm::CodeGenOptLevel::Default
                           : llvm::CodeGenOptLevel::Aggressive;
  // Check the CPU name first: a subtarget made for an unknown CPU prints
  // LLVM's own warnings before we can report one clear error.
  std::unique_ptr<llvm::MCSubtargetInfo> generic(
      target->createMCSubtargetInfo(triple, "", ""));
  if (!generic || !generic->isCPUStringValid(spec.cpu)) {
    error = "unknown CPU '" + spec.cpu + "' for " + spec.triple;
    return nullptr;
  }
  llvm::TargetOptions options;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, spec.cpu, spec.features, options, llvm::Reloc::PIC_, std::nullopt,
      level));
  if (!machine)
    error = "cannot create a target machine for " + spec.triple;
  return machine;
}

void optimizeModule(llvm::Module &module, llvm::TargetMachine &machine,
                    unsigned optLevel) {
  if (optLevel == 0)
    return;
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = optLevel >= 2;
  tuning.SLPVectorization = optLevel >= 2;
  llvm::PassBuilder builder(&machine, tuning);
  builder.registerModuleAnalyses(mam);
  builder.registerCGSCCAnalyses(cgam);
  builder.registerFunctionAnalyses(fam);
  builder.registerLoopAnalyses(lam);
  builder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optLevel == 1   ? llvm::OptimizationLevel::O1
                                  : optLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  builder.buildPerModuleDefaultPipeline(level).run(module, mam);
}

bool emitMachineCode(llvm::Module &module, llvm::TargetMachine &machine,
                     bool assembly, llvm::raw_pwrite_stream &stream,
                     std::string &error) {
  llvm::legacy::PassManager passes;
  auto type = assembly ? llvm::CodeGenFileType::AssemblyFile
                       : llvm::CodeGenFileType::ObjectFile;
  if (machine.addPassesToEmitFile(passes, stream, nullptr, type)) {
    error = "the target cannot emit this file type";
    return false;
  }
  passes.run(module);
  return true;
}

} // namespace onnxc
