"""A firm told by a place word alone ("the US firm"), named by what the article said before.

    "Vantor, the US carmaker, sold its stake. ... Analysts said the US firm's offer was $3bn"
    -> "Vantor's offer"
    "Dutch-based Kestrel Steel ... Analysts say the Netherlands-based company's bid ..."
    -> "Kestrel Steel's bid"

News names a firm once and then calls it by its country or base ("the US firm", "the
Netherlands-based company"), often giving the place for the first time there. When no
firm of that place is named in the sentences just before (see `_class_noun_named`), the
phrase stands for the one firm the article set that place word beside anywhere before it
(in front of a mention, "US carmaker Vantor", or after it, "Vantor, the US carmaker"; "Dutch"
for "Netherlands-based"). Two firms so placed leave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from communique.extract.amounts_countries import _kb_country
from communique.record import Entity

# A place word with at most a plain noun after it, right before a name ("US carmaker ").
_PLACE_BEFORE = re.compile(r"(?:^|\s)(\S+) (?:[a-z]+ )?$")

# A place word in an appositive right after a name (", the US carmaker", ", a Dutch firm").
_PLACE_AFTER = re.compile(r", (?:the|a|an) (\S+) ")


def _placed(e: Entity, place: str, text: str, upto: int | None = None) -> bool:
    """Whether the text sets the place word beside a mention of `e` ("US carmaker General
    Motors", "General Motors, the US carmaker", for "the US firm"; "-based" as it may be,
    "Dutch" for "Netherlands-based")."""
    return any(_same_place(w, place) for w in _places_of(e, text, upto))


def _places_of(e: Entity, text: str, upto: int | None = None) -> list[str]:
    """The words just before or after the mentions of `e` (before `upto`, when given) that
    may be place words."""
    words = []
    for mm in e.mentions:
        if upto is not None and mm.span[0] >= upto:
            continue
        m = _PLACE_BEFORE.search(text, max(0, mm.span[0] - 40), mm.span[0])
        if m is not None and m.group(1)[:1].isupper():
            words.append(m.group(1))
        m = _PLACE_AFTER.match(text, mm.span[1])
        if m is not None and m.group(1)[:1].isupper():
            words.append(m.group(1))
    return words


def _same_place(word: str, place: str) -> bool:
    a, b = word.removesuffix("-based"), place.removesuffix("-based")
    if a == b:
        return True
    code = _kb_country(a)  # (only for a capitalised word beside a name: seldom)
    return code is not None and code == _kb_country(b)


def _described_firm(
    found: list[tuple[int, Entity]],
    fits: Callable[[Entity], bool],
    place: str,
    code: str | None,
    text: str,
    at: int,
) -> tuple[Entity, str] | None:
    """The firm (an entity that `fits`, not told by place yet) that "the PLACE firm" at `at`
    stands for, by the mentions in `found` before it (see the module's docstring), with the
    text of its last mention there; else None."""
    named: dict[str, tuple[Entity, str]] = {}
    for start, e in found:
        if start >= at:
            break
        if e.type == "ORG" and e.sector not in ("MED", "GOV") and fits(e):
            mm = next(mm for mm in e.mentions if mm.span[0] == start)
            named[e.name] = (e, mm.text)
    placed = [
        got
        for got in named.values()
        if (
            got[0].country == code
            if got[0].country is not None
            else _placed(got[0], place, text, at)
        )
    ]
    return placed[0] if len(placed) == 1 else None  # (two so placed: which is not told)
