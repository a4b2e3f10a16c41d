"""The event lexicon (data/events/lexicon.tsv) and the PLOVER/CAMEO score tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# PLOVER type -> (quad class, Goldstein-style score); quads: 1 verbal coop, 2 material coop,
# 3 verbal conflict, 4 material conflict (DESIGN.md, Ontology facts).
PLOVER: dict[str, tuple[int, float]] = {
    "AGREE": (1, 2.5),
    "CONSULT": (1, 2.5),
    "SUPPORT": (1, 5.0),
    "CONCEDE": (1, 4.5),
    "COOPERATE": (2, 9.5),
    "AID": (2, 10.0),
    "RETREAT": (2, 6.5),
    "REQUEST": (3, 0.0),
    "ACCUSE": (3, -2.0),
    "REJECT": (3, -2.0),
    "THREATEN": (3, -3.5),
    "PROTEST": (4, -5.0),
    "SANCTION": (4, -6.0),
    "MOBILIZE": (4, -5.5),
    "COERCE": (4, -7.0),
    "ASSAULT": (4, -9.0),
}
# ACCUSE's score depends on its mode (an allegation is harsher than disapproval).
ACCUSE_MODE_SCORE = {"disapprove": -2.0, "investigate": -2.0, "allege": -3.5}


def goldstein(etype: str, mode: str | None) -> float:
    if etype == "ACCUSE" and mode in ACCUSE_MODE_SCORE:
        return ACCUSE_MODE_SCORE[mode]
    return PLOVER[etype][1]


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # v | n | a
    lemma: str
    type: str
    cameo: str
    mode: str | None
    targets: tuple[str, ...]
    weight: float


DEFAULT_TARGETS = ("dobj", "with", "against", "on", "to", "at", "into", "from", "for")


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    adjectives: dict[str, Entry]
    alternatives: dict[tuple[str, str], tuple[Entry, ...]]
    combos: dict[tuple[str, str], Entry]

    def combo(self, verb: str, noun: str) -> Entry | None:
        return self.combos.get((verb, noun))

    def verb(self, lemma: str) -> Entry | None:
        return self.verbs.get(lemma)

    def noun(self, lemma: str) -> Entry | None:
        return self.nouns.get(lemma)


def parse_lexicon(text: str) -> Lexicon:
    """Rows of `kind lemma type cameo mode targets weight`; the heaviest row of a word wins."""
    tables: dict[str, dict[str, Entry]] = {"v": {}, "n": {}, "a": {}}
    combos: dict[tuple[str, str], Entry] = {}
    alts: dict[tuple[str, str], list[Entry]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 7:
            raise ValueError(f"lexicon row needs 7 tab-separated cells: {line!r}")
        kind, lemma, etype, cameo, mode, targets, weight = cells
        if etype not in PLOVER:
            raise ValueError(f"unknown PLOVER type {etype!r} in lexicon row {line!r}")
        entry = Entry(
            kind,
            lemma,
            etype,
            cameo,
            None if mode == "." else mode,
            DEFAULT_TARGETS if targets == "." else tuple(targets.split(",")),
            0.8 if weight == "." else float(weight),
        )
        if kind == "c":
            verbs, _, nouns = lemma.partition("+")
            for v in verbs.split(","):
                for n in nouns.split(","):
                    combos[(v, n)] = entry
            continue
        alts.setdefault((kind, lemma), []).append(entry)
        old = tables[kind].get(lemma)
        if old is None or entry.weight > old.weight:
            tables[kind][lemma] = entry
    return Lexicon(
        tables["v"], tables["n"], tables["a"], {k: tuple(v) for k, v in alts.items()}, combos
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (read once per process)."""
    text = resources.files("communique").joinpath("data/events/lexicon.tsv").read_text("utf-8")
    return parse_lexicon(text)
