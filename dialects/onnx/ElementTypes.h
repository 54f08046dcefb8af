//===- ElementTypes.h - ONNX data types <-> MLIR types ----------*- C++ -*-===//
//
// ONNX numbers its element types (TensorProto.DataType); the importer, Cast's
// shape inference and the compiled model's signature all translate between
// those numbers and MLIR types, here in one place.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_ELEMENTTYPES_H
#define ONNXC_DIALECTS_ONNX_ELEMENTTYPES_H

#include "mlir/IR/BuiltinTypes.h"

namespace onnxc::onnx {

/// The MLIR type of ONNX data type `dataType`, or null if it has none.
mlir::Type getElementType(mlir::MLIRContext *context, int64_t dataType);

/// The ONNX data type number of `type`, or 0 (UNDEFINED).
int32_t getONNXDataType(mlir::Type type);

/// The ONNX name of data type `dataType` ("float", "int64", ...).
llvm::StringRef getONNXDataTypeName(int64_t dataType);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_ELEMENTTYPES_H
