//===- ControlFlow.cpp - If, Loop and Scan -> scf -------------------------===//
//
// The subgraph regions move into scf ops whole, so their onnx ops are
// lowered in place by the other patterns and values of the enclosing graph
// stay visible in them; onnx.Yield becomes scf.yield (with tensor.casts
// where a branch knows more of a shape than the op's result says).
//
//   If    -> scf.if on the condition's one element.
//   Loop  -> scf.while over (iteration number, condition, carried values):
//            it runs while the condition holds and the iteration number is
//            below the trip count. Scan outputs need their size before the
//            loop runs, so they are supported when there is a trip count M
//            and the body cannot stop the loop early (it passes the
//            condition through or yields true): then they are stacked into
//            a tensor of M rows, or of 0 when the initial condition is
//            false. A run-time M (computed from the inputs, as Range's
//            definition does) is checked like any size from data, and the
//            loop runs at most that many times.
//   Scan  -> scf.for over the sequence length (a dim of the first scanned
//            input, so every buffer is sized by the inputs' dims): each
//            iteration extracts the slices of the scanned inputs, runs the
//            body and inserts its scan outputs; reverse directions read or
//            write from the end.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;

namespace onnxc {

namespace {
/// The ranked result types of `op`, or failure.
FailureOr<SmallVector<Type>> getRankedResultTypes(PatternRewriter &rewriter, Operation *op) {
  SmallVector<Type> types;
  for (unsigned i = 0; i < op->getNumResults(); ++i) {
    RankedTensorType type = getRankedResultType(op, i);
    if (!type)
      return rewriter.notifyMatchFailure(op, "results need ranked types");
    types.push_back(type);
  }
  return types;
}

/// `value` as `type` (tensor.cast), or failure when they are incompatible.
FailureOr<Value> castTo(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  if (!tensor::CastOp::areCastCompatible(value.getType(), type))
    return failure();
  return tensor::CastOp::create(b, loc, type, value).getResult();
}

/// True when every yielded value of `region` from `from` on can be cast to
/// `types`.
bool yieldsCastTo(Region &region, unsigned from, TypeRange types) {
  Operation *yield = region.front().getTerminator();
  if (yield->getNumOperands() < from + types.size())
    return false;
  for (auto [value, type] : llvm::zip(yield->getOperands().drop_front(from), types))
    if (value.getType() != type &&
        !tensor::CastOp::areCastCompatible(value.getType(), type))
      return false;
  return true;
}

/// The one element of a tensor (a condition, a trip count) as a scalar.
Value extractScalar(OpBuilder &b, Location loc, Value tensor) {
  auto type = cast<RankedTensorType>(tensor.getType());
  SmallVector<Value> zeros(type.getRank(), arith::ConstantIndexOp::create(b, loc, 0));
  return tensor::ExtractOp::create(b, loc, tensor, zeros);
}

/// A rank-0 tensor holding `scalar` (what a subgraph input receives).
Value wrapScalar(OpBuilder &b, Location loc, Value scalar) {
  return tensor::FromElementsOp::create(b, loc, RankedTensorType::get({}, scalar.getType()),
                                        ValueRange{scalar});
}

bool isOneElementTensor(Value value, Type element) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getNumElements() == 1 &&
         type.getElementType() == element;
}

/// `type` without dim `axis`: one slice of a scanned or stacked tensor.
RankedTensorType withoutDim(RankedTensorType type, int64_t axis) {
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + axis);
  return RankedTensorType::get(shape, type.getElementType());
}

/// The offsets, sizes and strides of the unit slice of `tensor` at `at`
/// along `axis` (whole along every other dim).
struct UnitSlice {
  SmallVector<OpFoldResult> offsets, sizes, strides;
};
UnitSlice getUnitSlice(OpBuilder &b, Location loc, Value tensor, int64_t axis, Value at) {
  UnitSlice slice;
  for (int64_t d = 0; d < cast<RankedTensorType>(tensor.getType()).getRank(); ++d) {
    slice.offsets.push_back(d == axis ? OpFoldResult(at) : b.getIndexAttr(0));
    slice.sizes.push_back(d == axis ? OpFoldResult(b.getIndexAttr(1))
                                    : tensor::getMixedSize(b, loc, tensor, d));
    slice.strides.push_back(b.getIndexAttr(1));
  }
  return slice;
}

