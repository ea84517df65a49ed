"""``python -m sphinx_minutes COMMAND``: the extension's commands for a built site.

``query`` answers from the data a built site publishes; more commands may join it. Each
tool adds its subcommand and says how to run it (``run``), so this file only dispatches.
"""

from __future__ import annotations

import argparse
import sys

from .tools import query


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sphinx_minutes",
        description="Commands of sphinx-minutes for a built site of minutes.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    query.add_parser(commands)
    args = parser.parse_args(argv)
    code: int = args.run(args, args.parser)
    return code


if __name__ == "__main__":
    sys.exit(main())
