"""A span of months said without a year ("output grew 15.7% in the year to October", "sales
rose 4% from March to June"): no period can be made of it, yet it tells a span's figure from
a whole year's, so the object says it, in a short normal form put on its end. (The quarters,
halves and "three months to" are `_undated_time`'s.)"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from communique.record import Amount

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# The year to a month, or from a month to a month, with no year after it.
_YEARLESS = re.compile(
    rf"\b(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) the (?P<m>year (?:to|ending|ended) "
    rf"(?:\d{{1,2}} )?{_MONTH}(?: \d{{1,2}})?)|(?P<b>[Ff]rom {_MONTH} to {_MONTH}))\b"
    r"(?!,? (?:\d{1,2}\b|(?:19|20)\d\d|last|next|this)|-|')"
)
# A compared value just before the time ("up from 5.4% in the year to May"): its own time.
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|against|on|versus)\s+(?:the\s+|a\s+|about\s+|just\s+)?"
    r"[£$€]?\d[\d.,]*\S*(?:\s+[a-z]+){0,2}\s*$"
)
# The amount's own basis just after it: a time said before it is not its own.
_OWN_BASIS = re.compile(
    r"\s*(?:on an? (?:annual|annualised|annualized|yearly|year-on-year)|an annual|"
    r"year[- ]on[- ]year|annualised|annualized)\b"
)
# The links up which a time on a verb still bounds the amount of a clause below it: joined
# or infinitive clauses ("rose 8% in the year to May and 24% in China"), not reported
# speech ("From May to June, the IMF said growth would be 1.8%": the time of the saying).
_CHAIN = frozenset({"conj", "xcomp", "advcl"})
# An object that says its time already.
_SAID_TIME = re.compile(rf"\b(?:{_MONTH}|quarter|half|months?|year to)\b")


def _yearless_time(span: Any, sent: Any, verb: Any, text: str) -> str | None:
    """ "in year to October", "from March to June": a span of months without its year that
    the amount's clause (or the noun it counts) is bounded by; None when there is none."""
    said = text[sent.start_char : sent.end_char]
    if "year " not in said and "rom " not in said or " to " not in said and "ending" not in said:
        return None  # (substring tests before the pattern's scan of the sentence)
    found = _spans_in(said)
    if not found or _OWN_BASIS.match(text, span.end_char):
        return None  # "0.1% from October to December and 1.5% on an annual basis"
    heads: set[int] | None = None
    for start, stop, phrase in found:
        at, end = sent.start_char + start, sent.start_char + stop
        if at < span.end_char and end > span.start_char:
            continue
        if _COMPARED_BEFORE.search(text, max(sent.start_char, at - 40), at):
            continue
        if heads is None:
            heads = _heads(span, verb)
        first = span.doc.char_span(at, end, alignment_mode="expand")
        if first is None or not len(first):
            continue
        on = first[0].head
        if on.pos_ in ("ADV", "ADJ") and on.i not in heads:
            on = on.head  # ("Sales were up 3% in the year to June")
        if on.i not in heads or on.i == verb.i and _event_subject(span, verb):
            continue
        return phrase
    return None


@lru_cache(maxsize=64)
def _spans_in(said: str) -> tuple[tuple[int, int, str], ...]:
    """Each yearless span of months in the sentence `said`: where it stands and its short
    form ("in year to October", "from March to June"); made once for a sentence's hits."""
    return tuple(
        (
            m.start(),
            m.end(),
            m.group("b")[0].lower() + m.group("b")[1:] if m.group("b") else f"in {m.group('m')}",
        )
        for m in _YEARLESS.finditer(said)
    )


def _event_subject(span: Any, verb: Any) -> bool:
    """Whether the amount is in the subject of an event's verb ("the £1bn deal would be
    signed from May to June"): the time is the event's, not
    the amount's; a state's time ("5m were out of work in the year to May") is its own."""
    if verb.lemma_ == "be":
        return False
    t = span.root
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i:
            return True
        t = t.head
    return False


def _heads(span: Any, verb: Any) -> set[int]:
    """The words a time bounding the amount hangs on: the amount's clause verb and the verbs
    it is joined to, the noun the amount counts, and that noun's participle ("the 0.2%
    growth seen from July to September")."""
    out: set[int] = set()
    t = verb
    while t is not None:
        out.add(t.i)
        if t.dep_ not in _CHAIN or t.head.i == t.i:
            break
        t = t.head
    root = span.root
    out |= {t.i for t in span}
    if root.dep_ == "pobj":
        out.add(root.head.i)  # ("a fall in inflation to 2.3% in the year to May": on "to")
    noun = root.head if root.dep_ in ("nummod", "compound", "amod", "quantmod") else root
    out.add(noun.i)
    out |= {c.i for c in noun.children if c.dep_ == "acl"}
    return out


def _yearless_in_object(out: list[Amount]) -> None:
    """The yearless time found for an amount goes on its object's end (last: the passes
    between read the object's end) when it still has no period and says no time."""
    for a in out:
        said = a.extra.pop("_yearless", None)
        if (
            said
            and "conversion_of" not in a.extra  # (a conversion takes its original's tail)
            and a.period is None
            and a.object
            and "_span" not in a.extra
            and _SAID_TIME.search(a.object) is None
        ):
            a.extra["_span"] = said
