"""``python -m sphinx_minutes new-site DIR``: a folder that builds as a site of minutes.

A new secretary should not have to learn Sphinx to start: this writes ``conf.py``, the
three registries, a ``Makefile`` (html, check, preview, pdf), the first body's folder and
page, and the site's index, in the body's language. Nothing is written when any of the
files is there already, so a writer's own files are never replaced.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..read.safety import name_problem
from ..read.words import shipped_language, shipped_languages
from .new_files import NewWords, Refused, refuse_existing, said, template, write_new, yaml_text

EPILOG = """\
examples:
  python -m sphinx_minutes new-site minutes
  python -m sphinx_minutes new-site harbour --body harbour-board \\
      --body-name "Northport Harbour Board" --language en-GB

exit codes: 0 written, 1 a file is there already or the body id cannot be a folder name,
2 usage error"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``new-site`` subcommand and its options."""
    parser = commands.add_parser(
        "new-site",
        help="start a site of minutes in a folder",
        description="Write a site that builds: conf.py, the registries, a Makefile, a "
        "first body and the index. Never overwrites a file.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folder", type=Path, help="the site's folder (made if missing)")
    parser.add_argument("--body", default="board", help="the first body's id (default: board)")
    parser.add_argument("--body-name", help="the body's name (default: from its id)")
    parser.add_argument(
        "--language",
        default="en",
        help="the language of the site and its minutes: "
        + ", ".join(shipped_languages())
        + ", or a regional code such as en-GB (default: en)",
    )
    parser.set_defaults(run=run, parser=parser)


def files(args: argparse.Namespace) -> dict[str, str]:
    """Each file of the new site, by its path in the folder, with its text."""
    words = NewWords.of(args.language)
    name = args.body_name or args.body.replace("-", " ").replace("_", " ").capitalize()
    body = f"meetings/{args.body}"
    return {
        "conf.py": template("conf.py", project=name.replace('"', "'"), language=args.language),
        "Makefile": template("Makefile"),
        ".gitignore": template("gitignore"),
        "index.md": template("index.md", site_title=words["site-title"]),
        "meetings/bodies.yaml": template(
            "bodies.yaml", body=args.body, body_name_yaml=yaml_text(name), language=args.language
        ),
        "meetings/organisations.yaml": template("organisations.yaml"),
        "meetings/topics.yaml": template("topics.yaml"),
        f"{body}/index.md": template(
            "body-index.md", body=args.body, body_name=name, body_page=words["body-page"]
        ),
    }


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Write the site, or say why not; the exit code."""
    problem = name_problem(args.body)
    if problem:
        return said(f"the body id {args.body!r} {problem}: it names the body's folder.")
    if shipped_language(args.language) is None:
        parser.error(
            f"no words are shipped for the language {args.language!r}: use one of "
            + ", ".join(shipped_languages())
        )
    root: Path = args.folder
    new = files(args)
    try:
        refuse_existing(root, list(new))
    except Refused as refused:
        return said(str(refused))
    for path, text in new.items():
        write_new(root / path, text)
    here = root.resolve() == Path.cwd().resolve()
    print(f"A new site of minutes in {'this folder' if here else root}:")
    for path in new:
        print(f"  {path}")
    print("Next: " + ("" if here else f"cd {root}, then ") + "start the first meeting with")
    print(f"  python -m sphinx_minutes new-meeting {args.body} YYYY-MM-DD")
    return 0
