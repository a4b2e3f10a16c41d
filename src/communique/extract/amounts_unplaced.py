"""A firm told by a place word ("the US firm") when no firm in reach is known to be of it.

    "Fiat, Italy's biggest employer, ended its alliance with Vantor. The US firm paid $2bn"
    -> "Vantor's payment"
    "Vantor no longer wants the Kestrel unit. Kestrel shares fell 2%. The US firm is
    offering $2bn" -> "Vantor's offer"

When neither the entity stage nor the text places any firm named in reach (the noun's own
sentence before it and the two before) in the country of the place word, the phrase stands
for the one firm named there that the text does not place in another country ("Fiat,
Italy's biggest employer", "Italian bank Mediobanca"); when several are left, for the one
of them that is the subject of a clause there (the firm the passage is about, not one
named in passing: "the Kestrel unit", "Kestrel shares"). Two such firms, or none, leave it;
so does a lone firm named there, unplaced (the place word tells it from no other, and may
be said of a firm the article does not name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.extract.amounts_countries import _kb_country
from communique.extract.amounts_described import _places_of
from communique.record import Entity

# The dependencies of a clause's subject.
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def _unplaced_firm(
    found: list[tuple[int, Entity]],
    fits: Callable[[Entity], bool],
    code: str,
    texts: tuple[str, Any],
    where: tuple[int, int],
) -> tuple[Entity, str] | None:
    """The firm (an organisation that `fits`) that "the PLACE firm" (of the country `code`)
    at `where[1]` stands for, by the firms named from `where[0]` to it (see the module's
    docstring), with the text of its last mention there; else None."""
    text, doc = texts
    lo, hi = where
    named: dict[str, tuple[Entity, str]] = {}
    subject: dict[str, tuple[Entity, str]] = {}
    skipped: set[str] = set()
    for start, e in found:
        if not lo <= start < hi:
            continue
        if e.type != "ORG" or e.sector in ("MED", "GOV") or not fits(e):
            continue
        if e.country == code:
            return None  # (one placed there after all: not this reading's to tell)
        if e.country is not None or e.name in skipped:
            skipped.add(e.name)
            continue  # (placed in another country)
        if e.name not in named and _placed_elsewhere(e, code, text, hi):
            skipped.add(e.name)
            continue
        named[e.name] = (e, next(mm.text for mm in e.mentions if mm.span[0] == start))
    for e, said in named.values():
        for mm in e.mentions:
            if not lo <= mm.span[0] < hi:
                continue
            span = doc.char_span(mm.span[0], mm.span[1], alignment_mode="expand")
            if span is not None and len(span) and _subject(span.root):
                subject[e.name] = (e, said)
    if not skipped and len(named) < 2:
        return None  # (a lone firm: the place word tells it from none, and may be another's)
    if len(named) == 1:
        return next(iter(named.values()))
    return next(iter(subject.values())) if len(subject) == 1 else None


def _subject(t: Any) -> bool:
    """Whether the token `t` is a clause's subject, or one of two joined ones ("Vantor and
    Rossi reported losses": either)."""
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    return bool(t.dep_ in _SUBJECTS)


def _placed_elsewhere(e: Entity, code: str, text: str, upto: int) -> bool:
    """Whether the text sets a word of another country than `code` beside a mention of `e`
    before `upto` ("Italian bank Mediobanca", "Fiat, Italy's biggest employer")."""
    words = _places_of(e, text, upto)
    for mm in e.mentions:
        if mm.span[0] < upto and text.startswith(", ", mm.span[1]):
            words.append(text[mm.span[1] + 2 : mm.span[1] + 40].split(" ", 1)[0])
    for w in words:
        w = w.removesuffix("'s").removesuffix("’s").removesuffix("-based")
        if w[:1].isupper() and (other := _kb_country(w)) is not None and other != code:
            return True
    return False
