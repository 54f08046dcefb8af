//===- ModelLoader.cpp - reading a ModelProto from disk -------------------===//

#include "compiler/import/ModelLoader.h"
#include "onnx/defs/parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include <google/protobuf/io/coded_stream.h>
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

static bool parseBinary(llvm::StringRef data, ::onnx::ModelProto &model) {
  google::protobuf::io::CodedInputStream stream(
      reinterpret_cast<const uint8_t *>(data.data()), static_cast<int>(data.size()));
  stream.SetTotalBytesLimit(INT_MAX);
  return model.ParseFromCodedStream(&stream) && stream.ConsumedEntireMessage();
}

bool loadModelProto(const std::string &path, ::onnx::ModelProto &model,
                    std::string &error) {
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/true);
  if (!file) {
    error = "cannot read model: " + file.getError().message();
    return false;
  }
  llvm::StringRef data = (*file)->getBuffer();
  if (data.empty()) {
    error = "the model file is empty";
    return false;
  }
  if (data.size() > static_cast<size_t>(INT_MAX)) {
    error = "the model file is over 2 GB; save its weights as ONNX external data";
    return false;
  }
  if (looksLikeText(data)) {
    onnx::OnnxParser parser(data.data());
    auto status = parser.Parse(model);
    if (!status.IsOK()) {
      error = "malformed ONNX text: " + status.ErrorMessage();
      return false;
    }
    return true;
  }
  if (!parseBinary(data, model)) {
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
