//===- Compare.h - outputs against expected tensors -------------*- C++ -*-===//
#ifndef ONNXC_RUNTIME_ONNXC_RUN_COMPARE_H
#define ONNXC_RUNTIME_ONNXC_RUN_COMPARE_H

#include "Tensor.h"

#include <string>

namespace onnxc::run {

struct Comparison {
  std::string problem;    // non-empty: type or shape differ, nothing compared
  double maxAbsDiff = 0;  // over all elements (NaN where one side is NaN)
  int64_t mismatches = 0; // elements with |a - b| > atol + rtol * |b|
  bool ok() const { return problem.empty() && mismatches == 0; }
};

/// Compares `actual` with `expected` elementwise. Floating-point types,
/// numpy.isclose style: |actual - expected| <= atol + rtol * |expected|,
/// NaN equals NaN, infinities must match exactly. Integers and bool: exact.
Comparison compare(const onnxc_tensor &actual, const Tensor &expected,
                   double rtol, double atol);

} // namespace onnxc::run

#endif // ONNXC_RUNTIME_ONNXC_RUN_COMPARE_H
