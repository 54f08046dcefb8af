//===- TensorImport.cpp - ONNX TensorProto -> MLIR attribute --------------===//
//
// A tensor's bytes come from raw_data, from one of the typed repeated fields,
// or from an external file beside the model. They are gathered into one
// little-endian buffer and wrapped as a resource blob or dense elements.
//
//===----------------------------------------------------------------------===//

#include "compiler/import/TensorImport.h"
#include "dialects/onnx/ElementTypes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <cstring>
#include <type_traits>

using namespace mlir;

namespace onnxc {

static size_t elementByteSize(Type type) {
  if (type.isInteger(1))
    return 1;
  return type.getIntOrFloatBitWidth() / 8;
}

/// Appends the values of a typed repeated field. float_data and
/// double_data keep their bits; int32_data holds int8/int16/uint8/uint16/
/// bool/float16 values, narrowed to `byteSize`; int64_data is copied whole.
template <typename Field>
static void appendValues(const Field &values, size_t byteSize,
                         std::vector<char> &bytes) {
  for (auto value : values) {
    using Value = decltype(value);
    char buffer[8];
    if constexpr (std::is_floating_point_v<Value> || sizeof(Value) == 8) {
      std::memcpy(buffer, &value, sizeof(Value));
      bytes.insert(bytes.end(), buffer, buffer + sizeof(Value));
    } else {
      uint32_t bits = static_cast<uint32_t>(value);
      std::memcpy(buffer, &bits, 4);
      bytes.insert(bytes.end(), buffer, buffer + byteSize);
    }
  }
}

/// Reads external data: location relative to the model directory, which it
/// must not escape.
static bool readExternalData(const ::onnx::TensorProto &tensor,
                             const TensorImportContext &ctx,
                             std::vector<char> &bytes, std::string &error) {
  std::string location;
  uint64_t offset = 0, length = 0;
  bool hasLength = false;
  for (const auto &entry : tensor.external_data()) {
    if (entry.key() == "location")
      location = entry.value();
    else if (entry.key() == "offset")
      offset = std::stoull(entry.value());
    else if (entry.key() == "length") {
      length = std::stoull(entry.value());
      hasLength = true;
    }
  }
  if (location.empty() || llvm::sys::path::is_absolute(location)) {
    error = "tensor '" + tensor.name() + "': external data location '" +
            location + "' must be a relative path inside the model's directory";
    return false;
  }
  for (auto it = llvm::sys::path::begin(location),
            end = llvm::sys::path::end(location);
       it != end; ++it)
    if (*it == "..") {
      error = "tensor '" + tensor.name() + "': external data location '" +
              location + "' escapes the model's directory";
      return false;
    }
  llvm::SmallString<256> path(ctx.modelDir);
  llvm::sys::path::append(path, location);
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false);
  if (!file) {
    error = "tensor '" + tensor.name() + "': cannot read external data '" +
            std::string(path) + "': " + file.getError().message();
    return false;
  }
  uint64_t size = (*file)->getBufferSize();
  if (!hasLength)
    length = size - std::min(offset, size);
  if (offset > size || length > size - offset) {
    error = "tensor '" + tensor.name() + "': external data range is outside '" +
            std::string(path) + "'";
    return false;
  }
  const char *start = (*file)->getBufferStart() + offset;
  bytes.assign(start, start + length);
  return true;
}

