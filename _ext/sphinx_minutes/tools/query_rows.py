"""The rows ``query`` answers with: decisions, follow-ups, questions, attendance.

A row is the record the site's files hold (what ``--format json`` prints) and the cells a
reader sees in the table and the CSV. Rows come in the site's order: body by body, each
body's meetings by date, the statements in the order of the minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .query_match import (
    Filters,
    attendee_matches,
    item_matches,
    meeting_matches,
    said_by,
    text_matches,
)
from .query_site import Found, Json

FOLLOW_UP_STATES = ("open", "overdue", "closed")
MINUTES_STATES = ("draft", "approved", "published")

NOBODY = "—"


@dataclass(frozen=True, slots=True)
class Row:
    """One answer: ``record`` as in the files, ``cells`` by column (``Id`` and ``URL``
    are in the CSV only)."""

    record: Json
    cells: dict[str, str]


def placed(found: Found, item: Json, record: Json) -> dict[str, str]:
    """Where a statement stands: the meeting's date and body, the item's number and title."""
    meeting = found.meeting
    number = f"{item['number']} " if item["number"] else ""
    return {
        "Date": meeting["date"] or "",
        "Body": meeting["body"],
        "Item": f"{number}{item['title']}",
        "Id": record["id"],
        "URL": record["url"],
    }


def who(attribution: Json | None) -> str:
    """A person by their full name; anyone else as the minutes wrote it."""
    if attribution is None:
        return NOBODY
    if attribution["kind"] == "person" and attribution["key"]:
        return str(attribution["key"])
    return attribution["as_written"] or attribution["key"] or NOBODY


def minutes_state_matches(found: Found, filters: Filters) -> bool:
    return filters.status is None or found.meeting["status"] == filters.status


Sea = tuple[Found, Json, Json]
"""A statement where it stands: its meeting, its item, itself."""


def statements(meetings: list[Found], filters: Filters, kinds: set[str]) -> Iterator[Sea]:
    """The statements of these kinds, in meetings and items the filters allow."""
    for found in meetings:
        if not meeting_matches(found, filters):
            continue
        for item in found.meeting["items"]:
            if item_matches(item, filters):
                yield from ((found, item, s) for s in item["statements"] if s["kind"] in kinds)


def vote_text(statement: Json) -> str:
    """A vote as the minutes give it: who was elected, the choices, the counts."""
    vote = statement.get("vote")
    parts: list[str] = []
    if vote:
        if vote["elected"]:
            parts.append("elected: " + ", ".join(vote["elected"]))
        parts.extend(f"{c['choice']} {c['count']}" for c in vote["choices"])
        counts = [f"{side} {n}" for side, n in vote["counts"].items() if n is not None]
        parts.extend(counts)
        parts.extend(
            word
            for flag, word in (
                (vote["unanimous"], "unanimous"),
                (vote["acclamation"], "by acclamation"),
            )
            if flag
        )
    if statement.get("outcome"):
        parts.append(statement["outcome"])
    return ", ".join(parts)


def decisions(meetings: list[Found], filters: Filters) -> list[Row]:
    """Decisions and motions; a decision with candidates elected or choices is an election."""
    rows = []
    for found, item, s in statements(meetings, filters, {"decision", "motion"}):
        vote = s.get("vote")
        voters = [v["who"] for v in vote["roll_call"]] if vote else []
        if not (
            minutes_state_matches(found, filters)
            and said_by(found.meeting, [s["by"], s.get("seconder"), *voters], filters)
            and text_matches([s["text"], item["title"]], filters)
        ):
            continue
        election = bool(vote and (vote["elected"] or vote["choices"]))
        cells = placed(found, item, s)
        cells |= {"Kind": "election" if election else s["kind"], "Decision": s["text"]}
        rows.append(Row(s, cells | {"Vote": vote_text(s)}))
    return rows


def state_matches(follow_up: Json, filters: Filters) -> bool:
    """``--status open`` includes the overdue: they are open, and late."""
    state = follow_up["state"]
    return filters.status in (None, state) or (filters.status, state) == ("open", "overdue")


def follow_ups(meetings: list[Found], filters: Filters) -> list[Row]:
    rows = []
    for found, item, s in statements(meetings, filters, {"follow-up"}):
        follow_up = s["follow_up"]
        if not (
            state_matches(follow_up, filters)
            and said_by(found.meeting, [s["by"], follow_up["owner"]], filters)
            and text_matches([s["text"], item["title"]], filters)
        ):
            continue
        due = follow_up["due"] or ("next meeting" if follow_up["due_next_meeting"] else "")
        cells = placed(found, item, s) | {"Follow-up": s["text"], "Owner": who(follow_up["owner"])}
        cells |= {
            "Due": due,
            "State": follow_up["state"],
            "Closed by": follow_up["closed_by"] or "",
        }
        rows.append(Row(s, cells))
    return rows


def answers_of(meeting: Json, question: Json) -> list[Json]:
    """The meeting's answers to a question, wherever in the meeting they were given."""
    return [
        s
        for item in meeting["items"]
        for s in item["statements"]
        if s["kind"] == "answer" and question["id"] in s["answers"]
    ]


