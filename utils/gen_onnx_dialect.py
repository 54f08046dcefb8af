#!/usr/bin/env python3
"""Generate the `onnx` dialect's ODS from the ONNX operator schemas.

For every ai.onnx operator that is not deprecated, the schema with the highest
since_version is turned into one ODS op definition. Two files are written:

  dialects/onnx/ONNXOps.gen.td              op definitions (includes ONNXBase.td)
  dialects/onnx/ONNXElementTypeRules.gen.inc  result element-type rules (C++ table)

Run from the repository root with the project's virtual environment:

  .venv/bin/python utils/gen_onnx_dialect.py

The conventions (naming, type and attribute mapping) are documented in
docs/dialect.md; test/utils/gen-onnx-dialect-check.sh checks that the committed
outputs are up to date.
"""

import argparse
import re
import sys
import textwrap
from pathlib import Path

import numpy as np
import onnx
from onnx import defs

REGEN_COMMAND = ".venv/bin/python utils/gen_onnx_dialect.py"
BANNER = "//===" + "-" * 70 + "===//"

# --- Per-op extras ---------------------------------------------------------

# Ops with a hand-written folder (`let hasFolder = 1;`).
FOLDER_OPS = ("Constant", "Shape", "Gather", "Unsqueeze", "Squeeze", "Concat",
              "Identity", "Cast", "Reshape", "Size")
# Ops with a hand-written verifier (`let hasVerifier = 1;`).
VERIFIER_OPS = ("Conv", "Gemm", "Concat", "Constant", "MaxPool")
# Ops that must not be Pure: results are random, so they may not be CSE'd,
# hoisted or folded. Dropout is deterministic in inference mode but random in
# training mode, so it is kept out too. Ops with GRAPH attributes (regions) get
# no traits either; that is decided from the schema.
NON_PURE_OPS = ("Bernoulli", "Dropout", "Multinomial", "RandomNormal",
                "RandomNormalLike", "RandomUniform", "RandomUniformLike")
# Extra traits per op. Constant is ConstantLike so that the folding
# machinery treats it as a materialised constant instead of refolding it.
EXTRA_TRAITS = {"Constant": ["ConstantLike"]}
# Op names the hand-written ONNXExtraOps.td defines; the schemas must not.
EXTRA_OP_NAMES = ("NoValue",)

# --- Names -----------------------------------------------------------------

# Names that would collide with members of mlir::Operation / OpState or with
# the parameters of ODS-generated builders. Compared after ODS's camel-casing,
# case-insensitively.
RESERVED_NAMES = frozenset("""
    operands results type name attributes context loc region regions operation
    properties result operand attr attrs attr_dictionary attribute_names
    operation_name block parent_op dialect result_types odsBuilder odsState
    operand_segment_sizes result_segment_sizes inherent_attr discardable_attrs
    num_operands num_results num_regions""".split())
CPP_KEYWORDS = frozenset("""
    alignas alignof and and_eq asm auto bitand bitor bool break case catch char
    class compl concept const consteval constexpr const_cast continue decltype
    default delete do double dynamic_cast else enum explicit export extern false
    float for friend goto if inline int long mutable namespace new noexcept not
    not_eq nullptr operator or or_eq private protected public register
    reinterpret_cast requires return short signed sizeof static static_assert
    static_cast struct switch template this throw true try typedef typeid
    typename union unsigned using virtual void volatile wchar_t while xor
    xor_eq""".split())

# --- Types -----------------------------------------------------------------

