//===- Utils.cpp - helpers shared by the onnx -> linalg patterns ----------===//

#include "lowering/onnx-to-linalg/Utils.h"
#include "dialects/onnx/ConstantValues.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
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

FailureOr<Operation *> expandWindowOpTo2D(PatternRewriter &rewriter,
                                         Operation *op, unsigned numWindowed) {
  Location loc = op->getLoc();
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!resultType || resultType.getRank() != 3)
    return failure();
  for (Value extra : op->getResults().drop_front())
    if (!extra.use_empty())
      return failure();
  auto withUnitHeight = [](RankedTensorType type) {
    return RankedTensorType::get({type.getDimSize(0), type.getDimSize(1), 1,
                                  type.getDimSize(2)},
                                 type.getElementType());
  };
  SmallVector<ReassociationIndices> reassociation = {{0}, {1}, {2, 3}};
  SmallVector<Value> operands;
  for (auto [i, operand] : llvm::enumerate(op->getOperands())) {
    if (i >= numWindowed) {
      operands.push_back(operand);
      continue;
    }
    auto type = cast<RankedTensorType>(operand.getType());
    operands.push_back(tensor::ExpandShapeOp::create(
        rewriter, loc, withUnitHeight(type), operand, reassociation));
  }
  SmallVector<NamedAttribute> attributes;
  for (NamedAttribute attr : op->getAttrs()) {
    auto values = dyn_cast<DenseI64ArrayAttr>(attr.getValue());
    StringRef name = attr.getName().getValue();
    if (!values || !llvm::is_contained({"kernel_shape", "strides", "dilations", "pads"}, name)) {
      attributes.push_back(attr);
      continue;
    }
    SmallVector<int64_t> expanded;
    if (name == "pads") {
      for (int64_t pad : values.asArrayRef()) {
        expanded.push_back(0);
        expanded.push_back(pad);
      }
    } else {
      expanded.push_back(1);
      llvm::append_range(expanded, values.asArrayRef());
    }
    attributes.push_back(rewriter.getNamedAttr(name, rewriter.getDenseI64ArrayAttr(expanded)));
  }
  SmallVector<Type> resultTypes = {withUnitHeight(resultType)};
  for (unsigned i = 1; i < op->getNumResults(); ++i)
    resultTypes.push_back(rewriter.getNoneType());
  OperationState state(loc, op->getName(), operands, resultTypes, attributes);
  Operation *op2d = rewriter.create(state);
  Value collapsed = tensor::CollapseShapeOp::create(rewriter, loc, resultType,
                                                    op2d->getResult(0), reassociation);
  rewriter.replaceAllUsesWith(op->getResult(0), collapsed);
  rewriter.eraseOp(op);
  return op2d;
}

LogicalResult ElementwisePattern::matchAndRewrite(Operation *op,
                                                 PatternRewriter &rewriter) const {
  RankedTensorType resultType = getRankedResultType(op);
  if (!resultType)
    return rewriter.notifyMatchFailure(op, "result is not ranked");
  for (Value operand : op->getOperands())
    if (!isa<RankedTensorType>(operand.getType()))
      return rewriter.notifyMatchFailure(op, "operand is not a ranked tensor");
  for (Value operand : op->getOperands())
    if (!accepts(cast<RankedTensorType>(operand.getType()).getElementType()))
      return rewriter.notifyMatchFailure(op, "element type not supported");
  Type elementType = resultType.getElementType();
  Value result = buildElementwise(
      rewriter, op->getLoc(), resultType, op->getOperands(),
      [&](OpBuilder &b, Location loc, ValueRange args) {
        return scalar(b, loc, op, elementType, args);
      });
  rewriter.replaceOp(op, result);
  return success();
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
  return reshapeThroughFlat(b, loc, input, resultType,
                            getAsIndexOpFoldResult(b.getContext(), resultType.getShape()));
}

