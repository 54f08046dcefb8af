//===- Tensor.cpp - host tensors for onnxc-run ----------------------------===//
#include "Tensor.h"

#include "Error.h"

#include "onnx/onnx_pb.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <limits>

using namespace onnxc::run;

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "onnxc-run reads and writes raw_data as host memory");

size_t onnxc::run::elementSize(int32_t elemType) {
  switch (elemType) {
  case ONNXC_UINT8:
  case ONNXC_INT8:
  case ONNXC_BOOL:
    return 1;
  case ONNXC_UINT16:
  case ONNXC_INT16:
  case ONNXC_FLOAT16:
  case ONNXC_BFLOAT16:
    return 2;
  case ONNXC_FLOAT:
  case ONNXC_INT32:
  case ONNXC_UINT32:
    return 4;
  case ONNXC_INT64:
  case ONNXC_DOUBLE:
  case ONNXC_UINT64:
    return 8;
  default:
    return 0;
  }
}

std::string onnxc::run::elementName(int32_t elemType) {
  switch (elemType) {
  case ONNXC_FLOAT:
    return "float";
  case ONNXC_UINT8:
    return "uint8";
  case ONNXC_INT8:
    return "int8";
  case ONNXC_UINT16:
    return "uint16";
  case ONNXC_INT16:
    return "int16";
  case ONNXC_INT32:
    return "int32";
  case ONNXC_INT64:
    return "int64";
  case ONNXC_BOOL:
    return "bool";
  case ONNXC_FLOAT16:
    return "float16";
  case ONNXC_DOUBLE:
    return "double";
  case ONNXC_UINT32:
    return "uint32";
  case ONNXC_UINT64:
    return "uint64";
  case ONNXC_BFLOAT16:
    return "bfloat16";
  default:
    return "type " + std::to_string(elemType);
  }
}

std::string onnxc::run::formatDims(const int64_t *dims, int32_t rank) {
  std::string text = "[";
  for (int32_t d = 0; d < rank; ++d)
    text += (d ? ", " : "") + std::to_string(dims[d]);
  return text + "]";
}

int64_t onnxc::run::numElements(const int64_t *dims, int32_t rank) {
  int64_t count = 1;
  for (int32_t d = 0; d < rank; ++d) {
    if (dims[d] < 0)
      throw Error("negative dim in " + formatDims(dims, rank));
    if (dims[d] > 0 && count > std::numeric_limits<int64_t>::max() / dims[d])
      throw Error("too many elements in " + formatDims(dims, rank));
    count *= dims[d];
  }
  return count;
}

static float halfToFloat(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000) << 16;
  uint32_t exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ff, bits;
  if (exponent == 0x1f) { // inf, nan
    bits = sign | 0x7f800000 | (mantissa << 13);
  } else if (exponent != 0) { // normal
    bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa == 0) { // zero
    bits = sign;
  } else { // subnormal: renormalise
    exponent = 113;
    while (!(mantissa & 0x400)) {
      mantissa <<= 1;
      --exponent;
    }
    bits = sign | (exponent << 23) | ((mantissa & 0x3ff) << 13);
  }
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

template <typename T> static T load(const void *data, int64_t i) {
  T value;
  std::memcpy(&value, static_cast<const char *>(data) + i * sizeof(T),
              sizeof(T));
  return value;
}

