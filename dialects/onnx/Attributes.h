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

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_ATTRIBUTES_H
