#!/usr/bin/env python3
"""Generate the ONNX function definitions the compiler expands operators into.

ONNX defines many operators as functions of simpler ones (HardSwish is
HardSigmoid times x; ReduceL2 is the square root of a ReduceSum of squares).
This generator takes those definitions from the pinned onnx package's
schemas and writes them to one C++ include:

  dialects/onnx/ONNXFunctions.gen.inc

with one ONNX_FUNCTION(...) entry per (operator, operator version, context).
Each entry carries the FunctionProto serialized (its ONNX text form in a
comment above it), the opset its body is written against, and a NodeProto
whose attributes are the operator's schema defaults, for `ref_attr_name`
references the calling node leaves unset. The lowering expands an operator
that has no direct lowering into the entry that matches it (docs/
architecture.md, "Operators defined as functions").

Context-free bodies are taken as they are. Context-dependent bodies are
built by the schema's C++ builder for each context of a declared grid
(CONTEXTS below: element types, which optional inputs and outputs are
present, values of string or small integer attributes); the dimensions of
the grid a body does not depend on are dropped, and every numeric attribute
the builder bakes into the body becomes a condition that the caller's value
equals the one it was built with. Definitions the compiler cannot use are
listed in a comment at the end of the file, each with its reason.

Run from the repository root with the project's virtual environment:

  .venv/bin/python utils/gen_onnx_functions.py

test/utils/gen-onnx-dialect-check.sh checks that the committed file is up
to date.
"""

import argparse
import itertools
import sys
from pathlib import Path

import onnx
from onnx import TensorProto, defs, helper, numpy_helper, printer

REGEN_COMMAND = ".venv/bin/python utils/gen_onnx_functions.py"
BANNER = "//===" + "-" * 70 + "===//"
A = defs.OpSchema.AttrType
Option = defs.OpSchema.FormalParameterOption

FLOATS = (TensorProto.FLOAT, TensorProto.DOUBLE, TensorProto.FLOAT16,
          TensorProto.BFLOAT16)
INDICES = (TensorProto.INT32, TensorProto.INT64)

# Context-dependent functions worth building, with the grid of contexts to
# build them for. "types" gives, per type variable of the schema, the element
# types to try (variables not listed take the first type they allow);
# "optional" lists optional input positions tried both present and absent
# (other optional inputs are absent); "outputs" the output counts to try;
# "attrs" values of string or small integer attributes to try (every other
# attribute is left unset, i.e. at its default).
CONTEXTS = {
    "Celu": {"types": {"T": FLOATS}},
    "Gelu": {"types": {"T": FLOATS}, "attrs": {"approximate": ["none", "tanh"]}},
    "Clip": {"types": {"T": FLOATS}, "optional": (1, 2)},
    "Softmax": {"types": {"T": FLOATS}},
    "LogSoftmax": {"types": {"T": FLOATS}},
    "RMSNormalization": {"types": {"T": FLOATS, "V": FLOATS}},
    "GroupNormalization": {"types": {"T": FLOATS}},
    "NegativeLogLikelihoodLoss": {
        "types": {"T": FLOATS, "Tind": INDICES}, "optional": (2,),
        "attrs": {"reduction": ["none", "sum", "mean"]}},
    "SoftmaxCrossEntropyLoss": {
        "types": {"T": FLOATS, "Tind": INDICES}, "optional": (2,),
        "outputs": (1, 2), "attrs": {"reduction": ["none", "sum", "mean"]}},
    "CenterCropPad": {"types": {"T": FLOATS + (TensorProto.INT32, TensorProto.INT64,
                                               TensorProto.UINT8),
                                "Tind": INDICES}},
    "Range": {"types": {"T": FLOATS + (TensorProto.INT32, TensorProto.INT64)}},
}

# Operator versions whose definition is known not to be usable, with why.
# Checked: the generator fails if one of these no longer has a definition.
EXCLUDED = {}