Value reshapeThroughFlat(OpBuilder &b, Location loc, Value input,
                         RankedTensorType resultType, ArrayRef<OpFoldResult> sizes) {
  auto inputType = cast<RankedTensorType>(input.getType());
  Value flat = input;
  if (inputType.getRank() != 1) {
    auto flatType = RankedTensorType::get(
        {inputType.hasStaticShape() ? inputType.getNumElements() : ShapedType::kDynamic},
        inputType.getElementType());
    SmallVector<ReassociationIndices> toFlat{
        llvm::to_vector(llvm::seq<int64_t>(0, inputType.getRank()))};
    flat = tensor::CollapseShapeOp::create(b, loc, flatType, input, toFlat);
  }
  if (resultType.getRank() != 1) {
    SmallVector<ReassociationIndices> fromFlat{
        llvm::to_vector(llvm::seq<int64_t>(0, resultType.getRank()))};
    return tensor::ExpandShapeOp::create(b, loc, resultType, flat, fromFlat, sizes);
  }
  if (flat.getType() != resultType)
    flat = tensor::CastOp::create(b, loc, resultType, flat);
  return flat;
}

Value buildMappedGeneric(
    OpBuilder &b, Location loc, RankedTensorType resultType, ValueRange inputs,
    ArrayRef<AffineMap> inputMaps, ArrayRef<std::pair<Value, int64_t>> dimSources,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  MLIRContext *context = b.getContext();
  Value init = createEmptyTensor(b, loc, resultType, dimSources);
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(AffineMap::getMultiDimIdentityMap(resultType.getRank(), context));
  SmallVector<utils::IteratorType> iterators(resultType.getRank(),
                                             utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, inputs, ValueRange{init}, maps,
             iterators,
             [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
               linalg::YieldOp::create(nested, nestedLoc,
                                       body(nested, nestedLoc, args.drop_back()));
             })
      .getResult(0);
}

AffineMap getReducedMap(ArrayRef<bool> reduced, bool keepDims,
                        MLIRContext *context) {
  SmallVector<AffineExpr> exprs;
  for (auto [i, isReduced] : llvm::enumerate(reduced)) {
    if (!isReduced)
      exprs.push_back(getAffineDimExpr(i, context));
    else if (keepDims)
      exprs.push_back(getAffineConstantExpr(0, context));
  }
  return AffineMap::get(reduced.size(), 0, exprs, context);
}

RankedTensorType getReducedType(RankedTensorType input, ArrayRef<bool> reduced,
                                bool keepDims) {
  SmallVector<int64_t> shape;
  for (auto [i, isReduced] : llvm::enumerate(reduced)) {
    if (!isReduced)
      shape.push_back(input.getDimSize(i));
    else if (keepDims)
      shape.push_back(1);
  }
  return RankedTensorType::get(shape, input.getElementType());
}

Value buildReduction(OpBuilder &b, Location loc, Value input,
                     ArrayRef<bool> reduced, bool keepDims, TypedAttr init,
                     function_ref<Value(OpBuilder &, Location, Value, Value)> combine) {
  MLIRContext *context = b.getContext();
  auto inputType = cast<RankedTensorType>(input.getType());
  RankedTensorType resultType = getReducedType(inputType, reduced, keepDims);
  SmallVector<std::pair<Value, int64_t>> dimSources;
  for (auto [i, isReduced] : llvm::enumerate(reduced)) {
    if (!isReduced)
      dimSources.push_back({input, i});
    else if (keepDims)
      dimSources.push_back({input, i}); // static 1: never read
  }
  Value accumulator = createFilledTensor(b, loc, resultType, init, dimSources);
  SmallVector<AffineMap> maps = {
      AffineMap::getMultiDimIdentityMap(inputType.getRank(), context),
      getReducedMap(reduced, keepDims, context)};
  SmallVector<utils::IteratorType> iterators;
  for (bool isReduced : reduced)
    iterators.push_back(isReduced ? utils::IteratorType::reduction
                                  : utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, TypeRange{resultType}, ValueRange{input},
             ValueRange{accumulator}, maps, iterators,
             [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
               linalg::YieldOp::create(
                   nested, nestedLoc, combine(nested, nestedLoc, args[0], args[1]));
             })
      .getResult(0);
}

