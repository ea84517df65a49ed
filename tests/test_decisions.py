"""Decisions as bodies take them: only the counts written, roll calls by name, unanimity and
acclamation, motions with mover, seconder and outcome, elections, and reservations; on the
meeting's page, in the decisions register and on the mover's page."""

from __future__ import annotations

from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import (
    build_once,
    build_root,
    copy_root,
    page_text,
    soup,
    sphinx_build,
    squeezed,
    warning_lines,
)
from sphinx_minutes.model.meeting import Statement
from sphinx_minutes.read.registry import Registry
from sphinx_minutes.read.votes import is_count, is_names, names, outcome_of, read_choices

BOARD = "meetings/byggnamnden/2025-03-12"
AGM = "meetings/rowing-association/2025-04-05"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    return build_root("decisions", tmp_path_factory.mktemp("decisions"))


def statements(built: SphinxTestApp, docname: str, number: str) -> list[Statement]:
    """The statements of an agenda item, as read."""
    meeting = built.env.domains["minutes"].meetings[docname]
    item = meeting.item(number)
    assert item is not None
    return list(item.statements)


def test_builds_without_warnings(built: SphinxTestApp) -> None:
    assert built.warning.getvalue() == ""


@pytest.mark.parametrize("docname", [BOARD, AGM])
def test_every_line_written_is_on_the_page(built: SphinxTestApp, docname: str) -> None:
    text = page_text(built.outdir, docname)
    source = (built.srcdir / f"{docname}.md").read_text(encoding="utf-8")
    for line in source.splitlines():
        if line.startswith(":") and ": " in line and not line.startswith((":topics:", ":format:")):
            assert line.partition(": ")[2] in text, line
        elif line and not line.startswith((":", "#")):
            assert line.removeprefix("- ") in text, line


def test_only_the_counts_written(built: SphinxTestApp) -> None:
    """`:for: 13` alone is thirteen for, and no count nobody wrote: not on the page, not in
    the register, not in the model."""
    (decision,) = statements(built, AGM, "1")
    assert decision.vote.counts == (13, None, None)
    text = page_text(built.outdir, AGM)
    assert "Decision (13 for): The accounts for 2024 are approved" in text
    register = page_text(built.outdir, "registers/rowing-association/decisions")
    assert "The accounts for 2024 are approved and the board is discharged. (13 for)" in register
    assert "0 against" not in register + text
    assert "0 abstained" not in register + text


def test_a_motion_with_mover_seconder_outcome_and_counts(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, AGM)
    assert (
        "Motion by Dana Reed, seconded by Kim Aho (adopted; 12 for, 3 against): "
        "The association buys a second coxless four before the summer." in text
    )
    assert "Motion by Priya Shah (withdrawn): Membership fees for juniors are halved." in text
    assert "Motion by Erik Holm, seconded by Anna Berg (referred unanimously): The club" in text
    motion = statements(built, AGM, "2")[0]
    assert (motion.by.key, motion.seconder.key, motion.outcome) == (
        "Dana Reed",
        "Kim Aho",
        "adopted",
    )


def test_swedish_labels(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, BOARD)
    assert (
        "Yrkande av Johan Lindgren, understött av Sofia Berg (avslaget; 2 för: Johan Lindgren, "
        "Sofia Berg; 4 emot: Maria Ekström, Ahmed Karimi, Elin Nyström, Per Holmqvist): "
        "Ärendet återremitteras" in text
    )
    assert "Beslut (med acklamation): Nämnden väljer Elin Nyström" in text
    assert "Vald: Elin Nyström." in text
    assert "Beslut (enhälligt): Redovisningen av delegationsbeslut" in text


