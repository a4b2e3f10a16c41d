"""A relative year ("this year", "next year", "in the coming year") makes no period, so in a
sentence that gives amounts for several times ("cut to 1.8% from 2.0% this year and 1.9%
from 2.4% in 2005") an amount of a relative year reads like its siblings of other times;
its object says its year in a short form ("for this year"). An earlier forecast set against
a new one ("fell to 3.3% next year from a previous estimate of 3.7%", "slipping to 1.8% from
2.0% this year") is for the same time as the new one: it takes the new value's period when
that is a year, or the relative year said beside either value. Only when the sentence holds
two or more distinct times: a lone "this year" adds nothing."""

from __future__ import annotations

import re

from communique.extract.amounts_periods import _conversions_dated
from communique.record import Amount

# A relative year as a period's words are kept, and its short form for an object.
_RELATIVE = re.compile(
    r"(?i)^(?:in |for |during |over |by )?(?:(this|next|last)|(?:the )?(current|coming)) year$"
)
_SHORT = {"this": "this year", "current": "this year", "next": "next year", "last": "last year",
          "coming": "the coming year"}  # fmt: skip
# "to 3.3% next year from a previous estimate of": the words between a new value and the
# value it is set against (no number, no stop between).
_FROM_GAP = re.compile(r"[^.;:%\d$£€]{0,40}?\bfrom\s+(?:[A-Za-z-]+\s+){0,5}", re.I)
_FORECAST = re.compile(r"(?i)\b(?:forecast|estimate|projection|prediction|outlook)")
# An object that says a time of its own already.
_SAID_YEAR = re.compile(r"(?i)\b(?:year|(?:19|20)\d\d)\b")
_STOP = re.compile(r"[.!?]\s")
# "from 4% in 2002 to 9% last year": the later end of a change told from one time to the
# next, which its words already set apart from the earlier value.
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+[^.;]{0,40}?\bto\s+(?:[A-Za-z-]+\s+){0,2}$")


def _relative(said: str) -> str | None:
    """The short form of a relative year said as a period's words ("in the coming year")."""
    m = _RELATIVE.match(said)
    return _SHORT[(m.group(1) or m.group(2)).lower()] if m else None


def _sentences(out: list[Amount], text: str) -> list[list[Amount]]:
    """The amounts (no conversions) grouped by sentence, in text order."""
    groups: list[list[Amount]] = []
    last: Amount | None = None
    for a in sorted(out, key=lambda x: x.span[0]):
        if "conversion_of" in a.extra or not a.span:
            continue
        if last is None or _STOP.search(text, last.span[1], a.span[0]):
            groups.append([])
        groups[-1].append(a)
        last = a
    return groups


def _shared(out: list[Amount], group: list[Amount], text: str, own: dict[int, str]) -> None:
    """ "to 3.3% next year from a previous estimate of 3.7%": the earlier forecast of a pair
    is for the new value's time; "to 1.8% from 2.0% this year": the new value is for the
    time said after the earlier one. Not "last year" (the time an earlier figure was)."""
    for a, b in zip(group, group[1:], strict=False):
        if a.unit != b.unit or not _FROM_GAP.fullmatch(text, a.span[1], b.span[0]):
            continue
        if not _FORECAST.search(f"{b.object or ''} {text[a.span[1] : b.span[0]]}"):
            continue  # ("profit rose to $5bn in 2004 from $4bn": the earlier is 2003's)
        if not b.period and id(b) not in own and not b.extra.get("period_text"):
            if a.period and re.fullmatch(r"(\d{4})-01-01/\1-12-31", a.period):
                b.period = a.period
                b.extra["period_text"] = a.extra.get("period_text", "")
                _conversions_dated(out, b)
            elif own.get(id(a)) not in (None, "last year"):
                own[id(b)] = own[id(a)]
        elif (
            not a.period
            and id(a) not in own
            and not a.extra.get("period_text")
            and own.get(id(b)) not in (None, "last year")
        ):
            said = str(b.extra.get("period_text") or "")
            if re.match(rf"\s*{re.escape(said)}\b", text[b.span[1] : b.span[1] + 40]):
                own[id(a)] = own[id(b)]  # (said just after the earlier value: both values')


def relative_years_said(out: list[Amount], text: str) -> None:
    """Each amount of a relative year, in a sentence with another time, says it on its
    object's end (through `_span`, put on by `_tails_added`)."""
    # (one cheap pass as the gate: no relative year and no undated forecast, nothing to do)
    relative: dict[int, str] = {}
    forecast = False
    for a in out:
        if a.period:
            continue
        said = a.extra.get("period_text")
        if isinstance(said, str) and said.endswith("year") and (r := _relative(said)):
            relative[id(a)] = r
        elif not forecast and a.object and _FORECAST.search(a.object):
            forecast = True
    if not relative and not forecast:
        return
    for group in _sentences(out, text):
        if len(group) < 2:
            continue
        own = {id(a): relative[id(a)] for a in group if id(a) in relative}
        _shared(out, group, text, own)
        if not own:
            continue
        times = {a.period or own.get(id(a)) for a in group} - {None}
        if len(times) < 2:
            continue  # (a lone "this year" adds nothing)
        for a in group:
            said = own.get(id(a))
            if (
                said is None
                or a.period
                or not a.object
                or "_span" in a.extra
                or _SAID_YEAR.search(a.object)
                or _FROM_TO_BEFORE.search(text, max(0, a.span[0] - 60), a.span[0])
            ):
                continue
            # ("At the end of this year, it will have taken delivery of 100 planes": a total
            # by then, not what the year brings)
            lo, hi = max(0, a.span[0] - 120), a.span[1] + 60
            by_end = re.search(rf"(?i)\b(?:at|by) the end of {said}\b", text[lo:hi])
            a.extra["_span"] = f"by end of {said}" if by_end else f"for {said}"
