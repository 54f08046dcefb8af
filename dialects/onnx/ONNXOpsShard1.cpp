//===- ONNXOpsShard1.cpp - generated op definitions, shard 1 ------------===//
//
// The op definitions that mlir-tblgen generates are split into four shards so
// that they compile in parallel; this file holds shard 1.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXOpsDefsCommon.h"

#define GET_OP_DEFS_1
#include "dialects/onnx/ONNXOps.cpp.inc"
