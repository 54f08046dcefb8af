//===- Cumulative.cpp - CumSum, CumProd -> linalg.generic -----------------===//
//
// A running sum (product) along one axis: one generic whose iteration space
// is the result's plus a reduction dim j over the same axis; element j of
// the input combines into output i when j <= i (j < i with exclusive,
// j >= i or j > i with reverse), else the identity does. That is O(n^2)
// along the axis, but one linalg op whose other dims tile and parallelise
// as any reduction; the sequences these ops scan in models (positions,
// masks) are short. An axis read at run time (a model input) selects one
// of rank such scans through scf.if on its value.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

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
    // An onnx.Constant, or the arith.constant it may already be lowered to.
    auto axes = onnx::getConstantIntValues(op->getOperand(1));
    ElementsAttr axisAttr;
    if (!axes && matchPattern(op->getOperand(1), m_Constant(&axisAttr)))
      axes = onnx::getIntValues(axisAttr);
    if (rank == 1)
      axes = SmallVector<int64_t>{0};
    if (axes) {
      if (axes->size() != 1)
        return rewriter.notifyMatchFailure(op, "axis must be a scalar");
      int64_t axis = onnx::normalizeAxis(axes->front(), rank);
      if (axis < 0 || axis >= rank)
        return rewriter.notifyMatchFailure(op, "axis out of range");
      rewriter.replaceOp(op, buildScan(rewriter, loc, op, input, resultType, axis));
      return success();
    }
    auto axisType = dyn_cast<RankedTensorType>(op->getOperand(1).getType());
    if (!axisType || axisType.getNumElements() != 1 ||
        !isa<IntegerType>(axisType.getElementType()))
      return rewriter.notifyMatchFailure(op, "axis must be an integer tensor of one element");
    rewriter.replaceOp(op, buildRunTimeAxisScan(rewriter, loc, op, input, resultType));
    return success();
  }

private:
  /// An axis read at run time: one scan per possible axis in a chain of
  /// scf.if on its value (rank generics, of which one runs). An axis
  /// outside [-rank, rank - 1] is reported, and the last scan runs.
  Value buildRunTimeAxisScan(PatternRewriter &rewriter, Location loc, Operation *op,
                             Value input, RankedTensorType resultType) const {
    int64_t rank = resultType.getRank();
    Value axisInput = op->getOperand(1);
    Type i64 = rewriter.getI64Type();
    auto axisType = cast<RankedTensorType>(axisInput.getType());
    SmallVector<Value> position(axisType.getRank(),
                                arith::ConstantIndexOp::create(rewriter, loc, 0));
    Value axis = tensor::ExtractOp::create(rewriter, loc, axisInput, position);
    if (axis.getType() != i64)
      axis = arith::ExtSIOp::create(rewriter, loc, i64, axis);
    Value low = arith::ConstantIntOp::create(rewriter, loc, i64, -rank);
    Value high = arith::ConstantIntOp::create(rewriter, loc, i64, rank - 1);
    Value bad = arith::OrIOp::create(
        rewriter, loc, arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, axis, low),
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, axis, high));
    reportOutOfRange(rewriter, loc, op, "axis", bad, axis, low, high);
    Value negative = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, axis,
                                           arith::ConstantIntOp::create(rewriter, loc, i64, 0));
    axis = arith::SelectOp::create(
        rewriter, loc, negative,
        arith::AddIOp::create(rewriter, loc, axis,
                              arith::ConstantIntOp::create(rewriter, loc, i64, rank)),
        axis);
    std::function<Value(OpBuilder &, Location, int64_t)> chain =
        [&](OpBuilder &b, Location l, int64_t d) -> Value {
      if (d == rank - 1)
        return buildScan(b, l, op, input, resultType, d);
      Value isD = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, axis,
                                        arith::ConstantIntOp::create(b, l, i64, d));
      // The result type comes from the branches' yields.
      auto branch = scf::IfOp::create(
          b, l, isD,
          [&](OpBuilder &tb, Location tl) {
            scf::YieldOp::create(tb, tl, buildScan(tb, tl, op, input, resultType, d));
          },
          [&](OpBuilder &eb, Location el) {
            scf::YieldOp::create(eb, el, chain(eb, el, d + 1));
          });
      return branch.getResult(0);
    };
    return chain(rewriter, loc, 0);
  }

  /// The scan along constant `axis` (file comment).
  Value buildScan(OpBuilder &rewriter, Location loc, Operation *op, Value input,
                  RankedTensorType resultType, int64_t axis) const {
    auto inputType = cast<RankedTensorType>(input.getType());
    Type element = inputType.getElementType();
    int64_t rank = inputType.getRank();
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
    return generic.getResult(0);
  }

  BinaryKind kind;
};
} // namespace

void populateCumulativePatterns(RewritePatternSet &patterns) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<CumulativeLowering>("onnx.CumSum", BinaryKind::Add, ctx);
  patterns.add<CumulativeLowering>("onnx.CumProd", BinaryKind::Mul, ctx);
}

} // namespace onnxc
