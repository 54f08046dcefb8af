// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// Constant -> arith.constant (resource blobs stay resource blobs, the
// weights are never printed inline); Reshape, Flatten, Unsqueeze, Squeeze ->
// tensor.collapse_shape / expand_shape from the inferred result type;
// Transpose -> linalg.transpose.

// CHECK-LABEL: func.func @constants
// CHECK-DAG: %[[W:.*]] = arith.constant dense_resource<weights> : tensor<2xf32>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<[0, -1]> : tensor<2xi64>
// CHECK: return %[[W]], %[[S]]
// CHECK: dialect_resources
// CHECK: weights: "0x040000000000803F00000040"
func.func @constants() -> (tensor<2xf32>, tensor<2xi64>) {
  %0 = "onnx.Constant"() {value = dense_resource<weights> : tensor<2xf32>} : () -> tensor<2xf32>
  %1 = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  return %0, %1 : tensor<2xf32>, tensor<2xi64>
}

{-#
  dialect_resources: {
    builtin: {
      weights: "0x040000000000803F00000040"
    }
  }
#-}

// -----

// The shape operand is not needed once the result type is known.
// CHECK-LABEL: func.func @reshape_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1, 2]] : tensor<?x3x4xf32> into tensor<?x12xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_dynamic_batch(%x: tensor<?x3x4xf32>) -> tensor<?x12xf32> {
  %shape = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<?x12xf32>
  return %0 : tensor<?x12xf32>
}

// -----

