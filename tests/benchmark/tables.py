"""The tables of ``make bench`` (``run``): per size, the three sides' full builds, and
minutes' time and memory as ratios of plain's and of pages'; under them, growth, the edit
and the warnings; and where one serial build's time goes, by kind of page and phase."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from measure import Run

Spent = dict[str, dict[str, tuple[float, int]]]
"""Seconds and pages, per kind of page and phase (see ``phases``)."""

KINDS = {
    "meeting": "meetings",
    "organisations": "organisations",
    "people": "people",
    "topics": "topics",
    "register": "registers of a body",
    "navigation": "body, year and index pages",
}


Measured = dict[tuple[str, int], Run]

SIDES = ("plain", "pages", "minutes")
"""The builds of an archive, in the order of each round: plain MyST, plain MyST with the
history pages written by hand (``twin``), and sphinx-minutes."""


def phase_table(size: int, plain: Spent, ours: Spent) -> list[str]:
    """Per kind of page: pages, and milliseconds a page to read, resolve and write."""

    def cell(kind: str, phase: str) -> str:
        shown = []
        for spent in (plain, ours):
            seconds, pages = spent.get(kind, {}).get(phase, (0.0, 0))
            shown.append(f"{1000 * seconds / pages:.0f}" if pages else "–")
        return " / ".join(shown)

    def seconds(spent: Spent, kind: str) -> float:
        return sum(s for s, _ in spent.get(kind, {}).values())

    head = ["pages", "count", "read, ms a page", "resolve", "write", "in all, s"]
    lines = [
        f"Where the time of one serial build of {size} meetings goes, plain / minutes "
        "(`tests/benchmark/phases.py`):",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" for _ in head) + "|",
    ]
    for kind, label in KINDS.items():
        counts = [spent.get(kind, {}).get("read", (0.0, 0))[1] for spent in (plain, ours)]
        lines.append(
            f"| {label} | {counts[0]} / {counts[1]} | {cell(kind, 'read')} | "
            f"{cell(kind, 'resolve')} | {cell(kind, 'write')} | "
            f"{seconds(plain, kind):.1f} / {seconds(ours, kind):.1f} |"
        )
    rest = [
        spent["build"]["total"][0] - sum(seconds(spent, kind) for kind in KINDS)
        for spent in (plain, ours)
    ]
    totals = [spent["build"]["total"][0] for spent in (plain, ours)]
    exported = ours.get("exports", {}).get("write", (0.0, 0))[0]
    lines += [
        f"| the open data (`data/`), written when the build ends | | | | | – / {exported:.1f} |",
        f"| the rest: environment, indexes, search, static files | | | | | "
        f"{rest[0]:.1f} / {rest[1] - exported:.1f} |",
        f"| **whole build** | | | | | **{totals[0]:.1f} / {totals[1]:.1f}** |",
        "",
        f"Writing the open data takes {100 * exported / totals[1]:.1f} % of the build.",
    ]
    return lines


NAMES = {"plain": "plain", "pages": "plain + pages", "minutes": "minutes"}


def table(
    options: argparse.Namespace,
    serial: Measured,
    parallel: Measured,
    edits: dict[str, tuple[Run, list[str]]],
) -> str:
    """Per size: each side's time and memory, and minutes' as ratios of plain's and pages'."""
    sides = " / ".join(NAMES[k] for k in SIDES)
    head = [
        "meetings",
        f"full build, {sides} (median of {options.rounds})",
        "time, minutes / plain",
        "minutes / pages",
        f"peak memory, {sides}",
        "memory, minutes / plain",
        "minutes / pages",
        f"`-j {options.jobs}`, {sides} (one round)",
        f"`-j {options.jobs}` speed-up, {sides}",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for size in options.sizes:
        runs = [serial.get((k, size)) for k in SIDES]
        fast = [parallel.get((k, size)) for k in SIDES]
        row = [
            f"{size}",
            cells(runs, lambda r: f"{r.seconds:.1f} s"),
            ratio(runs[2], runs[0], "seconds"),
            ratio(runs[2], runs[1], "seconds"),
            cells(runs, lambda r: f"{r.peak_mib:.0f}") + " MiB",
            ratio(runs[2], runs[0], "peak_mib"),
            ratio(runs[2], runs[1], "peak_mib"),
            cells(fast, lambda r: f"{r.seconds:.1f} s"),
            " / ".join(
                ratio(r, f, "seconds").strip("*") if r and f else "–"
                for r, f in zip(runs, fast, strict=True)
            ),
        ]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines + notes(options, serial, edits)) + "\n"


def cells(runs: list[Run | None], shown: Callable[[Run], str]) -> str:
    """One figure of each side, ``–`` for a side not built."""
    return " / ".join(shown(r) if r else "–" for r in runs)


def ratio(ours: Run | None, theirs: Run | None, field: str) -> str:
    if ours is None or theirs is None:
        return "–"
    return f"**{getattr(ours, field) / getattr(theirs, field):.2f}×**"


def notes(
    options: argparse.Namespace, serial: Measured, edits: dict[str, tuple[Run, list[str]]]
) -> list[str]:
    """Under the table: growth with size, the edit and its rebuild, the warnings."""
    small, large = options.sizes[0], options.sizes[-1]
    built = [k for k in SIDES if (k, large) in serial]
    lines = []
    if small != large:
        growth = {k: serial[k, large].seconds / serial[k, small].seconds for k in built}
        shown = ", ".join(f"{NAMES[k]} {growth[k]:.2f}" for k in built)
        lines += ["", f"Growth, t({large}) / t({small}): {shown} (linear: {large / small:.2f})."]
    (plain_edit, plain_pages), (ours_edit, ours_pages) = edits["plain"], edits["minutes"]
    warnings = {k: sum(r.warnings for (side, _), r in serial.items() if side == k) for k in built}
    lines += [
        "",
        f"Editing one statement of one meeting of {large}, then building again (median of "
        f"{options.rounds}): plain {plain_edit.seconds:.1f} s, minutes {ours_edit.seconds:.1f} s "
        f"(**{ours_edit.seconds / plain_edit.seconds:.2f}×**); pages written: plain "
        f"{len(plain_pages)}, minutes {len(ours_pages)}:",
        "",
        *(f"- `{page}`" for page in ours_pages),
        "",
        "Warnings: " + ", ".join(f"{NAMES[k]} {warnings[k]}" for k in built) + ".",
    ]
    return lines
