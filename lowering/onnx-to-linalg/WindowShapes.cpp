//===- WindowShapes.cpp - run-time sizes of Conv and pooling windows ------===//

#include "lowering/onnx-to-linalg/WindowShapes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace onnxc {

//===----------------------------------------------------------------------===//
// Folding index arithmetic
//===----------------------------------------------------------------------===//

static int64_t floorDivide(int64_t a, int64_t b) {
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

OpFoldResult IndexMath::fold(OpFoldResult x, OpFoldResult y,
                             int64_t (*scalar)(int64_t, int64_t),
                             Value (*build)(OpBuilder &, Location, Value, Value)) {
  std::optional<int64_t> cx = getConstantIntValue(x), cy = getConstantIntValue(y);
  if (cx && cy)
    return b.getIndexAttr(scalar(*cx, *cy));
  return build(b, loc, value(x), value(y));
}

Value IndexMath::value(OpFoldResult x) {
  if (auto v = dyn_cast<Value>(x))
    return v;
  return arith::ConstantIndexOp::create(b, loc, *getConstantIntValue(x));
}

OpFoldResult IndexMath::add(OpFoldResult x, OpFoldResult y) {
  if (isConstantIntValue(y, 0))
    return x;
  return fold(
      x, y, [](int64_t a, int64_t c) { return a + c; },
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::AddIOp::create(b, l, a, c);
      });
}

OpFoldResult IndexMath::sub(OpFoldResult x, OpFoldResult y) {
  if (isConstantIntValue(y, 0))
    return x;
  return fold(
      x, y, [](int64_t a, int64_t c) { return a - c; },
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::SubIOp::create(b, l, a, c);
      });
}

OpFoldResult IndexMath::mul(OpFoldResult x, OpFoldResult y) {
  if (isConstantIntValue(y, 1))
    return x;
  return fold(
      x, y, [](int64_t a, int64_t c) { return a * c; },
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::MulIOp::create(b, l, a, c);
      });
}

OpFoldResult IndexMath::floorDiv(OpFoldResult x, int64_t y) {
  if (y == 1)
    return x;
  return fold(
      x, constant(y), floorDivide,
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::FloorDivSIOp::create(b, l, a, c);
      });
}

OpFoldResult IndexMath::ceilDiv(OpFoldResult x, int64_t y) {
  if (y == 1)
    return x;
  return fold(
      x, constant(y), [](int64_t a, int64_t c) { return -floorDivide(-a, c); },
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::CeilDivSIOp::create(b, l, a, c);
      });
}

OpFoldResult IndexMath::max(OpFoldResult x, OpFoldResult y) {
  return fold(
      x, y, [](int64_t a, int64_t c) { return std::max(a, c); },
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::MaxSIOp::create(b, l, a, c);
      });
}

OpFoldResult IndexMath::min(OpFoldResult x, OpFoldResult y) {
  return fold(
      x, y, [](int64_t a, int64_t c) { return std::min(a, c); },
      [](OpBuilder &b, Location l, Value a, Value c) -> Value {
        return arith::MinSIOp::create(b, l, a, c);
      });
}

//===----------------------------------------------------------------------===//
// Window shapes
//===----------------------------------------------------------------------===//

OpFoldResult getTensorDimSize(OpBuilder &b, Location loc, Value tensor, int64_t dim) {
  auto type = cast<RankedTensorType>(tensor.getType());
  if (!type.isDynamicDim(dim))
    return b.getIndexAttr(type.getDimSize(dim));
  return tensor::DimOp::create(b, loc, tensor, dim).getResult();
}

