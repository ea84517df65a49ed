"""A page read with the keyboard alone: Tab pressed from the top until the focus comes
back round, each stop recorded with whether it shows where the focus is.

A focus indicator counts when the focused element has an outline (a style other than
``none``, a width and a colour that is not transparent) or a box shadow that is not
transparent and not of zero size; on the element or inside it (the theme rings the
chevron inside a sidebar's toggle, not the toggle). Transitions are switched off first, so that what is
measured is what the reader sees once the ring has faded in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STILL = "*, *::before, *::after { transition: none !important; animation: none !important; }"

STOP = """() => {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return "outside";
  if (e.dataset.tabbed) return "again";
  e.dataset.tabbed = "1";
  const seen = (colour) => !/^rgba\\([^)]*,\\s*0\\)$/.test(colour) && colour !== "transparent";
  const outlined = (el) => {
    const s = getComputedStyle(el);
    return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && seen(s.outlineColor);
  };
  const shadowed = (el) => {
    const s = getComputedStyle(el);
    const shadows = s.boxShadow === "none" ? [] : s.boxShadow.split(/,(?![^(]*\\))/);
    return shadows.some((one) => {
      const colour = (one.match(/rgba?\\([^)]*\\)/) || ["rgb(0, 0, 0)"])[0];
      const sizes = one.replace(colour, "").match(/-?[\\d.]+px/g) || [];
      return seen(colour) && sizes.some((size) => parseFloat(size) !== 0);
    });
  };
  const name = (e.getAttribute("aria-label") || e.textContent || "").trim().slice(0, 40);
  return {what: `${e.tagName.toLowerCase()} "${name}" ${e.getAttribute("href") || ""}`,
          ring: [e, ...e.querySelectorAll("*")].some(outlined) ? "outline"
              : [e, ...e.querySelectorAll("*")].some(shadowed) ? "shadow" : ""};
}"""

UNREACHED = """() => [...document.querySelectorAll("a[href]")]
  .filter((a) => !a.dataset.tabbed)
  .filter((a) => a.checkVisibility({opacityProperty: true, visibilityProperty: true}))
  .filter((a) => { const r = a.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
  .map((a) => `a "${a.textContent.trim().slice(0, 40)}" ${a.getAttribute("href")}`)"""


@dataclass(frozen=True, slots=True)
class Tabbed:
    """What the Tab key reached on a page, and what it did not."""

    stops: dict[str, str]
    """Every element focused, in order, with its ring: ``outline``, ``shadow`` or none
    (an outline stays in forced-colours mode, Windows' high contrast; a shadow does not)."""
    unringed: list[str]
    """Those that showed no focus indicator."""
    unreached: list[str]
    """The visible links the Tab key never reached."""


def tab_through(page: Any, limit: int) -> Tabbed:
    """Tab from the top of the loaded ``page`` until the focus comes back to an element
    already visited (or ``limit`` presses: a page with more stops is a finding too)."""
    page.add_style_tag(content=STILL)
    stops: dict[str, str] = {}
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP)
        if stop == "again":
            break
        if stop == "outside":  # the browser's own controls, between the last and the first
            continue
        stops[stop["what"]] = stop["ring"]
    else:
        raise AssertionError(f"more than {limit} Tab stops: {list(stops)[:5]} ...")
    unringed = [what for what, ring in stops.items() if not ring]
    return Tabbed(stops, unringed, page.evaluate(UNREACHED))