def answer_text(answer: Json) -> str:
    """An answer as the table shows it: who answered, if the minutes say, and what."""
    by = answer["by"]
    return f"{who(by)}: {answer['text']}" if by["kind"] != "nobody" else answer["text"]


def questions(meetings: list[Found], filters: Filters) -> list[Row]:
    """Questions, each with its answers' text (in JSON as ``answered_by``, the records)."""
    rows = []
    for found, item, s in statements(meetings, filters, {"question"}):
        answers = answers_of(found.meeting, s)
        if not (
            minutes_state_matches(found, filters)
            and said_by(found.meeting, [s["by"], s["to"]], filters)
            and text_matches([s["text"], item["title"], *(a["text"] for a in answers)], filters)
        ):
            continue
        answered = "\n".join(answer_text(a) for a in answers) or NOBODY
        cells = placed(found, item, s) | {"Asked by": who(s["by"]), "Question": s["text"]}
        rows.append(Row(s | {"answered_by": answers}, cells | {"Answer": answered}))
    return rows


def presence(attendee: Json) -> str:
    """Present, remote or absent, and when they came or went if the minutes say."""
    times = [f"{word} {attendee[key]}" for key, word in (("arrived", "from"), ("left", "until"))]
    return " ".join([attendee["status"], *(t for t in times if not t.endswith(" None"))])


def attendance(meetings: list[Found], filters: Filters) -> list[Row]:
    """Who attended, meeting by meeting; ``--topic`` keeps the meetings with an item on it."""
    rows = []
    for found in meetings:
        meeting = found.meeting
        if not (
            meeting_matches(found, filters)
            and minutes_state_matches(found, filters)
            and (not filters.topic or any(item_matches(i, filters) for i in meeting["items"]))
        ):
            continue
        for attendee in meeting["attendance"]:
            if attendee_matches(attendee, filters) and text_matches(
                [attendee["as_written"]], filters
            ):
                rows.append(
                    Row({"meeting": meeting["id"], **attendee}, attendee_cells(found, attendee))
                )
    return rows


def attendee_cells(found: Found, attendee: Json) -> dict[str, str]:
    meeting = found.meeting
    return {
        "Date": meeting["date"] or "",
        "Body": meeting["body"],
        "Name": attendee["name"] or attendee["as_written"],
        "Organisation": attendee["organisation"] or "",
        "Role": attendee["role"] or "",
        "Status": presence(attendee),
        "Id": meeting["id"],
        "URL": meeting["url"],
    }


Select = Callable[[list[Found], Filters], list[Row]]

WHAT: dict[str, Select] = {
    "decisions": decisions,
    "follow-ups": follow_ups,
    "questions": questions,
    "attendance": attendance,
}
"""What the command answers, by the name the user types."""
