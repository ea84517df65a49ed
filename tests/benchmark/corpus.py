"""A generated archive for the benchmark: N meetings shaped like the seed, in two forms.

``minutes``: the project's syntax, with registries, several bodies meeting monthly, each
meeting's people and organisations drawn from pools, topics varied, a decision with votes,
and a follow-up that the body's next meeting closes.

``plain``: the same text as plain MyST (headings, lists, paragraphs; each statement's
label as bold text), with the same theme and the same toctree structure (body → year →
meeting), so the two builds differ only by what the extension does.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import runpy
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "meetings" / "scb-kommunikation" / "2023-10-27.md"
SEED_BODY = "scb-kommunikation"

FIRST = ["Anna", "Björn", "Cecilia", "David", "Elin", "Fredrik", "Greta", "Hugo", "Ingrid",
         "Johan", "Karin", "Lars", "Maria", "Nils", "Olivia", "Per", "Rut", "Sven", "Tove",
         "Ulf", "Vera", "Wilhelm", "Ylva", "Åke"]  # fmt: skip
LAST = ["Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm",
        "Isaksson", "Jansson", "Kvist", "Lindqvist", "Mattsson", "Nyberg", "Öberg",
        "Persson", "Ström", "Sundberg", "Törnqvist", "Wallin"]  # fmt: skip
AGENCIES = ["Myndigheten för", "Institutet för", "Förbundet för", "Rådet för", "Centrum för"]
FIELDS = ["skolfrågor", "bostäder", "folkhälsa", "digitalisering", "kultur", "miljödata",
          "arbetsmarknad", "transporter", "energi", "forskning", "medier", "äldrefrågor"]  # fmt: skip
TOPICS = ["Kommunikation", "Användardialog", "Sociala medier", "Skolan", "Öppna data",
          "Statistikdagen", "Tillgänglighet", "Webbplatsen", "Pressarbete", "Mötesformer"]  # fmt: skip

MEMBERS = 19
"""People a body has at a time (the seed's attendance names 17)."""
SEED_ORGS = ["Formas", "Sveriges Kommuner och Regioner", "Wikimedia",
             "Läromedelsförfattarnas riksförbund", "Sveriges Television", "Newsworthy",
             "Socialstyrelsen", "Springtime-Intellecta", "Försäkringskassan", "Perspetivo"]  # fmt: skip
"""The organisations of the seed's attendance, replaced in each generated meeting."""


@dataclass(frozen=True)
class Body:
    id: str
    name: str


def bodies(count: int) -> list[Body]:
    return [Body(f"rad-{n + 1:02d}", f"Användarråd {n + 1} för statistik") for n in range(count)]


def people() -> list[str]:
    return [f"{f} {last}" for f, last in itertools.product(FIRST, LAST)]


def organisations() -> list[str]:
    return [f"{a} {f}" for a, f in itertools.product(AGENCIES, FIELDS)]


def seed_names(seed: str) -> list[str]:
    """The full names in the seed's attendance, in order."""
    block = seed.split(":::{attendance}", 1)[1].split("\n:::", 1)[0]
    names = []
    for line in block.splitlines():
        if line.startswith("- "):
            names.append(re.split(r"[,(]", line[2:], maxsplit=1)[0].strip())
    return names


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def meeting_dates(count: int, per_body: int) -> list[tuple[int, dt.date]]:
    """(body index, date) for each meeting: bodies meet monthly, from January 2015."""
    out = []
    for n in range(count):
        body, k = divmod(n, per_body)
        year, month = divmod(k, 12)
        out.append((body, dt.date(2015 + year, month + 1, 10 + body % 15)))
    return out


def minutes_text(
    seed: str, body: Body, b: int, date: dt.date, previous: dt.date | None, k: int
) -> str:
    """One meeting in the project's syntax: the seed with its people, organisations,
    topic, date and title varied, a counted decision and a follow-up carried forward.
    ``k`` counts the body's meetings; ``b`` is the body's number."""
    everyone, orgs = people(), organisations()
    # A body's own people: a member leaves and another joins about every other meeting.
    members = [everyone[(b * MEMBERS + k // 2 + i) % len(everyone)] for i in range(MEMBERS)]
    text = seed
    for i, name in enumerate(seed_names(seed)):
        text = text.replace(name, members[(i * 7) % MEMBERS])
    for i, org in enumerate(SEED_ORGS):
        text = re.sub(rf"\b{re.escape(org)}\b", orgs[(b * 11 + k // 12 + i) % len(orgs)], text)
    title = f"# Möte i {body.name} {date.day} {MONTHS[date.month - 1]} {date.year}"
    text = re.sub(r"^# .*$", title, text, count=1, flags=re.M)
    prev = f":previous: {previous.isoformat()}\n" if previous else ""
    text = re.sub(r"^:previous: .*\n", prev, text, count=1, flags=re.M)
    text = text.replace(":topics: kommunikation", f":topics: t-{slug(TOPICS[k % len(TOPICS)])}")
    text = re.sub(r"\{meeting\}`[^`]*`", "Mötesanteckningarna från föregående möte.", text)
    owner = members[0]  # the chair, present
    closing = (
        f":::{{comment}} {owner}\n:closes: uppdrag-{previous.isoformat()}\n\n"
        "Uppdraget från förra mötet är utfört.\n:::\n\n"
        if previous
        else ""
    )
    extra = (
        "::::{agenda-item} 12. Beslut och uppdrag\n"
        f"{closing}"
        ":::{decision} rådet\n:for: 9\n:against: 2\n:abstained: 1\n\n"
        "Rådet ställer sig bakom förslaget till verksamhetsplan.\n:::\n\n"
        f":::{{follow-up}} {owner}\n:id: uppdrag-{date.isoformat()}\n"
        f":due: {(date + dt.timedelta(days=25)).isoformat()}\n\n"
        "Sammanställa rådets synpunkter till nästa möte.\n:::\n::::\n"
    )
    return text.rstrip("\n") + "\n\n" + extra


MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]  # fmt: skip

OPEN = re.compile(r"^(:{3,})\{([\w-]+)\}\s*(.*)$")
OPTION = re.compile(r"^:([\w-]+):\s*(.*)$")
ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^>]*>)?`")
LABELS = {"question": "Fråga", "answer": "Svar", "comment": "Kommentar",
          "decision": "Beslut", "follow-up": "Uppföljning"}  # fmt: skip


def plain_text(minutes: str) -> str:
    """The same meeting as plain MyST: no directive, the same words."""
    out: list[str] = []
    label: str | None = None
    options = False
    for line in minutes.splitlines():
        opened = OPEN.match(line)
        if opened:
            kind, argument = opened.group(2), opened.group(3)
            options = True
            label = None
            if kind == "agenda-item":
                out.append(f"## {argument}")
            elif kind in LABELS:
                label = f"**{LABELS[kind]}{' ' + argument if argument else ''}:**"
            continue
        if re.fullmatch(r":{3,}", line):
            options = False
            continue
        if options and OPTION.match(line):
            key, value = OPTION.match(line).groups()  # type: ignore[union-attr]
            out.append(f"{key}: {value}\n")
            continue
        options = False
        line = ROLE.sub(r"\1", line)
        if label and line.strip():
            line, label = f"{label} {line}", None
        out.append(line)
    return "\n".join(out) + "\n"


SITE_SETTINGS = (
    "html_theme",
    "html_theme_options",
    "html_sidebars",
    "myst_enable_extensions",
    "smartquotes",
)
"""What both archives take from the project's own ``conf.py``: the site's theme and
MyST set-up, so the benchmark measures the site as it is built."""


def settings() -> str:
    """The site's theme and MyST settings, as lines of a ``conf.py``; in Swedish."""
    site = runpy.run_path(str(PROJECT / "conf.py"))
    return "".join(f"{name} = {site[name]!r}\n" for name in SITE_SETTINGS) + 'language = "sv"\n'


def site(root: Path, bodies: list[str], *, plain: bool) -> None:
    """Around the meetings: ``conf.py``, the site's index and the index of the bodies."""
    extensions = '["myst_parser"]' if plain else '["myst_parser", "sphinx_minutes"]'
    (root / "meetings").mkdir(parents=True, exist_ok=True)
    (root / "conf.py").write_text(
        f'project = "benchmark"\nextensions = {extensions}\n'
        'exclude_patterns = ["_build"]\n' + settings(),
        encoding="utf-8",
    )
    top = ["meetings/index"] if plain else ["meetings/index", "registers/index"]
    (root / "index.md").write_text(toctree("# Arkiv", top), encoding="utf-8")
    (root / "meetings" / "index.md").write_text(toctree("# Möten", bodies), encoding="utf-8")


def write(root: Path, count: int, *, plain: bool, per_body: int = 100) -> list[Path]:
    """Write an archive of ``count`` meetings under ``root``; the meeting files in order."""
    seed = SEED.read_text(encoding="utf-8")
    dates = meeting_dates(count, per_body)
    all_bodies = bodies(dates[-1][0] + 1)
    site(root, [f"{b.id}/index" for b in all_bodies], plain=plain)
    files = []
    previous: dict[int, dt.date] = {}
    by_body: dict[int, list[dt.date]] = {}
    for b, date in dates:
        body = all_bodies[b]
        text = minutes_text(seed, body, b, date, previous.get(b), len(by_body.get(b, [])))
        previous[b] = date
        by_body.setdefault(b, []).append(date)
        path = root / "meetings" / body.id / f"{date.isoformat()}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(plain_text(text) if plain else text, encoding="utf-8")
        files.append(path)
    for b, body_dates in by_body.items():
        body = all_bodies[b]
        text = f"# {body.name}\n\nRådets mötesanteckningar, de senaste först.\n"
        text += listing(body.id, body_dates, plain=plain)
        (root / "meetings" / body.id / "index.md").write_text(text, encoding="utf-8")
    if not plain:
        registries(root, all_bodies)
    return files


def seed_copy(seed: str, date: dt.date, previous: dt.date | None) -> str:
    """The seed meeting held again on ``date``: its title, previous meeting and the link
    to the previous minutes follow the date; its people, organisations and words do not."""
    title = f"# Möte i SCB:s användarråd för kommunikation {date.day} {MONTHS[date.month - 1]} "
    text = re.sub(r"^# .*$", f"{title}{date.year}", seed, count=1, flags=re.M)
    if previous is None:
        text = re.sub(r"^:previous: .*\n", "", text, count=1, flags=re.M)
        return re.sub(r"\{meeting\}`[^`]*`", "Mötesanteckningarna från föregående möte.", text)
    text = re.sub(
        r"^:previous: .*$", f":previous: {previous.isoformat()}", text, count=1, flags=re.M
    )
    return re.sub(
        r"\{meeting\}`[^`<]*<[^>]*>`",
        f"{{meeting}}`Mötesanteckningarna från föregående möte. <{previous.isoformat()}>`",
        text,
    )


def write_seed_copies(root: Path, count: int, *, plain: bool) -> list[Path]:
    """The seed's council meeting monthly from January 2015, ``count`` times: the same
    people and organisations each time, as the project's own body and registries."""
    seed = SEED.read_text(encoding="utf-8")
    body = root / "meetings" / SEED_BODY
    body.mkdir(parents=True, exist_ok=True)
    site(root, [f"{SEED_BODY}/index"], plain=plain)
    dates = [dt.date(2015 + n // 12, n % 12 + 1, 10) for n in range(count)]
    files = []
    for n, date in enumerate(dates):
        text = seed_copy(seed, date, dates[n - 1] if n else None)
        path = body / f"{date.isoformat()}.md"
        path.write_text(plain_text(text) if plain else text, encoding="utf-8")
        files.append(path)
    heading = "# SCB:s användarråd för kommunikation\n\nMötesanteckningar, de senaste först.\n"
    (body / "index.md").write_text(heading + listing(SEED_BODY, dates, plain=plain), "utf-8")
    if not plain:
        for name in ("organisations", "topics"):
            registry = PROJECT / "meetings" / f"{name}.yaml"
            (root / "meetings" / f"{name}.yaml").write_text(registry.read_text("utf-8"), "utf-8")
        (root / "meetings" / "bodies.yaml").write_text(
            f"{SEED_BODY}:\n  name: SCB:s användarråd för kommunikation\n"
            "  organisation: SCB\n  language: sv\n",
            encoding="utf-8",
        )
    return files


def listing(body: str, dates: list[dt.date], *, plain: bool) -> str:
    """A body's meetings on its index: a toctree a year, latest first, or ``{meetings}``."""
    if not plain:
        return f"\n```{{meetings}} {body}\n```\n"
    years = itertools.groupby(sorted(dates, reverse=True), key=lambda d: d.year)
    return "".join(toctree("", [d.isoformat() for d in ds], caption=str(y)) for y, ds in years)


def toctree(heading: str, entries: list[str], caption: str = "") -> str:
    options = f":caption: {caption}\n:titlesonly:\n" if caption else ""
    body = "".join(f"{e}\n" for e in entries)
    return f"{heading}\n\n```{{toctree}}\n:maxdepth: 1\n{options}\n{body}```\n"


def registries(root: Path, all_bodies: list[Body]) -> None:
    """The registries the generated minutes name: bodies, organisations, topics."""
    seed_registry = (PROJECT / "meetings" / "organisations.yaml").read_text(encoding="utf-8")
    orgs = "".join(f"{slug(o)}:\n  name: {o}\n" for o in organisations())
    (root / "meetings" / "organisations.yaml").write_text(seed_registry + "\n" + orgs)
    seed_topics = (PROJECT / "meetings" / "topics.yaml").read_text(encoding="utf-8")
    topics = "".join(f"t-{slug(t)}:\n  name: {t} (rådet)\n" for t in TOPICS)
    (root / "meetings" / "topics.yaml").write_text(seed_topics + "\n" + topics)
    (root / "meetings" / "bodies.yaml").write_text(
        "".join(
            f"{b.id}:\n  name: {b.name}\n  organisation: SCB\n  language: sv\n" for b in all_bodies
        ),
        encoding="utf-8",
    )