/// `slice` (the shape of `into` without dim `axis`) inserted into `into`
/// at position `at` along `axis`.
Value insertAlong(OpBuilder &b, Location loc, Value slice, Value into, int64_t axis, Value at) {
  UnitSlice where = getUnitSlice(b, loc, into, axis, at);
  Value fitted =
      *castTo(b, loc, slice, withoutDim(cast<RankedTensorType>(into.getType()), axis));
  return tensor::InsertSliceOp::create(b, loc, fitted, into, where.offsets, where.sizes,
                                       where.strides);
}

/// `from` with dim `axis` removed: the slice at `at` along `axis` (a view).
Value extractAlong(OpBuilder &b, Location loc, Value from, int64_t axis, Value at) {
  UnitSlice where = getUnitSlice(b, loc, from, axis, at);
  return tensor::ExtractSliceOp::create(b, loc,
                                        withoutDim(cast<RankedTensorType>(from.getType()), axis),
                                        from, where.offsets, where.sizes, where.strides);
}

/// `value` copied over the whole of `into` (of the same shape), in
/// destination style: yielding this instead of `value` keeps a loop-carried
/// buffer in place, so one arena slot carries the value from iteration to
/// iteration. (A full-size tensor.insert_slice would fold away.)
Value overwrite(OpBuilder &b, Location loc, Value value, Value into) {
  return linalg::CopyOp::create(b, loc, value, into).getResult(0);
}

/// If -> scf.if.
struct IfLowering : OpRewritePattern<onnx::IfOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::IfOp op, PatternRewriter &rewriter) const override {
    FailureOr<SmallVector<Type>> types = getRankedResultTypes(rewriter, op);
    if (failed(types))
      return failure();
    if (!isOneElementTensor(op->getOperand(0), rewriter.getI1Type()))
      return rewriter.notifyMatchFailure(op, "the condition must be one bool");
    if (!yieldsCastTo(op.getThenBranch(), 0, *types) ||
        !yieldsCastTo(op.getElseBranch(), 0, *types))
      return rewriter.notifyMatchFailure(op, "a branch yields other types than the results");
    Location loc = op.getLoc();
    Value cond = extractScalar(rewriter, loc, op->getOperand(0));
    auto ifOp = scf::IfOp::create(rewriter, loc, *types, cond, /*addThenBlock=*/false,
                                  /*addElseBlock=*/false);
    for (auto [from, to] : {std::pair<Region *, Region *>{&op.getThenBranch(),
                                                          &ifOp.getThenRegion()},
                            {&op.getElseBranch(), &ifOp.getElseRegion()}}) {
      rewriter.inlineRegionBefore(*from, *to, to->end());
      Operation *yield = to->front().getTerminator();
      rewriter.setInsertionPoint(yield);
      SmallVector<Value> results;
      for (auto [value, type] : llvm::zip(yield->getOperands(), *types))
        results.push_back(*castTo(rewriter, yield->getLoc(), value, type));
      rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, results);
    }
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

/// True when `value` is a constant whose elements are all true.
bool isConstantTrue(Value value) {
  std::optional<SmallVector<int64_t>> values = onnx::getConstantIntValues(value);
  if (!values) {
    DenseElementsAttr attr;
    if (!matchPattern(value, m_Constant(&attr)) || !attr.getElementType().isInteger(1))
      return false;
    return llvm::all_of(attr.getValues<bool>(), [](bool v) { return v; });
  }
  return llvm::all_of(*values, [](int64_t v) { return v != 0; });
}

