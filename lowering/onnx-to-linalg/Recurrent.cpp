//===- Recurrent.cpp - RNN, GRU and LSTM -> linalg inside scf.for ---------===//
//
// The three recurrent ops share one shape: the input projection X·Wᵀ (plus
// the biases that do not depend on the state) for every time step and
// direction at once, as one contraction before the loop, since it is most
// of the work; then per direction an scf.for over time steps that carries
// the hidden (and cell) state and Y as tensors. Each step multiplies the
// state by Rᵀ and applies the gate nonlinearities in one elementwise
// linalg.generic over [batch, hidden], and inserts the new state into Y.
//
// Internally the layout is time-major (layout 0): layout 1 inputs are
// transposed on the way in and the outputs on the way out. float16 and
// bfloat16 compute in float32. With sequence_lens, a row whose sequence has
// ended keeps its state and writes zeros to Y; a reverse direction walks
// t = seq-1 .. 0, so each row starts from its initial state at its own last
// element, as ONNX specifies.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "lowering/onnx-to-linalg/PopulatePatterns.h"
#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include <functional>

using namespace mlir;

namespace onnxc {

//===----------------------------------------------------------------------===//
// What a node asks for
//===----------------------------------------------------------------------===//

namespace {
enum class CellKind { RNN, GRU, LSTM };

/// One of the activation functions the recurrent ops accept, with the
/// alpha/beta it was given (or its default).
struct Activation {
  enum Kind {
    Relu, Tanh, Sigmoid, Affine, LeakyRelu, ThresholdedRelu, ScaledTanh,
    HardSigmoid, Elu, Softsign, Softplus
  } kind;
  double alpha = 0, beta = 0;
};

/// The attributes of a recurrent node, checked and normalised.
struct RecurrentNode {
  CellKind kind;
  int64_t numGates;   // RNN 1 (h), GRU 3 (z, r, h), LSTM 4 (i, o, f, c)
  int64_t hidden;     // known at compile time
  int64_t numDirections;
  bool reverse;       // direction "reverse" (one direction, walked backwards)
  bool batchMajor;    // layout 1
  std::optional<double> clip;
  bool inputForget;       // LSTM
  bool linearBeforeReset; // GRU
  /// numActivations per direction, direction 0 first.
  SmallVector<Activation> activations;
  int64_t numActivations;
};

struct ActivationInfo {
  const char *name;
  Activation::Kind kind;
  bool usesAlpha, usesBeta;
  double alpha, beta;
};
} // namespace

static const ActivationInfo kActivations[] = {
    {"Relu", Activation::Relu, false, false, 0, 0},
    {"Tanh", Activation::Tanh, false, false, 0, 0},
    {"Sigmoid", Activation::Sigmoid, false, false, 0, 0},
    {"Affine", Activation::Affine, true, true, 1.0, 0.0},
    {"LeakyRelu", Activation::LeakyRelu, true, false, 0.01, 0},
    {"ThresholdedRelu", Activation::ThresholdedRelu, true, false, 1.0, 0},
    {"ScaledTanh", Activation::ScaledTanh, true, true, 1.0, 1.0},
    {"HardSigmoid", Activation::HardSigmoid, true, true, 0.2, 0.5},
    {"Elu", Activation::Elu, true, false, 1.0, 0},
    {"Softsign", Activation::Softsign, false, false, 0, 0},
    {"Softplus", Activation::Softplus, false, false, 0, 0},
};

/// The activations of `op`: the node's list (names case-insensitive, one
/// set per direction; a single set serves both directions) or the op's
/// defaults. alpha and beta values are consumed in order by the functions
/// that take them, as ONNX Runtime does; the others take none.
static LogicalResult readActivations(Operation *op, RecurrentNode &node,
                                     std::string &why) {
  SmallVector<std::string> names;
  if (auto list = op->getAttrOfType<ArrayAttr>("activations")) {
    for (Attribute a : list)
      names.push_back(cast<StringAttr>(a).str());
  } else {
    SmallVector<std::string> defaults;
    if (node.kind == CellKind::LSTM)
      defaults = {"Sigmoid", "Tanh", "Tanh"};
    else if (node.kind == CellKind::GRU)
      defaults = {"Sigmoid", "Tanh"};
    else
      defaults = {"Tanh"};
    for (int64_t d = 0; d < node.numDirections; ++d)
      names.append(defaults);
  }
  node.numActivations = node.kind == CellKind::LSTM ? 3 : node.kind == CellKind::GRU ? 2 : 1;
  int64_t wanted = node.numActivations * node.numDirections;
  if (static_cast<int64_t>(names.size()) == node.numActivations && node.numDirections == 2)
    names.append(SmallVector<std::string>(names));
  if (static_cast<int64_t>(names.size()) != wanted) {
    why = "expects " + std::to_string(wanted) + " activations, the node has " +
          std::to_string(names.size());
    return failure();
  }
  ArrayRef<float> alpha, beta;
  if (auto a = op->getAttrOfType<DenseF32ArrayAttr>("activation_alpha"))
    alpha = a.asArrayRef();
  if (auto b = op->getAttrOfType<DenseF32ArrayAttr>("activation_beta"))
    beta = b.asArrayRef();
  size_t nextAlpha = 0, nextBeta = 0;
  for (const std::string &name : names) {
    const ActivationInfo *info = nullptr;
    for (const ActivationInfo &candidate : kActivations)
      if (StringRef(name).equals_insensitive(candidate.name))
        info = &candidate;
    if (!info) {
      why = "unknown activation '" + name + "'";
      return failure();
    }
    Activation activation{info->kind, info->alpha, info->beta};
    if (info->usesAlpha && nextAlpha < alpha.size())
      activation.alpha = alpha[nextAlpha++];
    if (info->usesBeta && nextBeta < beta.size())
      activation.beta = beta[nextBeta++];
    node.activations.push_back(activation);
  }
  return success();
}

/// Reads and checks the node's attributes and operand shapes.
static LogicalResult readNode(Operation *op, CellKind kind, RecurrentNode &node,
                              std::string &why) {
  node.kind = kind;
  node.numGates = kind == CellKind::LSTM ? 4 : kind == CellKind::GRU ? 3 : 1;
  auto x = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
  auto w = dyn_cast<RankedTensorType>(op->getOperand(1).getType());
  auto r = dyn_cast<RankedTensorType>(op->getOperand(2).getType());
  if (!x || !w || !r || x.getRank() != 3 || w.getRank() != 3 || r.getRank() != 3) {
    why = "X, W and R must be ranked 3-D tensors";
    return failure();
  }
  Type element = x.getElementType();
  if (!element.isF16() && !element.isBF16() && !element.isF32() && !element.isF64()) {
    why = "X must be float16, bfloat16, float or double";
    return failure();
  }
  std::string direction = onnx::getStringAttr(op, "direction", "forward");
  if (direction != "forward" && direction != "reverse" && direction != "bidirectional") {
    why = "unknown direction '" + direction + "'";
    return failure();
  }
  node.numDirections = direction == "bidirectional" ? 2 : 1;
  node.reverse = direction == "reverse";
  node.hidden = r.getDimSize(2);
  if (ShapedType::isDynamic(node.hidden))
    node.hidden = onnx::getIntAttr(op, "hidden_size", ShapedType::kDynamic);
  if (ShapedType::isDynamic(node.hidden)) {
    why = "the hidden size must be known at compile time (R's last dim or hidden_size)";
    return failure();
  }
  int64_t gateRows = node.numGates * node.hidden;
  if ((!w.isDynamicDim(1) && w.getDimSize(1) != gateRows) ||
      (!r.isDynamicDim(1) && r.getDimSize(1) != gateRows) ||
      (!w.isDynamicDim(0) && w.getDimSize(0) != node.numDirections)) {
    why = "W and R must be [num_directions, " + std::to_string(node.numGates) +
          "*hidden_size, ...]";
    return failure();
  }
  if (onnx::hasAttr(op, "hidden_size") &&
      onnx::getIntAttr(op, "hidden_size", node.hidden) != node.hidden) {
    why = "hidden_size does not match R";
    return failure();
  }
  node.batchMajor = onnx::getIntAttr(op, "layout", 0) != 0;
  if (onnx::hasAttr(op, "clip"))
    node.clip = onnx::getFloatAttr(op, "clip", 0);
  node.inputForget = onnx::getIntAttr(op, "input_forget", 0) != 0;
  node.linearBeforeReset = onnx::getIntAttr(op, "linear_before_reset", 0) != 0;
  for (Value operand : op->getOperands().drop_front(3))
    if (!onnx::isNoValue(operand) && !isa<RankedTensorType>(operand.getType())) {
      why = "optional inputs must be ranked";
      return failure();
    }
  return readActivations(op, node, why);
}

//===----------------------------------------------------------------------===//
// Tensor helpers
//===----------------------------------------------------------------------===//

static Value emptyTensor(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                         Type element) {
  return tensor::EmptyOp::create(b, loc, sizes, element);
}

static Value zerosTensor(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                         Type element) {
  Value zero = arith::ConstantOp::create(b, loc, b.getFloatAttr(element, 0));
  return linalg::FillOp::create(b, loc, ValueRange{zero},
                                ValueRange{emptyTensor(b, loc, sizes, element)})
      .getResult(0);
}

/// `source[offsets][sizes]` with unit strides, dropping the leading
/// `dropDims` dims (which must have size 1).
static Value extractSlice(OpBuilder &b, Location loc, Value source,
                          ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
                          unsigned dropDims) {
  auto sourceType = cast<RankedTensorType>(source.getType());
  SmallVector<OpFoldResult> strides(sizes.size(), b.getIndexAttr(1));
  RankedTensorType type = tensor::ExtractSliceOp::inferCanonicalRankReducedResultType(
      sourceType.getRank() - dropDims, sourceType, sizes);
  return tensor::ExtractSliceOp::create(b, loc, type, source, offsets, sizes, strides);
}

static Value insertSlice(OpBuilder &b, Location loc, Value source, Value dest,
                         ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes) {
  SmallVector<OpFoldResult> strides(sizes.size(), b.getIndexAttr(1));
  return tensor::InsertSliceOp::create(b, loc, source, dest, offsets, sizes, strides);
}

/// `input` with its dims permuted: result dim i is input dim perm[i].
static Value transposeTensor(OpBuilder &b, Location loc, Value input,
                             ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<OpFoldResult> sizes;
  for (int64_t dim : perm)
    sizes.push_back(tensor::getMixedSize(b, loc, input, dim));
  Value init = emptyTensor(b, loc, sizes, type.getElementType());
  return linalg::TransposeOp::create(b, loc, input, init, perm).getResult()[0];
}

/// `input` converted elementwise to float type `element` (no-op when it
/// already has it).
static Value convertElements(OpBuilder &b, Location loc, Value input, Type element) {
  auto type = cast<RankedTensorType>(input.getType());
  if (type.getElementType() == element)
    return input;
  bool widen = element.getIntOrFloatBitWidth() > type.getElementType().getIntOrFloatBitWidth();
  SmallVector<std::pair<Value, int64_t>> dims;
  for (int64_t i = 0; i < type.getRank(); ++i)
    dims.push_back({input, i});
  return buildMappedGeneric(
      b, loc, type.clone(element), ValueRange{input},
      {AffineMap::getMultiDimIdentityMap(type.getRank(), b.getContext())}, dims,
      [&](OpBuilder &nested, Location l, ValueRange args) -> Value {
        if (widen)
          return arith::ExtFOp::create(nested, l, element, args[0]);
        return arith::TruncFOp::create(nested, l, element, args[0]);
      });
}

/// lhs [M, K] · rhsᵀ (rhs [N, K]) -> [M, N], as one linalg contraction
/// accumulating into `destination` ([M, N], zeroed first).
static Value multiplyTransposed(OpBuilder &b, Location loc, Value lhs, Value rhs,
                                Value destination) {
  MLIRContext *ctx = b.getContext();
  Type element = cast<RankedTensorType>(lhs.getType()).getElementType();
  // -0.0 (x + -0.0 == x): a +0.0 fill here would be CSE'd with the zero
  // initial state before the loop, and the loop would then write into it.
  Value zero = arith::ConstantOp::create(b, loc, b.getFloatAttr(element, -0.0));
  Value accumulator =
      linalg::FillOp::create(b, loc, ValueRange{zero}, ValueRange{destination}).getResult(0);
  AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
             k = getAffineDimExpr(2, ctx);
  SmallVector<AffineMap> maps = {AffineMap::get(3, 0, {m, k}, ctx),
                                 AffineMap::get(3, 0, {n, k}, ctx),
                                 AffineMap::get(3, 0, {m, n}, ctx)};
  SmallVector<utils::IteratorType> iterators = {utils::IteratorType::parallel,
                                                utils::IteratorType::parallel,
                                                utils::IteratorType::reduction};
  return linalg::GenericOp::create(
             b, loc, TypeRange{accumulator.getType()}, ValueRange{lhs, rhs},
             ValueRange{accumulator}, maps, iterators,
             [](OpBuilder &nested, Location l, ValueRange args) {
               Value product = arith::MulFOp::create(nested, l, args[0], args[1]);
               linalg::YieldOp::create(nested, l,
                                       {arith::AddFOp::create(nested, l, args[2], product)});
             })
      .getResult(0);
}

//===----------------------------------------------------------------------===//
// Scalar math of the cells
//===----------------------------------------------------------------------===//

static Value constant(OpBuilder &b, Location loc, Type type, double value) {
  return createFloatConstant(b, loc, type, value);
}

static Value applyActivation(OpBuilder &b, Location loc, const Activation &f, Value x) {
  Type t = x.getType();
  auto mul = [&](Value l, Value r) { return arith::MulFOp::create(b, loc, l, r).getResult(); };
  auto add = [&](Value l, Value r) { return arith::AddFOp::create(b, loc, l, r).getResult(); };
  Value zero = constant(b, loc, t, 0), one = constant(b, loc, t, 1);
  switch (f.kind) {
  case Activation::Relu:
    return arith::MaximumFOp::create(b, loc, x, zero);
  case Activation::Tanh:
    return math::TanhOp::create(b, loc, x);
  case Activation::Sigmoid: {
    Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
    return arith::DivFOp::create(b, loc, one, add(one, e));
  }
  case Activation::Affine:
    return add(mul(constant(b, loc, t, f.alpha), x), constant(b, loc, t, f.beta));
  case Activation::LeakyRelu: {
    Value positive = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, zero);
    return arith::SelectOp::create(b, loc, positive, x, mul(constant(b, loc, t, f.alpha), x));
  }
  case Activation::ThresholdedRelu: {
    Value above = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, x,
                                        constant(b, loc, t, f.alpha));
    return arith::SelectOp::create(b, loc, above, x, zero);
  }
  case Activation::ScaledTanh:
    return mul(constant(b, loc, t, f.alpha),
               math::TanhOp::create(b, loc, mul(constant(b, loc, t, f.beta), x)));
  case Activation::HardSigmoid: {
    Value linear = add(mul(constant(b, loc, t, f.alpha), x), constant(b, loc, t, f.beta));
    return arith::MinimumFOp::create(b, loc, arith::MaximumFOp::create(b, loc, linear, zero),
                                     one);
  }
  case Activation::Elu: {
    Value positive = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGE, x, zero);
    Value negative = mul(constant(b, loc, t, f.alpha),
                         arith::SubFOp::create(b, loc, math::ExpOp::create(b, loc, x), one));
    return arith::SelectOp::create(b, loc, positive, x, negative);
  }
  case Activation::Softsign:
    return arith::DivFOp::create(b, loc, x, add(one, math::AbsFOp::create(b, loc, x)));
  case Activation::Softplus:
    return math::LogOp::create(b, loc, add(math::ExpOp::create(b, loc, x), one));
  }
  llvm_unreachable("unknown activation");
}

