//===- ConstantValues.h - reading constant tensors --------------*- C++ -*-===//
//
// Folders, shape inference and lowering all need the contents of small
// constant tensors (shapes, axes, pads). Initializers arrive as dense
// resource blobs and Constant nodes as dense elements; these helpers read
// both the same way.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_CONSTANTVALUES_H
#define ONNXC_DIALECTS_ONNX_CONSTANTVALUES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace onnxc::onnx {

/// The value of `v` when an onnx.Constant defines it, else null.
mlir::ElementsAttr getConstantValue(mlir::Value v);

/// The elements of an integer tensor constant (dense or resource, i32/i64) as
/// int64_t, or nullopt when `attr` is not one.
std::optional<llvm::SmallVector<int64_t>> getIntValues(mlir::ElementsAttr attr);

/// getIntValues of the constant that defines `v`.
std::optional<llvm::SmallVector<int64_t>> getConstantIntValues(mlir::Value v);

/// The single float value of a constant scalar or one-element f32 tensor.
std::optional<double> getConstantScalarFloat(mlir::Value v);

/// The elements of a float tensor constant (dense, or an f32/f64 resource)
/// as doubles, or nullopt.
std::optional<llvm::SmallVector<double>> getConstantFloatValues(mlir::Value v);

/// True when `v` is an absent optional operand (produced by onnx.NoValue).
bool isNoValue(mlir::Value v);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_CONSTANTVALUES_H
