//===- ShapeInferenceUtils.h - helpers for shape functions ------*- C++ -*-===//

#ifndef ONNXC_DIALECTS_ONNX_SHAPEINFERENCEUTILS_H
#define ONNXC_DIALECTS_ONNX_SHAPEINFERENCEUTILS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

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

/// One axis of a Slice resolved against a static size: the first element
/// read, how many, and the step (negative steps read downwards).
struct SliceRange {
  int64_t start = 0;
  int64_t size = 0;
  int64_t step = 1;
};

/// The ONNX Slice rule for one axis of static size `dim` and a non-zero
/// `step`: negative starts and ends count from the end, then clamp to
/// [0, dim] (positive steps) or [-1, dim - 1] (negative steps).
inline SliceRange resolveSliceRange(int64_t start, int64_t end, int64_t step,
                                    int64_t dim) {
  auto normalize = [&](int64_t v, int64_t low, int64_t high) {
    if (v < 0)
      v = v < -dim ? -1 : v + dim; // no overflow near INT64_MIN
    return std::clamp(v, low, high);
  };
  SliceRange range;
  range.step = step;
  if (step > 0) {
    range.start = normalize(start, 0, dim);
    int64_t stop = normalize(end, 0, dim);
    range.size = stop > range.start ? (stop - range.start + step - 1) / step : 0;
  } else {
    range.start = normalize(start, 0, dim - 1);
    int64_t stop = normalize(end, -1, dim - 1);
    range.size = range.start > stop ? (range.start - stop - step - 1) / -step : 0;
  }
  return range;
}

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_SHAPEINFERENCEUTILS_H
