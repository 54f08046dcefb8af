//===- DFT.cpp - DFT -> a linalg.generic over the frequencies -------------===//
//
// The discrete Fourier transform along one axis as a plain sum, one
// generic over the result plus a reduction dim over the input's axis:
//   forward  X[k] = sum_n x[n] e^(-2 pi i k n / L)           k < L, or L/2 + 1 (onesided)
//   inverse  x[n] = 1/L sum_k X[k] e^(+2 pi i k n / L)       n < L
//   inverse, onesided (a real signal from half a spectrum):
//            x[n] = 1/L sum_{k <= L/2} w_k Re(X[k] e^(+2 pi i k n / L)), w_k = 1 at
//            k = 0 and k = L/2, else 2
// with L the dft_length (default: the axis size, 2 (n - 1) for the last
// form). The last dim holds (real) or (real, imaginary). The phase k n is
// reduced mod L in integers before it becomes an angle, so long signals
// keep their precision; the sums are computed in f64 and rounded once.
// O(L^2) per line; an FFT is future work.
//
// The axis may be read at run time (DFT-20): the axes whose result shape
// fits the result type each get a transform in a chain of scf.if, and an
// axis that is none of them is reported through the run-time checks.
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
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/MathExtras.h"


using namespace mlir;

namespace onnxc {

namespace {
/// The sizes of one transform along one axis.
struct DFTForm {
  int64_t axis = 0;
  int64_t length = 0;   // L
  int64_t outSize = 0;  // the result's axis size
  int64_t terms = 0;    // the input elements summed
  int64_t outLast = 2;  // 2 (complex) or 1 (real)
};

/// The constant ints of `v` (an onnx.Constant, or the arith.constant it
/// may already be lowered to).
static std::optional<SmallVector<int64_t>> getConstantInts(Value v) {
  if (auto ints = onnx::getConstantIntValues(v))
    return ints;
  ElementsAttr attr;
  if (matchPattern(v, m_Constant(&attr)))
    return onnx::getIntValues(attr);
  return std::nullopt;
}

/// DFT -> a generic per candidate axis (file comment).
struct DFTLowering : RewritePattern {
  DFTLowering(MLIRContext *ctx) : RewritePattern("onnx.DFT", /*benefit=*/1, ctx) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    Location loc = op->getLoc();
    Value input = op->getOperand(0);
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    RankedTensorType resultType = getRankedResultType(op);
    if (!inputType || !resultType || inputType.getRank() < 2 ||
        resultType.getRank() != inputType.getRank())
      return rewriter.notifyMatchFailure(op, "needs ranked types of rank >= 2");
    int64_t rank = inputType.getRank();
    int64_t inLast = inputType.getDimSize(rank - 1);
    if (inLast != 1 && inLast != 2)
      return rewriter.notifyMatchFailure(op, "the last dim must be a static 1 or 2");
    std::optional<int64_t> length;
    if (!onnx::isNoValue(op->getOperand(1))) {
      auto ints = getConstantInts(op->getOperand(1));
      if (!ints || ints->size() != 1 || (*ints)[0] < 1)
        return rewriter.notifyMatchFailure(op, "dft_length must be a positive constant");
      length = (*ints)[0];
    }
    bool inverse = onnx::getIntAttr(op, "inverse", 0) != 0;
    bool onesided = onnx::getIntAttr(op, "onesided", 0) != 0;

    // The forms that fit the result type, one per possible axis.
    SmallVector<DFTForm> forms;
    for (int64_t axis = 0; axis < rank - 1; ++axis) {
      std::optional<DFTForm> form = getForm(inputType, axis, length, inverse, onesided);
      if (!form)
        continue;
      bool fits = true;
      for (int64_t d = 0; d < rank; ++d) {
        int64_t size = d == axis ? form->outSize
                                 : (d == rank - 1 ? form->outLast : inputType.getDimSize(d));
        if (!resultType.isDynamicDim(d) && size != resultType.getDimSize(d))
          fits = false;
      }
      if (fits)
        forms.push_back(*form);
    }

    Value axisInput = op->getOperand(2);
    std::optional<int64_t> constantAxis = -2;
    if (!onnx::isNoValue(axisInput)) {
      auto ints = getConstantInts(axisInput);
      constantAxis = ints && ints->size() == 1 ? std::optional((*ints)[0]) : std::nullopt;
    }
    if (constantAxis) {
      int64_t axis = onnx::normalizeAxis(*constantAxis, rank);
      const DFTForm *form = llvm::find_if(forms, [&](const DFTForm &f) { return f.axis == axis; });
      if (form == forms.end())
        return rewriter.notifyMatchFailure(
            op, "the axis must be static and fit the result type, and not the last");
      rewriter.replaceOp(op, buildTransform(rewriter, loc, input, resultType, *form, inverse,
                                            onesided));
      return success();
    }
    if (forms.empty())
      return rewriter.notifyMatchFailure(op, "no axis gives the result type");

