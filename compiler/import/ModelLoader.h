//===- ModelLoader.h - reading a ModelProto from disk -----------*- C++ -*-===//

#ifndef ONNXC_COMPILER_IMPORT_MODELLOADER_H
#define ONNXC_COMPILER_IMPORT_MODELLOADER_H

#include "onnx/onnx_pb.h"
#include <string>

namespace onnxc {

/// Reads `path` as a binary ModelProto (any size protobuf allows), or as the
/// ONNX text syntax when it is text. On failure sets `error` to a sentence
/// naming the problem (missing, empty, malformed or truncated).
bool loadModelProto(const std::string &path, ::onnx::ModelProto &model,
                    std::string &error);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_MODELLOADER_H
