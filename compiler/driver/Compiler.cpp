//===- Compiler.cpp - onnxc's compilation driver --------------------------===//

#include "compiler/driver/Compiler.h"
#include "codegen/cpu/LowerToLLVM.h"
#include "codegen/cpu/TargetMachine.h"
#include "codegen/link/DataObject.h"
#include "codegen/link/Header.h"
#include "codegen/link/Linker.h"
#include "codegen/link/ModelABI.h"
#include "codegen/link/ModelSignature.h"
#include "codegen/link/Weights.h"
#include "compiler/driver/Pipelines.h"
#include "compiler/driver/Registration.h"
#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace onnxc {

bool parseEmitKind(llvm::StringRef text, EmitKind &kind) {
  std::optional<EmitKind> parsed = llvm::StringSwitch<std::optional<EmitKind>>(text)
                                       .Case("onnx", EmitKind::ONNX)
                                       .Case("linalg", EmitKind::Linalg)
                                       .Case("llvm-dialect", EmitKind::LLVMDialect)
                                       .Case("llvm-ir", EmitKind::LLVMIR)
                                       .Case("asm", EmitKind::Asm)
                                       .Case("obj", EmitKind::Obj)
                                       .Case("lib", EmitKind::Lib)
                                       .Case("header", EmitKind::Header)
                                       .Default(std::nullopt);
  if (parsed)
    kind = *parsed;
  return parsed.has_value();
}

std::string defaultModelName(llvm::StringRef inputPath) {
  std::string name = llvm::sys::path::stem(inputPath).str();
  for (char &c : name)
    if (!llvm::isAlnum(c) && c != '_')
      c = '_';
  if (name.empty() || llvm::isDigit(name[0]))
    name = "model_" + name;
  return name;
}

/// Prints a tensor-level stage; weights show as elided resource blobs, so
/// the text stays small whatever the model's size.
static void printModule(ModuleOp module, llvm::raw_ostream &os) {
  OpPrintingFlags flags;
  flags.elideLargeResourceString(64);
  module.print(os, flags);
}

namespace {
/// A file in the temporary directory, removed with this.
struct TemporaryFile {
  std::string path;
  ~TemporaryFile() {
    if (!path.empty())
      llvm::sys::fs::remove(path);
  }
};
} // namespace

namespace {
/// One compilation: the context, the diagnostics, and the stage outputs.
class Compilation {
public:
  explicit Compilation(const CompileOptions &options) : options(options) {
    registerDialects(registry);
    context = std::make_unique<MLIRContext>(registry);
  }

  int run();

private:
  void report(Diagnostic &diagnostic);
  bool fail(const llvm::Twine &message);
  bool runPipeline(ModuleOp module, llvm::function_ref<void(OpPassManager &)> build,
                   llvm::StringRef stage);
  bool writeOutput(llvm::StringRef path, llvm::function_ref<void(llvm::raw_ostream &)> write,
                   bool binary = false);
  bool writeText(llvm::function_ref<void(llvm::raw_ostream &)> write);
  std::string outputPath(llvm::StringRef extension) const;
  bool emitLibrary(OwningOpRef<ModuleOp> &model, const ModelSignature &signature);
  bool writeTemporary(TemporaryFile &file, llvm::StringRef suffix,
                      llvm::function_ref<bool(llvm::raw_pwrite_stream &)> emit);

  const CompileOptions &options;
  DialectRegistry registry;
  std::unique_ptr<MLIRContext> context;
  bool reportedError = false;
};
} // namespace

/// Errors as one line: "onnxc: error: model.onnx: node 'x' (Op, opset N): ...".
void Compilation::report(Diagnostic &diagnostic) {
  if (diagnostic.getSeverity() == DiagnosticSeverity::Error) {
    if (reportedError)
      return; // the first error is the cause; the rest follow from it
    reportedError = true;
  }
  llvm::StringRef severity =
      diagnostic.getSeverity() == DiagnosticSeverity::Error     ? "error"
      : diagnostic.getSeverity() == DiagnosticSeverity::Warning ? "warning"
                                                                 : "note";
  if (severity == "note")
    return;
  std::string message = diagnostic.str();
  std::string node = onnx::getNodeName(diagnostic.getLocation());
  if (!node.empty() && !llvm::StringRef(message).starts_with("node '"))
    message = "node '" + node + "': " + message;
  llvm::errs() << "onnxc: " << severity << ": " << options.inputPath << ": " << message
               << "\n";
}

