#!/usr/bin/env python3
"""Check that a tool failed with exactly one diagnostic line.

    check_diagnostic.py STDERR_FILE --prefix "onnxc: error:" --contains TEXT ...

Passes when STDERR_FILE holds exactly one non-empty line, that line starts
with the prefix, and it contains every --contains text (in any order: the
order of file, node and operator in onnxc's messages is not part of the
contract). Prints the line either way.
"""
import argparse
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stderr_file")
    parser.add_argument("--prefix", default="onnxc: error:")
    parser.add_argument("--contains", action="append", default=[])
    args = parser.parse_args()

    with open(args.stderr_file, errors="replace") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    for line in lines:
        print(line)
    problems = []
    if len(lines) != 1:
        problems.append(f"expected one line on stderr, got {len(lines)}")
    elif not lines[0].startswith(args.prefix):
        problems.append(f"the line does not start with '{args.prefix}'")
    else:
        problems += [f"the line does not mention '{text}'"
                     for text in args.contains if text not in lines[0]]
    for problem in problems:
        print(f"check_diagnostic: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
