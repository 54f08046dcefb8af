//===- onnxc-opt.cpp - run onnxc's passes alone ----------------------------===//
//
// mlir-opt with the onnx dialect and onnxc's passes and pipelines, for lit
// tests of each stage.
//
//===----------------------------------------------------------------------===//

#include "compiler/driver/Registration.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  onnxc::registerPassesAndPipelines();
  mlir::DialectRegistry registry;
  onnxc::registerDialects(registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "onnxc optimizer driver\n", registry));
}
