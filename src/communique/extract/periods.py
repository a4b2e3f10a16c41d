"""Time periods as ISO 8601 intervals: "in the first three quarters of 2021" ->
"2021-01-01/2021-09-30", "last year" against the article date, "between 2010 and 2015".

dateparser reads explicit dates but not spans of this kind, so these are our own rules.
Relative periods ("last year", "the next two years", "the fourth quarter" without a year)
need a reference date; without one they are still found (so an amount knows it has a
period) but their interval is None.

Conventions: "fiscal YYYY" / "FY YYYY" is the US federal year (October to September,
named by the year it ends); a split fiscal or financial year "2020/21" or "2020-21 fiscal
year" runs April to March (UK, India, Japan). A named month or quarter without a year is
the most recent one that began on or before the reference date. The early, mid or late
part of a decade or a year is its third ("in late 2004": September to December); "by
mid-2006" is a deadline, open at its start ("../2006-06-30").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from communique.extract.amounts_numbers import UNITS
from communique.extract.dates import MONTHS as _MONTHS

_ORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}
_COUNT = {**{k: v for k, v in UNITS.items() if 0 < v <= 20}, "a": 1, "an": 1, "several": 3}

YEAR = r"(?:1[89]\d\d|20\d\d)"
MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
NUMW = r"(?:\d{1,2}|" + "|".join(sorted(_COUNT, key=len, reverse=True)) + r")"
UNIT = r"(?:years?|months?|quarters?|weeks?|days?|decades?)"
# A year given as digits or relative to the article ("of last year").
YR = rf"(?:(?P<y>{YEAR})|(?P<rel>last|this|next|previous|the\s+current)\s+year)"
_REL_SHIFT = {"last": -1, "previous": -1, "this": 0, "the current": 0, "next": 1}


class _NoRef(Exception):
    """A relative year with no reference date."""


def _given_year(m: re.Match[str], ref: date | None) -> int | None:
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"])
    if g.get("rel"):
        if ref is None:
            raise _NoRef
        return ref.year + _REL_SHIFT[re.sub(r"\s+", " ", g["rel"].lower())]
    return None


@dataclass(frozen=True, slots=True)
class Period:
    start: int  # character offsets in the text searched
    end: int
    text: str
    interval: str | None  # "YYYY-MM-DD/YYYY-MM-DD", None when relative without a reference
    kind: str  # year | quarter | half | month | range | relative | fiscal | ...


def _iso(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _year(y: int) -> str:
    return _iso(date(y, 1, 1), date(y, 12, 31))


def _quarters(y: int, first: int, last: int) -> str:
    return _iso(date(y, 3 * first - 2, 1), _month_end(y, 3 * last))


def _short_year(head: int, tail: str) -> int:
    """ "2010-15" -> 2015; "1999-01" -> 2001."""
    if len(tail) == 4:
        return int(tail)
    if len(tail) == 1:  # "2003-4"
        y = head // 10 * 10 + int(tail)
        return y if y > head else y + 10
    y = head // 100 * 100 + int(tail)
    return y if y > head else y + 100


def _count(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _COUNT.get(w, 0)


def _shift(ref: date, n: int, unit: str) -> date:
    """`ref` moved by n units (negative: back)."""
    unit = unit.lower().rstrip("s")
    months = {"year": 12, "decade": 120, "quarter": 3, "month": 1}.get(unit)
    if months:
        return _add_months(ref, n * months)
    return ref + timedelta(days={"week": 7, "day": 1}[unit] * n)


def _latest_month(ref: date, month: int) -> int:
    """Year of the most recent `month` that began on or before `ref`."""
    return ref.year if month <= ref.month else ref.year - 1


Rule = tuple[re.Pattern[str], str, Callable[[re.Match[str], date | None], str | None]]


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _quarters_of(m: re.Match[str], ref: date | None) -> str | None:
    """ "the first three quarters of 2021", "the first quarter of 2021", "Q3 2021"."""
    g = m.groupdict()
    y = _given_year(m, ref)
    if g.get("n"):  # first N quarters
        first, last = 1, _count(g["n"])
    else:
        q = int(g["q"]) if g.get("q") else _ORD[g["o"].lower()]
        first = last = q
    if not 1 <= last <= 4:
        return None
    if y is None:
        if ref is None:
            return None
        y = ref.year if 3 * first - 2 <= ref.month else ref.year - 1
    return _quarters(y, first, last)


def _half(m: re.Match[str], ref: date | None) -> str | None:
    h = m.group("h").lower()
    second = h in ("second", "2nd", "2", "latter", "last")
    y = _given_year(m, ref)
    if y is None:
        if ref is None:
            return None
        y = ref.year if (not second or ref.month >= 7) else ref.year - 1
    return _iso(date(y, 7, 1), date(y, 12, 31)) if second else _iso(date(y, 1, 1), date(y, 6, 30))


def _month(m: re.Match[str], ref: date | None) -> str | None:
    mon = _MONTHS[m.group("m").lower().rstrip(".")]
    y = int(m.groupdict()["y"]) if m.groupdict().get("y") else None
    if y is None:
        if ref is None:
            return None
        y = _latest_month(ref, mon)
    return _iso(date(y, mon, 1), _month_end(y, mon))


def _months_to(m: re.Match[str], ref: date | None) -> str | None:
    """ "the three months to December 2004", "the year to March", "the quarter ending
    September 30"."""
    n = _count(m.group("n")) if m.group("n") else 1
    unit = m.group("u").lower()
    months = n * 12 if unit.startswith("year") else n * 3 if unit.startswith("quarter") else n
    mon = _MONTHS[m.group("m").lower().rstrip(".")]
    y = int(m.group("y")) if m.group("y") else None
    if y is None:
        if ref is None:
            return None
        y = _latest_month(ref, mon)
    end = _month_end(y, mon)
    start = _add_months(date(y, mon, 1), 1 - months)
    return _iso(start, end)


