//===- ModelLibrary.cpp - loading a compiled model ------------------------===//
//
// The API symbol is found by reading the section headers, .dynsym and its
// string table straight from the file (models with weights can be large, so
// nothing else is read), then resolved with dlopen + dlsym.
//
//===----------------------------------------------------------------------===//
#include "ModelLibrary.h"

#include "Error.h"

#include <dlfcn.h>
#include <elf.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

using namespace onnxc::run;

static const char kApiSuffix[] = "_onnxc_api";

namespace {

/// Bounds-checked reads at file offsets.
class ElfFile {
public:
  explicit ElfFile(const std::string &path) : path_(path) {
    file_.open(path, std::ios::binary);
    if (!file_)
      throw Error(path + ": cannot open: " + std::strerror(errno));
    file_.seekg(0, std::ios::end);
    size_ = static_cast<uint64_t>(file_.tellg());
  }

  template <typename T> T read(uint64_t offset) {
    T value;
    readBytes(offset, &value, sizeof value);
    return value;
  }

  std::string readBytes(uint64_t offset, uint64_t size) {
    std::string bytes(size, '\0');
    readBytes(offset, bytes.data(), size);
    return bytes;
  }

  uint64_t size() const { return size_; }

  [[noreturn]] void fail(const std::string &what) const {
    throw Error(path_ + ": " + what);
  }

private:
  void readBytes(uint64_t offset, void *out, uint64_t size) {
    if (offset > size_ || size > size_ - offset)
      fail("truncated or corrupt ELF file");
    file_.seekg(static_cast<std::streamoff>(offset));
    file_.read(static_cast<char *>(out), static_cast<std::streamsize>(size));
    if (!file_)
      fail("read error");
  }

  std::string path_;
  std::ifstream file_;
  uint64_t size_ = 0;
};

/// "<C identifier>_onnxc_api": the name of a model's table. (Tools add
/// symbols such as "__odr_asan.x_onnxc_api" that are not identifiers.)
bool isApiSymbolName(const std::string &name) {
  size_t n = std::strlen(kApiSuffix);
  if (name.size() <= n || name.compare(name.size() - n, n, kApiSuffix) != 0 ||
      std::isdigit(static_cast<unsigned char>(name[0])))
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

} // namespace

std::vector<std::string> onnxc::run::findApiSymbols(const std::string &path) {
  ElfFile elf(path);
  if (elf.size() < SELFMAG || elf.readBytes(0, SELFMAG) != ELFMAG)
    elf.fail("not an ELF file");
  auto header = elf.read<Elf64_Ehdr>(0);
  if (header.e_ident[EI_CLASS] != ELFCLASS64 ||
      header.e_ident[EI_DATA] != ELFDATA2LSB)
    elf.fail("not a little-endian 64-bit ELF file");
  if (header.e_shoff == 0 || header.e_shentsize != sizeof(Elf64_Shdr))
    elf.fail("no section headers, cannot find the model's API symbol "
             "(use --name)");

  uint64_t numSections = header.e_shnum;
  if (numSections == 0) // more than SHN_LORESERVE sections: count in sh_size
    numSections = elf.read<Elf64_Shdr>(header.e_shoff).sh_size;
  auto section = [&](uint64_t index) {
    if (index >= numSections)
      elf.fail("corrupt section header index");
    return elf.read<Elf64_Shdr>(header.e_shoff + index * sizeof(Elf64_Shdr));
  };

  std::vector<std::string> names;
  for (uint64_t i = 0; i < numSections; ++i) {
    Elf64_Shdr symtab = section(i);
    if (symtab.sh_type != SHT_DYNSYM || symtab.sh_entsize != sizeof(Elf64_Sym))
      continue;
    Elf64_Shdr strtab = section(symtab.sh_link);
    std::string strings = elf.readBytes(strtab.sh_offset, strtab.sh_size);
    uint64_t numSymbols = symtab.sh_size / sizeof(Elf64_Sym);
    for (uint64_t s = 1; s < numSymbols; ++s) {
      auto sym = elf.read<Elf64_Sym>(symtab.sh_offset + s * sizeof(Elf64_Sym));
      if (sym.st_shndx == SHN_UNDEF || sym.st_name >= strings.size() ||
          ELF64_ST_TYPE(sym.st_info) != STT_OBJECT)
        continue;
      std::string name(strings.c_str() + sym.st_name);
      if (isApiSymbolName(name))
        names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

ModelLibrary::ModelLibrary(const std::string &path, const std::string &prefix) {
  if (!prefix.empty()) {
    symbol_ = prefix + kApiSuffix;
  } else {
    std::vector<std::string> names = findApiSymbols(path);
    if (names.empty())
      throw Error(path + ": no symbol ending in '" + kApiSuffix +
                  "' in its dynamic symbol table (not built by onnxc?)");
    if (names.size() > 1) {
      std::string list;
      for (const std::string &name : names)
        list += (list.empty() ? "" : ", ") + name;
      throw Error(path + ": several models (" + list +
                  "); choose one with --name");
    }
    symbol_ = names.front();
  }

  // dlopen searches the library path for names without a slash.
  std::string file = path.find('/') == std::string::npos ? "./" + path : path;
  void *handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    throw Error(std::string("cannot load model: ") + dlerror());
  api_ = static_cast<const onnxc_model_api *>(dlsym(handle, symbol_.c_str()));
  if (!api_)
    throw Error(path + ": no symbol '" + symbol_ + "'");
  if (api_->abi_version != ONNXC_ABI_VERSION)
    throw Error(path + ": model ABI version " +
                std::to_string(api_->abi_version) + ", onnxc-run supports " +
                std::to_string(ONNXC_ABI_VERSION));
  if (!api_->signature || !api_->create || !api_->run || !api_->destroy ||
      !(signature_ = api_->signature()))
    throw Error(path + ": incomplete API table '" + symbol_ + "'");
}

Session::Session(const ModelLibrary &library, int32_t threads)
    : api_(library.api()), numOutputs_(library.signature().num_outputs) {
  onnxc_options options{threads};
  onnxc_status status{};
  if (api_.create(&options, &context_, &status) != ONNXC_OK)
    throw Error(std::string("create failed: ") + status.message);
}

Session::~Session() {
  if (context_)
    api_.destroy(context_);
}

std::vector<onnxc_tensor>
Session::run(const std::vector<onnxc_tensor> &inputs) {
  std::vector<onnxc_tensor> outputs(static_cast<size_t>(numOutputs_));
  onnxc_status status{};
  if (api_.run(context_, inputs.data(), static_cast<int32_t>(inputs.size()),
               outputs.data(), numOutputs_, &status) != ONNXC_OK)
    throw Error(std::string("run failed: ") + status.message);
  return outputs;
}