bool Compilation::fail(const llvm::Twine &message) {
  if (!reportedError)
    llvm::errs() << "onnxc: error: " << options.inputPath << ": " << message << "\n";
  reportedError = true;
  return false;
}

bool Compilation::runPipeline(ModuleOp module,
                              llvm::function_ref<void(OpPassManager &)> build,
                              llvm::StringRef stage) {
  PassManager pm(context.get());
  build(pm);
  if (succeeded(pm.run(module)))
    return true;
  return fail("the " + stage + " stage failed");
}

std::string Compilation::outputPath(llvm::StringRef extension) const {
  if (!options.outputPath.empty())
    return options.outputPath;
  llvm::SmallString<128> path(llvm::sys::path::stem(options.inputPath));
  path += extension;
  return std::string(path);
}

bool Compilation::writeOutput(llvm::StringRef path,
                              llvm::function_ref<void(llvm::raw_ostream &)> write,
                              bool binary) {
  std::error_code ec;
  llvm::ToolOutputFile file(path, ec,
                            binary ? llvm::sys::fs::OF_None : llvm::sys::fs::OF_Text);
  if (ec)
    return fail("cannot write " + path + ": " + ec.message());
  write(file.os());
  file.keep();
  return true;
}

/// Text stages go to -o, or to stdout without one.
bool Compilation::writeText(llvm::function_ref<void(llvm::raw_ostream &)> write) {
  return writeOutput(options.outputPath.empty() ? "-" : options.outputPath, write);
}

/// Creates `file` and fills it with what `emit` writes (false with an
/// error reported by `emit` or here).
bool Compilation::writeTemporary(TemporaryFile &file, llvm::StringRef suffix,
                                 llvm::function_ref<bool(llvm::raw_pwrite_stream &)> emit) {
  llvm::SmallString<128> path;
  int fd;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("onnxc-model", suffix, fd, path))
    return fail("cannot create a temporary file: " + ec.message());
  file.path = std::string(path);
  llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
  if (!emit(os))
    return reportedError ? false : fail("cannot write " + file.path);
  os.close();
  if (os.has_error())
    return fail("cannot write " + file.path + ": " + os.error().message());
  return true;
}