def _months_of(m: re.Match[str], ref: date | None) -> str | None:
    """ "the last three months of 2004" -> 2004-10-01/2004-12-31."""
    y = _given_year(m, ref)
    n = _count(m.group("n"))
    if y is None or not 1 <= n <= 12:
        return None
    if m.group("w").lower() == "first":
        return _iso(date(y, 1, 1), _month_end(y, n))
    return _iso(date(y, 13 - n, 1), date(y, 12, 31))


def _year_range(m: re.Match[str], ref: date | None) -> str | None:
    a = int(m.group("a"))
    b = _short_year(a, m.group("b"))
    if not a < b <= a + 100:
        return None
    return _iso(date(a, 1, 1), date(b, 12, 31))


def _split_fiscal(m: re.Match[str], ref: date | None) -> str | None:
    a = int(m.group("a"))
    b = _short_year(a, m.group("b"))
    if b != a + 1:
        return None
    return _iso(date(a, 4, 1), date(b, 3, 31))


def _slash_years(m: re.Match[str], ref: date | None) -> str | None:
    if int(m.group("b")) == int(m.group("a")) + 1:
        return _split_fiscal(m, ref)
    return _year_range(m, ref)


def _fiscal(m: re.Match[str], ref: date | None) -> str | None:
    y = m.group("y")
    yi = int(y) if len(y) == 4 else 2000 + int(y)
    return _iso(date(yi - 1, 10, 1), date(yi, 9, 30))


# The years of a decade its "early", "mid" or "late" part covers (a common reading: thirds).
_DECADE_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _decade(m: re.Match[str], ref: date | None) -> str | None:
    y = int(m.group("y"))
    lo, hi = _DECADE_PART.get((m.groupdict().get("part") or "").lower(), (0, 9))
    end = int(m.group("b")) if m.groupdict().get("b") else y + hi
    return _iso(date(y + lo, 1, 1), date(end, 12, 31)) if end >= y + lo else None


# The months of a year its "early", "mid" or "late" part covers (thirds, as for a decade),
# and the day a deadline "by mid-2006" falls on.
_YEAR_PART = {"early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12)}
_BY_PART = {"early": (4, 30), "mid": (6, 30), "middle": (6, 30), "late": (12, 31)}


def _year_part(m: re.Match[str], ref: date | None) -> str | None:
    """ "in early 2005" -> 2005-01-01/2005-04-30; "by the middle of 2006" -> ../2006-06-30."""
    y = int(m.group("y"))
    part = (m.group("part") or "middle").lower()
    if m.string[max(m.start() - 6, 0) : m.start()].lower() == "since ":
        # "since mid-2003": from then on (the start `_since` gives a part of a year)
        start = date(y, {"early": 1, "mid": 7, "middle": 7, "late": 10}[part], 1)
        return _iso(start, ref) if ref is not None and start <= ref else f"{start.isoformat()}/.."
    if m.groupdict().get("by"):
        mon, day = _BY_PART[part]
        return f"../{date(y, mon, day).isoformat()}"
    first, last = _YEAR_PART[part]
    return _iso(date(y, first, 1), _month_end(y, last))


def _relative_year(m: re.Match[str], ref: date | None) -> str | None:
    if ref is None:
        return None
    w = m.group("w").lower()
    unit = m.group("u").lower()
    shift = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
    }[w]
    if unit == "year":
        return _year(ref.year + shift)
    if unit == "month":
        first = _add_months(date(ref.year, ref.month, 1), shift)
        return _iso(first, _month_end(first.year, first.month))
    if unit == "quarter":
        q = (ref.month - 1) // 3 + 1 + shift
        y = ref.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        return _quarters(y, q, q)
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return _iso(monday, monday + timedelta(days=6))
    return None


