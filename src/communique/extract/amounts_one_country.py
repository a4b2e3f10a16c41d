"""A nation's own measure in a story about one country: "Indonesians face fuel price rise.
... raise prices between 20% and 30%" -> "rise in fuel prices", IDN; "Demand in India ...
Figures show that only eight people per thousand are car owners" -> IND.

An amount with no parties whose object names what a nation's people pay, earn, own or are
(prices, fares and rents, wages, pay and salaries, ownership and owners, unemployment,
taxes, a count "per thousand", "per head", "per capita") is the country's the article is
plainly about, when:

- the article names that country at least twice and twice as often as any other
  (`_Countries.dominant`), and its headline or first sentence names it;
- the object names no owner ("'s", "its", "the firm's", a firm's accounts: sales, profits,
  earnings, shares, customers, staff), no name past the sentence's opening word, nothing a
  world market trades ("oil prices", "copper", "the dollar": no one country's) and the
  price of no one thing ("price of a used car": a seller's);
- its sentence names no other country, no bloc or group of countries ("the eurozone",
  "OECD members"), no organisation but a state body of that country, and says no firm
  ("the company said"); the sentence before names no other country;
- money is in that country's own currency.

Not a firm's figures, an international body's, or a market's, nor a story about two
countries."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_countries import (
    _FIRM_SAID,
    _OTHER_OWNER,
    _TRADED_IN,
    _codes_in,
    _codes_near,
    _Countries,
    _ents_in,
    _names_only_opening,
    _own_currency,
)
from communique.extract.amounts_parse import _text_sentence
from communique.record import Amount

# What a nation's people pay, earn, own or are, said of them all (plural prices, not one
# thing's price).
_NATION_OWN = re.compile(
    r"\b(?:prices|fares|rents|wages|pay|salaries|ownership|owners|unemployment|jobless|"
    r"taxes|per (?:thousand|head|capita))\b"
)
_NATION_OWN_WORDS = frozenset(
    "prices fares rents wages pay salaries ownership owners unemployment jobless taxes per".split()
)
# One thing's price or a charge of one seller ("price of each handheld", "price tag").
_ONE_PRICE = re.compile(r"\bprice (?:of|tag|for)\b")
_SPACES = re.compile(r"\s*")


def nation_measure_home(
    out: list[Amount], countries: _Countries, text: str, doc: Any, blocs: re.Pattern[str]
) -> None:
    """ "raise prices between 20% and 30%" in a story about Indonesia's fuel prices: a
    nation's own measure with no parties and no owner is the country the article is plainly
    about (see the module docstring for when)."""
    home: str | None = None
    asked = False
    for a in out:
        obj = a.object
        if a.parties or not obj:
            continue
        low = obj.lower()
        words = low.split()
        if _NATION_OWN_WORDS.isdisjoint(words) or not _NATION_OWN.search(low):
            continue  # (a word test before the pattern is searched)
        if "'" in low or "’" in low or _OTHER_OWNER.search(low) or _ONE_PRICE.search(low):
            continue  # (an owner's, a firm's, one thing's price)
        if not _TRADED_IN.isdisjoint(words):
            continue  # (a world market's: "oil prices", "copper")
        if not asked:
            asked = True
            home = _headline_country(countries, text)
        if home is None:
            return
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if not _names_only_opening(obj, text, lo, doc):
            continue  # (a name's capital: "Globex wages")
        if blocs.search(text, lo, hi) or _FIRM_SAID.search(text, lo, hi):
            continue
        if _codes_near(countries, lo, hi) - {home}:
            continue  # (another country here, a firm's or body's home included)
        if lo > 1 and _codes_in(countries, _text_sentence(text, lo - 2, lo - 2)[0], lo) - {home}:
            continue  # (another country named as a place just before)
        if a.extra.get("kind") == "money" and not _own_currency(a.unit, home):
            continue
        if doc is not None and _org_named(countries, doc, lo, hi):
            continue  # (a firm's or a body's own: "Metrovias offered an 8% rise in wages")
        a.parties = [home]


def _headline_country(countries: _Countries, text: str) -> str | None:
    """The country the article is plainly about (`dominant`) when its headline or its first
    sentence names it; else None."""
    dominant = countries.dominant()
    if len(dominant) != 1:
        return None
    head_end = text.find("\n", _past_spaces(text, 0))  # (the headline's end)
    if head_end < 0:
        return None
    body = _past_spaces(text, head_end)
    end = _text_sentence(text, body, body)[1]  # (the first sentence of the body)
    return dominant[0] if dominant[0] in _codes_near(countries, 0, end) else None


def _past_spaces(text: str, at: int) -> int:
    """Where the first character past the white space at `at` stands."""
    m = _SPACES.match(text, at)
    return m.end() if m else at


def _org_named(countries: _Countries, doc: Any, lo: int, hi: int) -> bool:
    """Whether the sentence from `lo` to `hi` names an organisation other than a national
    state body."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return False
    bodies = countries.state_bodies
    for e in _ents_in(span):
        if e.label_ == "ORG" and not any(b <= e.start_char < en for b, en, _c in bodies):
            return True
    return False
