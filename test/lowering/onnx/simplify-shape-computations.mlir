// RUN: onnxc-opt %s --split-input-file --onnxc-onnx-simplify-shape-computations | FileCheck %s

// onnxc-onnx-simplify-shape-computations: each element of a Reshape's
// computed shape is traced to a constant or a tensor dim. A dynamic dim of
// the reshaped tensor at the same position becomes 0 (copy), a static dim
// becomes its size, and the shape becomes one onnx.Constant; the dead
// Shape/Gather/Unsqueeze/Concat chain is erased.

// PyTorch's x.view(x.size(0), -1) with a dynamic batch.
// CHECK-LABEL: func.func @view_dynamic_batch
// CHECK-SAME: (%[[X:.*]]: tensor<?x3x4xf32>)
// CHECK-NEXT: %[[SHAPE:.*]] = "onnx.Constant"() <{value = dense<[0, -1]> : tensor<2xi64>}>
// CHECK-NEXT: %[[R:.*]] = "onnx.Reshape"(%[[X]], %[[SHAPE]])
// CHECK-SAME: -> tensor<?x12xf32>
// CHECK-NEXT: return %[[R]]
func.func @view_dynamic_batch(%x: tensor<?x3x4xf32>) -> tensor<?x12xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x3x4xf32>) -> tensor<3xi64>
  %zero = "onnx.Constant"() {value = dense<0> : tensor<i64>} : () -> tensor<i64>
  %batch = "onnx.Gather"(%shape, %zero) {axis = 0 : i64} : (tensor<3xi64>, tensor<i64>) -> tensor<i64>
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %batch1 = "onnx.Unsqueeze"(%batch, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %minus1 = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %s = "onnx.Concat"(%batch1, %minus1) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %s) : (tensor<?x3x4xf32>, tensor<2xi64>) -> tensor<?x12xf32>
  return %0 : tensor<?x12xf32>
}

// -----

// Static dims of the traced tensor become their sizes, wherever they sit;
// the dynamic dim 0 stays a copy (0) because it is at position 0.
// CHECK-LABEL: func.func @static_dims_become_sizes
// CHECK-NEXT: %[[SHAPE:.*]] = "onnx.Constant"() <{value = dense<[0, 4, 3]> : tensor<3xi64>}>
// CHECK-NEXT: "onnx.Reshape"(%{{.*}}, %[[SHAPE]])
func.func @static_dims_become_sizes(%x: tensor<?x3x4xf32>) -> tensor<?x4x3xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x3x4xf32>) -> tensor<3xi64>
  %indices = "onnx.Constant"() {value = dense<[0, -1, 1]> : tensor<3xi64>} : () -> tensor<3xi64>
  %s = "onnx.Gather"(%shape, %indices) {axis = 0 : i64} : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
  %0 = "onnx.Reshape"(%x, %s) : (tensor<?x3x4xf32>, tensor<3xi64>) -> tensor<?x4x3xf32>
  return %0 : tensor<?x4x3xf32>
}

// -----

// Shape with start/end, a Cast and an Identity are traced through; a static
// dim of another tensor is a constant too.
// CHECK-LABEL: func.func @start_end_cast_identity
// CHECK-NEXT: %[[SHAPE:.*]] = "onnx.Constant"() <{value = dense<[0, 3, 4]> : tensor<3xi64>}>
// CHECK-NEXT: "onnx.Reshape"(%{{.*}}, %[[SHAPE]])
func.func @start_end_cast_identity(%x: tensor<?x12xf32>, %y: tensor<?x3x4xf32>) -> tensor<?x3x4xf32> {
  %batch = "onnx.Shape"(%x) {end = 1 : i64} : (tensor<?x12xf32>) -> tensor<1xi64>
  %inner = "onnx.Shape"(%y) {start = 1 : i64} : (tensor<?x3x4xf32>) -> tensor<2xi64>
  %cast = "onnx.Cast"(%inner) {to = 7 : i64} : (tensor<2xi64>) -> tensor<2xi64>
  %id = "onnx.Identity"(%cast) : (tensor<2xi64>) -> tensor<2xi64>
  %s = "onnx.Concat"(%batch, %id) {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %0 = "onnx.Reshape"(%x, %s) : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
  return %0 : tensor<?x3x4xf32>
}

// -----

// A dynamic dim of another tensor cannot become 0: left alone.
// CHECK-LABEL: func.func @dynamic_dim_of_other_tensor
// CHECK-SAME: (%[[X:.*]]: tensor<?x12xf32>, %[[Y:.*]]: tensor<?x3x4xf32>)
// CHECK-NEXT: %[[S:.*]] = "onnx.Shape"(%[[Y]])
// CHECK-NEXT: "onnx.Reshape"(%[[X]], %[[S]])
func.func @dynamic_dim_of_other_tensor(%x: tensor<?x12xf32>, %y: tensor<?x3x4xf32>) -> tensor<?x3x4xf32> {
  %shape = "onnx.Shape"(%y) : (tensor<?x3x4xf32>) -> tensor<3xi64>
  %0 = "onnx.Reshape"(%x, %shape) : (tensor<?x12xf32>, tensor<3xi64>) -> tensor<?x3x4xf32>
  return %0 : tensor<?x3x4xf32>
}

// -----

// A dynamic dim of the reshaped tensor moved to another position: left alone.
// CHECK-LABEL: func.func @dynamic_dim_moved
// CHECK: "onnx.Gather"
// CHECK: "onnx.Reshape"
func.func @dynamic_dim_moved(%x: tensor<?x12xf32>) -> tensor<12x?xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x12xf32>) -> tensor<2xi64>
  %indices = "onnx.Constant"() {value = dense<[1, 0]> : tensor<2xi64>} : () -> tensor<2xi64>
  %s = "onnx.Gather"(%shape, %indices) {axis = 0 : i64} : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %s) : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<12x?xf32>
  return %0 : tensor<12x?xf32>
}

