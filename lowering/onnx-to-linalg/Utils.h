//===- Utils.h - helpers shared by the onnx -> linalg patterns --*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_UTILS_H
#define ONNXC_LOWERING_ONNXTOLINALG_UTILS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

namespace onnxc {

/// A ranked tensor type for result `index` of `op`, or null (the pattern
/// then fails: lowering needs ranked types).
mlir::RankedTensorType getRankedResultType(mlir::Operation *op,
                                           unsigned index = 0);

/// tensor.empty of `type`; each dynamic dim i is read from dim
/// `sourceDims[i].second` of `sourceDims[i].first`.
mlir::Value createEmptyTensor(
    mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
    llvm::ArrayRef<std::pair<mlir::Value, int64_t>> sourceDims);

/// Fills a new tensor of `type` with `value`; dynamic dims as above.
mlir::Value createFilledTensor(
    mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType type,
    mlir::TypedAttr value,
    llvm::ArrayRef<std::pair<mlir::Value, int64_t>> sourceDims);

/// The indexing map that reads `input` (of rank <= the output's) with numpy
/// broadcasting into an iteration space of `outputRank` dims: missing
/// leading dims are dropped and static size-1 dims read index 0 where the
/// output's dim is not 1.
mlir::AffineMap getBroadcastMap(mlir::RankedTensorType input,
                                mlir::RankedTensorType output,
                                mlir::MLIRContext *context);

/// For each dim of `output`, an input and its dim that carry it (for
/// dynamic dims of a broadcast result).
llvm::SmallVector<std::pair<mlir::Value, int64_t>>
getBroadcastDimSources(mlir::ValueRange inputs, mlir::RankedTensorType output);

/// A linalg.generic computing `body` elementwise over broadcast `inputs`
/// into a new tensor of `resultType`.
mlir::Value buildElementwise(
    mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType resultType,
    mlir::ValueRange inputs,
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, mlir::Location,
                                   mlir::ValueRange)>
        body);

/// A tensor.pad of `input` by `low`/`high` per dim, with `padValue`.
mlir::Value padTensor(mlir::OpBuilder &b, mlir::Location loc,
                      mlir::Value input, llvm::ArrayRef<int64_t> low,
                      llvm::ArrayRef<int64_t> high, mlir::TypedAttr padValue);

/// Reshapes `input` to `resultType` with tensor.collapse_shape /
/// expand_shape when the shapes allow, else tensor.reshape for static
/// shapes; failure when neither applies.
mlir::FailureOr<mlir::Value> reshapeTensor(mlir::OpBuilder &b,
                                           mlir::Location loc,
                                           mlir::Value input,
                                           mlir::RankedTensorType resultType);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_UTILS_H
