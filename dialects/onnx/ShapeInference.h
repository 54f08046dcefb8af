//===- ShapeInference.h - result types of onnx ops --------------*- C++ -*-===//
//
// The importer creates each op with what it knows of its result types and
// then asks inferShapes to refine them; the onnxc-onnx-infer-shapes pass
// runs the same over a whole function after rewrites.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_SHAPEINFERENCE_H
#define ONNXC_DIALECTS_ONNX_SHAPEINFERENCE_H

#include "mlir/IR/Operation.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/StringMap.h"

namespace onnxc::onnx {

/// Refines the result types of `op` from its operand types and attributes
/// (rank, static dims, element type). Emits an error at the op and fails
/// when the operands contradict each other or the declared result types.
mlir::LogicalResult inferShapes(mlir::Operation *op);

/// The element type of result `index` of `op` implied by its ONNX type
/// constraints and operand types, or null when the schema leaves it open.
mlir::Type inferElementType(mlir::Operation *op, unsigned index);

/// A shape function receives the result types refined so far (ranked or
/// not, element types set where known) and refines them further.
using ShapeFunction = mlir::LogicalResult (*)(
    mlir::Operation *op, llvm::SmallVectorImpl<mlir::Type> &resultTypes);

/// Each ONNX category registers its shape functions by op type.
void addElementwiseShapeFunctions(llvm::StringMap<ShapeFunction> &functions);
void addNNShapeFunctions(llvm::StringMap<ShapeFunction> &functions);
void addTensorShapeFunctions(llvm::StringMap<ShapeFunction> &functions);
void addIndexingShapeFunctions(llvm::StringMap<ShapeFunction> &functions);
void addControlFlowShapeFunctions(llvm::StringMap<ShapeFunction> &functions);

/// The element type of result `index` of an If, Loop or Scan: what its
/// subgraph yields there (ShapeInferenceControlFlow.cpp).
mlir::Type inferControlFlowElementType(mlir::Operation *op, unsigned index);
void addImageShapeFunctions(llvm::StringMap<ShapeFunction> &functions);
void addRecurrentShapeFunctions(llvm::StringMap<ShapeFunction> &functions);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_SHAPEINFERENCE_H
