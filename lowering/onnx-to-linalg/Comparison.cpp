//===- Comparison.cpp - comparisons, logic and Where -> linalg.generic ----===//
//
// Equal, Less, Greater, LessOrEqual, GreaterOrEqual (i1 results; ordered
// float predicates, so NaN compares false; signed integer predicates), the
// logical ops Not, And, Or, Xor on i1, and Where (arith.select). All
// broadcast numpy-style through buildElementwise.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;

namespace onnxc {

static bool isComparable(Type type) {
  return isa<FloatType>(type) || type.isSignlessInteger();
}
static bool isBool(Type type) { return type.isInteger(1); }

//===----------------------------------------------------------------------===//
// Scalar bodies
//===----------------------------------------------------------------------===//

/// A comparison with `floatPredicate` on floats, `intPredicate` on
/// integers and bools.
template <arith::CmpFPredicate FloatPredicate, arith::CmpIPredicate IntPredicate>
static Value buildCompare(OpBuilder &b, Location loc, Operation *, Type,
                          ValueRange args) {
  if (isa<FloatType>(args[0].getType()))
    return arith::CmpFOp::create(b, loc, FloatPredicate, args[0], args[1]);
  return arith::CmpIOp::create(b, loc, IntPredicate, args[0], args[1]);
}

/// Not: x xor true.
static Value buildNot(OpBuilder &b, Location loc, Operation *, Type type,
                      ValueRange args) {
  Value trueValue = arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, 1));
  return arith::XOrIOp::create(b, loc, args[0], trueValue);
}

template <typename IntOp>
static Value buildLogical(OpBuilder &b, Location loc, Operation *, Type,
                          ValueRange args) {
  return IntOp::create(b, loc, args[0], args[1]);
}

/// Where: condition ? X : Y.
static Value buildWhere(OpBuilder &b, Location loc, Operation *, Type,
                        ValueRange args) {
  return arith::SelectOp::create(b, loc, args[0], args[1], args[2]);
}

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateComparisonPatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  auto add = [&](StringRef opType, ScalarBuilder builder, TypePredicate accepts) {
    patterns.add<ElementwisePattern>(("onnx." + opType).str(), builder,
                                     accepts, ctx);
  };
  using F = arith::CmpFPredicate;
  using I = arith::CmpIPredicate;
  add("Equal", buildCompare<F::OEQ, I::eq>, isComparable);
  add("Less", buildCompare<F::OLT, I::slt>, isComparable);
  add("Greater", buildCompare<F::OGT, I::sgt>, isComparable);
  add("LessOrEqual", buildCompare<F::OLE, I::sle>, isComparable);
  add("GreaterOrEqual", buildCompare<F::OGE, I::sge>, isComparable);
  add("Not", buildNot, isBool);
  add("And", buildLogical<arith::AndIOp>, isBool);
  add("Or", buildLogical<arith::OrIOp>, isBool);
  add("Xor", buildLogical<arith::XOrIOp>, isBool);
  add("Where", buildWhere, isComparable);
}

} // namespace onnxc
