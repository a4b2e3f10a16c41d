"""The knowledge base: shipped tables under data/kb/ plus user files, indexed once per process."""

from __future__ import annotations

import json
import os
import re
import tomllib
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from communique.kb.model import Country, OfficeHolder, Organisation

_SEP = "|"
_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
# Acronyms that are also words or pronouns ("US", "WHO", "IS") only match as written.
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{0,5}$")
_ROLE_TOKEN = re.compile(r"[\w'\u2019.&-]+")
_HEAD_ROLE = re.compile(
    r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Monarch|Emperor) of ", re.I
)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split(_SEP) if p.strip())


def _date(cell: str | None, *, end: bool = False) -> date | None:
    """YYYY-MM-DD, or YYYY-MM / YYYY when only that precision is known: a start reads as
    the first day of the period, an end as its last day."""
    cell = (cell or "").strip()
    if not cell or cell.lower() in {"null", "none", "-"}:
        return None
    if len(cell) == 4:
        return date(int(cell), 12, 31) if end else date(int(cell), 1, 1)
    if len(cell) == 7:
        y, m = int(cell[:4]), int(cell[5:7])
        if not end:
            return date(y, m, 1)
        return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return date.fromisoformat(cell)


def read_tsv(text: str) -> Iterator[dict[str, str]]:
    """Rows of a data/kb TSV: `#` lines are comments, the first other line is the header."""
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        yield {h: c.strip() for h, c in zip(header, cells, strict=False)}


def _shipped(name: str) -> str:
    return resources.files("communique").joinpath("data/kb", name).read_text("utf-8")


def _key(text: str) -> str:
    """Normal form of a lookup string, keeping case: spaces collapsed, a leading "the" and a
    trailing possessive dropped."""
    t = _WS.sub(" ", text.strip().strip(',;:()"\u201c\u201d'))
    if t[:4].lower() == "the ":
        t = t[4:]
    t = _POSSESSIVE.sub("", t)
    return t.strip()


def _single_word(text: str) -> bool:
    return " " not in _key(text)


def _variants(text: str) -> list[str]:
    k = _key(text)
    out = [k]
    # A sentence-final "U.S." loses or gains its dot in tokenisation.
    if k.endswith("."):
        out.append(k[:-1])
    else:
        out.append(k + ".")
    return out


class _Index:
    """Surface form -> values: case-sensitive entries (ambiguous names, acronyms) and
    case-folded entries for everything else."""

    def __init__(self) -> None:
        self.exact: dict[str, list[Any]] = {}
        self.folded: dict[str, list[Any]] = {}

    def add(self, form: str, value: Any, *, exact: bool = False) -> None:
        k = _key(form)
        if not k:
            return
        if exact or _ACRONYM.match(k):
            bucket, key = self.exact, k
        else:
            bucket, key = self.folded, k.casefold()
        got = bucket.setdefault(key, [])
        if value not in got:
            got.append(value)

    def get(self, text: str) -> list[Any]:
        for v in _variants(text):
            if v in self.exact:
                return self.exact[v]
            if v.casefold() in self.folded:
                return self.folded[v.casefold()]
        return []


def _add_country(countries: dict[str, Country], new: Country) -> None:
    old = countries.get(new.code)
    if old is not None:
        countries[new.code] = _merge_country(old, new)
    elif new.name or new.aliases:
        # A code we did not know: its first alias names it.
        countries[new.code] = replace(new, name=new.name or new.aliases[0])


def _merge_country(old: Country, new: Country) -> Country:
    def cat(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a + b))

    return Country(
        code=old.code,
        name=new.name or old.name,
        aliases=cat(old.aliases, new.aliases + ((old.name,) if new.name != old.name else ())),
        demonyms=cat(old.demonyms, new.demonyms),
        adjectives=cat(old.adjectives, new.adjectives),
        capitals=cat(old.capitals, new.capitals),
        ambiguous=cat(old.ambiguous, new.ambiguous),
    )


def _pycountry_countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in pycountry.countries:
        got = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = [str(n) for n in dict.fromkeys(got) if n]
        out[c.alpha_3] = Country(code=c.alpha_3, name=names[0], aliases=tuple(names[1:]))
    return out


def _country_from_row(row: Mapping[str, Any]) -> Country:
    def tup(key: str) -> tuple[str, ...]:
        v = row.get(key) or ()
        return _split(v) if isinstance(v, str) else tuple(str(x) for x in v)

    return Country(
        code=str(row["code"]).strip().upper(),
        name=str(row.get("name") or "").strip(),
        aliases=tup("aliases"),
        demonyms=tup("demonyms"),
        adjectives=tup("adjectives"),
        capitals=tup("capitals"),
        ambiguous=tup("ambiguous"),
    )


