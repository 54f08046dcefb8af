//===- DataObject.cpp - large read-only data, placed without copies ------===//
//
// The reservation object is written front to back:
//
//   ELF header | .symtab | .strtab | .shstrtab | section headers
//
// Sections: null, the empty PROGBITS half of the data section (retained, so
// that --gc-sections cannot drop it and leave the output NOBITS), its NOBITS
// half holding the symbols, an empty .note.GNU-stack (no executable stack),
// .symtab, .strtab, .shstrtab.
//
//===----------------------------------------------------------------------===//

#include "codegen/link/DataObject.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/EndianStream.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Process.h"

namespace onnxc {

namespace {

enum SectionIndex : uint16_t {
  kNullSection,
  kDataMarker,
  kDataReservation,
  kNoteGnuStack,
  kSymtab,
  kStrtab,
  kShstrtab,
  kNumSections
};

constexpr uint64_t kHeaderSize = sizeof(llvm::ELF::Elf64_Ehdr);
constexpr uint64_t kSectionHeaderSize = sizeof(llvm::ELF::Elf64_Shdr);
constexpr uint64_t kSymbolSize = sizeof(llvm::ELF::Elf64_Sym);

/// A string table under construction: a leading NUL, then NUL-terminated
/// names, each addressed by its offset.
struct StringTable {
  std::string text = std::string(1, '\0');
  uint32_t add(llvm::StringRef name) {
    uint32_t offset = text.size();
    text.append(name.begin(), name.end());
    text.push_back('\0');
    return offset;
  }
};

struct SectionHeader {
  uint32_t name = 0, type = llvm::ELF::SHT_NULL;
  uint64_t flags = 0, offset = 0, size = 0;
  uint32_t link = 0, info = 0;
  uint64_t alignment = 0, entrySize = 0;
};

/// Writes ELF fields in little-endian order and pads to file offsets.
class ObjectWriter {
public:
  explicit ObjectWriter(llvm::raw_ostream &out)
      : out(out), endian(out, llvm::endianness::little) {}

