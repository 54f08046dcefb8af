//===- DataObject.h - large read-only data, placed without copies -*- C++ -*-===//
//
// A model's weights are tens or hundreds of megabytes that need no code and
// no relocations. Handing them to the linker in an object doubles them in
// memory (lld maps the input and writes the output through memory), and
// building them as an LLVM module copies them more. Instead they take three
// steps, none of which holds more than a small buffer:
//
//   1. reserve: a tiny relocatable ELF object defines each symbol at its
//      offset in `kDataSectionName`, a section without file contents
//      (SHT_NOBITS) next to an empty, retained SHT_PROGBITS section of the
//      same name; lld merges the two into one PROGBITS output section, so
//      the library gets file space for the data, but lld writes none of it;
//   2. image: the bytes, in the layout of that section, streamed to a file;
//   3. fill: after linking, the image is copied into the section's file
//      space in the library.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_CODEGEN_LINK_DATAOBJECT_H
#define ONNXC_CODEGEN_LINK_DATAOBJECT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"
#include <string>
#include <vector>

namespace onnxc {

/// One symbol of the data section: its name, its bytes (not copied) and
/// the alignment of its start, a power of two.
struct DataSymbol {
  llvm::StringRef name;
  llvm::ArrayRef<char> bytes;
  uint64_t alignment = 1;
};

/// Where each symbol starts in the data section, the section's size and
/// its alignment (the largest symbol alignment).
struct DataLayout {
  std::vector<uint64_t> offsets;
  uint64_t size = 0;
  uint64_t alignment = 1;
};

/// The data section, in the reservation object and in the linked library.
/// Its own name keeps lld from merging it with other sections.
inline constexpr llvm::StringLiteral kDataSectionName = ".onnxc.weights";

/// Lays the symbols out in the order given. Returns false with `error` set
/// for an empty name or an alignment that is not a power of two.
bool layOutData(llvm::ArrayRef<DataSymbol> symbols, DataLayout &layout,
                std::string &error);

/// Step 1: writes to `out` a relocatable little-endian ELF64 object for
/// `triple` (x86_64 or aarch64) that reserves the data section and defines
/// per symbol a global, hidden object symbol in it. Returns false with
/// `error` set for another architecture.
bool writeReservationObject(const llvm::Triple &triple,
                            llvm::ArrayRef<DataSymbol> symbols, const DataLayout &layout,
                            llvm::raw_ostream &out, std::string &error);

/// Step 2: streams the section's contents to `out`: each symbol's bytes at
/// its offset, zeros between.
void writeDataImage(llvm::ArrayRef<DataSymbol> symbols, const DataLayout &layout,
                    llvm::raw_ostream &out);

/// Step 3: copies the `size`-byte image at `imagePath` into the data
/// section of the linked ELF64 little-endian file `linkedPath`, block by
/// block. Returns false with `error` set if the file has no such section of
/// that size or cannot be read or written.
bool fillDataSection(llvm::StringRef linkedPath, llvm::StringRef imagePath, uint64_t size,
                     std::string &error);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_DATAOBJECT_H