class GeneratorError(Exception):
    """A definition does not fit what the generator can carry."""


class Unusable(Exception):
    """A definition the compiler cannot use; the message says why."""


# --- Schemas ---------------------------------------------------------------

def load_schemas():
    """All ai.onnx schemas by name, each list sorted by since_version."""
    by_name = {}
    for schema in defs.get_all_schemas_with_history():
        if schema.domain in ("", "ai.onnx"):
            by_name.setdefault(schema.name, []).append(schema)
    for versions in by_name.values():
        versions.sort(key=lambda s: s.since_version)
    return by_name


def body_opset(function):
    for import_ in function.opset_import:
        if import_.domain in ("", "ai.onnx"):
            return import_.version
    raise Unusable("the body imports no ai.onnx opset")


def check_body(function, schemas):
    """Raise Unusable unless every node has the dialect's (newest) form.

    The dialect has one form per operator, the newest schema's; the importer
    upgrades older forms, but bodies are not imported. A body node whose
    operator, at the body's opset, has other inputs or lacks one of the
    node's attributes in the newest schema cannot be built.
    """
    opset = body_opset(function)
    for node in function.node:
        if node.domain not in ("", "ai.onnx"):
            raise Unusable(f"the body uses {node.domain}.{node.op_type}")
        if node.op_type not in schemas:
            raise Unusable(f"the body uses unknown operator {node.op_type}")
        if any(a.type in (A.GRAPH, A.GRAPHS) for a in node.attribute):
            raise Unusable(f"the body's {node.op_type} has a subgraph")
        newest = schemas[node.op_type][-1]
        if newest.deprecated:
            raise Unusable(f"the body uses deprecated {node.op_type}")
        old = defs.get_schema(node.op_type, opset, "")
        if old.since_version == newest.since_version:
            continue
        old_inputs = [p.name for p in old.inputs]
        if old_inputs != [p.name for p in newest.inputs][:len(old_inputs)]:
            raise Unusable(f"the body uses {node.op_type}-{old.since_version}, "
                           "whose inputs differ from its current form")
        for attr in node.attribute:
            if attr.name not in newest.attributes:
                raise Unusable(f"the body uses {node.op_type}-{old.since_version}"
                               f" attribute '{attr.name}', not in its current form")


# --- Normalisation ---------------------------------------------------------

def normalise(function):
    """Make tensors raw little-endian data, the one form the C++ reads.

    Constant's literal value_float/value_ints/... become `value`, as the
    importer does, so the C++ only handles them when they are references.
    """
    function = onnx.FunctionProto.FromString(function.SerializeToString())
    for node in function.node:
        for attr in node.attribute:
            if attr.type == A.TENSOR and not attr.ref_attr_name:
                attr.t.CopyFrom(raw_tensor(attr.t))
        if node.op_type == "Constant":
            constant_to_value(node)
    return function


def raw_tensor(tensor):
    array = numpy_helper.to_array(tensor)
    if tensor.data_type in (TensorProto.STRING, TensorProto.BOOL):
        raise Unusable(f"a constant of data type {tensor.data_type}")
    out = numpy_helper.from_array(array.astype(array.dtype.newbyteorder("<")))
    out.data_type = tensor.data_type  # keep bfloat16/float8, not numpy's view
    return out


def constant_to_value(node):
    if len(node.attribute) != 1:
        raise Unusable("a Constant without exactly one value attribute")
    attr = node.attribute[0]
    if attr.ref_attr_name or attr.name == "value":
        return
    literal = {"value_float": (TensorProto.FLOAT, [], [attr.f]),
               "value_int": (TensorProto.INT64, [], [attr.i]),
               "value_floats": (TensorProto.FLOAT, [len(attr.floats)], list(attr.floats)),
               "value_ints": (TensorProto.INT64, [len(attr.ints)], list(attr.ints))}
    if attr.name not in literal:
        raise Unusable(f"a Constant with '{attr.name}'")
    data_type, dims, values = literal[attr.name]
    tensor = raw_tensor(helper.make_tensor("", data_type, dims, values))
    del node.attribute[:]
    node.attribute.append(helper.make_attribute("value", tensor))