double onnxc::run::elementAsDouble(const void *data, int32_t elemType,
                                   int64_t i) {
  switch (elemType) {
  case ONNXC_FLOAT:
    return load<float>(data, i);
  case ONNXC_DOUBLE:
    return load<double>(data, i);
  case ONNXC_UINT8:
    return load<uint8_t>(data, i);
  case ONNXC_INT8:
    return load<int8_t>(data, i);
  case ONNXC_UINT16:
    return load<uint16_t>(data, i);
  case ONNXC_INT16:
    return load<int16_t>(data, i);
  case ONNXC_INT32:
    return load<int32_t>(data, i);
  case ONNXC_INT64:
    return static_cast<double>(load<int64_t>(data, i));
  case ONNXC_UINT32:
    return load<uint32_t>(data, i);
  case ONNXC_UINT64:
    return static_cast<double>(load<uint64_t>(data, i));
  case ONNXC_BOOL:
    return load<uint8_t>(data, i) != 0;
  case ONNXC_FLOAT16:
    return halfToFloat(load<uint16_t>(data, i));
  case ONNXC_BFLOAT16: {
    uint32_t bits = static_cast<uint32_t>(load<uint16_t>(data, i)) << 16;
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  default:
    return 0;
  }
}

size_t Tensor::bytes() const {
  return static_cast<size_t>(
             numElements(dims.data(), static_cast<int32_t>(dims.size()))) *
         elementSize(elemType);
}

void Tensor::allocate() {
  size_t size = (bytes() + 63) / 64 * 64;
  if (size == 0)
    size = 64;
  data.reset(static_cast<uint8_t *>(std::aligned_alloc(64, size)));
  if (!data)
    throw Error("out of memory for tensor '" + name + "' (" +
                std::to_string(size) + " bytes)");
  std::memset(data.get(), 0, size);
}

onnxc_tensor Tensor::view() const {
  onnxc_tensor tensor{};
  tensor.elem_type = elemType;
  tensor.rank = static_cast<int32_t>(dims.size());
  for (size_t d = 0; d < dims.size() && d < ONNXC_MAX_RANK; ++d)
    tensor.dims[d] = dims[d];
  tensor.data = data.get();
  return tensor;
}

/// Copies a typed repeated field into `out`, converting each value to T.
template <typename T, typename Field>
static void copyTyped(const Field &field, uint8_t *out) {
  for (int i = 0; i < field.size(); ++i) {
    T value = static_cast<T>(field.Get(i));
    std::memcpy(out + static_cast<size_t>(i) * sizeof(T), &value, sizeof(T));
  }
}

Tensor onnxc::run::readTensorProto(const std::string &path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    throw Error(path + ": cannot open: " + std::strerror(errno));
  onnx::TensorProto proto;
  if (!proto.ParseFromIstream(&file))
    throw Error(path + ": not a valid TensorProto");
  if (proto.data_location() == onnx::TensorProto::EXTERNAL)
    throw Error(path + ": external data is not supported");

  Tensor tensor;
  tensor.name = proto.name();
  tensor.elemType = proto.data_type();
  if (elementSize(tensor.elemType) == 0)
    throw Error(
        path + ": unsupported data type " + std::to_string(tensor.elemType) +
        (tensor.elemType == onnx::TensorProto::STRING ? " (string)" : ""));
  if (proto.dims_size() > ONNXC_MAX_RANK)
    throw Error(path + ": rank " + std::to_string(proto.dims_size()) +
                " is above the supported " + std::to_string(ONNXC_MAX_RANK));
  tensor.dims.assign(proto.dims().begin(), proto.dims().end());
  int64_t count;
  try {
    count = numElements(tensor.dims.data(),
                        static_cast<int32_t>(tensor.dims.size()));
  } catch (const Error &error) {
    throw Error(path + ": " + error.what());
  }
  tensor.allocate();
  uint8_t *out = tensor.data.get();

  if (proto.has_raw_data()) {
    if (proto.raw_data().size() != tensor.bytes())
      throw Error(path + ": raw_data has " +
                  std::to_string(proto.raw_data().size()) + " bytes, " +
                  formatDims(tensor.dims.data(),
                             static_cast<int32_t>(tensor.dims.size())) +
                  " " + elementName(tensor.elemType) + " needs " +
                  std::to_string(tensor.bytes()));
    std::memcpy(out, proto.raw_data().data(), tensor.bytes());
    return tensor;
  }

  int64_t have = 0;
  switch (tensor.elemType) {
  case ONNXC_FLOAT:
    have = proto.float_data_size();
    if (have == count)
      copyTyped<float>(proto.float_data(), out);
    break;
  case ONNXC_DOUBLE:
    have = proto.double_data_size();
    if (have == count)
      copyTyped<double>(proto.double_data(), out);
    break;
  case ONNXC_INT64:
    have = proto.int64_data_size();
    if (have == count)
      copyTyped<int64_t>(proto.int64_data(), out);
    break;
  case ONNXC_UINT32:
  case ONNXC_UINT64:
    have = proto.uint64_data_size();
    if (have == count && tensor.elemType == ONNXC_UINT32)
      copyTyped<uint32_t>(proto.uint64_data(), out);
    else if (have == count)
      copyTyped<uint64_t>(proto.uint64_data(), out);
    break;
  default: // int32_data holds every type of 4 bytes or less (16-bit floats
           // as their bit patterns)
    have = proto.int32_data_size();
    if (have != count)
      break;
    if (elementSize(tensor.elemType) == 1)
      copyTyped<uint8_t>(proto.int32_data(), out);
    else if (elementSize(tensor.elemType) == 2)
      copyTyped<uint16_t>(proto.int32_data(), out);
    else
      copyTyped<int32_t>(proto.int32_data(), out);
    break;
  }
  if (have != count)
    throw Error(path + ": has " + std::to_string(have) + " values, " +
                formatDims(tensor.dims.data(),
                           static_cast<int32_t>(tensor.dims.size())) +
                " needs " + std::to_string(count));
  return tensor;
}

void onnxc::run::writeTensorProto(const std::string &path,
                                  const std::string &name,
                                  const onnxc_tensor &tensor) {
  onnx::TensorProto proto;
  proto.set_name(name);
  proto.set_data_type(tensor.elem_type);
  for (int32_t d = 0; d < tensor.rank; ++d)
    proto.add_dims(tensor.dims[d]);
  size_t bytes = static_cast<size_t>(numElements(tensor.dims, tensor.rank)) *
                 elementSize(tensor.elem_type);
  proto.set_raw_data(static_cast<const char *>(tensor.data), bytes);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file)
    throw Error("cannot write " + path + ": " + std::strerror(errno));
  if (!proto.SerializeToOstream(&file) || !file.flush())
    throw Error("cannot write " + path);
}

