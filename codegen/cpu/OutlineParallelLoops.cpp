//===- OutlineParallelLoops.cpp - onnxc-cpu-outline-parallel-loops --------===//
//
// Turns each outermost scf.parallel into a call of the runtime's
//
//   void onnxc_rt_parallel_for(onnxc_rt_pool *pool, int64_t n,
//                              void (*fn)(void *closure, int64_t begin,
//                                         int64_t end),
//                              void *closure);
//
// (runtime/src/thread_pool.h). The loop's iteration space is linearised to
// [0, n); fn is the loop body outlined into a private function that runs
// iterations [begin, end) and reads what the body uses from outside out of
// the closure, a struct on the caller's stack. The closure holds values in
// their LLVM types (memrefs as descriptors, index as i64): the
// unrealized_conversion_casts in and out of it cancel with those of the
// LLVM conversions that follow.
//
// Side-effect-free scalar ops that compute what the body uses (constants,
// sizes, trip counts) and memref.get_global are recomputed in the body rather
// than passed: LLVM then still sees constant sizes and that a weight is a
// constant global, which no store can change. Other memrefs (views into the
// arena, arguments) are passed as descriptors.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/CapturedValues.h"
#include "codegen/cpu/Passes.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_OUTLINEPARALLELLOOPS
#include "codegen/cpu/Passes.h.inc"

static constexpr llvm::StringLiteral kParallelFor = "onnxc_rt_parallel_for";

namespace {
/// The bounds of one dim of a parallel loop, as the outlined body sees them.
struct LoopDim {
  Value lowerBound, step, tripCount;
};

/// Outlines the parallel loops of one module.
class Outliner {
public:
  Outliner(ModuleOp module)
      : module(module), symbols(module), types(module.getContext()),
        ptr(LLVM::LLVMPointerType::get(module.getContext())),
        i64(IntegerType::get(module.getContext(), 64)),
        bodyType(FunctionType::get(module.getContext(), {ptr, i64, i64}, {})) {}

  LogicalResult outline(scf::ParallelOp loop, func::FuncOp parent, Value pool);

private:
  FailureOr<func::FuncOp> parallelFor(Location loc);
  SmallVector<LoopDim> computeTripCounts(OpBuilder &b, scf::ParallelOp loop);
  Value packClosure(OpBuilder &b, Location loc, func::FuncOp parent,
                    ArrayRef<Value> captured, LLVM::LLVMStructType closureType);
  func::FuncOp createBody(scf::ParallelOp loop, func::FuncOp parent,
                          ArrayRef<LoopDim> dims, const CapturedValues &inputs,
                          LLVM::LLVMStructType closureType);
  func::FuncOp createEntry(func::FuncOp body);

  ModuleOp module;
  SymbolTable symbols;
  LLVMTypeConverter types;
  Type ptr, i64;
  FunctionType bodyType;
};
} // namespace

/// The runtime's onnxc_rt_parallel_for, declared once per module.
FailureOr<func::FuncOp> Outliner::parallelFor(Location loc) {
  auto type = FunctionType::get(module.getContext(), {ptr, i64, bodyType, ptr}, {});
  if (auto existing = symbols.lookup<func::FuncOp>(kParallelFor)) {
    if (existing.getFunctionType() != type)
      return existing.emitError() << "'" << kParallelFor << "' must have type " << type;
    return existing;
  }
  OpBuilder b = OpBuilder::atBlockBegin(module.getBody());
  auto declaration = func::FuncOp::create(b, loc, kParallelFor, type);
  declaration.setPrivate();
  symbols.insert(declaration);
  return declaration;
}

/// Per dim of `loop`: lower bound, step and max(0, ceil((ub - lb) / step)),
/// computed before the loop.
SmallVector<LoopDim> Outliner::computeTripCounts(OpBuilder &b, scf::ParallelOp loop) {
  Location loc = loop.getLoc();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  SmallVector<LoopDim> dims;
  for (auto [lb, ub, step] :
       llvm::zip(loop.getLowerBound(), loop.getUpperBound(), loop.getStep())) {
    Value span = arith::SubIOp::create(b, loc, ub, lb);
    Value count = arith::CeilDivSIOp::create(b, loc, span, step);
    dims.push_back({lb, step, arith::MaxSIOp::create(b, loc, count, zero)});
  }
  return dims;
}

