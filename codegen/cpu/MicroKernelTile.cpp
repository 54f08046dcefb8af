//===- MicroKernelTile.cpp - register tile from the target CPU ------------===//

#include "codegen/cpu/MicroKernelTile.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>

namespace onnxc {

VectorRegisterFile vectorRegisterFile(const llvm::TargetMachine &machine) {
  const llvm::MCSubtargetInfo &subtarget = *machine.getMCSubtargetInfo();
  if (machine.getTargetTriple().isAArch64())
    return {/*lanes=*/4, /*count=*/32}; // NEON; SVE is not used
  // The subtarget's feature bits hold the CPU's own features (--cpu=haswell)
  // as well as an explicit feature string (--cpu=native).
  if (subtarget.checkFeatures("+avx512f"))
    return {16, 32};
  if (subtarget.checkFeatures("+avx"))
    return {8, 16};
  return {4, 16};
}

MicroKernelTile chooseMicroKernelTile(VectorRegisterFile registers) {
  // Measured on AVX-512 (docs/benchmarks.md): 8 x 32 beats 8 x 16 (BERT
  // 1.9 -> 1.3 s, each lhs broadcast feeds two FMAs), 12 x 32 gains nothing
  // over 8 x 32, and every leftover row of a tile runs one at a time.
  constexpr int64_t maxRows = 8;
  constexpr int64_t maxCols = 32;
  MicroKernelTile best{1, registers.lanes};
  int64_t bestAccumulators = 0;
  for (int64_t vectorsPerRow = std::max<int64_t>(1, maxCols / registers.lanes);
       vectorsPerRow >= 1; vectorsPerRow /= 2) {
    // Accumulators, one rhs vector per column vector, one broadcast.
    int64_t rows = (registers.count - vectorsPerRow - 1) / vectorsPerRow;
    rows = std::clamp<int64_t>(rows, 1, maxRows);
    // Ties keep the wider tile: fewer lhs broadcasts per FMA.
    if (rows * vectorsPerRow > bestAccumulators) {
      bestAccumulators = rows * vectorsPerRow;
      best = {rows, vectorsPerRow * registers.lanes};
    }
  }
  return best;
}

} // namespace onnxc
