//===- CheckOperandSizes.cpp - run-time checks of sizes operands must share ===//
//
// A linalg op takes each loop's extent from the first operand dim indexed by
// that loop alone, and reads every other operand along the same loop
// without looking at its size. With static shapes the verifier has checked
// them all; a dynamic dim is only known at run time, and two of them that
// ONNX says must agree (the dims of Add's inputs, MatMul's K) may not: a
// model given [1000] and [3] for its two inputs would read past the second
// one. The same holds for a slice whose offset or size is computed at run
// time.
//
// This pass puts a check before every such op: for each operand dim that
// is indexed by one loop alone and is not known to equal the loop's extent,
// `size == extent`; for a dim indexed by a sum of loops (a convolution's
// window), that the largest index the op reads stays below its size; for a
// slice, that it starts at or after 0 and ends inside its tensor; for a
// tensor made with sizes computed at run time (a window's output over an
// image smaller than the window), that none is negative. A failed
// check calls @onnxc.shape_error(relation, size, expected) with the node in
// its `onnxc.where` attribute, which the backend binds to the runtime's
// onnxc_rt_shape_error: the run ends there, before any memory is touched.
// Dims that canonicalisation proves equal (both read from the same input
// dim) cost nothing: the comparison folds away.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/BuiltinOps.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_CHECKOPERANDSIZES
#include "lowering/onnx-to-linalg/Passes.h.inc"

namespace {

/// Whether `size` (index) is non-negative by construction: a dim, a
/// non-negative constant, or sums, products and maxima of such.
bool isKnownNonNegative(Value size, int depth = 0) {
  if (std::optional<int64_t> known = getConstantIntValue(size))
    return *known >= 0;
  Operation *def = size.getDefiningOp();
  if (!def || depth > 8)
    return false;
  if (isa<tensor::DimOp>(def))
    return true;
  if (isa<arith::AddIOp, arith::MulIOp, arith::MaxUIOp, arith::DivUIOp>(def))
    return llvm::all_of(def->getOperands(),
                        [&](Value v) { return isKnownNonNegative(v, depth + 1); });
  if (isa<arith::MaxSIOp>(def))
    return llvm::any_of(def->getOperands(),
                        [&](Value v) { return isKnownNonNegative(v, depth + 1); });
  return false;
}

/// The size of dim `dim` of `tensor`: a constant when static, the size a
/// tensor.empty was made with, else a tensor.dim.
OpFoldResult sizeOf(OpBuilder &b, Location loc, Value tensor, int64_t dim) {
  auto type = cast<ShapedType>(tensor.getType());
  if (!type.isDynamicDim(dim))
    return b.getIndexAttr(type.getDimSize(dim));
  if (auto empty = tensor.getDefiningOp<tensor::EmptyOp>())
    return empty.getDynamicSize(dim);
  return tensor::DimOp::create(b, loc, tensor, dim).getResult();
}

/// Whether two sizes are the same by construction: equal constants, one
/// SSA value, or dims of one tensor at one position.
bool isSameSize(OpFoldResult a, OpFoldResult b) {
  if (isEqualConstantIntOrValue(a, b))
    return true;
  auto dimOf = [](OpFoldResult size) {
    auto value = dyn_cast<Value>(size);
    return value ? value.getDefiningOp<tensor::DimOp>() : tensor::DimOp();
  };
  tensor::DimOp dimA = dimOf(a), dimB = dimOf(b);
  return dimA && dimB && dimA.getSource() == dimB.getSource() &&
         isEqualConstantIntOrValue(dimA.getIndex(), dimB.getIndex());
}

/// Emits the checks of one op; `where` texts name its node.
class SizeChecker {
public:
  SizeChecker(OpBuilder &builder, Operation *op)
      : b(builder), op(op), loc(op->getLoc()) {
    std::string name = onnx::getNodeName(loc);
    node = name.empty() ? "a node" : "node '" + name + "'";
  }

  void checkLinalgOp(linalg::LinalgOp linalgOp);
  void checkSlice(OffsetSizeAndStrideOpInterface slice, Value tensor);
  void checkEmpty(tensor::EmptyOp empty);

private:
  Value i64(OpFoldResult value) {
    return arith::IndexCastOp::create(b, loc, b.getI64Type(),
                                      getValueOrCreateConstantIndexOp(b, loc, value));
  }
  Value cmp(arith::CmpIPredicate predicate, Value lhs, Value rhs) {
    return arith::CmpIOp::create(b, loc, predicate, lhs, rhs);
  }
  /// if (failed) @onnxc.shape_error(relation, size, expected).
  void report(Value failed, ShapeRelation relation, StringRef what, Value size,
              Value expected);
  /// `guard && condition`, where a null guard means true.
  Value guarded(Value guard, Value condition) {
    return guard ? arith::AndIOp::create(b, loc, guard, condition).getResult() : condition;
  }

