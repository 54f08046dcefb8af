//===- IndexChecks.cpp - run-time bounds checks of data-computed indices --===//
//
// Two linalg ops over the indices, each reading every index once: a
// reduction that finds the first index out of range (then an scf.if calls
// the error function with it), and an elementwise op that wraps and clamps
// every index into range. The op that reads the data goes through the
// clamped indices, so a bad index never reaches memory, even though the run
// finishes before the runtime reports the error.
//
//===----------------------------------------------------------------------===//

#include "lowering/onnx-to-linalg/IndexChecks.h"

#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/ScalarOps.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;

namespace onnxc {

namespace {
/// The size that the index at the current position of a linalg body
/// indexes, as i64.
Value sizeAtPosition(OpBuilder &b, Location loc, ArrayRef<Value> sizes,
                     int64_t componentDim) {
  if (sizes.size() == 1)
    return sizes.front();
  Value component = linalg::IndexOp::create(b, loc, componentDim);
  Value size = sizes.back();
  for (int64_t i = static_cast<int64_t>(sizes.size()) - 2; i >= 0; --i) {
    Value isI = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, component,
                                      arith::ConstantIndexOp::create(b, loc, i));
    size = arith::SelectOp::create(b, loc, isI, sizes[i], size);
  }
  return size;
}

Value i64Constant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIntOp::create(b, loc, b.getI64Type(), value);
}

/// The lowest valid index into a dim of `size` (i64).
Value lowestIndex(OpBuilder &b, Location loc, Value size, bool allowNegative) {
  Value zero = i64Constant(b, loc, 0);
  return allowNegative ? arith::SubIOp::create(b, loc, zero, size).getResult() : zero;
}

/// With constant indices and static sizes, the check happens now.
LogicalResult checkAtCompileTime(Operation *op, StringRef operandName,
                                 RankedTensorType indicesType,
                                 ArrayRef<int64_t> values,
                                 ArrayRef<int64_t> sizes, int64_t componentDim,
                                 bool allowNegative, std::optional<int64_t> exempt) {
  int64_t stride = 1;
  if (sizes.size() > 1)
    for (int64_t d = componentDim + 1; d < indicesType.getRank(); ++d)
      stride *= indicesType.getDimSize(d);
  for (auto [linear, value] : llvm::enumerate(values)) {
    int64_t size = sizes.size() == 1
                       ? sizes.front()
                       : sizes[(static_cast<int64_t>(linear) / stride) %
                               indicesType.getDimSize(componentDim)];
    int64_t low = allowNegative ? -size : 0;
    if ((value >= low && value < size) || value == exempt)
      continue;
    onnx::emitNodeError(op) << operandName << " element " << value
                            << " is out of range [" << low << ", " << size - 1
                            << "]";
    return failure();
  }
  return success();
}

/// The private declaration of the error function, added once per module.
void declareErrorFunction(PatternRewriter &rewriter, Operation *op) {
  auto module = op->getParentOfType<ModuleOp>();
  if (module.lookupSymbol(kIndexErrorFunction))
    return;
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointToStart(module.getBody());
  Type i64 = rewriter.getI64Type();
  auto function = func::FuncOp::create(rewriter, module.getLoc(), kIndexErrorFunction,
                                       rewriter.getFunctionType({i64, i64, i64}, {}));
  function.setPrivate();
}

