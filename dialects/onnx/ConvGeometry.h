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

struct ConvGeometry {
  llvm::SmallVector<int64_t> kernel;
  llvm::SmallVector<int64_t> strides;
  llvm::SmallVector<int64_t> dilations;
  llvm::SmallVector<int64_t> padsBegin;
  llvm::SmallVector<int64_t> padsEnd;
  bool ceilMode = false;

  /// The output size of spatial dim `i` for an input of size `inputSize`
  /// (ShapedType::kDynamic in, kDynamic out).
  int64_t outputSize(unsigned i, int64_t inputSize) const;
  bool hasPadding() const;
};

/// Reads the window attributes of `op`. `inputSpatial` are the input's
/// spatial dims (kDynamic allowed unless auto_pad is SAME_*);
/// `kernelFromWeights` gives the kernel when the op has no kernel_shape.
mlir::FailureOr<ConvGeometry>
getConvGeometry(mlir::Operation *op, llvm::ArrayRef<int64_t> inputSpatial,
                llvm::ArrayRef<int64_t> kernelFromWeights = {});

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_CONVGEOMETRY_H
