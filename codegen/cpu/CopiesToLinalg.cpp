//===- CopiesToLinalg.cpp - onnxc-cpu-copies-to-linalg --------------------===//

#include "codegen/cpu/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;

namespace onnxc {

#define GEN_PASS_DEF_COPIESTOLINALG
#include "codegen/cpu/Passes.h.inc"

namespace {
struct CopiesToLinalgPass : impl::CopiesToLinalgBase<CopiesToLinalgPass> {
  void runOnOperation() override {
    getOperation().walk([](memref::CopyOp copy) {
      // linalg.copy needs ranked buffers; onnxc never makes unranked ones.
      if (!isa<MemRefType>(copy.getSource().getType()) ||
          !isa<MemRefType>(copy.getTarget().getType()))
        return;
      OpBuilder b(copy);
      linalg::CopyOp::create(b, copy.getLoc(), copy.getSource(), copy.getTarget());
      copy.erase();
    });
  }
};
} // namespace

} // namespace onnxc