def defaults_node(schema):
    """A NodeProto carrying the schema's attribute defaults."""
    node = onnx.NodeProto(op_type=schema.name)
    for attr in sorted(schema.attributes.values(), key=lambda a: a.name):
        if attr.default_value.type != 0:
            default = onnx.AttributeProto.FromString(attr.default_value.SerializeToString())
            default.name = attr.name
            if default.type == A.TENSOR:
                default.t.CopyFrom(raw_tensor(default.t))
            node.attribute.append(default)
    return node


# --- Context-free bodies ---------------------------------------------------

def context_free(schema, schemas):
    """The newest usable body of one operator version: (function, []) ."""
    reasons = []
    for version in sorted(schema.function_opset_versions, reverse=True):
        function = onnx.FunctionProto.FromString(
            schema.get_function_with_opset_version(version))
        try:
            check_body(function, schemas)
            return normalise(function)
        except Unusable as why:
            reasons.append(f"body at opset {version}: {why}")
    raise Unusable("; ".join(reasons))


# --- Context-dependent bodies ----------------------------------------------

def build_context(schema, version, types, outputs, attrs):
    """The schema's builder run on one context; None if it builds nothing."""
    inputs = [f"in{i}" if t else "" for i, t in enumerate(types)]
    while inputs and not inputs[-1]:
        inputs.pop()
    node = helper.make_node(schema.name, inputs,
                            [f"out{i}" for i in range(outputs)], **attrs)
    type_protos = [helper.make_tensor_type_proto(t, None).SerializeToString()
                   for t in types if t]
    try:
        built = schema.get_context_dependent_function_with_opset_version(
            version, node.SerializeToString(), type_protos)
    except Exception:  # the builder rejects the context (onnx raises a bare Exception)
        return None
    return onnx.FunctionProto.FromString(built) if built else None


def numeric_perturbations(schema, attrs):
    """Per unset INT/FLOAT attribute, a value other than its default."""
    out = {}
    for attr in schema.attributes.values():
        if attr.name in attrs:
            continue
        has_default = attr.default_value.type != 0
        if attr.type == A.INT:
            out[attr.name] = (attr.default_value.i if has_default else 0) + 3
        elif attr.type == A.FLOAT:
            out[attr.name] = (attr.default_value.f if has_default else 0.0) + 0.375
    return out


def baked_conditions(schema, version, context, function):
    """Conditions for the numeric attributes the builder bakes into a body.

    An attribute is baked when building with another value changes the body;
    the body then holds only when the caller's value is the one it was built
    with: the default ("name=value"), or unset ("name=" when there is none).
    """
    types, outputs, attrs = context
    conditions = []
    reference = function.SerializeToString()
    for name, other in sorted(numeric_perturbations(schema, attrs).items()):
        changed = build_context(schema, version, types, outputs, {**attrs, name: other})
        if changed is not None and changed.SerializeToString() == reference:
            continue
        attr = schema.attributes[name]
        if attr.default_value.type == 0:
            conditions.append(f"{name}=")
        elif attr.type == A.INT:
            conditions.append(f"{name}={attr.default_value.i}")
        else:
            conditions.append(f"{name}={attr.default_value.f!r}")
    return conditions