namespace {
/// Builds the scalar body of one direction's cell: gate pre-activations are
/// clipped (when the node asks) and go through that direction's functions.
struct CellMath {
  OpBuilder &b;
  Location loc;
  const RecurrentNode &node;
  int64_t direction;

  Value add(Value l, Value r) { return arith::AddFOp::create(b, loc, l, r); }
  Value sub(Value l, Value r) { return arith::SubFOp::create(b, loc, l, r); }
  Value mul(Value l, Value r) { return arith::MulFOp::create(b, loc, l, r); }
  Value one(Type t) { return constant(b, loc, t, 1); }

  /// Activation `index` (f, g or h) of this direction on the clipped `x`.
  Value activate(unsigned index, Value x) {
    if (node.clip) {
      Type t = x.getType();
      x = arith::MaximumFOp::create(b, loc, x, constant(b, loc, t, -*node.clip));
      x = arith::MinimumFOp::create(b, loc, x, constant(b, loc, t, *node.clip));
    }
    return applyActivation(b, loc,
                           node.activations[direction * node.numActivations + index], x);
  }
};

/// Per-step values that the cell generics read besides the gate planes.
struct StepInputs {
  Value lengths;   // [batch] i32, or null without sequence_lens
  Value timeI32;   // the current time index, for the lengths test
  /// A new [batch, cols] tensor for a step's intermediate values, made
  /// before the loop: the arena planner places no allocation inside a loop,
  /// and each iteration reuses the same buffer.
  std::function<Value(int64_t cols)> scratch;
};
} // namespace

