//===- Error.h - onnxc-run's one error type ---------------------*- C++ -*-===//
//
// Every failure in onnxc-run throws Error with a one-line message; main
// prints it to stderr and exits with status 1.
//
//===----------------------------------------------------------------------===//
#ifndef ONNXC_RUNTIME_ONNXC_RUN_ERROR_H
#define ONNXC_RUNTIME_ONNXC_RUN_ERROR_H

#include <stdexcept>
#include <string>

namespace onnxc::run {

class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

} // namespace onnxc::run

#endif // ONNXC_RUNTIME_ONNXC_RUN_ERROR_H
