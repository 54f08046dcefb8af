//===- OperationArity.h - declared operand/result counts --------*- C++ -*-===//
//
// ONNX nodes may leave out trailing optional inputs and outputs, but each
// onnx op has a fixed operand and result list. The importer reads the counts
// an op declares from its registered traits.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_OPERATIONARITY_H
#define ONNXC_DIALECTS_ONNX_OPERATIONARITY_H

#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OperationSupport.h"

namespace onnxc {

/// Fixed count of operands or results, and whether more may follow (the
/// op's last operand or result is variadic).
struct Arity {
  unsigned fixed = 0;
  bool variadic = false;
};

namespace detail {
/// The first N in `Ns` for which `name` has trait Trait<N>, or -1.
template <template <unsigned> class Trait, unsigned... Ns>
int findCount(mlir::RegisteredOperationName name,
              std::integer_sequence<unsigned, Ns...>) {
  int found = -1;
  ((found < 0 && name.hasTrait<Trait<Ns>::template Impl>()
        ? (void)(found = static_cast<int>(Ns))
        : (void)0),
   ...);
  return found;
}

template <template <unsigned> class Exact, template <unsigned> class AtLeast>
Arity arityFromTraits(mlir::RegisteredOperationName name) {
  int exact = findCount<Exact>(
      name, std::integer_sequence<unsigned, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                  13, 14, 15, 16>());
  if (exact >= 0)
    return {static_cast<unsigned>(exact), false};
  int atLeast = findCount<AtLeast>(
      name, std::integer_sequence<unsigned, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
                                  12, 13, 14, 15, 16>());
  return {static_cast<unsigned>(std::max(atLeast, 0)), true};
}
} // namespace detail

inline Arity getOperandArity(mlir::RegisteredOperationName name) {
  using namespace mlir::OpTrait;
  if (name.hasTrait<ZeroOperands>())
    return {0, false};
  if (name.hasTrait<OneOperand>())
    return {1, false};
  return detail::arityFromTraits<NOperands, AtLeastNOperands>(name);
}

inline Arity getResultArity(mlir::RegisteredOperationName name) {
  using namespace mlir::OpTrait;
  if (name.hasTrait<ZeroResults>())
    return {0, false};
  if (name.hasTrait<OneResult>())
    return {1, false};
  return detail::arityFromTraits<NResults, AtLeastNResults>(name);
}

} // namespace onnxc

#endif // ONNXC_DIALECTS_ONNX_OPERATIONARITY_H