def _next_n(m: re.Match[str], ref: date | None) -> str | None:
    if ref is None:
        return None
    n = _count(m.group("n")) if m.group("n") else 1
    if n <= 0:
        return None
    if m.group("w").lower() in ("next", "coming", "following"):
        return _iso(ref, _shift(ref, n, m.group("u")))
    return _iso(_shift(ref, -n, m.group("u")), ref)


def _since(m: re.Match[str], ref: date | None) -> str | None:
    """ "since 2015": up to the reference date; without one, or for "from 2007" (onwards),
    an interval open at its end (ISO 8601-2 "2007-01-01/..")."""
    if m.groupdict().get("sup"):
        return None  # "its lowest level since 2001": a comparison, not the value's period
    y = int(m.group("y"))
    g = m.groupdict()
    mon = g.get("m")
    start = date(y, _MONTHS[mon.lower().rstrip(".")], 1) if mon else date(y, 1, 1)
    if g.get("d"):
        start = start.replace(day=min(int(g["d"]), _month_end(y, start.month).day))
    if g.get("part"):
        start = date(y, {"early": 1, "mid": 7, "late": 10}[g["part"].lower()], 1)
    if ref is None or m.group(0).lower().lstrip().startswith("from"):
        return f"{start.isoformat()}/.."
    return _iso(start, ref) if start <= ref else None


def _ytd(m: re.Match[str], ref: date | None) -> str | None:
    return _iso(date(ref.year, 1, 1), ref) if ref else None


def _edge(m: re.Match[str], ref: date | None) -> str | None:
    """ "at the end of 2003" -> 2003-12-31/2003-12-31: a point, written as a one-day interval."""
    y = int(m.group("y"))
    mon = _MONTHS[m.group("m").lower().rstrip(".")] if m.group("m") else None
    if m.group("w").lower() == "end":
        d = _month_end(y, mon or 12)
    else:
        d = date(y, mon or 1, 1)
    return _iso(d, d)


def _year_back(interval: str) -> str:
    """The same interval one year earlier (a month end stays a month end: Feb 29 -> 28)."""
    a, b = (date.fromisoformat(x) for x in interval.split("/"))
    a2 = _add_months(a, -12)
    b2 = _add_months(b, -12)
    if b == _month_end(b.year, b.month):
        b2 = _month_end(b2.year, b2.month)
    return _iso(a2, b2)


def _anchored(m: re.Match[str], ref: date | None) -> str | None:
    """ "a year earlier" alone: a year before the reference date's year when the words say
    "previous year"; else unknown. With a period before it in the same text,
    `find_periods` gives it that period moved back a year."""
    if ref is not None and re.search(r"previous|prior|year before", m.group(0), re.I):
        return _year(ref.year - 1)
    return None


def _month_range(m: re.Match[str], ref: date | None) -> str | None:
    """ "between July and September" (no year): the latest such span that ended by the
    reference date; without one, unknown (an amount may take the year its text names)."""
    if ref is None:
        return None
    first = _MONTHS[m.group("m1").lower().rstrip(".")]
    last = _MONTHS[m.group("m2").lower().rstrip(".")]
    y = _latest_month(ref, last)
    if ref < _month_end(y, last):
        y -= 1  # (a span still running is not yet a figure's)
    return _iso(date(y if first <= last else y - 1, first, 1), _month_end(y, last))


def _plain_year(m: re.Match[str], ref: date | None) -> str | None:
    if m.groupdict().get("by"):
        # "£3.7bn will be spent by 2006", "reach 1.6 million by 2010": up to the end of
        # that year, its start unsaid (ISO 8601-2 "../2006-12-31").
        return f"../{int(m.group('y'))}-12-31"
    if m.groupdict().get("before"):
        return f"../{int(m.group('y')) - 1}-12-31"  # "before 2015": up to the end of 2014
    return _year(int(m.group("y")))


# A month's full name, with its capital ("May": not the verb).
_MON_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)


