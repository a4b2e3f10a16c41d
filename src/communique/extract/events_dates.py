"""When an event happened: an explicit date in its clause or sentence, else one earlier in its
paragraph, else a relative date ("on Wednesday", "yesterday") resolved against the article's
own date. Never the run's date: without an article date, relative dates stay unresolved."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from communique.extract.dates import find_dates
from communique.record import Article

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?:(?P<dir>last|this|next|on|early|late)\s+)?"
    r"(?P<word>today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year)\b",
    re.I,
)
# "by 2010" is a deadline, not when something happened.
_YEAR = re.compile(r"\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b")


@dataclass(frozen=True, slots=True)
class Dated:
    start: int
    end: int
    value: str
    precision: str  # day | month | year


def _resolve(word: str, direction: str | None, ref: date) -> tuple[str, str] | None:
    word = word.lower()
    direction = (direction or "").lower()
    if word in ("today", "tonight"):
        return ref.isoformat(), "day"
    if word == "yesterday":
        return (ref - timedelta(days=1)).isoformat(), "day"
    if word == "tomorrow":
        return (ref + timedelta(days=1)).isoformat(), "day"
    if word in _WEEKDAYS:
        wd = _WEEKDAYS.index(word)
        if direction == "next":
            delta = (wd - ref.weekday()) % 7 or 7
            return (ref + timedelta(days=delta)).isoformat(), "day"
        # News convention: a bare weekday is the most recent one (the day itself or before).
        delta = (ref.weekday() - wd) % 7
        if direction == "last" and delta == 0:
            delta = 7
        return (ref - timedelta(days=delta)).isoformat(), "day"
    if not direction or direction in ("on", "early", "late"):
        return None  # "a week", "the year" alone say nothing
    step = {"last": -1, "this": 0, "next": 1}[direction]
    if word == "year":
        return f"{ref.year + step:04d}", "year"
    if word == "month":
        m = ref.month - 1 + step
        return f"{ref.year + m // 12:04d}-{m % 12 + 1:02d}", "month"
    if word == "week" and step == 0:
        return None
    return None


class DateIndex:
    """Date mentions of one article, explicit and relative, in text order."""

    def __init__(self, art: Article) -> None:
        self.art = art
        found = [Dated(d.start, d.end, d.value, d.precision) for d in find_dates(art.text)]
        taken = [(d.start, d.end) for d in found]
        for m in _YEAR.finditer(art.text):
            s, e = m.start("year"), m.end("year")
            if not any(a < e and s < b for a, b in taken):
                found.append(Dated(s, e, m.group("year"), "year"))
        self.explicit = sorted(found, key=lambda d: d.start)
        self.relative: list[Dated] = []
        ref = _ref_date(art)
        if ref is not None:
            for m in _RELATIVE.finditer(art.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                got = _resolve(m.group("word"), m.group("dir"), ref)
                if got:
                    self.relative.append(Dated(m.start(), m.end(), got[0], got[1]))
        self.para_starts = sorted(s for s, _ in art.paragraphs) or [0]

    def _paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.para_starts, pos) - 1
        start = self.para_starts[max(i, 0)]
        end = self.para_starts[i + 1] if i + 1 < len(self.para_starts) else len(self.art.text)
        return start, end

    def for_event(
        self, sent: tuple[int, int], clause: tuple[int, int], trigger: int
    ) -> Dated | None:
        """The date of an event whose trigger is at `trigger` in clause / sentence `sent`."""
        for lo, hi in (clause, sent):
            inside = [d for d in self.explicit if lo <= d.start and d.end <= hi]
            if inside:
                return min(inside, key=lambda d: abs(d.start - trigger))
        inside = [d for d in self.relative if sent[0] <= d.start and d.end <= sent[1]]
        if inside:
            return min(inside, key=lambda d: abs(d.start - trigger))
        # A date earlier in the same paragraph (its lead sentence sets the scene).
        p0, _ = self._paragraph(sent[0])
        before = [d for d in self.explicit if p0 <= d.start and d.end <= sent[0]]
        if before and before[-1].precision == "day":
            return before[-1]
        return None

    def explicit_between(self, start: int, end: int) -> bool:
        return any(start <= d.start and d.end <= end for d in self.explicit)


def _ref_date(art: Article) -> date | None:
    """The article's own date (published, else a dateline date); never today's."""
    value = art.published or art.meta.get("dateline_date")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
