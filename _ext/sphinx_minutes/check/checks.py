"""The proof-reader: every mistake found in the model, reported on every build.

Directives record what they find while reading (``DerivedStore.problems``); the checks
here need a whole meeting, those in ``archive`` the whole archive. All are reported
together once reading is done (``env-updated``), on every build, in document and line
order: an incremental or a no-change build prints exactly the ``minutes.*`` warnings a
clean build prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..derive.digests import hashed, meeting_digest, shared
from ..derive.drafts import unseen_drafts
from ..derive.store import DerivedStore
from ..model.mistake import Mistake, logger
from ..model.names import fold, person_key
from ..model.publicity import public_build
from ..read.attribution import looks_like_a_name, name_shaped, names_in
from ..read.registry import Registry, near_miss
from ..read.store import minutes_domain
from .ambiguous import ambiguous_name
from .approval import approval_problems
from .archive import archive_problems
from .clock import away_by_the_clock
from .facts import fact_mistakes
from .listed import unlisted_meetings
from .numbering import numbering_mistakes
from .votes import vote_problems
from .withheld import answer_mistakes

if TYPE_CHECKING:
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.domains import Domain
    from sphinx.environment import BuildEnvironment

    from ..model.meeting import AgendaItem, Attendee, Attribution, Meeting, Moment, Statement


def report(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``: emit every problem of the archive, sorted, as typed warnings."""
    domain = minutes_domain(env, DerivedStore)
    found = [mistake for problems in domain.problems.values() for mistake in problems]
    public = public_build(app.config)
    for meeting in domain.meetings.values():
        found.extend(within_meeting(domain, meeting, public))
    found.extend(archive_problems(domain, app.config.minutes_follow_up_limit))
    found.extend(approval_problems(domain, app.config))
    found.extend(unseen_drafts(domain, app.config))
    found.extend(document_problems(domain, env))
    found.extend(unlisted_meetings(domain.meetings, env))
    for docname, line, code, text in sorted({(m.docname, m.line, m.code, m.text) for m in found}):
        logger.warning(text, type="minutes", subtype=code, location=(docname, line))


def leave_to_checks(app: Sphinx, domain: Domain, node: pending_xref) -> bool | None:
    """``warn-missing-reference``: a broken link into the minutes is reported by the checks
    (on every build, with a hint), not again by Sphinx when the page is written."""
    return True if node.get("refdomain") == "minutes" else None


# One meeting


def within_meeting(domain: DerivedStore, meeting: Meeting, public: bool) -> list[Mistake]:
    """What is wrong within one meeting, found once and kept while the meeting and what
    every derived thing shares (the registries among them) are the same (see
    ``derive.digests``): most meetings of an archive are unchanged by a rebuild."""
    kept: dict[str, tuple[str, list[Mistake]]] = domain.data["meeting-problems"]
    key = hashed((shared(domain), meeting_digest(domain, meeting.docname), public))
    noted = kept.get(meeting.docname)
    if noted is not None and noted[0] == key:
        return noted[1]
    found = list(meeting_problems(meeting, domain.registry, public))
    found.extend(answer_mistakes(meeting) if public else ())
    kept[meeting.docname] = (key, found)
    return found


def meeting_problems(
    meeting: Meeting, registry: Registry, public: bool = False
) -> Iterator[Mistake]:
    """What is wrong within one meeting; in the public build, a withheld statement is
    only its place (``read.directives.withheld``): there is nothing of it to check."""
    docname = meeting.docname
    seen: dict[str, str] = {}
    for attendee in meeting.attendance:
        key = person_key(attendee.name)
        if not key:
            continue
        if key not in seen:
            seen[key] = attendee.status
        elif {seen[key], attendee.status} in ({"absent", "present"}, {"absent", "remote"}):
            message = f"{attendee.name} is listed both as present and as absent."
            yield Mistake("present-and-absent", message).at(docname, attendee.line)
        else:
            message = f"{attendee.name} is listed twice in the attendance."
            yield Mistake("duplicate-person", message).at(docname, attendee.line)

    for mistake in numbering_mistakes(meeting.items):
        yield mistake.at(docname, mistake.line)
    yield from fact_mistakes(meeting)

    for item in meeting.items:
        for presenter in item.presenters:
            for mistake in attribution_mistakes(presenter, item, meeting, registry):
                yield mistake.at(docname, item.presenters_line or item.line)
        for statement in item.statements:
            if public and not statement.public:
                continue
            for mistake in statement_mistakes(statement, item, meeting, registry):
                yield mistake.at(docname, statement.line)
            for mistake in seconder_mistakes(statement, item, meeting, registry):
                yield mistake.at(docname, statement.seconder_line or statement.line)
            for voter in statement.vote.voters if statement.vote else ():
                for mistake in attribution_mistakes(voter.who, item, meeting, registry):
                    yield mistake.at(docname, voter.line)
    yield from vote_problems(meeting, public)


def statement_mistakes(
    statement: Statement, item: AgendaItem, meeting: Meeting, registry: Registry
) -> Iterator[Mistake]:
    label = statement.kind.replace("-", " ")
    if not statement.text.strip() and statement.kind != "reservation" and statement.public:
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


