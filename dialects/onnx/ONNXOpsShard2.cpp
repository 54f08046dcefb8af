//===- ONNXOpsShard2.cpp - generated op definitions, shard 2 ------------===//
//
// The op definitions that mlir-tblgen generates are split into four shards so
// that they compile in parallel; this file holds shard 2.
//
//===----------------------------------------------------------------------===//

#include "dialects/onnx/ONNXOpsDefsCommon.h"

#define GET_OP_DEFS_2
#include "dialects/onnx/ONNXOps.cpp.inc"