# ONNX tensor element type -> ODS type constraint. The order is the order in
# which element types are listed in the generated TensorOf<[...]>.
ELEMENT_TYPES = {
    "float": "F32", "double": "F64", "float16": "F16", "bfloat16": "BF16",
    "int8": "I8", "int16": "I16", "int32": "I32", "int64": "I64",
    "uint8": "UI8", "uint16": "UI16", "uint32": "UI32", "uint64": "UI64",
    "bool": "I1", "string": "ONNX_StringType",
    "complex64": "Complex<F32>", "complex128": "Complex<F64>",
    "float8e4m3fn": "F8E4M3FN", "float8e4m3fnuz": "F8E4M3FNUZ",
    "float8e5m2": "F8E5M2", "float8e5m2fnuz": "F8E5M2FNUZ",
    "float8e8m0": "F8E8M0FNU", "float6e2m3": "F6E2M3FN",
    "float6e3m2": "F6E3M2FN", "float4e2m1": "F4E2M1FN",
    "int4": "I<4>", "uint4": "UI<4>", "int2": "I<2>", "uint2": "UI<2>",
}
# Element types an ONNX_FIXED(kind) rule may name.
FIXED_KINDS = ("F32", "F64", "F16", "BF16", "I1", "I8", "I16", "I32", "I64",
               "UI8", "UI16", "UI32", "UI64")

A = defs.OpSchema.AttrType
# ONNX attribute type -> ODS attribute constraint. GRAPH becomes a region.
ATTR_TYPES = {
    A.INT: "I64Attr", A.FLOAT: "F32Attr", A.STRING: "StrAttr",
    A.INTS: "DenseI64ArrayAttr", A.FLOATS: "DenseF32ArrayAttr",
    A.STRINGS: "StrArrayAttr", A.TENSOR: "ElementsAttr",
    A.SPARSE_TENSOR: "AnyAttr", A.TYPE_PROTO: "TypeAttr",
    A.TENSORS: "ArrayAttr", A.GRAPHS: "ArrayAttr",
    A.SPARSE_TENSORS: "ArrayAttr", A.TYPE_PROTOS: "ArrayAttr",
}

Option = defs.OpSchema.FormalParameterOption


class GeneratorError(Exception):
    """A schema does not fit the dialect's conventions."""


# --- Schema selection ------------------------------------------------------

def load_schemas():
    """Return the newest schema of every non-deprecated ai.onnx op, by name."""
    newest = {}
    for schema in defs.get_all_schemas_with_history():
        if schema.domain not in ("", "ai.onnx"):
            continue
        old = newest.get(schema.name)
        if old is None or schema.since_version > old.since_version:
            newest[schema.name] = schema
    schemas = [s for s in newest.values() if not s.deprecated]
    names = {s.name for s in schemas}
    for listed in FOLDER_OPS + VERIFIER_OPS + NON_PURE_OPS:
        if listed not in names:
            raise GeneratorError(f"listed op '{listed}' has no schema")
    for extra in EXTRA_OP_NAMES:
        if extra in names:
            raise GeneratorError(f"schema op '{extra}' clashes with ONNXExtraOps.td")
    return sorted(schemas, key=lambda s: s.name)


# --- Naming ----------------------------------------------------------------

def camel(name):
    """Mirror llvm::convertToCamelFromSnakeCase(name, capitalizeFirst=true)."""
    out = [name[0].upper() if name[0].islower() else name[0]]
    pos = 1
    while pos < len(name):
        if name[pos] == "_" and pos + 1 < len(name) and name[pos + 1].islower():
            out.append(name[pos + 1].upper())
            pos += 2
        else:
            out.append(name[pos])
            pos += 1
    return "".join(out)


def sanitize(name):
    """Turn an ONNX name into an ODS identifier that clashes with no member."""
    ident = re.sub(r"\W", "_", name)
    if not ident or ident[0].isdigit():
        ident = "_" + ident
    reserved = {camel(r).lower() for r in RESERVED_NAMES}
    if camel(ident).lower() in reserved or ident in CPP_KEYWORDS:
        ident += "_"
    return ident


def accessors(kind, name):
    """The C++ method names ODS generates for a named operand/attr/region."""
    c = camel(name)
    if kind == "operand":
        return {f"get{c}", f"get{c}Mutable"}
    if kind == "attribute":
        return {f"get{c}", f"get{c}Attr", f"get{c}AttrName", f"set{c}",
                f"set{c}Attr", f"remove{c}Attr"}
    return {f"get{c}"}


# --- Type constraints ------------------------------------------------------

