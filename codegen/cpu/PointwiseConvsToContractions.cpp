//===- PointwiseConvsToContractions.cpp - 1x1 convolutions as matmuls -----===//
//
// In NCHW a 1x1 convolution with stride 1 is one matmul per image over the
// flattened spatial dims p = h * W + w:
//
//   out[n, f, p] += w[f, c] * in[n, c, p]
//
// Rewritten on buffers as that linalg.generic over collapse_shape views
// (free: the buffers are contiguous), it is the case the
// onnxc-cpu-tile-contractions micro-kernel takes: m = f, k = c, and the
// vector dim p runs contiguously through the input and the output, whatever
// the image's width. The accumulator (bias or zeros) is the output buffer
// itself, so the numerics are the convolution's.
//
//===----------------------------------------------------------------------===//

#include "codegen/cpu/Passes.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_POINTWISECONVSTOCONTRACTIONS
#include "codegen/cpu/Passes.h.inc"

/// Whether `conv` reads one input pixel per output pixel: a 1x1 filter,
/// stride 1 (dilation does not matter for one tap), and all operands of
/// one float type, so the generic's multiply-add is the convolution's.
static bool isPointwise(linalg::Conv2DNchwFchwOp conv) {
  if (!conv.hasPureBufferSemantics())
    return false;
  auto input = cast<MemRefType>(conv.getInputs()[0].getType());
  auto filter = cast<MemRefType>(conv.getInputs()[1].getType());
  auto output = cast<MemRefType>(conv.getOutputs()[0].getType());
  Type element = output.getElementType();
  if (!isa<FloatType>(element) || input.getElementType() != element ||
      filter.getElementType() != element)
    return false;
  if (filter.getDimSize(2) != 1 || filter.getDimSize(3) != 1)
    return false;
  if (!llvm::all_of(conv.getStrides().getValues<int64_t>(),
                    [](int64_t stride) { return stride == 1; }))
    return false;
  // Same spatial size in and out; dynamic sizes are left to the loops.
  for (unsigned dim : {2, 3})
    if (input.isDynamicDim(dim) || input.getDimSize(dim) != output.getDimSize(dim))
      return false;
  return true;
}

static bool canCollapse(Value buffer, ArrayRef<ReassociationIndices> groups) {
  return memref::CollapseShapeOp::isGuaranteedCollapsible(cast<MemRefType>(buffer.getType()),
                                                          groups);
}

/// out[n, f, p] += w[f, c] * in[n, c, p], on views of the convolution's
/// buffers; false (and nothing built) when a buffer cannot be viewed so.
static bool rewriteAsContraction(OpBuilder &b, linalg::Conv2DNchwFchwOp conv) {
  Location loc = conv.getLoc();
  SmallVector<ReassociationIndices> flattenSpatial = {{0}, {1}, {2, 3}};
  SmallVector<ReassociationIndices> dropWindow = {{0}, {1, 2, 3}};
  Value input = conv.getInputs()[0], filter = conv.getInputs()[1],
        output = conv.getOutputs()[0];
  if (!canCollapse(input, flattenSpatial) || !canCollapse(filter, dropWindow) ||
      !canCollapse(output, flattenSpatial))
    return false;
  input = memref::CollapseShapeOp::create(b, loc, input, flattenSpatial);
  filter = memref::CollapseShapeOp::create(b, loc, filter, dropWindow);
  output = memref::CollapseShapeOp::create(b, loc, output, flattenSpatial);

  // Iteration dims (n, f, p, c).
  MLIRContext *ctx = b.getContext();
  AffineExpr n, f, p, c;
  bindDims(ctx, n, f, p, c);
  SmallVector<AffineMap> maps = {AffineMap::get(4, 0, {f, c}, ctx),
                                 AffineMap::get(4, 0, {n, c, p}, ctx),
                                 AffineMap::get(4, 0, {n, f, p}, ctx)};
  SmallVector<utils::IteratorType> iterators(3, utils::IteratorType::parallel);
  iterators.push_back(utils::IteratorType::reduction);
  linalg::GenericOp::create(
      b, loc, TypeRange{}, ValueRange{filter, input}, ValueRange{output}, maps, iterators,
      [](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value product = arith::MulFOp::create(nested, nestedLoc, args[0], args[1]);
        Value sum = arith::AddFOp::create(nested, nestedLoc, args[2], product);
        linalg::YieldOp::create(nested, nestedLoc, sum);
      });
  return true;
}

namespace {
struct PointwiseConvsToContractionsPass
    : impl::PointwiseConvsToContractionsBase<PointwiseConvsToContractionsPass> {
  void runOnOperation() override {
    SmallVector<linalg::Conv2DNchwFchwOp> convs;
    getOperation().walk([&](linalg::Conv2DNchwFchwOp conv) {
      if (isPointwise(conv))
        convs.push_back(conv);
    });
    OpBuilder builder(&getContext());
    for (linalg::Conv2DNchwFchwOp conv : convs) {
      builder.setInsertionPoint(conv);
      if (rewriteAsContraction(builder, conv))
        conv->erase();
    }
  }
};
} // namespace

} // namespace onnxc