def _org_from_row(row: Mapping[str, Any]) -> Organisation:
    aliases = row.get("aliases") or ()
    return Organisation(
        name=str(row["name"]).strip(),
        aliases=_split(aliases) if isinstance(aliases, str) else tuple(aliases),
        sector=str(row.get("sector") or "").strip() or "IGO",
        country=(str(row.get("country") or "").strip().upper() or None),
        kind=str(row.get("kind") or "").strip(),
    )


def _person_from_row(row: Mapping[str, Any]) -> OfficeHolder:
    aliases = row.get("aliases") or ()

    def d(key: str) -> date | None:
        v = row.get(key)
        return v if isinstance(v, date) else _date(None if v is None else str(v), end=key == "end")

    return OfficeHolder(
        name=str(row["name"]).strip(),
        aliases=_split(aliases) if isinstance(aliases, str) else tuple(aliases),
        country=(str(row.get("country") or "").strip().upper() or None),
        sector=str(row.get("sector") or "").strip() or "GOV",
        role=str(row.get("role") or "").strip(),
        start=d("start"),
        end=d("end"),
    )


@dataclass
class _Tables:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: list[Organisation] = field(default_factory=list)
    people: list[OfficeHolder] = field(default_factory=list)
    cameo: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, tuple[str, bool]] = field(default_factory=dict)
    places: list[tuple[str, str, bool]] = field(default_factory=list)
    unnamed_spokespersons: dict[str, str] = field(default_factory=dict)


def _read_user_file(path: Path, t: _Tables) -> None:
    """A user file: TOML with [[country]], [[organisation]], [[person]] tables, or JSON lines
    whose objects carry "record": "country" | "organisation" | "person"."""
    rows: list[tuple[str, Mapping[str, Any]]] = []
    if path.suffix == ".toml":
        data = tomllib.loads(path.read_text("utf-8"))
        for kind in ("country", "organisation", "person"):
            rows += [(kind, r) for r in data.get(kind, [])]
    else:
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                obj = json.loads(line)
                rows.append((str(obj.get("record", "")), obj))
    for kind, row in rows:
        if kind == "country":
            _add_country(t.countries, _country_from_row(row))
        elif kind == "organisation":
            t.organisations.append(_org_from_row(row))
        elif kind == "person":
            t.people.append(_person_from_row(row))


def _tables(extra: Sequence[str]) -> _Tables:
    t = _Tables(countries=_pycountry_countries())
    ours = [_country_from_row(row) for row in read_tsv(_shipped("countries.tsv"))]
    for c in ours:
        _add_country(t.countries, c)
    # Our table's order decides which country a shared form means first ("Congolese" is
    # listed under COD before COG); ISO-only territories follow.
    first = {c.code: t.countries[c.code] for c in ours}
    t.countries = first | {k: v for k, v in t.countries.items() if k not in first}
    t.organisations = [_org_from_row(r) for r in read_tsv(_shipped("organisations.tsv"))]
    t.people = [_person_from_row(r) for r in read_tsv(_shipped("people.tsv"))]
    t.cameo = {r["cameo"].upper(): r["iso3"].upper() for r in read_tsv(_shipped("cameo.tsv"))}
    t.sectors = {
        r["word"].casefold(): (r["sector"], r.get("weak") == "1")
        for r in read_tsv(_shipped("sectors.tsv"))
    }
    t.places = [
        (r["name"], r["country"].upper(), r.get("ambiguous") == "1")
        for r in read_tsv(_shipped("places.tsv"))
    ]
    t.unnamed_spokespersons = {
        r["country"].upper(): r["cited_as"] for r in read_tsv(_shipped("unnamed_spokespersons.tsv"))
    }
    for p in extra:
        path = Path(p).expanduser()
        if not path.exists():
            # A configured file that is not there yet (nothing imported) is not an error.
            warnings.warn(f"knowledge-base file {path} does not exist; skipped", stacklevel=3)
            continue
        _read_user_file(path, t)
    return t