/// Stores `captured` into a closure struct allocated in `parent`'s entry
/// block (so a loop around the call does not grow the stack).
Value Outliner::packClosure(OpBuilder &b, Location loc, func::FuncOp parent,
                            ArrayRef<Value> captured, LLVM::LLVMStructType closureType) {
  OpBuilder entry = OpBuilder::atBlockBegin(&parent.front());
  Value one = LLVM::ConstantOp::create(entry, loc, i64, entry.getI64IntegerAttr(1));
  Value closure = LLVM::AllocaOp::create(entry, loc, ptr, closureType, one);
  for (auto [index, value] : llvm::enumerate(captured)) {
    Type field = closureType.getBody()[index];
    Value stored = value;
    if (value.getType() != field)
      stored = UnrealizedConversionCastOp::create(b, loc, field, value).getResult(0);
    Value slot = LLVM::GEPOp::create(b, loc, ptr, closureType, closure,
                                     ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(index)});
    LLVM::StoreOp::create(b, loc, stored, slot);
  }
  return closure;
}

/// func.func private @<parent>_parallel(%closure, %begin, %end): loads the
/// captured values, recomputes the rest, then runs the loop body for each
/// linear iteration in [begin, end), delinearised over the loop's dims (the
/// last one fastest).
func::FuncOp Outliner::createBody(scf::ParallelOp loop, func::FuncOp parent,
                                  ArrayRef<LoopDim> dims, const CapturedValues &inputs,
                                  LLVM::LLVMStructType closureType) {
  Location loc = loop.getLoc();
  OpBuilder top(module.getContext());
  auto body = func::FuncOp::create(top, loc, (parent.getSymName() + "_parallel").str(),
                                   bodyType);
  body.setPrivate();
  symbols.insert(body, std::next(Block::iterator(parent.getOperation())));
  Block *entry = body.addEntryBlock();
  OpBuilder b = OpBuilder::atBlockBegin(entry);

  IRMapping mapping;
  Value closure = entry->getArgument(0);
  for (auto [index, value] : llvm::enumerate(inputs.captured)) {
    Type field = closureType.getBody()[index];
    Value slot = LLVM::GEPOp::create(b, loc, ptr, closureType, closure,
                                     ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(index)});
    Value loaded = LLVM::LoadOp::create(b, loc, field, slot);
    if (value.getType().isIndex())
      loaded = arith::IndexCastOp::create(b, loc, value.getType(), loaded);
    else if (field != value.getType())
      loaded = UnrealizedConversionCastOp::create(b, loc, value.getType(), loaded)
                   .getResult(0);
    mapping.map(value, loaded);
  }
  for (Operation *op : inputs.recomputed)
    b.clone(*op, mapping);

  Value begin = arith::IndexCastOp::create(b, loc, b.getIndexType(), entry->getArgument(1));
  Value end = arith::IndexCastOp::create(b, loc, b.getIndexType(), entry->getArgument(2));
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  auto linear = scf::ForOp::create(b, loc, begin, end, one);
  b.setInsertionPointToStart(linear.getBody());
  Value rest = linear.getInductionVar();
  for (int dim = static_cast<int>(dims.size()) - 1; dim >= 0; --dim) {
    Value tripCount = mapping.lookup(dims[dim].tripCount);
    Value position = dim == 0 ? rest : arith::RemUIOp::create(b, loc, rest, tripCount);
    if (dim > 0)
      rest = arith::DivUIOp::create(b, loc, rest, tripCount);
    Value scaled = arith::MulIOp::create(b, loc, position,
                                         mapping.lookup(dims[dim].step));
    Value iv = arith::AddIOp::create(b, loc, mapping.lookup(dims[dim].lowerBound), scaled);
    mapping.map(loop.getInductionVars()[dim], iv);
  }
  for (Operation &op : loop.getBody()->without_terminator())
    b.clone(op, mapping);

  b.setInsertionPointToEnd(entry);
  func::ReturnOp::create(b, loc);
  return body;
}