    // A run-time axis: one of the fitting axes, checked.
    Type i64 = rewriter.getI64Type();
    auto axisType = dyn_cast<RankedTensorType>(axisInput.getType());
    if (!axisType || axisType.getNumElements() != 1)
      return rewriter.notifyMatchFailure(op, "axis must have one element");
    SmallVector<Value> zeros(axisType.getRank(), arith::ConstantIndexOp::create(rewriter, loc, 0));
    Value axis = tensor::ExtractOp::create(rewriter, loc, axisInput, zeros);
    Value negative = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, axis,
                                           arith::ConstantIntOp::create(rewriter, loc, i64, 0));
    Value raw = axis;
    axis = arith::SelectOp::create(
        rewriter, loc, negative,
        arith::AddIOp::create(rewriter, loc, axis,
                              arith::ConstantIntOp::create(rewriter, loc, i64, rank)),
        axis);
    Value known = arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 0);
    for (const DFTForm &form : forms)
      known = arith::OrIOp::create(
          rewriter, loc, known,
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, axis,
                                arith::ConstantIntOp::create(rewriter, loc, i64, form.axis)));
    Value unknown = arith::XOrIOp::create(
        rewriter, loc, known, arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 1));
    reportOutOfRange(rewriter, loc, op, "axis", unknown, raw,
                     arith::ConstantIntOp::create(rewriter, loc, i64, forms.front().axis),
                     arith::ConstantIntOp::create(rewriter, loc, i64, forms.back().axis));
    std::function<Value(OpBuilder &, Location, size_t)> chain = [&](OpBuilder &b, Location l,
                                                                    size_t i) -> Value {
      if (i + 1 == forms.size())
        return buildTransform(b, l, input, resultType, forms[i], inverse, onesided);
      Value isThis = arith::CmpIOp::create(
          b, l, arith::CmpIPredicate::eq, axis,
          arith::ConstantIntOp::create(b, l, b.getI64Type(), forms[i].axis));
      return scf::IfOp::create(
                 b, l, isThis,
                 [&](OpBuilder &tb, Location tl) {
                   scf::YieldOp::create(
                       tb, tl,
                       buildTransform(tb, tl, input, resultType, forms[i], inverse, onesided));
                 },
                 [&](OpBuilder &eb, Location el) {
                   scf::YieldOp::create(eb, el, chain(eb, el, i + 1));
                 })
          .getResult(0);
    };
    rewriter.replaceOp(op, chain(rewriter, loc, 0));
    return success();
  }