/// The reduction that finds the first index out of range, and the call that
/// reports it.
void emitRunTimeCheck(PatternRewriter &rewriter, Location loc, Operation *op,
                      StringRef operandName, Value indices, ArrayRef<Value> sizes,
                      int64_t componentDim, bool allowNegative,
                      std::optional<int64_t> exempt) {
  MLIRContext *ctx = rewriter.getContext();
  auto indicesType = cast<RankedTensorType>(indices.getType());
  int64_t rank = indicesType.getRank();
  Type i1 = rewriter.getI1Type(), i64 = rewriter.getI64Type();
  auto scalarOf = [&](Type type, int64_t init) {
    return createFilledTensor(rewriter, loc, RankedTensorType::get({}, type),
                              IntegerAttr::get(type, init), {});
  };
  // found (i1), the first bad index and the size it indexes (i64).
  SmallVector<Value> inits = {scalarOf(i1, 0), scalarOf(i64, 0), scalarOf(i64, 0)};
  AffineMap all = AffineMap::getMultiDimIdentityMap(rank, ctx);
  AffineMap scalar = AffineMap::get(rank, 0, {}, ctx);
  SmallVector<utils::IteratorType> iterators(rank, utils::IteratorType::reduction);
  auto search = linalg::GenericOp::create(
      rewriter, loc, TypeRange(ValueRange(inits)), ValueRange{indices}, inits,
      {all, scalar, scalar, scalar}, iterators,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value index = convertScalar(b, l, args[0], i64);
        Value found = args[1], firstIndex = args[2], firstSize = args[3];
        Value size = sizeAtPosition(b, l, sizes, componentDim);
        Value low = lowestIndex(b, l, size, allowNegative);
        Value below = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, index, low);
        Value above = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sge, index, size);
        Value bad = arith::OrIOp::create(b, l, below, above);
        if (exempt) {
          Value isExempt = arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, index,
                                                 i64Constant(b, l, *exempt));
          bad = arith::AndIOp::create(
              b, l, bad,
              arith::XOrIOp::create(b, l, isExempt, arith::ConstantIntOp::create(b, l, i1, 1)));
        }
        Value first = arith::AndIOp::create(
            b, l, bad,
            arith::XOrIOp::create(b, l, found, arith::ConstantIntOp::create(b, l, i1, 1)));
        linalg::YieldOp::create(
            b, l,
            ValueRange{arith::OrIOp::create(b, l, found, bad),
                       arith::SelectOp::create(b, l, first, index, firstIndex),
                       arith::SelectOp::create(b, l, first, size, firstSize)});
      });
  auto extract = [&](unsigned result) -> Value {
    return tensor::ExtractOp::create(rewriter, loc, search.getResult(result), ValueRange{});
  };
  Value found = extract(0), badIndex = extract(1), badSize = extract(2);
  Value low = lowestIndex(rewriter, loc, badSize, allowNegative);
  Value high = arith::SubIOp::create(rewriter, loc, badSize, i64Constant(rewriter, loc, 1));
  reportOutOfRange(rewriter, loc, op, (operandName + " element").str(), found, badIndex, low,
                   high);
}
} // namespace

void reportOutOfRange(PatternRewriter &rewriter, Location loc, Operation *op,
                      StringRef what, Value failed, Value value, Value low, Value high) {
  declareErrorFunction(rewriter, op);
  std::string where = onnx::describeNode(op) + ": " + what.str();
  scf::IfOp::create(rewriter, loc, failed, [&](OpBuilder &b, Location l) {
    auto call = func::CallOp::create(b, l, kIndexErrorFunction, TypeRange{},
                                     ValueRange{value, low, high});
    call->setAttr(kIndexErrorWhereAttr, b.getStringAttr(where));
    scf::YieldOp::create(b, l);
  });
}

FailureOr<CheckedIndices> checkIndices(PatternRewriter &rewriter, Location loc,
                                       Operation *op, StringRef operandName,
                                       Value indices, ArrayRef<Value> sizes,
                                       int64_t componentDim, bool allowNegative,
                                       std::optional<int64_t> exempt) {
  auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
  if (!indicesType || !indicesType.getElementType().isSignlessInteger() ||
      sizes.empty() || (sizes.size() > 1 && componentDim < 0))
    return failure();

  SmallVector<int64_t> staticSizes;
  for (Value size : sizes)
    if (std::optional<int64_t> known = getConstantIntValue(size))
      staticSizes.push_back(*known);
  bool allStatic = staticSizes.size() == sizes.size();
  // An onnx.Constant, or the arith.constant it has already been lowered to.
  std::optional<SmallVector<int64_t>> constantIndices =
      onnx::getConstantIntValues(indices);
  ElementsAttr constantAttr;
  if (!constantIndices && matchPattern(indices, m_Constant(&constantAttr)))
    constantIndices = onnx::getIntValues(constantAttr);
  bool checkNow = constantIndices && allStatic && indicesType.hasStaticShape();
  if (checkNow && failed(checkAtCompileTime(op, operandName, indicesType, *constantIndices,
                                            staticSizes, componentDim, allowNegative, exempt)))
    return failure();

  Type i64 = rewriter.getI64Type();
  SmallVector<Value> sizes64;
  for (Value size : sizes)
    sizes64.push_back(arith::IndexCastOp::create(rewriter, loc, i64, size));
  if (!checkNow)
    emitRunTimeCheck(rewriter, loc, op, operandName, indices, sizes64, componentDim,
                     allowNegative, exempt);

  SmallVector<std::pair<Value, int64_t>> dimSources;
  for (int64_t d = 0; d < indicesType.getRank(); ++d)
    dimSources.push_back({indices, d});
  // i64 rather than index elements: buffers of index have no byte size
  // for the arena planner.
  auto checkedType = RankedTensorType::get(indicesType.getShape(), i64);
  AffineMap identity =
      AffineMap::getMultiDimIdentityMap(indicesType.getRank(), rewriter.getContext());
  Value checked = buildMappedGeneric(
      rewriter, loc, checkedType, ValueRange{indices}, {identity}, dimSources,
      [&](OpBuilder &b, Location l, ValueRange args) -> Value {
        Value index = convertScalar(b, l, args[0], i64);
        Value size = sizeAtPosition(b, l, sizes64, componentDim);
        Value zero = i64Constant(b, l, 0);
        if (allowNegative) {
          Value negative = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, index, zero);
          index = arith::SelectOp::create(b, l, negative,
                                          arith::AddIOp::create(b, l, index, size), index);
        }
        Value last = arith::SubIOp::create(b, l, size, i64Constant(b, l, 1));
        return arith::MaxSIOp::create(b, l, arith::MinSIOp::create(b, l, index, last), zero);
      });

  CheckedIndices result{checked, nullptr};
  for (auto [i, size] : llvm::enumerate(sizes)) {
    std::optional<int64_t> known = getConstantIntValue(size);
    if (known && *known > 0)
      continue;
    Value empty = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, size,
                                        arith::ConstantIndexOp::create(rewriter, loc, 0));
    result.anyEmptySize =
        result.anyEmptySize ? arith::OrIOp::create(rewriter, loc, result.anyEmptySize, empty)
                            : empty;
  }
  return result;
}

