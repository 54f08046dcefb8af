//===- Passes.h - CPU code generation ---------------------------*- C++ -*-===//

#ifndef ONNXC_CODEGEN_CPU_PASSES_H
#define ONNXC_CODEGEN_CPU_PASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace onnxc {

/// Marks the `!llvm.ptr` argument of a kernel that carries the runtime's
/// thread pool (onnxc_rt_pool *), which onnxc-cpu-outline-parallel-loops
/// passes to onnxc_rt_parallel_for.
inline constexpr llvm::StringLiteral kThreadPoolAttrName = "onnxc.thread_pool";

/// The argument of `function` marked kThreadPoolAttrName, or null.
inline mlir::Value getThreadPoolArgument(mlir::func::FuncOp function) {
  for (mlir::BlockArgument argument : function.getArguments())
    if (function.getArgAttr(argument.getArgNumber(), kThreadPoolAttrName))
      return argument;
  return nullptr;
}

#define GEN_PASS_DECL
#include "codegen/cpu/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "codegen/cpu/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_CODEGEN_CPU_PASSES_H
