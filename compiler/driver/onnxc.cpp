//===- onnxc.cpp - the onnxc command ---------------------------------------===//
//
//   onnxc model.onnx -o model.so [--target=x86_64|aarch64] [-O0..-O3]
//         [--emit=STAGE] [--input-shape NAME:DIMS]... [--name PREFIX]
//
// Options are grouped by topic in --help; docs/cli.md documents them.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/TargetMachine.h"
#include "codegen/link/Linker.h"
#include "compiler/driver/Compiler.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace cl = llvm::cl;

#ifndef ONNXC_VERSION
#define ONNXC_VERSION "0.1.0"
#endif

static cl::OptionCategory outputCategory("Output");
static cl::OptionCategory targetCategory("Target");
static cl::OptionCategory modelCategory("Model");

static cl::opt<std::string> inputPath(cl::Positional, cl::Required,
                                      cl::desc("<model.onnx | model.onnxtxt>"));
static cl::opt<std::string> outputPath(
    "o", cl::desc("Output file (default: the model's stem with .so/.o/.h; "
                  "text stages go to stdout)"),
    cl::value_desc("path"), cl::cat(outputCategory));
static cl::opt<std::string> emit(
    "emit",
    cl::desc("Stop after a stage and write it: onnx, linalg, llvm-dialect, "
             "llvm-ir, asm, obj, lib (default; also writes the header next to "
             "the library), header"),
    cl::value_desc("stage"), cl::init("lib"), cl::cat(outputCategory));
static cl::opt<std::string> name(
    "name", cl::desc("Prefix of the library's symbols (default: the model "
                     "file's stem)"),
    cl::value_desc("identifier"), cl::cat(outputCategory));

static cl::opt<std::string> target("target",
                                   cl::desc("Target architecture: x86_64 (default), aarch64"),
                                   cl::value_desc("arch"), cl::init("x86_64"),
                                   cl::cat(targetCategory));
static cl::opt<std::string> cpu(
    "cpu", cl::desc("Target CPU (default: native, the host CPU when the target "
                    "is the host's architecture, else a generic CPU)"),
    cl::value_desc("name"), cl::init("native"), cl::cat(targetCategory));
static cl::opt<unsigned> optLevel("O", cl::desc("Optimisation level 0-3 (default 2)"),
                                  cl::Prefix, cl::init(2), cl::cat(targetCategory));

static cl::list<std::string> inputShapes(
    "input-shape",
    cl::desc("Specialise an input's shape, e.g. input:1x3x224x224; -1 keeps a dim as "
             "the model has it, e.g. input:1x3x-1x-1 (repeatable)"),
    cl::value_desc("name:dims"), cl::cat(modelCategory));

static bool isIdentifier(llvm::StringRef text) {
  if (text.empty() || llvm::isDigit(text[0]))
    return false;
  return llvm::all_of(text, [](char c) { return llvm::isAlnum(c) || c == '_'; });
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions({&outputCategory, &targetCategory, &modelCategory});
  cl::SetVersionPrinter([](llvm::raw_ostream &os) {
    os << "onnxc " << ONNXC_VERSION << " (LLVM/MLIR " << LLVM_VERSION_STRING
       << "; targets: " << onnxc::supportedTargets() << ")\n";
  });
  cl::ParseCommandLineOptions(argc, argv,
                              "onnxc: ahead-of-time compiler from ONNX models "
                              "to standalone shared libraries\n");

  auto usageError = [](const llvm::Twine &message) {
    llvm::errs() << "onnxc: error: " << message << "\n";
    return 1;
  };
  onnxc::CompileOptions options;
  options.inputPath = inputPath;
  options.outputPath = outputPath;
  options.target = target;
  options.cpu = cpu;
  options.name = name;
  if (optLevel > 3)
    return usageError("-O" + llvm::Twine(optLevel) + " is not a level; use -O0 to -O3");
  options.optLevel = optLevel;
  if (!onnxc::parseEmitKind(emit, options.emit))
    return usageError("unknown --emit stage '" + emit + "'");
  if (!name.empty() && !isIdentifier(name))
    return usageError("--name '" + name + "' is not a C identifier");
  // Check the target before any work, whichever stage --emit stops at.
  onnxc::TargetSpec spec;
  std::string targetError;
  if (!onnxc::resolveTarget(target, cpu, optLevel, spec, targetError))
    return usageError(targetError);
  for (const std::string &spec : inputShapes) {
    std::string error;
    if (!onnxc::parseInputShape(spec, options.import, error))
      return usageError(error);
  }
  if (!llvm::sys::fs::exists(options.inputPath))
    return usageError(options.inputPath + ": no such file");
  // A missing output directory is found now, not after minutes of
  // compiling (and not reported as the linker's temporary file).
  llvm::StringRef outputDir = llvm::sys::path::parent_path(options.outputPath);
  if (options.outputPath != "-" && !outputDir.empty() &&
      !llvm::sys::fs::is_directory(outputDir))
    return usageError(options.outputPath + ": directory '" + outputDir +
                      "' does not exist");
  std::string executable = llvm::sys::fs::getMainExecutable(
      argv[0], reinterpret_cast<void *>(&isIdentifier));
  options.toolDir = llvm::sys::path::parent_path(executable).str();
  // A library needs the prebuilt runtime: say so before compiling.
  if (options.emit == onnxc::EmitKind::Lib &&
      onnxc::findRuntimeDir(spec.triple, options.toolDir, targetError).empty())
    return usageError(targetError);
  return onnxc::compileModel(options);
}
