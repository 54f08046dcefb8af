//===- Comparison.cpp - comparisons, logic and Where -> linalg.generic ----===//
//
// Equal, Less, Greater, LessOrEqual, GreaterOrEqual (i1 results; ordered
// float predicates, so NaN compares false; signed or unsigned integer
// predicates by the operands' type), the
// logical ops Not, And, Or, Xor on i1, and Where (arith.select). All
// broadcast numpy-style through buildElementwise.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;

namespace onnxc {

static bool isComparable(Type type) { return isNumericOrBoolElement(type); }
static bool isBool(Type type) { return isBoolElement(type); }

//===----------------------------------------------------------------------===//
// Scalar bodies
//===----------------------------------------------------------------------===//

template <CompareKind Kind>
static Value buildCompare(OpBuilder &b, Location loc, Operation *, Type,
                          ValueRange args) {
  return createCompare(b, loc, Kind, args[0], args[1]);
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
  add("Equal", buildCompare<CompareKind::Eq>, isComparable);
  add("Less", buildCompare<CompareKind::Lt>, isComparable);
  add("Greater", buildCompare<CompareKind::Gt>, isComparable);
  add("LessOrEqual", buildCompare<CompareKind::Le>, isComparable);
  add("GreaterOrEqual", buildCompare<CompareKind::Ge>, isComparable);
  add("Not", buildNot, isBool);
  add("And", buildLogical<arith::AndIOp>, isBool);
  add("Or", buildLogical<arith::OrIOp>, isBool);
  add("Xor", buildLogical<arith::XOrIOp>, isBool);
  add("Where", buildWhere, isComparable);
}

} // namespace onnxc
