//===- Utils.cpp - helpers shared by the onnx -> linalg patterns ----------===//

#include "lowering/onnx-to-linalg/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"

using namespace mlir;

namespace onnxc {

RankedTensorType getRankedResultType(Operation *op, unsigned index) {
  return dyn_cast<RankedTensorType>(op->getResult(index).getType());
}

Value createEmptyTensor(OpBuilder &b, Location loc, RankedTensorType type,
                        ArrayRef<std::pair<Value, int64_t>> sourceDims) {
  SmallVector<Value> dynamicSizes;
  for (int64_t i = 0; i < type.getRank(); ++i) {
    if (!type.isDynamicDim(i))
      continue;
    auto [source, dim] = sourceDims[i];
    dynamicSizes.push_back(tensor::DimOp::create(b, loc, source, dim));
  }
  return tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType(),
                                 dynamicSizes);
}

Value createFilledTensor(OpBuilder &b, Location loc, RankedTensorType type,
                         TypedAttr value,
                         ArrayRef<std::pair<Value, int64_t>> sourceDims) {
  Value empty = createEmptyTensor(b, loc, type, sourceDims);
  Value scalar = arith::ConstantOp::create(b, loc, value);
  return linalg::FillOp::create(b, loc, ValueRange{scalar}, ValueRange{empty})
      .getResult(0);
}

AffineMap getBroadcastMap(RankedTensorType input, RankedTensorType output,
                          MLIRContext *context) {
  int64_t offset = output.getRank() - input.getRank();
  SmallVector<AffineExpr> exprs;
  for (int64_t i = 0; i < input.getRank(); ++i) {
    bool broadcast = input.getDimSize(i) == 1 && output.getDimSize(offset + i) != 1;
    exprs.push_back(broadcast ? getAffineConstantExpr(0, context)
                              : getAffineDimExpr(offset + i, context));
  }
  return AffineMap::get(output.getRank(), 0, exprs, context);
}

SmallVector<std::pair<Value, int64_t>>
getBroadcastDimSources(ValueRange inputs, RankedTensorType output) {
  SmallVector<std::pair<Value, int64_t>> sources(output.getRank(), {nullptr, 0});
  for (int64_t i = 0; i < output.getRank(); ++i) {
    for (Value input : inputs) {
      auto type = cast<RankedTensorType>(input.getType());
      int64_t dim = i - (output.getRank() - type.getRank());
      if (dim >= 0 && type.getDimSize(dim) != 1) {
        sources[i] = {input, dim};
        break;
      }
    }
  }
  return sources;
}

Value buildElementwise(
    OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  MLIRContext *context = b.getContext();
  Value init =
      createEmptyTensor(b, loc, resultType, getBroadcastDimSources(inputs, resultType));
  SmallVector<AffineMap> maps;
  for (Value input : inputs)
    maps.push_back(getBroadcastMap(cast<RankedTensorType>(input.getType()),
                                   resultType, context));
  maps.push_back(AffineMap::getMultiDimIdentityMap(resultType.getRank(), context));
  SmallVector<utils::IteratorType> iterators(resultType.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{resultType}, inputs, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        Value result = body(nested, nestedLoc, args.drop_back());
        linalg::YieldOp::create(nested, nestedLoc, result);
      });
  return generic.getResult(0);
}

Value padTensor(OpBuilder &b, Location loc, Value input, ArrayRef<int64_t> low,
                ArrayRef<int64_t> high, TypedAttr padValue) {
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape;
  SmallVector<OpFoldResult> lowSizes, highSizes;
  for (int64_t i = 0; i < type.getRank(); ++i) {
    int64_t dim = type.getDimSize(i);
    shape.push_back(ShapedType::isDynamic(dim) ? dim : dim + low[i] + high[i]);
    lowSizes.push_back(b.getIndexAttr(low[i]));
    highSizes.push_back(b.getIndexAttr(high[i]));
  }
  Value scalar = arith::ConstantOp::create(b, loc, padValue);
  return tensor::PadOp::create(b, loc,
                               RankedTensorType::get(shape, type.getElementType()),
                               input, lowSizes, highSizes, scalar);
}

FailureOr<Value> reshapeTensor(OpBuilder &b, Location loc, Value input,
                               RankedTensorType resultType) {
  auto inputType = cast<RankedTensorType>(input.getType());
  if (inputType == resultType)
    return input;
  if (inputType.getRank() > resultType.getRank()) {
    if (auto reassociation = getReassociationIndicesForReshape(inputType, resultType))
      return Value(tensor::CollapseShapeOp::create(b, loc, resultType, input,
                                                   *reassociation));
  } else if (inputType.getRank() < resultType.getRank()) {
    if (auto reassociation = getReassociationIndicesForReshape(inputType, resultType))
      return Value(tensor::ExpandShapeOp::create(b, loc, resultType, input,
                                                 *reassociation));
  }
  if (!inputType.hasStaticShape() || !resultType.hasStaticShape())
    return failure();
  // Same-rank or non-nested regrouping of static shapes: go through 1-D.
  auto flatType = RankedTensorType::get({inputType.getNumElements()},
                                        inputType.getElementType());
  SmallVector<ReassociationIndices> toFlat(1), fromFlat(1);
  for (int64_t i = 0; i < inputType.getRank(); ++i)
    toFlat[0].push_back(i);
  for (int64_t i = 0; i < resultType.getRank(); ++i)
    fromFlat[0].push_back(i);
  Value flat = inputType.getRank() == 1
                   ? input
                   : tensor::CollapseShapeOp::create(b, loc, flatType, input, toFlat)
                         .getResult();
  if (resultType.getRank() == 1)
    return flat;
  return Value(tensor::ExpandShapeOp::create(b, loc, resultType, flat, fromFlat));
}

} // namespace onnxc