/// func.func private @<body>_entry(%closure, %begin, %end) that calls
/// `body`: what onnxc_rt_parallel_for gets. LLVM inlines the body into it
/// and then simplifies the body a second time (fully unrolling the short
/// reduction loops it left after the first time), as it does for serial
/// kernels, which it inlines into the model's C entry points; with one
/// round only, the short loops are unrolled after the vectoriser has run and
/// the loops around them stay scalar.
func::FuncOp Outliner::createEntry(func::FuncOp body) {
  OpBuilder top(module.getContext());
  auto entry = func::FuncOp::create(top, body.getLoc(), (body.getSymName() + "_entry").str(),
                                    bodyType);
  entry.setPrivate();
  symbols.insert(entry, std::next(Block::iterator(body.getOperation())));
  OpBuilder b = OpBuilder::atBlockBegin(entry.addEntryBlock());
  func::CallOp::create(b, body.getLoc(), body, entry.getArguments());
  func::ReturnOp::create(b, body.getLoc());
  return entry;
}

LogicalResult Outliner::outline(scf::ParallelOp loop, func::FuncOp parent, Value pool) {
  Location loc = loop.getLoc();
  FailureOr<func::FuncOp> runtime = parallelFor(loc);
  if (failed(runtime))
    return failure();
  OpBuilder b(loop);
  SmallVector<LoopDim> dims = computeTripCounts(b, loop);

  // What the body reads from outside, plus the bounds the delinearisation
  // needs.
  llvm::SetVector<Value> used;
  getUsedValuesDefinedAbove(loop.getRegion(), used);
  for (const LoopDim &dim : dims) {
    used.insert(dim.lowerBound);
    used.insert(dim.step);
    used.insert(dim.tripCount);
  }
  CapturedValues inputs = splitCapturedValues(used.getArrayRef());
  SmallVector<Type> fields;
  for (Value value : inputs.captured) {
    Type field = value.getType().isIndex() ? i64 : types.convertType(value.getType());
    if (!field || !LLVM::isCompatibleType(field))
      return loop.emitError() << "cannot pass a value of type " << value.getType()
                              << " to a parallel loop body";
    fields.push_back(field);
  }
  auto closureType = LLVM::LLVMStructType::getLiteral(module.getContext(), fields);

  // Index values go through the closure as i64.
  SmallVector<Value> stored;
  for (Value value : inputs.captured)
    stored.push_back(value.getType().isIndex()
                         ? arith::IndexCastOp::create(b, loc, i64, value).getResult()
                         : value);
  Value closure = packClosure(b, loc, parent, stored, closureType);
  func::FuncOp body = createBody(loop, parent, dims, inputs, closureType);

  Value iterations = arith::ConstantIndexOp::create(b, loc, 1);
  for (const LoopDim &dim : dims)
    iterations = arith::MulIOp::create(b, loc, iterations, dim.tripCount);
  Value n = arith::IndexCastOp::create(b, loc, i64, iterations);
  func::FuncOp entry = createEntry(body);
  Value fn = func::ConstantOp::create(b, loc, bodyType, entry.getSymName());
  func::CallOp::create(b, loc, *runtime, ValueRange{pool, n, fn, closure});
  loop.erase();
  return success();
}

namespace {
struct OutlineParallelLoopsPass
    : impl::OutlineParallelLoopsBase<OutlineParallelLoopsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    Outliner outliner(module);
    SmallVector<func::FuncOp> functions(module.getOps<func::FuncOp>());
    for (func::FuncOp function : functions) {
      SmallVector<scf::ParallelOp> loops;
      function.walk([&](scf::ParallelOp loop) {
        if (!loop->getParentOfType<scf::ParallelOp>() && loop.getNumResults() == 0)
          loops.push_back(loop);
      });
      if (loops.empty())
        continue;
      Value pool = getThreadPoolArgument(function);
      if (!pool) {
        function.emitError() << "has a parallel loop but no !llvm.ptr argument marked "
                             << kThreadPoolAttrName;
        return signalPassFailure();
      }
      for (scf::ParallelOp loop : loops)
        if (failed(outliner.outline(loop, function, pool)))
          return signalPassFailure();
    }
  }
};
} // namespace

} // namespace onnxc
