//===- Compiler.h - onnxc's compilation driver ------------------*- C++ -*-===//
//
// Runs the stages of docs/architecture.md in order and stops after the one
// that --emit names, writing that stage's output.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_DRIVER_COMPILER_H
#define ONNXC_COMPILER_DRIVER_COMPILER_H

#include "compiler/import/ModelImporter.h"
#include <string>

namespace onnxc {

enum class EmitKind { ONNX, Linalg, LLVMDialect, LLVMIR, Asm, Obj, Lib, Header };

struct CompileOptions {
  std::string inputPath;
  std::string outputPath; // empty: derived from the input and EmitKind
  EmitKind emit = EmitKind::Lib;
  std::string target = "x86_64";
  std::string cpu = "native";
  unsigned optLevel = 2;
  std::string name; // symbol prefix; empty: derived from the input file
  ImportOptions import;
  std::string toolDir; // folder of the onnxc executable
};

/// Parses an --emit value; false if unknown.
bool parseEmitKind(llvm::StringRef text, EmitKind &kind);

/// The default symbol prefix for a model file: its stem as a C identifier.
std::string defaultModelName(llvm::StringRef inputPath);

/// Compiles; diagnostics go to stderr as "onnxc: error: FILE: ...".
/// Returns the process exit code (0 or 1).
int compileModel(const CompileOptions &options);

} // namespace onnxc

#endif // ONNXC_COMPILER_DRIVER_COMPILER_H