// A regrouping that is neither a collapse nor an expansion goes through 1-D.
// CHECK-LABEL: func.func @reshape_regroup
// CHECK-SAME: (%[[X:.*]]: tensor<2x6xf32>)
// CHECK-NEXT: %[[FLAT:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1]] : tensor<2x6xf32> into tensor<12xf32>
// CHECK-NEXT: %[[R:.*]] = tensor.expand_shape %[[FLAT]] {{\[}}[0, 1]] output_shape [3, 4] : tensor<12xf32> into tensor<3x4xf32>
// CHECK-NEXT: return %[[R]]
func.func @reshape_regroup(%x: tensor<2x6xf32>) -> tensor<3x4xf32> {
  %shape = "onnx.Constant"() {value = dense<[3, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<2x6xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// CHECK-LABEL: func.func @flatten
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4x5xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2, 3]] : tensor<?x3x4x5xf32> into tensor<?x20xf32>
// CHECK-NEXT: return %[[R]]
func.func @flatten(%x: tensor<?x3x4x5xf32>) -> tensor<?x20xf32> {
  %0 = "onnx.Flatten"(%x) {axis = 2 : i64} : (tensor<?x3x4x5xf32>) -> tensor<?x20xf32>
  return %0 : tensor<?x20xf32>
}

// -----

// CHECK-LABEL: func.func @unsqueeze
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.expand_shape %[[X]] {{\[}}[0, 1], [2, 3]] output_shape [1, 3, 4, 1] : tensor<3x4xf32> into tensor<1x3x4x1xf32>
// CHECK-NEXT: return %[[R]]
func.func @unsqueeze(%x: tensor<3x4xf32>) -> tensor<1x3x4x1xf32> {
  %axes = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Unsqueeze"(%x, %axes) : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<1x3x4x1xf32>
  return %0 : tensor<1x3x4x1xf32>
}

// -----

// CHECK-LABEL: func.func @squeeze
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x1x4xf32>)
// CHECK-NEXT: %[[R:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1], [2, 3]] : tensor<1x3x1x4xf32> into tensor<3x4xf32>
// CHECK-NEXT: return %[[R]]
func.func @squeeze(%x: tensor<1x3x1x4xf32>) -> tensor<3x4xf32> {
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Squeeze"(%x, %none) : (tensor<1x3x1x4xf32>, none) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// The dynamic dim of the result comes from the input dim that perm moves
// there.
// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %[[C0]]
// CHECK: %[[INIT:.*]] = tensor.empty(%[[N]]) : tensor<4x?x3xf32>
// CHECK: %[[R:.*]] = linalg.transpose ins(%[[X]] : tensor<?x3x4xf32>) outs(%[[INIT]] : tensor<4x?x3xf32>) permutation = [2, 0, 1]
// CHECK: return %[[R]]
func.func @transpose(%x: tensor<?x3x4xf32>) -> tensor<4x?x3xf32> {
  %0 = "onnx.Transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<?x3x4xf32>) -> tensor<4x?x3xf32>
  return %0 : tensor<4x?x3xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_default_perm
// CHECK: linalg.transpose {{.*}} permutation = [1, 0]
func.func @transpose_default_perm(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = "onnx.Transpose"(%x) : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

// An operator with no lowering: the error names the node, the operator and
// the model's opset.
module attributes {onnx.opset = 14 : i64} {
  func.func @unique(%x: tensor<2x3xf32>) -> tensor<?xf32> {
    // expected-error @unknown {{node 'unique_1' (Unique, opset 14): operator is not supported by the compiler yet (or not with these types, shapes or attributes)}}
    %0:4 = "onnx.Unique"(%x) : (tensor<2x3xf32>) -> (tensor<?xf32>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>) loc("unique_1")
    return %0#0 : tensor<?xf32>
  }
}

// -----

// A Reshape whose shape is a model input: each element read as a scalar,
// a 0 copying the input's dim at its position, a -1 taking the elements
// the others leave; a shape that does not hold the input's elements is
// reported at run time and leaves the dims at 0. The input goes through a
// dynamic 1-D view.
// CHECK-LABEL: func.func @reshape_shape_input
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %[[SHAPE:.*]]: tensor<2xi64>)
// CHECK-DAG: %[[C12:.*]] = arith.constant 12 : i64
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK-DAG: %[[MINUS1:.*]] = arith.constant -1 : i64
// CHECK: %[[E0:.*]] = tensor.extract %[[SHAPE]][%{{.*}}] : tensor<2xi64>
// CHECK: %[[IS0:.*]] = arith.cmpi eq, %[[E0]], %[[ZERO]] : i64
// CHECK: %[[S0:.*]] = arith.select %[[IS0]], %{{.*}}, %[[E0]] : i64
// CHECK: %[[INF0:.*]] = arith.cmpi eq, %[[S0]], %[[MINUS1]] : i64
// CHECK: %[[E1:.*]] = tensor.extract %[[SHAPE]][%{{.*}}] : tensor<2xi64>
// CHECK: %[[REST:.*]] = arith.divui %[[C12]], %{{.*}} : i64
// CHECK: %[[D0:.*]] = arith.select %[[INF0]], %[[REST]], %[[S0]] : i64
// CHECK: %[[MISMATCH:.*]] = arith.cmpi ne, %{{.*}}, %[[C12]] : i64
// CHECK: scf.if %[[MISMATCH]] {
// CHECK: func.call @onnxc.index_out_of_range(%{{.*}}, %[[C12]], %[[C12]]) {onnxc.where = "node 'r' (Reshape, opset 0): the shape's element count"}
// CHECK: arith.select %[[MISMATCH]], %[[ZERO]], %[[D0]] : i64
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0, 1]] : tensor<3x4xf32> into tensor<12xf32>
// CHECK: %[[DYN:.*]] = tensor.cast %[[FLAT]] : tensor<12xf32> to tensor<?xf32>
// CHECK: %[[R:.*]] = tensor.expand_shape %[[DYN]] {{\[}}[0, 1]] output_shape [%{{.*}}, %{{.*}}] : tensor<?xf32> into tensor<?x?xf32>
// CHECK: return %[[R]]
func.func @reshape_shape_input(%x: tensor<3x4xf32>, %shape: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32> loc("r")
  return %0 : tensor<?x?xf32>
}

// -----

