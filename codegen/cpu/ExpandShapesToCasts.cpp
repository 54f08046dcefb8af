//===- ExpandShapesToCasts.cpp - onnxc-cpu-expand-shapes-to-casts ---------===//
//
// See Passes.td. For each reassociation group (one source dim j, with
// stride s_j), the expanded dims get strides from the innermost outwards:
// s_j, s_j * size_last, s_j * size_last * size_last-1, ...; the base buffer
// and offset stay the source's.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_EXPANDSHAPESTOCASTS
#include "codegen/cpu/Passes.h.inc"

static bool hasGroupWithTwoDynamicSizes(memref::ExpandShapeOp expand) {
  ArrayRef<int64_t> shape = expand.getResultType().getShape();
  for (const ReassociationIndices &group : expand.getReassociationIndices())
    if (llvm::count_if(group, [&](int64_t d) { return ShapedType::isDynamic(shape[d]); }) > 1)
      return true;
  return false;
}

/// a * b, folded when both are constants.
static OpFoldResult multiply(OpBuilder &b, Location loc, OpFoldResult lhs, OpFoldResult rhs) {
  std::optional<int64_t> x = getConstantIntValue(lhs), y = getConstantIntValue(rhs);
  if (x && y)
    return b.getIndexAttr(*x * *y);
  if (x == 1)
    return rhs;
  if (y == 1)
    return lhs;
  return arith::MulIOp::create(b, loc, getValueOrCreateConstantIndexOp(b, loc, lhs),
                               getValueOrCreateConstantIndexOp(b, loc, rhs))
      .getResult();
}

static void rewriteAsCast(memref::ExpandShapeOp expand) {
  OpBuilder b(expand);
  Location loc = expand.getLoc();
  Value source = expand.getSrc();
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, source);
  auto [sourceStrides, sourceOffset] = expand.getSrcType().getStridesAndOffset();
  auto staticOr = [&](int64_t value, Value dynamic) -> OpFoldResult {
    if (ShapedType::isDynamic(value))
      return dynamic;
    return b.getIndexAttr(value);
  };
  SmallVector<OpFoldResult> sizes = expand.getMixedOutputShape();
  SmallVector<OpFoldResult> strides(sizes.size());
  for (auto [j, group] : llvm::enumerate(expand.getReassociationIndices())) {
    OpFoldResult stride = staticOr(sourceStrides[j], metadata.getStrides()[j]);
    for (int64_t d : llvm::reverse(group)) {
      strides[d] = stride;
      if (d != group.front())
        stride = multiply(b, loc, stride, sizes[d]);
    }
  }
  OpFoldResult offset = staticOr(sourceOffset, metadata.getOffset());
  auto cast = memref::ReinterpretCastOp::create(b, loc, expand.getResultType(),
                                                metadata.getBaseBuffer(), offset, sizes,
                                                strides);
  expand.replaceAllUsesWith(cast.getResult());
  expand.erase();
}

namespace {
struct ExpandShapesToCastsPass : impl::ExpandShapesToCastsBase<ExpandShapesToCastsPass> {
  void runOnOperation() override {
    SmallVector<memref::ExpandShapeOp> expands;
    getOperation().walk([&](memref::ExpandShapeOp expand) {
      if (hasGroupWithTwoDynamicSizes(expand))
        expands.push_back(expand);
    });
    for (memref::ExpandShapeOp expand : expands)
      rewriteAsCast(expand);
  }
};
} // namespace

} // namespace onnxc
