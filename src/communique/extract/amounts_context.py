"""Context the sentence just before sets up for a figure: the place a firm's sales were
reported for ("Globex sold 9,000 cars in Asia. Sales rose 2%": its sales in Asia) and the
period of a run of one nation's figures ("Chile's exports rose 4% in May 2004. Imports
fell 2%": May 2004's). Article-level passes over the finished amounts: they read offsets
and objects, not tokens, and carry nothing unless the sentence before holds one candidate
only, of the same measure."""

from __future__ import annotations

import re

from communique.extract.amounts_parse import _text_sentence
from communique.record import Amount

# A firm's bare sales (or a change in them), with no place or scope of its own: "rise in
# Globex's sales" ("worldwide sales", "car sales in Asia" say their own scope).
_BARE_SALES = re.compile(
    r"(?P<pre>(?:rise|fall|growth|increase|drop|decline|jump) in )?"
    r"(?:(?:(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})|the firm|the company)['’]s? )?"
    r"[Ss]ales"
)

# A figure of sales in a named place: "cars sold by Globex in Asia", "Globex's sales in
# Brazil" (the place at the end, capitalised: a region or a country).
_SALES_IN_PLACE = re.compile(
    r"(?:\bsold by (?P<seller>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})|"
    r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})['’]s? sales)"
    r" in (?P<place>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
)

_SOLD = re.compile(r"\b(?:sold|sales)\b", re.I)

# A place or scope the figure's own sentence gives ("rose 2% in Europe", "worldwide").
_OWN_SCOPE = re.compile(
    r"\b(?:in|across|at|outside|from) (?:the )?[A-Z]|\b(?:world|global|group|total|overall|"
    r"international|domestic)"
)


def _previous_amounts(out: list[Amount], k: int, text: str) -> tuple[list[Amount], int, int]:
    """The amounts of the sentence just before `out[k]`'s, with that sentence's bounds
    (none when `out[k]` opens the text)."""
    lo, hi = _text_sentence(text, out[k].span[0], out[k].span[1])
    if lo < 2:
        return [], lo, lo
    plo = _text_sentence(text, lo - 2, lo - 2)[0]
    return [b for b in out[:k] if plo <= b.span[0] < lo], lo, hi


def _sales_place_before(out: list[Amount], text: str) -> None:
    """ "Globex sold 95,000 cars in Asia last year. Sales rose 2.3%": a firm's bare sales,
    in a sentence that gives no place or scope of its own, right after a sentence whose one
    sales figure is the same firm's in a named place, are its sales in that place ("rise in
    Globex's sales in Asia"; not after "Initech sold ...": another firm's)."""
    for k, a in enumerate(out):
        m = _BARE_SALES.fullmatch(a.object or "")
        if m is None:
            continue
        before, lo, hi = _previous_amounts(out, k, text)
        placed = {
            (p.group("seller") or p.group("owner"), p.group("place"), tuple(b.parties))
            for b in before
            if (p := _SALES_IN_PLACE.search(b.object or "")) is not None
        }
        sold = [b for b in before if _SOLD.search(b.object or "")]
        if len(placed) != 1 or any(_SALES_IN_PLACE.search(b.object or "") is None for b in sold):
            continue  # (none, two places, or sales with no place: not ours to choose)
        (seller, place, parties) = placed.pop()
        owner = m.group("owner")
        if owner is not None and owner != seller:
            continue  # (another firm's sales)
        if _OWN_SCOPE.search(text, lo, hi) is not None:
            continue  # ("Sales in Europe rose 2%": its own place)
        a.object = f"{m.group('pre') or ''}{seller}'s sales in {place}"
        if not a.parties:
            a.parties = list(parties)  # (a country's, as the sales before were)


# Any word of time in a sentence: a year, a month, a part of a year, a relative time.
_ANY_TIME = re.compile(
    r"(?i)\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"years?|months?|quarters?|half|weeks?|days?|annual(?:ly|ised|ized)?|since|last|next|"
    r"previous|earlier|later|ago|today|yesterday|now|currently|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b"
)

# The measures of a nation's economy in a run of monthly or quarterly figures.
_NATION_MEASURE = re.compile(
    r"(?i)\b(?:exports|imports|output|production|retail sales|car sales|house prices|"
    r"inflation|unemployment|jobless|trade (?:deficit|surplus|gap)|consumer spending|"
    r"orders|growth|economy|gdp|gross domestic product)\b"
)


def _run_period_before(out: list[Amount], text: str) -> None:
    """ "Chile's exports rose 4% in May 2004. Imports fell 2%": a stated figure of a
    nation's economy with no time of its own, in a sentence that says no time at all, right
    after a sentence whose figures are all of the same country and one period, of the same
    kind of measure, continues their run: it is of that period (not a forecast, nor after a
    sentence of two periods or of another country's figures)."""
    for k, a in enumerate(out):
        if a.period is not None or not a.parties or "modality" in a.extra:
            continue
        if not _NATION_MEASURE.search(a.object or ""):
            continue
        before, lo, hi = _previous_amounts(out, k, text)
        if not before or _ANY_TIME.search(text[lo:hi]) is not None:
            continue  # (a time of its own, even a relative one: not the run's)
        periods = {b.period for b in before}
        if (
            len(periods) != 1
            or None in periods
            or any(b.parties != a.parties or "modality" in b.extra for b in before)
            or not any(_NATION_MEASURE.search(b.object or "") for b in before)
        ):
            continue
        a.period = before[0].period
        if "period_text" in before[0].extra:
            a.extra["period_text"] = before[0].extra["period_text"]