// allowzero: a 0 is a 0, not the input's dim.
// CHECK-LABEL: func.func @reshape_shape_input_allowzero
// CHECK: tensor.extract
// CHECK-NEXT: arith.cmpi eq, %{{.*}}, %c-1_i64
// CHECK: tensor.expand_shape
func.func @reshape_shape_input_allowzero(%x: tensor<3x4xf32>, %shape: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = "onnx.Reshape"(%x, %shape) {allowzero = 1 : i64} : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// A shape input of unknown length is left over.
func.func @reshape_unknown_result(%x: tensor<?x12xf32>, %shape: tensor<?xi64>) -> tensor<?x?xf32> {
  // expected-error @+1 {{a shape read at run time needs a 1-D i64 tensor of the result's rank}}
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x12xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Concat: each input inserted at its offset along the axis; a dynamic
// batch is read from the first input.
// CHECK-LABEL: func.func @concat_axis1
// CHECK-SAME: (%[[A:.*]]: tensor<?x2x3xf32>, %[[B:.*]]: tensor<?x1x3xf32>, %[[C:.*]]: tensor<?x4x3xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x7x3xf32>
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[A]] into %[[E]][0, 0, 0] [%{{.*}}, 2, 3] [1, 1, 1]
// CHECK: %[[I1:.*]] = tensor.insert_slice %[[B]] into %[[I0]][0, 2, 0] [%{{.*}}, 1, 3] [1, 1, 1]
// CHECK: %[[I2:.*]] = tensor.insert_slice %[[C]] into %[[I1]][0, 3, 0] [%{{.*}}, 4, 3] [1, 1, 1]
// CHECK: return %[[I2]]
func.func @concat_axis1(%a: tensor<?x2x3xf32>, %b: tensor<?x1x3xf32>, %c: tensor<?x4x3xf32>) -> tensor<?x7x3xf32> {
  %0 = "onnx.Concat"(%a, %b, %c) {axis = 1 : i64} : (tensor<?x2x3xf32>, tensor<?x1x3xf32>, tensor<?x4x3xf32>) -> tensor<?x7x3xf32>
  return %0 : tensor<?x7x3xf32>
}

// -----

// Along a dynamic axis the result size and the offsets are sums of dims.
// CHECK-LABEL: func.func @concat_dynamic_axis
// CHECK-SAME: (%[[A:.*]]: tensor<?x3xi64>, %[[B:.*]]: tensor<2x3xi64>)
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[N:.*]] = arith.addi %[[D]], %c2
// CHECK: %[[E:.*]] = tensor.empty(%[[N]]) : tensor<?x3xi64>
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[A]] into %[[E]][0, 0]
// CHECK: tensor.insert_slice %[[B]] into %[[I0]][%{{.*}}, 0] [2, 3] [1, 1]
func.func @concat_dynamic_axis(%a: tensor<?x3xi64>, %b: tensor<2x3xi64>) -> tensor<?x3xi64> {
  %0 = "onnx.Concat"(%a, %b) {axis = 0 : i64} : (tensor<?x3xi64>, tensor<2x3xi64>) -> tensor<?x3xi64>
  return %0 : tensor<?x3xi64>
}

// -----

