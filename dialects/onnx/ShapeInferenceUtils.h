//===- ShapeInferenceUtils.h - helpers for shape functions ------*- C++ -*-===//

#ifndef ONNXC_DIALECTS_ONNX_SHAPEINFERENCEUTILS_H
#define ONNXC_DIALECTS_ONNX_SHAPEINFERENCEUTILS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"

namespace onnxc::onnx {

constexpr int64_t kDynamic = mlir::ShapedType::kDynamic;

/// The ranked tensor type of `v`, or null when `v` is unranked or absent.
inline mlir::RankedTensorType getRankedType(mlir::Value v) {
  return llvm::dyn_cast<mlir::RankedTensorType>(v.getType());
}

/// The element type of tensor value `v`, or null.
inline mlir::Type getElementTypeOf(mlir::Value v) {
  if (auto shaped = llvm::dyn_cast<mlir::ShapedType>(v.getType()))
    return shaped.getElementType();
  return nullptr;
}

/// Sets result `index` to a ranked tensor of `dims`, keeping the element
/// type already inferred for it.
inline void setRankedResult(llvm::SmallVectorImpl<mlir::Type> &results,
                            unsigned index, llvm::ArrayRef<int64_t> dims) {
  auto shaped = llvm::dyn_cast<mlir::ShapedType>(results[index]);
  if (!shaped)
    return;
  results[index] = mlir::RankedTensorType::get(dims, shaped.getElementType());
}

/// Multidirectional (numpy) broadcasting of `shapes`; fails when two static
/// dims differ and neither is 1.
mlir::FailureOr<llvm::SmallVector<int64_t>>
broadcastShapes(llvm::ArrayRef<llvm::SmallVector<int64_t>> shapes);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_SHAPEINFERENCEUTILS_H
