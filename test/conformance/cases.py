"""The cases of the ONNX conformance suite, as the pinned onnx wheel has them.

Five suites:
  node               built in memory by onnx.backend.test.loader.load_model_tests(kind='node')
                     (onnx >= 1.20 no longer ships them as files); `write_case` writes one
                     out as model.onnx + test_data_set_0/{input,output}_K.pb
  simple, pytorch-converted, pytorch-operator
                     on disk in the wheel's backend/test/data/, used in place
  light              the nine model-zoo graphs of backend/test/data/light/ (AlexNet,
                     DenseNet-121, Inception v1/v2, ResNet-50, ShuffleNet, SqueezeNet,
                     VGG-19, ZFNet-512; weights as ConstantOfShape) with their expected
                     output; the input is what onnx's backend runner feeds them
                     (arange(n)/n in the input's shape), written out by `write_case`

Each case knows the operator it tests, every op type in its graph, its
opset, the element types of its inputs and outputs, whether it is in scope
(onnxc compiles tensors of numbers and bool: strings, sequences, optionals
and maps are out), and the tolerances it is checked at.
"""

from __future__ import annotations

import dataclasses
import functools
import pathlib
import re
import warnings

import onnx
from onnx import numpy_helper

import tolerances

NODE_SUITE = "node"
DISK_SUITES = ("simple", "pytorch-converted", "pytorch-operator")
LIGHT_SUITE = "light"
SUITES = (NODE_SUITE,) + DISK_SUITES + (LIGHT_SUITE,)

# ONNX element type -> the name the reports use.
_TYPE_NAMES = {"FLOAT": "float32", "DOUBLE": "float64"}


@dataclasses.dataclass
class Case:
    suite: str
    name: str
    op: str                      # the operator under test ("" for multi-op models)
    op_types: tuple[str, ...]    # every op type in the graph and its subgraphs
    opset: int                   # the model's ai.onnx opset
    elem_types: tuple[str, ...]  # element types of the graph's inputs and outputs
    out_of_scope: str            # why onnxc does not run it, or ""
    rtol: float
    atol: float
    tolerance_reason: str        # why rtol/atol differ from the suite's default, or ""
    model: onnx.ModelProto | None = None   # node cases: built in memory
    data_sets: list | None = None
    source_dir: pathlib.Path | None = None  # disk cases: the wheel's folder

    @property
    def id(self) -> str:
        return f"{self.suite}/{self.name}"


def data_root() -> pathlib.Path:
    return pathlib.Path(onnx.__file__).parent / "backend" / "test" / "data"


@functools.cache
def all_cases() -> tuple[Case, ...]:
    """Every case of every suite, node cases first, each suite sorted by name."""
    return tuple(_node_cases()) + tuple(
        case for suite in DISK_SUITES for case in _disk_cases(suite)) + tuple(_light_cases())


def _node_cases() -> list[Case]:
    from onnx.backend.test.loader import load_model_tests
    with warnings.catch_warnings():
        # The generators cast out-of-range values on purpose (Cast, Reduce*).
        warnings.simplefilter("ignore")
        loaded = load_model_tests(kind="node")
    tested_op = {t.name: _single_op(t.model) for t in loaded}
    cases = []
    for t in sorted(loaded, key=lambda t: t.name):
        # An expanded case (the op's function body) tests the op it came from.
        base = re.sub(r"_expanded(_ver\d+)?$", "", t.name)
        op = tested_op.get(base) or tested_op[t.name] or ""
        cases.append(_make_case(NODE_SUITE, t.name, op, t.model, t.rtol, t.atol,
                                model=t.model, data_sets=list(t.data_sets)))
    return cases


def _disk_cases(suite: str) -> list[Case]:
    root = data_root() / suite
    cases = []
    for folder in sorted(p for p in root.iterdir() if (p / "model.onnx").exists()):
        model = onnx.load(str(folder / "model.onnx"), load_external_data=False)
        cases.append(_make_case(suite, folder.name, _single_op(model) or "", model,
                                1e-3, 1e-7, source_dir=folder))
    return cases


