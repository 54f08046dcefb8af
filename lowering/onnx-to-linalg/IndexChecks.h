//===- IndexChecks.h - run-time bounds checks of data-computed indices -*- C++ -*-===//
//
// Every op that turns tensor data into an address (Gather's indices, an
// embedding's token ids, ...) reads through indices that went through
// checkIndices first: once per index, not once per element read.
//
// The contract with code generation: a failed check calls
//   func.func private @onnxc.index_out_of_range(i64 index, i64 low, i64 high)
// with the node and what is checked in the call's `onnxc.where` string
// attribute ("node 'x' (Gather, opset 13): indices element");
// the backend binds that call to the runtime's onnxc_rt_index_error
// (runtime/src/run_checks.h), which makes the run return
// ONNXC_INVALID_ARGUMENT naming the node, the index and the valid range.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_INDEXCHECKS_H
#define ONNXC_LOWERING_ONNXTOLINALG_INDEXCHECKS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

namespace onnxc {

/// The callee of a failed check and the attribute naming where it is.
inline constexpr llvm::StringLiteral kIndexErrorFunction = "onnxc.index_out_of_range";
inline constexpr llvm::StringLiteral kIndexErrorWhereAttr = "onnxc.where";

/// The callee of a failed size check (CheckOperandSizes.cpp):
///   func.func private @onnxc.shape_error(i32 relation, i64 size, i64 expected)
/// with the node and what is checked in `onnxc.where`; the backend binds it
/// to the runtime's onnxc_rt_shape_error, which ends the run.
inline constexpr llvm::StringLiteral kShapeErrorFunction = "onnxc.shape_error";

/// How the size a shape check found relates to the one expected; the
/// values are the runtime's onnxc_rt_shape_relation (run_checks.h).
enum class ShapeRelation : int32_t {
  Mismatch = 1, ///< "<where> <size> does not match <expected>"
  Exceeds = 2,  ///< "<where> <size> exceeds <expected>"
  Below = 3,    ///< "<where> <size> is below <expected>"
};

/// Indices ready to read with: each element wrapped (ONNX: -size <= i < 0
/// means i + size) and clamped into [0, size - 1], as an i64 tensor of the
/// indices' shape.
struct CheckedIndices {
  mlir::Value indices;
  /// An i1 that is true when some indexed dim is empty (then no index is
  /// valid, and even a clamped one must not be read); null when every size
  /// is known to be non-zero.
  mlir::Value anyEmptySize;
};

/// Checks the integer tensor `indices` of `op`'s operand `operandName`
/// against `sizes` (index values): element p indexes a dim of size
/// sizes[0] when sizes has one entry, else sizes[p[componentDim]] (GatherND:
/// the last dim of the indices picks which data dim each component indexes).
/// `allowNegative`: indices in [-size, -1] count from the end.
/// `exempt`: a value that is never out of range (a loss's ignore_index);
/// its elements are clamped like any other, and the caller must not use
/// what they read.
///
/// Emits a run-time check that reports the first index outside the valid
/// range; with constant indices and static sizes it checks at compile time
/// instead, and an index out of range is a node error (failure).
mlir::FailureOr<CheckedIndices>
checkIndices(mlir::PatternRewriter &rewriter, mlir::Location loc,
             mlir::Operation *op, llvm::StringRef operandName,
             mlir::Value indices, llvm::ArrayRef<mlir::Value> sizes,
             int64_t componentDim, bool allowNegative,
             std::optional<int64_t> exempt = std::nullopt);

/// Emits a run-time report, when the i1 `failed` holds, that `value` (i64)
/// of `op`'s `what` lies outside [low, high] (i64): the same error call as
/// a failed index check, for other data-derived sizes (a Reshape's shape).
void reportOutOfRange(mlir::PatternRewriter &rewriter, mlir::Location loc,
                      mlir::Operation *op, llvm::StringRef what, mlir::Value failed,
                      mlir::Value value, mlir::Value low, mlir::Value high);

/// Checks that `extent` (an index value: a dim of the indices or the
/// updates) is at most `limit` (the data dim it walks), so that positions
/// taken from it stay inside the data; `what` names it ("indices dim 1
/// size"). At compile time when both are constants (a node error), else at
/// run time like checkIndices.
mlir::LogicalResult checkExtentFits(mlir::PatternRewriter &rewriter, mlir::Location loc,
                                    mlir::Operation *op, llvm::StringRef what,
                                    mlir::Value extent, mlir::Value limit);

/// A run-time size may hold this many elements at most (2^47: no byte
/// count of a buffer overflows an i64).
inline constexpr int64_t kMostRunTimeElements = int64_t{1} << 47;

/// Checks the sizes (i64 values) of a result that come from data (an
/// Expand's or ConstantOfShape's shape, Split's sizes): each must lie in
/// [0, kMostRunTimeElements], and so must their product with `staticCount`
/// (the product of the result's static dims). A failure is reported at run
/// time like a bad index, naming `what`; the sizes returned (index values)
/// are then all 0, so that nothing is allocated, read or written past a
/// buffer even though the run goes on to its end.
llvm::SmallVector<mlir::Value> checkRunTimeSizes(mlir::PatternRewriter &rewriter,
                                                 mlir::Location loc, mlir::Operation *op,
                                                 llvm::StringRef what,
                                                 mlir::ValueRange sizes,
                                                 int64_t staticCount = 1);

/// tensor.extract of `data` at `position`, built from `checked` indices; a
/// zero instead where checked.anyEmptySize says that the data is empty
/// (then not even a clamped index may be read).
mlir::Value extractChecked(mlir::OpBuilder &b, mlir::Location loc, mlir::Value data,
                           mlir::ValueRange position, const CheckedIndices &checked);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_INDEXCHECKS_H