# "its lowest level since ...": a word that makes "since" a comparison, not a period.
_SUPERLATIVE = (
    r"(?:(?P<sup>\b(?:lowest|highest|best|worst|biggest|largest|smallest|strongest|"
    r"weakest|fastest|slowest|most|least|first|low|high)(?:\s+(?:level|levels|"
    r"point|rate|time|figure))?)\s+)?"
)


# "the attacks of 11 September 2001": an event's "of" (not "the end of 2003", a part).
_OF_EVENT = (
    r"(?<!end\s)(?<!start\s)(?<!beginning\s)(?<!middle\s)(?<!close\s)(?<!turn\s)(?<!half\s)"
    r"(?<!quarter\s)(?<!part\s)(?<!rest\s)of"
)


# Tried in order; a later rule never takes text an earlier one took.
RULES: list[tuple[re.Pattern[str], str, Callable[[re.Match[str], date | None], str | None]]] = [
    (
        _r(
            rf"\b(?:financial|fiscal|tax|budget)\s+year\s+(?:of\s+)?(?P<a>{YEAR})\s*[/\-–]\s*(?P<b>\d\d(?:\d\d)?)\b"
        ),
        "fiscal",
        _split_fiscal,
    ),
    (
        _r(
            rf"\b(?:FY\s?)?(?P<a>{YEAR})\s*[/\-–]\s*(?P<b>\d\d(?:\d\d)?)\s+(?:financial|fiscal|tax|budget)\s+year\b"
        ),
        "fiscal",
        _split_fiscal,
    ),
    (_r(rf"\b(?P<a>{YEAR})/(?P<b>\d\d?)\b"), "fiscal", _split_fiscal),  # "2003/4"
    # "In 2003/2004": written out, a split year all the same; other years a range
    (_r(rf"\b(?P<a>{YEAR})/(?P<b>{YEAR})\b"), "fiscal", _slash_years),
    (_r(rf"\b(?:fiscal(?:\s+year)?|FY)\s?(?P<y>{YEAR}|\d\d)\b"), "fiscal", _fiscal),
    (
        _r(
            rf"\b(?:the\s+)?first\s+(?P<n>two|three|2|3)\s+quarters\s+(?:of\s+)?(?:(?:the\s+)?year\s+)?{YR}?"
        ),
        "quarter",
        _quarters_of,
    ),
    (
        _r(rf"\b(?:the\s+)?(?P<o>{ORD})[\s-]+quarter(?:\s+of)?(?:\s+(?:the\s+)?(?:year\s+)?{YR})?"),
        "quarter",
        _quarters_of,
    ),
    (
        # "the last quarter of 2004" is its fourth; "last quarter" alone is relative.
        _r(rf"\b(?:the\s+)?(?P<o>last)[\s-]+quarter\s+of\s+(?:the\s+)?(?:year\s+)?{YR}"),
        "quarter",
        _quarters_of,
    ),
    (_r(rf"\bQ(?P<q>[1-4])(?:\s*(?P<y>{YEAR}))?\b"), "quarter", _quarters_of),
    (
        _r(
            rf"\b(?:the\s+)?(?P<h>first|second|1st|2nd|latter|last)[\s-]+half(?:\s+of)?(?:\s+(?:the\s+)?(?:year\s+)?{YR})?"
        ),
        "half",
        _half,
    ),
    (_r(rf"\bH(?P<h>[12])\s*(?P<y>{YEAR})?\b"), "half", _half),
    (
        _r(rf"\b(?:the\s+)?(?P<w>first|last|final)\s+(?P<n>{NUMW})\s+months\s+of\s+{YR}"),
        "months",
        _months_of,
    ),
    (
        _r(
            rf"\b(?:the\s+)?(?:(?P<n>{NUMW})\s+)?(?P<u>months?|years?|quarters?)\s+(?:to|ending(?:\s+in)?|ended)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?(?P<m>{MON})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>{YEAR}))?"
        ),
        "months_to",
        _months_to,
    ),
    (
        _r(
            rf"\b(?:between|from)\s+(?P<a>{YEAR})\s+(?:and|to|until|till|through)\s+(?P<b>{YEAR})\b"
        ),
        "range",
        _year_range,
    ),
    (_r(rf"\b(?P<a>{YEAR})\s*[-–/]\s*(?P<b>{YEAR}|\d\d?)\b"), "range", _year_range),
    (
        # "in 2001 and 2002", "in 2001, 2002 and 2003": the years listed, first to last.
        _r(rf"\b(?:in|for|during|of)\s+(?P<a>{YEAR})(?:,\s*{YEAR})*,?\s+and\s+(?P<b>{YEAR})\b"),
        "range",
        _year_range,
    ),
    (
        # "the 1990s"; "the late 1990s", "the mid-1980s": a third of it; "from the early
        # 1990s to 1997": from that third to the year's end
        _r(
            r"(?<!since )\b(?:in\s+|from\s+)?the\s+(?:(?P<part>early|mid|late)[\s-])?"
            r"(?P<y>1[89]\d0|20\d0)s\b(?:\s+(?:to|until|till|through)\s+(?P<b>(?:1[89]|20)\d\d)\b)?"
        ),
        "decade",
        _decade,
    ),
    (
        # "its lowest level since 2001" compares; it is no period of the value.
        _r(rf"{_SUPERLATIVE}\bsince\s+(?:(?P<m>{MON})\s+)?(?P<y>{YEAR})\b"),
        "since",
        _since,
    ),
    (
        # "since Labour won power in 1997": since the year the clause names ("in mid-2003":
        # its middle), or its month or day ("since the bombings in July 2005", "since the
        # attacks of 11 September 2001"); not "the highest since the crash in 1987".
        _r(
            rf"{_SUPERLATIVE}\bsince\s+(?:[A-Za-z]+\s+){{1,5}}(?:in|on|{_OF_EVENT})\s+"
            rf"(?:(?P<part>mid|early|late)[-\s])?(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
            rf"(?:(?P<m>{MON})\s+)?(?P<y>{YEAR})\b"
        ),
        "since",
        _since,
    ),
    (
        # "since the 11 September 2001 attacks": since that day.
        _r(
            rf"\bsince\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MON})\s+(?P<y>{YEAR})\b"
        ),
        "since",
        _since,
    ),
    (
        # "since the 1997 handover", "since its 2003 launch": since the event of that year
        # (its day unknown: from the year's start), not the year alone.
        _r(
            rf"{_SUPERLATIVE}\bsince\s+(?:the|its|their|his|her)\s+(?:(?P<m>{MON})\s+)?"
            rf"(?P<y>{YEAR})(?=\s+[a-z])"
        ),
        "since",
        _since,
    ),
    (
        # "output of 200,000 cars from 2007": onwards (a range "from 2001 to 2003" is taken
        # by the rules above).
        _r(
            # (the words before "from" are tested once "from" is found, not at every place)
            r"\bfrom(?<!up from)(?<!down from)(?<!rose from)(?<!fell from)(?<!rise from)"
            r"(?<!fall from)(?<!risen from)(?<!fallen from)(?<!jumped from)(?<!dropped from)"
            r"(?<!increase from)(?<!decline from)(?<!% from)(?<![0-9] from)(?<!cent from)"
            rf"\s+(?:(?P<m>{MON})\s+)?(?P<y>{YEAR})\b(?!\s*(?:[-–/]|to\b|until\b|levels?\b))"
        ),
        "since",
        _since,
    ),
    (
        _r(
            # "at the end of 2003" is a point; "by the end of 2022" is a deadline, not a period.
            rf"\b(?:at|as\s+of)\s+the\s+(?P<w>end|start|beginning)\s+of\s+"
            rf"(?:(?P<m>{MON})\s+)?(?P<y>{YEAR})\b"
        ),
        "point",
        _edge,
    ),
    (
        _r(
            rf"\b(?:in|during|for|throughout|since|from|by)?\s*(?P<m>{MON})(?:\s+of)?,?\s+(?P<y>{YEAR})\b"
        ),
        "month",
        _month,
    ),
    (
        # "profit of $375m a year earlier", "the same period last year": the year before
        # the sentence's own period (resolved in `find_periods`).
        _r(
            r"\b(?:(?:in|for|during)\s+)?(?:the\s+same\s+(?:period|quarter|month|months|time)\s+"
            r"(?:of\s+)?(?:last\s+year|(?:a|one|the)\s+year\s+(?:earlier|before|ago)|"
            r"the\s+(?:previous|prior|preceding)\s+year)|(?:a|one|the)\s+year\s+"
            r"(?:earlier|before|previously|ago)|(?:the\s+)?(?:previous|prior|preceding)\s+year)"
        ),
        "anchored",
        _anchored,
    ),
    (_r(r"\bso\s+far\s+this\s+year\b|\byear[\s-]to[\s-]date\b"), "relative", _ytd),
    (
        _r(
            rf"\b(?:over|in|during|within|for)?\s*the\s+(?P<w>next|coming|following|past|last|previous)\s+(?:(?P<n>{NUMW})\s+)?(?P<u>{UNIT})\b"
        ),
        "relative",
        _next_n,
    ),
    (
        _r(
            r"\b(?P<w>last|this|next|past|previous|current|coming)\s+(?P<u>year|month|quarter|week)\b"
        ),
        "relative",
        _relative_year,
    ),
    (
        _r(
            rf"\b(?:(?P<by>by|until|till)(?:\s+at\s+least)?|(?P<before>before)|in|during|for|"
            rf"throughout)\s+"
            rf"(?:(?:all|the\s+whole|the\s+rest)\s+of\s+)?(?P<y>{YEAR})\b(?![-–/]\d)"
        ),
        "year",
        _plain_year,
    ),
    (
        # "2004's average": a possessive year is a period.
        _r(rf"\b(?P<y>{YEAR})['’]s\b"),
        "year",
        _plain_year,
    ),
    (
        # "in the 2001 election", "during the 2003 war": the year of a one-off event that
        # the words name is when it happened.
        _r(
            rf"\b(?:in|during|at)\s+the\s+(?P<y>{YEAR})\s+(?:(?:general|local|european|"
            rf"presidential|parliamentary|assembly|mayoral|leadership)\s+)?(?:elections?|"
            rf"polls?|referendums?|campaigns?|games|olympics|world\s+cup|census|war|"
            rf"crisis|attacks?|bombings?|riots?|tsunami|earthquake|floods?|summit)\b"
        ),
        "year",
        _plain_year,
    ),
    (
        _r(
            r"\b(?:in|during|for)\s+(?P<m>January|February|March|April|(?-i:May)|June|July|August|"
            r"September|October|November|December)\b(?!\s+\d)"
        ),
        "month",
        _month,
    ),
    (
        # "between July and September", "from April to June": months with no year said
        # (its case given, not ignored, and the word's start tested after it: a quicker scan)
        re.compile(
            rf"(?:between(?<!\wbetween)|from(?<!\wfrom)|Between|From)\s+(?P<m1>{_MON_NAME})\s+"
            rf"(?:and|to|until|through)\s+(?P<m2>{_MON_NAME})\b(?!,?\s+\d)"
        ),
        "month_range",
        _month_range,
    ),
    (
        # "in early 2005", "in late 2004", "by mid-2006", "by the middle of 2006": a third
        # of the year, or a deadline
        _r(
            rf"\b(?:(?P<by>by|until|till)\s+|(?:in|during|from|for)\s+)?(?:the\s+)?"
            rf"(?:(?P<part>early|mid|late)[\s-]+|middle\s+of\s+)(?P<y>{YEAR})\b(?![-–/]\d)"
        ),
        "year_part",
        _year_part,
    ),
]


