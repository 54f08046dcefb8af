//===- OutlineKernels.cpp - onnxc-cpu-outline-kernels ---------------------===//
//
// A model compiles into one function whose body holds every kernel's loop
// nest. LLVM's code generator (two-address rewriting, register allocation,
// scheduling) takes time that grows faster than linearly with the size of
// one function: a 5,000-node graph spent 32 s there. Past a number of loop
// nests, each top-level op that holds a loop becomes a call of its own
// private, never-inlined function, so code generation works on many small
// functions, in time linear in the graph. Small models keep one function:
// LLVM inlines and simplifies across their kernels, which their speed may
// rely on.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/CapturedValues.h"
#include "codegen/cpu/Passes.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_OUTLINEKERNELS
#include "codegen/cpu/Passes.h.inc"

namespace {

/// Whether `op` is or holds a loop (a kernel, not a guard around a call).
bool holdsLoop(Operation *op) {
  return op->walk([](Operation *inner) {
           return isa<LoopLikeOpInterface>(inner) ? WalkResult::interrupt()
                                                  : WalkResult::advance();
         }).wasInterrupted();
}

/// Replaces `nest` (no results) by a call of a new private function
/// `@<parent>_kernel<n>` that takes what it uses from outside as arguments.
/// That function only calls `@<parent>_kernel<n>_body`, which holds the
/// nest: LLVM inlines the body into it and simplifies the nest a second
/// time, as it does for a kernel inlined into the model's entry point (see
/// OutlineParallelLoops.cpp: with one round, short reduction loops are
/// unrolled only after the vectoriser has run).
void outline(Operation *nest, func::FuncOp parent, unsigned n, SymbolTable &symbols) {
  Location loc = nest->getLoc();
  llvm::SetVector<Value> used;
  for (Region &region : nest->getRegions())
    getUsedValuesDefinedAbove(region, used);
  for (Value operand : nest->getOperands())
    used.insert(operand);
  CapturedValues inputs = splitCapturedValues(used.getArrayRef());

  SmallVector<Type> types;
  for (Value value : inputs.captured)
    types.push_back(value.getType());
  OpBuilder top(nest->getContext());
  std::string name = (parent.getSymName() + "_kernel" + Twine(n)).str();
  FunctionType type = top.getFunctionType(types, {});
  auto body = func::FuncOp::create(top, loc, name + "_body", type);
  body.setPrivate();
  symbols.insert(body, std::next(Block::iterator(parent.getOperation())));
  auto kernel = func::FuncOp::create(top, loc, name, type);
  kernel.setPrivate();
  // LLVM must not undo the split by inlining the only call. func.func's own
  // no_inline is not carried to llvm.func by func-to-llvm; a discardable
  // `passthrough` is, and becomes the LLVM function attribute.
  kernel->setAttr("passthrough", top.getArrayAttr({top.getStringAttr("noinline")}));
  symbols.insert(kernel, std::next(Block::iterator(body.getOperation())));
  OpBuilder call = OpBuilder::atBlockBegin(kernel.addEntryBlock());
  func::CallOp::create(call, loc, body, kernel.getArguments());
  func::ReturnOp::create(call, loc);

  Block *entry = body.addEntryBlock();
  OpBuilder b = OpBuilder::atBlockBegin(entry);
  IRMapping mapping;
  for (auto [value, argument] : llvm::zip(inputs.captured, entry->getArguments()))
    mapping.map(value, argument);
  for (Operation *op : inputs.recomputed)
    b.clone(*op, mapping);
  b.clone(*nest, mapping);
  func::ReturnOp::create(b, loc);

  OpBuilder here(nest);
  func::CallOp::create(here, loc, kernel, inputs.captured);
  nest->erase();
}

struct OutlineKernelsPass : impl::OutlineKernelsBase<OutlineKernelsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    SmallVector<func::FuncOp> functions(module.getOps<func::FuncOp>());
    for (func::FuncOp function : functions) {
      if (function.isDeclaration() || !function.getBody().hasOneBlock())
        continue;
      SmallVector<Operation *> nests;
      for (Operation &op : function.front())
        if (op.getNumRegions() != 0 && op.getNumResults() == 0 && holdsLoop(&op))
          nests.push_back(&op);
      if (nests.size() < minLoopNests)
        continue;
      for (auto [n, nest] : llvm::enumerate(nests))
        outline(nest, function, n, symbols);
    }
  }
};

} // namespace

} // namespace onnxc
