//===- BindRunChecks.cpp - failed index checks -> the runtime's error call ===//
//
// The linalg lowering reports an index out of range by calling
// @onnxc.index_out_of_range(index, low, high) with the node in the call's
// onnxc.where attribute (lowering/onnx-to-linalg/IndexChecks.h). Here each
// such call becomes
//   onnxc_rt_index_error(pool, where, index, low, high)
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
constexpr llvm::StringLiteral kRuntimeIndexError = "onnxc_rt_index_error";

struct BindRunChecksPass : impl::BindRunChecksBase<BindRunChecksPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = module.getContext();
    SmallVector<func::CallOp> checks;
    module.walk([&](func::CallOp call) {
      if (call.getCallee() == kIndexErrorFunction)
        checks.push_back(call);
    });
    auto declaration = module.lookupSymbol<func::FuncOp>(kIndexErrorFunction);
    if (checks.empty()) {
      if (declaration)
        declaration.erase();
      return;
    }

    OpBuilder builder(ctx);
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    Type i64 = builder.getI64Type();
    if (!module.lookupSymbol(kRuntimeIndexError)) {
      builder.setInsertionPointToStart(module.getBody());
      func::FuncOp::create(builder, module.getLoc(), kRuntimeIndexError,
                           builder.getFunctionType({ptr, ptr, i64, i64, i64}, {}))
          .setPrivate();
    }
    for (auto [n, call] : llvm::enumerate(checks)) {
      auto function = call->getParentOfType<func::FuncOp>();
      Value pool = function ? getThreadPoolArgument(function) : nullptr;
      if (!pool) {
        call.emitError() << "index check in a function without an !llvm.ptr argument marked "
                         << kThreadPoolAttrName;
        return signalPassFailure();
      }
      // A parallel body is outlined later and gets only what its closure
      // carries; the checks run before the kernels, never inside them.
      if (call->getParentOfType<scf::ParallelOp>() || call->getParentOfType<scf::ForallOp>()) {
        call.emitError() << "index check inside a parallel loop";
        return signalPassFailure();
      }
      auto whereAttr = call->getAttrOfType<StringAttr>(kIndexErrorWhereAttr);
      std::string where = whereAttr ? whereAttr.str() : "an indexing operator";
      where.push_back('\0');
      builder.setInsertionPoint(call);
      Value text = LLVM::createGlobalString(call.getLoc(), builder,
                                            ("onnxc_where_" + llvm::Twine(n)).str(), where,
                                            LLVM::Linkage::Internal);
      SmallVector<Value> operands = {pool, text};
      llvm::append_range(operands, call.getOperands());
      func::CallOp::create(builder, call.getLoc(), kRuntimeIndexError, TypeRange{}, operands);
      call.erase();
    }
    if (declaration)
      declaration.erase();
  }
};
} // namespace

} // namespace onnxc