def type_constraint(param, op_name, comments):
    """ODS type constraint of one formal parameter (without Variadic/None)."""
    tensors, others, unmapped = [], [], []
    for type_str in param.types:
        match = re.fullmatch(r"tensor\((\w+)\)", type_str)
        if match:
            elem = ELEMENT_TYPES.get(match.group(1))
            (tensors if elem else unmapped).append(elem or type_str)
        elif type_str.startswith("seq("):
            others.append("ONNX_SeqType")
        elif type_str.startswith("optional("):
            others.append("ONNX_OptType")
        else:  # map(...), sparse_tensor(...): no dedicated type in the dialect
            unmapped.append(type_str)
    if unmapped:
        comments.append(f"'{param.name}' is AnyType: cannot map "
                        + ", ".join(sorted(unmapped)))
        return ["AnyType"]
    order = list(ELEMENT_TYPES.values())
    tensors = sorted(set(tensors), key=order.index)
    parts = [f"TensorOf<[{', '.join(tensors)}]>"] if tensors else []
    parts += sorted(set(others), key=["ONNX_SeqType", "ONNX_OptType"].index)
    if not parts:
        raise GeneratorError(f"{op_name}: '{param.name}' allows no type")
    return parts


def value_constraint(param, op_name, comments):
    """Full ODS constraint of an operand/result: optional, variadic, plain."""
    parts = type_constraint(param, op_name, comments)
    if param.option == Option.Optional and parts != ["AnyType"]:
        parts = parts + ["NoneType"]
    ods = parts[0] if len(parts) == 1 else f"AnyTypeOf<[{', '.join(parts)}]>"
    if param.option == Option.Variadic:
        ods = f"Variadic<{ods}>"
    return ods


def check_variadics(schema):
    """Fail unless at most one variadic input/output exists and it is last."""
    for kind, params in (("input", schema.inputs), ("output", schema.outputs)):
        variadic = [i for i, p in enumerate(params) if p.option == Option.Variadic]
        if len(variadic) > 1 or (variadic and variadic[0] != len(params) - 1):
            raise GeneratorError(
                f"{schema.name}: variadic {kind} not single and last; the "
                "dialect would need segment-size attributes")


# --- Attributes ------------------------------------------------------------

def float_literal(value):
    """Shortest float32 round-trip rendering, as a valid C++ float literal."""
    if not np.isfinite(value):
        raise GeneratorError(f"non-finite float default {value}")
    text = str(np.float32(value))
    mantissa, _, exponent = text.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return mantissa + ("e" + exponent if exponent else "")