/// Loop -> scf.while (see the file comment for scan outputs).
struct LoopLowering : OpRewritePattern<onnx::LoopOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::LoopOp op, PatternRewriter &rewriter) const override {
    FailureOr<SmallVector<Type>> types = getRankedResultTypes(rewriter, op);
    if (failed(types))
      return failure();
    Value tripCount = op->getOperand(0), initialCond = op->getOperand(1);
    bool hasTripCount = !onnx::isNoValue(tripCount), hasCond = !onnx::isNoValue(initialCond);
    if ((hasTripCount && !isOneElementTensor(tripCount, rewriter.getI64Type())) ||
        (hasCond && !isOneElementTensor(initialCond, rewriter.getI1Type())))
      return rewriter.notifyMatchFailure(op, "M must be one int64 and cond one bool");
    Block &body = op.getBody().front();
    int64_t numCarried = static_cast<int64_t>(op->getNumOperands()) - 2;
    int64_t numScan = static_cast<int64_t>(op->getNumResults()) - numCarried;
    ArrayRef<Type> carriedTypes = ArrayRef<Type>(*types).take_front(numCarried);
    if (body.getNumArguments() != static_cast<unsigned>(2 + numCarried) ||
        body.getTerminator()->getNumOperands() != 1 + op->getNumResults() ||
        !yieldsCastTo(op.getBody(), 1, carriedTypes))
      return rewriter.notifyMatchFailure(op, "the body's carried values do not match");
    // Each carried value enters the body as the body's argument type.
    for (int64_t i = 0; i < numCarried; ++i)
      if (!tensor::CastOp::areCastCompatible(carriedTypes[i], body.getArgument(2 + i).getType()))
        return rewriter.notifyMatchFailure(op, "a carried value changes type in the body");

    std::optional<int64_t> constantTrips;
    if (hasTripCount)
      if (auto trips = onnx::getConstantIntValues(tripCount); trips && trips->size() == 1)
        constantTrips = trips->front();
    Operation *yield = body.getTerminator();
    Value yieldedCond = yield->getOperand(0);
    while (auto identity = yieldedCond.getDefiningOp<onnx::IdentityOp>())
      yieldedCond = identity->getOperand(0);
    // A body that hands its condition on unchanged runs M times, or none
    // when the initial condition is false.
    bool bodyKeepsCond = yieldedCond == body.getArgument(1) || isConstantTrue(yieldedCond);
    bool condNeverStops = (!hasCond || isConstantTrue(initialCond)) && bodyKeepsCond;
    if (constantTrips && !condNeverStops)
      constantTrips.reset(); // the scan outputs' length is then M or 0
    if (numScan > 0 && !(hasTripCount && bodyKeepsCond))
      return rewriter.notifyMatchFailure(
          op, "scan outputs need a trip count and a condition that cannot stop "
              "the loop early (their size must be known before the loop runs)");