/// One linalg.generic over [batch, hidden]: reads `planes` ([batch, H]),
/// `vectors` ([H]) and, when the step has them, the sequence lengths
/// ([batch]); yields `numResults` [batch, H] values from `body`, which gets
/// the plane and vector elements and whether the row is still inside its
/// sequence (null without lengths). The results are written into
/// `destinations` (new tensors where it is empty); the first `numStates`
/// of them are the carried states, which the body reads as its last planes
/// (through the output operands, so that they stay the loop's buffers).
static SmallVector<Value> buildCellGeneric(
    OpBuilder &b, Location loc, ValueRange planes, ValueRange vectors,
    const StepInputs &step, unsigned numResults, ValueRange destinations, unsigned numStates,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange, ValueRange, Value)>
        body) {
  MLIRContext *ctx = b.getContext();
  auto planeType = cast<RankedTensorType>(planes.front().getType());
  AffineMap identity = AffineMap::getMultiDimIdentityMap(2, ctx);
  SmallVector<Value> inputs(planes);
  SmallVector<AffineMap> maps(planes.size(), identity);
  for (Value v : vectors) {
    inputs.push_back(v);
    maps.push_back(AffineMap::get(2, 0, {getAffineDimExpr(1, ctx)}, ctx));
  }
  if (step.lengths) {
    inputs.push_back(step.lengths);
    maps.push_back(AffineMap::get(2, 0, {getAffineDimExpr(0, ctx)}, ctx));
  }
  int64_t hidden = planeType.getDimSize(1);
  SmallVector<Value> outputs;
  for (unsigned i = 0; i < numResults; ++i) {
    outputs.push_back(destinations.empty()
                          ? step.scratch(hidden)
                          : destinations[i]);
    maps.push_back(identity);
  }
  size_t numPlanes = planes.size(), numVectors = vectors.size();
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange(ValueRange(outputs)), inputs, outputs, maps,
      SmallVector<utils::IteratorType>(2, utils::IteratorType::parallel),
      [&](OpBuilder &nested, Location l, ValueRange args) {
        Value active;
        if (step.lengths)
          active = arith::CmpIOp::create(nested, l, arith::CmpIPredicate::slt, step.timeI32,
                                         args[numPlanes + numVectors]);
        SmallVector<Value> planeArgs(args.take_front(numPlanes));
        size_t firstOutput = args.size() - numResults;
        for (unsigned i = 0; i < numStates; ++i)
          planeArgs.push_back(args[firstOutput + i]);
        SmallVector<Value> results =
            body(nested, l, planeArgs, args.slice(numPlanes, numVectors), active);
        linalg::YieldOp::create(nested, l, results);
      });
  return SmallVector<Value>(generic.getResults());
}