private:
  /// The sizes of the transform along `axis`; nullopt when the axis is
  /// dynamic or the sizes make no transform.
  static std::optional<DFTForm> getForm(RankedTensorType inputType, int64_t axis,
                                        std::optional<int64_t> length, bool inverse,
                                        bool onesided) {
    int64_t n = inputType.getDimSize(axis);
    if (n == ShapedType::kDynamic)
      return std::nullopt;
    DFTForm form;
    form.axis = axis;
    if (inverse && onesided) {
      form.length = length.value_or(2 * (n - 1));
      form.outSize = form.length;
      form.terms = std::min(n, form.length / 2 + 1);
      form.outLast = 1;
    } else {
      form.length = length.value_or(n);
      form.outSize = onesided ? form.length / 2 + 1 : form.length;
      form.terms = std::min(n, form.length);
    }
    if (form.length < 1 || form.terms < 1)
      return std::nullopt;
    return form;
  }

  /// The transform along `form.axis`, cast to `resultType`.
  static Value buildTransform(OpBuilder &b, Location loc, Value input,
                              RankedTensorType resultType, const DFTForm &form, bool inverse,
                              bool onesided) {
    auto inputType = cast<RankedTensorType>(input.getType());
    int64_t rank = inputType.getRank(), axis = form.axis;
    Type element = inputType.getElementType();
    // Every float type computes in f64: the sums of L products of
    // rounded sines and cosines would otherwise miss f32's tolerance.
    Type compute = b.getF64Type();
    bool complexInput = inputType.getDimSize(rank - 1) == 2;
    if (form.terms < inputType.getDimSize(axis)) {
      SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)), strides(rank, b.getIndexAttr(1));
      SmallVector<OpFoldResult> sizes;
      for (int64_t d = 0; d < rank; ++d)
        sizes.push_back(d == axis ? OpFoldResult(b.getIndexAttr(form.terms))
                                  : OpFoldResult(getDimValue(b, loc, input, d)));
      input = tensor::ExtractSliceOp::create(b, loc, input, offsets, sizes, strides);
    }

    MLIRContext *ctx = b.getContext();
    SmallVector<int64_t> shape(inputType.getShape());
    shape[axis] = form.outSize;
    shape[rank - 1] = form.outLast;
    SmallVector<Value> dynamicSizes;
    for (int64_t d = 0; d < rank; ++d)
      if (shape[d] == ShapedType::kDynamic)
        dynamicSizes.push_back(getDimValue(b, loc, input, d));
    Value init = tensor::EmptyOp::create(b, loc, shape, compute, dynamicSizes);
    init = linalg::FillOp::create(
               b, loc, ValueRange{arith::ConstantOp::create(b, loc, b.getZeroAttr(compute))},
               ValueRange{init})
               .getResult(0);
    auto readMap = [&](int64_t component) {
      SmallVector<AffineExpr> exprs;
      for (int64_t d = 0; d < rank; ++d)
        exprs.push_back(d == axis         ? getAffineDimExpr(rank, ctx)
                        : d == rank - 1   ? getAffineConstantExpr(component, ctx)
                                          : getAffineDimExpr(d, ctx));
      return AffineMap::get(rank + 1, 0, exprs, ctx);
    };
    SmallVector<Value> inputs = {input};
    SmallVector<AffineMap> maps = {readMap(0)};
    if (complexInput) {
      inputs.push_back(input);
      maps.push_back(readMap(1));
    }
    maps.push_back(AffineMap::getMultiDimIdentityMap(rank + 1, ctx).getMajorSubMap(rank));
    SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::parallel);
    iterators.push_back(utils::IteratorType::reduction);
    int64_t length = form.length;
    bool halfSpectrum = inverse && onesided;
    Value result =
        linalg::GenericOp::create(
            b, loc, TypeRange{init.getType()}, inputs, ValueRange{init}, maps, iterators,
            [&](OpBuilder &nb, Location l, ValueRange args) {
              Value xr = convertScalar(nb, l, args[0], compute);
              Value xi = complexInput ? convertScalar(nb, l, args[1], compute)
                                      : createScalarConstant(nb, l, compute, 0);
              Value acc = args.back();
              Value m = linalg::IndexOp::create(nb, l, axis);
              Value r = linalg::IndexOp::create(nb, l, rank);
              Value c = linalg::IndexOp::create(nb, l, rank - 1);
              // The angle 2 pi ((m r) mod L) / L.
              Value phase = arith::RemUIOp::create(
                  nb, l, arith::MulIOp::create(nb, l, m, r),
                  arith::ConstantIndexOp::create(nb, l, length));
              Value angle = arith::MulFOp::create(
                  nb, l,
                  arith::UIToFPOp::create(
                      nb, l, compute, arith::IndexCastUIOp::create(nb, l, nb.getI64Type(), phase)),
                  createScalarConstant(nb, l, compute, 2 * llvm::numbers::pi / length));
              Value cos = math::CosOp::create(nb, l, angle);
              Value sin = math::SinOp::create(nb, l, angle);
              auto mul = [&](Value a, Value bb) { return arith::MulFOp::create(nb, l, a, bb); };
              Value re, im;
              if (inverse) {
                re = arith::SubFOp::create(nb, l, mul(xr, cos), mul(xi, sin));
                im = arith::AddFOp::create(nb, l, mul(xi, cos), mul(xr, sin));
              } else {
                re = arith::AddFOp::create(nb, l, mul(xr, cos), mul(xi, sin));
                im = arith::SubFOp::create(nb, l, mul(xi, cos), mul(xr, sin));
              }
              Value isReal = arith::CmpIOp::create(nb, l, arith::CmpIPredicate::eq, c,
                                                   arith::ConstantIndexOp::create(nb, l, 0));
              Value term = arith::SelectOp::create(nb, l, isReal, re, im);
              if (halfSpectrum) {
                // w_k: 1 at k = 0 and k = L/2, 2 below L/2, 0 above.
                Value twice = arith::MulIOp::create(nb, l, r,
                                                    arith::ConstantIndexOp::create(nb, l, 2));
                Value len = arith::ConstantIndexOp::create(nb, l, length);
                Value edge = arith::OrIOp::create(
                    nb, l,
                    arith::CmpIOp::create(nb, l, arith::CmpIPredicate::eq, r,
                                          arith::ConstantIndexOp::create(nb, l, 0)),
                    arith::CmpIOp::create(nb, l, arith::CmpIPredicate::eq, twice, len));
                Value beyond = arith::CmpIOp::create(nb, l, arith::CmpIPredicate::ugt, twice, len);
                Value weight = arith::SelectOp::create(
                    nb, l, beyond, createScalarConstant(nb, l, compute, 0),
                    arith::SelectOp::create(nb, l, edge, createScalarConstant(nb, l, compute, 1),
                                            createScalarConstant(nb, l, compute, 2)));
                term = mul(term, weight);
              }
              if (inverse)
                term = mul(term, createScalarConstant(nb, l, compute, 1.0 / length));
              linalg::YieldOp::create(nb, l, Value(arith::AddFOp::create(nb, l, acc, term)));
            })
            .getResult(0);
    if (compute != element) {
      auto wideType = cast<RankedTensorType>(result.getType());
      SmallVector<std::pair<Value, int64_t>> dims;
      for (int64_t d = 0; d < rank; ++d)
        dims.push_back({result, d});
      result = buildMappedGeneric(
          b, loc, wideType.clone(element), ValueRange{result},
          {AffineMap::getMultiDimIdentityMap(rank, ctx)}, dims,
          [&](OpBuilder &nb, Location l, ValueRange args) {
            return convertScalar(nb, l, args[0], element);
          });
    }
    if (result.getType() != resultType)
      result = tensor::CastOp::create(b, loc, resultType, result);
    return result;
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateDFTPatterns(RewritePatternSet &patterns) {
  patterns.add<DFTLowering>(patterns.getContext());
}

} // namespace onnxc
