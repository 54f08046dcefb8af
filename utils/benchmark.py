#!/usr/bin/env python3
"""Time a library compiled by onnxc against ONNX Runtime, in one process.

    benchmark.py MODEL.onnx LIB.so [--prefix P] [--shape NAME:1x3x32x32 ...]
                 [--threads T] [--iterations N] [--warmup M] [--repeat R]

LIB.so is loaded with ctypes and driven through its `<prefix>_onnxc_api`
table (runtime/include/onnxc/onnxc.h; default prefix: the library's file
stem, as onnxc names it, else the one `*_onnxc_api` symbol the library
exports). MODEL.onnx, the model the library was compiled from, is loaded
into an onnxruntime.InferenceSession (CPUExecutionProvider,
intra_op_num_threads=T, inter_op_num_threads=1, all graph optimisations).
Both get the same pseudo-random inputs (fixed seed); dynamic dims are 1
unless --shape gives the input's full shape.

The outputs are compared first (max abs diff per output; exit 1 when an
output differs in type or shape or beyond --atol/--rtol). Then R rounds:
each round runs, for each engine in turn (the order alternates from round
to round), M untimed warm-up calls and N timed calls, each call timed on
its own. Interleaving the engines spreads machine noise over both. The
report gives, per engine, the min and median latency over all R*N calls in
milliseconds, and the ratio onnxc/ORT of the medians (< 1: onnxc faster).

Both engines are called from Python, so both latencies include a call
overhead: a ctypes call for onnxc (its size is printed: a call of the
library's `signature` entry), `InferenceSession.run_with_iobinding` with
inputs and outputs bound once to preallocated buffers for ORT (or plain
`InferenceSession.run` with --ort-call run).

Every status code of the C API is checked; a failure prints the status
message and exits 1. The last line of output is a one-line summary for
scripts (utils/benchmark.sh):

    result: shapes=input:1x3x32x32 threads=1 onnxc_min_ms=... onnxc_median_ms=...
            ort_min_ms=... ort_median_ms=... ratio=... max_abs_diff=...

Needs numpy, onnx and onnxruntime: run it with the project's venv.
"""
import argparse
import ctypes
import gc
import os
import re
import statistics
import struct
import sys
import time

import numpy as np
import onnx
import onnxruntime as ort

ONNXC_ABI_VERSION = 1
ONNXC_MAX_RANK = 8
STATUS_NAMES = {0: "ONNXC_OK", 1: "ONNXC_INVALID_ARGUMENT",
                2: "ONNXC_OUT_OF_MEMORY", 3: "ONNXC_INTERNAL"}

# ONNX TensorProto.DataType -> numpy dtype, for the types the C API lists.
NUMPY_TYPES = {1: np.float32, 2: np.uint8, 3: np.int8, 4: np.uint16, 5: np.int16,
               6: np.int32, 7: np.int64, 9: np.bool_, 10: np.float16, 11: np.float64,
               12: np.uint32, 13: np.uint64}
TYPE_NAMES = {1: "float", 2: "uint8", 3: "int8", 4: "uint16", 5: "int16", 6: "int32",
              7: "int64", 9: "bool", 10: "float16", 11: "double", 12: "uint32",
              13: "uint64", 16: "bfloat16"}


# --- The C ABI (runtime/include/onnxc/onnxc.h) ------------------------------

class Status(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int32), ("message", ctypes.c_char * 256)]


class TensorInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("elem_type", ctypes.c_int32),
                ("rank", ctypes.c_int32), ("dims", ctypes.POINTER(ctypes.c_int64)),
                ("dim_names", ctypes.POINTER(ctypes.c_char_p))]


class Signature(ctypes.Structure):
    _fields_ = [("model_name", ctypes.c_char_p),
                ("num_inputs", ctypes.c_int32), ("inputs", ctypes.POINTER(TensorInfo)),
                ("num_outputs", ctypes.c_int32), ("outputs", ctypes.POINTER(TensorInfo))]


