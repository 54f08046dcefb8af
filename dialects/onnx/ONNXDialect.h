//===- ONNXDialect.h - the onnx dialect -------------------------*- C++ -*-===//
//
// The onnx dialect: one op per ai.onnx operator (generated from the ONNX
// schemas, see docs/dialect.md), the custom types, and the hand-written
// extras. Include this header to use any of them.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_ONNXDIALECT_H
#define ONNXC_DIALECTS_ONNX_ONNXDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/onnx/ONNXDialect.h.inc"

#define GET_TYPEDEF_CLASSES
#include "dialects/onnx/ONNXTypes.h.inc"

#define GET_OP_CLASSES
#include "dialects/onnx/ONNXOps.h.inc"

namespace onnxc::onnx {

/// The name of the module attribute that records the model's ai.onnx opset.
inline constexpr llvm::StringLiteral kOpsetAttrName = "onnx.opset";

/// The opset of the model that `op` belongs to, or 0 when unknown.
int64_t getModelOpset(mlir::Operation *op);

/// The ONNX node name recorded in `loc` by the importer, or "" if none.
std::string getNodeName(mlir::Location loc);

/// How every onnxc message about a node names it: "node 'NAME' (OpType,
/// opset N)", with ", in the ONNX definition of F > G" for an op that an
/// expansion built.
std::string describeNode(mlir::Operation *op);

/// An error at `op` that starts with describeNode(op) and ": ".
mlir::InFlightDiagnostic emitNodeError(mlir::Operation *op);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_ONNXDIALECT_H