def context_grid(schema, grid):
    """Every context of the grid: (types per input or 0, output count, attrs)."""
    variables = [c.type_param_str for c in schema.type_constraints]
    choices = []
    for variable in variables:
        allowed = grid.get("types", {}).get(variable)
        if allowed is None:
            constraint = next(c for c in schema.type_constraints
                              if c.type_param_str == variable)
            allowed = (tensor_type(sorted(constraint.allowed_type_strs)[0]),)
        choices.append(allowed)
    optional = [i for i, p in enumerate(schema.inputs) if p.option == Option.Optional]
    tried = [i for i in optional if i in grid.get("optional", ())]
    attr_names = sorted(grid.get("attrs", {}))
    for chosen in itertools.product(*choices):
        by_variable = dict(zip(variables, chosen))
        for present in itertools.product((True, False), repeat=len(tried)):
            absent = {i for i, p in zip(tried, present) if not p}
            absent |= set(optional) - set(tried)
            types = [0 if i in absent else by_variable.get(p.type_str) or
                     tensor_type(p.type_str)
                     for i, p in enumerate(schema.inputs)]
            for count in grid.get("outputs", (1,)):
                for values in itertools.product(*(grid["attrs"][n] for n in attr_names)):
                    yield types, count, dict(zip(attr_names, values))


def tensor_type(type_str):
    """TensorProto data type of "tensor(float)" and the like."""
    return TensorProto.DataType.Value(type_str[len("tensor("):-1].upper())


def conditions_of(schema, context):
    """The context as conditions on the caller, one kind each: whether input i
    is present ("in<i>?=1" or "=0"), its element type ("in<i>=<dtype>", "*"
    when absent), the output count, the attributes tried."""
    types, outputs, attrs = context
    conditions = []
    for i, data_type in enumerate(types):
        conditions.append(f"in{i}?={int(data_type != 0)}")
        conditions.append(f"in{i}={data_type or '*'}")
    conditions.append(f"outputs={outputs}")
    conditions += [f"{name}={value}" for name, value in sorted(attrs.items())]
    return conditions


def drop_unused(variants):
    """Drop each condition kind on which no body depends.

    `variants` maps a tuple of conditions (same kinds, same order in every
    variant) to a serialized body; a kind is dropped when all variants that
    differ only in it have the same body.
    """
    if not variants:
        return variants
    kinds = len(next(iter(variants)))
    for kind in reversed(range(kinds)):
        groups = {}
        for key, body in variants.items():
            rest = key[:kind] + key[kind + 1:]
            groups.setdefault(rest, set()).add(body)
        if all(len(bodies) == 1 for bodies in groups.values()):
            variants = {key[:kind] + key[kind + 1:]: body
                        for key, body in variants.items()}
    return variants


def context_dependent(schema, version, grid, schemas):
    """Usable bodies of one operator version: [(function, conditions)]."""
    built = {}
    reasons = set()
    for context in context_grid(schema, grid):
        function = build_context(schema, version, *context)
        if function is None:
            continue
        try:
            check_body(function, schemas)
            function = normalise(function)
        except Unusable as why:
            reasons.add(str(why))
            continue
        baked = baked_conditions(schema, version, context, function)
        built[tuple(conditions_of(schema, context))] = (
            function.SerializeToString(), tuple(baked))
    if not built:
        raise Unusable("; ".join(sorted(reasons)) or "the builder builds no body")
    # Baked conditions are per body; fold them into the body's identity so
    # that dropping a context kind never merges bodies with different ones.
    merged = drop_unused({key: body for key, body in built.items()})
    out = []
    for key, (body, baked) in sorted(merged.items()):
        out.append((onnx.FunctionProto.FromString(body), list(key) + list(baked)))
    return out


# --- Collection ------------------------------------------------------------

def collect(schemas):
    """Entries [(schema, body opset, conditions, function)] and exclusions."""
    entries, out = [], []
    for name in sorted(schemas):
        for schema in schemas[name]:
            if schema.deprecated:
                continue
            key = f"{name}-{schema.since_version}"
            try:
                if schema.has_function:
                    function = context_free(schema, schemas)
                    entries.append((schema, body_opset(function), [], function))
                elif schema.has_context_dependent_function:
                    if name not in CONTEXTS:
                        raise Unusable("context-dependent, and no context grid "
                                       "is declared in CONTEXTS")
                    version = max(schema.context_dependent_function_opset_versions)
                    for function, conditions in context_dependent(
                            schema, version, CONTEXTS[name], schemas):
                        entries.append((schema, body_opset(function), conditions,
                                        function))
                else:
                    continue
            except Unusable as why:
                out.append((key, str(why)))
    for key in EXCLUDED:
        if key not in {k for k, _ in out}:
            raise GeneratorError(f"EXCLUDED lists {key}, which is not excluded")
    return entries, out


