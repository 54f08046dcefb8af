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
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

namespace onnxc {

/// `type` with unsigned integer elements made signless, or null when it
/// has none.
static ShapedType getSignlessShapedType(ShapedType type) {
  auto element = dyn_cast<IntegerType>(type.getElementType());
  if (!element || !element.isUnsigned())
    return nullptr;
  return type.clone(IntegerType::get(type.getContext(), element.getWidth()));
}

void dropIntegerSignedness(Operation *root) {
  AttrTypeReplacer replacer;
  replacer.addReplacement([](IntegerType type) -> std::optional<Type> {
    if (!type.isUnsigned())
      return std::nullopt;
    return IntegerType::get(type.getContext(), type.getWidth());
  });
  // Elements attributes do not rebuild from a replaced type on their own:
  // the same bits under the signless type.
  replacer.addReplacement([](DenseIntElementsAttr attr) -> std::optional<Attribute> {
    ShapedType type = getSignlessShapedType(attr.getType());
    if (!type)
      return std::nullopt;
    return attr.bitcast(type.getElementType());
  });
  replacer.addReplacement([](DenseResourceElementsAttr attr) -> std::optional<Attribute> {
    ShapedType type = getSignlessShapedType(attr.getType());
    if (!type)
      return std::nullopt;
    return DenseResourceElementsAttr::get(type, attr.getRawHandle());
  });
  replacer.recursivelyReplaceElementsIn(root, /*replaceAttrs=*/true,
                                        /*replaceLocs=*/false,
                                        /*replaceTypes=*/true);
}

} // namespace onnxc
