//===- PlanArena.cpp - onnxc-plan-arena -----------------------------------===//
//
// Static memory planning: every buffer of the model function becomes a view
// into one caller-provided arena. See Passes.td for the contract.
//
//   1. collect the allocations and their live intervals in the entry block
//      (an allocation lives from its definition to the last use of any view
//      of it, or to the end when a view is returned; one inside a region
//      for the whole of the top-level op holding it);
//   2. colour the intervals greedily into slots (a slot's size is the
//      largest of its buffers, possibly a run-time value);
//   3. compute slot offsets at function entry (and again in the
//      <func>_arena_bytes function), and rewrite each allocation as a view.
//
//===----------------------------------------------------------------------===//

#include "lowering/bufferize/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_PLANARENA
#include "lowering/bufferize/Passes.h.inc"

static constexpr int64_t kAlignment = 64;

namespace {
struct Buffer {
  memref::AllocOp alloc;
  int64_t start = 0, end = 0;   // positions in the entry block
  int64_t staticBytes = 0;      // bytes when all dims are static, else the
                                // static part of the size
  bool dynamic = false;
  unsigned slot = 0;
};

struct Slot {
  SmallVector<unsigned> buffers;
  int64_t freeAfter = -1;
  int64_t staticBytes = 0;
  bool dynamic = false;
};
} // namespace

static int64_t elementBytes(MemRefType type) {
  return std::max<int64_t>(1, type.getElementTypeBitWidth() / 8);
}

/// The position in `block` of the ancestor of `op` that lies in `block`.
static int64_t positionIn(Block &block, Operation *op,
                          const DenseMap<Operation *, int64_t> &positions) {
  Operation *ancestor = block.findAncestorOpInBlock(*op);
  return ancestor ? positions.lookup(ancestor) : 0;
}

/// The last position at which `value` or a view of it is used; the block's
/// size when it escapes through the terminator. A buffer yielded out of an
/// scf.if lives on as the if's result; one yielded by a loop body to its
/// next iteration cannot share its slot with itself: `escapesLoop` is set.
static int64_t lastUse(Block &block, Value value,
                       const DenseMap<Operation *, int64_t> &positions, bool &escapesLoop) {
  int64_t last = positionIn(block, value.getDefiningOp(), positions);
  SmallVector<Value> worklist = {value};
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    for (Operation *user : current.getUsers()) {
      if (user->hasTrait<OpTrait::IsTerminator>() && user->getBlock() == &block)
        return static_cast<int64_t>(block.getOperations().size());
      if (isa<scf::YieldOp>(user)) {
        Operation *parent = user->getParentOp();
        if (!isa<scf::IfOp>(parent)) {
          escapesLoop = true;
          continue;
        }
        for (OpOperand &use : user->getOpOperands())
          if (use.get() == current)
            worklist.push_back(parent->getResult(use.getOperandNumber()));
        continue;
      }
      last = std::max(last, positionIn(block, user, positions));
      if (auto view = dyn_cast<ViewLikeOpInterface>(user);
          view && view.getViewSource() == current)
        for (Value result : user->getResults())
          worklist.push_back(result);
    }
  }
  return last;
}

static FailureOr<Value> cloneSizeComputation(OpBuilder &b, Value value, IRMapping &mapping);

/// Dim `dim` of buffer `source` computed at the builder's point, looking
/// through casts and into the branches of an scf.if, whose result is at
/// most as large as the larger of the two (an upper bound is enough for
/// sizing a slot).
static FailureOr<Value> cloneDimComputation(OpBuilder &b, Location loc, Value source,
                                            int64_t dim, IRMapping &mapping) {
  auto type = cast<MemRefType>(source.getType());
  if (!type.isDynamicDim(dim))
    return Value(arith::ConstantIndexOp::create(b, loc, type.getDimSize(dim)));
  if (Value mapped = mapping.lookupOrNull(source))
    return Value(memref::DimOp::create(b, loc, mapped, dim));
  if (auto alloc = source.getDefiningOp<memref::AllocOp>())
    return cloneSizeComputation(b, alloc.getDynamicSizes()[type.getDynamicDimIndex(dim)],
                                mapping);
  if (auto cast = source.getDefiningOp<memref::CastOp>())
    return cloneDimComputation(b, loc, cast.getSource(), dim, mapping);
  if (auto branch = source.getDefiningOp<scf::IfOp>()) {
    unsigned result = cast<OpResult>(source).getResultNumber();
    FailureOr<Value> then = cloneDimComputation(
        b, loc, branch.thenYield().getOperand(result), dim, mapping);
    if (failed(then) || branch.getElseRegion().empty())
      return then;
    FailureOr<Value> otherwise = cloneDimComputation(
        b, loc, branch.elseYield().getOperand(result), dim, mapping);
    if (failed(otherwise))
      return failure();
    return Value(arith::MaxUIOp::create(b, loc, *then, *otherwise));
  }
  return failure();
}

