//===- Weights.cpp - weights straight into their own object ---------------===//

#include "codegen/link/Weights.h"
#include "codegen/link/DataObject.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

namespace onnxc {

static constexpr uint64_t kWeightAlignment = 64;

std::vector<Weight> detachWeights(ModuleOp module) {
  std::vector<Weight> weights;
  for (auto global : module.getOps<memref::GlobalOp>()) {
    auto resource =
        dyn_cast_or_null<DenseResourceElementsAttr>(global.getInitialValueAttr());
    if (!resource)
      continue;
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      continue;
    uint64_t alignment = std::max<uint64_t>(
        kWeightAlignment, global.getAlignment().value_or(kWeightAlignment));
    weights.push_back({global.getSymName().str(), blob->getData(), alignment,
                       resource.getRawHandle()});
    // An external declaration: public, so that LLVM sees a declaration that
    // the weights object defines.
    global.removeInitialValueAttr();
    global.setSymVisibilityAttr(nullptr);
  }
  return weights;
}

static std::vector<DataSymbol> dataSymbols(llvm::ArrayRef<Weight> weights) {
  std::vector<DataSymbol> symbols;
  symbols.reserve(weights.size());
  for (const Weight &weight : weights)
    symbols.push_back({weight.symbol, weight.bytes, weight.alignment});
  return symbols;
}

bool emitWeightsObject(llvm::ArrayRef<Weight> weights, const llvm::Triple &triple,
                       llvm::raw_ostream &out, std::string &error) {
  std::vector<DataSymbol> symbols = dataSymbols(weights);
  DataLayout layout;
  return layOutData(symbols, layout, error) &&
         writeReservationObject(triple, symbols, layout, out, error);
}

uint64_t emitWeightsImage(llvm::ArrayRef<Weight> weights, llvm::raw_ostream &out,
                          llvm::BLAKE3Result<32> &digest) {
  std::vector<DataSymbol> symbols = dataSymbols(weights);
  DataLayout layout;
  std::string error;
  if (!layOutData(symbols, layout, error))
    return 0; // emitWeightsObject, which runs first, reports it
  writeDataImage(symbols, layout, out);
  llvm::BLAKE3 hasher;
  for (const Weight &weight : weights)
    hasher.update(llvm::ArrayRef<uint8_t>(
        reinterpret_cast<const uint8_t *>(weight.bytes.data()), weight.bytes.size()));
  hasher.final(digest);
  return layout.size;
}

void releaseWeights(llvm::ArrayRef<Weight> weights) {
  for (Weight weight : weights)
    if (auto *entry = weight.handle.getResource())
      entry->setBlob(AsmResourceBlob());
}

} // namespace onnxc