def test_a_roll_call_counts_its_names_and_links_the_people(built: SphinxTestApp) -> None:
    motion, decision, *_ = statements(built, BOARD, "2")
    assert motion.vote.counts == (2, 4, None)
    assert decision.vote.counts == (4, 2, None)
    assert [(v.side, v.who.key, v.line) for v in decision.vote.voters][:2] == [
        ("for", "Maria Ekström", 47),
        ("for", "Ahmed Karimi", 47),
    ]
    box = soup(built.outdir, BOARD).find("div", id=decision.id)
    label = box.select_one(".minutes-label")
    linked = {a.get_text(""): a["href"] for a in label.find_all("a")}
    assert linked["Per Holmqvist"].endswith("registers/people/per-holmqvist.html")
    assert linked["Johan Lindgren"].endswith("registers/people/johan-lindgren.html")
    assert label.get_text("").startswith("Beslut (4 för: Maria Ekström, Ahmed Karimi")


def test_a_person_s_page_shows_how_they_voted_in_roll_calls(built: SphinxTestApp) -> None:
    text = page_text(built.outdir, "registers/people/sofia-berg")
    assert (
        "Votes 2025 March 12, 2025: 2. Detaljplan för Norrhamnen (Motion: for) "
        "March 12, 2025: 2. Detaljplan för Norrhamnen (Decision: against)" in text
    )
    assert "Votes" not in page_text(built.outdir, "registers/people/dana-reed")


def test_reservations_follow_their_decision(built: SphinxTestApp) -> None:
    _, decision, reservation, silent = statements(built, BOARD, "2")
    assert (reservation.reserves, silent.reserves) == (decision.id, decision.id)
    text = page_text(built.outdir, BOARD)
    assert (
        "Reservation Sofia Berg (M) (mot beslutet): Trafikfrågan är inte utredd och planen "
        "bör inte antas förrän den är det." in text
    )
    assert "Reservation Johan Lindgren (M) (mot beslutet)." in text
    link = soup(built.outdir, BOARD).find("div", id=reservation.id).find("a", string="mot beslutet")
    assert link["href"] == f"#{decision.id}"
    register = page_text(built.outdir, "registers/byggnamnden/decisions")
    assert (
        "Nämnden antar detaljplanen för Norrhamnen. (4 för, 2 emot) — Reservation Sofia Berg (M): "
        "Trafikfrågan är inte utredd" in register
    )
    assert "— Reservation Johan Lindgren (M)" in register


def test_an_election_on_the_page_and_in_the_register(built: SphinxTestApp) -> None:
    (election,) = statements(built, AGM, "3")
    assert election.vote.choices == (("Anna Berg", 12), ("Erik Holm", 9), ("Kim Aho", 3))
    assert election.vote.elected == ("Anna Berg",)
    text = page_text(built.outdir, AGM)
    assert (
        "Decision the meeting: Anna Berg is elected chair for 2025 by secret ballot. "
        "Choices: Anna Berg 12; Erik Holm 9; Kim Aho 3. Elected: Anna Berg." in text
    )
    page = soup(built.outdir, AGM)
    elected = page.find("div", id=election.id).select_one(".minutes-choices a")
    assert elected.get_text("") == "Anna Berg"
    register = page_text(built.outdir, "registers/rowing-association/decisions")
    assert (
        "by secret ballot. Choices: Anna Berg 12; Erik Holm 9; Kim Aho 3. Elected: Anna Berg."
        in register
    )
    assert "auditors for 2025. (by acclamation) Elected: Priya Shah, Oskar Wenn." in register


def test_motions_are_in_the_register_and_on_the_mover_s_page(built: SphinxTestApp) -> None:
    register = page_text(built.outdir, "registers/rowing-association/decisions")
    assert (
        "2. Motions: Motion by Dana Reed, seconded by Kim Aho: The association buys a second "
        "coxless four before the summer. (adopted; 12 for, 3 against)" in register
    )
    person = page_text(built.outdir, "registers/people/dana-reed")
    assert "Motion Dana Reed 2. Motions: The association buys a second coxless four" in person
    register = page_text(built.outdir, "registers/byggnamnden/decisions")
    assert "Yrkande av Johan Lindgren, understött av Sofia Berg: Ärendet återremitteras" in register
    assert "(avslaget; 2 för, 4 emot)" in register