/// Whether `op` reads an element of a model input at a constant position:
/// the size function receives the inputs with their data (the runtime has
/// validated their dims), so a size read from an input's contents (Range
/// bounds, Reduce axes, a Reshape shape fed as an input) is known before the
/// run, and a constant position lies within the input's static dims.
static bool readsInputAtConstantPosition(Operation *op) {
  auto load = dyn_cast<memref::LoadOp>(op);
  if (!load)
    return false;
  for (Value index : load.getIndices())
    if (!index.getDefiningOp<arith::ConstantOp>())
      return false;
  Value source = load.getMemRef();
  while (auto cast = source.getDefiningOp<memref::CastOp>())
    source = cast.getSource();
  auto argument = dyn_cast<BlockArgument>(source);
  return argument && isa<func::FuncOp>(argument.getOwner()->getParentOp()) &&
         argument.getOwner()->isEntryBlock() &&
         cast<MemRefType>(source.getType()).hasStaticShape();
}

/// Clones the computation of `value` (pure ops over the function's
/// arguments, and reads of the inputs' elements) at the builder's point,
/// mapping arguments through `mapping`.
static FailureOr<Value> cloneSizeComputation(OpBuilder &b, Value value,
                                             IRMapping &mapping) {
  if (Value mapped = mapping.lookupOrNull(value))
    return mapped;
  if (auto dimOp = value.getDefiningOp<memref::DimOp>())
    if (std::optional<int64_t> dim = dimOp.getConstantIndex();
        dim && !mapping.contains(dimOp.getSource()) &&
        isa_and_nonnull<scf::IfOp>(dimOp.getSource().getDefiningOp()))
      return cloneDimComputation(b, dimOp.getLoc(), dimOp.getSource(), *dim, mapping);
  Operation *op = value.getDefiningOp();
  if (!op || op->getNumRegions() != 0 ||
      !(isMemoryEffectFree(op) || readsInputAtConstantPosition(op)))
    return failure();
  for (Value operand : op->getOperands())
    if (failed(cloneSizeComputation(b, operand, mapping)))
      return failure();
  Operation *clone = b.clone(*op, mapping);
  return clone->getResult(cast<OpResult>(value).getResultNumber());
}

/// The size in bytes of `buffer`, as an index value built at `b`.
static FailureOr<Value> emitBufferBytes(OpBuilder &b, Location loc,
                                        const Buffer &buffer, IRMapping &mapping) {
  Value bytes = arith::ConstantIndexOp::create(b, loc, buffer.staticBytes);
  memref::AllocOp alloc = buffer.alloc;
  for (Value size : alloc.getDynamicSizes()) {
    FailureOr<Value> cloned = cloneSizeComputation(b, size, mapping);
    if (failed(cloned))
      return alloc.emitError() << "the size of a buffer depends on more than the "
                                  "inputs' dims and elements";
    bytes = arith::MulIOp::create(b, loc, bytes, *cloned);
  }
  return bytes;
}

static Value alignUp(OpBuilder &b, Location loc, Value bytes) {
  Value mask = arith::ConstantIndexOp::create(b, loc, kAlignment - 1);
  Value sum = arith::AddIOp::create(b, loc, bytes, mask);
  Value inverted = arith::ConstantIndexOp::create(b, loc, ~(kAlignment - 1));
  return arith::AndIOp::create(b, loc, sum, inverted);
}

/// Emits the slot offsets and the total arena size at `b`, with the
/// function's arguments mapped through `mapping`.
static FailureOr<std::pair<SmallVector<Value>, Value>>
emitLayout(OpBuilder &b, Location loc, ArrayRef<Buffer> buffers,
           ArrayRef<Slot> slots, IRMapping &mapping) {
  SmallVector<Value> offsets;
  Value offset = arith::ConstantIndexOp::create(b, loc, 0);
  for (const Slot &slot : slots) {
    offsets.push_back(offset);
    Value size = arith::ConstantIndexOp::create(b, loc, slot.staticBytes);
    if (slot.dynamic) {
      for (unsigned index : slot.buffers) {
        FailureOr<Value> bytes = emitBufferBytes(b, loc, buffers[index], mapping);
        if (failed(bytes))
          return failure();
        size = arith::MaxUIOp::create(b, loc, size, *bytes);
      }
    }
    offset = arith::AddIOp::create(b, loc, offset, alignUp(b, loc, size));
  }
  return std::make_pair(offsets, offset);
}

/// Greedy interval colouring: reuse a free slot of the same kind, the
/// closest in size for static buffers.
static SmallVector<Slot> assignSlots(MutableArrayRef<Buffer> buffers) {
  SmallVector<unsigned> order(buffers.size());
  std::iota(order.begin(), order.end(), 0);
  llvm::stable_sort(order, [&](unsigned a, unsigned b) {
    return buffers[a].start < buffers[b].start;
  });
  SmallVector<Slot> slots;
  for (unsigned index : order) {
    Buffer &buffer = buffers[index];
    int best = -1;
    for (auto [i, slot] : llvm::enumerate(slots)) {
      if (slot.freeAfter >= buffer.start || slot.dynamic != buffer.dynamic)
        continue;
      auto cost = [&](const Slot &s) {
        return std::abs(s.staticBytes - buffer.staticBytes);
      };
      if (best < 0 || cost(slot) < cost(slots[best]))
        best = i;
    }
    if (best < 0) {
      best = slots.size();
      slots.push_back(Slot{{}, -1, 0, buffer.dynamic});
    }
    Slot &slot = slots[best];
    slot.buffers.push_back(index);
    slot.freeAfter = buffer.end;
    if (!buffer.dynamic)
      slot.staticBytes = std::max(slot.staticBytes, buffer.staticBytes);
    buffer.slot = best;
  }
  return slots;
}

