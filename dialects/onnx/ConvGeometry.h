//===- ConvGeometry.h - window geometry of Conv and pooling -----*- C++ -*-===//
//
// Conv, MaxPool and AveragePool share one set of attributes (kernel_shape,
// strides, dilations, pads, auto_pad, ceil_mode). Shape inference and
// lowering both resolve them through this one reading.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_CONVGEOMETRY_H
#define ONNXC_DIALECTS_ONNX_CONVGEOMETRY_H

#include "mlir/IR/Operation.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/SmallVector.h"

namespace onnxc::onnx {

/// How a window op's pads are chosen: given (pads, or zeros for VALID), or
/// split so that the output has ceil(input / stride) elements.
enum class AutoPad { Explicit, SameUpper, SameLower };

struct ConvGeometry {
  llvm::SmallVector<int64_t> kernel;
  llvm::SmallVector<int64_t> strides;
  llvm::SmallVector<int64_t> dilations;
  llvm::SmallVector<int64_t> padsBegin;
  llvm::SmallVector<int64_t> padsEnd;
  bool ceilMode = false;
  /// With SameUpper/SameLower the pads of a dynamic spatial dim are
  /// kDynamic: they depend on the input's size (samePads computes them).
  AutoPad autoPad = AutoPad::Explicit;

  /// The output size of spatial dim `i` for an input of size `inputSize`
  /// (ShapedType::kDynamic in, kDynamic out).
  int64_t outputSize(unsigned i, int64_t inputSize) const;
  /// True when some pad is non-zero or not known at compile time.
  bool hasPadding() const;
  /// The span of the dilated window along spatial dim `i`.
  int64_t span(unsigned i) const { return dilations[i] * (kernel[i] - 1) + 1; }
};

/// The total padding that auto_pad SAME_* gives a spatial dim of size
/// `inputSize`, and its split into (begin, end).
int64_t getSameTotalPadding(int64_t inputSize, int64_t stride, int64_t span);
std::pair<int64_t, int64_t> splitSamePadding(int64_t total, AutoPad autoPad);

/// Reads the window attributes of `op`. `inputSpatial` are the input's
/// spatial dims (kDynamic allowed; under auto_pad SAME_* their pads are
/// then kDynamic);
/// `kernelFromWeights` gives the kernel when the op has no kernel_shape.
mlir::FailureOr<ConvGeometry>
getConvGeometry(mlir::Operation *op, llvm::ArrayRef<int64_t> inputSpatial,
                llvm::ArrayRef<int64_t> kernelFromWeights = {});

/// ConvTranspose's window: the output of spatial dim i has
/// strides * (input - 1) + span - padsBegin - padsEnd elements, where
/// padsEnd has output_padding taken off, and output_shape or auto_pad
/// SAME_* resolved into the pads (as ONNX's reference does: floor halves,
/// the odd element at the end for SAME_UPPER).
struct ConvTransposeGeometry {
  llvm::SmallVector<int64_t> kernel;
  llvm::SmallVector<int64_t> strides;
  llvm::SmallVector<int64_t> dilations;
  llvm::SmallVector<int64_t> padsBegin;
  llvm::SmallVector<int64_t> padsEnd;

  int64_t span(unsigned i) const { return dilations[i] * (kernel[i] - 1) + 1; }
  int64_t outputSize(unsigned i, int64_t inputSize) const;
};

/// Reads ConvTranspose's attributes for an input with spatial dims
/// `inputSpatial` and weights with spatial dims `kernelFromWeights`.
mlir::FailureOr<ConvTransposeGeometry>
getConvTransposeGeometry(mlir::Operation *op, llvm::ArrayRef<int64_t> inputSpatial,
                         llvm::ArrayRef<int64_t> kernelFromWeights);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_CONVGEOMETRY_H
