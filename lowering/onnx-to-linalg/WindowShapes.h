//===- WindowShapes.h - run-time sizes of Conv and pooling windows -*- C++ -*-===//
//
// Conv, ConvTranspose and the pooling ops slide a window over spatial dims
// that may be known only at run time (images of any height and width).
// These helpers turn a ConvGeometry into the pads and output sizes of one
// input as OpFoldResults: constants where the sizes are static, index
// arithmetic on tensor.dim otherwise.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_WINDOWSHAPES_H
#define ONNXC_LOWERING_ONNXTOLINALG_WINDOWSHAPES_H

#include "dialects/onnx/ConvGeometry.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace onnxc {

/// Index arithmetic that folds when both sides are constants.
class IndexMath {
public:
  IndexMath(mlir::OpBuilder &b, mlir::Location loc) : b(b), loc(loc) {}

  mlir::OpFoldResult constant(int64_t v) { return b.getIndexAttr(v); }
  mlir::OpFoldResult add(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult sub(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult mul(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult floorDiv(mlir::OpFoldResult x, int64_t y);
  mlir::OpFoldResult ceilDiv(mlir::OpFoldResult x, int64_t y);
  mlir::OpFoldResult max(mlir::OpFoldResult x, mlir::OpFoldResult y);
  mlir::OpFoldResult min(mlir::OpFoldResult x, mlir::OpFoldResult y);
  /// `x` as an index Value (a constant op when it is an attribute).
  mlir::Value value(mlir::OpFoldResult x);

private:
  mlir::OpFoldResult fold(mlir::OpFoldResult x, mlir::OpFoldResult y,
                          int64_t (*scalar)(int64_t, int64_t),
                          mlir::Value (*build)(mlir::OpBuilder &, mlir::Location,
                                               mlir::Value, mlir::Value));
  mlir::OpBuilder &b;
  mlir::Location loc;
};

/// The window of one op over one input [N, C, D...], per spatial dim:
/// ONNX's pads, the end padding that a floor-based window count (linalg's)
/// needs to reach the last ceil_mode window (padsEnd without ceil_mode),
/// and the output sizes.
struct WindowShape {
  llvm::SmallVector<mlir::OpFoldResult> padsBegin, padsEnd, coveringPadsEnd,
      outputSizes;
};

/// Resolves `g` for `input`: SAME_* pads from the input's sizes, output
/// sizes by ONNX's formula (ceil_mode included).
WindowShape resolveWindowShape(mlir::OpBuilder &b, mlir::Location loc,
                               const onnx::ConvGeometry &g, mlir::Value input);

/// tensor.pad of the spatial dims of `input` ([N, C, D...]) with `padValue`;
/// `input` itself when every pad is a constant 0.
mlir::Value padSpatialDims(mlir::OpBuilder &b, mlir::Location loc, mlir::Value input,
                           llvm::ArrayRef<mlir::OpFoldResult> begin,
                           llvm::ArrayRef<mlir::OpFoldResult> end,
                           mlir::TypedAttr padValue);

/// tensor.empty of `type`, its dynamic dims taken from `sizes` (one per dim).
mlir::Value createEmptyWithSizes(mlir::OpBuilder &b, mlir::Location loc,
                                 mlir::RankedTensorType type,
                                 llvm::ArrayRef<mlir::OpFoldResult> sizes);

/// The size of dim `dim` of `tensor`: a constant when static.
mlir::OpFoldResult getTensorDimSize(mlir::OpBuilder &b, mlir::Location loc,
                                    mlir::Value tensor, int64_t dim);

/// The sizes of the result [N, channels, outputSizes...] of a window op
/// over `input` (the batch read from the input).
llvm::SmallVector<mlir::OpFoldResult>
getWindowResultSizes(mlir::OpBuilder &b, mlir::Location loc, mlir::Value input,
                     mlir::OpFoldResult channels,
                     llvm::ArrayRef<mlir::OpFoldResult> outputSizes);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_WINDOWSHAPES_H