def td_string(text):
    """Quote text as a TableGen string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def attribute_constraint(attr):
    """ODS constraint of a non-GRAPH attribute: plain, default or optional."""
    base = ATTR_TYPES[attr.type]
    if attr.required:
        return base
    default = attr.default_value
    if default.type == 0:
        return f"OptionalAttr<{base}>"
    if attr.type == A.INT:
        return f'DefaultValuedAttr<{base}, "{default.i}">'
    if attr.type == A.FLOAT:
        return f'DefaultValuedAttr<{base}, "{float_literal(default.f)}">'
    if attr.type == A.STRING:
        cpp = td_string(default.s.decode("utf-8"))  # same escapes as C++
        return f"DefaultValuedAttr<{base}, {td_string(cpp)}>"
    return f"OptionalAttr<{base}>"  # list/tensor defaults: the folder decides


# --- Documentation ---------------------------------------------------------

def summary_of(doc, op_name):
    """First sentence of the schema doc as one line of plain text."""
    paragraph = re.split(r"\n\s*\n", (doc or op_name).strip())[0] or op_name
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", paragraph)  # [t](url) -> t
    text = " ".join(text.replace("`", "").replace("**", "").split())
    match = re.search(r"(?<!e\.g)(?<!i\.e)[.!?](?=\s+[A-Z('])", text)
    if match:
        text = text[:match.start() + 1]
    text = text.rstrip(" :,")
    if not text.endswith((".", "!", "?")):
        text += "."
    if len(text) > 160:
        text = text[:157].rsplit(" ", 1)[0] + "..."
    return text.encode("ascii", "replace").decode()


def description_of(schema, opset):
    """The full schema doc, made safe for an ODS [{ ... }] code block."""
    doc = (schema.doc or "").strip("\n").rstrip().replace("}]", "} ]")
    follows = (f"Follows ai.onnx opset {opset} "
               f"(operator version {schema.since_version}).")
    return f"{doc}\n\n{follows}" if doc else follows


# --- One op ----------------------------------------------------------------

def build_op(schema):
    """Collect everything one op definition needs into a plain dict."""
    check_variadics(schema)
    comments, used = [], set()

    def claim(kind, onnx_name, name, why="reserved name or C++ keyword"):
        methods = accessors(kind, name)
        if methods & used:
            raise GeneratorError(f"{schema.name}: {kind} '{onnx_name}' -> "
                                 f"'{name}' clashes with another accessor")
        used.update(methods)
        if name != onnx_name:
            comments.append(f"{kind} '{onnx_name}' is named '{name}' ({why})")
        return name

    def values(kind, params):
        return [(value_constraint(p, schema.name, comments),
                 claim(kind, p.name, sanitize(p.name))) for p in params]

    operands = values("operand", schema.inputs)
    results = values("result", schema.outputs)
    value_getters = set(used)
    attributes, regions = [], []
    for attr in sorted(schema.attributes.values(), key=lambda a: a.name):
        name, why = sanitize(attr.name), "reserved name or C++ keyword"
        if accessors("attribute", name) & value_getters:
            name, why = name + "_attr", "an operand or result has that name"
        if attr.type == A.GRAPH:
            regions.append(("SizedRegion<1>",
                            claim("region", attr.name, name, why)))
        else:
            attributes.append((attribute_constraint(attr),
                               claim("attribute", attr.name, name, why)))
    pure = not regions and schema.name not in NON_PURE_OPS
    return {"schema": schema, "operands": operands, "results": results,
            "attributes": attributes, "regions": regions,
            "traits": (["Pure"] if pure else []) + EXTRA_TRAITS.get(schema.name, []),
            "comments": comments}


def render_list(keyword, entries):
    """Render `(ins ...)`, `(outs ...)` or `(region ...)` with one entry a line."""
    if not entries:
        return f"({keyword})"
    lines = ["\n".join(textwrap.wrap(f"{ods}:${name}", width=92,
                                     initial_indent="    ",
                                     subsequent_indent="        ",
                                     break_long_words=False,
                                     break_on_hyphens=False))
             for ods, name in entries]
    return f"({keyword}\n" + ",\n".join(lines) + "\n  )"


def render_op(op, opset):
    """Render one op definition."""
    schema = op["schema"]
    name = schema.name
    out = [BANNER, f"// onnx.{name}", BANNER, ""]
    out += [f"// {c}." for c in op["comments"]]
    traits = ", ".join(op["traits"])
    out.append(f'def ONNX_{name}Op : ONNX_Op<"{name}", [{traits}]> {{')
    out.append(f"  let summary = {td_string(summary_of(schema.doc, name))};")
    out.append("  let description = [{")
    out.append(description_of(schema, opset))
    out.append("  }];")
    out.append(f"  let arguments = {render_list('ins', op['operands'] + op['attributes'])};")
    out.append(f"  let results = {render_list('outs', op['results'])};")
    if op["regions"]:
        out.append(f"  let regions = {render_list('region', op['regions'])};")
    if name in FOLDER_OPS:
        out.append("  let hasFolder = 1;")
    if name in VERIFIER_OPS:
        out.append("  let hasVerifier = 1;")
    out.append("}")
    return "\n".join(out) + "\n"


# --- Element-type rules ----------------------------------------------------

def element_type_rule(schema, output):
    """How the element type of one result follows from the operands.

    A result sharing a type variable with a required operand takes that
    operand's type; failing that, a result allowed exactly one element type
    gets it (Dropout's mask is bool whether or not the optional
    training_mode, also bool, is given); then one sharing a type variable
    with an optional operand follows it; a result whose literal type equals
    an operand's (tensor(string)) follows it.
    """
    type_vars = {c.type_param_str for c in schema.type_constraints}
    same = [i for i, p in enumerate(schema.inputs) if p.type_str == output.type_str]
    required = [i for i in same if schema.inputs[i].option != Option.Optional]
    if required and output.type_str in type_vars:
        return f"ONNX_SAME_AS_OPERAND({required[0]})"
    if len(output.types) == 1:
        match = re.fullmatch(r"tensor\((\w+)\)", next(iter(output.types)))
        kind = match and ELEMENT_TYPES.get(match.group(1))
        if kind in FIXED_KINDS:
            return f"ONNX_FIXED({kind})"
    if same:
        return f"ONNX_SAME_AS_OPERAND({same[0]})"
    return "ONNX_UNKNOWN"


# --- Files -----------------------------------------------------------------

def provenance(opset, count):
    """Comment lines naming the generator, its command and its input."""
    return [
        "GENERATED FILE - DO NOT EDIT. Regenerate with (from the repo root):",
        f"  {REGEN_COMMAND}",
        f"Source: onnx {onnx.__version__} operator schemas, ai.onnx opset "
        f"{opset}: the newest",
        f"schema of each of the {count} non-deprecated ai.onnx operators.",
    ]


def render_td(ops, opset):
    """The whole ONNXOps.gen.td."""
    head = ["//===- ONNXOps.gen.td - ONNX operators, generated "
            "-*- tablegen -*-===//", "//"]
    head += [f"// {line}" for line in provenance(opset, len(ops))]
    head += ["// Conventions: docs/dialect.md.",
             BANNER, "",
             "#ifndef ONNXC_DIALECTS_ONNX_ONNXOPS_GEN_TD",
             "#define ONNXC_DIALECTS_ONNX_ONNXOPS_GEN_TD", "",
             'include "dialects/onnx/ONNXBase.td"', ""]
    body = [render_op(op, opset) for op in ops]
    return "\n".join(head) + "\n" + "\n".join(body) + \
        "\n#endif // ONNXC_DIALECTS_ONNX_ONNXOPS_GEN_TD\n"


def render_rules(ops, opset):
    """The whole ONNXElementTypeRules.gen.inc."""
    lines = ["//===- ONNXElementTypeRules.gen.inc - result element types "
             "-*- C++ -*-===//", "//"]
    lines += [f"// {line}" for line in provenance(opset, len(ops))]
    lines += [
        "//",
        "// One line per op: ONNX_ELEMENT_TYPE_RULE(\"<op>\", {<rule of result 0>, ...})",
        "// where a rule is ONNX_SAME_AS_OPERAND(i), ONNX_FIXED(<kind>) or ONNX_UNKNOWN.",
        "// The includer defines all four macros; the brace list holds commas, so",
        "// define ONNX_ELEMENT_TYPE_RULE as variadic: (NAME, ...).",
        BANNER, ""]
    for op in ops:
        schema = op["schema"]
        rules = ", ".join(element_type_rule(schema, out) for out in schema.outputs)
        lines.append(f'ONNX_ELEMENT_TYPE_RULE("{schema.name}", {{{rules}}})')
    return "\n".join(lines) + "\n"


def main():
    """Parse arguments, generate both files, report what was written."""
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out-dir", type=Path, default=repo / "dialects" / "onnx",
                        help="where to write the two generated files "
                             "(default: dialects/onnx)")
    args = parser.parse_args()
    opset = defs.onnx_opset_version()
    try:
        ops = [build_op(schema) for schema in load_schemas()]
    except GeneratorError as error:
        sys.exit(f"gen_onnx_dialect.py: error: {error}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {"ONNXOps.gen.td": render_td(ops, opset),
               "ONNXElementTypeRules.gen.inc": render_rules(ops, opset)}
    for file_name, text in outputs.items():
        (args.out_dir / file_name).write_text(text, encoding="utf-8")
    print(f"wrote {len(ops)} ops (onnx {onnx.__version__}, opset {opset}) "
          f"to {args.out_dir}")


if __name__ == "__main__":
    main()