Value getElementCount(OpBuilder &b, Location loc, Value input,
                      ArrayRef<bool> reduced, Type type) {
  auto inputType = cast<RankedTensorType>(input.getType());
  int64_t staticCount = 1;
  Value dynamicCount;
  for (auto [i, isReduced] : llvm::enumerate(reduced)) {
    if (!isReduced)
      continue;
    if (!inputType.isDynamicDim(i)) {
      staticCount *= inputType.getDimSize(i);
      continue;
    }
    Value dim = tensor::DimOp::create(b, loc, input, i);
    dynamicCount = dynamicCount ? arith::MulIOp::create(b, loc, dynamicCount, dim)
                                : dim;
  }
  if (!dynamicCount)
    return createFloatConstant(b, loc, type, static_cast<double>(staticCount));
  Value count = arith::MulIOp::create(
      b, loc, dynamicCount, arith::ConstantIndexOp::create(b, loc, staticCount));
  Value asInt = arith::IndexCastOp::create(b, loc, b.getI64Type(), count);
  return arith::SIToFPOp::create(b, loc, type, asInt);
}

Value createFloatConstant(OpBuilder &b, Location loc, Type type, double value) {
  return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
}

Value getDimValue(OpBuilder &b, Location loc, Value tensor, int64_t dim) {
  auto type = cast<RankedTensorType>(tensor.getType());
  if (!type.isDynamicDim(dim))
    return arith::ConstantIndexOp::create(b, loc, type.getDimSize(dim));
  return tensor::DimOp::create(b, loc, tensor, dim);
}

std::optional<SmallVector<std::optional<int64_t>>> getShapeOperandConstants(Value shape) {
  SmallVector<std::optional<int64_t>> constants;
  if (auto ints = onnx::getConstantIntValues(shape)) {
    llvm::append_range(constants, *ints);
    return constants;
  }
  auto computed = shape.getDefiningOp<tensor::FromElementsOp>();
  if (!computed)
    return std::nullopt;
  for (Value element : computed.getElements())
    constants.push_back(getConstantIntValue(element));
  return constants;
}

SmallVector<OpFoldResult> getShapeOperandSizes(OpBuilder &b, Location loc, Value shape) {
  auto constants = getShapeOperandConstants(shape);
  assert(constants && "not a constant or computed shape");
  SmallVector<OpFoldResult> sizes;
  for (auto [i, constant] : llvm::enumerate(*constants)) {
    if (constant) {
      sizes.push_back(b.getIndexAttr(*constant));
      continue;
    }
    Value element = shape.getDefiningOp<tensor::FromElementsOp>().getElements()[i];
    // A dim cast to i64 for the shape tensor: use the index it came from.
    auto cast = element.getDefiningOp<arith::IndexCastOp>();
    if (cast && cast.getIn().getType().isIndex())
      sizes.push_back(cast.getIn());
    else
      sizes.push_back(arith::IndexCastOp::create(b, loc, b.getIndexType(), element).getResult());
  }
  return sizes;
}

SmallVector<Value> readIndexElements(OpBuilder &b, Location loc, Value values,
                                     int64_t count) {
  SmallVector<Value> elements;
  if (auto constants = getShapeOperandConstants(values);
      constants && static_cast<int64_t>(constants->size()) >= count) {
    for (OpFoldResult size : getShapeOperandSizes(b, loc, values))
      elements.push_back(getValueOrCreateConstantIndexOp(b, loc, size));
    elements.resize(count);
    return elements;
  }
  for (int64_t k = 0; k < count; ++k) {
    Value position = arith::ConstantIndexOp::create(b, loc, k);
    Value element = tensor::ExtractOp::create(b, loc, values, ValueRange{position});
    elements.push_back(arith::IndexCastOp::create(b, loc, b.getIndexType(), element));
  }
  return elements;
}

} // namespace onnxc