bool Compilation::emitLibrary(OwningOpRef<ModuleOp> &model,
                              const ModelSignature &signature) {
  ModuleOp module = *model;
  std::string prefix = options.name.empty() ? defaultModelName(options.inputPath)
                                            : options.name;
  TargetSpec spec;
  std::string error;
  if (!resolveTarget(options.target, options.cpu, options.optLevel, spec, error))
    return fail(error);
  std::unique_ptr<llvm::TargetMachine> machine = createTargetMachine(spec, error);
  if (!machine)
    return fail(error);

  // Memrefs -> LLVM dialect.
  if (!runPipeline(module, buildBufferizePipeline, "bufferization"))
    return false;
  // A library gets its weights apart from the code (the other outputs are
  // one self-contained text or object): an object that reserves their
  // section for the linker, and their bytes in a temporary file, copied into
  // that section after linking. Their blobs (the bulk of the parsed model)
  // are freed before the code is generated, and neither LLVM nor lld ever
  // holds the weights, so peak memory stays near one copy of them.
  TemporaryFile weightsObject, weightsImage, codeObject;
  uint64_t weightsSize = 0;
  llvm::BLAKE3Result<32> weightsDigest{};
  if (options.emit == EmitKind::Lib) {
    std::vector<Weight> weights = detachWeights(module);
    if (!writeTemporary(weightsObject, "o", [&](llvm::raw_pwrite_stream &os) {
          return emitWeightsObject(weights, machine->getTargetTriple(), os, error) ||
                 fail(error);
        }))
      return false;
    if (!writeTemporary(weightsImage, "bin", [&](llvm::raw_pwrite_stream &os) {
          weightsSize = emitWeightsImage(weights, os, weightsDigest);
          return true;
        }))
      return false;
    releaseWeights(weights);
  }
  MicroKernelTile tile = chooseMicroKernelTile(vectorRegisterFile(*machine));
  if (failed(markModelInterfaces(module, KernelNames().invoke)))
    return fail("internal error: cannot add the thread pool argument to the model kernel");
  if (!runPipeline(module,
                   [&](OpPassManager &pm) { buildLowerToLLVMPipeline(pm, tile); },
                   "LLVM lowering"))
    return false;
  if (options.emit == EmitKind::LLVMDialect)
    return writeText([&](llvm::raw_ostream &os) { module.print(os); });

  // LLVM dialect -> LLVM IR with the model ABI.
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule = translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule)
    return fail("translation to LLVM IR failed");
  llvmModule->setTargetTriple(llvm::Triple(spec.triple));
  llvmModule->setDataLayout(machine->createDataLayout());
  if (!emitModelABI(*llvmModule, signature, prefix, KernelNames(), error))
    return fail(error);
  if (llvm::verifyModule(*llvmModule, &llvm::errs()))
    return fail("internal error: the generated LLVM IR does not verify");
  optimizeModule(*llvmModule, *machine, spec.optLevel);
  if (options.emit == EmitKind::LLVMIR)
    return writeText([&](llvm::raw_ostream &os) { llvmModule->print(os, nullptr); });

  if (options.emit == EmitKind::Asm || options.emit == EmitKind::Obj) {
    llvm::SmallVector<char, 0> code;
    llvm::raw_svector_ostream stream(code);
    bool assembly = options.emit == EmitKind::Asm;
    if (!emitMachineCode(*llvmModule, *machine, assembly, stream, error))
      return fail(error);
    if (assembly)
      return writeText([&](llvm::raw_ostream &os) { os.write(code.data(), code.size()); });
    return writeOutput(outputPath(".o"),
                       [&](llvm::raw_ostream &os) { os.write(code.data(), code.size()); },
                       /*binary=*/true);
  }
  if (!writeTemporary(codeObject, "o", [&](llvm::raw_pwrite_stream &os) {
        return emitMachineCode(*llvmModule, *machine, /*assembly=*/false, os, error) ||
               fail(error);
      }))
    return false;
  // The code is in its object; what remains needs neither IR.
  llvmModule.reset();
  model = nullptr;
  std::string libraryPath = outputPath(".so");
  auto fillWeights = [&](llvm::StringRef linkedPath, std::string &error) {
    return weightsSize == 0 ||
           fillDataSection(linkedPath, weightsImage.path, weightsSize, error);
  };
  if (!linkSharedLibrary({codeObject.path, weightsObject.path}, spec.triple,
                         libraryPath, options.toolDir, weightsDigest, fillWeights,
                         error))
    return fail(error);
  llvm::SmallString<256> headerPath(libraryPath);
  llvm::sys::path::replace_extension(headerPath, ".h");
  std::string header = generateHeader(signature, prefix,
                                      llvm::sys::path::filename(options.inputPath));
  if (!writeOutput(headerPath, [&](llvm::raw_ostream &os) { os << header; })) {
    llvm::sys::fs::remove(libraryPath);
    return false;
  }
  return true;
}

int Compilation::run() {
  ScopedDiagnosticHandler handler(context.get(), [&](Diagnostic &diagnostic) {
    report(diagnostic);
    return success();
  });
  OwningOpRef<ModuleOp> module =
      importModelFile(*context, options.inputPath, options.import);
  if (!module) {
    fail("import failed");
    return 1;
  }
  if (!runPipeline(*module, buildONNXPipeline, "graph rewrite"))
    return 1;
  auto main = module->lookupSymbol<func::FuncOp>("main");
  std::string prefix = options.name.empty() ? defaultModelName(options.inputPath)
                                            : options.name;
  if (options.emit == EmitKind::ONNX)
    return writeText([&](llvm::raw_ostream &os) { printModule(*module, os); }) ? 0 : 1;
  FailureOr<ModelSignature> signature = extractSignature(main, prefix);
  if (failed(signature))
    return 1;
  if (options.emit == EmitKind::Header) {
    std::string header = generateHeader(*signature, prefix,
                                        llvm::sys::path::filename(options.inputPath));
    return writeOutput(outputPath(".h"), [&](llvm::raw_ostream &os) { os << header; })
               ? 0
               : 1;
  }
  if (!runPipeline(*module, buildLinalgPipeline, "linalg lowering"))
    return 1;
  if (options.emit == EmitKind::Linalg)
    return writeText([&](llvm::raw_ostream &os) { printModule(*module, os); }) ? 0 : 1;
  return emitLibrary(module, *signature) ? 0 : 1;
}

int compileModel(const CompileOptions &options) {
  return Compilation(options).run();
}

} // namespace onnxc