def test_the_pdfs_latex_holds_the_votes(tmp_path: Path) -> None:
    """The meeting's PDF and the body's volume (its register) say what the page says; a
    reservation's link to its decision works on paper."""
    srcdir = copy_root("test-decisions", tmp_path / "src")
    out = tmp_path / "latex"
    result = sphinx_build("-W", "-b", "latex", str(srcdir), str(out))
    assert result.returncode == 0, result.stderr
    meeting = squeezed((out / "byggnamnden-2025-03-12.tex").read_text(encoding="utf-8"))
    assert "Yrkande av" in meeting
    assert "understött av" in meeting
    assert r"\hyperref[\detokenize{meetings/byggnamnden/2025-03-12:punkt-2-decision-1}]" in meeting
    volume = squeezed((out / "rowing-association.tex").read_text(encoding="utf-8"))
    assert "are approved and the board is discharged. (13 for)" in volume
    assert "0 against" not in volume


# What a writer may get wrong


MEETING = """\
# Möte i användarrådet 2 maj 2024

:::{{meeting}}
:::

:::{{attendance}}
Närvarande:

- Åsa Olsson, Formas, ordförande
- Lotta Sima, Formas (punkt 2)

Frånvarande:

- Hampus Brynolf, Springtime-Intellecta
:::

::::{{agenda-item}} 1. Verksamhetsplan
{block}
::::

:::{{agenda-item}} 2. Övrigt
:::
"""
AT = "meetings/rad/2024-05-02.md:19: WARNING:"
"""The line of the block's first option."""


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            ":::{decision}\n:for: Åsa Olsson, Karin Hedmann\n\nAntas.\n:::",
            f"{AT} Karin Hedmann is not in the attendance. Correct the name, or add the "
            "person to the attendance. [minutes.unknown-person]",
        ),
        (
            ":::{decision}\n:against: Hampus Brynolf\n\nAntas.\n:::",
            f"{AT} Hampus Brynolf is listed as absent. Correct the name, or move the person "
            "from the absent group. [minutes.absent-person]",
        ),
        (
            ":::{decision}\n:for: Lotta Sima\n\nAntas.\n:::",
            f"{AT} Lotta Sima is named in item 1 but was present only for item 2. Correct the "
            "name or the item, or widen the person's items in the attendance. "
            "[minutes.not-present-for-item]",
        ),
        (
            ":::{decision}\n:for: 12 röster\n\nAntas.\n:::",
            f"{AT} :for: '12 röster' is neither a count of votes nor a list of voters. Give a "
            "whole number (`:for: 5`) or the voters' names, separated by commas "
            "(`:for: Anna Berg, Erik Holm`). [minutes.bad-option]",
        ),
        (
            ":::{decision}\n:for: Åsa Olsson och Hampus Brynolf\n\nAntas.\n:::",
            f"{AT} Hampus Brynolf is listed as absent. Correct the name, or move the person "
            "from the absent group. [minutes.absent-person]",
        ),
        (
            ":::{motion} Åsa Olsson\n:outcome: tabled\n\nBordläggs.\n:::",
            f"{AT} :outcome: 'tabled' is not what became of a motion. Use one of: adopted, "
            "rejected, withdrawn, referred (or bifallet, avslaget, återtaget, återremitterat). "
            "[minutes.bad-option]",
        ),
        (
            ":::{decision}\n:unanimous: ja\n\nAntas.\n:::",
            f"{AT} :unanimous: takes no value; 'ja' is shown but not read. Write `:unanimous:` "
            "alone on its line, and anything more in the text. [minutes.bad-option]",
        ),
        (
            ":::{motion} Åsa Olsson\n:outcome: avslaget\n:acclamation:\n:for: 2\n\nAvslås.\n:::",
            "meetings/rad/2024-05-02.md:18: WARNING: This motion is recorded as taken by acclamation, "
            "with 2 for. Correct the counts or the names, or remove `:unanimous:` "
            "(`:acclamation:`). [minutes.vote-contradiction]",
        ),
        (
            ":::{motion} Åsa Olsson\n:seconded:\n\nAntas.\n:::",
            f"{AT} :seconded: names no one. Name who seconded the motion (`:seconded: Kim "
            "Aho`), or remove the line. [minutes.bad-option]",
        ),
        (
            ":::{motion} Åsa Olsson\n:outcome: bifallet\n:seconded: Hampus Brynolf\n\nAntas.\n:::",
            "meetings/rad/2024-05-02.md:20: WARNING: Hampus Brynolf is listed as absent. "
            "Correct the name, or move the person from the absent group. [minutes.absent-person]",
        ),
        (
            ":::{motion} Åsa Olsson\n:seconded: Karin Hedmann\n\nAntas.\n:::",
            f"{AT} Karin Hedmann is not in the attendance. Correct the name, or add the "
            "person to the attendance. [minutes.unknown-person]",
        ),
        (
            ":::{motion} Åsa Olsson\n:seconded: Lotta Sima\n\nAntas.\n:::",
            f"{AT} Lotta Sima is named in item 1 but was present only for item 2. Correct the "
            "name or the item, or widen the person's items in the attendance. "
            "[minutes.not-present-for-item]",
        ),
    ],
    ids=[
        "unknown-voter",
        "absent-voter",
        "voter-not-present-for-item",
        "bad-count",
        "two-voters-in-one",
        "bad-outcome",
        "flag-with-value",
        "rejected-by-acclamation-with-votes-for",
        "empty-seconded",
        "absent-seconder",
        "unknown-seconder",
        "seconder-not-present-for-item",
    ],
)
def test_a_mistake_is_located(block: str, expected: str, tmp_path: Path) -> None:
    copy_root("check-common", tmp_path)
    meeting = tmp_path / "meetings/rad/2024-05-02.md"
    meeting.parent.mkdir(parents=True, exist_ok=True)
    meeting.write_text(MEETING.format(block=block), encoding="utf-8")
    app = build_once(tmp_path)
    assert warning_lines(app, tmp_path) == [expected]
    text = page_text(app.outdir, "meetings/rad/2024-05-02")
    for line in block.splitlines()[1:]:  # every option's value stays on the page
        value = line.partition(": ")[2] if line.startswith(":") else line
        assert value.strip(":") in text