/// Where a row has ended: its state stays `old`, Y gets zero.
static Value keepIfEnded(OpBuilder &b, Location loc, Value active, Value updated, Value old) {
  return active ? arith::SelectOp::create(b, loc, active, updated, old).getResult() : updated;
}

static Value zeroIfEnded(OpBuilder &b, Location loc, Value active, Value updated) {
  return keepIfEnded(b, loc, active, updated, constant(b, loc, updated.getType(), 0));
}

//===----------------------------------------------------------------------===//
// One time step of each cell
//===----------------------------------------------------------------------===//

namespace {
/// What one direction's loop needs, all in the compute type, state [batch, H].
struct DirectionInputs {
  Value recurrence;   // R for this direction, [G*H, H]
  Value peepholes;    // LSTM P for this direction, [3H] (i, o, f), or null
  Value hiddenBias;   // GRU Rbh, [H], or null
  int64_t index;
};

/// The state after one step and the Y row it writes.
struct StepResult {
  Value hidden, cell, output;
};
} // namespace

static Value gatePlane(OpBuilder &b, Location loc, Value gates, int64_t gate, int64_t hidden) {
  return extractSlice(b, loc, gates, {b.getIndexAttr(0), b.getIndexAttr(gate * hidden)},
                      {tensor::getMixedSize(b, loc, gates, 0), b.getIndexAttr(hidden)}, 0);
}

