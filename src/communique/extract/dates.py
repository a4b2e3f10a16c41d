"""Explicit dates in text ("December 7, 2021", "7 December 2021", "2021-12-07")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

# Month names and abbreviations -> month number (also used by `periods`).
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
# The months' full names, capitalised as written ("January"), in order.
MONTH_NAMES = tuple(
    max((m for m, i in MONTHS.items() if i == n), key=len).capitalize() for n in range(1, 13)
)
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_MON}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_MONTH_YEAR = re.compile(rf"\b{_MON}\s+{_YEAR}\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO date or YYYY-MM
    precision: str  # day | month


def find_dates(text: str) -> list[DateMention]:
    """Explicit calendar dates, day precision first, then bare month-year mentions."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                groups = m.groupdict()
                if groups.get("mnum"):
                    month = int(groups["mnum"])
                else:
                    month = MONTHS[m.group("mon").lower().rstrip(".")]
                d = date(int(m.group("year")), month, int(m.group("day")))
            except (KeyError, ValueError):
                continue
            found.append(DateMention(m.start(), m.end(), d.isoformat(), "day"))
            taken.append((m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        mon = m.group("mon").lower().rstrip(".")
        if mon == "may" and not m.group("mon")[0].isupper():
            continue
        value = f"{m.group('year')}-{MONTHS[mon]:02d}"
        found.append(DateMention(m.start(), m.end(), value, "month"))
    return sorted(found, key=lambda d: d.start)


def normalise_date(value: str) -> str | None:
    """YYYY-MM-DD for a date string in a common format, else None."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    hits = find_dates(value)
    if hits and hits[0].precision == "day":
        return hits[0].value
    import dateparser

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def latest_date(text: str) -> str | None:
    """The latest day-precision date the text mentions (a lower bound on when it was written)."""
    days = [d.value for d in find_dates(text) if d.precision == "day"]
    return max(days) if days else None
