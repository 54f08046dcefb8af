// RUN: onnxc-opt %s --split-input-file --verify-diagnostics --onnxc-convert-onnx-to-linalg | FileCheck %s

// GatherElements, GatherND, ScatterElements, ScatterND and OneHot. The
// indices go through the checks of IndexChecks.h (a reduction that reports
// the first index out of range, then a generic that wraps and clamps);
// a dim of the indices or updates that walks a dynamic data dim is checked
// at run time and the walk stays within the data (clamped positions for
// the gathers, clamped loop bounds for the scatters).

// CHECK-LABEL: func.func @gather_elements
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xf32>, %[[I:.*]]: tensor<?x2xi64>)
// CHECK-DAG: %[[ROWS:.*]] = tensor.dim %[[X]], %c0
// CHECK-DAG: %[[IROWS:.*]] = tensor.dim %[[I]], %c0
// CHECK: %[[IROWS64:.*]] = arith.index_cast %[[IROWS]] : index to i64
// CHECK: %[[ROWS64:.*]] = arith.index_cast %[[ROWS]] : index to i64
// CHECK: %[[TOOBIG:.*]] = arith.cmpi sgt, %[[IROWS64]], %[[ROWS64]] : i64
// CHECK: scf.if %[[TOOBIG]] {
// CHECK-NEXT: func.call @onnxc.index_out_of_range(%[[IROWS64]], %{{.*}}, %[[ROWS64]]) {onnxc.where = "{{.*}}(GatherElements{{.*}}): indices dim 0 size"}
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "{{.*}}(GatherElements{{.*}}): indices element"}
// CHECK: %[[CHECKED:.*]] = linalg.generic {{.*}} ins(%[[I]] : tensor<?x2xi64>) outs(%{{.*}} : tensor<?x2xi64>)
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[CHECKED]] : tensor<?x2xi64>) outs(%{{.*}} : tensor<?x2xf32>)
// CHECK-NEXT: ^bb0(%[[IDX:.*]]: i64, %{{.*}}: f32):
// CHECK: %[[ROW:.*]] = linalg.index 0 : index
// CHECK: %[[LASTROW:.*]] = arith.subi %[[ROWS]], %c1
// CHECK: %[[SAFEROW:.*]] = arith.minsi %[[ROW]], %[[LASTROW]] : index
// CHECK: %[[COL:.*]] = arith.index_cast %[[IDX]] : i64 to index
// CHECK: scf.if
// CHECK: tensor.extract %[[X]][%[[SAFEROW]], %[[COL]]]
// CHECK: return %[[R]]
func.func @gather_elements(%x: tensor<?x4xf32>, %i: tensor<?x2xi64>) -> tensor<?x2xf32> {
  %0 = "onnx.GatherElements"(%x, %i) {axis = 1 : i64} : (tensor<?x4xf32>, tensor<?x2xi64>) -> tensor<?x2xf32>
  return %0 : tensor<?x2xf32>
}

// -----

