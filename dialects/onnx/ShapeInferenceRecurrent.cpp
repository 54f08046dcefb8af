//===- ShapeInferenceRecurrent.cpp - shapes of RNN, GRU and LSTM ----------===//
//
// Y is [seq, num_directions, batch, hidden] (layout 0) or
// [batch, seq, num_directions, hidden] (layout 1); Y_h and Y_c are
// [num_directions, batch, hidden] or [batch, num_directions, hidden].
// hidden comes from hidden_size or R's last dim.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/Attributes.h"
#include "dialects/onnx/ONNXDialect.h"
#include "dialects/onnx/ShapeInference.h"
#include "dialects/onnx/ShapeInferenceUtils.h"

using namespace mlir;

namespace onnxc::onnx {

static LogicalResult inferRecurrent(Operation *op, SmallVectorImpl<Type> &results) {
  auto x = getRankedType(op->getOperand(0));
  if (!x)
    return success();
  if (x.getRank() != 3)
    return emitNodeError(op) << "X must be 3-D, it has rank " << x.getRank();
  int64_t hidden = getIntAttr(op, "hidden_size", kDynamic);
  if (auto r = getRankedType(op->getOperand(2)); r && r.getRank() == 3 &&
                                                 hidden == kDynamic)
    hidden = r.getDimSize(2);
  int64_t directions = getStringAttr(op, "direction", "forward") == "bidirectional" ? 2 : 1;
  bool batchMajor = getIntAttr(op, "layout", 0) != 0;
  int64_t seq = x.getDimSize(batchMajor ? 1 : 0);
  int64_t batch = x.getDimSize(batchMajor ? 0 : 1);
  if (batchMajor)
    setRankedResult(results, 0, {batch, seq, directions, hidden});
  else
    setRankedResult(results, 0, {seq, directions, batch, hidden});
  SmallVector<int64_t> state = batchMajor ? SmallVector<int64_t>{batch, directions, hidden}
                                          : SmallVector<int64_t>{directions, batch, hidden};
  for (unsigned i = 1; i < results.size(); ++i)
    setRankedResult(results, i, state);
  return success();
}

void addRecurrentShapeFunctions(llvm::StringMap<ShapeFunction> &functions) {
  for (const char *opType : {"RNN", "GRU", "LSTM"})
    functions[opType] = inferRecurrent;
}

} // namespace onnxc::onnx