class KnowledgeBase:
    """Read-only lookups over countries, organisations and office holders.

    Build it with `KnowledgeBase.load()`; instances are cached per process and shared.
    """

    def __init__(self, tables: _Tables) -> None:
        self.countries: tuple[Country, ...] = tuple(tables.countries.values())
        self.organisations: tuple[Organisation, ...] = tuple(tables.organisations)
        self.office_holders: tuple[OfficeHolder, ...] = tuple(tables.people)
        self._by_code = dict(tables.countries)
        self._cameo = dict(tables.cameo)
        self._sectors = dict(tables.sectors)
        # role text -> sector ("" for none); roles repeat across articles, the tables do not
        # change, and a dict get is far cheaper than the phrase walk.
        self._sector_cache: dict[str, str] = {}
        # Foreign ministries that speak through unnamed officials: code -> how news cites them.
        self.unnamed_spokespersons: dict[str, str] = dict(tables.unnamed_spokespersons)
        self._names = _Index()
        self._adjectives = _Index()
        self._capitals = _Index()
        self._orgs = _Index()
        self._places = _Index()
        self._people = _Index()
        self._roles: dict[str, list[OfficeHolder]] = {}
        self._ambiguous: set[str] = set()
        for c in self.countries:
            amb = {_key(a) for a in c.ambiguous}
            self._ambiguous |= amb
            for n in (c.name, *c.aliases):
                self._names.add(n, c, exact=_key(n) in amb)
            for n in (*c.adjectives, *c.demonyms):
                self._adjectives.add(n, c, exact=_key(n) in amb)
            for n in c.capitals:
                self._capitals.add(n, c, exact=_key(n) in amb)
        for place, code, place_amb in tables.places:
            if code in self._by_code:
                self._places.add(place, self._by_code[code], exact=place_amb)
                if place_amb:
                    self._ambiguous.add(_key(place))
        for o in self.organisations:
            for n in (o.name, *o.aliases):
                self._orgs.add(n, o, exact=_single_word(n))
        for p in self.office_holders:
            for n in (p.name, *p.aliases):
                # Surnames such as "May", "Rice" or "Lee" are also words.
                self._people.add(n, p, exact=_single_word(n))
            self._roles.setdefault(p.role.casefold(), []).append(p)

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, settings: Any = None, extra_paths: Iterable[str | Path] = ()) -> KnowledgeBase:
        """The shipped data plus the user files named in settings `[kb] paths` and in
        `extra_paths` (TOML or JSON lines, see data/kb/README.md)."""
        paths: list[str] = []
        if settings is None:
            # defaults, or the file named by $COMMUNIQUE_CONFIG: read once per file named, as
            # lookups that miss their own cache call this on every word
            paths += _configured_paths(os.environ.get("COMMUNIQUE_CONFIG"))
        else:
            got = settings.get("kb.paths", []) if hasattr(settings, "get") else []
            paths += [str(p) for p in (got or [])]
        paths += [str(p) for p in extra_paths]
        return _load(tuple(paths))

    # -- countries -----------------------------------------------------------------------
    def by_code(self, code: str) -> Country | None:
        """A country by ISO alpha-3 (or a CAMEO country code)."""
        code = code.strip().upper()
        c = self._by_code.get(code)
        if c is None and self._cameo.get(code):
            c = self._by_code.get(self._cameo[code])
        return c

    def country(self, text: str) -> Country | None:
        """A country by name or alias: "U.S.", "the United States", "Russian Federation",
        "Britain". Ambiguous names ("Chad", "US") match only as capitalised."""
        got = self._names.get(text)
        return got[0] if got else None

    def country_by_adjective(self, text: str) -> Country | None:
        """A country by adjective or demonym: "Chinese", "Russian", "Americans", "U.S."."""
        got = self._adjectives.get(text)
        return got[0] if got else None

    def capital(self, text: str) -> Country | None:
        """The country whose capital (or seat of government) this is: "Beijing" -> CHN."""
        got = self._capitals.get(text)
        return got[0] if got else None

    def place(self, text: str) -> Country | None:
        """The country of a city, province or region that news uses for it ("Donetsk",
        "Geneva", "Darfur"); capitals are `capital()`."""
        got = self._places.get(text)
        return got[0] if got else None

    def resolve_country(self, text: str) -> Country | None:
        """Name, then adjective/demonym, then capital, then other place."""
        return (
            self.country(text)
            or self.country_by_adjective(text)
            or self.capital(text)
            or self.place(text)
        )

    def is_ambiguous(self, text: str) -> bool:
        """True when this country form is also a common word or a name ("Jordan", "Chad")."""
        return _key(text) in self._ambiguous

    # -- organisations -------------------------------------------------------------------
    def organisation(self, text: str) -> Organisation | None:
        """An organisation by name or abbreviation: "NATO", "United Nations", "Foreign
        Ministry" (a GOV body whose country is None: it comes from context)."""
        got = self._orgs.get(text)
        return got[0] if got else None

    # -- people --------------------------------------------------------------------------
    def people(self, name: str, on: date | None = None) -> list[OfficeHolder]:
        """Office terms of people with this full name or surname; those in office on `on`
        first, then the most recent."""
        got = list(self._people.get(name))
        return _rank(got, on)

    def person_country(self, name: str, on: date | None = None) -> str | None:
        """The country of the people called `name` when that is unambiguous: the terms in
        office on `on` (else all terms) name one country and no term is international.
        Safe for a bare surname ("Mugabe"); None for "Lee" or "Bush"-like clashes."""
        terms = self.people(name, on)
        if on is not None and terms and terms[0].in_office(on):
            terms = [t for t in terms if t.in_office(on)]
        countries = {t.country for t in terms}
        if len(countries) == 1:
            return next(iter(countries))
        return None

    def holders(self, role: str, on: date | None = None) -> list[OfficeHolder]:
        """Terms of the office named `role` ("President of the United States"); those in
        office on `on` first, then the most recent."""
        return _rank(list(self._roles.get(_WS.sub(" ", role.strip()).casefold(), [])), on)

    # -- codes ---------------------------------------------------------------------------
    def cameo_country(self, code: str) -> str | None:
        """A CAMEO/PETRARCH country code ("JAP", "UKG", "GMY") as ISO alpha-3; ISO codes
        pass through."""
        code = code.strip().upper()
        if code in self._cameo:
            return self._cameo[code] or None  # regions ("MEA", "WAF") have no country
        return code if code in self._by_code else None

    def sector_of_role(self, role: str) -> str | None:
        """The CAMEO sector a role or group word implies: "President" -> GOV, "troops" ->
        MIL, "lawmaker" -> LEG, "rebels" -> REB, "protesters" -> CVL, "military
        spokesman" -> MIL."""
        got = self._sector_cache.get(role)
        if got is None:
            got = self._sector_cache[role] = self._sector_of_role(role) or ""
        return got or None

    def _sector_of_role(self, role: str) -> str | None:
        tokens = _ROLE_TOKEN.findall(role)
        words = [t.casefold().rstrip(".") for t in tokens]
        found: list[tuple[str, bool]] = []
        i = 0
        while i < len(words):
            # Longest phrase first: "supreme court", "security forces", "white house"; a
            # known body named in the role gives its own sector ("UN", "NATO", "Hamas",
            # "Pentagon"), as strong as a role word.
            for n in (4, 3, 2, 1):
                if i + n > len(words):
                    continue
                hit = self._sector_word(" ".join(words[i : i + n])) if n < 4 else None
                if hit is None and tokens[i][:1].isupper():
                    org = self._orgs.get(" ".join(tokens[i : i + n]))
                    hit = (org[0].sector, False) if org and org[0].sector else None
                if hit:
                    found.append(hit)
                    i += n
                    break
            else:
                i += 1
        if not found:
            return None
        sectors = [s for s, _ in found]
        # A group identity beats the office it qualifies: "opposition lawmaker", "rebel leader".
        for prefer in ("OPP", "REB"):
            if prefer in sectors:
                return prefer
        strong = [s for s, weak in found if not weak]
        # English heads come last ("army general", "police chief"); generic heads such as
        # "spokesman" or "official" take their modifier's sector.
        return strong[-1] if strong else sectors[-1]

    def _sector_word(self, word: str) -> tuple[str, bool] | None:
        got = self._sectors.get(word)
        if got is None and word.endswith("s") and len(word) > 3:
            got = self._sectors.get(word[:-1])
            if got is None and word.endswith("es"):
                got = self._sectors.get(word[:-2])
        return got


