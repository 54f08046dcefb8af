//===- CapturedValues.h - what an outlined region takes from outside -*- C++ -*-===//
//
// Outlining a region into a function (a parallel loop's body, a kernel's
// loop nest) needs the values the region uses from above. Cheap scalar
// computations are better recomputed inside (LLVM then still sees constant
// sizes, and a weight read through memref.get_global as a constant); the
// rest is passed in.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_CPU_CAPTUREDVALUES_H
#define ONNXC_CODEGEN_CPU_CAPTUREDVALUES_H

#include "mlir/IR/Operation.h"

namespace onnxc {

/// What an outlined region gets from its parent: ops it recomputes (in
/// dominance order) and values passed in.
struct CapturedValues {
  llvm::SmallVector<mlir::Operation *> recomputed;
  llvm::SmallVector<mlir::Value> captured;
};

/// Splits `used` into side-effect-free ops without regions, recomputed with
/// their operands, and the values they stop at (block arguments, results of
/// ops with effects, memrefs computed from other values), captured.
CapturedValues splitCapturedValues(llvm::ArrayRef<mlir::Value> used);

} // namespace onnxc

#endif // ONNXC_CODEGEN_CPU_CAPTUREDVALUES_H
