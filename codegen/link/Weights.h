//===- Weights.h - weights straight into their own object -------*- C++ -*-===//
//
// Weights arrive as dense resource blobs on memref.globals. Lowering them
// through the LLVM dialect and LLVM IR would expand every blob into nested
// constant arrays (seconds and gigabytes for a ResNet-50). Instead the blobs
// are detached: each global becomes an external declaration, and its bytes
// go unchanged into a separate object that defines the symbol in a
// read-only section, 64-byte aligned, hidden.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_LINK_WEIGHTS_H
#define ONNXC_CODEGEN_LINK_WEIGHTS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Target/TargetMachine.h"
#include <string>
#include <vector>

namespace onnxc {

struct Weight {
  std::string symbol;
  llvm::ArrayRef<char> bytes; // owned by the MLIRContext's resource blob
  uint64_t alignment;
  mlir::DenseResourceElementsHandle handle; // releases the blob
};

/// Turns every memref.global initialised from a resource blob into an
/// external declaration and returns the blobs. The bytes stay valid while
/// the module's context lives.
std::vector<Weight> detachWeights(mlir::ModuleOp module);

/// Writes to `out` an object file for `machine`'s target defining each
/// weight's symbol over its bytes in a read-only section.
bool emitWeightsObject(llvm::ArrayRef<Weight> weights,
                       llvm::TargetMachine &machine, llvm::raw_pwrite_stream &out,
                       std::string &error);

/// Frees the weights' blobs (and with the last one the parsed model they
/// point into) once their object is written.
void releaseWeights(llvm::ArrayRef<Weight> weights);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_WEIGHTS_H
