//===- Linker.h - objects -> shared library, in process ---------*- C++ -*-===//

#ifndef ONNXC_CODEGEN_LINK_LINKER_H
#define ONNXC_CODEGEN_LINK_LINKER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace onnxc {

/// The folder holding the runtime prebuilt for the LLVM target `triple`:
/// $ONNXC_RUNTIME_DIR, else beside the tool in a build tree (bin/../runtime)
/// or an install (bin/../lib/onnxc/runtime). Empty, with `error` saying
/// where it looked, when there is none.
std::string findRuntimeDir(llvm::StringRef triple, llvm::StringRef toolDir,
                           std::string &error);

/// Links the model's object files with the runtime prebuilt for `triple` into the
/// shared library `outputPath`, with lld as a library. The library's only
/// NEEDED entries are libc, libm, libpthread and libdl (linked against
/// SONAME stubs, so no sysroot is needed). Writes to a temporary file next
/// to `outputPath` and renames it on success; nothing is left on failure.
/// `toolDir` is the folder of the running onnxc, used to find the runtime.
/// The build ID hashes the objects and `contentDigest` (a digest of what
/// `finish` adds), so lld never reads the output back. `finish`, when
/// given, completes the linked file before it gets its name.
bool linkSharedLibrary(
    llvm::ArrayRef<std::string> objectPaths, llvm::StringRef triple,
    llvm::StringRef outputPath, llvm::StringRef toolDir,
    llvm::ArrayRef<uint8_t> contentDigest,
    llvm::function_ref<bool(llvm::StringRef linkedPath, std::string &error)> finish,
    std::string &error);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_LINKER_H