def _rank(terms: list[OfficeHolder], on: date | None) -> list[OfficeHolder]:
    def key(p: OfficeHolder) -> tuple[int, int, date, date]:
        start = p.start or date.min
        if on is not None and p.in_office(on):
            # Of two terms open on that date (an end may be unknown), the later start wins;
            # but a head of state or government who also holds a ministry ad interim
            # ("Berlusconi" as foreign minister in 2002) is named by the higher office.
            return (0, 0 if _HEAD_ROLE.match(p.role) else 1, _neg(start), date.min)
        latest = p.end or date.max
        if on is not None and p.start is not None and p.start > on:
            latest = date.min  # terms that start after the date rank last
        return (1, 0, _neg(latest), _neg(start))

    return sorted(terms, key=key)


def _neg(d: date) -> date:
    # Most recent first without reversing the whole sort.
    return date.fromordinal(date.max.toordinal() - d.toordinal() + 1)


@lru_cache(maxsize=8)
def _configured_paths(config: str | None) -> tuple[str, ...]:
    """The `[kb] paths` of the settings a process runs with (`config`: the file named by
    $COMMUNIQUE_CONFIG, the cache's key)."""
    from communique.settings import load_settings

    got = load_settings().get("kb.paths", [])
    return tuple(str(p) for p in (got or []))


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> KnowledgeBase:
    return KnowledgeBase(_tables(paths))