_TO_END = ("end", "start", "beginning")
# Every name and abbreviation of a month begins with one of these ("sept", "sep": "sep").
_MONTH_PREFIXES = tuple(sorted({m[:3].lower() for m in _MONTHS}))
# For each rule, one or two word lists its text must contain a word of each (lower-cased; a
# shorter word the rule's own implies serves, so fewer words are looked for), and
# whether it needs a four-digit year: a cheap test that spares the full patterns on most
# sentences.
_UNITS = ("year", "month", "quarter", "week", "day", "decade")
# The words of the one-off events a year names ("the 2001 election"): that rule's gate.
_EVENT_WORDS = tuple(
    (
        "election poll referendum campaign games olympics cup census war crisis attack bombing "
        "riot tsunami earthquake flood summit"
    ).split()
)
_GATES: list[tuple[tuple[tuple[str, ...], ...], bool]] = [
    ((("financial", "fiscal", "tax", "budget"),), True),
    ((("financial", "fiscal", "tax", "budget"),), True),
    ((("/",),), True),
    ((("/",),), True),
    ((("fiscal", "fy"),), False),
    ((("quarter",),), False),
    ((("quarter",),), False),
    ((("quarter",),), False),
    ((("q1", "q2", "q3", "q4"),), False),
    ((("half",),), False),
    ((("h1", "h2"),), False),
    ((("month",),), False),
    ((("month", "year", "quarter"), _MONTH_PREFIXES), False),
    ((("between", "from"),), True),
    ((("-", "–", "/"),), True),
    ((("and",),), True),
    ((("0s",),), True),
    ((("since",),), True),
    ((("since",),), True),
    ((("since",),), True),
    ((("since",),), True),
    ((("from",),), True),
    ((_TO_END,), True),
    ((_MONTH_PREFIXES,), True),
    ((("year",), ("same", "earlier", "before", "ago", "previous", "prior", "preceding")), False),
    ((("far", "date"),), False),
    ((("next", "coming", "following", "past", "last", "previous"), _UNITS), False),
    ((("last", "this", "next", "past", "previous", "current", "coming"), _UNITS[:4]), False),
    ((), True),
    ((("'s", "’s"),), True),
    ((_EVENT_WORDS,), True),
    ((_MONTH_PREFIXES,), False),
    ((("between", "from"), _MONTH_PREFIXES), False),
    ((("early", "mid", "late", "middle"),), True),
]
_HAS_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# The gates as sets, so one pass over the gate words serves every rule.
_GATE_SETS = [
    (frozenset(needs[0]) if needs else None, frozenset(needs[1]) if needs[1:] else None, year)
    for needs, year in _GATES
]
_GATE_WORDS = frozenset(w for needs, _ in _GATES for words in needs for w in words)
# (the words of the rules that need no year: all a sentence without a year is tested for)
_GATE_WORDS_NO_YEAR = frozenset(
    w for needs, year in _GATES if not year for words in needs for w in words
)
# Which rules each word of a first list opens, and the rules with no word list: only those
# a sentence's words open are looked at (not each rule in turn, in a loop over them all).
_RULES_BY_WORD: dict[str, tuple[int, ...]] = {
    w: tuple(k for k, (one, _, _) in enumerate(_GATE_SETS) if one is not None and w in one)
    for w in _GATE_WORDS
}
_UNGATED_RULES = tuple(k for k, (one, _, _) in enumerate(_GATE_SETS) if one is None)
assert len(_GATE_SETS) == len(RULES)  # (one gate for each rule, in the rules' order)
# Rules that also need a word of these (their patterns' own), tested only in a text with
# none of the characters a caseless pattern matches for "i", "s" or "k" and lower-casing
# does not turn into them ("ı", "İ", "ſ", the Kelvin sign): "fırst" is the pattern's "first".
_MORE_NEEDS = {5: ("first",), 7: ("last",), 11: ("first", "last", "final")}
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
# Rules every match of which starts on a word of their first list: one is looked for from
# the first place such a word is (in a text lower-casing keeps in place, with no such fold
# characters), not from the text's start ("\b" and looks back still see what is before).
_STARTS_ON_WORD = frozenset({0, 4, 13, 21, 27, 32})
assert all(RULES[k][1] in ("quarter", "months") for k in _MORE_NEEDS)
# Rules every match of which holds a part these find (their own words, the first letter's
# case kept so the engine skips to the places that letter is at), at most so many words
# after the match's start, and that part never in those first words: with no such part the
# rule is not tried, else it is looked for from that many words before the first part, not
# from the text's start ("\b" and looks back still see what is before). ("the three months
# to June": "months to", two words in; "in the next two years": "the next", one.)
_CORES: dict[int, tuple[re.Pattern[str], int]] = {
    5: (re.compile(r"[Qq](?i:uarters)"), 3),
    6: (re.compile(r"[Qq](?i:uarter)"), 2),
    7: (re.compile(r"[Qq](?i:uarter)"), 2),
    9: (re.compile(r"[Hh](?i:alf)"), 2),
    12: (re.compile(r"[MmYyQq](?i:onths?|ears?|uarters?)\s+(?i:to|end)"), 2),
    20: (re.compile(r"[Ss\u017f](?i:ince)\s+(?i:the|its|their|his|her)\s"), 2),
    22: (re.compile(r"[Tt](?i:he)\s+(?i:end|start|beginning)\s+(?i:of)\s"), 2),
    # (a month's name, its first letter and the rest)
    23: (
        re.compile(
            r"[JjFfMmAaSs\u017fOoNnDd](?i:[a-z]{2,8}\.?(?:\s+of)?,?\s+(?:1[89]\d\d|20\d\d))"
        ),
        2,
    ),
    24: (re.compile(r"[Yy](?i:ear)"), 7),
    26: (re.compile(r"[Tt](?i:he)\s+(?i:next|coming|following|past|last|previous)\b"), 2),
    28: (
        re.compile(
            r"[BbUuTtIi\u0130\u0131DdFf](?i:y|ntil|ill|efore|n|uring|or|hroughout)"
            r"(?i:\s+at\s+least)?\s+(?i:(?:all|the\s+whole|the\s+rest)\s+of\s+)?"
            r"(?:1[89]\d\d|20\d\d)"
        ),
        0,
    ),
    31: (re.compile(r"[Ii\u0130\u0131DdFf](?i:n|uring|or)\s+[JjFfMmAaSs\u017fOoNnDd]"), 0),
}


