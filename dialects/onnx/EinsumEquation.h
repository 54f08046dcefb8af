//===- EinsumEquation.h - Einsum's equation, parsed -------------*- C++ -*-===//
//
// Shared by Einsum's shape inference and its lowering: the equation as a
// map from each operand dim (and each result dim) to a dim of one
// iteration space, the ellipsis dims first, then each subscript letter in
// the order of its first appearance.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_EINSUMEQUATION_H
#define ONNXC_DIALECTS_ONNX_EINSUMEQUATION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

#include <string>

namespace onnxc::onnx {

struct EinsumEquation {
  /// The iteration dims: `numEllipsisDims` ellipsis dims, then one per
  /// distinct letter.
  int64_t numEllipsisDims = 0;
  int64_t numDims = 0;
  /// The letter of each iteration dim past the ellipsis dims.
  std::string letters;
  /// For each operand, the iteration dim of each of its dims (a letter
  /// repeated within one operand, "ii", names one dim twice: a diagonal).
  /// An operand's ellipsis covers the last of the ellipsis dims
  /// (broadcasting aligns them on the right).
  llvm::SmallVector<llvm::SmallVector<int64_t>> operands;
  /// The iteration dim of each result dim; the dims not named here are
  /// summed over.
  llvm::SmallVector<int64_t> result;
};

/// Parses `equation` (spaces allowed; "->" and the result optional: without
/// it the result is the ellipsis dims, then the letters that appear once,
/// in alphabetical order) for operands of ranks `ranks`. On failure
/// `error` says why.
std::optional<EinsumEquation> parseEinsumEquation(llvm::StringRef equation,
                                                  llvm::ArrayRef<int64_t> ranks,
                                                  std::string &error);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_EINSUMEQUATION_H