static Value vectorPart(OpBuilder &b, Location loc, Value vector, int64_t part, int64_t hidden) {
  return extractSlice(b, loc, vector, {b.getIndexAttr(part * hidden)},
                      {b.getIndexAttr(hidden)}, 0);
}

/// RNN: Ht = f(Xt·Wᵀ + Ht-1·Rᵀ + Wb + Rb).
static StepResult rnnStep(OpBuilder &b, Location loc, const RecurrentNode &node,
                          const DirectionInputs &dir, const StepInputs &step,
                          Value inputGates, Value hidden) {
  Value stateGates = multiplyTransposed(b, loc, hidden, dir.recurrence, step.scratch(node.hidden));
  SmallVector<Value> results = buildCellGeneric(
      b, loc, {inputGates, stateGates, hidden}, {}, step, 2, {}, 0,
      [&](OpBuilder &nb, Location l, ValueRange p, ValueRange, Value active) {
        CellMath m{nb, l, node, dir.index};
        Value h = m.activate(0, m.add(p[0], p[1]));
        return SmallVector<Value>{keepIfEnded(nb, l, active, h, p[2]),
                                  zeroIfEnded(nb, l, active, h)};
      });
  return {results[0], nullptr, results[1]};
}

/// GRU (gates z, r, h):
///   zt = f(Xt·Wzᵀ + Ht-1·Rzᵀ + Wbz + Rbz), rt likewise,
///   ht = g(Xt·Whᵀ + (rt ⊙ Ht-1)·Rhᵀ + Rbh + Wbh), or with
///   linear_before_reset g(Xt·Whᵀ + rt ⊙ (Ht-1·Rhᵀ + Rbh) + Wbh),
///   Ht = (1 - zt) ⊙ ht + zt ⊙ Ht-1.
static StepResult gruStep(OpBuilder &b, Location loc, const RecurrentNode &node,
                          const DirectionInputs &dir, const StepInputs &step,
                          Value inputGates, Value hidden) {
  int64_t h = node.hidden;
  Value xz = gatePlane(b, loc, inputGates, 0, h), xr = gatePlane(b, loc, inputGates, 1, h),
        xh = gatePlane(b, loc, inputGates, 2, h);
  SmallVector<Value> bias;
  if (dir.hiddenBias)
    bias.push_back(dir.hiddenBias);
  auto update = [&](CellMath &m, Value candidate, Value z, Value previous, Value active) {
    Value next = m.add(m.mul(m.sub(m.one(z.getType()), z), candidate), m.mul(z, previous));
    return SmallVector<Value>{keepIfEnded(m.b, m.loc, active, next, previous),
                              zeroIfEnded(m.b, m.loc, active, next)};
  };

  if (node.linearBeforeReset) {
    Value stateGates =
        multiplyTransposed(b, loc, hidden, dir.recurrence, step.scratch(3 * h));
    SmallVector<Value> planes = {xz, xr, xh, gatePlane(b, loc, stateGates, 0, h),
                                 gatePlane(b, loc, stateGates, 1, h),
                                 gatePlane(b, loc, stateGates, 2, h), hidden};
    SmallVector<Value> results = buildCellGeneric(
        b, loc, planes, bias, step, 2, {}, 0,
        [&](OpBuilder &nb, Location l, ValueRange p, ValueRange v, Value active) {
          CellMath m{nb, l, node, dir.index};
          Value z = m.activate(0, m.add(p[0], p[3]));
          Value r = m.activate(0, m.add(p[1], p[4]));
          Value recurrent = v.empty() ? p[5] : m.add(p[5], v[0]);
          Value candidate = m.activate(1, m.add(p[2], m.mul(r, recurrent)));
          return update(m, candidate, z, p[6], active);
        });
    return {results[0], nullptr, results[1]};
  }

  // The reset gate scales the state before it meets Rh: two products.
  Value rzr = extractSlice(b, loc, dir.recurrence, {b.getIndexAttr(0), b.getIndexAttr(0)},
                           {b.getIndexAttr(2 * h), b.getIndexAttr(h)}, 0);
  Value rh = extractSlice(b, loc, dir.recurrence, {b.getIndexAttr(2 * h), b.getIndexAttr(0)},
                          {b.getIndexAttr(h), b.getIndexAttr(h)}, 0);
  Value stateGates = multiplyTransposed(b, loc, hidden, rzr, step.scratch(2 * h));
  StepInputs unmasked = step;
  unmasked.lengths = nullptr;
  SmallVector<Value> gates = buildCellGeneric(
      b, loc, {xz, xr, gatePlane(b, loc, stateGates, 0, h), gatePlane(b, loc, stateGates, 1, h),
               hidden},
      {}, unmasked, 2, {}, 0,
      [&](OpBuilder &nb, Location l, ValueRange p, ValueRange, Value) {
        CellMath m{nb, l, node, dir.index};
        Value z = m.activate(0, m.add(p[0], p[2]));
        Value r = m.activate(0, m.add(p[1], p[3]));
        return SmallVector<Value>{z, m.mul(r, p[4])};
      });
  Value resetState = multiplyTransposed(b, loc, gates[1], rh, step.scratch(h));
  SmallVector<Value> results = buildCellGeneric(
      b, loc, {xh, resetState, gates[0], hidden}, bias, step, 2, {}, 0,
      [&](OpBuilder &nb, Location l, ValueRange p, ValueRange v, Value active) {
        CellMath m{nb, l, node, dir.index};
        Value preactivation = m.add(p[0], p[1]);
        if (!v.empty())
          preactivation = m.add(preactivation, v[0]);
        return update(m, m.activate(1, preactivation), p[2], p[3], active);
      });
  return {results[0], nullptr, results[1]};
}

