//===- TensorImport.h - ONNX TensorProto -> MLIR attribute ------*- C++ -*-===//

#ifndef ONNXC_COMPILER_IMPORT_TENSORIMPORT_H
#define ONNXC_COMPILER_IMPORT_TENSORIMPORT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "onnx/onnx_pb.h"
#include <memory>
#include <string>

namespace onnxc {

/// Where tensors with external data are looked up, and how big tensors are
/// kept: as a dense resource blob (weights) or as dense elements (small
/// constants that folders read).
struct TensorImportContext {
  mlir::MLIRContext *context;
  std::string modelDir;
  /// The model the tensors belong to. When set, weights stored as raw_data
  /// become blobs that point into it (no copy) and keep it alive.
  std::shared_ptr<const ::onnx::ModelProto> owner;
};

/// Converts `tensor` into an ElementsAttr. Weights (`asResource`) become a
/// dense resource blob named after the tensor, so their bytes never pass
/// through IR text; `asResource` is ignored for bool tensors, which MLIR
/// resources do not pack. On failure returns null and sets `error`.
mlir::ElementsAttr importTensor(const ::onnx::TensorProto &tensor,
                                const TensorImportContext &ctx,
                                bool asResource, std::string &error);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_TENSORIMPORT_H
