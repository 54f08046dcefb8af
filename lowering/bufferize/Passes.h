//===- Passes.h - memory planning -------------------------------*- C++ -*-===//

#ifndef ONNXC_LOWERING_BUFFERIZE_PASSES_H
#define ONNXC_LOWERING_BUFFERIZE_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace onnxc {

#define GEN_PASS_DECL
#include "lowering/bufferize/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "lowering/bufferize/Passes.h.inc"

} // namespace onnxc

#endif // ONNXC_LOWERING_BUFFERIZE_PASSES_H