/// LSTM (gates i, o, f, c):
///   it = f(Xt·Wiᵀ + Ht-1·Riᵀ + Pi ⊙ Ct-1 + Wbi + Rbi),
///   ft likewise (or 1 - it with input_forget), ct = g(Xt·Wcᵀ + Ht-1·Rcᵀ + Wbc + Rbc),
///   Ct = ft ⊙ Ct-1 + it ⊙ ct, ot = f(Xt·Woᵀ + Ht-1·Roᵀ + Po ⊙ Ct + Wbo + Rbo),
///   Ht = ot ⊙ h(Ct).
static StepResult lstmStep(OpBuilder &b, Location loc, const RecurrentNode &node,
                           const DirectionInputs &dir, const StepInputs &step,
                           Value inputGates, Value hidden, Value cell) {
  int64_t h = node.hidden;
  Value stateGates = multiplyTransposed(b, loc, hidden, dir.recurrence, step.scratch(4 * h));
  SmallVector<Value> planes;
  for (int64_t gate = 0; gate < 4; ++gate)
    planes.push_back(gatePlane(b, loc, inputGates, gate, h));
  for (int64_t gate = 0; gate < 4; ++gate)
    planes.push_back(gatePlane(b, loc, stateGates, gate, h));
  planes.push_back(hidden);
  planes.push_back(cell);
  SmallVector<Value> peepholes;
  if (dir.peepholes)
    for (int64_t part = 0; part < 3; ++part)
      peepholes.push_back(vectorPart(b, loc, dir.peepholes, part, h));
  SmallVector<Value> results = buildCellGeneric(
      b, loc, planes, peepholes, step, 3, {}, 0,
      [&](OpBuilder &nb, Location l, ValueRange p, ValueRange v, Value active) {
        CellMath m{nb, l, node, dir.index};
        Value previousHidden = p[8], previousCell = p[9];
        auto peephole = [&](Value pre, int64_t part, Value state) {
          return v.empty() ? pre : m.add(pre, m.mul(v[part], state));
        };
        Value i = m.activate(0, peephole(m.add(p[0], p[4]), 0, previousCell));
        Value f = node.inputForget
                      ? m.sub(m.one(i.getType()), i)
                      : m.activate(0, peephole(m.add(p[2], p[6]), 2, previousCell));
        Value c = m.activate(1, m.add(p[3], p[7]));
        Value newCell = m.add(m.mul(f, previousCell), m.mul(i, c));
        Value o = m.activate(0, peephole(m.add(p[1], p[5]), 1, newCell));
        Value newHidden = m.mul(o, m.activate(2, newCell));
        return SmallVector<Value>{keepIfEnded(nb, l, active, newHidden, previousHidden),
                                  keepIfEnded(nb, l, active, newCell, previousCell),
                                  zeroIfEnded(nb, l, active, newHidden)};
      });
  return {results[0], results[1], results[2]};
}

//===----------------------------------------------------------------------===//
// The op
//===----------------------------------------------------------------------===//

/// X·Wᵀ for every direction and time step, [dirs, seq, batch, G*H], its
/// accumulator starting at the biases that do not depend on the state (all
/// of Wb + Rb, except GRU's Rbh, which meets the state first).
static Value projectInputs(OpBuilder &b, Location loc, const RecurrentNode &node, Value x,
                           Value w, Value bias) {
  MLIRContext *ctx = b.getContext();
  Type element = cast<RankedTensorType>(x.getType()).getElementType();
  int64_t gateRows = node.numGates * node.hidden;
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(node.numDirections),
                                     tensor::getMixedSize(b, loc, x, 0),
                                     tensor::getMixedSize(b, loc, x, 1),
                                     b.getIndexAttr(gateRows)};
  Value accumulator;
  if (!bias) {
    accumulator = zerosTensor(b, loc, sizes, element);
  } else {
    Value inputBias = extractSlice(b, loc, bias, {b.getIndexAttr(0), b.getIndexAttr(0)},
                                   {b.getIndexAttr(node.numDirections), b.getIndexAttr(gateRows)}, 0);
    Value stateBias = extractSlice(b, loc, bias, {b.getIndexAttr(0), b.getIndexAttr(gateRows)},
                                   {b.getIndexAttr(node.numDirections), b.getIndexAttr(gateRows)}, 0);
    AffineMap biasMap = AffineMap::get(4, 0, {getAffineDimExpr(0, ctx), getAffineDimExpr(3, ctx)}, ctx);
    Value empty = emptyTensor(b, loc, sizes, element);
    accumulator =
        linalg::GenericOp::create(
            b, loc, TypeRange{empty.getType()}, ValueRange{inputBias, stateBias},
            ValueRange{empty},
            {biasMap, biasMap, AffineMap::getMultiDimIdentityMap(4, ctx)},
            SmallVector<utils::IteratorType>(4, utils::IteratorType::parallel),
            [&](OpBuilder &nb, Location l, ValueRange args) {
              Value sum = arith::AddFOp::create(nb, l, args[0], args[1]);
              if (node.kind == CellKind::GRU) {
                Value row = linalg::IndexOp::create(nb, l, 3);
                Value hiddenGate = arith::CmpIOp::create(
                    nb, l, arith::CmpIPredicate::sge, row,
                    arith::ConstantIndexOp::create(nb, l, 2 * node.hidden));
                sum = arith::SelectOp::create(nb, l, hiddenGate, args[0], sum);
              }
              linalg::YieldOp::create(nb, l, sum);
            })
            .getResult(0);
  }
  // Loops (d, s, n, g, k): X[s, n, k] * W[d, g, k].
  auto dims = [&](std::initializer_list<unsigned> ids) {
    SmallVector<AffineExpr> exprs;
    for (unsigned id : ids)
      exprs.push_back(getAffineDimExpr(id, ctx));
    return AffineMap::get(5, 0, exprs, ctx);
  };
  SmallVector<utils::IteratorType> iterators(5, utils::IteratorType::parallel);
  iterators.back() = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, loc, TypeRange{accumulator.getType()}, ValueRange{x, w},
             ValueRange{accumulator}, {dims({1, 2, 4}), dims({0, 3, 4}), dims({0, 1, 2, 3})},
             iterators,
             [](OpBuilder &nb, Location l, ValueRange args) {
               Value product = arith::MulFOp::create(nb, l, args[0], args[1]);
               linalg::YieldOp::create(nb, l, {arith::AddFOp::create(nb, l, args[2], product)});
             })
      .getResult(0);
}

