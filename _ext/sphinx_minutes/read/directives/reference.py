"""Directives that render the extension's own tables into its documentation, so the
reference can never drift from the code: the warning codes and the secretary's vocabulary."""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ...model.codes import CODES
from ...model.vocabulary import (
    GROUP_HEADINGS,
    GROUPS,
    NEXT_MEETING,
    OUTCOME_WORDS,
    REMOTE,
    ROLE_KINDS,
    STAFF_PREFIXES,
    STATEMENT_WORDS,
)

CODE = re.compile(r"``(?P<double>.+?)``|`(?P<single>[^`]+)`")
"""Code spans as in Markdown: ``…`` may hold a backtick, `…` may not."""


def table(header: list[str], rows: list[list[str]], widths: list[int]) -> nodes.table:
    """A plain table whose cells are text with Markdown code spans."""
    group = nodes.tgroup(cols=len(header))
    group += [nodes.colspec(colwidth=w) for w in widths]

    def row(cells: list[str]) -> nodes.row:
        out = nodes.row()
        for cell in cells:
            para = nodes.paragraph()
            at = 0
            for code in CODE.finditer(cell):
                para += nodes.Text(cell[at : code.start()])
                literal = (code["double"] or code["single"]).strip()
                para += nodes.literal(literal, literal)
                at = code.end()
            para += nodes.Text(cell[at:])
            out += nodes.entry("", para)
        return out

    group += nodes.thead("", row(header))
    group += nodes.tbody("", *(row(r) for r in rows))
    return nodes.table("", group, classes=["minutes-reference"])


class WarningCodesDirective(SphinxDirective):
    """``minutes-warnings``: every ``minutes.<code>`` with its meaning, example and fix."""

    def run(self) -> list[nodes.Node]:
        rows = [[f"`minutes.{c.code}`", c.meaning, c.example, c.fix] for c in CODES.values()]
        return [table(["Code", "Meaning", "Example", "Fix"], rows, [18, 30, 25, 30])]


class VocabularyDirective(SphinxDirective):
    """``minutes-vocabulary``: the words the attendance and attributions understand."""

    def run(self) -> list[nodes.Node]:
        headings = [[f"`{w}:`", f"{g}, {s}"] for w, (g, s) in GROUP_HEADINGS.items()]
        headings += [
            [f"`{p.strip().capitalize()} <organisation> (<unit> …)`", "staff, present"]
            for p in STAFF_PREFIXES
        ]
        roles = [[f"`{w}`", kind] for w, kind in ROLE_KINDS.items()]
        groups = [[f"`{w}`", g] for w, g in GROUPS.items()]
        remote = [[", ".join(f"`{w}`" for w in sorted(REMOTE)), "remote"]]
        outcomes = [[f"`{w}`", outcome] for w, outcome in OUTCOME_WORDS.items()]
        due_next = [[", ".join(f"`{w}`" for w in sorted(NEXT_MEETING)), "the next meeting"]]
        said = [[f"`{w.capitalize()} …:`", f"`{kind}`"] for w, kind in STATEMENT_WORDS.items()]
        return [
            rubric("Group headings"),
            table(["Heading", "Group, status"], headings, [40, 30]),
            rubric("Roles"),
            table(["Role as written", "Role kind"], roles, [40, 30]),
            rubric("Remote attendance, in parentheses"),
            table(["Words", "Status"], remote, [60, 20]),
            rubric("Group attributions"),
            table(["Attribution as written", "Group"], groups, [40, 30]),
            rubric("Outcomes of a motion"),
            table(["Outcome as written", "Outcome"], outcomes, [40, 30]),
            rubric("A follow-up due at the next meeting (`:due:`)"),
            table(["Words", "Due"], due_next, [60, 20]),
            rubric("Statement words, in a discussion block"),
            table(["Speaker line starts with", "Statement"], said, [40, 30]),
        ]


def rubric(text: str) -> nodes.rubric:
    return nodes.rubric(text, text)
