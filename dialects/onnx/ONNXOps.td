//===- ONNXOps.td - the onnx dialect -----------------------*- tablegen -*-===//
//
// Entry point for TableGen: the dialect and types (ONNXBase.td), every
// ai.onnx operator generated from the ONNX schemas (ONNXOps.gen.td), and the
// hand-written extras (ONNXExtraOps.td).
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_ONNX_OPS
#define ONNXC_ONNX_OPS

include "dialects/onnx/ONNXBase.td"
include "dialects/onnx/ONNXOps.gen.td"
include "dialects/onnx/ONNXExtraOps.td"

#endif // ONNXC_ONNX_OPS
