//===- ScalarOps.cpp - scalar arithmetic over ONNX element types ----------===//

#include "lowering/onnx-to-linalg/ScalarOps.h"

using namespace mlir;

namespace onnxc {

bool isFloatElement(Type type) { return isa<FloatType>(type); }
bool isIntElement(Type type) {
  return isa<IntegerType>(type) && !type.isInteger(1);
}
bool isUnsignedElement(Type type) { return type.isUnsignedInteger(); }
bool isBoolElement(Type type) { return type.isInteger(1); }
bool isNumericElement(Type type) {
  return isFloatElement(type) || isIntElement(type);
}
bool isNumericOrBoolElement(Type type) {
  return isNumericElement(type) || isBoolElement(type);
}

Value createScalarConstant(OpBuilder &b, Location loc, Type type, double value) {
  if (isa<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

TypedAttr getLowestValue(OpBuilder &b, Type type) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return b.getFloatAttr(type, APFloat::getInf(floatType.getFloatSemantics(), true));
  unsigned width = type.getIntOrFloatBitWidth();
  if (type.isUnsignedInteger() || width == 1)
    return b.getIntegerAttr(type, APInt::getMinValue(width));
  return b.getIntegerAttr(type, APInt::getSignedMinValue(width));
}

TypedAttr getHighestValue(OpBuilder &b, Type type) {
  if (auto floatType = dyn_cast<FloatType>(type))
    return b.getFloatAttr(type, APFloat::getInf(floatType.getFloatSemantics(), false));
  unsigned width = type.getIntOrFloatBitWidth();
  if (type.isUnsignedInteger() || width == 1)
    return b.getIntegerAttr(type, APInt::getMaxValue(width));
  return b.getIntegerAttr(type, APInt::getSignedMaxValue(width));
}

Value createBinary(OpBuilder &b, Location loc, BinaryKind kind, Value lhs,
                   Value rhs) {
  Type type = lhs.getType();
  if (isa<FloatType>(type)) {
    switch (kind) {
    case BinaryKind::Add: return arith::AddFOp::create(b, loc, lhs, rhs);
    case BinaryKind::Sub: return arith::SubFOp::create(b, loc, lhs, rhs);
    case BinaryKind::Mul: return arith::MulFOp::create(b, loc, lhs, rhs);
    case BinaryKind::Div: return arith::DivFOp::create(b, loc, lhs, rhs);
    case BinaryKind::Max: return arith::MaximumFOp::create(b, loc, lhs, rhs);
    case BinaryKind::Min: return arith::MinimumFOp::create(b, loc, lhs, rhs);
    }
  }
  bool isUnsigned = type.isUnsignedInteger() || type.isInteger(1);
  switch (kind) {
  case BinaryKind::Add: return arith::AddIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Sub: return arith::SubIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Mul: return arith::MulIOp::create(b, loc, lhs, rhs);
  case BinaryKind::Div:
    return isUnsigned ? arith::DivUIOp::create(b, loc, lhs, rhs).getResult()
                      : arith::DivSIOp::create(b, loc, lhs, rhs).getResult();
  case BinaryKind::Max:
    return isUnsigned ? arith::MaxUIOp::create(b, loc, lhs, rhs).getResult()
                      : arith::MaxSIOp::create(b, loc, lhs, rhs).getResult();
  case BinaryKind::Min:
    return isUnsigned ? arith::MinUIOp::create(b, loc, lhs, rhs).getResult()
                      : arith::MinSIOp::create(b, loc, lhs, rhs).getResult();
  }
  return nullptr;
}

Value createCompare(OpBuilder &b, Location loc, CompareKind kind, Value lhs,
                    Value rhs) {
  Type type = lhs.getType();
  if (isa<FloatType>(type)) {
    using P = arith::CmpFPredicate;
    P predicate = P::OEQ;
    switch (kind) {
    case CompareKind::Eq: predicate = P::OEQ; break;
    case CompareKind::Lt: predicate = P::OLT; break;
    case CompareKind::Le: predicate = P::OLE; break;
    case CompareKind::Gt: predicate = P::OGT; break;
    case CompareKind::Ge: predicate = P::OGE; break;
    }
    return arith::CmpFOp::create(b, loc, predicate, lhs, rhs);
  }
  using P = arith::CmpIPredicate;
  // Bool compares as unsigned: true (1) > false (0).
  bool isUnsigned = type.isUnsignedInteger() || type.isInteger(1);
  P predicate = P::eq;
  switch (kind) {
  case CompareKind::Eq: predicate = P::eq; break;
  case CompareKind::Lt: predicate = isUnsigned ? P::ult : P::slt; break;
  case CompareKind::Le: predicate = isUnsigned ? P::ule : P::sle; break;
  case CompareKind::Gt: predicate = isUnsigned ? P::ugt : P::sgt; break;
  case CompareKind::Ge: predicate = isUnsigned ? P::uge : P::sge; break;
  }
  return arith::CmpIOp::create(b, loc, predicate, lhs, rhs);
}

/// "Not zero", the conversion of any number to bool.
static Value isNonZero(OpBuilder &b, Location loc, Value v) {
  Type type = v.getType();
  if (isa<FloatType>(type))
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, v,
                                 createScalarConstant(b, loc, type, 0));
  return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, v,
                               createScalarConstant(b, loc, type, 0));
}

Value convertScalar(OpBuilder &b, Location loc, Value v, Type target) {
  Type source = v.getType();
  if (source == target)
    return v;
  if (target.isInteger(1))
    return isNonZero(b, loc, v);
  bool sourceFloat = isa<FloatType>(source), targetFloat = isa<FloatType>(target);
  unsigned sourceWidth = source.getIntOrFloatBitWidth();
  unsigned targetWidth = target.getIntOrFloatBitWidth();
  if (sourceFloat && targetFloat) {
    // f16 <-> bf16 have the same width but neither holds the other.
    if (sourceWidth == targetWidth) {
      Value wide = arith::ExtFOp::create(b, loc, b.getF32Type(), v);
      return arith::TruncFOp::create(b, loc, target, wide);
    }
    if (sourceWidth < targetWidth)
      return arith::ExtFOp::create(b, loc, target, v);
    return arith::TruncFOp::create(b, loc, target, v);
  }
  bool sourceUnsigned = source.isUnsignedInteger() || source.isInteger(1);
  if (sourceFloat)
    return target.isUnsignedInteger()
               ? arith::FPToUIOp::create(b, loc, target, v).getResult()
               : arith::FPToSIOp::create(b, loc, target, v).getResult();
  if (targetFloat)
    return sourceUnsigned ? arith::UIToFPOp::create(b, loc, target, v).getResult()
                          : arith::SIToFPOp::create(b, loc, target, v).getResult();
  if (sourceWidth < targetWidth)
    return sourceUnsigned ? arith::ExtUIOp::create(b, loc, target, v).getResult()
                          : arith::ExtSIOp::create(b, loc, target, v).getResult();
  if (sourceWidth > targetWidth)
    return arith::TruncIOp::create(b, loc, target, v);
  // Same width, other signedness: the bits stay (made one type by
  // Signless.cpp).
  return arith::BitcastOp::create(b, loc, target, v);
}

} // namespace onnxc
