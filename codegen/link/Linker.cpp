//===- Linker.cpp - objects -> shared library, in process -----------------===//

#include "codegen/link/Linker.h"
#include "lld/Common/Driver.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

LLD_HAS_DRIVER(elf)

namespace onnxc {

std::string findRuntimeDir(llvm::StringRef triple, llvm::StringRef toolDir,
                           std::string &error) {
  bool aarch64 = llvm::Triple(triple).getArch() == llvm::Triple::aarch64;
  std::string runtimeTriple = aarch64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
  llvm::SmallVector<std::string> roots;
  if (auto env = llvm::sys::Process::GetEnv("ONNXC_RUNTIME_DIR"))
    roots.push_back(*env);
  roots.push_back((toolDir + "/../runtime").str());
  roots.push_back((toolDir + "/../lib/onnxc/runtime").str());
  for (const std::string &root : roots) {
    llvm::SmallString<256> dir(root);
    llvm::sys::path::append(dir, runtimeTriple);
    llvm::SmallString<256> object(dir);
    llvm::sys::path::append(object, "onnxc_runtime.o");
    if (llvm::sys::fs::exists(object))
      return std::string(dir);
  }
  error = "cannot find the onnxc runtime for " + runtimeTriple +
          " (looked in " + llvm::join(roots, ", ") + "; set ONNXC_RUNTIME_DIR)";
  return "";
}

/// A build ID from the objects' contents and the digest of what is added
/// after linking: 20 bytes, as lld's SHA-1 IDs, in lld's 0x<hex> form.
static bool computeBuildId(llvm::ArrayRef<std::string> objectPaths,
                           llvm::ArrayRef<uint8_t> contentDigest, std::string &buildId,
                           std::string &error) {
  llvm::BLAKE3 hasher;
  for (const std::string &path : objectPaths) {
    auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
    if (!file) {
      error = "cannot read " + path + ": " + file.getError().message();
      return false;
    }
    hasher.update((*file)->getBuffer());
  }
  hasher.update(contentDigest);
  llvm::BLAKE3Result<20> id = hasher.final<20>();
  buildId = "0x" + llvm::toHex(id, /*LowerCase=*/true);
  return true;
}

bool linkSharedLibrary(
    llvm::ArrayRef<std::string> objectPaths, llvm::StringRef triple,
    llvm::StringRef outputPath, llvm::StringRef toolDir,
    llvm::ArrayRef<uint8_t> contentDigest,
    llvm::function_ref<bool(llvm::StringRef linkedPath, std::string &error)> finish,
    std::string &error) {
  std::string runtimeDir = findRuntimeDir(triple, toolDir, error);
  if (runtimeDir.empty())
    return false;
  bool aarch64 = llvm::Triple(triple).getArch() == llvm::Triple::aarch64;
  std::string buildId;
  if (!computeBuildId(objectPaths, contentDigest, buildId, error))
    return false;

  std::string tempOutput =
      (outputPath + ".tmp" + std::to_string(llvm::sys::Process::getProcessId())).str();
  llvm::FileRemover outputRemover(tempOutput);
  std::string soname = llvm::sys::path::filename(outputPath).str();
  auto runtimeFile = [&](llvm::StringRef name) { return runtimeDir + "/" + name.str(); };
  std::vector<std::string> args = {
      "ld.lld", "-m", aarch64 ? "aarch64linux" : "elf_x86_64", "-shared",
      "-soname", soname, "-z", "noexecstack", "-z", "relro", "-z", "now",
      "--hash-style=gnu", "--build-id=" + buildId, "-O1", "--gc-sections",
      "-o", tempOutput};
  args.insert(args.end(), objectPaths.begin(), objectPaths.end());
  for (const char *file : {"onnxc_runtime.o", "libc.so.6", "libm.so.6",
                           "libpthread.so.0", "libdl.so.2"})
    args.push_back(runtimeFile(file));
  std::vector<const char *> argv;
  for (const std::string &arg : args)
    argv.push_back(arg.c_str());

  std::string messages;
  llvm::raw_string_ostream messageStream(messages);
  lld::Result result = lld::lldMain(argv, messageStream, messageStream,
                                    {{lld::Gnu, &lld::elf::link}});
  if (result.retCode != 0) {
    error = "linking failed: " + llvm::StringRef(messages).trim().str();
    return false;
  }
  if (finish && !finish(tempOutput, error))
    return false;
  if (std::error_code ec = llvm::sys::fs::rename(tempOutput, outputPath)) {
    error = "cannot write " + outputPath.str() + ": " + ec.message();
    return false;
  }
  outputRemover.releaseFile();
  return true;
}

} // namespace onnxc
