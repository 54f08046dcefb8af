//===- FunctionDefinitions.h - operators expanded into their ONNX functions -===//
//
// ONNX defines many operators as functions of simpler ones. The definitions
// of the pinned onnx schemas are generated into ONNXFunctions.gen.inc
// (utils/gen_onnx_functions.py); this builds one of them, for one op, as onnx
// ops. Which definition applies:
//   - the operator version in effect: the newest version of the operator
//     whose since_version is at most the op's opset (getModelOpset);
//   - among that version's definitions, the first whose conditions the op
//     meets. Conditions (";"-separated in the table) are
//       in<i>?=1 / in<i>?=0   operand i is present / absent,
//       in<i>=<dtype>         operand i has that ONNX element type,
//       outputs=<n>           the op's node has n outputs,
//       <attr>=<value>        the attribute (or its default) has that value,
//       <attr>=               the attribute is unset.
// Context-free definitions have none; context-dependent ones were built by
// the generator for each context of a grid, so a context outside the grid
// has no definition.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_FUNCTIONDEFINITIONS_H
#define ONNXC_DIALECTS_ONNX_FUNCTIONDEFINITIONS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/Operation.h"
#include <string>

namespace onnxc::onnx {

/// Builds the ONNX function definition of `op` before `op` and returns the
/// values that replace its results (null for results `op` does not produce).
/// Every body op gets `op`'s location fused with the function's name and
/// opset, so errors still name the user's node, and a body op that is itself
/// a function expands by the definition in effect at the body's opset.
/// Fails without touching the IR when no definition applies (`whyNot` says
/// why), and erases what it built when a body op cannot be built.
mlir::FailureOr<llvm::SmallVector<mlir::Value>>
expandFunctionDefinition(mlir::Operation *op, mlir::OpBuilder &builder,
                         std::string &whyNot);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_FUNCTIONDEFINITIONS_H
