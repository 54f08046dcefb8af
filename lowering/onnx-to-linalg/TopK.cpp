//===- TopK.cpp - TopK -> two linalg.generic ops --------------------------===//
//
// TopK without a sort and without a data-dependent address:
//
//   1. rank: a generic over the input plus a reduction dim j along the axis
//      counts, for each element i, the elements that come before it: those
//      that are better (larger, or smaller with largest = 0), and the equal
//      ones at a lower index (ONNX: of equal values the lower index comes
//      first). The ranks along each axis line are a permutation of
//      0..n-1, so every output position has exactly one element.
//   2. select: a generic over the result (the axis cut to k) plus a
//      reduction dim i along the input's axis picks, for output position r,
//      the element whose rank is r, and its index.
//
// That is O(n^2 + n k) along the axis, as Cumulative.cpp's scans; both are
// plain generics whose other dims tile and parallelise. NaN counts as
// larger than every number (as PyTorch's topk has it), so the order is
// total and the ranks stay a permutation. The result is always sorted
// (sorted = 0 leaves the order to the implementation).
//
// k may be a run-time input: the result's axis size is then k clamped into
// [0, n], read by the arena planner before the run, and a k outside
// [0, n] is reported through the run-time checks (IndexChecks.h).
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;

namespace onnxc {

namespace {
/// Whether `a` is greater than `b` in the total order TopK sorts by (NaN
/// above every number, NaNs equal to each other).
static Value isGreater(OpBuilder &b, Location loc, Value a, Value c) {
  if (!isFloatElement(a.getType()))
    return createCompare(b, loc, CompareKind::Gt, a, c);
  using P = arith::CmpFPredicate;
  Value greater = arith::CmpFOp::create(b, loc, P::OGT, a, c);
  Value aIsNaN = arith::CmpFOp::create(b, loc, P::UNO, a, a);
  Value cIsNumber = arith::CmpFOp::create(b, loc, P::ORD, c, c);
  return arith::OrIOp::create(b, loc, greater,
                              arith::AndIOp::create(b, loc, aIsNaN, cIsNumber));
}

/// TopK -> a ranking generic and a selecting generic (file comment).
struct TopKLowering : RewritePattern {
  TopKLowering(MLIRContext *ctx) : RewritePattern("onnx.TopK", /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0), kInput = op->getOperand(1);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType valuesType = getRankedResultType(op, 0);
    RankedTensorType indicesType = getRankedResultType(op, 1);
    if (!inputType || !valuesType || !indicesType || inputType.getRank() == 0)
      return rewriter.notifyMatchFailure(op, "needs ranked types and an input of rank >= 1");
    Type element = inputType.getElementType();
    if (!isNumericElement(element) || !indicesType.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    int64_t rank = inputType.getRank();
    int64_t axis = onnx::normalizeAxis(onnx::getIntAttr(op, "axis", -1), rank);
    if (axis < 0 || axis >= rank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    if (valuesType.getRank() != rank || indicesType.getRank() != rank)
      return rewriter.notifyMatchFailure(op, "results must have the input's rank");
    auto kType = dyn_cast<RankedTensorType>(kInput.getType());
    if (!kType || kType.getNumElements() != 1 || !isa<IntegerType>(kType.getElementType()))
      return rewriter.notifyMatchFailure(op, "k must be an integer tensor of one element");
    bool largest = onnx::getIntAttr(op, "largest", 1) != 0;

    // k: the result's axis size.
    Type i64 = rewriter.getI64Type();
    Value n = getDimValue(rewriter, loc, input, axis);
    int64_t staticK = valuesType.getDimSize(axis);
    // An onnx.Constant, or the arith.constant it may already be lowered to.
    std::optional<SmallVector<int64_t>> constantK = onnx::getConstantIntValues(kInput);
    ElementsAttr kAttr;
    if (!constantK && matchPattern(kInput, m_Constant(&kAttr)))
      constantK = onnx::getIntValues(kAttr);
    if (constantK && inputType.isDynamicDim(axis) == false &&
        ((*constantK)[0] < 0 || (*constantK)[0] > inputType.getDimSize(axis)))
      return onnx::emitNodeError(op) << "k " << (*constantK)[0] << " is out of range [0, "
                                     << inputType.getDimSize(axis) << "]";
    Value kSize; // index
    if (constantK && staticK == ShapedType::kDynamic)
      staticK = (*constantK)[0];
    if (!constantK || inputType.isDynamicDim(axis)) {
      // Read k (or take the constant) and check it against the axis at run
      // time; a static result dim must be exactly k.
      Value k = constantK ? arith::ConstantIntOp::create(rewriter, loc, i64, (*constantK)[0])
                                .getResult()
                          : readK(rewriter, loc, kInput);
      Value n64 = arith::IndexCastOp::create(rewriter, loc, i64, n);
      Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
      Value low = zero, high = n64;
      if (staticK != ShapedType::kDynamic)
        low = high = arith::ConstantIntOp::create(rewriter, loc, i64, staticK);
      Value bad = arith::OrIOp::create(
          rewriter, loc, arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, k, low),
          arith::OrIOp::create(
              rewriter, loc,
              arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, k, high),
              arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, k, n64)));
      reportOutOfRange(rewriter, loc, op, "k", bad, k, low, high);
      Value clamped = arith::MinSIOp::create(
          rewriter, loc, arith::MaxSIOp::create(rewriter, loc, k, zero), n64);
      kSize = arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), clamped);
    }
    if (staticK != ShapedType::kDynamic && inputType.isDynamicDim(axis) == false &&
        staticK > inputType.getDimSize(axis))
      return onnx::emitNodeError(op) << "k " << staticK << " is out of range [0, "
                                     << inputType.getDimSize(axis) << "]";

    MLIRContext *ctx = rewriter.getContext();
    // 1. The rank of every element along the axis.
    SmallVector<AffineExpr> atI, atJ;
    for (int64_t d = 0; d < rank; ++d) {
      atI.push_back(getAffineDimExpr(d, ctx));
      atJ.push_back(getAffineDimExpr(d == axis ? rank : d, ctx));
    }
    SmallVector<std::pair<Value, int64_t>> inputDims;
    for (int64_t d = 0; d < rank; ++d)
      inputDims.push_back({input, d});
    RankedTensorType ranksType = RankedTensorType::get(inputType.getShape(), i64);
    Value ranksInit =
        createFilledTensor(rewriter, loc, ranksType, rewriter.getI64IntegerAttr(0), inputDims);
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators.push_back(utils::IteratorType::reduction);
    Value ranks =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{ranksType}, ValueRange{input, input}, ValueRange{ranksInit},
            {AffineMap::get(rank + 1, 0, atI, ctx), AffineMap::get(rank + 1, 0, atJ, ctx),
             AffineMap::get(rank + 1, 0, atI, ctx)},
            iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value xi = args[0], xj = args[1];
              // xj comes before xi: better, or equal at a lower index.
              Value jBetter = largest ? isGreater(b, l, xj, xi) : isGreater(b, l, xi, xj);
              Value iBetter = largest ? isGreater(b, l, xi, xj) : isGreater(b, l, xj, xi);
              Value i = linalg::IndexOp::create(b, l, axis);
              Value j = linalg::IndexOp::create(b, l, rank);
              Value lower = arith::CmpIOp::create(b, l, arith::CmpIPredicate::ult, j, i);
              Value tieBefore = arith::AndIOp::create(
                  b, l, lower,
                  arith::XOrIOp::create(b, l, iBetter,
                                        arith::ConstantIntOp::create(b, l, b.getI1Type(), 1)));
              Value before = arith::OrIOp::create(b, l, jBetter, tieBefore);
              Value count = arith::AddIOp::create(
                  b, l, args[2], arith::ExtUIOp::create(b, l, b.getI64Type(), before));
              linalg::YieldOp::create(b, l, count);
            })
            .getResult(0);

    // 2. Output position r takes the element of rank r.
    SmallVector<int64_t> resultShape(inputType.getShape());
    resultShape[axis] = staticK;
    SmallVector<Value> dynamicSizes;
    for (int64_t d = 0; d < rank; ++d) {
      if (resultShape[d] != ShapedType::kDynamic)
        continue;
      dynamicSizes.push_back(d == axis ? kSize : getDimValue(rewriter, loc, input, d));
    }
    auto filled = [&](Type type) {
      Value empty = tensor::EmptyOp::create(rewriter, loc, resultShape, type, dynamicSizes);
      Value zero = arith::ConstantOp::create(rewriter, loc, rewriter.getZeroAttr(type));
      return linalg::FillOp::create(rewriter, loc, ValueRange{zero}, ValueRange{empty})
          .getResult(0);
    };
    Value valuesInit = filled(element), indicesInit = filled(i64);
    auto select = linalg::GenericOp::create(
        rewriter, loc, TypeRange{valuesInit.getType(), indicesInit.getType()},
        ValueRange{input, ranks}, ValueRange{valuesInit, indicesInit},
        {AffineMap::get(rank + 1, 0, atJ, ctx), AffineMap::get(rank + 1, 0, atJ, ctx),
         AffineMap::get(rank + 1, 0, atI, ctx), AffineMap::get(rank + 1, 0, atI, ctx)},
        iterators, [&](OpBuilder &b, Location l, ValueRange args) {
          Value r = arith::IndexCastOp::create(b, l, b.getI64Type(),
                                               linalg::IndexOp::create(b, l, axis));
          Value i = arith::IndexCastOp::create(b, l, b.getI64Type(),
                                               linalg::IndexOp::create(b, l, rank));
          Value match = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, args[1], r);
          linalg::YieldOp::create(
              b, l,
              ValueRange{arith::SelectOp::create(b, l, match, args[0], args[2]),
                         arith::SelectOp::create(b, l, match, i, args[3])});
        });
    SmallVector<Value> results;
    for (auto [value, type] : llvm::zip(select.getResults(), TypeRange{valuesType, indicesType}))
      results.push_back(value.getType() == type
                            ? Value(value)
                            : Value(tensor::CastOp::create(rewriter, loc, type, value)));
    rewriter.replaceOp(op, results);
    return success();
  }

private:
  /// The one element of k as an i64.
  static Value readK(OpBuilder &b, Location loc, Value kInput) {
    auto kType = cast<RankedTensorType>(kInput.getType());
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    SmallVector<Value> position(kType.getRank(), zero);
    Value k = tensor::ExtractOp::create(b, loc, kInput, position);
    Type i64 = b.getI64Type();
    if (k.getType() == i64)
      return k;
    if (k.getType().getIntOrFloatBitWidth() > 64)
      return arith::TruncIOp::create(b, loc, i64, k);
    return k.getType().isUnsignedInteger() ? arith::ExtUIOp::create(b, loc, i64, k).getResult()
                                           : arith::ExtSIOp::create(b, loc, i64, k).getResult();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateTopKPatterns(RewritePatternSet &patterns) {
  patterns.add<TopKLowering>(patterns.getContext());
}

} // namespace onnxc
