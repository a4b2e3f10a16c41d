"""A span of months said without a year ("output grew 15.7% in the year to October", "sales
rose 4% from March to June", "between April and June") or a single month ("fell 0.3% in
January"): no period can be made of it, yet it tells a span's figure from a whole year's, so
the object says it, in a short normal form put on its end. A single month only for a figure
measured in it, not the date of an act that set, gave or agreed the figure (`_measured_in`).
(The quarters, halves and "three months to" are `_undated_time`'s.)"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from communique.extract.amounts_parse import _tokens
from communique.record import Amount

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# The year to a month, or from a month to a month, with no year after it.
_YEARLESS = re.compile(
    rf"\b(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver) (?:the (?P<m>year (?:to|ending|ended) "
    rf"(?:\d{{1,2}} )?{_MONTH}(?: \d{{1,2}})?)|(?P<d>(?:(?:early|late|mid-) ?)?{_MONTH}))"
    rf"|(?P<b>(?:[Ff]rom {_MONTH} to|[Bb]etween {_MONTH} and) {_MONTH}))\b"
    r"(?!,? (?:\d{1,2}\b|(?:19|20)\d\d|last|next|this)|-|')"
)
# Verbs whose amount is a change, level or count measured over their time.
_MEASURE_VERBS = frozenset(
    {
        "be", "have", "stand", "reach", "hit", "total", "remain", "stay", "top", "average",
        "rise", "fall", "grow", "drop", "dip", "slip", "sink", "tumble", "slump", "plunge",
        "plummet", "jump", "climb", "surge", "soar", "increase", "decrease", "decline",
        "edge", "ease", "slow", "narrow", "widen", "shrink", "contract", "expand", "rebound",
        "recover", "gain", "lose", "add", "shed", "slide", "dive", "rally", "advance",
        "accelerate", "double", "halve", "go", "come", "fell", "rose", "grew",
    }
)  # fmt: skip
# Nouns of a change whose own time a single month is ("a rise of 3% in May").
_CHANGE_NOUNS = frozenset(
    {
        "rise", "fall", "growth", "increase", "decrease", "drop", "decline", "gain", "loss",
        "jump", "slump", "contraction", "expansion", "dip", "slowdown", "surge",
    }
)  # fmt: skip
_A_MONTH = re.compile(_MONTH)
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


def _yearless_time(
    span: Any, sent: Any, verb: Any, text: str, *, seen_only: bool = False
) -> str | None:
    """ "in year to October", "from March to June": a span of months without its year that
    the amount's clause (or the noun it counts) is bounded by; None when there is none.
    `seen_only`: only a span on a participle of the amount's own noun (for an earlier value,
    whose clause's times are the later one's: "down from the 0.2% growth seen between July
    and September")."""
    if _A_MONTH.search(text, sent.start_char, sent.end_char) is None:
        return None  # (one search for a month's name before the pattern's scan of the sentence)
    found = _spans_in(text[sent.start_char : sent.end_char])
    if not found or _OWN_BASIS.match(text, span.end_char):
        return None  # "0.1% from October to December and 1.5% on an annual basis"
    heads: set[int] | None = None
    for start, stop, phrase, one_month in found:
        at, end = sent.start_char + start, sent.start_char + stop
        if at < span.end_char and end > span.start_char:
            continue
        if not seen_only and _COMPARED_BEFORE.search(text, max(sent.start_char, at - 40), at):
            continue
        if heads is None:
            heads = _seen_on(span) if seen_only else _heads(span, verb)
        first = _tokens(span.doc, at, end)
        if first is None or not len(first):
            continue
        on = first[0].head
        if on.pos_ in ("ADV", "ADJ") and on.i not in heads:
            on = on.head  # ("Sales were up 3% in the year to June")
        if on.i not in heads or on.i == verb.i and _event_subject(span, verb):
            continue
        if one_month and not _measured_in(on, span, verb, first[0]):
            continue
        return phrase
    return None


def _measured_in(on: Any, span: Any, verb: Any, at: Any) -> bool:
    """Whether a single month on the word `on` bounds the amount as a figure measured in it
    ("sales fell 4% in May", "had 2m people out of work in May", "a rise of 3% in May", "a
    fall in inflation to 2.3% in May"), not as the date of an act that set, paid or agreed it
    ("the record set in May", "given a 3% pay rise in May", "agreed an $8m deal in May", "in
    May it raised this to £10": an act on something else). `at` is the time's first word."""
    root = span.root
    before = at.doc[at.i - 1]
    if before.i != on.i and (before.dep_ in ("acl", "relcl") or before.tag_ == "VBN"):
        return False  # (a participle's own time, whatever the parse hung it on: "set in May")
    if on.pos_ == "ADP" and on.i == root.head.i and on.head.i != on.i:
        on = on.head  # (the amount's own "to": "a fall in inflation to 2.3% in May")
    if on.pos_ not in ("VERB", "AUX"):
        if on.lemma_.lower() in _CHANGE_NOUNS:
            return True
        if not (span.start <= on.i < span.end or on.i == root.head.i):
            return False
        on = verb  # (on the amount or the noun it counts: its clause's verb says)
    if on.lemma_.lower() not in _MEASURE_VERBS:
        return False
    if on.dep_ in ("acl", "relcl") and on.head.i in (root.i, root.head.i):
        return False  # (a participle on the amount's noun: "the $9 record reached in May")
    # an act on another thing ("in May it raised this to £10") dates the act, not a figure;
    # an object holding the amount is its own ("hit an annual rate of 1.6% in May")
    return not any(
        c.dep_ == "dobj" and not c.left_edge.i <= root.i <= c.right_edge.i for c in on.children
    )


@lru_cache(maxsize=64)
def _spans_in(said: str) -> tuple[tuple[int, int, str, bool], ...]:
    """Each yearless span of months in the sentence `said`: where it stands, its short form
    ("in year to October", "from March to June", "in May") and whether it is a single month
    (which only a figure measured in it takes); made once for a sentence's hits."""
    return tuple(
        (
            m.start(),
            m.end(),
            m.group("b")[0].lower() + m.group("b")[1:]
            if m.group("b")
            else f"in {m.group('m') or m.group('d')}",
            m.group("d") is not None,
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


def _seen_on(span: Any) -> set[int]:
    """The participles on the noun the amount sizes ("the 0.2% growth seen", "the 3% rise
    recorded"): a time hung on one of them is the amount's own."""
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "compound", "amod", "quantmod") else root
    return {c.i for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"}


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