def _light_cases() -> list[Case]:
    """The model-zoo graphs the wheel's backend runner calls "real" models,
    at the tolerances its own table gives them."""
    from onnx.backend.test.case.model import collect_testcases
    cases = []
    for t in sorted(collect_testcases(), key=lambda t: t.name):
        if t.kind != "real" or not (t.url or "").startswith("onnx/backend/test/data/light/"):
            continue
        path = data_root().parent.parent.parent.parent / t.url
        model = onnx.load(str(path))
        inputs = [numpy_helper.from_array(_light_input(v), v.name) for v in _fed_inputs(model)]
        outputs = [onnx.load_tensor(str(path.with_name(f"{path.stem}_output_{k}.pb")))
                   for k in range(len(model.graph.output))]
        cases.append(_make_case(LIGHT_SUITE, t.name, "", model, t.rtol, t.atol,
                                model=model, data_sets=[(inputs, outputs)]))
    return cases


def _fed_inputs(model: onnx.ModelProto) -> list[onnx.ValueInfoProto]:
    initializers = {i.name for i in model.graph.initializer}
    return [v for v in model.graph.input if v.name not in initializers]


def _light_input(value: onnx.ValueInfoProto):
    """onnx.backend.test.runner's dummy input: arange(n) / n in the input's
    shape (a dynamic dim as 1), float32."""
    import numpy as np
    shape = tuple(d.dim_value if d.HasField("dim_value") else 1
                  for d in value.type.tensor_type.shape.dim)
    n = int(np.prod(shape))
    return (np.arange(n).reshape(shape) / n).astype(np.float32)


def _make_case(suite, name, op, proto, rtol, atol, **where) -> Case:
    values = list(proto.graph.input) + list(proto.graph.output)
    types = sorted({_elem_type(v) for v in values} - {None})
    output_types = {_elem_type(v) for v in proto.graph.output}
    rtol, atol, reason = tolerances.for_case(f"{suite}/{name}", output_types, rtol, atol)
    return Case(suite=suite, name=name, op=op, op_types=tuple(sorted(_op_types(proto.graph))),
                opset=_opset(proto), elem_types=tuple(types),
                out_of_scope=_out_of_scope(values), rtol=rtol, atol=atol,
                tolerance_reason=reason, **where)


def _single_op(model: onnx.ModelProto) -> str | None:
    ops = [n for n in model.graph.node if n.op_type != "Constant"] or list(model.graph.node)
    return _qualified(ops[0]) if len(ops) == 1 else None


def _qualified(node: onnx.NodeProto) -> str:
    return node.op_type if node.domain in ("", "ai.onnx") else f"{node.domain}.{node.op_type}"


def _op_types(graph: onnx.GraphProto) -> set[str]:
    found = set()
    for node in graph.node:
        found.add(_qualified(node))
        for attr in node.attribute:
            for sub in [attr.g] if attr.HasField("g") else list(attr.graphs):
                found |= _op_types(sub)
    return found


def _opset(model: onnx.ModelProto) -> int:
    return next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 0)


def _elem_type(value: onnx.ValueInfoProto) -> str | None:
    if not value.type.HasField("tensor_type"):
        return None
    name = onnx.TensorProto.DataType.Name(value.type.tensor_type.elem_type)
    return _TYPE_NAMES.get(name, name.lower())


def _out_of_scope(values: list[onnx.ValueInfoProto]) -> str:
    for v in values:
        kind = v.type.WhichOneof("value")
        if kind != "tensor_type":
            return f"{kind.replace('_type', '')} input or output: the C API takes tensors only"
        if v.type.tensor_type.elem_type == onnx.TensorProto.STRING:
            return "string tensors: the C API takes numbers and bool only"
    return ""


def write_case(case: Case, folder: pathlib.Path) -> pathlib.Path:
    """Writes a node case as the backend layout; returns its folder. Disk cases
    are used in place."""
    if case.source_dir is not None:
        return case.source_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.onnx").write_bytes(case.model.SerializeToString())
    graph = case.model.graph
    for index, (inputs, outputs) in enumerate(case.data_sets):
        data_set = folder / f"test_data_set_{index}"
        data_set.mkdir(exist_ok=True)
        for kind, values, infos in (("input", inputs, graph.input), ("output", outputs, graph.output)):
            for k, (value, info) in enumerate(zip(values, infos)):
                (data_set / f"{kind}_{k}.pb").write_bytes(_tensor(value, info.name).SerializeToString())
    return folder


def _tensor(value, name: str) -> onnx.TensorProto:
    if isinstance(value, onnx.TensorProto):
        return value
    import numpy as np
    return numpy_helper.from_array(np.asarray(value), name)
