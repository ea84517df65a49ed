"""``python -m sphinx_minutes COMMAND``: the extension's commands.

``query`` answers from the data a built site publishes; ``new-site`` starts a site and
``new-meeting`` the minutes of a body's next meeting. Each
tool adds its subcommand and says how to run it (``run``), so this file only dispatches.
"""

from __future__ import annotations

import argparse
import sys

from .tools import new_meeting, new_site, query


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sphinx_minutes",
        description="Commands of sphinx-minutes: start a site or a meeting, query a built site.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    query.add_parser(commands)
    new_site.add_parser(commands)
    new_meeting.add_parser(commands)
    args = parser.parse_args(argv)
    code: int = args.run(args, args.parser)
    return code


if __name__ == "__main__":
    sys.exit(main())
