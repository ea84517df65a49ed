"""``python -m sphinx_minutes query WHAT [filters]``: an answer from the built site's data.

For people who want an answer, not a file: every decision on a topic in a year, the
follow-ups still open, what an organisation asked, who came. It reads the JSON the site
publishes (``data/``), never the sources or Sphinx's environment, so it answers with
exactly what the site shows. Exit codes: 0 answered (nothing found is an answer, said on
stderr), 1 the site is not built or its data cannot be read, 2 the command is wrong.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..model.names import fold
from .query_match import Filters
from .query_print import print_rows
from .query_rows import FOLLOW_UP_STATES, MINUTES_STATES, WHAT
from .query_site import DEFAULT_SITE, QueryError, Site, read_site

EPILOG = """\
examples:
  python -m sphinx_minutes query decisions --topic budget --from 2024-01-01 --to 2024-12-31
  python -m sphinx_minutes query follow-ups --status open --body finance
  python -m sphinx_minutes query questions --organisation "Riverside PC" --format csv

exit codes: 0 answered (no match is said on stderr), 1 site not built or unreadable,
2 usage error (unknown option, malformed date, status that does not apply)"""


def iso_date(text: str) -> date:
    """An option's date, as the minutes write dates: ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2024-03-18"
        ) from None


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``query`` subcommand and its options."""
    parser = commands.add_parser(
        "query",
        help="answer a question from the built site's data",
        description="Decisions, follow-ups, questions or attendance from the JSON a built "
        "site publishes in data/ (run make html first).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("what", choices=list(WHAT), help="what to list")
    parser.add_argument(
        "--site",
        type=Path,
        default=DEFAULT_SITE,
        help="the built site, or its data folder (default: _build/html)",
    )
    add_filters(parser)
    parser.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="table (default, for reading), csv (for spreadsheets), json (the records)",
    )
    parser.set_defaults(run=run, parser=parser)


def add_filters(parser: argparse.ArgumentParser) -> None:
    options = parser.add_argument_group("filters (all must hold; names match as folded)")
    options.add_argument("--body", help="a body's id or name")
    options.add_argument(
        "--organisation", help="an organisation's id, its name, or its name as written"
    )
    options.add_argument("--person", help="a person's name")
    options.add_argument("--topic", help="a topic's id (as in an item's :topics:) or name")
    options.add_argument("--from", dest="start", type=iso_date, help="first date, YYYY-MM-DD")
    options.add_argument("--to", dest="end", type=iso_date, help="last date, YYYY-MM-DD")
    options.add_argument(
        "--status",
        choices=[*FOLLOW_UP_STATES, *MINUTES_STATES],
        help="follow-ups: open (includes overdue), overdue, closed; the others: the "
        "minutes' status, draft, approved or published",
    )
    options.add_argument("--text", help="words found in the text, the item's title or answers")


def forms(value: str | None, names: dict[str, str]) -> tuple[str, ...]:
    """A name or id as the user wrote it, folded, and the id the site gives that name."""
    if value is None:
        return ()
    folded = fold(value)
    known = names.get(folded)
    return (folded, fold(known)) if known else (folded,)


def check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """What argparse cannot check: the range's order, the status's kind."""
    if args.start and args.end and args.start > args.end:
        parser.error(f"--from {args.start} is after --to {args.end}")
    follow_up = args.what == "follow-ups"
    if args.status and (args.status in FOLLOW_UP_STATES) != follow_up:
        allowed = FOLLOW_UP_STATES if follow_up else MINUTES_STATES
        parser.error(
            f"--status {args.status} does not apply to {args.what}: use one of {', '.join(allowed)}"
        )


def filters_of(args: argparse.Namespace, site: Site) -> Filters:
    """The options as filters, names resolved to ids by the site's inventory."""
    return Filters(
        body=args.body,
        organisation=forms(args.organisation, site.names.get("organisation", {})),
        person=args.person,
        topic=forms(args.topic, site.names.get("topic", {})),
        start=args.start,
        end=args.end,
        status=args.status,
        text=args.text,
    )


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Answer, print, and say so on stderr when nothing matched."""
    check(args, parser)
    try:
        site = read_site(args.site)
    except QueryError as error:
        print(f"query: {error}", file=sys.stderr)
        return error.code
    rows = WHAT[args.what](site.meetings, filters_of(args, site))
    print_rows(rows, args.format, sys.stdout)
    if not rows:
        print(f"query: no {args.what} match", file=sys.stderr)
        for hint in unknown(args, site):
            print(f"query: {hint}", file=sys.stderr)
    return 0


def unknown(args: argparse.Namespace, site: Site) -> list[str]:
    """A body or topic no meeting of the site has: most likely a typing mistake, so the
    ones there are, rather than a silent "no match"."""
    bodies = sorted({found.meeting["body"] for found in site.meetings})
    topics = {
        t for found in site.meetings for item in found.meeting["items"] for t in item["topics"]
    }
    hints = []
    if args.body and args.body not in bodies:
        hints.append(f"no body {args.body!r} in this site; its bodies: {', '.join(bodies)}")
    wanted = forms(args.topic, site.names.get("topic", {})) if args.topic else ()
    if wanted and not any(fold(topic) in wanted for topic in topics):
        shown = ", ".join(sorted(topics)) or "none"
        hints.append(f"no item of this site has the topic {args.topic!r}; its topics: {shown}")
    return hints