namespace {
template <typename OpTy, CellKind Kind>
struct RecurrentLowering : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
    RecurrentNode node;
    std::string why;
    if (failed(readNode(op, Kind, node, why)))
      return rewriter.notifyMatchFailure(op, why);
    for (Value result : op->getResults())
      if (!result.use_empty() && !isa<RankedTensorType>(result.getType()))
        return rewriter.notifyMatchFailure(op, "used results must be ranked tensors");

    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Type element = cast<RankedTensorType>(op->getOperand(0).getType()).getElementType();
    Type compute = element.isF16() || element.isBF16() ? b.getF32Type() : element;
    auto operand = [&](unsigned index) -> Value {
      if (index >= op->getNumOperands() || onnx::isNoValue(op->getOperand(index)))
        return nullptr;
      return convertElements(b, loc, op->getOperand(index), compute);
    };
    // Inputs in the time-major layout and the compute type.
    Value x = operand(0), w = operand(1), r = operand(2), bias = operand(3);
    Value initialHidden = operand(5);
    Value initialCell = Kind == CellKind::LSTM ? operand(6) : nullptr;
    Value peepholes = Kind == CellKind::LSTM ? operand(7) : nullptr;
    Value lengths = onnx::isNoValue(op->getOperand(4)) ? nullptr : op->getOperand(4);
    if (node.batchMajor) {
      x = transposeTensor(b, loc, x, {1, 0, 2});
      if (initialHidden)
        initialHidden = transposeTensor(b, loc, initialHidden, {1, 0, 2});
      if (initialCell)
        initialCell = transposeTensor(b, loc, initialCell, {1, 0, 2});
    }
    int64_t h = node.hidden;
    OpFoldResult seq = tensor::getMixedSize(b, loc, x, 0);
    OpFoldResult batch = tensor::getMixedSize(b, loc, x, 1);
    Value inputGates = projectInputs(b, loc, node, x, w, bias);

