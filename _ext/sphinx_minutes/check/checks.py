"""The proof-reader: every mistake found in the model, reported on every build.

Directives record what they find while reading (``DerivedStore.problems``); the checks
here need a whole meeting, those in ``archive`` the whole archive. All are reported
together once reading is done (``env-updated``), on every build, in document and line
order: an incremental or a no-change build prints exactly the ``minutes.*`` warnings a
clean build prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..derive.store import DerivedStore
from ..model.mistake import Mistake, logger
from ..model.names import fold, person_key
from ..model.vocabulary import ROLE_KINDS
from ..read.registry import Registry, near_miss
from ..read.store import minutes_domain
from .archive import archive_problems
from .numbering import numbering_mistakes

if TYPE_CHECKING:
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.domains import Domain
    from sphinx.environment import BuildEnvironment

    from ..model.meeting import AgendaItem, Attribution, Meeting, Statement

NOT_A_NAME = frozenset({"the", "a", "an", "our", "vår", "den", "det"})


def report(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``: emit every problem of the archive, sorted, as typed warnings."""
    domain = minutes_domain(env, DerivedStore)
    found = [mistake for problems in domain.problems.values() for mistake in problems]
    for meeting in domain.meetings.values():
        found.extend(meeting_problems(meeting, domain.registry))
    found.extend(archive_problems(domain, app.config.minutes_follow_up_limit))
    found.extend(document_problems(domain, env))
    for docname, line, code, text in sorted({(m.docname, m.line, m.code, m.text) for m in found}):
        logger.warning(text, type="minutes", subtype=code, location=(docname, line))


def leave_to_checks(app: Sphinx, domain: Domain, node: pending_xref) -> bool | None:
    """``warn-missing-reference``: a broken link into the minutes is reported by the checks
    (on every build, with a hint), not again by Sphinx when the page is written."""
    return True if node.get("refdomain") == "minutes" else None


# One meeting


def meeting_problems(meeting: Meeting, registry: Registry) -> Iterator[Mistake]:
    docname = meeting.docname
    seen: dict[str, str] = {}
    for attendee in meeting.attendance:
        key = person_key(attendee.name)
        if not key:
            continue
        if key not in seen:
            seen[key] = attendee.status
        elif "absent" in (seen[key], attendee.status) and seen[key] != attendee.status:
            message = f"{attendee.name} is listed both as present and as absent."
            yield Mistake("present-and-absent", message).at(docname, attendee.line)
        else:
            message = f"{attendee.name} is listed twice in the attendance."
            yield Mistake("duplicate-person", message).at(docname, attendee.line)

    for mistake in numbering_mistakes(meeting.items):
        yield mistake.at(docname, mistake.line)

    for item in meeting.items:
        for presenter in item.presenters:
            for mistake in attribution_mistakes(presenter, item, meeting, registry):
                yield mistake.at(docname, item.presenters_line or item.line)
        for statement in item.statements:
            for mistake in statement_mistakes(statement, item, meeting, registry):
                yield mistake.at(docname, statement.line)


def statement_mistakes(
    statement: Statement, item: AgendaItem, meeting: Meeting, registry: Registry
) -> Iterator[Mistake]:
    label = statement.kind.replace("-", " ")
    if not statement.text.strip():
        yield Mistake("empty-statement", f"This {label} has no text.")
    if statement.kind == "answer" and not statement.answers:
        message = "This answer has no question right before it."
        yield Mistake("answer-without-question", message)
    if statement.kind == "follow-up":
        if statement.owner is None or statement.owner.kind == "nobody":
            yield Mistake("follow-up-owner", "This follow-up has no owner.")
        if statement.due and meeting.date and statement.due < meeting.date:
            message = f"This follow-up is due {statement.due}, before the meeting ({meeting.date})."
            yield Mistake("follow-up-due", message)
    for attribution in (statement.by, statement.to, statement.owner):
        if attribution is not None:
            yield from attribution_mistakes(attribution, item, meeting, registry)


def attribution_mistakes(
    attribution: Attribution, item: AgendaItem, meeting: Meeting, registry: Registry
) -> Iterator[Mistake]:
    """A named person must have attended, and been there for this item."""
    if attribution.kind == "person":
        attendee = meeting.attendee(attribution.key)
        if attendee is None:
            return
        if attendee.status == "absent":
            yield Mistake("absent-person", f"{attendee.name} is listed as absent.")
        elif (
            attendee.items
            and item.within
            and not any(present_for(n, item.within) for n in attendee.items)
        ):
            message = (
                f"{attendee.name} is named in item {item.within} but was present only for "
                f"item {', '.join(attendee.items)}."
            )
            yield Mistake("not-present-for-item", message)
    elif attribution.kind == "role":
        yield from unknown_name(attribution.key.split(",")[0].strip(), meeting, registry)


def unknown_name(who: str, meeting: Meeting, registry: Registry) -> Iterator[Mistake]:
    """A role is written in lower case ("chefen för kommunikation", "the chair"); a
    capitalised name that matches nobody is a misspelt person or organisation."""
    people = meeting.people()
    full_names = [p.name for p in people if p.name]
    first_names = [n.split()[0] for n in full_names]
    if looks_like_a_name(who):
        near = near_miss(who, full_names, cutoff=0.8)
        yield Mistake("unknown-person", f"{who} is not in the attendance.", near=near)
    elif looks_like_one_name(who):
        near_person = near_miss(who, [*first_names, *full_names], cutoff=0.8)
        near_org = registry.suggest_organisation(who)
        if near_person and not near_org:
            message = f"{who} is not in the attendance."
            yield Mistake("unknown-person", message, near=near_person)
        else:
            hint = (
                "Correct it, add it (or this alias) to the organisation registry, or write "
                "the person's name as in the attendance."
            )
            message = f"Unknown organisation {who!r}."
            yield Mistake("unknown-organisation", message, hint, near_org)


def present_for(listed: str, number: str) -> bool:
    """Present for item 4 means present for 4.1 too."""
    return number == listed or number.startswith(f"{listed}.")


def looks_like_a_name(text: str) -> bool:
    """``Karin Hedmann`` is a person's name; ``chefen för kommunikation``, ``the Chair`` not."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() for w in words)
        and fold(words[0]) not in NOT_A_NAME
        and not any(fold(w) in ROLE_KINDS for w in words)
    )


def looks_like_one_name(text: str) -> bool:
    """One capitalised word that is not a role: ``Formaz``, ``Riksbanken``, ``Anna``."""
    words = text.split()
    return len(words) == 1 and words[0][0].isupper() and fold(words[0]) not in ROLE_KINDS


def document_problems(domain: DerivedStore, env: BuildEnvironment) -> Iterator[Mistake]:
    """A file named as a meeting (``meetings/<body>/<date>.md``) that holds no minutes,
    and minutes not written in MyST, whose attendance no person page is made from."""
    for docname in sorted(env.found_docs):
        body, date = domain.place_of(docname, env.config)
        suffix = env.doc2path(docname).suffix
        if docname in domain.meetings and suffix != ".md":
            message = f"Minutes are written in MyST Markdown, not {suffix}."
            hint = (
                f"Write {docname}{suffix} as {docname}.md, with the directives as in the reference."
            )
            yield Mistake("meeting-metadata", message, hint).at(docname, 1)
        elif body and date and docname not in domain.meetings:
            message = (
                f"{docname} is named as a meeting of {body} on {date} but has no `meeting` block."
            )
            hint = (
                "Put a `{meeting}` block under its title, or rename the file if it is not minutes."
            )
            yield Mistake("no-meeting", message, hint).at(docname, 1)
