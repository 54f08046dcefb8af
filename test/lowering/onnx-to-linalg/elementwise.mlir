// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Elementwise onnx ops become one linalg.generic each, all loops parallel,
// with numpy broadcasting expressed in the input indexing maps (a missing
// leading dim is dropped, a size-1 dim reads index 0) and the scalar
// computation in the body. Dynamic result dims are read with tensor.dim.

// CHECK-DAG: #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @relu
// CHECK-SAME: (%[[X:.*]]: tensor<?x16xf32>)
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[DIM:.*]] = tensor.dim %[[X]], %[[C0]]
// CHECK: %[[INIT:.*]] = tensor.empty(%[[DIM]]) : tensor<?x16xf32>
// CHECK: %[[R:.*]] = linalg.generic {indexing_maps = [#[[ID2]], #[[ID2]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: ins(%[[X]] : tensor<?x16xf32>) outs(%[[INIT]] : tensor<?x16xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[MAX:.*]] = arith.maximumf %[[IN]], %[[ZERO]] : f32
// CHECK-NEXT: linalg.yield %[[MAX]]
// CHECK: return %[[R]]
func.func @relu(%x: tensor<?x16xf32>) -> tensor<?x16xf32> {
  %0 = "onnx.Relu"(%x) : (tensor<?x16xf32>) -> tensor<?x16xf32>
  return %0 : tensor<?x16xf32>
}

// -----

// B [4, 1] against [?, 4, 5]: the leading dim is dropped, the 1 reads 0.
// CHECK-DAG: #[[ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG: #[[BCAST:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-LABEL: func.func @add_broadcast
// CHECK-SAME: (%[[A:.*]]: tensor<?x4x5xf32>, %[[B:.*]]: tensor<4x1xf32>)
// CHECK: %[[DIM:.*]] = tensor.dim %[[A]]
// CHECK: %[[INIT:.*]] = tensor.empty(%[[DIM]]) : tensor<?x4x5xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID3]], #[[BCAST]], #[[ID3]]], iterator_types = ["parallel", "parallel", "parallel"]}
// CHECK-SAME: ins(%[[A]], %[[B]] : tensor<?x4x5xf32>, tensor<4x1xf32>) outs(%[[INIT]] : tensor<?x4x5xf32>)
// CHECK-NEXT: ^bb0(%[[L:.*]]: f32, %[[R:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[L]], %[[R]] : f32
// CHECK-NEXT: linalg.yield %[[SUM]]
func.func @add_broadcast(%a: tensor<?x4x5xf32>, %b: tensor<4x1xf32>) -> tensor<?x4x5xf32> {
  %0 = "onnx.Add"(%a, %b) : (tensor<?x4x5xf32>, tensor<4x1xf32>) -> tensor<?x4x5xf32>
  return %0 : tensor<?x4x5xf32>
}

// -----