def _words_back(text: str, i: int, n: int) -> int:
    """Where the n-th word (a run of non-spaces) before place i starts (or 0)."""
    for _ in range(n):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


def find_periods(text: str, ref: date | None = None) -> list[Period]:
    """Period expressions in `text`, in text order, without overlaps."""
    found: list[Period] = []
    low = text.lower()
    # (a year holds "18", "19" or "20": substring tests spare most texts the pattern's scan)
    has_year = any(d in text for d in ("19", "20", "18")) and _HAS_YEAR.search(text) is not None
    present = {w for w in (_GATE_WORDS if has_year else _GATE_WORDS_NO_YEAR) if w in low}
    opened = set(_UNGATED_RULES)  # (a rule opened by a word has a word of its first list)
    for w in present:
        opened.update(_RULES_BY_WORD[w])
    folds: bool | None = None  # (whether the text has `_FOLDS_TO_ASCII`: asked when needed)
    for k in sorted(opened):
        (pat, kind, fn), (_, two, year) = RULES[k], _GATE_SETS[k]
        if year and not has_year or two is not None and present.isdisjoint(two):
            continue
        if k in _MORE_NEEDS or k in _STARTS_ON_WORD:
            if folds is None:
                folds = not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII)
            if k in _MORE_NEEDS and not folds and not any(w in low for w in _MORE_NEEDS[k]):
                continue
        lo = 0
        if k in _STARTS_ON_WORD and not folds and len(low) == len(text):
            lo = min(low.find(w) for w in _GATE_SETS[k][0] or () if w in present)
        elif k in _CORES:
            core_pat, back = _CORES[k]
            core = core_pat.search(text)
            if core is None:
                continue
            lo = _words_back(text, core.start(), back)
        for m in pat.finditer(text, lo):
            s, e = m.start(), m.end()
            # Keep the span tight: no leading whitespace the optional prepositions left.
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s == e or any(p.start < e and s < p.end for p in found):
                continue
            try:
                interval = fn(m, ref)
            except _NoRef:
                interval = None
            found.append(Period(s, e, text[s:e], interval, kind))
    found.sort(key=lambda p: p.start)
    for k, p in enumerate(found):
        if p.kind != "anchored":
            continue
        base = next(
            (
                q
                for q in reversed(found[:k])
                if q.interval and q.kind not in ("anchored", "relative")
            ),
            None,
        )
        if base is not None:
            found[k] = Period(p.start, p.end, p.text, year_earlier_than(text, base), p.kind)
    return found