    // Each scan output stacks static slices into [M, ...] (M may be known
    // only at run time: computed from the model's inputs, like Range's
    // definition computes it).
    for (int64_t k = 0; k < numScan; ++k) {
      auto stacked = cast<RankedTensorType>((*types)[numCarried + k]);
      if (stacked.getRank() < 1 || !withoutDim(stacked, 0).hasStaticShape() ||
          (constantTrips ? stacked.getDimSize(0) != *constantTrips
                         : !stacked.isDynamicDim(0)))
        return rewriter.notifyMatchFailure(op, "a scan output's type is not [M, static...]");
      if (!tensor::CastOp::areCastCompatible(yield->getOperand(1 + numCarried + k).getType(),
                                             withoutDim(stacked, 0)))
        return rewriter.notifyMatchFailure(op, "a scan output's slices are not of one shape");
    }

    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
    Value zero = arith::ConstantIntOp::create(rewriter, loc, i64, 0);
    Value limit = hasTripCount ? extractScalar(rewriter, loc, tripCount) : Value();
    Value cond = hasCond ? extractScalar(rewriter, loc, initialCond)
                         : arith::ConstantIntOp::create(rewriter, loc, i1, 1).getResult();
    SmallVector<Value> inits = {zero, cond};
    for (int64_t i = 0; i < numCarried; ++i)
      inits.push_back(*castTo(rewriter, loc, op->getOperand(2 + i), carriedTypes[i]));
    if (numScan > 0 && !constantTrips) {
      // A run-time M sizes the scan outputs: at least 0 (a negative M runs
      // no iteration), checked like any size from data, and the loop runs
      // at most that many times, so no row is written past the outputs.
      int64_t rowElements = 1;
      for (int64_t k = 0; k < numScan; ++k)
        rowElements = std::max(rowElements, withoutDim(cast<RankedTensorType>(
                                                           (*types)[numCarried + k]),
                                                       0)
                                                .getNumElements());
      Value trips = arith::MaxSIOp::create(rewriter, loc, limit, zero);
      if (hasCond && !isConstantTrue(initialCond))
        trips = arith::SelectOp::create(rewriter, loc, cond, trips, zero);
      Value rows = checkRunTimeSizes(rewriter, loc, op, "trip count", ValueRange{trips},
                                     rowElements)
                       .front();
      limit = arith::IndexCastOp::create(rewriter, loc, i64, rows);
      for (int64_t k = 0; k < numScan; ++k) {
        auto stacked = cast<RankedTensorType>((*types)[numCarried + k]);
        inits.push_back(tensor::EmptyOp::create(rewriter, loc, stacked.getShape(),
                                                stacked.getElementType(), ValueRange{rows}));
      }
    } else {
      for (int64_t k = 0; k < numScan; ++k)
        inits.push_back(createEmptyTensor(rewriter, loc,
                                          cast<RankedTensorType>((*types)[numCarried + k]), {}));
    }
    SmallVector<Type> stateTypes = llvm::to_vector(ValueRange(inits).getTypes());
    auto whileOp = scf::WhileOp::create(rewriter, loc, stateTypes, inits);
    SmallVector<Location> locs(stateTypes.size(), loc);
    {
      // Before: run while cond holds and i < M.
      Block *before = rewriter.createBlock(&whileOp.getBefore(), {}, stateTypes, locs);
      Value keepGoing = before->getArgument(1);
      if (limit) {
        Value below = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt,
                                            before->getArgument(0), limit);
        keepGoing = arith::AndIOp::create(rewriter, loc, keepGoing, below);
      }
      scf::ConditionOp::create(rewriter, loc, keepGoing, before->getArguments());
    }
    Block *after = rewriter.createBlock(&whileOp.getAfter(), {}, stateTypes, locs);
    SmallVector<Value> bodyArgs = {wrapScalar(rewriter, loc, after->getArgument(0)),
                                   wrapScalar(rewriter, loc, after->getArgument(1))};
    for (int64_t i = 0; i < numCarried; ++i)
      bodyArgs.push_back(*castTo(rewriter, loc, after->getArgument(2 + i),
                                 body.getArgument(2 + i).getType()));
    rewriter.inlineBlockBefore(&body, after, after->end(), bodyArgs);

    rewriter.setInsertionPoint(yield);
    Location yloc = yield->getLoc();
    Value next = arith::AddIOp::create(rewriter, yloc, after->getArgument(0),
                                       arith::ConstantIntOp::create(rewriter, yloc, i64, 1));
    SmallVector<Value> nextState = {next, extractScalar(rewriter, yloc, yield->getOperand(0))};
    // The scan outputs' rows first: a row may be a carried value as it
    // entered the iteration, which the overwrites below replace in place.
    Value row = arith::IndexCastOp::create(rewriter, yloc, rewriter.getIndexType(),
                                           after->getArgument(0));
    SmallVector<Value> rows;
    for (int64_t k = 0; k < numScan; ++k) {
      Value accumulator = after->getArgument(2 + numCarried + k);
      Value slice = yield->getOperand(1 + numCarried + k);
      rows.push_back(insertAlong(rewriter, yloc, slice, accumulator, /*axis=*/0, row));
    }
    for (int64_t i = 0; i < numCarried; ++i)
      nextState.push_back(
          overwrite(rewriter, yloc,
                    *castTo(rewriter, yloc, yield->getOperand(1 + i), carriedTypes[i]),
                    after->getArgument(2 + i)));
    llvm::append_range(nextState, rows);
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, nextState);

    // The iteration number and the condition are the loop's own.
    rewriter.replaceOp(op, whileOp.getResults().drop_front(2));
    return success();
  }
};

