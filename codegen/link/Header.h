//===- Header.h - the C header of a compiled model --------------*- C++ -*-===//

#ifndef ONNXC_CODEGEN_LINK_HEADER_H
#define ONNXC_CODEGEN_LINK_HEADER_H

#include "codegen/link/ModelSignature.h"
#include <string>

namespace onnxc {

/// The text of P.h: onnxc.h's types (under their own include guard, so
/// several model headers combine), the signature as a comment, and the
/// declarations of P_signature, P_create, P_run, P_destroy, P_onnxc_api.
std::string generateHeader(const ModelSignature &signature,
                           llvm::StringRef prefix, llvm::StringRef modelFile);

} // namespace onnxc

#endif // ONNXC_CODEGEN_LINK_HEADER_H
