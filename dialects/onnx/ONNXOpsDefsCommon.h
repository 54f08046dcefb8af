//===- ONNXOpsDefsCommon.h - includes for generated op defs -----*- C++ -*-===//
//
// What the generated op definitions (ONNXOps.cpp.inc) need in scope; shared
// by the shard files.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_ONNXOPSDEFSCOMMON_H
#define ONNXC_DIALECTS_ONNX_ONNXOPSDEFSCOMMON_H

#include "dialects/onnx/ONNXDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/TypeSwitch.h"

#endif // ONNXC_DIALECTS_ONNX_ONNXOPSDEFSCOMMON_H