def seconder_mistakes(
    statement: Statement, item: AgendaItem, meeting: Meeting, registry: Registry
) -> Iterator[Mistake]:
    """A motion's seconder is checked as any attribution, and reported at ``:seconded:``."""
    if statement.seconder is not None:
        yield from attribution_mistakes(statement.seconder, item, meeting, registry)


def attribution_mistakes(
    attribution: Attribution, item: AgendaItem, meeting: Meeting, registry: Registry
) -> Iterator[Mistake]:
    """Each person named must have attended, and been there for this item; a name that is
    no one's is reported."""
    for named in attribution.each():
        if named.kind == "person":
            yield from presence_mistakes(named.key, item, meeting)
        elif named.kind == "role":
            yield from unknown_name(named.key.split(",")[0].strip(), meeting, registry)


def presence_mistakes(name: str, item: AgendaItem, meeting: Meeting) -> Iterator[Mistake]:
    """A person named in an item was listed as present, and was there for that item."""
    attendee = meeting.attendee(name)
    if attendee is None:
        return
    if attendee.status == "absent":
        yield Mistake("absent-person", f"{attendee.name} is listed as absent.")
        return
    # a top-level item with no number: only the clock may tell who was there
    if (
        item.within
        and attendee.items
        and not any(present_for(n, item.within) for n in attendee.items)
    ):
        message = (
            f"{attendee.name} is named in item {item.within} but was present only for "
            f"item {', '.join(attendee.items)}."
        )
        yield Mistake("not-present-for-item", message)
        return
    moment = away_by_the_clock(attendee, item, meeting)
    if moment is None and item.within:
        moment = not_there_yet_or_gone(attendee, item.within, meeting)
    if moment is not None:
        where = f"item {item.within}" if item.within else repr(item.heading)
        message = f"{attendee.name} is named in {where} but the attendance says {moment.text!r}."
        hint = "Correct the name or the item, or when the person arrived or left."
        yield Mistake("not-present-for-item", message, hint)


def not_there_yet_or_gone(attendee: Attendee, number: str, meeting: Meeting) -> Moment | None:
    """The arrival after item ``number``, or the departure before it, if the attendance
    gives one at an item (a clock time is compared in ``clock``)."""
    arrived, left = attendee.arrived, attendee.left
    if arrived and arrived.item:
        within = arrived.after and present_for(arrived.item, number)
        if within or comes_before(number, arrived.item, meeting):
            return arrived
    if left and left.item:
        within = left.after and present_for(left.item, number)
        if not within and comes_before(number, left.item, meeting) is False:
            return left
    return None


def comes_before(number: str, other: str, meeting: Meeting) -> bool | None:
    """Whether item ``number`` was taken before item ``other``: in the order the minutes
    record the items, else by their numbers; None when neither tells."""
    order = {i.number: n for n, i in enumerate(meeting.items)}
    if number in order and other in order:
        return order[number] < order[other]
    if not all(re.fullmatch(r"\d+(?:\.\d+)*", n) for n in (number, other)):
        return None
    return tuple(map(int, number.split("."))) < tuple(map(int, other.split(".")))


def unknown_name(who: str, meeting: Meeting, registry: Registry) -> Iterator[Mistake]:
    """A name must be someone's, whatever its case: a first name or alias several attendees
    share is ambiguous; a single word that is no role (``Eric``, ``ekhall``, ``@dana``) or
    capitalised words that look like a name are no one's. Several words in lower case
    (``chefen för kommunikation``, ``the chair``) are a role."""
    names = names_in(meeting)
    candidates = names.shared.get(fold(who))
    if candidates:
        yield ambiguous_name(who, candidates)
        return
    words = registry.vocabulary(meeting.language, meeting.body)
    if not name_shaped(who, words):
        return
    people = [p for p in meeting.people() if p.name]
    full_names = [p.name for p in people]
    short_names = [*(n.split()[0] for n in full_names), *(a for p in people for a in p.aliases)]
    near_person = near_miss(who, [*short_names, *full_names], cutoff=0.8)
    near_org = registry.suggest_organisation(who)
    if looks_like_a_name(who, words):
        near = near_miss(who, full_names, cutoff=0.8)
        yield Mistake("unknown-person", f"{who} is not in the attendance.", near=near)
    elif who[0].isupper() and near_person and not near_org:
        yield Mistake("unknown-person", f"{who} is not in the attendance.", near=near_person)
    elif who[0].isupper():
        hint = (
            "Correct it, add it (or this alias) to the organisation registry, or write "
            "the person's name as in the attendance."
        )
        message = f"Unknown organisation {who!r}."
        yield Mistake("unknown-organisation", message, hint, near_org)
    else:
        message = f"{who} is no one in the attendance, nor an organisation, group or role."
        hint = (
            "Write the person's name as in the attendance, or declare this name there as "
            'an alias (`- Dana Reed (@dana)`, `- Maria "Mia" Lind`).'
        )
        yield Mistake("unknown-person", message, hint, near_person or near_org)


def present_for(listed: str, number: str) -> bool:
    """Present for item 4 means present for 4.1 too."""
    return number == listed or number.startswith(f"{listed}.")


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
