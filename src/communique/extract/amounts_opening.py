"""The market an article's opening sets: "US car sales fell in February" (or "car sales in
Japan", or "US car firms ... falling car sales") in the title line or the first sentence
bounds every firm's bare sales figure that follows, when the figure's own sentence gives no
scope of its own: "Toyota's sales rose 8%" is Toyota's US car sales. An article-level pass
over the finished amounts: it reads the text and the objects, not tokens, and carries
nothing when the opening names two markets."""

from __future__ import annotations

import re

from communique.extract.amounts_countries import _kb_country
from communique.extract.amounts_parse import _text_sentence
from communique.extract.dates import MONTH_NAMES
from communique.record import Amount

_MONTHS = "|".join(MONTH_NAMES)

# A national market in the opening: "US car sales", "Japan's car sales", "US sales".
_PLACE_SALES = re.compile(r"\b(?P<place>[A-Z][\w.]*)(?:['’]s)? (?:(?P<prod>[a-z]+) )?sales\b")
# "car sales in Japan", "car sales across the US".
_SALES_IN = re.compile(
    r"\b(?P<prod>[A-Za-z][a-z]+) sales (?:in|across) (?:the )?(?P<place>[A-Z][\w.]*)"
)
# "US car firms ... falling car sales": a nation's makers of a product, and its sales.
_MAKERS = re.compile(
    r"\b(?P<place>[A-Z][\w.]*) (?P<prod>[a-z]+) (?:firms|makers|manufacturers|companies|"
    r"industry|producers|retailers|dealers)\b.*\b(?P=prod) sales\b"
)

# Words before "sales" that say how the sales went, when, or through whom, not what was sold.
_NOT_PRODUCT = frozenset(
    "falling rising record strong weak poor slow slowing sluggish flat higher lower total "
    "overall annual monthly quarterly weekly daily net gross same-store like-for-like "
    "global domestic export online retail first second third fourth".split()
)

_OWNER = r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}"
# A firm's bare sales, or a change in them: "rise in Globex sales", "Globex's car sales",
# "sales at Globex", "Globex's car business", "Globex's February sales".
_FIRM_SALES = re.compile(
    r"(?P<pre>(?:rise|fall|growth|increase|drop|decline|jump|surge|slump) in )?"
    rf"(?:[Ss]ales at (?P<at>{_OWNER})|(?P<owner>{_OWNER})(?:['’]s)? "
    rf"(?:(?P<month>{_MONTHS}) )?(?:(?P<prod>[a-z]+) )?(?P<noun>sales|business))"
)

# A scope the figure's own sentence gives: a named place ("in Europe"), or a whole.
_OWN_PLACE = re.compile(r"\b(?:in|across|outside|within) (?:the )?([A-Z][\w.]*)")
_OWN_WHOLE = re.compile(
    r"(?i)\b(?:world\w*|global|group|total|overall|international|domestic|abroad|overseas|"
    r"profits?|quarter\w*|annual|full-year|half-year|revenues?|turnover|results)\b"
)
_MONTH_WORD = re.compile(rf"(?:{_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")


def _opening(text: str) -> str:
    """The title line (when the text has one) and the first sentence after it."""
    brk = text.find("\n\n", 0, 300)
    start = brk + 2 if brk >= 0 else 0
    return text[: _text_sentence(text, start, start)[1]]


def _opening_market(opening: str) -> tuple[str, str, str | None] | None:
    """(the market's words, its country, the product) of the one national market whose
    sales the opening names ("US car sales", "car sales in Japan"), or None (none, or
    two)."""
    found: set[tuple[str, str, str | None]] = set()
    for pat in (_PLACE_SALES, _SALES_IN, _MAKERS):
        for m in pat.finditer(opening):
            code = _kb_country(m.group("place"))
            if code is None:
                continue
            prod = (m.group("prod") or "").lower() or None
            if prod in _NOT_PRODUCT or (prod or "").endswith(("ing", "ly", "ed")):
                continue  # ("UK retail sales": a nation's shops, no one product's market)
            place = m.group("place")
            if pat is _SALES_IN:
                what = f"{prod} sales in {place}"
            else:
                what = f"{place} {prod} sales" if prod else f"{place} sales"
            found.add((what, code, prod))
    if len({(code, prod) for _, code, prod in found}) != 1:
        return None
    return min(found)


def _own_scope(sentence: str, code: str) -> bool:
    """Whether the figure's sentence bounds it itself: another place given with "in", or a
    world, group, quarter or profit figure (a firm's results, not its market's month)."""
    if _OWN_WHOLE.search(sentence):
        return True
    for m in _OWN_PLACE.finditer(sentence):
        word = m.group(1)
        if _MONTH_WORD.fullmatch(word) is None and _kb_country(word) != code:
            return True
    return False


def _firm_sales_in_market(out: list[Amount], text: str) -> None:
    """ "US car sales fell in February. ... Toyota's sales rose 8%": a firm's bare sales (a
    change or a count, not money: a firm's money sales are its whole turnover) in a
    sentence with no scope of its own, in an article whose opening names one national
    market, are the firm's sales in that market ("rise in Toyota's US car sales")."""
    opening = _opening(text)
    if "sales" not in opening:
        return
    market = None
    for a in out:
        obj = a.object or ""
        low = obj.lower()
        if "sales" not in low and "business" not in low or a.span[0] < len(opening):
            continue
        if len(a.unit) == 3 and a.unit.isupper():
            continue  # (money: the firm's turnover)
        m = _FIRM_SALES.fullmatch(obj)
        if m is None:
            continue
        market = market or _opening_market(opening) or ("", "", None)
        what, code, prod = market
        if not code:
            return
        owner = m.group("at") or m.group("owner")
        if _kb_country(owner) is not None or _kb_country(owner.split()[0]) is not None:
            continue  # (a nation's own sales, not a firm's)
        if m.group("prod") is not None and m.group("prod") != prod:
            continue  # ("Globex's truck sales" in a car market: another product)
        if m.group("noun") == "business" and prod is None:
            continue  # (a firm's business is its sales only as the market's product)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if _own_scope(text[lo:hi], code):
            continue
        when = f" in {m.group('month')}" if m.group("month") else ""
        of = "'" if owner.endswith("s") else "'s"
        a.object = f"{m.group('pre') or ''}{owner}{of} {what}{when}"