namespace {
struct PlanArenaPass : impl::PlanArenaBase<PlanArenaPass> {
  using PlanArenaBase::PlanArenaBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto function = module.lookupSymbol<func::FuncOp>(funcName);
    if (!function) {
      module.emitError() << "no function '" << funcName << "' to plan";
      return signalPassFailure();
    }
    if (failed(plan(function)))
      signalPassFailure();
  }

  LogicalResult plan(func::FuncOp function) {
    Block &block = function.getBody().front();
    DenseMap<Operation *, int64_t> positions;
    for (auto [i, op] : llvm::enumerate(block))
      positions[&op] = i;

    SmallVector<Buffer> buffers;
    // An allocation inside a region (an scf.if branch, a loop body) gets a
    // slot for the whole of the top-level op that holds it: a loop reuses it
    // every iteration, which is sound while no iteration hands the buffer to
    // the next one.
    WalkResult nested = function.walk([&](memref::AllocOp alloc) {
      Buffer buffer;
      buffer.alloc = alloc;
      MemRefType type = alloc.getType();
      buffer.dynamic = !type.hasStaticShape();
      buffer.staticBytes = elementBytes(type);
      for (int64_t dim : type.getShape())
        if (!ShapedType::isDynamic(dim))
          buffer.staticBytes *= dim;
      buffer.start = positionIn(block, alloc, positions);
      bool escapesLoop = false;
      buffer.end = lastUse(block, alloc.getResult(), positions, escapesLoop);
      if (escapesLoop) {
        alloc.emitError() << "cannot plan a buffer that a loop iteration hands to the next";
        return WalkResult::interrupt();
      }
      buffers.push_back(buffer);
      return WalkResult::advance();
    });
    if (nested.wasInterrupted())
      return failure();
    SmallVector<Slot> slots = assignSlots(buffers);
    // The size function reads the allocations' sizes: build it first.
    unsigned numInputs = function.getNumArguments();
    if (failed(buildArenaBytesFunction(function, numInputs, buffers, slots)))
      return failure(); // the allocation said why

    // The arena: a new last argument of the model function.
    MLIRContext *ctx = function.getContext();
    auto arenaType = MemRefType::get({ShapedType::kDynamic}, IntegerType::get(ctx, 8));
    if (failed(function.insertArgument(numInputs, arenaType,
                                       DictionaryAttr::get(ctx), function.getLoc())))
      return failure();
    Value arena = block.getArgument(numInputs);

    OpBuilder b(ctx);
    b.setInsertionPointToStart(&block);
    IRMapping identity;
    for (BlockArgument arg : block.getArguments())
      identity.map(arg, arg);
    auto layout = emitLayout(b, function.getLoc(), buffers, slots, identity);
    if (failed(layout))
      return failure();
    for (Buffer &buffer : buffers) {
      memref::AllocOp alloc = buffer.alloc;
      b.setInsertionPoint(alloc);
      auto view = memref::ViewOp::create(b, alloc.getLoc(), alloc.getType(), arena,
                                         layout->first[buffer.slot],
                                         alloc.getDynamicSizes());
      for (Operation *user : llvm::make_early_inc_range(alloc->getUsers()))
        if (isa<memref::DeallocOp>(user))
          user->erase();
      alloc.replaceAllUsesWith(view.getResult());
      alloc.erase();
    }
    return success();
  }

  /// func @<name>_arena_bytes(inputs...) -> index.
  LogicalResult buildArenaBytesFunction(func::FuncOp function, unsigned numInputs,
                                        ArrayRef<Buffer> buffers,
                                        ArrayRef<Slot> slots) {
    OpBuilder b(function);
    b.setInsertionPointAfter(function);
    TypeRange inputs = function.getArgumentTypes().take_front(numInputs);
    auto sizeFunction = func::FuncOp::create(
        b, function.getLoc(), funcName + "_arena_bytes",
        b.getFunctionType(inputs, {b.getIndexType()}));
    Block *entry = sizeFunction.addEntryBlock();
    b.setInsertionPointToStart(entry);
    IRMapping mapping;
    for (unsigned i = 0; i < numInputs; ++i)
      mapping.map(function.getArgument(i), entry->getArgument(i));
    auto layout = emitLayout(b, function.getLoc(), buffers, slots, mapping);
    if (failed(layout))
      return failure();
    func::ReturnOp::create(b, function.getLoc(), layout->second);
    return success();
  }
};
} // namespace

} // namespace onnxc