  OpBuilder &b;
  Operation *op;
  Location loc;
  std::string node;
};

void SizeChecker::report(Value failed, ShapeRelation relation, StringRef what, Value size,
                         Value expected) {
  auto module = op->getParentOfType<ModuleOp>();
  if (!module.lookupSymbol(kShapeErrorFunction)) {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(module.getBody());
    Type i64Type = b.getI64Type();
    func::FuncOp::create(b, module.getLoc(), kShapeErrorFunction,
                         b.getFunctionType({b.getI32Type(), i64Type, i64Type}, {}))
        .setPrivate();
  }
  std::string where = node + ": " + what.str();
  scf::IfOp::create(b, loc, failed, [&](OpBuilder &nested, Location l) {
    Value code = arith::ConstantIntOp::create(nested, l, nested.getI32Type(),
                                              static_cast<int64_t>(relation));
    auto call = func::CallOp::create(nested, l, kShapeErrorFunction, TypeRange{},
                                     ValueRange{code, size, expected});
    call->setAttr(kIndexErrorWhereAttr, nested.getStringAttr(where));
    scf::YieldOp::create(nested, l);
  });
}

void SizeChecker::checkLinalgOp(linalg::LinalgOp linalgOp) {
  AffineMap loopsToShapes = linalgOp.getLoopsToShapesMap();
  unsigned numLoops = linalgOp.getNumLoops();
  // The first shape position each loop is read from alone: its extent.
  SmallVector<int64_t> extentPosition(numLoops, -1);
  for (auto [position, expr] : llvm::enumerate(loopsToShapes.getResults()))
    if (auto dim = dyn_cast<AffineDimExpr>(expr))
      if (extentPosition[dim.getPosition()] < 0)
        extentPosition[dim.getPosition()] = position;
  if (llvm::is_contained(extentPosition, -1))
    return;

  SmallVector<OpFoldResult> sizes;
  for (OpOperand &operand : linalgOp->getOpOperands())
    for (int64_t d = 0, e = linalgOp.getRank(&operand); d < e; ++d)
      sizes.push_back(sizeOf(b, loc, operand.get(), d));
  SmallVector<OpFoldResult> extents;
  for (int64_t position : extentPosition)
    extents.push_back(sizes[position]);

  // What window bounds need, computed once per op and only when one does:
  // each loop's last iteration, and whether the body runs at all (every
  // loop non-empty; an empty loop reads nothing).
  SmallVector<OpFoldResult> lastIterations;
  Value loopsRun;
  auto prepareWindowBounds = [&]() {
    if (loopsRun)
      return;
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    for (OpFoldResult extent : extents) {
      lastIterations.push_back(affine::makeComposedFoldedAffineApply(
          b, loc, b.getAffineDimExpr(0) - 1, {extent}));
      if (std::optional<int64_t> known = getConstantIntValue(extent); known && *known > 0)
        continue;
      Value nonEmpty = cmp(arith::CmpIPredicate::ne,
                           getValueOrCreateConstantIndexOp(b, loc, extent), zero);
      loopsRun = loopsRun ? arith::AndIOp::create(b, loc, loopsRun, nonEmpty) : nonEmpty;
    }
    if (!loopsRun)
      loopsRun = arith::ConstantIntOp::create(b, loc, b.getI1Type(), 1);
  };

  for (auto [position, expr] : llvm::enumerate(loopsToShapes.getResults())) {
    OpFoldResult size = sizes[position];
    if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
      OpFoldResult extent = extents[dim.getPosition()];
      if (static_cast<int64_t>(position) == extentPosition[dim.getPosition()] ||
          isSameSize(size, extent))
        continue;
      Value actual = i64(size), expected = i64(extent);
      report(cmp(arith::CmpIPredicate::ne, actual, expected), ShapeRelation::Mismatch,
             "its operands' dims disagree at run time: a dim of size", actual, expected);
      continue;
    }
    // A window (d0 + d1, strided and dilated) or a constant position: the
    // largest index read must stay below the size. Only sums with
    // non-negative coefficients are bounded here (their largest value is
    // at the loops' last iterations); the lowering makes no others.
    bool monotone = true;
    expr.walk([&](AffineExpr sub) {
      if (auto bin = dyn_cast<AffineBinaryOpExpr>(sub)) {
        if (sub.getKind() != AffineExprKind::Add && sub.getKind() != AffineExprKind::Mul)
          monotone = false;
        if (auto constant = dyn_cast<AffineConstantExpr>(bin.getRHS()))
          if (constant.getValue() < 0)
            monotone = false;
      } else if (auto constant = dyn_cast<AffineConstantExpr>(sub)) {
        if (constant.getValue() < 0)
          monotone = false;
      }
    });
    if (!monotone)
      continue;
    prepareWindowBounds();
    auto lastIndex = affine::makeComposedFoldedAffineApply(
        b, loc, AffineMap::get(numLoops, 0, expr), lastIterations);
    std::optional<int64_t> knownLast = getConstantIntValue(lastIndex);
    std::optional<int64_t> knownSize = getConstantIntValue(size);
    if (knownLast && knownSize && *knownLast < *knownSize)
      continue;
    Value last = i64(lastIndex);
    Value limit = arith::SubIOp::create(b, loc, i64(size),
                                        arith::ConstantIntOp::create(b, loc, b.getI64Type(), 1));
    Value beyond = cmp(arith::CmpIPredicate::sgt, last, limit);
    report(guarded(loopsRun, beyond), ShapeRelation::Exceeds,
           "an operand is read past its end: last index", last, limit);
  }
}

