//===- Tensor.h - host tensors for onnxc-run --------------------*- C++ -*-===//
//
// A dense tensor owned by onnxc-run (64-byte-aligned data), its conversion
// from and to ONNX TensorProto files, and pseudo-random inputs.
//
//===----------------------------------------------------------------------===//
#ifndef ONNXC_RUNTIME_ONNXC_RUN_TENSOR_H
#define ONNXC_RUNTIME_ONNXC_RUN_TENSOR_H

#include "onnxc/onnxc.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace onnxc::run {

/// Bytes per element, 0 for an unsupported type.
size_t elementSize(int32_t elemType);
/// "float", "int64", ...; "type N" for an unknown one.
std::string elementName(int32_t elemType);
/// "[1, 3, 224, 224]"; "[]" for a scalar.
std::string formatDims(const int64_t *dims, int32_t rank);
/// Number of elements; throws Error on a negative dim or overflow.
int64_t numElements(const int64_t *dims, int32_t rank);
/// Element i of `data` converted to double (float16/bfloat16 included).
double elementAsDouble(const void *data, int32_t elemType, int64_t i);

struct Tensor {
  std::string name;
  int32_t elemType = 0;
  std::vector<int64_t> dims;
  std::unique_ptr<uint8_t, decltype(&std::free)> data{nullptr, &std::free};

  /// Allocates zeroed, 64-byte-aligned storage for the current dims.
  void allocate();
  size_t bytes() const;
  /// A view for onnxc_run; valid while this tensor lives.
  onnxc_tensor view() const;
};

/// Reads an ONNX TensorProto (raw_data or the typed fields). Throws Error.
Tensor readTensorProto(const std::string &path);

/// Writes `tensor` as a TensorProto named `name`, data in raw_data (little
/// endian). Throws Error.
void writeTensorProto(const std::string &path, const std::string &name,
                      const onnxc_tensor &tensor);

/// Deterministic pseudo-random values: floating point uniform in [-1, 1),
/// integers in [0, 8), bool 0 or 1. The same seed gives the same tensor.
Tensor randomTensor(const std::string &name, int32_t elemType,
                    const std::vector<int64_t> &dims, uint64_t seed);

} // namespace onnxc::run

#endif // ONNXC_RUNTIME_ONNXC_RUN_TENSOR_H
