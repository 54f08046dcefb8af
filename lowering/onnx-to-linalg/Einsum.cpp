//===- Einsum.cpp - Einsum -> one linalg.generic --------------------------===//
//
// Einsum is a linalg.generic as it stands: one iteration dim per ellipsis
// dim and per subscript letter (dialects/onnx/EinsumEquation.h), each
// operand read through the map its subscripts give (a letter repeated in
// one operand reads a diagonal), the result written through its own, and
// every dim the result does not name summed over: a matmul, a batched
// contraction, a transpose, a trace, a reduction, all alike. The body
// multiplies the operands' elements and adds the product to the
// accumulator (f32 for f16 and bf16, rounded once at the end).
//
// A size of 1 broadcasts (read at index 0). Where one letter's sizes may
// differ at run time (a dynamic dim against another dim), every operand is
// cut to the smallest of them, so nothing is read outside a buffer, and a
// difference is reported through the run-time checks (IndexChecks.h).
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/EinsumEquation.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;

namespace onnxc {

namespace {
/// Einsum -> one generic (file comment).
struct EinsumLowering : RewritePattern {
  EinsumLowering(MLIRContext *ctx) : RewritePattern("onnx.Einsum", /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    RankedTensorType resultType = getRankedResultType(op);
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "needs a ranked result");
    SmallVector<Value> inputs(op->getOperands());
    SmallVector<int64_t> ranks;
    for (Value input : inputs) {
      auto type = dyn_cast<RankedTensorType>(input.getType());
      if (!type)
        return rewriter.notifyMatchFailure(op, "needs ranked inputs");
      if (type.getElementType() != resultType.getElementType())
        return rewriter.notifyMatchFailure(op, "inputs and result differ in element type");
      ranks.push_back(type.getRank());
    }
    Type element = resultType.getElementType();
    if (!isNumericElement(element))
      return rewriter.notifyMatchFailure(op, "element type not supported");
    std::string error;
    std::optional<onnx::EinsumEquation> equation =
        onnx::parseEinsumEquation(onnx::getStringAttr(op, "equation", ""), ranks, error);
    if (!equation)
      return rewriter.notifyMatchFailure(op, "equation: " + error);
    if (static_cast<int64_t>(equation->result.size()) != resultType.getRank())
      return rewriter.notifyMatchFailure(op, "result rank does not match the equation");

    // The occurrences of each iteration dim that are not static 1s.
    int64_t numDims = equation->numDims;
    SmallVector<SmallVector<std::pair<unsigned, int64_t>>> occurrences(numDims);
    for (auto [k, dims] : llvm::enumerate(equation->operands))
      for (auto [d, dim] : llvm::enumerate(dims))
        if (cast<RankedTensorType>(inputs[k].getType()).getDimSize(d) != 1)
          occurrences[dim].push_back({static_cast<unsigned>(k), static_cast<int64_t>(d)});

