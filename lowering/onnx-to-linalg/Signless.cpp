//===- Signless.cpp - drop ONNX's integer signedness after lowering -------===//
//
// The onnx dialect keeps ONNX's element types, so uint8 is `ui8`. arith,
// linalg and LLVM want signless integers and carry signedness in the op
// instead (divui, cmpi ult, uitofp, extui). The patterns choose those ops
// from the (still unsigned) types of the values they read, so no pattern
// needs to convert types; once every onnx op is gone, this sweep replaces
// each `uiN` by `iN` everywhere in the function, attributes included.
// Between the two, arith ops on `ui8` exist but are never verified.
//
//===----------------------------------------------------------------------===//

#include "lowering/onnx-to-linalg/Signless.h"
#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;

namespace onnxc {

void dropIntegerSignedness(Operation *root) {
  AttrTypeReplacer replacer;
  replacer.addReplacement([](IntegerType type) -> std::optional<Type> {
    if (!type.isUnsigned())
      return std::nullopt;
    return IntegerType::get(type.getContext(), type.getWidth());
  });
  replacer.recursivelyReplaceElementsIn(root, /*replaceAttrs=*/true,
                                        /*replaceLocs=*/false,
                                        /*replaceTypes=*/true);
}

} // namespace onnxc