# A time said right after a compared value: "from 10.2% in 2003", "against $4bn in 2003".
_AFTER_COMPARED = re.compile(
    r"(?i)\b(?:from|against|versus|than|compared\s+(?:with|to))\s+[^,;.]{0,30}\d"
    r"(?:(?!\bto\b)[^,;]){0,30}$"
)


def compared_time(text: str, q: Period, lo: int = 0) -> bool:
    """Whether period `q` of `text` is said right after a compared value ("from 10.2% in
    2003"): the earlier figure's time, not the time the text's figures are of (read from
    `lo` on: where the words that may tell it begin)."""
    return _AFTER_COMPARED.search(text, max(lo, q.start - 60), q.start) is not None


def year_earlier_than(text: str, q: Period, lo: int = 0) -> str | None:
    """ "a year earlier" than the dated period `q` of `text` ("profit in 2004, up from £2m a
    year earlier": 2003); when `q` is itself a compared value's ("cut its losses to 5% from
    10.2% in 2003 and its debt to £1m from £6m a year earlier"), the figures are of the year
    after it, so "a year earlier" is `q` itself."""
    if q.interval is None or ".." in q.interval:
        return None  # (an open time: "by 2006")
    if compared_time(text, q, lo):
        return q.interval
    return _year_back(q.interval)


# The kinds of a time said with no year that another year of the text may date.
YEARLESS_KINDS = ("anchored", "month_range", "months_to")
_YEARLESS_RULES = [(pat, kind) for pat, kind, _ in RULES if kind in YEARLESS_KINDS]


def yearless_kind(text: str) -> str | None:
    """The kind of the time `text` is, when it is all one time of `YEARLESS_KINDS` with no
    year ("a year earlier", "between July and September", "the three months to June"): a
    quick test, without `find_periods`' gates."""
    if _HAS_YEAR.search(text):
        return None
    for pat, kind in _YEARLESS_RULES:
        m = pat.search(text)
        if m is not None and not text[: m.start()].strip() and not text[m.end() :].strip(" ."):
            return kind
    return None


def parse_period(text: str, ref: date | None = None) -> str | None:
    """The interval of the first period expression in `text` (None if none or relative
    without a reference)."""
    got = find_periods(text, ref)
    return got[0].interval if got else None
