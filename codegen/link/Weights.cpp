//===- Weights.cpp - weights straight into their own object ---------------===//

#include "codegen/link/Weights.h"
#include "codegen/cpu/TargetMachine.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

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

bool emitWeightsObject(llvm::ArrayRef<Weight> weights, llvm::TargetMachine &machine,
                       llvm::raw_pwrite_stream &out, std::string &error) {
  llvm::LLVMContext context;
  llvm::Module module("onnxc.weights", context);
  module.setTargetTriple(machine.getTargetTriple());
  module.setDataLayout(machine.createDataLayout());
  auto *byteType = llvm::Type::getInt8Ty(context);
  for (const Weight &weight : weights) {
    // getRaw takes the bytes as they are: no per-element constants.
    llvm::Constant *data = llvm::ConstantDataArray::getRaw(
        llvm::StringRef(weight.bytes.data(), weight.bytes.size()),
        weight.bytes.size(), byteType);
    auto *global = new llvm::GlobalVariable(module, data->getType(), /*isConstant=*/true,
                                            llvm::GlobalValue::ExternalLinkage, data,
                                            weight.symbol);
    global->setVisibility(llvm::GlobalValue::HiddenVisibility);
    global->setAlignment(llvm::Align(weight.alignment));
  }
  return emitMachineCode(module, machine, /*assembly=*/false, out, error);
}

void releaseWeights(llvm::ArrayRef<Weight> weights) {
  for (Weight weight : weights)
    if (auto *entry = weight.handle.getResource())
      entry->setBlob(AsmResourceBlob());
}

} // namespace onnxc
