//===- Passes.td - memory planning ---------------------------*- tablegen -*-===//

#ifndef ONNXC_LOWERING_BUFFERIZE_PASSES
#define ONNXC_LOWERING_BUFFERIZE_PASSES

include "mlir/Pass/PassBase.td"

def PlanArena : Pass<"onnxc-plan-arena", "mlir::ModuleOp"> {
  let summary = "Place every buffer of the model function in one arena";
  let description = [{
    After bufferization, replaces each memref.alloc in the entry block of
    `func-name` with a memref.view into one arena that the caller passes as a
    new last argument (memref<?xi8>, 64-byte aligned). Buffers whose
    lifetimes do not overlap share a slot (greedy interval colouring);
    buffers that reach the return live to the end. Slot sizes may depend on
    dynamic input dims: offsets are computed at function entry from the
    inputs' dims, and a new function `<func-name>_arena_bytes`, taking the
    same inputs, returns the arena size the caller must provide.
  }];
  let options = [
    Option<"funcName", "func-name", "std::string", /*default=*/"\"main\"",
           "The model function to plan">
  ];
  let dependentDialects = ["mlir::arith::ArithDialect",
                           "mlir::memref::MemRefDialect"];
}

def SplitEmptyTensors : Pass<"onnxc-split-empty-tensors"> {
  let summary = "Give each use of a tensor.empty its own tensor.empty";
  let description = [{
    CSE leaves one tensor.empty per shape, shared by every op that writes a
    result of that shape; one-shot bufferization then analyses all those
    ops as one alias set, in time quadratic in their number. Each use but
    the first gets a clone of the empty tensor, made where it was, so
    bufferization takes time linear in the graph. Runs right before
    one-shot bufferization.
  }];
  let dependentDialects = ["mlir::tensor::TensorDialect"];
}

#endif // ONNXC_LOWERING_BUFFERIZE_PASSES
