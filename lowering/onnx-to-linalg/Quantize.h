//===- Quantize.h - linear quantization helpers -----------------*- C++ -*-===//
//
// Shared by the QuantizeLinear lowering (Quantize.cpp) and the quantized
// contractions QLinearMatMul (Linear.cpp) and QLinearConv (Conv.cpp): how a
// float becomes an 8- or 16-bit integer (round half to even, add the zero
// point, saturate), and how a scale or zero point is read.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_QUANTIZE_H
#define ONNXC_LOWERING_ONNXTOLINALG_QUANTIZE_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

namespace onnxc {

/// An 8- or 16-bit integer type of either signedness: what the integer
/// quantization ops produce (float8 and 4-bit types are not supported).
bool isQuantizedIntElement(mlir::Type type);

/// Whether `value` (a scale or zero point; NoValue counts) has exactly one
/// element: a per-tensor parameter, read at index 0 whatever its rank.
bool isSingleElement(mlir::Value value);

/// The map that reads a per-tensor parameter of `value`'s rank from an
/// iteration space of `numDims` dims: every index 0.
mlir::AffineMap getSingleElementMap(mlir::Value value, unsigned numDims);

/// The scalar `value` (float, computed in f32) rounded half to even, plus
/// `zeroPoint` (an integer scalar, or null for 0), saturated to the range of
/// `target` (isQuantizedIntElement) and converted to it. NaN becomes the
/// lowest value.
mlir::Value createQuantizedScalar(mlir::OpBuilder &b, mlir::Location loc,
                                  mlir::Value value, mlir::Value zeroPoint,
                                  mlir::Type target);

/// Requantization of an i32 accumulator of a quantized contraction (the
/// form ONNX Runtime uses): float(acc) * (scaleA * scaleB / scaleY), in f32,
/// then createQuantizedScalar with `zeroPoint`.
mlir::Value createRequantizedScalar(mlir::OpBuilder &b, mlir::Location loc,
                                    mlir::Value acc, mlir::Value scaleA,
                                    mlir::Value scaleB, mlir::Value scaleY,
                                    mlir::Value zeroPoint, mlir::Type target);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_QUANTIZE_H