Tensor onnxc::run::randomTensor(const std::string &name, int32_t elemType,
                                const std::vector<int64_t> &dims,
                                uint64_t seed) {
  Tensor tensor;
  tensor.name = name;
  tensor.elemType = elemType;
  tensor.dims = dims;
  tensor.allocate();
  int64_t count =
      numElements(tensor.dims.data(), static_cast<int32_t>(dims.size()));
  uint64_t state = seed * 0x9e3779b97f4a7c15ull + 1;
  auto next = [&state]() { // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  };
  uint8_t *out = tensor.data.get();
  for (int64_t i = 0; i < count; ++i) {
    uint64_t bits = next();
    double unit = static_cast<double>(bits >> 11) * 0x1p-53; // [0, 1)
    // 24 random bits: exact in float, so 2u - 1 stays below 1 after rounding.
    float unitF = static_cast<float>(bits >> 40) * 0x1p-24f;
    size_t at = static_cast<size_t>(i) * elementSize(elemType);
    auto store = [&](auto value) {
      std::memcpy(out + at, &value, sizeof value);
    };
    switch (elemType) {
    case ONNXC_FLOAT:
      store(2 * unitF - 1);
      break;
    case ONNXC_DOUBLE:
      store(2 * unit - 1);
      break;
    case ONNXC_FLOAT16: // [-1, 1): sign, exponent 0..14, 10 random mantissa
                        // bits
      store(static_cast<uint16_t>(((bits & 1) << 15) |
                                  ((bits >> 1) % 15) << 10 |
                                  ((bits >> 8) & 0x3ff)));
      break;
    case ONNXC_BFLOAT16: {
      float value = 2 * unitF - 1;
      uint32_t word;
      std::memcpy(&word, &value, sizeof word);
      store(static_cast<uint16_t>(word >> 16));
      break;
    }
    case ONNXC_BOOL:
      store(static_cast<uint8_t>(bits & 1));
      break;
    default: { // integers in [0, 8), whatever their width
      uint64_t value = bits & 7;
      std::memcpy(out + at, &value, elementSize(elemType));
      break;
    }
    }
  }
  return tensor;
}