WindowShape resolveWindowShape(OpBuilder &b, Location loc, const onnx::ConvGeometry &g,
                               Value input) {
  IndexMath m(b, loc);
  WindowShape shape;
  for (unsigned i = 0; i < g.kernel.size(); ++i) {
    OpFoldResult size = getTensorDimSize(b, loc, input, 2 + i);
    int64_t stride = g.strides[i], span = g.span(i);
    OpFoldResult begin = m.constant(g.padsBegin[i]), end = m.constant(g.padsEnd[i]);
    if (g.padsBegin[i] == ShapedType::kDynamic) {
      // auto_pad SAME_*: total = max(0, (ceil(size / stride) - 1) * stride +
      // span - size), split with the odd element at the end (SAME_UPPER)
      // or at the beginning (SAME_LOWER).
      OpFoldResult out = m.ceilDiv(size, stride);
      OpFoldResult total = m.max(
          m.constant(0),
          m.sub(m.add(m.mul(m.sub(out, m.constant(1)), m.constant(stride)),
                      m.constant(span)),
                size));
      OpFoldResult half = m.floorDiv(total, 2);
      OpFoldResult rest = m.sub(total, half);
      bool upper = g.autoPad == onnx::AutoPad::SameUpper;
      begin = upper ? half : rest;
      end = upper ? rest : half;
    }
    // The room the window has to slide in; constants folded first, so
    // that static pads cost one addition.
    OpFoldResult windowRoom = m.add(size, m.sub(m.add(begin, end), m.constant(span)));
    OpFoldResult out, coveringEnd = end;
    if (!g.ceilMode) {
      out = m.max(m.constant(0), m.add(m.floorDiv(windowRoom, stride), m.constant(1)));
    } else {
      out = m.add(m.ceilDiv(windowRoom, stride), m.constant(1));
      // The last window must start inside the input or its leading padding:
      // out - 1 = min(out - 1, ceil((size + begin) / stride) - 1).
      out = m.min(out, m.ceilDiv(m.add(size, begin), stride));
      out = m.max(m.constant(0), out);
      OpFoldResult needed =
          m.add(m.mul(m.sub(out, m.constant(1)), m.constant(stride)), m.constant(span));
      OpFoldResult have = m.add(m.add(size, begin), end);
      coveringEnd = m.add(end, m.max(m.constant(0), m.sub(needed, have)));
    }
    shape.padsBegin.push_back(begin);
    shape.padsEnd.push_back(end);
    shape.coveringPadsEnd.push_back(coveringEnd);
    shape.outputSizes.push_back(out);
  }
  return shape;
}

Value padSpatialDims(OpBuilder &b, Location loc, Value input, ArrayRef<OpFoldResult> begin,
                     ArrayRef<OpFoldResult> end, TypedAttr padValue) {
  auto isZero = [](OpFoldResult p) { return isConstantIntValue(p, 0); };
  if (llvm::all_of(begin, isZero) && llvm::all_of(end, isZero))
    return input;
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<OpFoldResult> low = {b.getIndexAttr(0), b.getIndexAttr(0)};
  SmallVector<OpFoldResult> high = low;
  llvm::append_range(low, begin);
  llvm::append_range(high, end);
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < type.getRank(); ++i) {
    std::optional<int64_t> l = getConstantIntValue(low[i]), h = getConstantIntValue(high[i]);
    shape.push_back(type.isDynamicDim(i) || !l || !h ? ShapedType::kDynamic
                                                     : type.getDimSize(i) + *l + *h);
  }
  Value scalar = arith::ConstantOp::create(b, loc, padValue);
  return tensor::PadOp::create(b, loc, RankedTensorType::get(shape, type.getElementType()),
                               input, low, high, scalar);
}

Value createEmptyWithSizes(OpBuilder &b, Location loc, RankedTensorType type,
                           ArrayRef<OpFoldResult> sizes) {
  IndexMath m(b, loc);
  SmallVector<Value> dynamic;
  for (int64_t i = 0; i < type.getRank(); ++i)
    if (type.isDynamicDim(i))
      dynamic.push_back(m.value(sizes[i]));
  return tensor::EmptyOp::create(b, loc, type, dynamic);
}

SmallVector<OpFoldResult> getWindowResultSizes(OpBuilder &b, Location loc, Value input,
                                               OpFoldResult channels,
                                               ArrayRef<OpFoldResult> outputSizes) {
  SmallVector<OpFoldResult> sizes = {getTensorDimSize(b, loc, input, 0), channels};
  llvm::append_range(sizes, outputSizes);
  return sizes;
}

} // namespace onnxc