// -----

// With allowzero = 1 a 0 means size 0, so the copy cannot be expressed.
// CHECK-LABEL: func.func @allowzero_dynamic_dim
// CHECK: "onnx.Shape"
// CHECK: "onnx.Reshape"
func.func @allowzero_dynamic_dim(%x: tensor<?x12xf32>) -> tensor<?x12xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x12xf32>) -> tensor<2xi64>
  %0 = "onnx.Reshape"(%x, %shape) {allowzero = 1 : i64} : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<?x12xf32>
  return %0 : tensor<?x12xf32>
}

// -----

// A shape from a function argument is not traceable.
// CHECK-LABEL: func.func @untraceable_shape
// CHECK-SAME: (%[[X:.*]]: tensor<?x12xf32>, %[[S:.*]]: tensor<2xi64>)
// CHECK-NEXT: "onnx.Reshape"(%[[X]], %[[S]])
func.func @untraceable_shape(%x: tensor<?x12xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  %0 = "onnx.Reshape"(%x, %s) : (tensor<?x12xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// Shape arithmetic on constants folds (PyTorch's chunk bounds of a packed
// q/k/v projection), and the Slice it feeds gets a static type.
// CHECK-LABEL: func.func @fold_shape_arithmetic
// CHECK-NOT: "onnx.Mul"
// CHECK-NOT: "onnx.Add"
// CHECK: "onnx.Slice"{{.*}} -> tensor<2x8xf32>
// CHECK: return {{.*}} : tensor<2x8xf32>
func.func @fold_shape_arithmetic(%x: tensor<2x24xf32>) -> tensor<*xf32> {
  %none = "onnx.NoValue"() : () -> none
  %c8 = "onnx.Constant"() {value = dense<8> : tensor<1xi64>} : () -> tensor<1xi64>
  %c1 = "onnx.Constant"() {value = dense<1> : tensor<1xi64>} : () -> tensor<1xi64>
  %c2 = "onnx.Constant"() {value = dense<2> : tensor<1xi64>} : () -> tensor<1xi64>
  %start = "onnx.Mul"(%c8, %c1) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %end = "onnx.Add"(%start, %c8) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %axes = "onnx.Sub"(%c2, %c1) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %y = "onnx.Slice"(%x, %start, %end, %axes, %none) : (tensor<2x24xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<*xf32>
  return %y : tensor<*xf32>
}

// -----

// Types refined by folding reach later ops: the Shape of the Slice result
// folds in turn, and the Reshape to that shape folds away.
// CHECK-LABEL: func.func @types_propagate_through_folds
// CHECK-SAME: -> tensor<2x8xf32>
// CHECK-NOT: "onnx.Shape"
// CHECK-NOT: "onnx.Reshape"
// CHECK: return {{.*}} : tensor<2x8xf32>
func.func @types_propagate_through_folds(%x: tensor<2x24xf32>) -> tensor<*xf32> {
  %none = "onnx.NoValue"() : () -> none
  %c8 = "onnx.Constant"() {value = dense<8> : tensor<1xi64>} : () -> tensor<1xi64>
  %c1 = "onnx.Constant"() {value = dense<1> : tensor<1xi64>} : () -> tensor<1xi64>
  %end = "onnx.Add"(%c8, %c8) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %y = "onnx.Slice"(%x, %c8, %end, %c1, %none) : (tensor<2x24xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<*xf32>
  %shape = "onnx.Shape"(%y) : (tensor<*xf32>) -> tensor<*xi64>
  %z = "onnx.Reshape"(%y, %shape) : (tensor<*xf32>, tensor<*xi64>) -> tensor<*xf32>
  return %z : tensor<*xf32>
}

// -----

// A shape element that traces to a static dim folds to a constant even when
// the tensor has dynamic dims, and so does arithmetic on it: the Slice bound
// becomes constant and the Slice result static in its last dim (PyTorch's
// q/k/v split of a packed [?, ?, 2304] projection).
// CHECK-LABEL: func.func @static_dim_of_dynamic_tensor
// CHECK-NOT: "onnx.Shape"
// CHECK-NOT: "onnx.Div"
// CHECK: "onnx.Slice"{{.*}} -> tensor<?x?x768xf32>
func.func @static_dim_of_dynamic_tensor(%x: tensor<?x?x2304xf32>) -> tensor<?x?x?xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x?x2304xf32>) -> tensor<3xi64>
  %two = "onnx.Constant"() {value = dense<[2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %last = "onnx.Gather"(%shape, %two) {axis = 0 : i64} : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %three = "onnx.Constant"() {value = dense<[3]> : tensor<1xi64>} : () -> tensor<1xi64>
  %end = "onnx.Div"(%last, %three) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %start = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %axes = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Slice"(%x, %start, %end, %axes, %none) : (tensor<?x?x2304xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, none) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// A Slice of a shape tensor is traced: Shape(x)[-2:] of a [?, 3, 4] x is
// [3, 4].
// CHECK-LABEL: func.func @slice_of_shape
// CHECK-NEXT: %[[C:.*]] = "onnx.Constant"() <{value = dense<[3, 4]> : tensor<2xi64>}>
// CHECK-NEXT: return %[[C]]
func.func @slice_of_shape(%x: tensor<?x3x4xf32>) -> tensor<2xi64> {
  %shape = "onnx.Shape"(%x) : (tensor<?x3x4xf32>) -> tensor<3xi64>
  %start = "onnx.Constant"() {value = dense<[-2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %end = "onnx.Constant"() {value = dense<[100]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = "onnx.NoValue"() : () -> none
  %0 = "onnx.Slice"(%shape, %start, %end, %none, %none) : (tensor<3xi64>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// PyTorch's multi-head attention reshape q.view(s, b * heads, head_dim) with
// symbolic s and b: the shape stays computed (b * 12 is known only at run
// time, and s is a dim of another tensor), but the result type learns the
// static head_dim.
// CHECK-LABEL: func.func @computed_shape_partial_type
// CHECK: "onnx.Mul"
// CHECK: "onnx.Reshape"{{.*}} -> tensor<?x?x64xf32>
func.func @computed_shape_partial_type(%x: tensor<?x?x768xf32>, %q: tensor<?x?x768xf32>) -> tensor<?x?x?xf32> {
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
  %0 = "onnx.Reshape"(%q, %target) : (tensor<?x?x768xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// Where between one value and itself is that value whatever the condition
// (exported function bodies write `cond ? n : n`), so the Expand's shape
// folds to a constant and its result type is static.
// CHECK-LABEL: func.func @where_same_branches
// CHECK: "onnx.Expand"({{.*}}) : (tensor<2x1x4xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
func.func @where_same_branches(%x: tensor<2x1x4xf32>, %c: tensor<1xi1>) -> tensor<*xf32> {
  %a = "onnx.Constant"() <{value = dense<2> : tensor<1xi64>}> : () -> tensor<1xi64>
  %b = "onnx.Constant"() <{value = dense<3> : tensor<1xi64>}> : () -> tensor<1xi64>
  %d = "onnx.Constant"() <{value = dense<4> : tensor<1xi64>}> : () -> tensor<1xi64>
  %w = "onnx.Where"(%c, %b, %b) : (tensor<1xi1>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %s = "onnx.Concat"(%a, %w, %d) <{axis = 0 : i64}> : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<3xi64>
  %0 = "onnx.Expand"(%x, %s) : (tensor<2x1x4xf32>, tensor<3xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// ONNX's function bodies compute reduction axes as Range(axis, Size(Shape(x)))
// (RMSNormalization): with a ranked x both fold, and the axes are constant.
// CHECK-LABEL: func.func @size_range_axes
// CHECK: %[[AXES:.*]] = "onnx.Constant"() <{value = dense<[1, 2]> : tensor<2xi64>}>
// CHECK: "onnx.ReduceMean"(%{{.*}}, %[[AXES]])
// CHECK-NOT: onnx.Range
func.func @size_range_axes(%x: tensor<?x3x4xf32>) -> tensor<?x?x?xf32> {
  %shape = "onnx.Shape"(%x) : (tensor<?x3x4xf32>) -> tensor<3xi64>
  %rank = "onnx.Size"(%shape) : (tensor<3xi64>) -> tensor<i64>
  %axis = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %one = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %axes = "onnx.Range"(%axis, %rank, %one) : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  %0 = "onnx.ReduceMean"(%x, %axes) : (tensor<?x3x4xf32>, tensor<?xi64>) -> tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}

// -----

// Grouped-query attention's definition picks the group size with
// Mod/Equal/Not/And/Where over the heads: with static heads it folds, and
// the Expand's shape with it.
// CHECK-LABEL: func.func @gqa_group_size
// CHECK: %[[SHAPE:.*]] = "onnx.Constant"() <{value = dense<[2, 3, 3, 6]> : tensor<4xi64>}>
// CHECK: "onnx.Expand"(%{{.*}}, %[[SHAPE]]) : (tensor<2x3x1x6xf32>, tensor<4xi64>) -> tensor<2x3x3x6xf32>
func.func @gqa_group_size(%q: tensor<2x9x6xf32>, %k: tensor<2x3x1x6xf32>) -> tensor<*xf32> {
  %qh = "onnx.Shape"(%q) {start = 1 : i64, end = 2 : i64} : (tensor<2x9x6xf32>) -> tensor<1xi64>
  %kshape = "onnx.Shape"(%k) : (tensor<2x3x1x6xf32>) -> tensor<4xi64>
  %b = "onnx.Shape"(%k) {end = 1 : i64} : (tensor<2x3x1x6xf32>) -> tensor<1xi64>
  %kh = "onnx.Shape"(%k) {start = 1 : i64, end = 2 : i64} : (tensor<2x3x1x6xf32>) -> tensor<1xi64>
  %d = "onnx.Shape"(%k) {start = 3 : i64} : (tensor<2x3x1x6xf32>) -> tensor<1xi64>
  %zero = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %one = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %same = "onnx.Equal"(%qh, %kh) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
  %differ = "onnx.Not"(%same) : (tensor<1xi1>) -> tensor<1xi1>
  %ratio = "onnx.Div"(%qh, %kh) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %rem = "onnx.Mod"(%qh, %kh) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %divides = "onnx.Equal"(%rem, %zero) : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
  %gqa = "onnx.And"(%differ, %divides) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
  %group = "onnx.Where"(%gqa, %ratio, %one) : (tensor<1xi1>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %s = "onnx.Concat"(%b, %kh, %group, %d) {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4xi64>
  %0 = "onnx.Expand"(%k, %s) : (tensor<2x3x1x6xf32>, tensor<4xi64>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

// An If whose condition traces to a constant (AffineGrid's definition
// branches on Size(size) == 4) is replaced by the ops of the branch taken.
// CHECK-LABEL: func.func @if_constant_condition
// CHECK-SAME: (%[[X:.*]]: tensor<4xi64>)
// CHECK-NOT: onnx.If
// CHECK-NOT: onnx.Neg
// CHECK: return %[[X]]
func.func @if_constant_condition(%x: tensor<4xi64>) -> tensor<4xi64> {
  %n = "onnx.Size"(%x) : (tensor<4xi64>) -> tensor<i64>
  %four = "onnx.Constant"() {value = dense<4> : tensor<i64>} : () -> tensor<i64>
  %c = "onnx.Equal"(%n, %four) : (tensor<i64>, tensor<i64>) -> tensor<i1>
  %0 = "onnx.If"(%c) ({
    %e = "onnx.Neg"(%x) : (tensor<4xi64>) -> tensor<4xi64>
    "onnx.Yield"(%e) : (tensor<4xi64>) -> ()
  }, {
    %t = "onnx.Identity"(%x) : (tensor<4xi64>) -> tensor<4xi64>
    "onnx.Yield"(%t) : (tensor<4xi64>) -> ()
  }) : (tensor<i1>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// Elements of a model input stay run-time values: the Max of a shape and a
// requested size (CenterCropPad) does not fold.
// CHECK-LABEL: func.func @input_elements_do_not_fold
// CHECK: "onnx.Max"
func.func @input_elements_do_not_fold(%x: tensor<4x5xf32>, %s: tensor<2xi64>) -> tensor<2xi64> {
  %shape = "onnx.Shape"(%x) : (tensor<4x5xf32>) -> tensor<2xi64>
  %0 = "onnx.Max"(%shape, %s) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}
