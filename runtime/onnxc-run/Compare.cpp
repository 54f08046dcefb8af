//===- Compare.cpp - outputs against expected tensors ---------------------===//
#include "Compare.h"

#include <cmath>
#include <cstring>

using namespace onnxc::run;

static bool isFloating(int32_t elemType) {
  return elemType == ONNXC_FLOAT || elemType == ONNXC_DOUBLE ||
         elemType == ONNXC_FLOAT16 || elemType == ONNXC_BFLOAT16;
}

Comparison onnxc::run::compare(const onnxc_tensor &actual,
                               const Tensor &expected, double rtol,
                               double atol) {
  Comparison result;
  int32_t rank = static_cast<int32_t>(expected.dims.size());
  if (actual.elem_type != expected.elemType) {
    result.problem = "type " + elementName(actual.elem_type) + ", expected " +
                     elementName(expected.elemType);
    return result;
  }
  bool sameShape = actual.rank == rank;
  for (int32_t d = 0; sameShape && d < rank; ++d)
    sameShape = actual.dims[d] == expected.dims[d];
  if (!sameShape) {
    result.problem = "shape " + formatDims(actual.dims, actual.rank) +
                     ", expected " + formatDims(expected.dims.data(), rank);
    return result;
  }

  int64_t count = numElements(actual.dims, actual.rank);
  bool floating = isFloating(actual.elem_type);
  size_t size = elementSize(actual.elem_type);
  for (int64_t i = 0; i < count; ++i) {
    double a = elementAsDouble(actual.data, actual.elem_type, i);
    double b = elementAsDouble(expected.data.get(), expected.elemType, i);
    double diff = std::fabs(a - b);
    bool close;
    if (!floating) { // exact, also for int64 beyond 2^53
      close = std::memcmp(static_cast<const char *>(actual.data) + i * size,
                          expected.data.get() + i * size, size) == 0;
    } else if (std::isnan(a) || std::isnan(b)) {
      close = std::isnan(a) && std::isnan(b);
      diff = close ? 0 : NAN;
    } else if (std::isinf(a) || std::isinf(b)) {
      close = a == b;
      diff = close ? 0 : INFINITY;
    } else {
      close = diff <= atol + rtol * std::fabs(b);
    }
    if (std::isnan(diff))
      result.maxAbsDiff = NAN; // sticky: NaN > x is false below
    else if (diff > result.maxAbsDiff)
      result.maxAbsDiff = diff;
    if (!close)
      ++result.mismatches;
  }
  return result;
}