// Index tuples of length 2 after one batch dim: each tuple component is
// checked against its own data dim (3 or 4).
// CHECK-LABEL: func.func @gather_nd_batch
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>, %[[I:.*]]: tensor<2x5x2xi64>)
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction", "reduction", "reduction"]} ins(%[[I]]
// CHECK: %[[COMPONENT:.*]] = linalg.index 2 : index
// CHECK: arith.cmpi eq, %[[COMPONENT]], %c0
// CHECK: arith.select %{{.*}}, %c3_i64, %c4_i64 : i64
// CHECK: %[[CHECKED:.*]] = linalg.generic {{.*}} ins(%[[I]] : tensor<2x5x2xi64>) outs(%{{.*}} : tensor<2x5x2xi64>)
// CHECK: %[[R:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<2x5xf32>)
// CHECK: %[[B:.*]] = linalg.index 0 : index
// CHECK: %[[J:.*]] = linalg.index 1 : index
// CHECK: %[[T0:.*]] = tensor.extract %[[CHECKED]][%[[B]], %[[J]], %c0]
// CHECK: %[[P0:.*]] = arith.index_cast %[[T0]]
// CHECK: %[[T1:.*]] = tensor.extract %[[CHECKED]][%[[B]], %[[J]], %c1]
// CHECK: %[[P1:.*]] = arith.index_cast %[[T1]]
// CHECK: tensor.extract %[[X]][%[[B]], %[[P0]], %[[P1]]]
// CHECK: return %[[R]]
func.func @gather_nd_batch(%x: tensor<2x3x4xf32>, %i: tensor<2x5x2xi64>) -> tensor<2x5xf32> {
  %0 = "onnx.GatherND"(%x, %i) {batch_dims = 1 : i64} : (tensor<2x3x4xf32>, tensor<2x5x2xi64>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

// Scatter with a reduction: a loop nest over the updates, each one added
// to the element its (checked) index names.
// CHECK-LABEL: func.func @scatter_elements_add
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %[[I:.*]]: tensor<2x4xi64>, %[[U:.*]]: tensor<2x4xf32>)
// CHECK: %[[CHECKED:.*]] = linalg.generic {{.*}} ins(%[[I]] : tensor<2x4xi64>) outs(%{{.*}} : tensor<2x4xi64>)
// CHECK: %[[R:.*]] = scf.for %[[A:.*]] = %c0 to %c2 step %c1 iter_args(%[[OUTER:.*]] = %[[X]]) -> (tensor<3x4xf32>)
// CHECK: scf.for %[[B:.*]] = %c0 to %c4 step %c1 iter_args(%[[ACC:.*]] = %[[OUTER]]) -> (tensor<3x4xf32>)
// CHECK: %[[IDX:.*]] = tensor.extract %[[CHECKED]][%[[A]], %[[B]]]
// CHECK: %[[ROW:.*]] = arith.index_cast %[[IDX]]
// CHECK: %[[UPD:.*]] = tensor.extract %[[U]][%[[A]], %[[B]]]
// CHECK: %[[OLD:.*]] = tensor.extract %[[ACC]][%[[ROW]], %[[B]]]
// CHECK: %[[NEW:.*]] = arith.addf %[[OLD]], %[[UPD]]
// CHECK: tensor.insert %[[NEW]] into %[[ACC]][%[[ROW]], %[[B]]]
// CHECK: return %[[R]]
func.func @scatter_elements_add(%x: tensor<3x4xf32>, %i: tensor<2x4xi64>, %u: tensor<2x4xf32>) -> tensor<3x4xf32> {
  %0 = "onnx.ScatterElements"(%x, %i, %u) {axis = 0 : i64, reduction = "add"} : (tensor<3x4xf32>, tensor<2x4xi64>, tensor<2x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// A dynamic number of updated rows: checked against the indices' rows at
// run time, and the loop runs over the smaller of the two.
// CHECK-LABEL: func.func @scatter_nd_rows
// CHECK-SAME: (%[[X:.*]]: tensor<4x5xf32>, %[[I:.*]]: tensor<?x1xi64>, %[[U:.*]]: tensor<?x5xf32>)
// CHECK-DAG: %[[IROWS:.*]] = tensor.dim %[[I]], %c0
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "{{.*}}(ScatterND{{.*}}): updates dim 0 size"}
// CHECK: func.call @onnxc.index_out_of_range({{.*}}) {onnxc.where = "{{.*}}(ScatterND{{.*}}): indices element"}
// CHECK: %[[UROWS:.*]] = tensor.dim %[[U]], %c0
// CHECK: %[[N:.*]] = arith.minsi %[[UROWS]], %[[IROWS]] : index
// CHECK: scf.for %{{.*}} = %c0 to %[[N]] step %c1 iter_args(%{{.*}} = %[[X]])
// CHECK: scf.for %{{.*}} = %c0 to %c5 step %c1
// CHECK-NOT: arith.addf
// CHECK: tensor.insert
func.func @scatter_nd_rows(%x: tensor<4x5xf32>, %i: tensor<?x1xi64>, %u: tensor<?x5xf32>) -> tensor<4x5xf32> {
  %0 = "onnx.ScatterND"(%x, %i, %u) : (tensor<4x5xf32>, tensor<?x1xi64>, tensor<?x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

// OneHot compares; it reads nothing through an index, so it has no check.
// CHECK-DAG: #[[IN:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @one_hot
// CHECK-SAME: (%[[I:.*]]: tensor<?xi64>, %[[V:.*]]: tensor<2xf32>)
// CHECK-NOT: onnxc.index_out_of_range
// CHECK-DAG: %[[OFF:.*]] = tensor.extract %[[V]][%c0]
// CHECK-DAG: %[[ON:.*]] = tensor.extract %[[V]][%c1]
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #{{.*}}]{{.*}} ins(%[[I]] : tensor<?xi64>) outs(%{{.*}} : tensor<?x6xf32>)
// CHECK: %[[HERE:.*]] = linalg.index 1
// CHECK: %[[HOT:.*]] = arith.cmpi eq
// CHECK: arith.select %[[HOT]], %[[ON]], %[[OFF]]
func.func @one_hot(%i: tensor<?xi64>, %v: tensor<2xf32>) -> tensor<?x6xf32> {
  %d = "onnx.Constant"() {value = dense<6> : tensor<i64>} : () -> tensor<i64>
  %0 = "onnx.OneHot"(%i, %d, %v) {axis = -1 : i64} : (tensor<?xi64>, tensor<i64>, tensor<2xf32>) -> tensor<?x6xf32>
  return %0 : tensor<?x6xf32>
}

// -----

func.func @scatter_nd_constant_out_of_range(%x: tensor<4x5xf32>, %u: tensor<1x5xf32>) -> tensor<4x5xf32> {
  %i = "onnx.Constant"() {value = dense<[[4]]> : tensor<1x1xi64>} : () -> tensor<1x1xi64>
  // expected-error @+1 {{indices element 4 is out of range [-4, 3]}}
  %0 = "onnx.ScatterND"(%x, %i, %u) : (tensor<4x5xf32>, tensor<1x1xi64>, tensor<1x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

func.func @gather_elements_static_dims_do_not_fit(%x: tensor<3x4xf32>, %i: tensor<5x2xi64>) -> tensor<5x2xf32> {
  // expected-error @+1 {{indices dim 0 size 5 is out of range [0, 3]}}
  %0 = "onnx.GatherElements"(%x, %i) {axis = 1 : i64} : (tensor<3x4xf32>, tensor<5x2xi64>) -> tensor<5x2xf32>
  return %0 : tensor<5x2xf32>
}
