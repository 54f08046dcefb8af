//===- Signless.h - drop ONNX's integer signedness after lowering -*- C++ -*-===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_SIGNLESS_H
#define ONNXC_LOWERING_ONNXTOLINALG_SIGNLESS_H

#include "mlir/IR/Operation.h"

namespace onnxc {

/// Rewrites every unsigned integer type in `root` (values, block arguments,
/// the function type, constants' attributes) to the signless type of the
/// same width.
void dropIntegerSignedness(mlir::Operation *root);

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_SIGNLESS_H
