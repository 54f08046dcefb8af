//===- DataObjectTest.cpp - reserve, image, fill --------------------------===//
//
// The three steps of codegen/link/DataObject: the layout, the reservation
// object read back with LLVM's ELF reader (machine, the two halves of the
// section, each symbol's binding, visibility, type, offset and size), the
// image, and a real link with lld followed by the fill, after which the
// library's section holds each symbol's bytes.
//
//===----------------------------------------------------------------------===//

#include "codegen/link/DataObject.h"
#include "lld/Common/Driver.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include <gtest/gtest.h>

LLD_HAS_DRIVER(elf)

using namespace onnxc;
using namespace llvm;

namespace {

constexpr char kFive[] = {1, 2, 3, 4, 5};
constexpr char kThree[] = {6, 7, 8};
constexpr char kFour[] = {9, 10, 11, 12};
const DataSymbol kSymbols[] = {
    {"first", kFive, 64}, {"second", kThree, 64}, {"third", kFour, 4}};

std::string reservationObject(StringRef triple, const DataLayout &layout) {
  std::string bytes, error;
  raw_string_ostream os(bytes);
  EXPECT_TRUE(writeReservationObject(Triple(triple), kSymbols, layout, os, error)) << error;
  return bytes;
}

TEST(DataObjectTest, LayoutAlignsEachSymbol) {
  DataLayout layout;
  std::string error;
  ASSERT_TRUE(layOutData(kSymbols, layout, error)) << error;
  EXPECT_EQ(layout.offsets, (std::vector<uint64_t>{0, 64, 68}));
  EXPECT_EQ(layout.size, 72u);
  EXPECT_EQ(layout.alignment, 64u);
}

TEST(DataObjectTest, LayoutRejectsAnAlignmentThatIsNotAPowerOfTwo) {
  DataSymbol symbols[] = {{"weight", kFour, 48}};
  DataLayout layout;
  std::string error;
  EXPECT_FALSE(layOutData(symbols, layout, error));
  EXPECT_NE(error.find("'weight'"), std::string::npos) << error;
}

TEST(DataObjectTest, ReservationDefinesHiddenSymbolsWithoutBytes) {
  DataLayout layout;
  std::string error;
  ASSERT_TRUE(layOutData(kSymbols, layout, error));
  std::string bytes = reservationObject("x86_64-unknown-linux-gnu", layout);
  auto file = object::ObjectFile::createObjectFile(MemoryBufferRef(bytes, "w.o"));
  ASSERT_TRUE(bool(file)) << toString(file.takeError());
  EXPECT_TRUE((*file)->isRelocatableObject());
  EXPECT_EQ((*file)->getArch(), Triple::x86_64);

  // Two sections of the name: an empty retained PROGBITS one, and the
  // NOBITS one the symbols live in, sized and aligned for the data.
  std::optional<object::ELFSectionRef> progbits, nobits;
  for (object::ELFSectionRef section : (*file)->sections()) {
    Expected<StringRef> name = section.getName();
    if (!name || *name != kDataSectionName)
      continue;
    (section.getType() == ELF::SHT_NOBITS ? nobits : progbits) = section;
  }
  ASSERT_TRUE(progbits && nobits);
  EXPECT_EQ(progbits->getType(), ELF::SHT_PROGBITS);
  EXPECT_EQ(progbits->getSize(), 0u);
  EXPECT_EQ(progbits->getFlags(), uint64_t(ELF::SHF_ALLOC | ELF::SHF_GNU_RETAIN));
  EXPECT_EQ(nobits->getFlags(), uint64_t(ELF::SHF_ALLOC)); // read-only, no code
  EXPECT_EQ(nobits->getSize(), 72u);
  EXPECT_EQ(nobits->getAlignment().value(), 64u);
  EXPECT_LT(bytes.size(), 1024u);

  unsigned index = 0;
  for (object::ELFSymbolRef symbol : (*file)->symbols()) {
    ASSERT_LT(index, 3u);
    EXPECT_EQ(cantFail(symbol.getName()), kSymbols[index].name);
    EXPECT_EQ(symbol.getBinding(), ELF::STB_GLOBAL);
    EXPECT_EQ(symbol.getOther(), ELF::STV_HIDDEN);
    EXPECT_EQ(symbol.getELFType(), ELF::STT_OBJECT);
    EXPECT_EQ(cantFail(symbol.getValue()), layout.offsets[index]);
    EXPECT_EQ(symbol.getSize(), kSymbols[index].bytes.size());
    EXPECT_EQ(*cantFail(symbol.getSection()), object::SectionRef(*nobits));
    ++index;
  }
  EXPECT_EQ(index, 3u);
}

TEST(DataObjectTest, AArch64ReservationHasItsMachine) {
  DataLayout layout;
  std::string error;
  ASSERT_TRUE(layOutData(kSymbols, layout, error));
  std::string bytes = reservationObject("aarch64-unknown-linux-gnu", layout);
  auto file = object::ObjectFile::createObjectFile(MemoryBufferRef(bytes, "w.o"));
  ASSERT_TRUE(bool(file)) << toString(file.takeError());
  EXPECT_EQ((*file)->getArch(), Triple::aarch64);
  EXPECT_EQ(cast<object::ELFObjectFileBase>(file->get())->getEMachine(), ELF::EM_AARCH64);
}

TEST(DataObjectTest, ReservationRejectsOtherArchitectures) {
  DataLayout layout;
  std::string bytes, error;
  ASSERT_TRUE(layOutData(kSymbols, layout, error));
  raw_string_ostream os(bytes);
  EXPECT_FALSE(writeReservationObject(Triple("riscv64-unknown-linux-gnu"), kSymbols, layout,
                                      os, error));
  EXPECT_NE(error.find("riscv64"), std::string::npos) << error;
  EXPECT_TRUE(bytes.empty());
}

TEST(DataObjectTest, ImagePutsBytesAtTheirOffsets) {
  DataLayout layout;
  std::string image, error;
  ASSERT_TRUE(layOutData(kSymbols, layout, error));
  raw_string_ostream os(image);
  writeDataImage(kSymbols, layout, os);
  ASSERT_EQ(image.size(), 72u);
  EXPECT_EQ(image.substr(0, 5), std::string(kFive, 5));
  EXPECT_EQ(image.substr(5, 59), std::string(59, '\0'));
  EXPECT_EQ(image.substr(64, 3), std::string(kThree, 3));
  EXPECT_EQ(image.substr(68, 4), std::string(kFour, 4));
}

/// A scratch directory with the three files of a link.
struct LinkFiles {
  SmallString<128> dir;
  std::string object, image, library;
  LinkFiles() {
    EXPECT_FALSE(sys::fs::createUniqueDirectory("onnxc-data-object", dir));
    object = (dir + "/weights.o").str();
    image = (dir + "/weights.bin").str();
    library = (dir + "/weights.so").str();
  }
  ~LinkFiles() { sys::fs::remove_directories(dir); }
  void write(const std::string &path, StringRef bytes) {
    std::error_code ec;
    raw_fd_ostream os(path, ec);
    ASSERT_FALSE(ec) << ec.message();
    os << bytes;
  }
};

TEST(DataObjectTest, LinkedAndFilledLibraryHoldsTheBytes) {
  DataLayout layout;
  std::string image, error;
  ASSERT_TRUE(layOutData(kSymbols, layout, error));
  raw_string_ostream imageStream(image);
  writeDataImage(kSymbols, layout, imageStream);
  LinkFiles files;
  files.write(files.object, reservationObject("x86_64-unknown-linux-gnu", layout));
  files.write(files.image, image);

  // No --gc-sections: no code refers to the symbols here.
  const char *args[] = {"ld.lld", "-m", "elf_x86_64", "-shared", "-o",
                        files.library.c_str(), files.object.c_str()};
  std::string messages;
  raw_string_ostream messageStream(messages);
  lld::Result linked = lld::lldMain(args, messageStream, messageStream,
                                    {{lld::Gnu, &lld::elf::link}});
  ASSERT_EQ(linked.retCode, 0) << messages;
  bool filled = fillDataSection(files.library, files.image, layout.size, error);
  ASSERT_TRUE(filled) << error;

  auto buffer = MemoryBuffer::getFile(files.library);
  ASSERT_TRUE(bool(buffer));
  auto library = object::ObjectFile::createObjectFile((*buffer)->getMemBufferRef());
  ASSERT_TRUE(bool(library)) << toString(library.takeError());
  std::optional<object::ELFSectionRef> section;
  for (object::ELFSectionRef candidate : (*library)->sections())
    if (Expected<StringRef> name = candidate.getName(); name && *name == kDataSectionName)
      section = candidate;
  ASSERT_TRUE(section);
  EXPECT_EQ(section->getType(), ELF::SHT_PROGBITS); // file space, not NOBITS
  EXPECT_EQ(section->getFlags() & (ELF::SHF_WRITE | ELF::SHF_EXECINSTR), 0u);
  EXPECT_EQ(section->getAlignment().value(), 64u);
  EXPECT_EQ(cantFail(section->getContents()), image);
}

TEST(DataObjectTest, FillRejectsAFileWithoutTheSection) {
  LinkFiles files;
  std::string error;
  files.write(files.image, std::string(72, '\1'));
  // The reservation object has the section only as NOBITS and empty PROGBITS.
  DataLayout layout;
  ASSERT_TRUE(layOutData(kSymbols, layout, error));
  files.write(files.library, reservationObject("x86_64-unknown-linux-gnu", layout));
  EXPECT_FALSE(fillDataSection(files.library, files.image, 72, error));
  EXPECT_NE(error.find("holds 0 bytes"), std::string::npos) << error;

  files.write(files.library, "not an ELF file");
  EXPECT_FALSE(fillDataSection(files.library, files.image, 72, error));
  EXPECT_NE(error.find("no .onnxc.weights section"), std::string::npos) << error;
}

} // namespace
