"""The `newsetl` command: the whole pipeline without a scheduler, and helpers for operators.

Each sub-command lives in its own module of `newsetl.commands` and registers itself here.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

COMMANDS = ("run", "bench", "sql")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="newsetl", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"newsetl.commands.{name}").register(sub)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    args = parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
