//===- Cumulative.cpp - CumSum, CumProd -> linalg.generic -----------------===//
//
// A running sum (product) along one axis: one generic whose iteration space
// is the result's plus a reduction dim j over the same axis; element j of
// the input combines into output i when j <= i (j < i with exclusive,
// j >= i or j > i with reverse), else the identity does. That is O(n^2)
// along the axis, but one linalg op whose other dims tile and parallelise
// as any reduction; the sequences these ops scan in models (positions,
// masks) are short. The axis must be a constant unless the input is 1-D.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;

namespace onnxc {

namespace {
class CumulativeLowering : public RewritePattern {
public:
  CumulativeLowering(StringRef opName, BinaryKind kind, MLIRContext *ctx)
      : RewritePattern(opName, /*benefit=*/1, ctx), kind(kind) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "needs a ranked input of rank >= 1");
    Type element = inputType.getElementType();
    if (!isNumericElement(element))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    int64_t rank = inputType.getRank();
    // A 1-D input has one valid axis, whatever the run-time value says.
    auto axes = onnx::getConstantIntValues(op->getOperand(1));
    if (rank == 1)
      axes = SmallVector<int64_t>{0};
    if (!axes || axes->size() != 1)
      return rewriter.notifyMatchFailure(op, "axis must be a constant scalar");
    int64_t axis = onnx::normalizeAxis(axes->front(), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    bool exclusive = onnx::getIntAttr(op, "exclusive", 0) != 0;
    bool reverse = onnx::getIntAttr(op, "reverse", 0) != 0;
    using P = arith::CmpIPredicate;
    P include = reverse ? (exclusive ? P::ugt : P::uge) : (exclusive ? P::ult : P::ule);

    MLIRContext *ctx = rewriter.getContext();
    SmallVector<std::pair<Value, int64_t>> dimSources;
    for (int64_t i = 0; i < rank; ++i)
      dimSources.push_back({input, i});
    double identity = kind == BinaryKind::Mul ? 1 : 0;
    TypedAttr identityAttr = isFloatElement(element)
                                 ? TypedAttr(rewriter.getFloatAttr(element, identity))
                                 : TypedAttr(rewriter.getIntegerAttr(element, identity));
    Value init = createFilledTensor(rewriter, loc, resultType, identityAttr, dimSources);
    SmallVector<AffineExpr> inputExprs;
    for (int64_t i = 0; i < rank; ++i)
      inputExprs.push_back(getAffineDimExpr(i == axis ? rank : i, ctx));
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators.push_back(utils::IteratorType::reduction);
    SmallVector<AffineMap> maps = {
        AffineMap::get(rank + 1, 0, inputExprs, ctx),
        AffineMap::getMultiDimIdentityMap(rank + 1, ctx).getMajorSubMap(rank)};
    auto generic = linalg::GenericOp::create(
        rewriter, loc, TypeRange{resultType}, ValueRange{input}, ValueRange{init}, maps,
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value i = linalg::IndexOp::create(b, l, axis);
          Value j = linalg::IndexOp::create(b, l, rank);
          Value included = arith::CmpIOp::create(b, l, include, j, i);
          Value term = arith::SelectOp::create(
              b, l, included, args[0], createScalarConstant(b, l, element, identity));
          linalg::YieldOp::create(b, l, createBinary(b, l, kind, args[1], term));
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }

private:
  BinaryKind kind;
};
} // namespace

void populateCumulativePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<CumulativeLowering>("onnx.CumSum", BinaryKind::Add, ctx);
  patterns.add<CumulativeLowering>("onnx.CumProd", BinaryKind::Mul, ctx);
}

} // namespace onnxc