/// Scan -> scf.for over the sequence (see the file comment).
struct ScanLowering : OpRewritePattern<onnx::ScanOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ScanOp op, PatternRewriter &rewriter) const override {
    FailureOr<SmallVector<Type>> types = getRankedResultTypes(rewriter, op);
    if (failed(types))
      return failure();
    int64_t numInputs = onnx::getIntAttr(op, "num_scan_inputs", 0);
    int64_t numStates = static_cast<int64_t>(op->getNumOperands()) - numInputs;
    int64_t numOutputs = static_cast<int64_t>(op->getNumResults()) - numStates;
    Block &body = op.getBody().front();
    Operation *yield = body.getTerminator();
    if (numInputs < 1 || numStates < 0 || numOutputs < 0 ||
        body.getNumArguments() != op->getNumOperands() ||
        yield->getNumOperands() != op->getNumResults())
      return rewriter.notifyMatchFailure(op, "the body does not match the Scan's values");
    ArrayRef<Type> stateTypes = ArrayRef<Type>(*types).take_front(numStates);
    if (!yieldsCastTo(op.getBody(), 0, stateTypes))
      return rewriter.notifyMatchFailure(op, "a state changes type in the body");

    auto axisOf = [&](StringRef name, int64_t k, int64_t rank) {
      SmallVector<int64_t> axes = onnx::getIntsAttr(op, name, {});
      return onnx::normalizeAxis(k < static_cast<int64_t>(axes.size()) ? axes[k] : 0, rank);
    };
    auto reversed = [&](StringRef name, int64_t k) {
      SmallVector<int64_t> directions = onnx::getIntsAttr(op, name, {});
      return k < static_cast<int64_t>(directions.size()) && directions[k] == 1;
    };
    SmallVector<int64_t> inputAxes, outputAxes;
    for (int64_t k = 0; k < numInputs; ++k) {
      auto type = dyn_cast<RankedTensorType>(op->getOperand(numStates + k).getType());
      if (!type)
        return rewriter.notifyMatchFailure(op, "scanned inputs need ranked types");
      inputAxes.push_back(axisOf("scan_input_axes", k, type.getRank()));
      if (inputAxes.back() < 0 || inputAxes.back() >= type.getRank())
        return rewriter.notifyMatchFailure(op, "a scan input axis is out of range");
    }
    // Check every cast below before anything is built.
    for (int64_t i = 0; i < numStates; ++i)
      if (!tensor::CastOp::areCastCompatible(stateTypes[i], body.getArgument(i).getType()))
        return rewriter.notifyMatchFailure(op, "a state does not fit the body's input");
    for (int64_t k = 0; k < numInputs; ++k) {
      auto type = cast<RankedTensorType>(op->getOperand(numStates + k).getType());
      if (!tensor::CastOp::areCastCompatible(withoutDim(type, inputAxes[k]),
                                             body.getArgument(numStates + k).getType()))
        return rewriter.notifyMatchFailure(op, "a scanned slice does not fit the body's input");
    }
    for (int64_t k = 0; k < numOutputs; ++k) {
      auto stacked = cast<RankedTensorType>((*types)[numStates + k]);
      int64_t axis = axisOf("scan_output_axes", k, stacked.getRank());
      if (axis < 0 || axis >= stacked.getRank())
        return rewriter.notifyMatchFailure(op, "a scan output axis is out of range");
      if (!tensor::CastOp::areCastCompatible(yield->getOperand(numStates + k).getType(),
                                             withoutDim(stacked, axis)))
        return rewriter.notifyMatchFailure(op, "a scan output's slices do not fit its type");
      for (int64_t d = 0; d < stacked.getRank(); ++d)
        if (stacked.isDynamicDim(d) && d != axis)
          // The accumulator is made before the body has run once.
          return rewriter.notifyMatchFailure(
              op, "a scan output's slices have dynamic dims (only the sequence may be)");
    }
    for (int64_t k = 1; k < numInputs; ++k) {
      auto type = cast<RankedTensorType>(op->getOperand(numStates + k).getType());
      auto firstType = cast<RankedTensorType>(op->getOperand(numStates).getType());
      if (!type.isDynamicDim(inputAxes[k]) && !firstType.isDynamicDim(inputAxes[0]) &&
          type.getDimSize(inputAxes[k]) != firstType.getDimSize(inputAxes[0]))
        return rewriter.notifyMatchFailure(op, "the scanned inputs differ in length");
    }