// Both operands broadcast: [1, 4] + [3, 1] -> [3, 4].
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-DAG: #[[COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @add_outer_broadcast
// CHECK: tensor.empty() : tensor<3x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ROW]], #[[COL]], #[[ID]]]
func.func @add_outer_broadcast(%a: tensor<1x4xf32>, %b: tensor<3x1xf32>) -> tensor<3x4xf32> {
  %0 = "onnx.Add"(%a, %b) : (tensor<1x4xf32>, tensor<3x1xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// Integer arithmetic uses the integer ops; a 0-D operand has an empty map.
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @sub_int_scalar
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[SCALAR]], #{{.*}}]
// CHECK: arith.subi
func.func @sub_int_scalar(%a: tensor<4xi32>, %b: tensor<i32>) -> tensor<4xi32> {
  %0 = "onnx.Sub"(%a, %b) : (tensor<4xi32>, tensor<i32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// CHECK-LABEL: func.func @div_int_is_signed
// CHECK: arith.divsi
func.func @div_int_is_signed(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi64> {
  %0 = "onnx.Div"(%a, %b) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// Sigmoid: 1 / (1 + exp(-x)).
// CHECK-LABEL: func.func @sigmoid
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: linalg.generic
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[NEG:.*]] = arith.negf %[[IN]] : f32
// CHECK-NEXT: %[[EXP:.*]] = math.exp %[[NEG]] : f32
// CHECK-NEXT: %[[DEN:.*]] = arith.addf %[[EXP]], %[[ONE]] : f32
// CHECK-NEXT: %[[Y:.*]] = arith.divf %[[ONE]], %[[DEN]] : f32
// CHECK-NEXT: linalg.yield %[[Y]]
func.func @sigmoid(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "onnx.Sigmoid"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// LeakyRelu: x >= 0 ? x : alpha * x.
// CHECK-LABEL: func.func @leaky_relu
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ALPHA:.*]] = arith.constant 2.000000e-01 : f32
// CHECK: linalg.generic
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[GE:.*]] = arith.cmpf oge, %[[IN]], %[[ZERO]] : f32
// CHECK-NEXT: %[[SCALED:.*]] = arith.mulf %[[IN]], %[[ALPHA]] : f32
// CHECK-NEXT: %[[Y:.*]] = arith.select %[[GE]], %[[IN]], %[[SCALED]] : f32
// CHECK-NEXT: linalg.yield %[[Y]]
func.func @leaky_relu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "onnx.LeakyRelu"(%x) {alpha = 0.2 : f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @tanh
// CHECK: linalg.generic
// CHECK: math.tanh
func.func @tanh(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "onnx.Tanh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Relu lowers for floats only: on integers at opset 13 (Relu-13 has no ONNX
// function definition; Relu-14's expands) the op is left over, and the
// pass names the node, the operator and the model's opset.
module attributes {onnx.opset = 13 : i64} {
  func.func @relu_int(%x: tensor<4xi32>) -> tensor<4xi32> {
    // expected-error @unknown {{node 'relu_int' (Relu, opset 13): operator is not supported by the compiler yet (or not with these types, shapes or attributes)}}
    %0 = "onnx.Relu"(%x) : (tensor<4xi32>) -> tensor<4xi32> loc("relu_int")
    return %0 : tensor<4xi32>
  }
}

// -----

// Without a ranked result the op is left over too.
func.func @unranked(%x: tensor<*xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{(Relu, opset 0): operator is not supported by the compiler yet}}
  %0 = "onnx.Relu"(%x) : (tensor<*xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// Clip with constant bounds (ReLU6): the bounds are folded into the body.
// CHECK-LABEL: func.func @clip_constant
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>)
// CHECK-DAG: %[[HI:.*]] = arith.constant 6.000000e+00 : f32
// CHECK-DAG: %[[LO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<?x4xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[A:.*]] = arith.maximumf %[[IN]], %[[LO]] : f32
// CHECK-NEXT: %[[B:.*]] = arith.minimumf %[[A]], %[[HI]] : f32
// CHECK-NEXT: linalg.yield %[[B]]
func.func @clip_constant(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %lo = "onnx.Constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %hi = "onnx.Constant"() {value = dense<6.0> : tensor<f32>} : () -> tensor<f32>
  %0 = "onnx.Clip"(%x, %lo, %hi) : (tensor<?x4xf32>, tensor<f32>, tensor<f32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// A runtime bound is an input of the generic; an absent one is skipped.
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @clip_runtime_max_int
// CHECK-SAME: (%[[X:.*]]: tensor<5xi32>, %[[HI:.*]]: tensor<i32>)
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[SCALAR]], #{{.*}}]
// CHECK-SAME: ins(%[[X]], %[[HI]] : tensor<5xi32>, tensor<i32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: i32, %[[H:.*]]: i32, %{{.*}}: i32):
// CHECK-NEXT: %[[M:.*]] = arith.minsi %[[IN]], %[[H]] : i32
// CHECK-NEXT: linalg.yield %[[M]]
func.func @clip_runtime_max_int(%x: tensor<5xi32>, %hi: tensor<i32>) -> tensor<5xi32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Clip"(%x, %none, %hi) : (tensor<5xi32>, none, tensor<i32>) -> tensor<5xi32>
  return %0 : tensor<5xi32>
}

// -----

// Pow by a constant 2 is x * x, by 0.5 sqrt(x); any other exponent is
// math.powf, an integer exponent converted first.
// CHECK-LABEL: func.func @pow
// CHECK: ^bb0(%[[A:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: arith.mulf %[[A]], %[[A]] : f32
// CHECK: math.sqrt
// CHECK: ^bb0(%[[B:.*]]: f32, %[[E:.*]]: i64, %{{.*}}: f32):
// CHECK-NEXT: %[[F:.*]] = arith.sitofp %[[E]] : i64 to f32
// CHECK-NEXT: math.powf %[[B]], %[[F]] : f32
func.func @pow(%x: tensor<4xf32>, %e: tensor<4xi64>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %two = "onnx.Constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %half = "onnx.Constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
  %0 = "onnx.Pow"(%x, %two) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = "onnx.Pow"(%x, %half) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %2 = "onnx.Pow"(%x, %e) : (tensor<4xf32>, tensor<4xi64>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Gelu: 0.5 * x * (1 + erf(x / sqrt(2))); with approximate = "tanh" the
// tanh form.
// CHECK-LABEL: func.func @gelu
// CHECK: %[[S:.*]] = arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK-NEXT: %[[E:.*]] = math.erf %[[S]] : f32
// CHECK: math.tanh
func.func @gelu(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = "onnx.Gelu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "onnx.Gelu"(%x) {approximate = "tanh"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// Cast: float -> int truncates toward zero (fptosi), anything -> bool is
// "not zero", bool -> number is 0 or 1, ints extend by sign.
// CHECK-LABEL: func.func @cast
// CHECK: arith.fptosi %{{.*}} : f32 to i32
// CHECK: arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK: arith.uitofp %{{.*}} : i1 to f32
// CHECK: arith.extsi %{{.*}} : i32 to i64
// CHECK: arith.trunci %{{.*}} : i64 to i8
// CHECK: arith.extf %{{.*}} : f32 to f64
func.func @cast(%x: tensor<3xf32>, %b: tensor<3xi1>, %i: tensor<3xi32>, %l: tensor<3xi64>) -> (tensor<3xi32>, tensor<3xi1>, tensor<3xf32>, tensor<3xi64>, tensor<3xi8>, tensor<3xf64>) {
  %0 = "onnx.Cast"(%x) {to = 6 : i64} : (tensor<3xf32>) -> tensor<3xi32>
  %1 = "onnx.Cast"(%x) {to = 9 : i64} : (tensor<3xf32>) -> tensor<3xi1>
  %2 = "onnx.Cast"(%b) {to = 1 : i64} : (tensor<3xi1>) -> tensor<3xf32>
  %3 = "onnx.Cast"(%i) {to = 7 : i64} : (tensor<3xi32>) -> tensor<3xi64>
  %4 = "onnx.Cast"(%l) {to = 3 : i64} : (tensor<3xi64>) -> tensor<3xi8>
  %5 = "onnx.Cast"(%x) {to = 11 : i64} : (tensor<3xf32>) -> tensor<3xf64>
  return %0, %1, %2, %3, %4, %5 : tensor<3xi32>, tensor<3xi1>, tensor<3xf32>, tensor<3xi64>, tensor<3xi8>, tensor<3xf64>
}

// -----

// BitCast: the same bits as another type of the width; bool is a byte of
// 0 or 1 (uiN types become signless after lowering).
// CHECK-LABEL: func.func @bitcast
// CHECK: arith.bitcast %{{.*}} : f32 to i32
// CHECK: arith.extui %{{.*}} : i1 to i8
// CHECK: arith.trunci %{{.*}} : i8 to i1
func.func @bitcast(%x: tensor<3xf32>, %b: tensor<3xi1>, %u: tensor<3xui8>) -> (tensor<3xi32>, tensor<3xui8>, tensor<3xi1>) {
  %0 = "onnx.BitCast"(%x) {to = 6 : i64} : (tensor<3xf32>) -> tensor<3xi32>
  %1 = "onnx.BitCast"(%b) {to = 2 : i64} : (tensor<3xi1>) -> tensor<3xui8>
  %2 = "onnx.BitCast"(%u) {to = 9 : i64} : (tensor<3xui8>) -> tensor<3xi1>
  return %0, %1, %2 : tensor<3xi32>, tensor<3xui8>, tensor<3xi1>
}

// -----

// Variadic Max folds its broadcast operands; PRelu selects the scaled value
// below zero.
// CHECK-LABEL: func.func @max_prelu
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[C:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[A]], %[[B]]
// CHECK-NEXT: arith.maximumf %[[M]], %[[C]]
// CHECK: arith.cmpf olt
// CHECK: arith.select
func.func @max_prelu(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x1xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "onnx.Max"(%a, %b, %c) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
  %1 = "onnx.PRelu"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Mod with fmod = 0 on signed integers: floored (the divisor's sign).
// CHECK-LABEL: func.func @mod_int
// CHECK: ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32, %{{.*}}: i32):
// CHECK: %[[REM:.*]] = arith.remsi %[[X]], %[[Y]] : i32
// CHECK: %[[NZ:.*]] = arith.cmpi ne, %[[REM]], %c0_i32 : i32
// CHECK: %[[RN:.*]] = arith.cmpi slt, %[[REM]], %c0_i32 : i32
// CHECK: %[[YN:.*]] = arith.cmpi slt, %[[Y]], %c0_i32 : i32
// CHECK: %[[DIFF:.*]] = arith.xori %[[RN]], %[[YN]] : i1
// CHECK: %[[ADJ:.*]] = arith.andi %[[NZ]], %[[DIFF]] : i1
// CHECK: %[[SUM:.*]] = arith.addi %[[REM]], %[[Y]] : i32
// CHECK: arith.select %[[ADJ]], %[[SUM]], %[[REM]] : i32
func.func @mod_int(%x: tensor<4xi32>, %y: tensor<4xi32>) -> tensor<4xi32> {
  %0 = "onnx.Mod"(%x, %y) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Mod with fmod = 1: the remainder of truncated division.
// CHECK-LABEL: func.func @mod_fmod
// CHECK: arith.remf %{{.*}}, %{{.*}} : f16
// CHECK-NOT: arith.select
func.func @mod_fmod(%x: tensor<4xf16>, %y: tensor<4xf16>) -> tensor<4xf16> {
  %0 = "onnx.Mod"(%x, %y) <{fmod = 1 : i64}> : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

// Sign, Abs and Neg of signed integers; Round is round-half-to-even.
// CHECK-LABEL: func.func @integer_unary
// CHECK: %[[POS:.*]] = arith.cmpi sgt, %[[X:.*]], %c0_i8 : i8
// CHECK: %[[V:.*]] = arith.select %[[POS]], %c1_i8, %c0_i8 : i8
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[X]], %c0_i8 : i8
// CHECK: arith.select %[[NEG]], %c-1_i8, %[[V]] : i8
// CHECK: math.absi %{{.*}} : i8
// CHECK: arith.subi %c0_i8, %{{.*}} : i8
// CHECK: math.roundeven %{{.*}} : f32
func.func @integer_unary(%x: tensor<3xi8>, %f: tensor<3xf32>) -> (tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xf32>) {
  %0 = "onnx.Sign"(%x) : (tensor<3xi8>) -> tensor<3xi8>
  %1 = "onnx.Abs"(%x) : (tensor<3xi8>) -> tensor<3xi8>
  %2 = "onnx.Neg"(%x) : (tensor<3xi8>) -> tensor<3xi8>
  %3 = "onnx.Round"(%f) : (tensor<3xf32>) -> tensor<3xf32>
  return %0, %1, %2, %3 : tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xf32>
}

// -----

// IsNaN: unordered with itself. IsInf with detect_negative = 0: == +inf only.
// CHECK-LABEL: func.func @classify
// CHECK: arith.cmpf uno, %[[X:.*]], %[[X]] : f64
// CHECK: %[[INF:.*]] = arith.cmpf oeq, %{{.*}}, %cst : f64
// CHECK-NEXT: linalg.yield %[[INF]] : i1
func.func @classify(%x: tensor<3xf64>) -> (tensor<3xi1>, tensor<3xi1>) {
  %0 = "onnx.IsNaN"(%x) : (tensor<3xf64>) -> tensor<3xi1>
  %1 = "onnx.IsInf"(%x) <{detect_negative = 0 : i64}> : (tensor<3xf64>) -> tensor<3xi1>
  return %0, %1 : tensor<3xi1>, tensor<3xi1>
}

// -----

// Pow with an integer base: raised in f64, converted back.
// CHECK-LABEL: func.func @pow_int
// CHECK: %[[B:.*]] = arith.sitofp %{{.*}} : i64 to f64
// CHECK: %[[E:.*]] = arith.sitofp %{{.*}} : i64 to f64
// CHECK: %[[P:.*]] = math.powf %[[B]], %[[E]] : f64
// CHECK: arith.fptosi %[[P]] : f64 to i64
func.func @pow_int(%x: tensor<3xi64>, %y: tensor<3xi64>) -> tensor<3xi64> {
  %0 = "onnx.Pow"(%x, %y) : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}

// -----

// Dropout at inference: the input itself, and an all-true mask.
// CHECK-LABEL: func.func @dropout
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK: %[[MASK:.*]] = linalg.fill ins(%true : i1) outs(%{{.*}} : tensor<2x3xi1>)
// CHECK: return %[[X]], %[[MASK]]
func.func @dropout(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi1>) {
  %none = "onnx.NoValue"() : () -> none
  %0:2 = "onnx.Dropout"(%x, %none, %none) : (tensor<2x3xf32>, none, none) -> (tensor<2x3xf32>, tensor<2x3xi1>)
  return %0#0, %0#1 : tensor<2x3xf32>, tensor<2x3xi1>
}

// -----

// Training mode with a constant ratio of 0 drops nothing (PyTorch's
// F.dropout(x, p=0.0) in torchvision's Swin): the input and an all-true mask.
// CHECK-LABEL: func.func @dropout_training_ratio_zero
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK: %[[MASK:.*]] = linalg.fill ins(%true : i1) outs(%{{.*}} : tensor<2x3xi1>)
// CHECK: return %[[X]], %[[MASK]]
func.func @dropout_training_ratio_zero(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi1>) {
  %ratio = "onnx.Constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %training = "onnx.Constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
  %0:2 = "onnx.Dropout"(%x, %ratio, %training) : (tensor<2x3xf32>, tensor<f32>, tensor<i1>) -> (tensor<2x3xf32>, tensor<2x3xi1>)
  return %0#0, %0#1 : tensor<2x3xf32>, tensor<2x3xi1>
}

// -----

// Training mode with a ratio that is not 0 draws random numbers: left
// over, with the reason.
module attributes {onnx.opset = 22 : i64} {
  func.func @dropout_training(%x: tensor<3xf32>, %t: tensor<i1>) -> tensor<3xf32> {
    %none = "onnx.NoValue"() : () -> none
    // expected-error @unknown {{node 'drop' (Dropout, opset 22): operator is not supported by the compiler yet (or not with these types, shapes or attributes): training mode is not constant false and the ratio not constant 0}}
    %0:2 = "onnx.Dropout"(%x, %none, %t) : (tensor<3xf32>, none, tensor<i1>) -> (tensor<3xf32>, none) loc("drop")
    return %0#0 : tensor<3xf32>
  }
}

// -----

// Trigonometric and hyperbolic functions: one math op each.
// CHECK-LABEL: func.func @trigonometric
// CHECK: math.tan
// CHECK: math.asin
// CHECK: math.acos
// CHECK: math.atan
// CHECK: math.sinh
// CHECK: math.cosh
// CHECK: math.asinh
// CHECK: math.acosh
// CHECK: math.atanh
func.func @trigonometric(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
  %0 = "onnx.Tan"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %1 = "onnx.Asin"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %2 = "onnx.Acos"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %3 = "onnx.Atan"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %4 = "onnx.Sinh"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %5 = "onnx.Cosh"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %6 = "onnx.Asinh"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %7 = "onnx.Acosh"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %8 = "onnx.Atanh"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
}
