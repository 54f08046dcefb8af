//===- ModelLoader.cpp - reading a ModelProto from disk -------------------===//

#include "compiler/import/ModelLoader.h"
#include "onnx/defs/parser.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <climits>

namespace onnxc {

/// The ONNX text syntax is printable; a binary ModelProto starts with field
/// tags and nearly always holds control bytes early on.
static bool looksLikeText(llvm::StringRef data) {
  llvm::StringRef head = data.take_front(4096);
  return llvm::all_of(head, [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  });
}

/// Parses the binary model straight from the file: protobuf reads it in
/// small blocks, so the only full copy of the weights in memory is the
/// parsed one (reading the file into a buffer first would hold two).
static bool parseBinary(int fd, ::onnx::ModelProto &model) {
  google::protobuf::io::FileInputStream stream(fd);
  return model.ParseFromZeroCopyStream(&stream) && stream.GetErrno() == 0;
}

/// The ONNX text syntax is for small hand-written models; it is read whole.
static bool parseText(int fd, const std::string &path, uint64_t size,
                      ::onnx::ModelProto &model, std::string &error) {
  auto file = llvm::MemoryBuffer::getOpenFile(fd, path, size,
                                              /*RequiresNullTerminator=*/true);
  if (!file) {
    error = "cannot read model: " + file.getError().message();
    return false;
  }
  onnx::OnnxParser parser((*file)->getBufferStart());
  auto status = parser.Parse(model);
  if (!status.IsOK()) {
    error = "malformed ONNX text: " + status.ErrorMessage();
    return false;
  }
  return true;
}

bool loadModelProto(const std::string &path, ::onnx::ModelProto &model,
                    std::string &error) {
  int fd;
  if (std::error_code ec = llvm::sys::fs::openFileForRead(path, fd)) {
    error = "cannot read model: " + ec.message();
    return false;
  }
  auto closeFile =
      llvm::scope_exit([fd] { llvm::sys::Process::SafelyCloseFileDescriptor(fd); });
  llvm::sys::fs::file_status status;
  if (std::error_code ec = llvm::sys::fs::status(fd, status)) {
    error = "cannot read model: " + ec.message();
    return false;
  }
  if (status.type() == llvm::sys::fs::file_type::directory_file) {
    error = "cannot read model: " +
            std::make_error_code(std::errc::is_a_directory).message();
    return false;
  }
  uint64_t size = status.getSize();
  if (size == 0) {
    error = "the model file is empty";
    return false;
  }
  if (size > static_cast<uint64_t>(INT_MAX)) {
    error = "the model file is over 2 GB; save its weights as ONNX external data";
    return false;
  }
  char head[4096];
  llvm::Expected<size_t> headSize =
      llvm::sys::fs::readNativeFileSlice(fd, head, /*Offset=*/0);
  if (!headSize) {
    error = "cannot read model: " + llvm::toString(headSize.takeError());
    return false;
  }
  if (looksLikeText(llvm::StringRef(head, *headSize)))
    return parseText(fd, path, size, model, error);
  if (!parseBinary(fd, model)) {
    error = "malformed or truncated ONNX model (protobuf parse failed)";
    return false;
  }
  if (!model.has_graph()) {
    error = "malformed ONNX model: it has no graph";
    return false;
  }
  return true;
}

} // namespace onnxc
