"""Minutes no page lists: a body with no page of its own is the usual cause, and Sphinx's
only word for it is "document isn't included in any toctree", with no line and no fix.

The meeting is reported here instead, at its ``meeting`` block, with the fix; Sphinx's
warning for the same file is then left out (the file is marked ``orphan``), so a writer
reads one warning for one mistake.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model.mistake import Mistake

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

    from ..model.meeting import Meeting

UNLISTED = "minutes-unlisted"
"""Set beside ``orphan`` when this check, not the writer, made the file an orphan: once a
page lists the meeting again, Sphinx has nothing to say and neither has this check."""


def unlisted_meetings(meetings: dict[str, Meeting], env: BuildEnvironment) -> Iterator[Mistake]:
    """Each meeting no table of contents includes, with what to write where."""
    included = set().union(*env.included.values())
    for docname, meeting in sorted(meetings.items()):
        if docname in env.files_to_rebuild or docname in included:
            continue
        if "orphan" in env.metadata[docname] and not env.metadata[docname].get(UNLISTED):
            continue  # the writer's own `orphan: true`
        env.metadata[docname]["orphan"] = True
        env.metadata[docname][UNLISTED] = True
        folder = docname.rpartition("/")[0]
        page = f"{folder}/index"
        body = meeting.body or folder.rpartition("/")[2]
        if page in env.found_docs:
            message = f"{page} does not list the meetings of {body}."
            hint = f"Put a `{{meetings}} {body}` block in {env.doc2path(page, False)}."
        else:
            message = f"No page lists this meeting: {body} has no page ({page}.md)."
            hint = (
                f"Create {page}.md with the body's name as its title and a "
                f"`{{meetings}} {body}` block under it."
            )
        yield Mistake("unlisted-meeting", message, hint).at(docname, meeting.line)
