//===- BindRunChecks.cpp - failed index checks -> the runtime's error call ===//
//
// The linalg lowering reports an index out of range by calling
// @onnxc.index_out_of_range(index, low, high), and a size that does not fit
// by calling @onnxc.shape_error(relation, size, expected), with the node in
// the call's onnxc.where attribute (lowering/onnx-to-linalg/IndexChecks.h).
// Here each such call becomes
//   onnxc_rt_index_error(pool, where, index, low, high)
//   onnxc_rt_shape_error(pool, where, relation, size, expected)
// (runtime/src/run_checks.h): the pool is the kernel's argument marked
// onnxc.thread_pool, and `where` a NUL-terminated constant string.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/Passes.h"
#include "lowering/onnx-to-linalg/IndexChecks.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_BINDRUNCHECKS
#include "codegen/cpu/Passes.h.inc"

namespace {
/// A function the lowering calls on a failed check, and the runtime
/// function it becomes (which takes the pool and the `where` text first).
struct Binding {
  llvm::StringLiteral check;
  llvm::StringLiteral runtime;
};
constexpr Binding kBindings[] = {
    {kIndexErrorFunction, "onnxc_rt_index_error"},
    {kShapeErrorFunction, "onnxc_rt_shape_error"},
};

struct BindRunChecksPass : impl::BindRunChecksBase<BindRunChecksPass> {
  void runOnOperation() override {
    for (const Binding &binding : kBindings)
      if (failed(bind(binding)))
        return signalPassFailure();
  }

  LogicalResult bind(const Binding &binding) {
    ModuleOp module = getOperation();
    MLIRContext *ctx = module.getContext();
    SmallVector<func::CallOp> checks;
    module.walk([&](func::CallOp call) {
      if (call.getCallee() == binding.check)
        checks.push_back(call);
    });
    auto declaration = module.lookupSymbol<func::FuncOp>(binding.check);
    if (checks.empty()) {
      if (declaration)
        declaration.erase();
      return success();
    }

    OpBuilder builder(ctx);
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    if (!module.lookupSymbol(binding.runtime)) {
      SmallVector<Type> parameters = {ptr, ptr};
      llvm::append_range(parameters, checks.front().getOperandTypes());
      builder.setInsertionPointToStart(module.getBody());
      func::FuncOp::create(builder, module.getLoc(), binding.runtime,
                           builder.getFunctionType(parameters, {}))
          .setPrivate();
    }
    for (func::CallOp call : checks) {
      auto function = call->getParentOfType<func::FuncOp>();
      Value pool = function ? getThreadPoolArgument(function) : nullptr;
      if (!pool)
        return call.emitError() << "run-time check in a function without an !llvm.ptr "
                                   "argument marked "
                                << kThreadPoolAttrName;
      // A parallel body is outlined later and gets only what its closure
      // carries; the checks run before the kernels, never inside them (a
      // shape error also jumps back to the thread that started the run).
      if (call->getParentOfType<scf::ParallelOp>() || call->getParentOfType<scf::ForallOp>())
        return call.emitError() << "run-time check inside a parallel loop";
      auto whereAttr = call->getAttrOfType<StringAttr>(kIndexErrorWhereAttr);
      std::string where = whereAttr ? whereAttr.str() : "an operator";
      where.push_back('\0');
      builder.setInsertionPoint(call);
      Value text = LLVM::createGlobalString(
          call.getLoc(), builder, ("onnxc_where_" + llvm::Twine(whereCount++)).str(), where,
          LLVM::Linkage::Internal);
      SmallVector<Value> operands = {pool, text};
      llvm::append_range(operands, call.getOperands());
      func::CallOp::create(builder, call.getLoc(), binding.runtime, TypeRange{}, operands);
      call.erase();
    }
    if (declaration)
      declaration.erase();
    return success();
  }

  unsigned whereCount = 0;
};
} // namespace

} // namespace onnxc
