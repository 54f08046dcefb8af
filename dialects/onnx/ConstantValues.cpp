//===- ConstantValues.cpp - reading constant tensors ----------------------===//

#include "dialects/onnx/ConstantValues.h"
#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;

namespace onnxc::onnx {

ElementsAttr getConstantValue(Value v) {
  auto constant = v.getDefiningOp<ConstantOp>();
  if (!constant)
    return nullptr;
  return dyn_cast_or_null<ElementsAttr>(constant->getAttr("value"));
}

/// Reads a resource blob's bytes as `count` integers of `width` bits.
static std::optional<SmallVector<int64_t>>
readResourceInts(DenseResourceElementsAttr attr, unsigned width) {
  AsmResourceBlob *blob = attr.getRawHandle().getBlob();
  if (!blob)
    return std::nullopt;
  ArrayRef<char> bytes = blob->getData();
  int64_t count = attr.getType().getNumElements();
  if (static_cast<int64_t>(bytes.size()) != count * (width / 8))
    return std::nullopt;
  SmallVector<int64_t> values;
  values.reserve(count);
  for (int64_t i = 0; i < count; ++i) {
    if (width == 64) {
      int64_t x;
      std::memcpy(&x, bytes.data() + i * 8, 8);
      values.push_back(x);
    } else {
      int32_t x;
      std::memcpy(&x, bytes.data() + i * 4, 4);
      values.push_back(x);
    }
  }
  return values;
}

std::optional<SmallVector<int64_t>> getIntValues(ElementsAttr attr) {
  if (!attr)
    return std::nullopt;
  auto intType = dyn_cast<IntegerType>(attr.getElementType());
  if (!intType || (intType.getWidth() != 64 && intType.getWidth() != 32))
    return std::nullopt;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr))
    return readResourceInts(resource, intType.getWidth());
  auto dense = dyn_cast<DenseIntElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const APInt &x : dense.getValues<APInt>())
    values.push_back(x.getSExtValue());
  return values;
}

std::optional<SmallVector<int64_t>> getConstantIntValues(Value v) {
  return getIntValues(getConstantValue(v));
}

std::optional<double> getConstantScalarFloat(Value v) {
  ElementsAttr attr = getConstantValue(v);
  if (!attr || attr.getNumElements() != 1 ||
      !isa<FloatType>(attr.getElementType()))
    return std::nullopt;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob || !attr.getElementType().isF32() || blob->getData().size() != 4)
      return std::nullopt;
    float x;
    std::memcpy(&x, blob->getData().data(), 4);
    return x;
  }
  auto dense = dyn_cast<DenseFPElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  return (*dense.getValues<APFloat>().begin()).convertToDouble();
}

std::optional<SmallVector<double>> getConstantFloatValues(Value v) {
  ElementsAttr attr = getConstantValue(v);
  if (!attr || !isa<FloatType>(attr.getElementType()))
    return std::nullopt;
  SmallVector<double> values;
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    Type element = attr.getElementType();
    size_t width = element.isF32() ? 4 : element.isF64() ? 8 : 0;
    int64_t count = attr.getNumElements();
    if (!blob || !width || blob->getData().size() != count * width)
      return std::nullopt;
    for (int64_t i = 0; i < count; ++i) {
      const char *at = blob->getData().data() + i * width;
      if (width == 4) {
        float x;
        std::memcpy(&x, at, 4);
        values.push_back(x);
      } else {
        double x;
        std::memcpy(&x, at, 8);
        values.push_back(x);
      }
    }
    return values;
  }
  auto dense = dyn_cast<DenseFPElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  for (const APFloat &x : dense.getValues<APFloat>())
    values.push_back(x.convertToDouble());
  return values;
}

bool isNoValue(Value v) { return isa<NoneType>(v.getType()); }

} // namespace onnxc::onnx