    Value yResult = op->getResult(0);
    bool wantY = !yResult.use_empty();
    Value y = wantY ? emptyTensor(b, loc, {seq, b.getIndexAttr(node.numDirections), batch,
                                           b.getIndexAttr(h)},
                                  compute)
                    : nullptr;
    SmallVector<OpFoldResult> stateSizes = {b.getIndexAttr(node.numDirections), batch,
                                            b.getIndexAttr(h)};
    Value finalHidden = emptyTensor(b, loc, stateSizes, compute);
    Value finalCell = Kind == CellKind::LSTM ? emptyTensor(b, loc, stateSizes, compute) : nullptr;

    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value oneIndex = arith::ConstantIndexOp::create(b, loc, 1);
    Value seqValue = getValueOrCreateConstantIndexOp(b, loc, seq);
    for (int64_t d = 0; d < node.numDirections; ++d) {
      bool backwards = node.reverse || d == 1;
      DirectionInputs dir;
      dir.index = d;
      dir.recurrence = extractSlice(b, loc, r, {b.getIndexAttr(d), b.getIndexAttr(0), b.getIndexAttr(0)},
                                    {b.getIndexAttr(1), b.getIndexAttr(node.numGates * h), b.getIndexAttr(h)}, 1);
      dir.peepholes = peepholes ? extractSlice(b, loc, peepholes, {b.getIndexAttr(d), b.getIndexAttr(0)},
                                               {b.getIndexAttr(1), b.getIndexAttr(3 * h)}, 1)
                                : nullptr;
      dir.hiddenBias = Kind == CellKind::GRU && bias
                           ? extractSlice(b, loc, bias, {b.getIndexAttr(d), b.getIndexAttr(5 * h)},
                                          {b.getIndexAttr(1), b.getIndexAttr(h)}, 1)
                           : nullptr;
      auto initialState = [&](Value initial) {
        if (!initial)
          return zerosTensor(b, loc, {batch, b.getIndexAttr(h)}, compute);
        return extractSlice(b, loc, initial, {b.getIndexAttr(d), b.getIndexAttr(0), b.getIndexAttr(0)},
                            {b.getIndexAttr(1), batch, b.getIndexAttr(h)}, 1);
      };
      SmallVector<Value> carried = {initialState(initialHidden)};
      if (Kind == CellKind::LSTM)
        carried.push_back(initialState(initialCell));
      if (wantY)
        carried.push_back(y);

      // Step scratch tensors go before the loop (the body builder is `b`
      // moved into the body).
      OpBuilder outside(b.getContext());
      outside.setInsertionPoint(b.getInsertionBlock(), b.getInsertionPoint());
      auto loop = scf::ForOp::create(
          b, loc, zero, seqValue, oneIndex, carried,
          [&](OpBuilder &lb, Location l, Value iv, ValueRange state) {
            Value t = iv;
            if (backwards)
              t = arith::SubIOp::create(lb, l, arith::SubIOp::create(lb, l, seqValue, oneIndex), iv);
            StepInputs step;
            if (lengths) {
              step.lengths = lengths;
              step.timeI32 = arith::IndexCastOp::create(lb, l, lb.getI32Type(), t);
            }
            SmallVector<OpFoldResult> rowOffsets = {t, lb.getIndexAttr(d), lb.getIndexAttr(0),
                                                    lb.getIndexAttr(0)};
            SmallVector<OpFoldResult> rowSizes = {lb.getIndexAttr(1), lb.getIndexAttr(1), batch,
                                                  lb.getIndexAttr(h)};
            // alloc_tensor, not tensor.empty: CSE merges equal empties, and
            // two values of one step written into one buffer make
            // bufferization copy inside the loop. (Canonicalization still
            // replaces an output the body never reads with an empty.)
            step.scratch = [&](int64_t cols) -> Value {
              SmallVector<Value> dynamicSizes;
              if (auto size = dyn_cast<Value>(batch))
                dynamicSizes.push_back(size);
              auto type = RankedTensorType::get(
                  {getConstantIntValue(batch).value_or(ShapedType::kDynamic), cols}, compute);
              return bufferization::AllocTensorOp::create(outside, loc, type, dynamicSizes);
            };
            Value gates = extractSlice(
                lb, l, inputGates, {lb.getIndexAttr(d), t, lb.getIndexAttr(0), lb.getIndexAttr(0)},
                {lb.getIndexAttr(1), lb.getIndexAttr(1), batch, lb.getIndexAttr(node.numGates * h)}, 2);
            StepResult next;
            if (Kind == CellKind::LSTM)
              next = lstmStep(lb, l, node, dir, step, gates, state[0], state[1]);
            else if (Kind == CellKind::GRU)
              next = gruStep(lb, l, node, dir, step, gates, state[0]);
            else
              next = rnnStep(lb, l, node, dir, step, gates, state[0]);
            // The new state is copied into the carried one, so that each
            // iteration yields the buffers it started with.
            auto carry = [&](Value next, Value carried) {
              return linalg::CopyOp::create(lb, l, next, carried).getResult(0);
            };
            SmallVector<Value> yielded = {carry(next.hidden, state[0])};
            if (next.cell)
              yielded.push_back(carry(next.cell, state[1]));
            if (wantY)
              yielded.push_back(insertSlice(lb, l, next.output, state.back(), rowOffsets, rowSizes));
            scf::YieldOp::create(lb, l, yielded);
          });
      SmallVector<OpFoldResult> stateOffsets = {b.getIndexAttr(d), b.getIndexAttr(0), b.getIndexAttr(0)};
      SmallVector<OpFoldResult> stateSliceSizes = {b.getIndexAttr(1), batch, b.getIndexAttr(h)};
      finalHidden = insertSlice(b, loc, loop.getResult(0), finalHidden, stateOffsets, stateSliceSizes);
      if (Kind == CellKind::LSTM)
        finalCell = insertSlice(b, loc, loop.getResult(1), finalCell, stateOffsets, stateSliceSizes);
      if (wantY)
        y = loop.getResults().back();
    }

    // Outputs back in the node's layout and element type.
    auto replaceResult = [&](Value result, Value value, ArrayRef<int64_t> batchMajorPerm) {
      if (!value || result.use_empty())
        return;
      if (node.batchMajor)
        value = transposeTensor(b, loc, value, batchMajorPerm);
      value = convertElements(b, loc, value, element);
      if (value.getType() != result.getType())
        value = tensor::CastOp::create(b, loc, result.getType(), value);
      rewriter.replaceAllUsesWith(result, value);
    };
    replaceResult(yResult, y, {2, 0, 1, 3});
    replaceResult(op->getResult(1), finalHidden, {1, 0, 2});
    if (Kind == CellKind::LSTM)
      replaceResult(op->getResult(2), finalCell, {1, 0, 2});
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// Pattern population
//===----------------------------------------------------------------------===//

void populateRecurrentPatterns(RewritePatternSet &patterns) {
  patterns.add<RecurrentLowering<onnx::RNNOp, CellKind::RNN>,
               RecurrentLowering<onnx::GRUOp, CellKind::GRU>,
               RecurrentLowering<onnx::LSTMOp, CellKind::LSTM>>(patterns.getContext());
}

} // namespace onnxc