    // The size of each iteration dim; operands cut where sizes may differ.
    SmallVector<int64_t> staticSizes(numDims, 1);
    SmallVector<Value> sizes(numDims);
    SmallVector<SmallVector<OpFoldResult>> cuts(inputs.size());
    Type i64 = rewriter.getI64Type();
    for (int64_t dim = 0; dim < numDims; ++dim) {
      auto &found = occurrences[dim];
      if (found.empty()) {
        sizes[dim] = arith::ConstantIndexOp::create(rewriter, loc, 1);
        continue;
      }
      int64_t known = ShapedType::kDynamic;
      bool anyDynamic = false;
      for (auto [k, d] : found) {
        int64_t size = cast<RankedTensorType>(inputs[k].getType()).getDimSize(d);
        if (size == ShapedType::kDynamic) {
          anyDynamic = true;
        } else if (known != ShapedType::kDynamic && known != size) {
          return onnx::emitNodeError(op) << "subscripts of one letter have sizes " << known
                                         << " and " << size;
        } else {
          known = size;
        }
      }
      staticSizes[dim] = anyDynamic ? ShapedType::kDynamic : known;
      if (!anyDynamic || found.size() == 1) {
        auto [k, d] = found.front();
        sizes[dim] = getDimValue(rewriter, loc, inputs[k], d);
        continue;
      }
      // The smallest size, and a report when they differ.
      Value smallest = getDimValue(rewriter, loc, inputs[found[0].first], found[0].second);
      Value largest = smallest;
      for (auto [k, d] : ArrayRef(found).drop_front()) {
        Value size = getDimValue(rewriter, loc, inputs[k], d);
        smallest = arith::MinUIOp::create(rewriter, loc, smallest, size);
        largest = arith::MaxUIOp::create(rewriter, loc, largest, size);
      }
      Value differ =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne, smallest, largest);
      Value smallest64 = arith::IndexCastOp::create(rewriter, loc, i64, smallest);
      std::string what =
          dim < equation->numEllipsisDims
              ? std::string("subscript '...' size")
              : "subscript '" + std::string(1, equation->letters[dim - equation->numEllipsisDims]) +
                    "' size";
      reportOutOfRange(rewriter, loc, op, what, differ,
                       arith::IndexCastOp::create(rewriter, loc, i64, largest), smallest64,
                       smallest64);
      sizes[dim] = smallest;
      for (auto [k, d] : found) {
        if (cuts[k].empty())
          for (int64_t e = 0; e < ranks[k]; ++e)
            cuts[k].push_back(getAsIndexOpFoldResult(rewriter.getContext(),
                                                     cast<RankedTensorType>(inputs[k].getType())
                                                         .getDimSize(e)));
        cuts[k][d] = smallest;
      }
    }
    for (size_t k = 0; k < inputs.size(); ++k) {
      Value &input = inputs[k];
      if (cuts[k].empty())
        continue;
      for (int64_t e = 0; e < ranks[k]; ++e)
        if (isa<Attribute>(cuts[k][e]) &&
            cast<RankedTensorType>(input.getType()).isDynamicDim(e))
          cuts[k][e] = getDimValue(rewriter, loc, input, e);
      SmallVector<OpFoldResult> zeros(ranks[k], rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> ones(ranks[k], rewriter.getIndexAttr(1));
      input = tensor::ExtractSliceOp::create(rewriter, loc, input, zeros, cuts[k], ones);
    }

    // Maps: a static 1 where the iteration dim may be larger reads index 0.
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineMap> maps;
    for (auto [k, dims] : llvm::enumerate(equation->operands)) {
      auto type = cast<RankedTensorType>(inputs[k].getType());
      SmallVector<AffineExpr> exprs;
      for (auto [d, dim] : llvm::enumerate(dims))
        exprs.push_back(type.getDimSize(d) == 1 && staticSizes[dim] != 1
                            ? getAffineConstantExpr(0, ctx)
                            : getAffineDimExpr(dim, ctx));
      maps.push_back(AffineMap::get(numDims, 0, exprs, ctx));
    }
    SmallVector<AffineExpr> resultExprs;
    SmallVector<int64_t> resultShape;
    SmallVector<Value> dynamicSizes;
    SmallVector<utils::IteratorType> iterators(numDims, utils::IteratorType::reduction);
    for (int64_t dim : equation->result) {
      resultExprs.push_back(getAffineDimExpr(dim, ctx));
      resultShape.push_back(staticSizes[dim]);
      if (staticSizes[dim] == ShapedType::kDynamic)
        dynamicSizes.push_back(sizes[dim]);
      iterators[dim] = utils::IteratorType::parallel;
    }
    maps.push_back(AffineMap::get(numDims, 0, resultExprs, ctx));

    Type accumulator =
        isFloatElement(element) && element.getIntOrFloatBitWidth() < 32 ? rewriter.getF32Type()
                                                                         : element;
    Value init = tensor::EmptyOp::create(rewriter, loc, resultShape, accumulator, dynamicSizes);
    init = linalg::FillOp::create(
               rewriter, loc,
               ValueRange{arith::ConstantOp::create(rewriter, loc,
                                                    rewriter.getZeroAttr(accumulator))},
               ValueRange{init})
               .getResult(0);
    Value result =
        linalg::GenericOp::create(
            rewriter, loc, TypeRange{init.getType()}, inputs, ValueRange{init}, maps, iterators,
            [&](OpBuilder &b, Location l, ValueRange args) {
              Value product;
              for (Value arg : args.drop_back()) {
                Value v = convertScalar(b, l, arg, accumulator);
                product = product ? createBinary(b, l, BinaryKind::Mul, product, v) : v;
              }
              if (!product) // no operands: an empty sum is 0
                product = createScalarConstant(b, l, accumulator, 0);
              linalg::YieldOp::create(
                  b, l, createBinary(b, l, BinaryKind::Add, args.back(), product));
            })
            .getResult(0);
    if (accumulator != element) {
      auto accType = cast<RankedTensorType>(result.getType());
      result = buildMappedGeneric(
          rewriter, loc, accType.clone(element), ValueRange{result},
          {AffineMap::getMultiDimIdentityMap(accType.getRank(), ctx)},
          [&] {
            SmallVector<std::pair<Value, int64_t>> dims;
            for (int64_t d = 0; d < accType.getRank(); ++d)
              dims.push_back({result, d});
            return dims;
          }(),
          [&](OpBuilder &b, Location l, ValueRange args) {
            return convertScalar(b, l, args[0], element);
          });
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(rewriter, loc, resultType, result);
    rewriter.replaceOp(op, result);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateEinsumPatterns(RewritePatternSet &patterns) {
  patterns.add<EinsumLowering>(patterns.getContext());
}

} // namespace onnxc
