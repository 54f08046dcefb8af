//===- Bitwise.cpp - BitShift and Bitwise* -> linalg.generic --------------===//
//
// The bit operators on integers of every width and signedness, broadcast
// numpy-style through buildElementwise: BitwiseAnd/Or/Xor/Not are andi,
// ori, xori (Not: xor with all ones); BitShift is shli, shrui or shrsi.
// Shift amounts outside [0, width) are defined as ONNX's reference does,
// where LLVM's shift would be poison.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"

using namespace mlir;

namespace onnxc {

template <typename IntOp>
static Value buildBitwise(OpBuilder &b, Location loc, Operation *, Type,
                          ValueRange args) {
  return IntOp::create(b, loc, args[0], args[1]);
}

/// BitwiseNot: x xor ~0.
static Value buildBitwiseNot(OpBuilder &b, Location loc, Operation *, Type type,
                             ValueRange args) {
  Value allOnes = arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, APInt::getAllOnes(type.getIntOrFloatBitWidth())));
  return arith::XOrIOp::create(b, loc, args[0], allOnes);
}

/// BitShift: x << y or x >> y (direction "LEFT" or "RIGHT"); right shifts
/// are arithmetic on signed types. A shift amount outside [0, width) (one
/// unsigned compare catches both sides) shifts everything out: 0, or -1
/// for a negative signed x shifted right, which is x >> (width - 1).
static Value buildBitShift(OpBuilder &b, Location loc, Operation *op, Type type,
                           ValueRange args) {
  Value x = args[0], y = args[1];
  unsigned width = type.getIntOrFloatBitWidth();
  Value widthValue = createScalarConstant(b, loc, type, width);
  Value inRange = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, y, widthValue);
  Value zero = createScalarConstant(b, loc, type, 0);
  if (onnx::getStringAttr(op, "direction", "") == "LEFT")
    return arith::SelectOp::create(b, loc, inRange, arith::ShLIOp::create(b, loc, x, y),
                                   zero);
  if (isUnsignedElement(type))
    return arith::SelectOp::create(b, loc, inRange, arith::ShRUIOp::create(b, loc, x, y),
                                   zero);
  Value amount = arith::SelectOp::create(b, loc, inRange, y,
                                         createScalarConstant(b, loc, type, width - 1));
  return arith::ShRSIOp::create(b, loc, x, amount);
}

void populateBitwisePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  auto add = [&](StringRef opType, ScalarBuilder builder, TypePredicate accepts) {
    patterns.add<ElementwisePattern>(("onnx." + opType).str(), builder, accepts, ctx);
  };
  add("BitwiseAnd", buildBitwise<arith::AndIOp>, isIntElement);
  add("BitwiseOr", buildBitwise<arith::OrIOp>, isIntElement);
  add("BitwiseXor", buildBitwise<arith::XOrIOp>, isIntElement);
  add("BitwiseNot", buildBitwiseNot, isIntElement);
  add("BitShift", buildBitShift, isIntElement);
}

} // namespace onnxc
