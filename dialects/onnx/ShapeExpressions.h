//===- ShapeExpressions.h - shape tensors as expressions over dims -*- C++ -*-===//
//
// Exporters compute the shapes they pass to Reshape, Range or Expand from
// the shapes of other tensors: Shape -> Gather -> Mul -> Unsqueeze -> Concat
// (PyTorch's `x.view(b, s * heads, d)`), and ONNX's own function bodies do
// more of it (Size -> Range for reduction axes, Mod/Equal/Where to pick a
// group size, Max of a shape and a requested size). traceShapeExprs follows
// such a chain back and describes each element of the shape tensor as an
// expression over constants, dims of tensors and elements of the model's
// inputs, so that
//  - shape inference learns the dims that are constant,
//  - graph rewrites fold shape tensors that turn out constant, and
//  - lowering computes the rest at run time as plain scalar arithmetic the
//    arena planner can evaluate before the model runs (its size function
//    receives the inputs' dims and data).
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_SHAPEEXPRESSIONS_H
#define ONNXC_DIALECTS_ONNX_SHAPEEXPRESSIONS_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace onnxc::onnx {

/// An integer expression: a constant, dim `dim` of `tensor`, element
/// `index` (row-major) of a model input, or an ONNX integer operation of
/// other expressions. Comparisons and And/Or/Not give 0 or 1; Select picks
/// its second operand where the first is non-zero. Built through the
/// factory functions, which fold what is constant.
class ShapeExpr {
public:
  enum class Kind {
    Constant, Dim, Element,
    Add, Sub, Mul,
    Div,  // truncates toward zero, as ONNX's integer Div
    Mod,  // ONNX Mod with fmod = 0: the sign of the divisor
    Min, Max, Equal, Less, And, Or,
    Select
  };

  static ShapeExpr constant(int64_t value);
  /// A static dim becomes a constant.
  static ShapeExpr dim(mlir::Value tensor, int64_t dim);
  /// Element `index` of `tensor`, a model input (an argument of the
  /// function's entry block).
  static ShapeExpr element(mlir::Value tensor, int64_t index);
  /// Fails (nullopt) on a constant division by zero, and on expressions
  /// too large to be worth computing.
  static std::optional<ShapeExpr> binary(Kind kind, const ShapeExpr &lhs,
                                         const ShapeExpr &rhs);
  static std::optional<ShapeExpr> select(const ShapeExpr &condition,
                                         const ShapeExpr &ifTrue,
                                         const ShapeExpr &ifFalse);

  Kind getKind() const { return kind; }
  std::optional<int64_t> getConstant() const;
  /// True when this is exactly dim `dim` of `tensor`.
  bool isDimOf(mlir::Value tensor, int64_t dim) const;
  /// True when some leaf is an element of a tensor (data, not a dim).
  bool readsData() const { return data; }
  mlir::Value getTensor() const { return tensor; }
  /// The dim of a Dim, the element index of an Element.
  int64_t getDim() const { return dimOrValue; }
  const ShapeExpr &getLhs() const { return *lhs; }
  const ShapeExpr &getRhs() const { return *rhs; }
  /// Select's condition (its operands are lhs and rhs).
  const ShapeExpr &getCondition() const { return *condition; }

private:
  ShapeExpr(Kind kind) : kind(kind) {}

  Kind kind;
  int64_t dimOrValue = 0; // the value of a Constant, the dim of a Dim
  int64_t nodes = 1;      // the size of the expression tree
  bool data = false;
  mlir::Value tensor;
  std::shared_ptr<const ShapeExpr> lhs, rhs, condition;
};

/// The elements of the 0-D or 1-D integer tensor `v` (at most a few dozen
/// elements), traced through Constant, Shape, Size, Gather with constant
/// indices, Unsqueeze, Squeeze, Cast, Identity, Concat, Slice with constant
/// bounds, Split, Range with constant bounds, Add/Sub/Mul/Div/Mod/Min/Max,
/// Equal/Less/Greater(OrEqual), Not/And/Or and Where, down to constants,
/// dims and the elements of model inputs; nullopt when some element comes
/// from anything else.
std::optional<llvm::SmallVector<ShapeExpr>> traceShapeExprs(mlir::Value v);

/// The elements of `v` when all of them trace to constants.
std::optional<llvm::SmallVector<int64_t>> traceConstantShape(mlir::Value v);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_SHAPEEXPRESSIONS_H