# --- Output ----------------------------------------------------------------

def cpp_bytes(data):
    """A C++ string literal holding `data`, in lines of at most 76 columns."""
    lines, line = [], ""
    for byte in data:
        piece = f"\\x{byte:02x}"
        if len(line) + len(piece) > 72:
            lines.append(f'"{line}"')
            line = ""
        line += piece
    lines.append(f'"{line}"')
    return "\n    ".join(lines)


def render(entries, out, schemas):
    opset = defs.onnx_opset_version()
    lines = [
        "//===- ONNXFunctions.gen.inc - ONNX function definitions "
        "-*- C++ -*-===//",
        "//",
        "// GENERATED FILE - DO NOT EDIT. Regenerate with (from the repo root):",
        f"//   {REGEN_COMMAND}",
        f"// Source: onnx {onnx.__version__} operator schemas (ai.onnx opset {opset}).",
        "//",
        "// ONNX_FUNCTION(OP, SINCE_VERSION, BODY_OPSET, CONDITIONS, BODY, DEFAULTS):",
        "// the definition of operator OP in its version SINCE_VERSION, for callers",
        "// meeting every condition in CONDITIONS (\";\"-separated, see",
        "// dialects/onnx/FunctionDefinitions.h), written against ai.onnx opset",
        "// BODY_OPSET. BODY is a serialized FunctionProto, DEFAULTS a serialized",
        "// NodeProto holding the operator's attribute defaults. Conventions:",
        "// docs/dialect.md.",
        "// ONNX_OPERATOR_VERSIONS(OP, V...): every version of an operator that",
        "// has a definition, so that the opset finds the version in effect.",
        BANNER, ""]
    for name in sorted({schema.name for schema, *_ in entries}):
        versions = ", ".join(str(s.since_version) for s in schemas[name])
        lines.append(f'ONNX_OPERATOR_VERSIONS("{name}", {versions})')
    lines.append("")
    for schema, opset_, conditions, function in entries:
        text = printer.to_text(function).rstrip("\n")
        condition_text = ";".join(conditions)
        lines.append(f"// {schema.name}-{schema.since_version}"
                     + (f" [{condition_text}]" if conditions else ""))
        lines += ["//   " + line if line else "//" for line in text.split("\n")]
        lines.append(f'ONNX_FUNCTION("{schema.name}", {schema.since_version}, '
                     f'{opset_}, "{condition_text}",')
        lines.append(f"    {cpp_bytes(function.SerializeToString())},")
        lines.append(f"    {cpp_bytes(defaults_node(schema).SerializeToString())})")
        lines.append("")
    lines.append("// Definitions not carried, with the reason:")
    for key, why in out:
        lines.append(f"//   {key}: {why}")
    return "\n".join(lines) + "\n"


def main():
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out-dir", type=Path, default=repo / "dialects" / "onnx",
                        help="where to write ONNXFunctions.gen.inc "
                             "(default: dialects/onnx)")
    args = parser.parse_args()
    try:
        schemas = load_schemas()
        entries, out = collect(schemas)
    except GeneratorError as error:
        sys.exit(f"gen_onnx_functions.py: error: {error}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "ONNXFunctions.gen.inc").write_text(render(entries, out, schemas),
                                                        encoding="utf-8")
    ops = len({schema.name for schema, *_ in entries})
    print(f"wrote {len(entries)} definitions of {ops} operators "
          f"(onnx {onnx.__version__}) to {args.out_dir}")


if __name__ == "__main__":
    main()