  template <typename T> void write(T value) {
    endian.write<T>(value);
    position += sizeof(T);
  }
  void writeBytes(llvm::ArrayRef<char> bytes) {
    out.write(bytes.data(), bytes.size());
    position += bytes.size();
  }
  void padTo(uint64_t offset) {
    out.write_zeros(offset - position);
    position = offset;
  }
  uint64_t tell() const { return position; }

private:
  llvm::raw_ostream &out;
  llvm::support::endian::Writer endian;
  uint64_t position = 0;
};

} // namespace

bool layOutData(llvm::ArrayRef<DataSymbol> symbols, DataLayout &layout,
                std::string &error) {
  layout = DataLayout();
  for (const DataSymbol &symbol : symbols) {
    if (symbol.name.empty() || symbol.name.contains('\0')) {
      error = "weights: a symbol name is empty or holds a NUL byte";
      return false;
    }
    if (!llvm::isPowerOf2_64(symbol.alignment)) {
      error = "weights: symbol '" + symbol.name.str() + "' has alignment " +
              std::to_string(symbol.alignment) + ", not a power of two";
      return false;
    }
    layout.alignment = std::max(layout.alignment, symbol.alignment);
    layout.size = llvm::alignTo(layout.size, symbol.alignment);
    layout.offsets.push_back(layout.size);
    layout.size += symbol.bytes.size();
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Step 1: the reservation object
//===----------------------------------------------------------------------===//

static void writeFileHeader(ObjectWriter &writer, uint16_t machine,
                            uint64_t sectionHeadersOffset) {
  const char ident[llvm::ELF::EI_NIDENT] = {
      0x7f, 'E', 'L', 'F', llvm::ELF::ELFCLASS64, llvm::ELF::ELFDATA2LSB,
      llvm::ELF::EV_CURRENT, llvm::ELF::ELFOSABI_NONE};
  writer.writeBytes(ident);
  writer.write<uint16_t>(llvm::ELF::ET_REL);
  writer.write<uint16_t>(machine);
  writer.write<uint32_t>(llvm::ELF::EV_CURRENT);
  writer.write<uint64_t>(0); // e_entry
  writer.write<uint64_t>(0); // e_phoff: no program headers in an object
  writer.write<uint64_t>(sectionHeadersOffset);
  writer.write<uint32_t>(0); // e_flags
  writer.write<uint16_t>(kHeaderSize);
  writer.write<uint16_t>(0); // e_phentsize
  writer.write<uint16_t>(0); // e_phnum
  writer.write<uint16_t>(kSectionHeaderSize);
  writer.write<uint16_t>(kNumSections);
  writer.write<uint16_t>(kShstrtab);
}

static void writeSymbol(ObjectWriter &writer, uint32_t name, uint64_t value,
                        uint64_t size) {
  writer.write<uint32_t>(name);
  writer.write<uint8_t>((llvm::ELF::STB_GLOBAL << 4) | llvm::ELF::STT_OBJECT);
  writer.write<uint8_t>(llvm::ELF::STV_HIDDEN);
  writer.write<uint16_t>(kDataReservation);
  writer.write<uint64_t>(value);
  writer.write<uint64_t>(size);
}

static void writeSectionHeader(ObjectWriter &writer, const SectionHeader &header) {
  writer.write<uint32_t>(header.name);
  writer.write<uint32_t>(header.type);
  writer.write<uint64_t>(header.flags);
  writer.write<uint64_t>(0); // sh_addr
  writer.write<uint64_t>(header.offset);
  writer.write<uint64_t>(header.size);
  writer.write<uint32_t>(header.link);
  writer.write<uint32_t>(header.info);
  writer.write<uint64_t>(header.alignment);
  writer.write<uint64_t>(header.entrySize);
}

bool writeReservationObject(const llvm::Triple &triple,
                            llvm::ArrayRef<DataSymbol> symbols, const DataLayout &layout,
                            llvm::raw_ostream &out, std::string &error) {
  uint16_t machine;
  if (triple.getArch() == llvm::Triple::x86_64) {
    machine = llvm::ELF::EM_X86_64;
  } else if (triple.getArch() == llvm::Triple::aarch64) {
    machine = llvm::ELF::EM_AARCH64;
  } else {
    error = "weights: no ELF object writer for target '" + triple.str() + "'";
    return false;
  }

  StringTable symbolNames, sectionNames;
  std::vector<uint32_t> nameOffsets;
  for (const DataSymbol &symbol : symbols)
    nameOffsets.push_back(symbolNames.add(symbol.name));
  SectionHeader headers[kNumSections];
  uint32_t dataName = sectionNames.add(kDataSectionName);
  uint64_t symtabOffset = kHeaderSize; // already 8-byte aligned
  uint64_t symtabSize = (symbols.size() + 1) * kSymbolSize;
  uint64_t strtabOffset = symtabOffset + symtabSize;
  uint64_t shstrtabOffset = strtabOffset + symbolNames.text.size();
  headers[kDataMarker] = {dataName, llvm::ELF::SHT_PROGBITS,
                          llvm::ELF::SHF_ALLOC | llvm::ELF::SHF_GNU_RETAIN,
                          symtabOffset, 0, 0, 0, 1, 0};
  headers[kDataReservation] = {dataName,     llvm::ELF::SHT_NOBITS, llvm::ELF::SHF_ALLOC,
                               symtabOffset, layout.size,           0,
                               0,            layout.alignment,      0};
  headers[kNoteGnuStack] = {sectionNames.add(".note.GNU-stack"), llvm::ELF::SHT_PROGBITS,
                            0, symtabOffset, 0, 0, 0, 1, 0};
  // sh_info of a symbol table: the index of its first global symbol.
  headers[kSymtab] = {sectionNames.add(".symtab"), llvm::ELF::SHT_SYMTAB, 0, symtabOffset,
                      symtabSize, kStrtab, 1, 8, kSymbolSize};
  headers[kStrtab] = {sectionNames.add(".strtab"), llvm::ELF::SHT_STRTAB, 0, strtabOffset,
                      symbolNames.text.size(), 0, 0, 1, 0};
  headers[kShstrtab] = {sectionNames.add(".shstrtab"), llvm::ELF::SHT_STRTAB, 0,
                        shstrtabOffset, 0, 0, 0, 1, 0};
  headers[kShstrtab].size = sectionNames.text.size();
  uint64_t sectionHeadersOffset =
      llvm::alignTo(shstrtabOffset + sectionNames.text.size(), 8);

  ObjectWriter writer(out);
  writeFileHeader(writer, machine, sectionHeadersOffset);
  writer.padTo(symtabOffset);
  writer.writeBytes(std::vector<char>(kSymbolSize, 0)); // the null symbol
  for (auto [index, symbol] : llvm::enumerate(symbols))
    writeSymbol(writer, nameOffsets[index], layout.offsets[index], symbol.bytes.size());
  writer.writeBytes(llvm::ArrayRef<char>(symbolNames.text.data(), symbolNames.text.size()));
  writer.writeBytes(llvm::ArrayRef<char>(sectionNames.text.data(), sectionNames.text.size()));
  writer.padTo(sectionHeadersOffset);
  for (const SectionHeader &header : headers)
    writeSectionHeader(writer, header);
  return true;
}

//===----------------------------------------------------------------------===//
// Step 2: the image
//===----------------------------------------------------------------------===//

void writeDataImage(llvm::ArrayRef<DataSymbol> symbols, const DataLayout &layout,
                    llvm::raw_ostream &out) {
  ObjectWriter writer(out);
  for (auto [index, symbol] : llvm::enumerate(symbols)) {
    writer.padTo(layout.offsets[index]);
    writer.writeBytes(symbol.bytes);
  }
  writer.padTo(layout.size);
}

//===----------------------------------------------------------------------===//
// Step 3: filling the linked library
//===----------------------------------------------------------------------===//

/// Reads exactly `size` bytes at `offset`.
static bool readAt(llvm::sys::fs::file_t file, uint64_t offset, char *data, size_t size) {
  while (size > 0) {
    llvm::Expected<size_t> read = llvm::sys::fs::readNativeFileSlice(
        file, llvm::MutableArrayRef<char>(data, size), offset);
    if (!read) {
      llvm::consumeError(read.takeError());
      return false;
    }
    if (*read == 0)
      return false;
    data += *read;
    offset += *read;
    size -= *read;
  }
  return true;
}

/// The file offset and size of the PROGBITS section `name` of an ELF64
/// little-endian file, read from its section headers alone.
static bool findSection(llvm::sys::fs::file_t file, llvm::StringRef name,
                        uint64_t &offset, uint64_t &size) {
  llvm::ELF::Elf64_Ehdr header;
  if (!readAt(file, 0, reinterpret_cast<char *>(&header), sizeof(header)) ||
      !header.checkMagic() || header.getFileClass() != llvm::ELF::ELFCLASS64 ||
      header.getDataEncoding() != llvm::ELF::ELFDATA2LSB || !llvm::sys::IsLittleEndianHost ||
      header.e_shentsize != kSectionHeaderSize || header.e_shstrndx >= header.e_shnum)
    return false;
  std::vector<llvm::ELF::Elf64_Shdr> sections(header.e_shnum);
  if (!readAt(file, header.e_shoff, reinterpret_cast<char *>(sections.data()),
              sections.size() * kSectionHeaderSize))
    return false;
  const llvm::ELF::Elf64_Shdr &names = sections[header.e_shstrndx];
  std::string nameTable(names.sh_size, '\0');
  if (!readAt(file, names.sh_offset, nameTable.data(), nameTable.size()))
    return false;
  for (const llvm::ELF::Elf64_Shdr &section : sections) {
    if (section.sh_type != llvm::ELF::SHT_PROGBITS || section.sh_name >= nameTable.size())
      continue;
    if (llvm::StringRef(nameTable.c_str() + section.sh_name) != name)
      continue;
    offset = section.sh_offset;
    size = section.sh_size;
    return true;
  }
  return false;
}

bool fillDataSection(llvm::StringRef linkedPath, llvm::StringRef imagePath, uint64_t size,
                     std::string &error) {
  auto fail = [&](const llvm::Twine &message) {
    error = ("weights: " + message).str();
    return false;
  };
  llvm::Expected<llvm::sys::fs::file_t> linked = llvm::sys::fs::openNativeFileForRead(linkedPath);
  if (!linked)
    return fail("cannot read " + linkedPath + ": " + llvm::toString(linked.takeError()));
  auto closeLinked = llvm::scope_exit([&] { llvm::sys::fs::closeFile(*linked); });
  uint64_t offset = 0, sectionSize = 0;
  if (!findSection(*linked, kDataSectionName, offset, sectionSize))
    return fail("the linked library has no " + kDataSectionName + " section");
  if (sectionSize != size)
    return fail("the linked " + kDataSectionName + " section holds " +
                llvm::Twine(sectionSize) + " bytes, the weights " + llvm::Twine(size));

  llvm::Expected<llvm::sys::fs::file_t> image = llvm::sys::fs::openNativeFileForRead(imagePath);
  if (!image)
    return fail("cannot read " + imagePath + ": " + llvm::toString(image.takeError()));
  auto closeImage = llvm::scope_exit([&] { llvm::sys::fs::closeFile(*image); });
  int outputFd;
  if (std::error_code ec = llvm::sys::fs::openFileForWrite(
          linkedPath, outputFd, llvm::sys::fs::CD_OpenExisting, llvm::sys::fs::OF_None))
    return fail("cannot write " + linkedPath + ": " + ec.message());
  llvm::raw_fd_ostream output(outputFd, /*shouldClose=*/true);
  output.seek(offset);
  // Through a small buffer: the image never needs to be in memory whole.
  std::vector<char> block(1 << 20);
  for (uint64_t done = 0; done < size;) {
    size_t length = std::min<uint64_t>(block.size(), size - done);
    if (!readAt(*image, done, block.data(), length))
      return fail("cannot read " + imagePath);
    output.write(block.data(), length);
    done += length;
  }
  output.close();
  if (output.has_error())
    return fail("cannot write " + linkedPath + ": " + output.error().message());
  return true;
}

} // namespace onnxc
