//===- Weights.h - weights straight into their own object -------*- C++ -*-===//
//
// Weights arrive as dense resource blobs on memref.globals. Lowering them
// through the LLVM dialect and LLVM IR would expand every blob into nested
// constant arrays (seconds and gigabytes for a ResNet-50). Instead the blobs
// are detached: each global becomes an external declaration, defined as a
// hidden symbol in a read-only, 64-byte aligned section of the library that
// the linker reserves and onnxc fills in after linking (DataObject.h), so
// the bytes go from the parsed model to the library without a copy in
// memory.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_LINK_WEIGHTS_H
#define ONNXC_CODEGEN_LINK_WEIGHTS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"
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

/// Writes to `out` the ELF object for `triple` that reserves the weights'
/// section and defines each weight's symbol in it (DataObject.h, step 1).
bool emitWeightsObject(llvm::ArrayRef<Weight> weights, const llvm::Triple &triple,
                       llvm::raw_ostream &out, std::string &error);

/// Streams the weights' bytes to `out` in the layout of that section
/// (step 2), never copying them; returns the image's size and sets
/// `digest` to a hash of the bytes, for the library's build ID.
uint64_t emitWeightsImage(llvm::ArrayRef<Weight> weights, llvm::raw_ostream &out,
                          llvm::BLAKE3Result<32> &digest);

/// Frees the weights' blobs (and with the last one the parsed model they
/// point into) once their object is written.
void releaseWeights(llvm::ArrayRef<Weight> weights);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_WEIGHTS_H
