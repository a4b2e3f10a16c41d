"""Typed, read-only records of the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Country:
    """A country (ISO 3166-1), with the surface forms news uses for it.

    `ambiguous` lists those of its names, adjectives and capitals that are also common
    words or person/place names elsewhere ("Chad", "Turkey", "Jordan", "Georgia", "US",
    "Washington"): they match only with the exact capitalisation, and an extractor should
    want context before trusting them.
    """

    code: str  # ISO 3166-1 alpha-3
    name: str  # common short name: "United States", "Russia", "South Korea"
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # "Chinese", "Americans"
    adjectives: tuple[str, ...] = ()  # "Chinese", "American", "U.S."
    capitals: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    """An organisation or body. `country` is None for IGOs and for generic national bodies
    ("Foreign Ministry") whose country must come from context."""

    name: str
    aliases: tuple[str, ...] = ()
    sector: str = "IGO"  # IGO, NGO, GOV, MIL, LEG, JUD, REB, BUS, MED, ...
    country: str | None = None  # ISO alpha-3
    kind: str = ""  # free text: "UN agency", "militant group", "ministry", ...


@dataclass(frozen=True)
class OfficeHolder:
    """One term of one person in one office."""

    name: str
    aliases: tuple[str, ...]  # surname forms, transliterations
    country: str | None  # ISO alpha-3, None for international offices
    sector: str  # GOV, IGO, ...
    role: str  # "President of China", "Foreign Ministry spokesperson"
    start: date | None
    end: date | None  # None: still in office, or not reliably known

    def in_office(self, on: date) -> bool:
        if self.start is not None and on < self.start:
            return False
        return self.end is None or on <= self.end
