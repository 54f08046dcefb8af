//===- ScalarOps.h - scalar arithmetic over ONNX element types --*- C++ -*-===//
//
// The bodies of the lowered ops compute on the ONNX element types of their
// operands: floats (f16, bf16, f32, f64), signed integers (`iN`), unsigned
// integers (`uiN`, made signless by Signless.cpp after lowering) and bool
// (`i1`). These helpers pick the arith op that fits the operand's type:
// addf or addi, divsi or divui, cmpi slt or ult, sitofp or uitofp.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_SCALAROPS_H
#define ONNXC_LOWERING_ONNXTOLINALG_SCALAROPS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"

namespace onnxc {

bool isFloatElement(mlir::Type type);
/// An integer element that is not bool (i1).
bool isIntElement(mlir::Type type);
bool isUnsignedElement(mlir::Type type);
bool isBoolElement(mlir::Type type);
/// Float or non-bool integer.
bool isNumericElement(mlir::Type type);
/// Numeric or bool.
bool isNumericOrBoolElement(mlir::Type type);

/// A scalar constant of `type` (float or integer of any signedness).
mlir::Value createScalarConstant(mlir::OpBuilder &b, mlir::Location loc,
                                 mlir::Type type, double value);

/// The smallest and largest value of `type` (-inf/+inf for floats).
mlir::TypedAttr getLowestValue(mlir::OpBuilder &b, mlir::Type type);
mlir::TypedAttr getHighestValue(mlir::OpBuilder &b, mlir::Type type);

enum class BinaryKind { Add, Sub, Mul, Div, Max, Min };

/// `lhs <kind> rhs` on two scalars of the same type. Float Max/Min
/// propagate NaN; integer Div truncates toward zero.
mlir::Value createBinary(mlir::OpBuilder &b, mlir::Location loc,
                         BinaryKind kind, mlir::Value lhs, mlir::Value rhs);

enum class CompareKind { Eq, Lt, Le, Gt, Ge };

/// The comparison as an i1: ordered for floats (NaN compares false),
/// signed or unsigned for integers.
mlir::Value createCompare(mlir::OpBuilder &b, mlir::Location loc,
                          CompareKind kind, mlir::Value lhs, mlir::Value rhs);

/// Converts scalar `v` to `target` between float, integer and bool types
/// as ONNX's Cast does: float -> int truncates toward zero, anything ->
/// bool is "not zero", bool -> number is 0 or 1, integers extend by their
/// source's signedness.
mlir::Value convertScalar(mlir::OpBuilder &b, mlir::Location loc,
                          mlir::Value v, mlir::Type target);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_SCALAROPS_H
