//===- ContractionPlan.h - what the contraction micro-kernel takes -*- C++ -*-===//
//
// The analysis shared by onnxc-cpu-tile-contractions, which builds the
// micro-kernels, and onnxc-cpu-parallelize-outer-loops, which must not cut
// their row tiles apart.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_CPU_CONTRACTIONPLAN_H
#define ONNXC_CODEGEN_CPU_CONTRACTIONPLAN_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <optional>

namespace onnxc {

/// The roles of a contraction's iteration dims and operands, in the form the
/// micro-kernel needs: out[.., m, n] += lhs[.., m, .., k ..] * rhs[.., k, n]
/// or, for a convolution, rhs[.., c, oh + kh, n + kw] with n = ow.
struct ContractionPlan {
  llvm::SmallVector<unsigned> outer; // batch dims and any further n dims
  llvm::SmallVector<unsigned> m;     // row dims, tiled as one linearised index
  unsigned n;                        // the vector column dim
  int64_t nStride = 1;               // rhs elements per column (a convolution's stride)
  llvm::SmallVector<unsigned> k;     // the reduction dims, outermost first
  mlir::OpOperand *lhs;              // read one scalar per (row, k)
  mlir::OpOperand *rhs;              // read one vector along n per k
  mlir::OpOperand *out;              // read and written one vector along n per row
};

/// How the micro-kernel would compute `op` (an f32 matmul-like contraction
/// or convolution on contiguous buffers), or nullopt when it does not take
/// it.
std::optional<ContractionPlan> planMicroKernel(mlir::linalg::LinalgOp op);

} // namespace onnxc

#endif // ONNXC_CODEGEN_CPU_CONTRACTIONPLAN_H