LogicalResult checkExtentFits(PatternRewriter &rewriter, Location loc, Operation *op,
                              StringRef what, Value extent, Value limit) {
  std::optional<int64_t> knownExtent = getConstantIntValue(extent);
  std::optional<int64_t> knownLimit = getConstantIntValue(limit);
  if (knownExtent && knownLimit) {
    if (*knownExtent <= *knownLimit)
      return success();
    onnx::emitNodeError(op) << what << " " << *knownExtent << " is out of range [0, "
                            << *knownLimit << "]";
    return failure();
  }
  Type i64 = rewriter.getI64Type();
  Value extent64 = arith::IndexCastOp::create(rewriter, loc, i64, extent);
  Value limit64 = arith::IndexCastOp::create(rewriter, loc, i64, limit);
  Value tooBig =
      arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, extent64, limit64);
  reportOutOfRange(rewriter, loc, op, what, tooBig, extent64, i64Constant(rewriter, loc, 0),
                   limit64);
  return success();
}

SmallVector<Value> checkRunTimeSizes(PatternRewriter &rewriter, Location loc, Operation *op,
                                     StringRef what, ValueRange sizes, int64_t staticCount) {
  if (sizes.empty())
    return {};
  Type i64 = rewriter.getI64Type();
  Value zero = i64Constant(rewriter, loc, 0);
  Value most = i64Constant(rewriter, loc, kMostRunTimeElements);
  // The count so far stays within [0, most] while every size is: the next
  // product overflows nothing when size <= most / count.
  Value count = i64Constant(rewriter, loc, std::max<int64_t>(1, staticCount));
  Value bad = arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(),
                                           staticCount > kMostRunTimeElements);
  Value firstBad = zero;
  for (Value size : sizes) {
    Value negative = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt, size, zero);
    Value room = arith::DivSIOp::create(rewriter, loc, most, count);
    Value tooBig = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sgt, size, room);
    Value thisBad = arith::OrIOp::create(rewriter, loc, negative, tooBig);
    firstBad = arith::SelectOp::create(
        rewriter, loc, arith::AndIOp::create(rewriter, loc, thisBad,
                                             arith::XOrIOp::create(
                                                 rewriter, loc, bad,
                                                 arith::ConstantIntOp::create(
                                                     rewriter, loc, rewriter.getI1Type(), 1))),
        size, firstBad);
    bad = arith::OrIOp::create(rewriter, loc, bad, thisBad);
    // max(size, 1), so that a zero size keeps the room for the others.
    Value safe = arith::SelectOp::create(rewriter, loc, thisBad, zero, size);
    count = arith::MulIOp::create(rewriter, loc, count,
                                  arith::MaxSIOp::create(rewriter, loc, safe,
                                                         i64Constant(rewriter, loc, 1)));
  }
  reportOutOfRange(rewriter, loc, op, what, bad, firstBad, zero, most);
  SmallVector<Value> checked;
  for (Value size : sizes) {
    Value safe = arith::SelectOp::create(rewriter, loc, bad, zero, size);
    checked.push_back(arith::IndexCastOp::create(rewriter, loc, rewriter.getIndexType(), safe));
  }
  return checked;
}

Value extractChecked(OpBuilder &b, Location loc, Value data, ValueRange position,
                     const CheckedIndices &checked) {
  if (!checked.anyEmptySize)
    return tensor::ExtractOp::create(b, loc, data, position);
  Type elementType = cast<RankedTensorType>(data.getType()).getElementType();
  auto guarded = scf::IfOp::create(b, loc, TypeRange{elementType}, checked.anyEmptySize,
                                   /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(guarded.thenBlock());
  scf::YieldOp::create(b, loc,
                       ValueRange{arith::ConstantOp::create(b, loc, b.getZeroAttr(elementType))});
  b.setInsertionPointToStart(guarded.elseBlock());
  scf::YieldOp::create(b, loc, ValueRange{tensor::ExtractOp::create(b, loc, data, position)});
  return guarded.getResult(0);
}

} // namespace onnxc
