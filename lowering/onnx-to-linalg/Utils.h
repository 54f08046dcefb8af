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
/// expand_shape when the shapes allow, else through 1-D (reshapeThroughFlat)
/// for static shapes; failure when neither applies.
mlir::FailureOr<mlir::Value> reshapeTensor(mlir::OpBuilder &b,
                                           mlir::Location loc,
                                           mlir::Value input,
                                           mlir::RankedTensorType resultType);

/// `input` collapsed to 1-D, then expanded to `resultType` with `sizes`
/// (one per result dim, static where `resultType` is): any regrouping, with
/// sizes that may be computed at run time. A view, or one copy at
/// bufferization when `input` is strided.
mlir::Value reshapeThroughFlat(mlir::OpBuilder &b, mlir::Location loc,
                               mlir::Value input, mlir::RankedTensorType resultType,
                               llvm::ArrayRef<mlir::OpFoldResult> sizes);

/// An all-parallel linalg.generic over the iteration space of `resultType`
/// that reads `inputs` through `inputMaps` (one per input) and yields
/// `body`; each dynamic result dim i comes from `dimSources[i]`.
mlir::Value buildMappedGeneric(
    mlir::OpBuilder &b, mlir::Location loc, mlir::RankedTensorType resultType,
    mlir::ValueRange inputs, llvm::ArrayRef<mlir::AffineMap> inputMaps,
    llvm::ArrayRef<std::pair<mlir::Value, int64_t>> dimSources,
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, mlir::Location,
                                   mlir::ValueRange)>
        body);

/// The map from the iteration space of a rank-`rank` tensor to a tensor
/// reduced over the dims where `reduced` is true: those dims are dropped,
/// or read at index 0 when `keepDims`.
mlir::AffineMap getReducedMap(llvm::ArrayRef<bool> reduced, bool keepDims,
                              mlir::MLIRContext *context);

/// The type of `input` reduced over the dims where `reduced` is true (size
/// 1 when `keepDims`, dropped otherwise).
mlir::RankedTensorType getReducedType(mlir::RankedTensorType input,
                                      llvm::ArrayRef<bool> reduced,
                                      bool keepDims);

/// A linalg.generic reducing `input` over the dims where `reduced` is true:
/// the accumulator starts filled with `init` and each element `x` updates
/// it to `combine(x, acc)`. The result has type getReducedType(...).
mlir::Value buildReduction(
    mlir::OpBuilder &b, mlir::Location loc, mlir::Value input,
    llvm::ArrayRef<bool> reduced, bool keepDims, mlir::TypedAttr init,
    llvm::function_ref<mlir::Value(mlir::OpBuilder &, mlir::Location,
                                   mlir::Value, mlir::Value)>
        combine);

/// The number of elements of `input` over the dims where `reduced` is true,
/// as a scalar of float type `type` (read with tensor.dim when dynamic).
mlir::Value getElementCount(mlir::OpBuilder &b, mlir::Location loc,
                            mlir::Value input, llvm::ArrayRef<bool> reduced,
                            mlir::Type type);

/// An arith.constant of float type `type`.
mlir::Value createFloatConstant(mlir::OpBuilder &b, mlir::Location loc,
                                mlir::Type type, double value);

/// The size of dim `dim` of `tensor` as an index value (a constant when
/// static).
mlir::Value getDimValue(mlir::OpBuilder &b, mlir::Location loc,
                        mlir::Value tensor, int64_t dim);

/// The elements of a shape operand that is a constant tensor or a
/// tensor.from_elements of scalars (see ComputedShapes.cpp): the value of
/// each element known at compile time, nullopt for those computed at run
/// time. nullopt when `shape` is neither.
std::optional<llvm::SmallVector<std::optional<int64_t>>>
getShapeOperandConstants(mlir::Value shape);

/// The elements of such a shape operand as index sizes (index casts of the
/// run-time scalars).
llvm::SmallVector<mlir::OpFoldResult>
getShapeOperandSizes(mlir::OpBuilder &b, mlir::Location loc, mlir::Value shape);

/// The first `count` elements of the 1-D integer tensor `values` as index
/// values: constants where the operand is constant (or a computed shape,
/// see getShapeOperandConstants), else tensor.extract at run time. Used
/// for Pad's pads and Resize's sizes, which may be graph inputs.
llvm::SmallVector<mlir::Value> readIndexElements(mlir::OpBuilder &b,
                                                 mlir::Location loc,
                                                 mlir::Value values,
                                                 int64_t count);

/// Rewrites a 1-D window op (Conv, MaxPool, AveragePool over [N, C, L])
/// into the same op over [N, C, 1, L]: the first `numWindowed` operands
/// (the input, and Conv's weights) get a unit dim at 2, kernel_shape,
/// strides and dilations a leading 1, pads a leading 0 per side; result 0
/// is collapsed back. Fails before changing anything when result 0 is not
/// ranked or another result is used.
mlir::FailureOr<mlir::Operation *>
expandWindowOpTo2D(mlir::PatternRewriter &rewriter, mlir::Operation *op,
                   unsigned numWindowed);

/// The scalar computation of one elementwise onnx op: `op`, the result
/// element type and the scalar operands.
using ScalarBuilder = mlir::Value (*)(mlir::OpBuilder &, mlir::Location,
                                      mlir::Operation *, mlir::Type,
                                      mlir::ValueRange);
/// Which operand element types a scalar builder handles.
using TypePredicate = bool (*)(mlir::Type);

/// Lowers an elementwise op whose operands are all ranked and present to
/// buildElementwise with a scalar builder.
class ElementwisePattern : public mlir::RewritePattern {
public:
  ElementwisePattern(llvm::StringRef opName, ScalarBuilder scalar,
                     TypePredicate accepts, mlir::MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), scalar(scalar),
        accepts(accepts) {}

  mlir::LogicalResult
  matchAndRewrite(mlir::Operation *op,
                  mlir::PatternRewriter &rewriter) const override;

private:
  ScalarBuilder scalar;
  TypePredicate accepts;
};

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_UTILS_H