class Tensor(ctypes.Structure):
    _fields_ = [("elem_type", ctypes.c_int32), ("rank", ctypes.c_int32),
                ("dims", ctypes.c_int64 * ONNXC_MAX_RANK), ("data", ctypes.c_void_p)]


class Options(ctypes.Structure):
    _fields_ = [("num_threads", ctypes.c_int32)]


SignatureFn = ctypes.CFUNCTYPE(ctypes.POINTER(Signature))
CreateFn = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.POINTER(Options),
                            ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(Status))
RunFn = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.POINTER(Tensor),
                         ctypes.c_int32, ctypes.POINTER(Tensor), ctypes.c_int32,
                         ctypes.POINTER(Status))
DestroyFn = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


class ModelApi(ctypes.Structure):
    _fields_ = [("abi_version", ctypes.c_uint32), ("signature", SignatureFn),
                ("create", CreateFn), ("run", RunFn), ("destroy", DestroyFn)]


def fail(message):
    print(f"benchmark: error: {message}", file=sys.stderr)
    sys.exit(1)


def check_status(what, code, status):
    if code != 0:
        message = status.message.decode(errors="replace")
        fail(f"{what} failed with {STATUS_NAMES.get(code, code)}: {message}")


def exported_api_symbols(path):
    """Names of the defined dynamic symbols `*_onnxc_api` of an ELF64 file."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        return []
    endian = "<" if data[5] == 1 else ">"
    shoff, = struct.unpack_from(endian + "Q", data, 0x28)
    shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
    sections = [struct.unpack_from(endian + "IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    names = []
    for sh_name, sh_type, _, _, offset, size, link, _, _, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize or 24):
            st_name, st_info, _, st_shndx = struct.unpack_from(endian + "IBBH", data, pos)
            if st_shndx == 0:  # undefined
                continue
            end = data.index(b"\0", strtab_offset + st_name)
            name = data[strtab_offset + st_name:end].decode(errors="replace")
            if name.endswith("_onnxc_api"):
                names.append(name)
    return names


def load_api(path, prefix):
    """dlopens the library; returns (CDLL, ModelApi, prefix)."""
    try:
        library = ctypes.CDLL(os.path.abspath(path), mode=ctypes.RTLD_LOCAL)
    except OSError as error:
        fail(f"cannot load {path}: {error}")
    if prefix is None:
        stem = os.path.basename(path).split(".")[0]
        prefix = re.sub(r"[^A-Za-z0-9_]", "_", stem)
        if not hasattr(library, prefix + "_onnxc_api"):
            found = exported_api_symbols(path)
            if len(found) != 1:
                fail(f"{path} has no symbol {prefix}_onnxc_api"
                     + (f" (it has {', '.join(found)})" if found else "")
                     + "; give the model's prefix with --prefix")
            prefix = found[0][:-len("_onnxc_api")]
    try:
        api = ModelApi.in_dll(library, prefix + "_onnxc_api")
    except ValueError:
        fail(f"{path} has no symbol {prefix}_onnxc_api; is --prefix right?")
    if api.abi_version != ONNXC_ABI_VERSION:
        fail(f"{path}: ABI version {api.abi_version}, this harness speaks "
             f"{ONNXC_ABI_VERSION}")
    return library, api, prefix


def read_signature(api):
    sig = api.signature()
    if not sig:
        fail("the library's signature() returned NULL")
    sig = sig.contents

    def infos(count, array):
        result = []
        for i in range(count):
            info = array[i]
            dims, names = [], []
            for d in range(info.rank):
                dims.append(info.dims[d])
                names.append(info.dim_names[d].decode() if info.dim_names and
                             info.dim_names[d] else None)
            result.append({"name": info.name.decode(), "elem_type": info.elem_type,
                           "dims": dims, "dim_names": names})
        return result

    return (sig.model_name.decode() if sig.model_name else "",
            infos(sig.num_inputs, sig.inputs), infos(sig.num_outputs, sig.outputs))


# --- Inputs and outputs -----------------------------------------------------

def parse_shapes(items):
    shapes = {}
    for item in items:
        name, sep, text = item.rpartition(":")
        try:
            if not sep or not name:
                raise ValueError
            shapes[name] = [int(d) for d in text.split("x")] if text else []
        except ValueError:
            fail(f"--shape expects NAME:D0xD1x..., got '{item}'")
    return shapes


def format_dims(dims, names=None):
    return "[" + ", ".join(
        (names[i] if names and names[i] else "?") if d < 0 else str(d)
        for i, d in enumerate(dims)) + "]"


def make_inputs(inputs, shapes, seed):
    """One numpy array per signature input: floats uniform in [-1, 1), ints in
    [0, 8), bools 0/1, from a fixed seed."""
    unknown = set(shapes) - {info["name"] for info in inputs}
    if unknown:
        fail(f"--shape names no input of the model: {', '.join(sorted(unknown))}")
    rng = np.random.default_rng(seed)
    arrays = []
    for info in inputs:
        if info["elem_type"] not in NUMPY_TYPES:
            fail(f"input '{info['name']}': element type "
                 f"{TYPE_NAMES.get(info['elem_type'], info['elem_type'])} not supported here")
        dtype = NUMPY_TYPES[info["elem_type"]]
        shape = shapes.get(info["name"])
        if shape is None:
            shape = [1 if d < 0 else d for d in info["dims"]]
        if np.issubdtype(dtype, np.floating):
            array = rng.uniform(-1.0, 1.0, size=shape).astype(dtype)
        elif dtype == np.bool_:
            array = rng.integers(0, 2, size=shape).astype(np.bool_)
        else:
            array = rng.integers(0, 8, size=shape).astype(dtype)
        arrays.append(np.ascontiguousarray(array))
    return arrays


def onnxc_tensors(infos, arrays):
    tensors = (Tensor * max(len(infos), 1))()
    for tensor, info, array in zip(tensors, infos, arrays):
        if array.ndim > ONNXC_MAX_RANK:
            fail(f"input '{info['name']}': rank {array.ndim} above {ONNXC_MAX_RANK}")
        tensor.elem_type = info["elem_type"]
        tensor.rank = array.ndim
        for d, size in enumerate(array.shape):
            tensor.dims[d] = size
        tensor.data = array.ctypes.data
    return tensors


def copy_output(tensor, info):
    dims = tuple(tensor.dims[d] for d in range(tensor.rank))
    dtype = np.dtype(NUMPY_TYPES[tensor.elem_type])
    count = int(np.prod(dims, dtype=np.int64))
    if count == 0:
        return np.zeros(dims, dtype)
    if not tensor.data:
        fail(f"output '{info['name']}': data is NULL")
    buffer = (ctypes.c_char * (count * dtype.itemsize)).from_address(tensor.data)
    return np.frombuffer(buffer, dtype=dtype).reshape(dims).copy()


def compare(names, expected, actual, atol, rtol):
    """Prints one line per output; returns (all matched, largest max abs diff)."""
    ok, worst = True, 0.0
    for k, (name, exp, act) in enumerate(zip(names, expected, actual)):
        if exp.shape != act.shape or exp.dtype != act.dtype:
            print(f"output {k} '{name}': onnxc {act.dtype}{list(act.shape)}, "
                  f"ORT {exp.dtype}{list(exp.shape)}")
            ok = False
            continue
        e, a = exp.astype(np.float64), act.astype(np.float64)
        diff = np.abs(a - e)
        diff[np.isnan(e) & np.isnan(a)] = 0
        diff[np.isnan(diff)] = np.inf
        max_diff = float(diff.max()) if diff.size else 0.0
        bad = int(np.count_nonzero(diff > atol + rtol * np.abs(np.nan_to_num(e))))
        worst = max(worst, max_diff)
        print(f"output {k} '{name}': {exp.dtype} {list(exp.shape)}, "
              f"max abs diff {max_diff:.3g}" + (f" ({bad} mismatches)" if bad else ""))
        ok &= bad == 0
    return ok, worst


# --- Timing -----------------------------------------------------------------

def time_calls(call, warmup, iterations, out):
    """M untimed calls, then N calls timed one by one (ns, appended to out)."""
    for _ in range(warmup):
        call()
    clock = time.perf_counter_ns
    for _ in range(iterations):
        start = clock()
        call()
        out.append(clock() - start)


def summary(samples_ns):
    return min(samples_ns) / 1e6, statistics.median(samples_ns) / 1e6


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Time an onnxc-compiled library against ONNX Runtime in one process.")
    parser.add_argument("model", help="the .onnx model the library was compiled from")
    parser.add_argument("library", help="the shared library onnxc wrote")
    parser.add_argument("--prefix", help="the library's symbol prefix (onnxc --name); "
                        "default: the library's file stem")
    parser.add_argument("--shape", action="append", default=[], metavar="NAME:SHAPE",
                        help="full shape of input NAME, e.g. input:1x3x32x32 (sets its "
                             "dynamic dims; default 1 each); repeatable")
    parser.add_argument("--threads", type=int, default=1,
                        help="onnxc_options.num_threads and ORT intra_op_num_threads "
                             "(default 1)")
    parser.add_argument("--iterations", type=int, default=100,
                        help="timed calls per engine per round (default 100)")
    parser.add_argument("--warmup", type=int, default=10,
                        help="untimed calls per engine before each round's timed ones "
                             "(default 10)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="rounds, engines interleaved (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="input seed (default 0)")
    parser.add_argument("--atol", type=float, default=1e-4,
                        help="agreement tolerance, absolute (default 1e-4)")
    parser.add_argument("--rtol", type=float, default=1e-4,
                        help="agreement tolerance, relative (default 1e-4)")
    parser.add_argument("--ort-call", choices=["iobinding", "run"], default="iobinding",
                        help="how ORT is called: run_with_iobinding on buffers bound "
                             "once (default), or InferenceSession.run with a feed dict")
    args = parser.parse_args(argv)
    if args.threads < 1:
        parser.error("--threads must be >= 1 (ORT and onnxc must use the same count)")
    if args.iterations < 1 or args.repeat < 1 or args.warmup < 0:
        parser.error("--iterations and --repeat must be >= 1, --warmup >= 0")
    return args


def main(argv=None):
    args = parse_args(argv)
    shapes = parse_shapes(args.shape)
    library, api, prefix = load_api(args.library, args.prefix)
    model_name, inputs, outputs = read_signature(api)

    print(f"model {args.model}, library {args.library} (prefix {prefix}, "
          f"model name '{model_name}')")
    arrays = make_inputs(inputs, shapes, args.seed)
    for info, array in zip(inputs, arrays):
        print(f"input '{info['name']}': signature "
              f"{format_dims(info['dims'], info['dim_names'])}, "
              f"fed {TYPE_NAMES[info['elem_type']]} {list(array.shape)}")

    # ONNX Runtime.
    session_options = ort.SessionOptions()
    session_options.intra_op_num_threads = args.threads
    session_options.inter_op_num_threads = 1
    session_options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    session_options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session_options.log_severity_level = 3  # errors reach us as exceptions
    try:
        session = ort.InferenceSession(args.model, sess_options=session_options,
                                       providers=["CPUExecutionProvider"])
    except Exception as error:  # onnxruntime raises its own exception types
        fail(f"ONNX Runtime cannot load {args.model}: {error}")
    ort_inputs = [i.name for i in session.get_inputs()]
    ort_outputs = [o.name for o in session.get_outputs()]
    if ort_inputs != [i["name"] for i in inputs] or \
            ort_outputs != [o["name"] for o in outputs]:
        fail(f"the library's signature (inputs {[i['name'] for i in inputs]}, outputs "
             f"{[o['name'] for o in outputs]}) does not match {args.model} (inputs "
             f"{ort_inputs}, outputs {ort_outputs}): wrong model or library?")
    feeds = dict(zip(ort_inputs, arrays))

    # onnxc.
    options = Options(num_threads=args.threads)
    status = Status()
    context = ctypes.c_void_p()
    check_status("create", api.create(ctypes.byref(options), ctypes.byref(context),
                                      ctypes.byref(status)), status)
    if not context:
        fail("create returned ONNXC_OK but no context")
    try:
        in_tensors = onnxc_tensors(inputs, arrays)
        out_tensors = (Tensor * max(len(outputs), 1))()
        n_in, n_out = len(inputs), len(outputs)
        check_status("run", api.run(context, in_tensors, n_in, out_tensors, n_out,
                                    ctypes.byref(status)), status)
        actual = [copy_output(t, info) for t, info in zip(out_tensors, outputs)]
        try:
            expected = session.run(None, feeds)
        except Exception as error:  # onnxruntime raises its own exception types
            fail(f"ONNX Runtime rejected the inputs: {error}")
        ok, max_diff = compare(ort_outputs, expected, actual, args.atol, args.rtol)
        if not ok:
            fail(f"onnxc and ONNX Runtime disagree (atol {args.atol:g}, "
                 f"rtol {args.rtol:g})")

        run = api.run
        status_ref = ctypes.byref(status)

        def onnxc_call():
            code = run(context, in_tensors, n_in, out_tensors, n_out, status_ref)
            if code != 0:
                check_status("run", code, status)

        if args.ort_call == "iobinding":
            binding = session.io_binding()
            ort_values = [ort.OrtValue.ortvalue_from_numpy(a) for a in arrays]
            for name, value in zip(ort_inputs, ort_values):
                binding.bind_ortvalue_input(name, value)
            out_values = [ort.OrtValue.ortvalue_from_numpy(np.empty_like(e))
                          for e in expected]
            for name, value in zip(ort_outputs, out_values):
                binding.bind_ortvalue_output(name, value)
            run_with_iobinding = session.run_with_iobinding

            def ort_call():
                run_with_iobinding(binding)
        else:
            session_run = session.run

            def ort_call():
                session_run(ort_outputs, feeds)

        # The cost of a ctypes call into the library, for scale.
        signature = api.signature
        overhead = []
        time_calls(signature, 100, 1000, overhead)

        print(f"threads {args.threads}; {args.repeat} rounds x {args.iterations} "
              f"iterations after {args.warmup} warm-up calls, per engine, interleaved; "
              f"ORT {ort.__version__} via {args.ort_call}; ctypes call overhead "
              f"{statistics.median(overhead) / 1e3:.2f} us")
        samples = {"onnxc": [], "ort": []}
        calls = {"onnxc": onnxc_call, "ort": ort_call}
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            for round_index in range(args.repeat):
                order = ["onnxc", "ort"] if round_index % 2 == 0 else ["ort", "onnxc"]
                for engine in order:
                    time_calls(calls[engine], args.warmup, args.iterations,
                               samples[engine])
        finally:
            if gc_was_enabled:
                gc.enable()
    finally:
        api.destroy(context)

    onnxc_min, onnxc_median = summary(samples["onnxc"])
    ort_min, ort_median = summary(samples["ort"])
    ratio = onnxc_median / ort_median
    print(f"{'engine':<8} {'min ms':>10} {'median ms':>10}")
    print(f"{'onnxc':<8} {onnxc_min:>10.4f} {onnxc_median:>10.4f}")
    print(f"{'ort':<8} {ort_min:>10.4f} {ort_median:>10.4f}")
    print(f"ratio onnxc/ort (medians): {ratio:.3f} "
          f"({'onnxc' if ratio < 1 else 'ORT'} faster)")
    shape_text = ",".join(f"{info['name']}:" + "x".join(str(d) for d in array.shape)
                          for info, array in zip(inputs, arrays))
    print(f"result: shapes={shape_text} threads={args.threads} "
          f"onnxc_min_ms={onnxc_min:.4f} onnxc_median_ms={onnxc_median:.4f} "
          f"ort_min_ms={ort_min:.4f} ort_median_ms={ort_median:.4f} "
          f"ratio={ratio:.3f} max_abs_diff={max_diff:.3g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
