"""The warning codes of agenda items, statements, votes, links, directives and data (the
first part of the table is in ``codes``)."""

from __future__ import annotations

from .code import Code

ITEM_CODES: tuple[Code, ...] = (
    # Agenda items and statements
    Code(
        "item-number",
        "A number that does not fit where the item stands (a sub-item's not continuing "
        "its item's, or outside any item), or neither number nor title.",
        "`{agenda-item} 5.1 Budget` inside item 4; `4.1` outside item 4's block",
        "Number a sub-item after its item (4.1, 4.2 inside item 4), or move its block.",
    ),
    Code(
        "item-numbering",
        "Numbered agenda items are not in order: a gap, a repeat, or an item recorded "
        "before the one it follows (without `:out-of-order:`).",
        "item 5 followed by item 7; item 5.1 recorded after item 5.3",
        "Renumber the items so each follows the one before it (4, 4.1, 4.2, 5).",
    ),
    Code(
        "outside-item",
        "A statement (comment, question …) stands outside any agenda item.",
        "a `{question}` block before the first `{agenda-item}`",
        "Move the statement into the agenda item it belongs to.",
    ),
    Code(
        "answer-without-question",
        "An answer has no question right before it.",
        "an `{answer}` after a `{comment}`",
        "Put the answer right after its question, or make it a comment.",
    ),
    Code(
        "empty-statement",
        "A decision, comment, question, answer or follow-up has no text.",
        "`:::{decision}` followed directly by `:::`",
        "Write what was decided or said, or remove the block.",
    ),
    Code(
        "follow-up-owner",
        "A follow-up has no owner.",
        "`:::{follow-up}` without a name after it",
        "Name who follows it up: `{follow-up} Karin Hedman`.",
    ),
    Code(
        "follow-up-due",
        "A follow-up is due before the meeting that decided it.",
        "`:due: 2023-01-31` in the minutes of 2023-10-27",
        "Correct the due date (YYYY-MM-DD, on or after the meeting).",
    ),
    Code(
        "follow-up-open",
        "A follow-up is still open after the configured number of later meetings "
        "(`minutes_follow_up_limit`, off by default).",
        "an action of January not closed by the three meetings since",
        "Close it with `:closes:` in the meeting that finished it, or raise the limit.",
    ),
    Code(
        "unknown-follow-up",
        "`:closes:` names a follow-up that no earlier meeting of the body has.",
        "`:closes: wall-quote` with no follow-up `:id: wall-quote` before",
        "Use the follow-up's `:id:` (or its anchor, `2024-01-15#item-1-follow-up-1`).",
    ),
    Code(
        "follow-up-closed",
        "`:closes:` names a follow-up that an earlier statement already closed.",
        "`:closes: wall-quote` in May when April's minutes closed it",
        "Remove the second `:closes:`, or correct it to the follow-up meant.",
    ),
    Code(
        "duplicate-id",
        "Two decisions, motions or follow-ups of one body have the same `:id:`.",
        "`:id: budget` in January and again in March",
        "Give each an `:id:` of its own (`budget-2024`, `budget-2025`).",
    ),
    Code(
        "unknown-topic",
        "A topic is not in the topic registry.",
        "`:topics: sociala medjer`",
        "Correct it, or add it (or this alias) to the topic registry.",
    ),
    Code(
        "missing-attachment",
        "A slide deck or attachment file does not exist.",
        "`:slides: bildspel.pdf` with no such file beside the minutes",
        "Add the file next to the minutes, correct its path, or give a URL.",
    ),
    Code(
        "unsafe-link",
        "A link, attachment or image would publish a file from outside the project (or "
        "from a hidden folder, or the build's output), or its URL is not `http`, `https` "
        "or `mailto`. It is shown as text, not linked and not copied.",
        "`:slides: ../../../etc/passwd`, `:attachments: Click <javascript:alert(1)>`",
        "Put the file in the project beside the minutes, or link it by an `https` URL.",
    ),
    Code(
        "raw-html",
        "HTML (or other raw markup, such as LaTeX) written in a page is shown as text, not "
        "run (`minutes_raw_html` is off).",
        "`<script>…</script>` or `<img src=x onerror=…>` in a statement",
        "Write it as Markdown; a site that trusts its writers can set "
        "`minutes_raw_html = True` in `conf.py`.",
    ),
    # Votes, motions and reservations
    Code(
        "vote-contradiction",
        "A vote contradicts itself: unanimous or by acclamation with votes on the "
        "losing side, or a voter named twice in a roll call.",
        "`:unanimous:` with `:against: 2`; `:for: Anna Berg` and `:against: Anna Berg`",
        "Correct the counts or the names, or remove `:unanimous:` (`:acclamation:`).",
    ),
    Code(
        "unknown-choice",
        "`:elected:` names none of the options of `:choices:`.",
        "`:elected: Anna Borg` with `:choices: Anna Berg 12; Erik Holm 9`",
        "Write who or what was elected as `:choices:` writes it, or add it to the choices.",
    ),
    Code(
        "reservation",
        "A reservation follows no decision or motion of its agenda item, or names no one.",
        "a `{reservation}` before any `{decision}` of its item; `:::{reservation}` alone",
        "Put the reservation after the decision or motion it is against, and name who "
        "entered it: `{reservation} Erik Holm`.",
    ),
    # Links
    Code(
        "unknown-meeting",
        "A link names a meeting that is neither in the project, nor declared external, "
        "nor in another project's inventory (intersphinx).",
        "``{meeting}`2023-04-72` ``",
        "Correct the date, or declare the meeting under `external-meetings` of its body "
        "in the body registry, or add the project that has it to `intersphinx_mapping`.",
    ),
    Code(
        "unknown-item",
        "A link names an agenda item that the meeting does not have.",
        "``{item}`2023-10-27#12` `` when that meeting has 11 items",
        "Correct the item number, or for an item written without one its anchor as the "
        "page's address shows it (`2024-09-12#budget-review`) or its title, or the meeting.",
    ),
    Code(
        "unknown-statement",
        "A link names a decision (or motion) or follow-up that the minutes do not have.",
        "``{follow-up}`revised-budgt` `` when the follow-up's `:id:` is `revised-budget`",
        "Use the statement's `:id:` or its anchor (`2024-02-08#item-2-follow-up-1`).",
    ),
    Code(
        "not-public-reference",
        "In the public build, a public item or statement links to an item or statement "
        "under `:not-public:`, closes a follow-up that is not public, or answers a question "
        "that is not public; the link is shown as plain text.",
        "``{item}`2025-03-10#2` `` when item 2 of that meeting is `:not-public:`",
        "Leave the link out of the public text, or make what it names public.",
    ),
    # Directives and data
    Code(
        "bad-option",
        "A directive option is unknown, given twice, written below a blank line (where "
        "it is text), or has a value that cannot be understood.",
        "`:due: next week`, `:format: zoom`, `:colour: blue`",
        "Use the options and forms given in the reference (a date is `YYYY-MM-DD`), "
        "right under the directive's first line.",
    ),
    Code(
        "encoding",
        "A file is not UTF-8 (it was saved as Windows-1252 or Latin-1, say): the letters "
        "that cannot be read are shown as �.",
        "a meeting saved by an old editor, with `Å` as the byte `0xC5`",
        "Save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8).",
    ),
    Code(
        "unknown-directive",
        "A block in the minutes names a directive that is not known: misspelt, or of an "
        "extension the project does not load. The block is shown as written.",
        "`:::{decison}`, `:::{comments}`",
        "Correct the name (the message says the one it is closest to).",
    ),
    Code(
        "unclosed-block",
        "A block (`:::{decision}` …) is never closed, so it takes in everything after "
        "it, to the end of the file or of the block around it.",
        "`:::{decision}` with no `:::` line after its text",
        "Close it with a fence line of as many colons (or backticks) as opened it.",
    ),
    Code(
        "malformed",
        "A directive could not be read at all; its text is shown as written, marked.",
        "a `meeting` block with text in it",
        "Correct the block as the message says; the reference shows its form.",
    ),
    Code(
        "registry",
        "A registry file is malformed, or has an entry of the wrong shape or a value the "
        "build refuses (a YAML alias, an unsafe URL, a body id that cannot name a folder).",
        "an organisation without a `name` in the organisation registry",
        "Fix the entry at the given line; the reference shows each registry's shape.",
    ),
    Code(
        "language",
        "A language no catalogue and vocabulary is shipped for (a body's `language`, a "
        "meeting's `:language:`, the project's `language`), nor the project has in its "
        "`locales/` folder: its pages get English labels and English words only. Also a "
        "project's catalogue that cannot be read: its labels are left out.",
        "`language: it` in the body registry",
        "Use a shipped language, or add yours as the how-to “Add or correct a language” shows.",
    ),
    Code(
        "words",
        "Words a body (`words:` in the body registry) or the project (`minutes_words` in "
        "`conf.py`, a words file in `locales/`) adds cannot be read: an unknown section or "
        "meaning, or not a list of words. Those words are left out; the rest are understood.",
        "`words: {headings: {excused: [Entschuldigt]}}` (the meaning is `absent`)",
        "Use the sections and meanings of the vocabulary reference, each with a list of "
        "words: `headings: {absent: [Entschuldigt]}`.",
    ),
)