/// Gathers the tensor's bytes in the layout of an MLIR dense buffer.
static bool gatherBytes(const ::onnx::TensorProto &tensor, Type elementType,
                        const TensorImportContext &ctx, std::vector<char> &bytes,
                        std::string &error) {
  size_t byteSize = elementByteSize(elementType);
  if (tensor.data_location() == ::onnx::TensorProto::EXTERNAL)
    return readExternalData(tensor, ctx, bytes, error);
  if (tensor.has_raw_data()) {
    bytes.assign(tensor.raw_data().begin(), tensor.raw_data().end());
    return true;
  }
  switch (tensor.data_type()) {
  case ::onnx::TensorProto::FLOAT:
    appendValues(tensor.float_data(), 4, bytes);
    return true;
  case ::onnx::TensorProto::DOUBLE:
    appendValues(tensor.double_data(), 8, bytes);
    return true;
  case ::onnx::TensorProto::INT64:
    appendValues(tensor.int64_data(), 8, bytes);
    return true;
  case ::onnx::TensorProto::UINT32:
  case ::onnx::TensorProto::UINT64:
    for (uint64_t value : tensor.uint64_data())
      bytes.insert(bytes.end(), reinterpret_cast<char *>(&value),
                   reinterpret_cast<char *>(&value) + byteSize);
    return true;
  case ::onnx::TensorProto::INT32:
  case ::onnx::TensorProto::INT16:
  case ::onnx::TensorProto::INT8:
  case ::onnx::TensorProto::UINT16:
  case ::onnx::TensorProto::UINT8:
  case ::onnx::TensorProto::BOOL:
  case ::onnx::TensorProto::FLOAT16:
  case ::onnx::TensorProto::BFLOAT16:
    appendValues(tensor.int32_data(), byteSize, bytes);
    return true;
  default:
    error = "tensor '" + tensor.name() + "' has unsupported data type " +
            onnx::getONNXDataTypeName(tensor.data_type()).str();
    return false;
  }
}

ElementsAttr importTensor(const ::onnx::TensorProto &tensor,
                          const TensorImportContext &ctx, bool asResource,
                          std::string &error) {
  Type elementType = onnx::getElementType(ctx.context, tensor.data_type());
  if (!elementType || !elementType.isIntOrFloat()) {
    error = "tensor '" + tensor.name() + "' has unsupported data type " +
            onnx::getONNXDataTypeName(tensor.data_type()).str();
    return nullptr;
  }
  SmallVector<int64_t> dims(tensor.dims().begin(), tensor.dims().end());
  for (int64_t d : dims)
    if (d < 0) {
      error = "tensor '" + tensor.name() + "' has a negative dim";
      return nullptr;
    }
  auto type = RankedTensorType::get(dims, elementType);
  size_t expected = type.getNumElements() * elementByteSize(elementType);
  // Weights in raw_data are used in place: the blob shares the model's
  // ownership, so a large model is not held twice in memory.
  if (asResource && ctx.owner && tensor.has_raw_data() &&
      tensor.data_location() != ::onnx::TensorProto::EXTERNAL &&
      !elementType.isInteger(1) && tensor.raw_data().size() == expected) {
    const std::string &raw = tensor.raw_data();
    AsmResourceBlob blob(ArrayRef<char>(raw.data(), raw.size()), /*dataAlignment=*/1,
                         [owner = ctx.owner](void *, size_t, size_t) {},
                         /*dataIsMutable=*/false);
    return DenseResourceElementsAttr::get(
        type, tensor.name().empty() ? "tensor" : tensor.name(), std::move(blob));
  }
  std::vector<char> bytes;
  if (!gatherBytes(tensor, elementType, ctx, bytes, error))
    return nullptr;
  if (bytes.size() != expected) {
    error = "tensor '" + tensor.name() + "' holds " + std::to_string(bytes.size()) +
            " bytes but its type needs " + std::to_string(expected);
    return nullptr;
  }

  if (elementType.isInteger(1)) {
    SmallVector<bool> values;
    for (char b : bytes)
      values.push_back(b != 0);
    return DenseElementsAttr::get(type, values);
  }
  if (!asResource) {
    bool detectedSplat = false;
    if (!DenseElementsAttr::isValidRawBuffer(type, ArrayRef<char>(bytes),
                                             detectedSplat)) {
      error = "tensor '" + tensor.name() + "' has an invalid buffer";
      return nullptr;
    }
    return DenseElementsAttr::getFromRawBuffer(type, ArrayRef<char>(bytes));
  }
  std::string blobName = tensor.name().empty() ? "tensor" : tensor.name();
  AsmResourceBlob blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
      ArrayRef<char>(bytes), /*align=*/64);
  return DenseResourceElementsAttr::get(type, blobName, std::move(blob));
}

} // namespace onnxc
