//===- ModelABI.cpp - the C ABI of a compiled model, in LLVM IR -----------===//

#include "codegen/link/ModelABI.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"

namespace onnxc {

namespace {
/// Builds the constants and functions of one model's ABI.
class ABIEmitter {
public:
  ABIEmitter(llvm::Module &module, llvm::StringRef prefix)
      : module(module), context(module.getContext()), prefix(prefix.str()),
        ptr(llvm::PointerType::get(context, 0)), i32(llvm::Type::getInt32Ty(context)),
        i64(llvm::Type::getInt64Ty(context)) {}

  bool emit(const ModelSignature &signature, const KernelNames &kernels,
            std::string &error);

private:
  llvm::Function *emitPackedInvoke(llvm::Function *kernel);
  llvm::Function *emitPackedArenaBytes(llvm::Function *kernel);
  llvm::Constant *emitSignature(const ModelSignature &signature);
  llvm::Constant *emitTensorInfos(const std::vector<TensorSignature> &tensors,
                                  llvm::StringRef kind);
  void emitEntryPoints(llvm::Constant *signature, llvm::Constant *descriptor);

  llvm::Constant *string(llvm::StringRef text);
  llvm::GlobalVariable *constantGlobal(llvm::Constant *init, llvm::StringRef name);
  llvm::Function *declareRuntime(llvm::StringRef name, llvm::FunctionType *type);
  llvm::Function *defineExported(llvm::StringRef suffix, llvm::FunctionType *type);

  llvm::Module &module;
  llvm::LLVMContext &context;
  std::string prefix;
  llvm::PointerType *ptr;
  llvm::IntegerType *i32, *i64;
};
} // namespace

llvm::Constant *ABIEmitter::string(llvm::StringRef text) {
  auto *init = llvm::ConstantDataArray::getString(context, text);
  return constantGlobal(init, prefix + "_str");
}

llvm::GlobalVariable *ABIEmitter::constantGlobal(llvm::Constant *init,
                                                 llvm::StringRef name) {
  auto *global = new llvm::GlobalVariable(module, init->getType(), /*isConstant=*/true,
                                          llvm::GlobalValue::PrivateLinkage, init, name);
  global->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  return global;
}

/// void P_invoke(void **args): args[i] is the i-th parameter of the C
/// interface (result descriptors, input descriptors, arena descriptor,
/// thread pool).
llvm::Function *ABIEmitter::emitPackedInvoke(llvm::Function *kernel) {
  auto *type = llvm::FunctionType::get(llvm::Type::getVoidTy(context), {ptr}, false);
  auto *wrapper = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage,
                                         prefix + "_invoke", module);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(context, "entry", wrapper));
  llvm::SmallVector<llvm::Value *> args;
  for (unsigned i = 0; i < kernel->arg_size(); ++i) {
    llvm::Value *slot = b.CreateConstGEP1_64(ptr, wrapper->getArg(0), i);
    args.push_back(b.CreateLoad(ptr, slot));
  }
  b.CreateCall(kernel, args);
  b.CreateRetVoid();
  return wrapper;
}

/// void P_arena_bytes(void **args): *(int64_t *)args[0] = kernel(args[1..]).
llvm::Function *ABIEmitter::emitPackedArenaBytes(llvm::Function *kernel) {
  auto *type = llvm::FunctionType::get(llvm::Type::getVoidTy(context), {ptr}, false);
  auto *wrapper = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage,
                                         prefix + "_arena_bytes", module);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(context, "entry", wrapper));
  llvm::SmallVector<llvm::Value *> args;
  for (unsigned i = 0; i < kernel->arg_size(); ++i) {
    llvm::Value *slot = b.CreateConstGEP1_64(ptr, wrapper->getArg(0), i + 1);
    args.push_back(b.CreateLoad(ptr, slot));
  }
  llvm::Value *bytes = b.CreateCall(kernel, args);
  b.CreateStore(bytes, b.CreateLoad(ptr, wrapper->getArg(0)));
  b.CreateRetVoid();
  return wrapper;
}

/// An array of onnxc_tensor_info {name, elem_type, rank, dims, dim_names}.
llvm::Constant *ABIEmitter::emitTensorInfos(const std::vector<TensorSignature> &tensors,
                                            llvm::StringRef kind) {
  auto *infoType = llvm::StructType::get(context, {ptr, i32, i32, ptr, ptr});
  std::vector<llvm::Constant *> infos;
  for (const TensorSignature &tensor : tensors) {
    llvm::Constant *dims = constantGlobal(
        llvm::ConstantDataArray::get(context, llvm::ArrayRef<int64_t>(tensor.dims)),
        prefix + "_dims");
    std::vector<llvm::Constant *> names;
    for (const std::string &name : tensor.dimNames)
      names.push_back(name.empty() ? llvm::ConstantPointerNull::get(ptr) : string(name));
    llvm::Constant *dimNames = constantGlobal(
        llvm::ConstantArray::get(llvm::ArrayType::get(ptr, names.size()), names),
        prefix + "_dim_names");
    infos.push_back(llvm::ConstantStruct::get(
        infoType, {string(tensor.name), llvm::ConstantInt::get(i32, tensor.elemType),
                   llvm::ConstantInt::get(i32, tensor.dims.size()), dims, dimNames}));
  }
  return constantGlobal(
      llvm::ConstantArray::get(llvm::ArrayType::get(infoType, infos.size()), infos),
      prefix + "_" + kind.str());
}

