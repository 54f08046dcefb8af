//===- Attributes.h - reading ONNX attributes by their ONNX name -*- C++ -*-===//
//
// Lowering and shape inference read attributes by the names the ONNX spec
// gives them ("kernel_shape", "pads"), with the spec's defaults, so the code
// reads like the operator documentation.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_ATTRIBUTES_H
#define ONNXC_DIALECTS_ONNX_ATTRIBUTES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>

namespace onnxc::onnx {

inline int64_t getIntAttr(mlir::Operation *op, llvm::StringRef name,
                          int64_t defaultValue) {
  if (auto attr = op->getAttrOfType<mlir::IntegerAttr>(name))
    return attr.getValue().getSExtValue();
  return defaultValue;
}

inline double getFloatAttr(mlir::Operation *op, llvm::StringRef name,
                           double defaultValue) {
  if (auto attr = op->getAttrOfType<mlir::FloatAttr>(name))
    return attr.getValueAsDouble();
  return defaultValue;
}

inline std::string getStringAttr(mlir::Operation *op, llvm::StringRef name,
                                 llvm::StringRef defaultValue) {
  if (auto attr = op->getAttrOfType<mlir::StringAttr>(name))
    return attr.str();
  return defaultValue.str();
}

/// An INTS attribute, or `defaultValue` when the node does not set it.
inline llvm::SmallVector<int64_t>
getIntsAttr(mlir::Operation *op, llvm::StringRef name,
            llvm::ArrayRef<int64_t> defaultValue = {}) {
  if (auto attr = op->getAttrOfType<mlir::DenseI64ArrayAttr>(name))
    return llvm::SmallVector<int64_t>(attr.asArrayRef());
  return llvm::SmallVector<int64_t>(defaultValue);
}

inline bool hasAttr(mlir::Operation *op, llvm::StringRef name) {
  return static_cast<bool>(op->getAttr(name));
}

/// Normalises a possibly negative ONNX axis into [0, rank).
inline int64_t normalizeAxis(int64_t axis, int64_t rank) {
  return axis < 0 ? axis + rank : axis;
}

/// The dims [first, second) of a rank-`rank` tensor that onnx.Shape returns:
/// its start/end attributes normalised and clamped, with end >= start.
inline std::pair<int64_t, int64_t> getShapeOpRange(mlir::Operation *op,
                                                   int64_t rank) {
  auto clampAxis = [&](int64_t axis) {
    return std::clamp<int64_t>(normalizeAxis(axis, rank), 0, rank);
  };
  int64_t start = clampAxis(getIntAttr(op, "start", 0));
  int64_t end = clampAxis(getIntAttr(op, "end", rank));
  return {start, std::max(start, end)};
}

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_ATTRIBUTES_H