// Expand with a constant shape: a broadcasting copy.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-LABEL: func.func @expand
// CHECK-SAME: (%[[X:.*]]: tensor<3x1xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3x4xf32>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #{{.*}}]
// CHECK-SAME: ins(%[[X]] : tensor<3x1xf32>) outs(%[[E]] : tensor<2x3x4xf32>)
func.func @expand(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %shape = "onnx.Constant"() {value = dense<[2, 1, 4]> : tensor<3xi64>} : () -> tensor<3xi64>
  %0 = "onnx.Expand"(%x, %shape) : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// ConstantOfShape: a fill of the value (f32 0 by default); dynamic dims
// are read from the shape tensor and checked like any size taken from data
// (each in [0, 2^47], their product too; else reported, and the result is
// empty).
// CHECK-LABEL: func.func @constant_of_shape
// CHECK-SAME: (%[[S:.*]]: tensor<2xi64>)
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[MOST:.*]] = arith.constant 140737488355328 : i64
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3xi64>
// CHECK: %[[F:.*]] = linalg.fill ins(%[[ONE]] : i64) outs(%[[E]] : tensor<2x3xi64>)
// CHECK: %[[D0:.*]] = tensor.extract %[[S]][%c0]
// CHECK: %[[D1:.*]] = tensor.extract %[[S]][%c1]
// CHECK: arith.cmpi sgt, %[[D0]], %[[MOST]] : i64
// CHECK: %[[ROOM:.*]] = arith.divsi %[[MOST]], %{{.*}} : i64
// CHECK: arith.cmpi sgt, %[[D1]], %[[ROOM]] : i64
// CHECK: scf.if %[[BAD:.*]] {
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node '' (ConstantOfShape, opset 0): shape element"}
// CHECK: %[[S0:.*]] = arith.select %[[BAD]], %c0_i64, %[[D0]] : i64
// CHECK: %[[I0:.*]] = arith.index_cast %[[S0]] : i64 to index
// CHECK: %[[S1:.*]] = arith.select %[[BAD]], %c0_i64, %[[D1]] : i64
// CHECK: %[[I1:.*]] = arith.index_cast %[[S1]] : i64 to index
// CHECK: %[[E2:.*]] = tensor.empty(%[[I0]], %[[I1]]) : tensor<?x?xf32>
// CHECK: linalg.fill ins(%[[ZERO]] : f32) outs(%[[E2]] : tensor<?x?xf32>)
func.func @constant_of_shape(%s: tensor<2xi64>) -> (tensor<2x3xi64>, tensor<?x?xf32>) {
  %shape = "onnx.Constant"() {value = dense<[2, 3]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.ConstantOfShape"(%shape) {value = dense<1> : tensor<1xi64>} : (tensor<2xi64>) -> tensor<2x3xi64>
  %1 = "onnx.ConstantOfShape"(%s) : (tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1 : tensor<2x3xi64>, tensor<?x?xf32>
}

// -----

// Range with a static length -> a generic computing start + i * delta.
// CHECK-LABEL: func.func @range
// CHECK: %[[START:.*]] = tensor.extract
// CHECK: %[[DELTA:.*]] = tensor.extract
// CHECK: linalg.generic
// CHECK: %[[I:.*]] = linalg.index 0
// CHECK: arith.index_cast %[[I]] : index to i64
// CHECK: arith.muli
// CHECK: arith.addi %[[START]]
func.func @range(%start: tensor<i64>, %limit: tensor<i64>, %delta: tensor<i64>) -> tensor<16xi64> {
  %0 = "onnx.Range"(%start, %limit, %delta) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<16xi64>
  return %0 : tensor<16xi64>
}

// -----

// Float bounds read at run time: the length is ceil((limit - start) /
// delta) counted in f64, at least 0 (a NaN count too) and at most 2^47.
// CHECK-LABEL: func.func @range_float_run_time_length
// CHECK-DAG: %[[MOST:.*]] = arith.constant 0x42E0000000000000 : f64
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f64
// CHECK: %[[SPAN:.*]] = arith.subf %{{.*}}, %{{.*}} : f64
// CHECK: %[[D:.*]] = arith.extf %{{.*}} : f16 to f64
// CHECK: %[[Q:.*]] = arith.divf %[[SPAN]], %[[D]] : f64
// CHECK: %[[STEPS:.*]] = math.ceil %[[Q]] : f64
// CHECK: %[[LOW:.*]] = arith.maxnumf %[[STEPS]], %[[ZERO]] : f64
// CHECK: %[[HIGH:.*]] = arith.minnumf %[[LOW]], %[[MOST]] : f64
// CHECK: %[[N:[^ ]+]] = arith.fptosi %[[HIGH]] : f64 to i64
// CHECK: %[[LEN:[^ ]+]] = arith.index_cast %[[N]] : i64 to index
// CHECK: tensor.empty(%[[LEN]]) : tensor<?xf16>
// CHECK: linalg.generic
// CHECK: arith.uitofp %{{.*}} : i64 to f16
func.func @range_float_run_time_length(%start: tensor<f16>, %limit: tensor<f16>, %delta: tensor<f16>) -> tensor<?xf16> {
  %0 = "onnx.Range"(%start, %limit, %delta) : (tensor<f16>, tensor<f16>, tensor<f16>) -> tensor<?xf16>
  return %0 : tensor<?xf16>
}

// -----

// A Reshape whose shape is computed from dims at run time (PyTorch's
// q.view(s, b * heads, head_dim) with symbolic s and b): the Shape chain
// becomes scalar arithmetic on tensor.dim, and the data is collapsed to 1-D
// and expanded to those sizes; no onnx op and no shape tensor are left.
// CHECK-LABEL: func.func @computed_reshape
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x768xf32>, %[[Q:.*]]: tensor<?x?x768xf32>)
// CHECK-DAG: %[[S:.*]] = tensor.dim %[[X]], %c0
// CHECK-DAG: %[[B:.*]] = tensor.dim %[[X]], %c1
// CHECK-DAG: %[[B64:.*]] = arith.index_cast %[[B]] : index to i64
// CHECK-DAG: %[[BH64:.*]] = arith.muli %[[B64]], %c12_i64
// CHECK: %[[BH:.*]] = arith.index_cast %[[BH64]] : i64 to index
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[Q]] {{\[}}[0, 1, 2]]
// CHECK: tensor.expand_shape %[[FLAT]] {{\[}}[0, 1, 2]] output_shape [%[[S]], %[[BH]], 64]
// CHECK-SAME: tensor<?xf32> into tensor<?x?x64xf32>
// CHECK-NOT: onnx.
// CHECK-NOT: tensor.from_elements
func.func @computed_reshape(%x: tensor<?x?x768xf32>, %q: tensor<?x?x768xf32>) -> tensor<?x?x64xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x?x768xf32>) -> tensor<3xi64>
  %i0 = "onnx.Constant"() {value = dense<0> : tensor<i64>} : () -> tensor<i64>
  %i1 = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %s = "onnx.Gather"(%shape, %i0) {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %b = "onnx.Gather"(%shape, %i1) {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %heads = "onnx.Constant"() {value = dense<12> : tensor<i64>} : () -> tensor<i64>
  %bh = "onnx.Mul"(%b, %heads) : (tensor<i64>, tensor<i64>) -> tensor<i64>
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %s1 = "onnx.Unsqueeze"(%s, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %bh1 = "onnx.Unsqueeze"(%bh, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %d = "onnx.Constant"() {value = dense<[64]> : tensor<1xi64>} : () -> tensor<1xi64>
  %target = "onnx.Concat"(%s1, %bh1, %d) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %0 = "onnx.Reshape"(%q, %target) : (tensor<?x?x768xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
  return %0 : tensor<?x?x64xf32>
}

// -----

// A computed shape with a -1: the inferred size is the element count over
// the product of the others.
// CHECK-LABEL: func.func @computed_reshape_inferred_dim
// CHECK-SAME: (%[[X:.*]]: tensor<?x?x64xf32>, %[[Y:.*]]: tensor<?x?xf32>)
// CHECK-DAG: %[[B:.*]] = tensor.dim %[[Y]], %c0
// CHECK-DAG: %[[X0:.*]] = tensor.dim %[[X]], %c0
// CHECK-DAG: %[[X1:.*]] = tensor.dim %[[X]], %c1
// CHECK: arith.divui
// CHECK: tensor.expand_shape {{.*}} output_shape [%[[B]], %{{.*}}, 64]
func.func @computed_reshape_inferred_dim(%x: tensor<?x?x64xf32>, %y: tensor<?x?xf32>) -> tensor<?x?x64xf32> {
  %shape = "onnx.Shape"(%y) {start = 0 : i64, end = 1 : i64} : (tensor<?x?xf32>) -> tensor<1xi64>
  %rest = "onnx.Constant"() {value = dense<[-1, 64]> : tensor<2xi64>} : () -> tensor<2xi64>
  %target = "onnx.Concat"(%shape, %rest) {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %0 = "onnx.Reshape"(%x, %target) : (tensor<?x?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
  return %0 : tensor<?x?x64xf32>
}

// -----

// Range with a limit computed from a dim (torch.arange(0, x.size(1), 2)): the
// length max(ceil((limit - start) / delta), 0) is computed from the dim
// (at most 2^47).
// CHECK-LABEL: func.func @range_of_dim
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xi64>)
// CHECK: %[[N:.*]] = tensor.dim %[[X]], %c1
// CHECK: %[[L:.*]] = arith.index_cast %[[N]] : index to i64
// CHECK: %[[STEPS:.*]] = arith.ceildivsi %[[L]], %c2_i64
// CHECK: %[[LOW:.*]] = arith.maxsi %[[STEPS]], %c0_i64
// CHECK: %[[LEN:.*]] = arith.minsi %[[LOW]], %c140737488355328_i64
// CHECK: %[[SIZE:.*]] = arith.index_cast %[[LEN]] : i64 to index
// CHECK: tensor.empty(%[[SIZE]]) : tensor<?xi64>
// CHECK: linalg.generic
func.func @range_of_dim(%x: tensor<?x?xi64>) -> tensor<?xi64> {
  %shape = "onnx.Shape"(%x) : (tensor<?x?xi64>) -> tensor<2xi64>
  %i1 = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %i0 = "onnx.Constant"() {value = dense<0> : tensor<i64>} : () -> tensor<i64>
  %seq = "onnx.Gather"(%shape, %i1) {axis = 0 : i64} : (tensor<2xi64>, tensor<i64>) -> tensor<i64>
  %i2 = "onnx.Constant"() {value = dense<2> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.Range"(%i0, %seq, %i2) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// ConstantOfShape with a shape computed from dims (PyTorch's
// torch.zeros(x.size(0), x.size(1) * 2)): the sizes come from tensor.dim
// arithmetic, not from a shape tensor in memory.
// CHECK-LABEL: func.func @constant_of_computed_shape
// CHECK-SAME: (%[[X:.*]]: tensor<?x?xf32>)
// CHECK-DAG: %[[B:.*]] = tensor.dim %[[X]], %c0
// CHECK-DAG: %[[S:.*]] = tensor.dim %[[X]], %c1
// CHECK: %[[EMPTY:.*]] = tensor.empty({{.*}}) : tensor<?x?xf32>
// CHECK: linalg.fill {{.*}} outs(%[[EMPTY]]
// CHECK-NOT: onnx.
func.func @constant_of_computed_shape(%x: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x?xf32>) -> tensor<2xi64>
  %two = "onnx.Constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %scaled = "onnx.Mul"(%shape, %two) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %0 = "onnx.ConstantOfShape"(%scaled) : (tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Expand with a shape computed from a model input's elements (ComputedShapes
// reads them as scalars): a result dim the data carries (3) stays, the
// others are the shape's elements, checked like any size taken from data;
// the data is read through an affine map (its unit dim at 0).
// CHECK-DAG: #[[READ:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-LABEL: func.func @expand_computed_shape
// CHECK-SAME: (%[[X:.*]]: tensor<3x1xf32>, %[[N:.*]]: tensor<1xi64>)
// CHECK: %[[E:.*]] = tensor.extract %[[N]][%c0] : tensor<1xi64>
// CHECK: arith.cmpi slt, %{{.*}}, %c0_i64
// CHECK: scf.if %[[BAD:.*]] {
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'e' (Expand, opset 0): shape element"}
// CHECK: %[[S:.*]] = arith.select %[[BAD]], %c0_i64, %{{.*}} : i64
// CHECK: %[[I:.*]] = arith.index_cast %[[S]] : i64 to index
// CHECK: %[[INIT:.*]] = tensor.empty(%[[I]], %{{.*}}) : tensor<?x3x?xf32>
// CHECK: linalg.generic {indexing_maps = [#[[READ]], #{{.*}}], {{.*}} ins(%[[X]] : tensor<3x1xf32>) outs(%[[INIT]] : tensor<?x3x?xf32>)
func.func @expand_computed_shape(%x: tensor<3x1xf32>, %n: tensor<1xi64>) -> tensor<?x3x?xf32> {
  %c = "onnx.Constant"() {value = dense<[3]> : tensor<1xi64>} : () -> tensor<1xi64>
  %s = "onnx.Concat"(%n, %c, %n) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %0 = "onnx.Expand"(%x, %s) : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<?x3x?xf32> loc("e")
  return %0 : tensor<?x3x?xf32>
}

// -----

// Expand with a shape input: an element against a dim the data carries must
// be 1 or that dim, else it is reported (the result keeps the data's dim).
// CHECK-LABEL: func.func @expand_shape_input
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>, %[[S:.*]]: tensor<1xi64>)
// CHECK: %[[E:.*]] = tensor.extract %[[S]][%c0] : tensor<1xi64>
// CHECK-DAG: %[[SAME:.*]] = arith.cmpi eq, %{{.*}}, %c4_i64
// CHECK-DAG: %[[ONE:.*]] = arith.cmpi eq, %{{.*}}, %c1_i64
// CHECK: %[[FITS:.*]] = arith.ori %[[ONE]], %[[SAME]]
// CHECK: %[[MISMATCH:.*]] = arith.xori %[[FITS]], %true
// CHECK: scf.if %[[MISMATCH]] {
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "node 'e' (Expand, opset 0): shape element (it must be 1 or the data's dim)"}
// CHECK: tensor.empty() : tensor<4xf32>
func.func @expand_shape_input(%x: tensor<4xf32>, %s: tensor<1xi64>) -> tensor<4xf32> {
  %0 = "onnx.Expand"(%x, %s) : (tensor<4xf32>, tensor<1xi64>) -> tensor<4xf32> loc("e")
  return %0 : tensor<4xf32>
}

// -----

// Shape and Size used as data (not read as a shape) -> tensor.from_elements
// of the dims.
// CHECK-LABEL: func.func @shape_and_size
// CHECK-SAME: (%[[X:.*]]: tensor<?x3xf32>)
// CHECK: %[[D:.*]] = tensor.dim %[[X]], %c0
// CHECK: %[[D64:.*]] = arith.index_cast %[[D]] : index to i64
// CHECK: %[[SHAPE:.*]] = tensor.from_elements %[[D64]], %c3_i64 : tensor<2xi64>
// CHECK: %[[N:.*]] = arith.muli %{{.*}}, %c3_i64 : i64
// CHECK: %[[SIZE:.*]] = tensor.from_elements %[[N]] : tensor<i64>
// CHECK: return %[[SHAPE]], %[[SIZE]]
func.func @shape_and_size(%x: tensor<?x3xf32>) -> (tensor<2xi64>, tensor<i64>) {
  %0 = "onnx.Shape"(%x) : (tensor<?x3xf32>) -> tensor<2xi64>
  %1 = "onnx.Size"(%x) : (tensor<?x3xf32>) -> tensor<i64>
  return %0, %1 : tensor<2xi64>, tensor<i64>
}

// -----

// Range bounds of shape [1] (exporters write them so) are read at [0].
// CHECK-LABEL: func.func @range_one_element_bounds
// CHECK-SAME: (%{{.*}}: tensor<1xi64>, %[[LIMIT:.*]]: tensor<1xi64>
// CHECK: tensor.extract %[[LIMIT]][%c0] : tensor<1xi64>
func.func @range_one_element_bounds(%start: tensor<1xi64>, %limit: tensor<1xi64>, %delta: tensor<1xi64>) -> tensor<?xi64> {
  %0 = "onnx.Range"(%start, %limit, %delta) : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

// A window function's length (`Cast(n) - 1` in float, the bound of a
// Range): the 0-D generics on the model input become scalar code, so the
// Range's length is a scalar computation on the input's element that the
// arena planner can evaluate before the run.
// CHECK-LABEL: func.func @scalar_size_arithmetic
// CHECK-SAME: (%[[N:.*]]: tensor<i32>)
// CHECK-NOT: linalg.generic {{.*}} iterator_types = []
// CHECK: %[[E:.*]] = tensor.extract %[[N]][] : tensor<i32>
// CHECK: %[[F:.*]] = arith.sitofp %[[E]] : i32 to f32
// CHECK: %[[L:.*]] = arith.subf %[[F]], %{{.*}} : f32
// CHECK: arith.extf %[[L]] : f32 to f64
// CHECK: tensor.empty(%{{.*}}) : tensor<?xf32>
func.func @scalar_size_arithmetic(%n: tensor<i32>) -> tensor<?xf32> {
  %zero = "onnx.Constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %one = "onnx.Constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %f = "onnx.Cast"(%n) {to = 1 : i64} : (tensor<i32>) -> tensor<f32>
  %limit = "onnx.Sub"(%f, %one) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %0 = "onnx.Range"(%zero, %limit, %one) : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
