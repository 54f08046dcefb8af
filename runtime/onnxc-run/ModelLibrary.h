//===- ModelLibrary.h - loading a compiled model ----------------*- C++ -*-===//
//
// Finds a model's "<prefix>_onnxc_api" table, dlopens the library and wraps
// one onnxc_context.
//
//===----------------------------------------------------------------------===//
#ifndef ONNXC_RUNTIME_ONNXC_RUN_MODELLIBRARY_H
#define ONNXC_RUNTIME_ONNXC_RUN_MODELLIBRARY_H

#include "onnxc/onnxc.h"

#include <string>
#include <vector>

namespace onnxc::run {

/// Sorted names of the defined data symbols in the ELF64 file's dynamic
/// symbol table (.dynsym) that are C identifiers ending in "_onnxc_api".
/// Throws Error if the file cannot be read or is not a little-endian ELF64
/// file.
std::vector<std::string> findApiSymbols(const std::string &path);

/// A model library, open for the life of the process (worker threads of its
/// contexts must never outlive its code, so it is never dlclosed).
class ModelLibrary {
public:
  /// Opens `path`; the table is "<prefix>_onnxc_api" when prefix is given,
  /// else the library's only "*_onnxc_api" symbol.
  ModelLibrary(const std::string &path, const std::string &prefix);

  const onnxc_model_api &api() const { return *api_; }
  const onnxc_signature &signature() const { return *signature_; }
  const std::string &symbol() const { return symbol_; }

private:
  const onnxc_model_api *api_ = nullptr;
  const onnxc_signature *signature_ = nullptr;
  std::string symbol_;
};

/// One context of a model; run() throws Error with the model's message.
class Session {
public:
  Session(const ModelLibrary &library, int32_t threads);
  ~Session();
  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;

  /// Outputs point into the context until the next run.
  std::vector<onnxc_tensor> run(const std::vector<onnxc_tensor> &inputs);

private:
  const onnxc_model_api &api_;
  int32_t numOutputs_;
  onnxc_context *context_ = nullptr;
};

} // namespace onnxc::run

#endif // ONNXC_RUNTIME_ONNXC_RUN_MODELLIBRARY_H
