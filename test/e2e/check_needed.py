#!/usr/bin/env python3
"""Check that a compiled model needs no shared library beyond the C runtime.

    check_needed.py LIB.so [--allow NAME ...]

Reads the dynamic section with `readelf -d`, prints each NEEDED entry, and
exits 1 if one is not allowed. The default allowance is what DESIGN.md
promises a CPU model depends on: libc, libm, libpthread, libdl.
"""
import argparse
import re
import subprocess
import sys

DEFAULT_ALLOWED = ["libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2"]


def needed_libraries(path):
    result = subprocess.run(["readelf", "-d", path], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"check_needed: readelf -d {path} failed: {result.stderr.strip()}")
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library")
    parser.add_argument("--allow", action="append",
                        help=f"an allowed NEEDED entry (default: {' '.join(DEFAULT_ALLOWED)})")
    args = parser.parse_args()
    allowed = set(args.allow or DEFAULT_ALLOWED)
    bad = []
    for name in needed_libraries(args.library):
        ok = name in allowed
        print(f"NEEDED {name}" + ("" if ok else " (not allowed)"))
        if not ok:
            bad.append(name)
    if bad:
        print(f"check_needed: {args.library} depends on {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