    Location loc = op.getLoc();
    Value first = op->getOperand(numStates);
    Value length = getDimValue(rewriter, loc, first, inputAxes[0]);
    SmallVector<Value> inits;
    for (int64_t i = 0; i < numStates; ++i)
      inits.push_back(*castTo(rewriter, loc, op->getOperand(i), stateTypes[i]));
    for (int64_t k = 0; k < numOutputs; ++k) {
      auto stacked = cast<RankedTensorType>((*types)[numStates + k]);
      outputAxes.push_back(axisOf("scan_output_axes", k, stacked.getRank()));
      SmallVector<Value> dynamicSizes;
      if (stacked.isDynamicDim(outputAxes.back()))
        dynamicSizes.push_back(length);
      inits.push_back(tensor::EmptyOp::create(rewriter, loc, stacked, dynamicSizes));
    }

    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
    auto forOp = scf::ForOp::create(rewriter, loc, zero, length, one, inits);
    Block *loop = forOp.getBody();
    rewriter.setInsertionPointToStart(loop);
    Value step = forOp.getInductionVar();
    Value last = arith::SubIOp::create(rewriter, loc, length, one);
    Value backwards = arith::SubIOp::create(rewriter, loc, last, step);
    SmallVector<Value> bodyArgs;
    for (int64_t i = 0; i < numStates; ++i)
      bodyArgs.push_back(*castTo(rewriter, loc, loop->getArgument(1 + i),
                                 body.getArgument(i).getType()));
    for (int64_t k = 0; k < numInputs; ++k) {
      Value at = reversed("scan_input_directions", k) ? backwards : step;
      Value slice = extractAlong(rewriter, loc, op->getOperand(numStates + k), inputAxes[k], at);
      bodyArgs.push_back(*castTo(rewriter, loc, slice, body.getArgument(numStates + k).getType()));
    }
    // A terminator scf.for's builder may have added goes; the body's takes
    // its place.
    if (!loop->empty() && loop->back().hasTrait<OpTrait::IsTerminator>())
      rewriter.eraseOp(&loop->back());
    rewriter.inlineBlockBefore(&body, loop, loop->end(), bodyArgs);
    rewriter.setInsertionPoint(yield);
    Location yloc = yield->getLoc();
    SmallVector<Value> next;
    for (int64_t i = 0; i < numStates; ++i)
      next.push_back(overwrite(rewriter, yloc,
                               *castTo(rewriter, yloc, yield->getOperand(i), stateTypes[i]),
                               loop->getArgument(1 + i)));
    for (int64_t k = 0; k < numOutputs; ++k) {
      Value at = reversed("scan_output_directions", k) ? backwards : step;
      next.push_back(insertAlong(rewriter, yloc, yield->getOperand(numStates + k),
                                 loop->getArgument(1 + numStates + k), outputAxes[k], at));
    }
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, next);
    rewriter.replaceOp(op, forOp.getResults());
    return success();
  }
};
} // namespace

void populateControlFlowPatterns(RewritePatternSet &patterns) {
  patterns.add<IfLowering, LoopLowering, ScanLowering>(patterns.getContext());
}

} // namespace onnxc