/// onnxc_signature {model_name, num_inputs, inputs, num_outputs, outputs}.
llvm::Constant *ABIEmitter::emitSignature(const ModelSignature &signature) {
  auto *type = llvm::StructType::get(context, {ptr, i32, ptr, i32, ptr});
  return constantGlobal(
      llvm::ConstantStruct::get(
          type, {string(signature.modelName),
                 llvm::ConstantInt::get(i32, signature.inputs.size()),
                 emitTensorInfos(signature.inputs, "inputs"),
                 llvm::ConstantInt::get(i32, signature.outputs.size()),
                 emitTensorInfos(signature.outputs, "outputs")}),
      prefix + "_signature_data");
}

llvm::Function *ABIEmitter::declareRuntime(llvm::StringRef name,
                                           llvm::FunctionType *type) {
  auto *function = llvm::cast<llvm::Function>(
      module.getOrInsertFunction(name, type).getCallee());
  function->setVisibility(llvm::GlobalValue::HiddenVisibility);
  return function;
}

llvm::Function *ABIEmitter::defineExported(llvm::StringRef suffix,
                                           llvm::FunctionType *type) {
  auto *function = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage,
                                          prefix + "_" + suffix.str(), module);
  function->setVisibility(llvm::GlobalValue::DefaultVisibility);
  return function;
}

/// The four entry points forward to the runtime with this model's
/// descriptor; P_onnxc_api lists them for generic hosts.
void ABIEmitter::emitEntryPoints(llvm::Constant *signature,
                                 llvm::Constant *descriptor) {
  auto *voidType = llvm::Type::getVoidTy(context);
  auto forward = [&](llvm::Function *entry, llvm::Function *target,
                     llvm::ArrayRef<llvm::Value *> leading) {
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(context, "entry", entry));
    llvm::SmallVector<llvm::Value *> args(leading.begin(), leading.end());
    for (llvm::Argument &arg : entry->args())
      args.push_back(&arg);
    llvm::CallInst *call = b.CreateCall(target, args);
    if (entry->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(call);
  };

  auto *signatureFn = defineExported("signature", llvm::FunctionType::get(ptr, {}, false));
  llvm::IRBuilder<>(llvm::BasicBlock::Create(context, "entry", signatureFn))
      .CreateRet(signature);

  auto *createType = llvm::FunctionType::get(i32, {ptr, ptr, ptr}, false);
  auto *create = defineExported("create", createType);
  forward(create,
          declareRuntime("onnxc_rt_create",
                         llvm::FunctionType::get(i32, {ptr, ptr, ptr, ptr}, false)),
          {descriptor});

  auto *runType = llvm::FunctionType::get(i32, {ptr, ptr, i32, ptr, i32, ptr}, false);
  auto *run = defineExported("run", runType);
  forward(run, declareRuntime("onnxc_rt_run", runType), {});

  auto *destroyType = llvm::FunctionType::get(voidType, {ptr}, false);
  auto *destroy = defineExported("destroy", destroyType);
  forward(destroy, declareRuntime("onnxc_rt_destroy", destroyType), {});

  auto *apiType = llvm::StructType::get(context, {i32, ptr, ptr, ptr, ptr});
  auto *api = new llvm::GlobalVariable(
      module, apiType, /*isConstant=*/true, llvm::GlobalValue::ExternalLinkage,
      llvm::ConstantStruct::get(apiType, {llvm::ConstantInt::get(i32, 1), signatureFn,
                                          create, run, destroy}),
      prefix + "_onnxc_api");
  api->setVisibility(llvm::GlobalValue::DefaultVisibility);
}

bool ABIEmitter::emit(const ModelSignature &signature, const KernelNames &kernels,
                      std::string &error) {
  llvm::Function *invokeKernel = module.getFunction("_mlir_ciface_" + kernels.invoke);
  llvm::Function *arenaKernel = module.getFunction("_mlir_ciface_" + kernels.arenaBytes);
  if (!invokeKernel || !arenaKernel) {
    error = "internal error: the model kernels have no C interface";
    return false;
  }
  // Everything the model defines so far is private to it; the runtime
  // functions that kernels call (onnxc_rt_parallel_for) are hidden in it.
  for (llvm::Function &function : module.functions()) {
    if (!function.isDeclaration())
      function.setLinkage(llvm::GlobalValue::InternalLinkage);
    else if (function.getName().starts_with("onnxc_rt_"))
      function.setVisibility(llvm::GlobalValue::HiddenVisibility);
  }
  for (llvm::GlobalVariable &global : module.globals()) {
    if (!global.isDeclaration())
      global.setLinkage(llvm::GlobalValue::InternalLinkage);
    else // weights, defined in the weights object of the same library
      global.setVisibility(llvm::GlobalValue::HiddenVisibility);
  }

  llvm::Function *invoke = emitPackedInvoke(invokeKernel);
  llvm::Function *arenaBytes = emitPackedArenaBytes(arenaKernel);
  llvm::Constant *signatureData = emitSignature(signature);
  auto *descriptorType = llvm::StructType::get(context, {ptr, ptr, ptr});
  llvm::Constant *descriptor = constantGlobal(
      llvm::ConstantStruct::get(descriptorType, {signatureData, arenaBytes, invoke}),
      prefix + "_model_desc");
  emitEntryPoints(signatureData, descriptor);
  return true;
}

bool emitModelABI(llvm::Module &module, const ModelSignature &signature,
                  llvm::StringRef prefix, const KernelNames &kernels,
                  std::string &error) {
  return ABIEmitter(module, prefix).emit(signature, kernels, error);
}

} // namespace onnxc