# Reading the options, without Sphinx


def test_a_count_or_names() -> None:
    assert is_count("12") and not is_count("12 votes") and not is_count("-3")
    assert is_names("Anna Berg, Erik Holm") and not is_names("12 votes") and not is_names(" ")
    assert names("Anna Berg, Erik Holm;\nKim Aho") == ["Anna Berg", "Erik Holm", "Kim Aho"]


def test_choices_with_and_without_counts() -> None:
    assert read_choices("Anna Berg 12; Erik Holm 9; Kim Aho") == (
        ("Anna Berg", 12),
        ("Erik Holm", 9),
        ("Kim Aho", None),
    )
    assert read_choices("Plan 2: 12\nPlan 3:") == (("Plan 2", 12), ("Plan 3", None))


def test_outcomes_in_swedish_and_english() -> None:
    words = Registry().vocabulary("sv")
    assert [outcome_of(w, words) for w in ("Bifallet", "carried", "återremitterat", "tabled")] == [
        "adopted",
        "adopted",
        "referred",
        None,
    ]


def test_an_ambiguous_seconder_is_reported_at_seconded(tmp_path: Path) -> None:
    srcdir = copy_root("test-names", tmp_path / "src")
    minutes = srcdir / "meetings/steering/2025-03-04.md"
    text = minutes.read_text(encoding="utf-8").replace(
        ":::{decision}\nThe council adopts",
        ":::{motion} Priya Nair\n:outcome: adopted\n:seconded: Eric\n\nThe council adopts",
    )
    minutes.write_text(text, encoding="utf-8")
    line = text.splitlines().index(":seconded: Eric") + 1
    app = build_once(srcdir)
    assert warning_lines(app, srcdir) == [
        f"meetings/steering/2025-03-04.md:{line}: WARNING: 'Eric' may be Eric Hall or Eric "
        "Holm. Write the full name, or give the person an alias of their own in the "
        "attendance (`- Eric Hall (@ehall)`) and write that. [minutes.ambiguous-name]"
    ]
    assert "seconded by Eric (adopted)" in page_text(app.outdir, "meetings/steering/2025-03-04")


