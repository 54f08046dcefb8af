//===- MicroKernelTile.h - register tile from the target CPU ----*- C++ -*-===//
//
// onnxc-cpu-tile-contractions keeps a rows x cols tile of accumulators in
// vector registers; how large that tile can be without spilling depends on
// the target's vector register file, which only the driver knows.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_CPU_MICROKERNELTILE_H
#define ONNXC_CODEGEN_CPU_MICROKERNELTILE_H

#include "llvm/Target/TargetMachine.h"

#include <cstdint>

namespace onnxc {

/// The SIMD registers an f32 micro-kernel can use.
struct VectorRegisterFile {
  int64_t lanes = 4;  // f32 elements per register
  int64_t count = 16; // architectural vector registers
};

/// The register tile of the contraction micro-kernel, in output elements.
/// The defaults are the passes' own (onnxc-opt without a target).
struct MicroKernelTile {
  int64_t rows = 4;
  int64_t cols = 16;
};

/// The vector registers of `machine`'s CPU: AVX-512 16 lanes x 32 zmm, AVX
/// (AVX2) 8 x 16 ymm, SSE 4 x 16 xmm, AArch64 NEON 4 x 32 q.
VectorRegisterFile vectorRegisterFile(const llvm::TargetMachine &machine);

/// The tile with the most accumulators that still leaves room for one row of
/// rhs vectors and the broadcast lhs scalar, with at most 8 rows (see
/// docs/benchmarks.md) and columns a multiple of the vector width, at most
/// 32: AVX-512 8 x 32, AVX2 6 x 16, NEON 6 x 16, SSE 6 x 8.
MicroKernelTile chooseMicroKernelTile(VectorRegisterFile registers);

} // namespace onnxc

#endif // ONNXC_CODEGEN_CPU_MICROKERNELTILE_H
