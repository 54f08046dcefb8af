//===- Tile.cpp - Tile -> a broadcasting linalg.generic -------------------===//
//
// Tile repeats the input r_i times along each dim i. Viewed as a tensor of
// 2 * rank dims [r_0, n_0, r_1, n_1, ...], the result is the input
// broadcast over the r dims: one generic reading the input at (n_0, n_1,
// ...), then a collapse_shape of each pair (r_i, n_i) into one dim of
// r_i * n_i. No modulo, no data-dependent address, any dynamic sizes.
//
// Repeats fed at run time (a model input) are read as scalars, which the
// arena planner evaluates before the run. A negative repeat, or repeats
// that would make the result larger than 2^47 elements (so no byte count
// overflows), is reported through the run-time checks (IndexChecks.h) and
// the result is then empty.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;

namespace onnxc {

namespace {
/// The most elements a tiled result may have.
constexpr int64_t kMostTileElements = int64_t{1} << 47;

/// Tile -> broadcast into [r_0, n_0, ...] and collapse (file comment).
struct TileLowering : RewritePattern {
  TileLowering(MLIRContext *ctx) : RewritePattern("onnx.Tile", /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0), repeatsInput = op->getOperand(1);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || resultType.getRank() != inputType.getRank())
      return rewriter.notifyMatchFailure(op, "needs ranked types of one rank");
    int64_t rank = inputType.getRank();
    auto repeatsType = dyn_cast<RankedTensorType>(repeatsInput.getType());
    if (!repeatsType || repeatsType.getRank() != 1 || repeatsType.getDimSize(0) != rank ||
        !isa<IntegerType>(repeatsType.getElementType()))
      return rewriter.notifyMatchFailure(
          op, "repeats must be a 1-D integer tensor with one element per dim");
    if (rank == 0) {
      rewriter.replaceOp(op, input);
      return success();
    }

    SmallVector<Value> repeats = readIndexElements(rewriter, loc, repeatsInput, rank);
    bool allConstant =
        llvm::all_of(repeats, [](Value r) { return getConstantIntValue(r).has_value(); });
    if (!allConstant)
      repeats = checkRepeats(rewriter, loc, op, input, repeats);
    else if (llvm::any_of(repeats, [](Value r) { return *getConstantIntValue(r) < 0; }))
      return onnx::emitNodeError(op) << "repeats must not be negative";

    // [r_0, n_0, r_1, n_1, ...] <- input[n_0, n_1, ...].
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<OpFoldResult> expandedSizes;
    SmallVector<AffineExpr> inputExprs;
    SmallVector<ReassociationIndices> pairs;
    for (int64_t i = 0; i < rank; ++i) {
      expandedSizes.push_back(getAsOpFoldResult(repeats[i]));
      expandedSizes.push_back(
          inputType.isDynamicDim(i)
              ? OpFoldResult(getDimValue(rewriter, loc, input, i))
              : OpFoldResult(rewriter.getIndexAttr(inputType.getDimSize(i))));
      inputExprs.push_back(getAffineDimExpr(2 * i + 1, ctx));
      pairs.push_back({2 * i, 2 * i + 1});
    }
    Value init =
        tensor::EmptyOp::create(rewriter, loc, expandedSizes, inputType.getElementType());
    auto expandedType = cast<RankedTensorType>(init.getType());
    SmallVector<utils::IteratorType> iterators(2 * rank, utils::IteratorType::parallel);
    Value expanded =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{expandedType}, ValueRange{input}, ValueRange{init},
            {AffineMap::get(2 * rank, 0, inputExprs, ctx),
             AffineMap::getMultiDimIdentityMap(2 * rank, ctx)},
            iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              linalg::YieldOp::create(b, l, args[0]);
            })
            .getResult(0);
    Value result = tensor::CollapseShapeOp::create(rewriter, loc, expanded, pairs);
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  /// Run-time repeats: reports a negative one, and a result of more than
  /// kMostTileElements elements; the repeats to build with (all 0 then).
  static SmallVector<Value> checkRepeats(PatternRewriter &rewriter, Location loc,
                                         Operation *op, Value input,
                                         ArrayRef<Value> repeats) {
    Type i64 = rewriter.getI64Type(), f64 = rewriter.getF64Type();
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value zero64 = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value most64 = arith::ConstantIntOp::create(rewriter, loc, i64, kMostTileElements);
    Value anyBad = arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 0);
    // The element count in f64: no overflow, and exact far beyond 2^47.
    Value count = arith::ConstantFloatOp::create(rewriter, loc, cast<FloatType>(f64),
                                                 APFloat(1.0));
    auto toF64 = [&](Value index) -> Value {
      return arith::SIToFPOp::create(rewriter, loc, f64,
                                     arith::IndexCastOp::create(rewriter, loc, i64, index));
    };
    for (auto [i, repeat] : llvm::enumerate(repeats)) {
      Value negative =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, repeat, zero);
      reportOutOfRange(rewriter, loc, op, "repeats element", negative,
                       arith::IndexCastOp::create(rewriter, loc, i64, repeat), zero64, most64);
      anyBad = arith::OrIOp::create(rewriter, loc, anyBad, negative);
      Value positive = arith::MaxSIOp::create(rewriter, loc, repeat, zero);
      count = arith::MulFOp::create(
          rewriter, loc, count,
          arith::MulFOp::create(rewriter, loc, toF64(positive),
                                toF64(getDimValue(rewriter, loc, input, i))));
    }
    Value mostF = arith::ConstantFloatOp::create(
        rewriter, loc, cast<FloatType>(f64), APFloat(static_cast<double>(kMostTileElements)));
    Value tooMany = arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::OGT, count, mostF);
    // The count as an i64 for the message (saturated: fptosi of more than
    // 2^63 would be poison).
    Value shown = arith::FPToSIOp::create(
        rewriter, loc, i64,
        arith::MinNumFOp::create(rewriter, loc, count,
                                 arith::ConstantFloatOp::create(rewriter, loc,
                                                                cast<FloatType>(f64),
                                                                APFloat(0x1p62))));
    reportOutOfRange(rewriter, loc, op, "the result's element count", tooMany, shown, zero64,
                     most64);
    anyBad = arith::OrIOp::create(rewriter, loc, anyBad, tooMany);
    SmallVector<Value> checked;
    for (Value repeat : repeats)
      checked.push_back(arith::SelectOp::create(rewriter, loc, anyBad, zero, repeat));
    return checked;
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateTilePatterns(RewritePatternSet &patterns) {
  patterns.add<TileLowering>(patterns.getContext());
}

} // namespace onnxc
