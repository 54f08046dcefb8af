//===- ContractionPlan.cpp - what the contraction micro-kernel takes ------===//

#include "codegen/cpu/ContractionPlan.h"
#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;

namespace onnxc {

/// Whether `operand` is an f32 memref whose innermost stride is statically 1,
/// so that a vector along its last index is one contiguous load.
static bool isContiguousF32(OpOperand &operand) {
  auto type = dyn_cast<MemRefType>(operand.get().getType());
  if (!type || !type.getElementType().isF32() || type.getRank() == 0)
    return false;
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(type.getStridesAndOffset(strides, offset)) && strides.back() == 1;
}

static bool lastResultIsDim(AffineMap map, unsigned dim) {
  auto last = map.getNumResults() ? dyn_cast<AffineDimExpr>(map.getResults().back()) : nullptr;
  return last && last.getPosition() == dim;
}

static std::optional<ContractionPlan> planContraction(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !linalg::isaContractionOpInterface(op))
    return std::nullopt;
  for (OpOperand &operand : op->getOpOperands())
    if (!isContiguousF32(operand) ||
        !op.getMatchingIndexingMap(&operand).isProjectedPermutation())
      return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims = linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.empty() || dims->k.size() != 1)
    return std::nullopt;
  // The output's last index is the vector dim; it must be an n dim.
  auto outLast = dyn_cast<AffineDimExpr>(
      op.getMatchingIndexingMap(op.getDpsInitOperand(0)).getResults().back());
  if (!outLast || !llvm::is_contained(dims->n, outLast.getPosition()))
    return std::nullopt;

  ContractionPlan plan;
  plan.m.assign(dims->m.begin(), dims->m.end());
  plan.n = outLast.getPosition();
  plan.k = {dims->k.front()};
  // Every other n dim is looped over outside the tiles, like a batch dim.
  plan.outer.assign(dims->batch.begin(), dims->batch.end());
  for (unsigned dim : dims->n)
    if (dim != plan.n)
      plan.outer.push_back(dim);
  llvm::sort(plan.outer);
  plan.out = op.getDpsInitOperand(0);
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (op.getMatchingIndexingMap(input).isFunctionOfDim(plan.n))
      plan.rhs = input;
    else
      plan.lhs = input;
  }
  // Both vector operands must run along n in their contiguous last index; an
  // rhs stored transposed would need a gather per k step.
  if (!lastResultIsDim(op.getMatchingIndexingMap(plan.rhs), plan.n))
    return std::nullopt;
  return plan;
}

static bool isMultiplyAdd(Operation *multiply, Operation *add) {
  return isa<arith::MulFOp>(multiply) && isa<arith::AddFOp>(add);
}

/// A convolution out[n, f, oh, ow] += w[f, c, kh, kw] * in[n, c, oh * s +
/// kh * d, ow * t + kw * d] (any dims order, grouped or not) as a
/// micro-kernel plan: rows over the output channels, vectors along ow, and k
/// over (c, kh, kw). For every kw the columns of a tile read the input at a
/// fixed stride t from one start: contiguous when t is 1.
static std::optional<ContractionPlan> planConvolution(linalg::LinalgOp op) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !linalg::isaConvolutionOpInterface(op) ||
      !linalg::detail::isContractionBody(*op.getBlock(), isMultiplyAdd))
    return std::nullopt;
  for (OpOperand &operand : op->getOpOperands())
    if (!isContiguousF32(operand))
      return std::nullopt;
  FailureOr<linalg::ConvolutionDimensions> dims = linalg::inferConvolutionDims(op);
  if (failed(dims) || dims->outputChannel.empty())
    return std::nullopt;
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(0));
  if (!outMap.isProjectedPermutation())
    return std::nullopt;
  unsigned n = cast<AffineDimExpr>(outMap.getResults().back()).getPosition();
  auto image = llvm::find(dims->outputImage, n);
  if (image == dims->outputImage.end())
    return std::nullopt;

  ContractionPlan plan;
  plan.n = n;
  plan.nStride = dims->strides[image - dims->outputImage.begin()];
  plan.m.assign(dims->outputChannel.begin(), dims->outputChannel.end());
  plan.k.assign(dims->inputChannel.begin(), dims->inputChannel.end());
  plan.k.append(dims->filterLoop.begin(), dims->filterLoop.end());
  llvm::sort(plan.k);
  plan.outer.assign(dims->batch.begin(), dims->batch.end());
  plan.outer.append(dims->depth.begin(), dims->depth.end());
  for (unsigned dim : dims->outputImage)
    if (dim != n)
      plan.outer.push_back(dim);
  llvm::sort(plan.outer);
  plan.out = op.getDpsInitOperand(0);
  for (OpOperand *input : op.getDpsInputOperands()) {
    if (op.getMatchingIndexingMap(input).isFunctionOfDim(n))
      plan.rhs = input;
    else
      plan.lhs = input;
  }
  // The image's last index must be ow + kw * d (the vector runs along it);
  // the filter is read one scalar at a time at plain dims.
  AffineExpr rhsLast = op.getMatchingIndexingMap(plan.rhs).getResults().back();
  if (plan.lhs == plan.rhs || !rhsLast.isFunctionOfDim(n) ||
      !op.getMatchingIndexingMap(plan.lhs).isProjectedPermutation())
    return std::nullopt;
  return plan;
}

std::optional<ContractionPlan> planMicroKernel(linalg::LinalgOp op) {
  if (std::optional<ContractionPlan> plan = planContraction(op))
    return plan;
  return planConvolution(op);
}

} // namespace onnxc
