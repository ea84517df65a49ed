"""Mistakes made in the real minutes: each is a located warning, and every sentence stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_PAGE, build_once, copy_site, page_text, seed_sentences, warning_lines
from sources import replace_text

MUTATIONS = {
    "misspelt organisation": (
        "- Lotta Sima, Sveriges Television\n",
        "- Lotta Sima, Sveriges Televisjon\n",
        [
            "2023-10-27.md:16: WARNING: Unknown organisation 'Sveriges Televisjon'. Did you "
            "mean 'Sveriges Television'? Correct it, or add it (or this alias) to the "
            "organisation registry. [minutes.unknown-organisation]"
        ],
        "Lotta Sima, Sveriges Television",
    ),
    "presenter not in the attendance": (  # the line goes, so the presenter is on line 211
        "- Stephanie Bresell (punkt 7)\n",
        "",
        [
            "2023-10-27.md:211: WARNING: Stephanie Bresell is not in the attendance. Correct "
            "the name, or add the person to the attendance. [minutes.unknown-person]"
        ],
        "Stephanie Bresell (punkt 7)",
    ),
    "item renumbered": (
        "::::{agenda-item} 7. SCB på sociala medier\n",
        "::::{agenda-item} 8. SCB på sociala medier\n",
        [
            "2023-10-27.md:211: WARNING: Item 8 follows item 6: 7 is missing. Did you mean 7? "
            "If not, record item 7 too (with `:status: not-reached` if not reached). "
            "[minutes.item-numbering]",
            # Stephanie Bresell was present for item 7 only, which is now numbered 8:
            "2023-10-27.md:212: WARNING: Stephanie Bresell is named in item 8 but was present "
            "only for item 7. Correct the name or the item, or widen the person's items in the "
            "attendance. [minutes.not-present-for-item]",
            "2023-10-27.md:308: WARNING: Item 8 is numbered twice. Renumber the items so each "
            "follows the one before it (4, 4.1, 4.2, 5). [minutes.item-numbering]",
        ],
        "7. SCB på sociala medier",
    ),
}


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_a_mistake_in_the_seed_is_located_and_nothing_is_lost(
    mutation: str, tmp_path: Path
) -> None:
    before, after, expected, changed = MUTATIONS[mutation]
    srcdir = copy_site(tmp_path)
    text = replace_text(srcdir / f"{SEED_PAGE}.md", before, after)
    assert text.count(before) == 1
    app = build_once(srcdir)
    folder = "meetings/scb-kommunikation/"
    assert [w.removeprefix(folder) for w in warning_lines(app, srcdir)] == expected
    page = page_text(app.outdir, SEED_PAGE)
    missing = [s for s in seed_sentences() if s not in page]
    assert missing == [changed]