void SizeChecker::checkSlice(OffsetSizeAndStrideOpInterface slice, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  for (int64_t d = 0; d < type.getRank(); ++d) {
    OpFoldResult offset = slice.getMixedOffsets()[d];
    OpFoldResult size = slice.getMixedSizes()[d];
    std::optional<int64_t> stride = getConstantIntValue(slice.getMixedStrides()[d]);
    std::optional<int64_t> knownOffset = getConstantIntValue(offset);
    std::optional<int64_t> knownSize = getConstantIntValue(size);
    if (!stride || *stride < 1 || (knownOffset && knownSize && !type.isDynamicDim(d)))
      continue;
    Value zero = arith::ConstantIntOp::create(b, loc, b.getI64Type(), 0);
    Value offset64 = i64(offset), size64 = i64(size);
    Value nonEmpty = cmp(arith::CmpIPredicate::sgt, size64, zero);
    if (!knownOffset)
      report(guarded(nonEmpty, cmp(arith::CmpIPredicate::slt, offset64, zero)),
             ShapeRelation::Below, "a slice starts before its tensor: first index", offset64,
             zero);
    if (knownSize && *knownSize == 0)
      continue;
    Value one = arith::ConstantIntOp::create(b, loc, b.getI64Type(), 1);
    Value strideValue = arith::ConstantIntOp::create(b, loc, b.getI64Type(), *stride);
    Value last = arith::AddIOp::create(
        b, loc, offset64,
        arith::MulIOp::create(b, loc, arith::SubIOp::create(b, loc, size64, one), strideValue));
    Value limit = arith::SubIOp::create(
        b, loc, i64(tensor::getMixedSize(b, loc, tensor, d)), one);
    report(guarded(nonEmpty, cmp(arith::CmpIPredicate::sgt, last, limit)),
           ShapeRelation::Exceeds, "a slice reaches past its tensor: last index", last, limit);
  }
}

void SizeChecker::checkEmpty(tensor::EmptyOp empty) {
  Value zero = arith::ConstantIntOp::create(b, loc, b.getI64Type(), 0);
  for (Value size : empty.getDynamicSizes()) {
    if (isKnownNonNegative(size))
      continue;
    Value size64 = i64(size);
    report(cmp(arith::CmpIPredicate::slt, size64, zero), ShapeRelation::Below,
           "a size computed at run time is negative:", size64, zero);
  }
}

struct CheckOperandSizesPass : impl::CheckOperandSizesBase<CheckOperandSizesPass> {
  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op)) {
        if (linalgOp.hasPureTensorSemantics())
          ops.push_back(op);
      } else if (isa<tensor::ExtractSliceOp, tensor::InsertSliceOp, tensor::EmptyOp>(op)) {
        ops.push_back(op);
      }
    });
    OpBuilder builder(&getContext());
    for (Operation *op : ops) {
      builder.setInsertionPoint(op);
      SizeChecker checker(builder, op);
      if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
        checker.checkLinalgOp(linalgOp);
      else if (auto extract = dyn_cast<tensor::ExtractSliceOp>(op))
        checker.checkSlice(extract, extract.getSource());
      else if (auto insert = dyn_cast<tensor::InsertSliceOp>(op))
        checker.checkSlice(insert, insert.getDest());
      else if (auto empty = dyn_cast<tensor::EmptyOp>(op))
        checker.checkEmpty(empty);
    }
  }
};

} // namespace

} // namespace onnxc
