//===- ShapeExpressions.h - shape tensors as expressions over dims -*- C++ -*-===//
//
// Exporters compute the shapes they pass to Reshape, Range or Expand from
// the shapes of other tensors: Shape -> Gather -> Mul -> Unsqueeze -> Concat
// (PyTorch's `x.view(b, s * heads, d)`). traceShapeExprs follows such a chain
// back and describes each element of the shape tensor as an expression over
// constants and dims of tensors, so that
//  - shape inference learns the dims that are constant,
//  - graph rewrites fold shape tensors that turn out constant, and
//  - lowering computes the rest from the dims of the tensors at run time,
//    as plain scalar arithmetic the arena planner can hoist to entry.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_SHAPEEXPRESSIONS_H
#define ONNXC_DIALECTS_ONNX_SHAPEEXPRESSIONS_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <optional>

namespace onnxc::onnx {

/// An integer expression: a constant, dim `dim` of `tensor`, or an ONNX
/// integer Add/Sub/Mul/Div (Div truncates toward zero) of two expressions.
/// Built through the factory functions, which fold what is constant.
class ShapeExpr {
public:
  enum class Kind { Constant, Dim, Add, Sub, Mul, Div };

  static ShapeExpr constant(int64_t value);
  /// A static dim becomes a constant.
  static ShapeExpr dim(mlir::Value tensor, int64_t dim);
  /// Fails (nullopt) on a constant division by zero.
  static std::optional<ShapeExpr> binary(Kind kind, const ShapeExpr &lhs,
                                         const ShapeExpr &rhs);

  Kind getKind() const { return kind; }
  std::optional<int64_t> getConstant() const;
  /// True when this is exactly dim `dim` of `tensor`.
  bool isDimOf(mlir::Value tensor, int64_t dim) const;
  mlir::Value getTensor() const { return tensor; }
  int64_t getDim() const { return dimOrValue; }
  const ShapeExpr &getLhs() const { return *lhs; }
  const ShapeExpr &getRhs() const { return *rhs; }

private:
  ShapeExpr(Kind kind) : kind(kind) {}

  Kind kind;
  int64_t dimOrValue = 0; // the value of a Constant, the dim of a Dim
  mlir::Value tensor;
  std::shared_ptr<const ShapeExpr> lhs, rhs;
};

/// The elements of the 0-D or 1-D integer tensor `v` (at most a few dozen
/// elements), traced through Constant, Shape, Gather with constant indices,
/// Unsqueeze, Squeeze, Cast, Identity, Concat, Slice with constant bounds and
/// Add/Sub/Mul/Div; nullopt when some element comes from anything else.
std::optional<llvm::SmallVector<ShapeExpr>> traceShapeExprs(mlir::Value v);

/// The elements of `v` when all of them trace to constants.
std::optional<llvm::SmallVector<int64_t>> traceConstantShape(mlir::Value v);

} // namespace onnxc::onnx

#endif // ONNXC_DIALECTS_ONNX_SHAPEEXPRESSIONS_H