# A motion's :id:

LATER = """\
# Möte i användarrådet 4 juni 2024

:::{meeting}
:::

:::{attendance}
Närvarande:

- Åsa Olsson, Formas, ordförande
- Lotta Sima, Formas
:::

::::{agenda-item} 1. Återremitterade ärenden
Yrkandet om {decision}`lördagsöppet <lordagsoppet>` från maj bereds vidare; se även
{decision}`rad/2024-05-02#punkt-1-motion-1`.
::::
"""
MOTION = (
    ":::{{motion}} {who}\n:id: {id}\n:outcome: {outcome}\n\nBiblioteket öppnar på lördagar.\n:::"
)


def test_a_motion_is_linked_by_its_id_from_a_later_meeting(tmp_path: Path) -> None:
    copy_root("check-common", tmp_path)
    block = MOTION.format(who="Åsa Olsson", id="lordagsoppet", outcome="referred")
    (tmp_path / "meetings/rad").mkdir(parents=True, exist_ok=True)
    (tmp_path / "meetings/rad/2024-05-02.md").write_text(
        MEETING.format(block=block), encoding="utf-8"
    )
    (tmp_path / "meetings/rad/2024-06-04.md").write_text(LATER, encoding="utf-8")
    app = build_once(tmp_path)
    assert warning_lines(app, tmp_path) == []
    links = soup(app.outdir, "meetings/rad/2024-06-04").find("section", id="punkt-1")
    found = {a.get_text(): a["href"] for a in links.find_all("a", class_="reference")}
    assert found == {
        "lördagsöppet": "2024-05-02.html#punkt-1-motion-1",
        "rad/2024-05-02#punkt-1-motion-1": "2024-05-02.html#punkt-1-motion-1",
    }
    published = {o[0]: (o[2], o[4]) for o in app.env.domains["minutes"].get_objects()}
    assert published["rad/lordagsoppet"] == ("decision", "punkt-1-motion-1")  # intersphinx


def test_a_motion_s_id_given_twice_is_reported(tmp_path: Path) -> None:
    """A motion's :id: is unique within the body, as a decision's is, whichever comes first."""
    copy_root("check-common", tmp_path)
    block = ":::{decision}\n:id: lordagsoppet\n\nBiblioteket öppnar på lördagar.\n:::"
    (tmp_path / "meetings/rad").mkdir(parents=True, exist_ok=True)
    (tmp_path / "meetings/rad/2024-05-02.md").write_text(
        MEETING.format(block=block), encoding="utf-8"
    )
    later = LATER.replace("motion-1", "decision-1").replace(
        "Yrkandet om",
        MOTION.format(who="Lotta Sima", id="Lordagsoppet", outcome="rejected") + "\n\nYrkandet om",
    )
    (tmp_path / "meetings/rad/2024-06-04.md").write_text(later, encoding="utf-8")
    app = build_once(tmp_path)
    assert warning_lines(app, tmp_path) == [
        "meetings/rad/2024-06-04.md:14: WARNING: The minutes of 2024-05-02 already have a "
        "statement with :id: 'Lordagsoppet'. Give each an `:id:` of its own (`budget-2024`, "
        "`budget-2025`). [minutes.duplicate-id]"
    ]
