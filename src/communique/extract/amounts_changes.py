"""Amounts that are changes: which way a change goes ("fell 2.2%", "up 5%", "cut prices by
3%"), the change a verb or noun names and its object ("cutting production by another 10,000
vehicles"), a change in parallel with another ("while rival Nissan notched up a 10%
increase"), a change told from one year's value to the next, a rate of change ("an annual
rate of 0.3%") and a rate set against an earlier one.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from communique.extract.amounts_comparators import _mark_previous, _opening_capital
from communique.extract.amounts_parse import (
    _base,
    _clause_head,
    _join,
    _nounish,
    _np,
    _outward,
    _subject,
    _text_sentence,
    _uncap_opening,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _NOUN_WAYS,
    _OFF_VERBS,
    _PLAN_NOUNS,
    _TO_ONLY,
    _Gated,
    _may_hold,
)
from communique.record import Amount

_RISE_VERBS = frozenset(
    """rise gain jump climb surge rally soar increase rebound recover advance add improve
    raise lift boost double treble triple widen""".split()
)
_FALL_VERBS = frozenset(
    """fall lose slump drop slide dip ease tumble plunge decline decrease sink shed slip cut
    reduce lower weaken dive plummet slash halve narrow""".split()
)
_GROW_VERBS = {
    "grow": "growth",
    "expand": "growth",
    "shrink": "contraction",
    "contract": "contraction",
}

_CHANGE_TRAIL = re.compile(r"\s+(up|down|higher|lower)\b(?!\s+(?:than|from)\b)", re.I)
_COMPARATIVE_WAY = {
    "stronger": "rise",
    "higher": "rise",
    "weaker": "fall",
    "lower": "fall",
    "cheaper": "fall",
    "dearer": "rise",
}

_THAN_AFTER = re.compile(r"\s+than\s+")
# Who planned or predicted it, between "than" and the verb ("than Mr Brown predicted").
_THAN_WHO = (
    r"(?:(?:the\s+)?(?:Mr|Mrs|Ms|Dr\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:had\s+|has\s+)?|"
    r"(?:analysts|economists|ministers|experts)\s+(?:had\s+|have\s+)?)?"
)

# "14% higher than originally planned": a change over the plan or the forecast.
_THAN_PLAN = re.compile(
    _THAN_WHO + r"(?:originally\s+|initially\s+|first\s+|previously\s+)?"
    r"(?P<w>planned|budgeted|expected|forecast|predicted|estimated|thought)\b"
)
_THAN_TIME = re.compile(
    r"(?:(?:it|they)\s+(?:was|were)\s+)?"
    r"(?:(?:a\s+year|a\s+month|a\s+week|\w+\s+years?)\s+(?:ago|earlier|before)|last\s+|"
    r"(?:in|at)\s+(?:the\s+start|the\s+end|\d{4})|the\s+(?:previous|same)\s+|before|earlier)",
    re.I,
)
_THEN = re.compile(
    r"\b(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)\b", re.I
)
_CHANGE_LEAD = _Gated(
    re.compile(
        r"\b(up|down)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+|just\s+|only\s+)?$",
        re.I,
    ),
    ("up", "down"),
)


def _then_inverted(span: Any, way: str) -> str:
    """ "A year ago, debt was 11bn euros higher": a past value above today's is a fall since
    (not "8% higher than a year ago", which the caller leaves as it is)."""
    sent = _sent(span)
    past = any(t.lower_ in ("was", "were") for t in sent)
    if past and _THEN.search(sent.text):
        return {"rise": "fall", "fall": "rise"}.get(way, way)
    return way


_MAKE_BEFORE = re.compile(r"\bma(?:ke|kes|de|king)\s+$")
_AS_LOW_AS = re.compile(r"\bas\s+(?:low|high)\s+as\s+$", re.I)


def _direction(span: Any, text: str, start: int) -> str | None:
    """ "fell 2.2%", "up 5%", "cut prices by 3%": the amount is a change, and which way
    ("rise", "fall", "growth", "contraction"); None for levels ("rose to 5%") and others."""
    lead = _CHANGE_LEAD.search(text, max(0, start - 24), start)
    if lead is not None and not _MAKE_BEFORE.search(text[: lead.start()]):
        # (not "women make up 5% of the workforce": a share)
        return "rise" if lead.group(1).lower() == "up" else "fall"
    near = text[max(0, start - 16) : start]
    if _may_hold(near, "low", "high") and _AS_LOW_AS.search(near):
        return None  # "could fall as low as 15.3%": the level it reaches
    trail = _CHANGE_TRAIL.match(text, span[-1].idx + len(span[-1].text))
    if trail is not None:
        way = "rise" if trail.group(1).lower() in ("up", "higher") else "fall"  # "16% down"
        return _then_inverted(span, way)
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "to" and span.start >= 2:
        two = doc[span.start - 2]
        if two.like_num or two.tag_ == "$" or two.lower_ in ("m", "bn", "cents", "pence", "p", "%"):
            return None  # "adding $1.89 to $48.62": the level after the change
    if before is not None and before.pos_ == "VERB" and before.i == span.start - 1:
        lemma = before.lemma_.lower()
        if lemma == "raise" and "%" not in span.text:
            return None  # "sales of stakes raised 1.17bn euros": money raised, no rise
        if lemma in _RISE_VERBS:
            return "rise"  # "adding $1.89 to $48.62", however the parse hangs it
        if lemma in _FALL_VERBS:
            return "fall"
        if lemma in _GROW_VERBS and before.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
            return _GROW_VERBS[lemma]  # "the economy grew 2.6% overall", however it is parsed
    if before is not None and before.lower_ == "by" and before.head.pos_ == "VERB":
        # "rose by 5% to £801m" with the amounts parsed as one: the verb "by" hangs on
        lemma = before.head.lemma_.lower()
        by_way = _GROW_VERBS.get(lemma) or _verb_way(lemma)
        if by_way is not None:
            return by_way
    outs = _outward(span)
    if not outs:
        return None
    anchor = outs[0]
    head = anchor.head
    if anchor.dep_ == "npadvmod" and head.lower_ in ("more", "less"):
        than = _THAN_AFTER.match(text, head.idx + len(head.text))
        if than is not None and _THAN_PLAN.match(text, than.end()):
            # "£2bn more than Mr Brown predicted": over the forecast (not "£5m more", an
            # extra sum, nor "more than £5m")
            return "rise" if head.lower_ == "more" else "fall"
    if anchor.dep_ == "npadvmod" and head.lower_ in _COMPARATIVE_WAY:
        than = _THAN_AFTER.match(text, head.idx + len(head.text))
        if than is None or _THAN_TIME.match(text, than.end()) or _THAN_PLAN.match(text, than.end()):
            # "0.5% stronger on the day", "8% cheaper than a year ago"; not "20% higher
            # than in Paris", a comparison of two things
            way = _COMPARATIVE_WAY[head.lower_]
            return _then_inverted(span, way) if than is None else way
        return None
    if (
        anchor.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() == "average"
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ == "by"
    ):
        anchor, head = head.head, head.head.head  # "grown by an average of 3.2%"
    if anchor.dep_ == "pobj":
        if head.lower_ == "at" and head.head.lemma_.lower() in _GROW_VERBS:
            return _GROW_VERBS[head.head.lemma_.lower()]  # "growing at 25% a year": a rate
        if head.lower_ != "by":
            return None  # "rose to 5%", "from 4%", "at 3%": a level
        head = head.head
    elif anchor.dep_ not in ("npadvmod", "dobj", "advmod", "nummod", "quantmod"):
        return None
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma == "raise" and anchor.dep_ == "dobj" and "%" not in span.text:
        return None  # "sales of stakes raised 1.17bn euros": money raised, no rise
    if (
        anchor.dep_ == "dobj"
        and lemma in _OFF_VERBS
        and any(c.dep_ in ("prep", "prt") and c.lower_ == "off" for c in head.rights)
    ):
        return "fall"  # "knocked 0.2% off the growth rate", "wiped 5% off its value"
    if lemma in _GROW_VERBS:
        return _GROW_VERBS[lemma]
    if lemma in _RISE_VERBS:
        return "rise"
    if lemma in _FALL_VERBS:
        return "fall"
    return None


def _by_count(rel: Any, skip: set[int]) -> str | None:
    """ "cutting production by another 10,000 vehicles": the count is the size of a change
    in the verb's object ("fall in production"), not a number of vehicles on their own."""
    verb = rel.head.head if rel.dep_ == "pobj" and rel.head.lower_ in ("by", "to") else None
    if verb is None or verb.pos_ != "VERB":
        return None
    moved = _change_in_object(verb, verb.children, skip)
    if moved is None:
        return None
    # "double sales to 400,000 cars": the count is the level the object reaches
    return moved[1] if rel.head.lower_ == "by" else moved[1].split(" in ", 1)[1]


def _verb_way(lemma: str) -> str | None:
    """ "rose" -> "rise", "cut" -> "fall": which way a change verb moves; None for others."""
    return "rise" if lemma in _RISE_VERBS else "fall" if lemma in _FALL_VERBS else None


def _changed_noun(anchor: Any, skip: set[int]) -> Any:
    """ "Sales of ice cream and frozen food dipped by 3.4%", which the parse may read as a
    reduced relative on the last noun ("food dipped by"): the noun a rise or fall verb
    hung on a noun describes, the first of a list it ends; None for other shapes."""
    verb = anchor.head.head
    if anchor.head.lower_ != "by" or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.lefts):
        return None  # "the fact that applications have risen by 19%": a clause of its own
    noun = verb.head
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "Sales of ice cream and frozen food": all of them
    if noun.pos_ != "NOUN" or noun.i in skip or _verb_way(verb.lemma_.lower()) is None:
        return None
    return noun


def _change_in_object(verb: Any, tokens: Any, skip: set[int]) -> tuple[str, str] | None:
    """The way a rise or fall verb moves its object and the change it names ("cutting
    production" -> ("fall", "fall in production")); None for other verbs or objects."""
    way = _verb_way(verb.lemma_.lower())
    moved = next((c for c in tokens if c.dep_ == "dobj" and c.i not in skip), None)
    if way is None or moved is None or not _nounish(moved, ("NOUN",)):
        return None
    return way, f"{way} in {_np(moved, skip)}"


_RATE_WORDS = re.compile(r"\b(?:rates?|unemployment|jobless|inflation)\b", re.I)


def _joined_clause_amount(
    span: Any, out: list[Amount], sent_start: int, obj: str | None
) -> Amount | None:
    """ "profits rose 1% in 2004, but would have been 8% higher if ...": the amount of the
    same thing in the clause this one is joined to, whose period is this one's too."""
    head = _clause_head(span[0])
    if head.dep_ != "conj" or not obj or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.lefts):
        return None
    return next(
        (a for a in reversed(out) if a.span[0] >= sent_start and _base(a) == obj and a.period),
        None,
    )


def _rate_before(span: Any, word: str, out: list[Amount], skip: set[int]) -> str | None:
    """ "German unemployment rose to 12.1%. ... in the east of Germany, where the rate is
    18.8%": a bare "rate" is the rate a recent sentence measured, there."""
    earlier = next(
        (
            a
            for a in reversed(out)
            if a.unit == "percent"
            and a.span[0] >= span[0].idx - 1200
            and "change" not in a.extra
            and a.object
            and a.object not in ("rate", "level")
            and _RATE_WORDS.search(a.object)
        ),
        None,
    )
    if earlier is None:
        return None
    base = _base(earlier) or ""
    clause = _clause_head(span[-1])
    if (
        clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in clause.children)
        and _nounish(clause.head)
    ):
        place = clause.head
        if place.dep_ == "pobj" and place.head.lower_ == "of" and _nounish(place.head.head):
            place = place.head.head  # "the eastern part of Germany, where"
        words = [t for t in place.doc[place.left_edge.i : clause.head.i + 1] if t.dep_ != "det"]
        base += f" in {_join(words)}"  # "where the rate is 18.8%": there
    return base


def _parallel_change(span: Any, change: Any, out: list[Amount]) -> str | None:
    """ "Toyota sales jumped 11% while rival Nissan notched up a 10% increase": a bare change
    whose clause names another firm is that firm's change of what the sentence's earlier
    change measured ("rise in Nissan sales")."""
    doer = _subject(change.head) if change.head.pos_ == "VERB" else None
    if change.head.dep_ == "acl" and change.head.head.pos_ == "PROPN":
        doer = change.head.head  # "Reynolds showing gains of 4.5%"
    earlier = next(
        (
            a
            for a in reversed(out)
            if a.span[0] >= _sent(span[0]).start_char and "change" in a.extra
        ),
        None,
    )
    base = _base(earlier)
    if doer is None or doer.pos_ != "PROPN" or earlier is None or not base:
        return None
    named = [  # "Toyota" in "Toyota sales", "Shell" (tagged an adjective) in "Shell profits"
        t.text
        for t in _sent(span[0])
        if (t.pos_ == "PROPN" or t.dep_ in ("compound", "amod", "poss") and t.text[:1].isupper())
        and t.idx < earlier.span[0]
        and t.text in base.split()
    ]
    if not named or doer.text in base.split():
        return None
    return f"{_NOUN_WAYS[change.lemma_.lower()]} in {base.replace(named[-1], doer.text, 1)}"


def _change_said_before(span: Any, change: Any, skip: set[int]) -> str | None:
    """ "now is the time to increase fuel prices. 'Is a 30% hike suitable?'": a bare change
    noun is a change of the thing the sentence before moves the same way with a verb (its
    last such verb with a noun object); None when that sentence moves nothing that way, or
    the change names its thing ("a 30% hike in fares")."""
    if any(c.dep_ == "prep" and c.lower_ in ("in", "of", "on") for c in change.rights):
        return None
    sent = _sent(span)
    if sent.start == 0:
        return None
    way = _NOUN_WAYS.get(change.lemma_.lower())
    before = _sent(span.doc[sent.start - 1])
    for t in reversed(before):
        if t.pos_ != "VERB" or _verb_way(t.lemma_.lower()) is None:
            continue
        moved = _change_in_object(t, t.children, skip)
        if moved is not None and moved[0] == way:
            return moved[1].split(" in ", 1)[1]
        return None  # (the last change verb moves another way, or no noun)
    return None


def _by_after_change(span: Any, skip: set[int]) -> tuple[str, str, str | None] | None:
    """ "proposals to increase tuition fees for students in Scotland by £2,000", with "by"
    hung on a later word: the change of the nearest earlier change verb's object."""
    doc = span.doc
    by = doc[span.start - 1] if span.start > 0 else None
    if by is None or by.lower_ != "by" or by.head.lemma_.lower() in _RISE_VERBS | _FALL_VERBS:
        return None  # no "by", or hung on its change verb already
    for t in reversed(doc[_sent(span).start : span.start - 1]):
        if t.pos_ != "VERB" or t.lemma_.lower() not in _RISE_VERBS | _FALL_VERBS:
            continue
        moved = _change_in_object(t, t.rights, skip)
        if moved is None:
            return None
        plan = _PLAN_NOUNS.get(t.head.lemma_.lower()) if t.dep_ == "acl" else None
        return moved[1], moved[0], plan
    return None


_FORECAST_WORD = re.compile(
    r"\b(?:forecasts?|estimates?|projections?|outlook|predictions?)\b", re.I
)
_FROM_ONLY = re.compile(r"\s+from\s+")


def _forecast_from_to(out: list[Amount], text: str) -> None:
    """ "growth forecasts were cut to 2.1% from 2.8% in 2005": the year after the old
    forecast is the year both forecasts are for (unlike "profit rose to $5bn from $4bn in
    2003", where the year is the earlier value's own)."""
    for a, b in pairwise(out):
        said = str(b.extra.get("period_text", ""))
        if (
            a.unit != b.unit
            or not a.object
            or a.object != b.object
            or not b.period
            or not _FORECAST_WORD.search(a.object)
            or not _FROM_ONLY.fullmatch(text, a.span[1], b.span[0])
            or not said
            or text.find(said, b.span[1], b.span[1] + len(said) + 12) < 0
        ):
            continue
        a.period, a.extra["period_text"] = b.period, said
        if "previous" not in b.object:
            # (the year is what both forecasts are for, so the value cut from is the
            # earlier forecast for it, not the one now)
            _previous_forecast(out, b, text)


def _previous_forecast(out: list[Amount], b: Amount, text: str) -> None:
    """ "Forecasts for growth were cut to 2.1% from 2.8% in 2005": 2.8% is the previous
    forecast; the sentence's other values of the same forecast lose the opening capital."""
    said, start = b.object, _sentence_start(text, b.span[0])
    _mark_previous(b, start, text)
    if not said or not _opening_capital(said) or not text.startswith(said.split()[0], start):
        return  # (not "IMF", not "Japan's")
    end = text.find(". ", b.span[1])
    for a in out:
        if a.object == said and a.span[0] >= start and (end < 0 or a.span[0] < end):
            a.object = said[:1].lower() + said[1:]


# Where a sentence ends before a point ("4.0%" keeps its point: a space or quote follows).
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+(?=[\"'‘“]?[A-Z])")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (a capital after a stop)."""
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = end.end()
    return start


_FROM_TO_BETWEEN = re.compile(r"\s+from\s+(?:[^.;%]|\.\d)*?\s+to\s+")
_ONE_YEAR = re.compile(r"(\d{4})-01-01/\1-12-31")


def _change_to_period(out: list[Amount], text: str) -> None:
    """ "slipped 11% from £3.24bn in 2003 to £2.89bn in 2004": a change told from one year's
    level to the next is that later year's change."""
    for k, a in enumerate(out):
        if a.period or "change" not in a.extra or a.unit != "percent":
            continue
        for b in out[k + 1 :]:
            if b.unit == "percent":
                break
            if not _FROM_TO_BETWEEN.fullmatch(text, a.span[1], b.span[0]):
                continue
            if b.period and _ONE_YEAR.fullmatch(b.period):
                a.period = b.period
                a.extra["period_text"] = b.extra.get("period_text", "")
            break


def _points_to_rate(out: list[Amount], text: str) -> None:
    """ "unemployment edged up 0.1% to 4.7%", "lifted interest rates 0.25% to 5.5%": a change
    written in per cent that takes a rate to a level in per cent is a change in points (a
    0.1% rise of a 4.7% rate would be a move of 0.005 points, which no report tells)."""
    for a, b in pairwise(out):
        if (
            a.unit == "percent"
            and b.unit == "percent"
            and "change" in a.extra
            and a.value < b.value <= 25
            and _TO_ONLY.fullmatch(text, a.span[1], b.span[0])
        ):
            a.unit = "percentage_points"
            a.extra["points_from_level"] = True


# A change's thing that is itself a rate in per cent ("interest rates", "the jobless rate",
# "the basic rate of income tax", "operating margins"; not "exchange rate", "crime rate",
# "freight rates": a price or a count per head, which moves in per cent), ending the object
# or followed by a word that is no noun of its own ("interest rate payments": money).
_PERCENT_RATE = re.compile(
    r"^(?:[\w-]+ )?(?:rise|fall|increase|decrease|cut|hike|reduction) in (?:.* )?(?:"
    r"(?:interest|base|bank|lending|borrowing|mortgage|deposit|repo|discount|prime|benchmark|"
    r"policy|funds|growth|inflation|unemployment|jobless|employment|tax|VAT|savings|vacancy|"
    r"occupancy|participation|penetration|default|turnout) rates?"
    r"|rates? of (?:income |corporate |corporation )?(?:tax|inflation|growth|unemployment|interest)"
    r"|(?:profit|operating|gross|net|trading|interest) margins?)"
    r"(?:$| (?:from|in|on|at|for|of|to|by|since|over|during|after|this|last|next)\b)",
    re.I,
)
# A bare "rates" a sentence says are a bank's or interest rates ("the central bank cut rates").
_BARE_RATES = re.compile(r"^(?:[\w-]+ )?(?:rise|fall|increase|cut|hike) in (?:[\w ]+'s? )?rates$")
_BANK_SAID = _Gated(
    re.compile(r"\b(?:central bank|interest|Federal Reserve|Bank of|rate-setting)", re.I),
    ("central bank", "interest", "federal reserve", "bank of", "rate-setting"),
)


def _points_of_rate(out: list[Amount], text: str) -> None:
    """ "the central bank cut interest rates by 0.5%", "high oil prices knocked 0.2% off the
    growth rate": a change in per cent of a rate that is itself in per cent is a change in
    points (a cut of a 4% rate by 0.5% of itself, to 3.98%, is no news); not a change of a
    price or a count ("prices rose 3%", "the exchange rate fell 3%"), nor a big one
    ("mortgage rates rose 20%" may be of itself)."""
    for a in out:
        if a.unit != "percent" or a.value > 10 or not a.object:
            continue
        if "rate" not in a.object and "margin" not in a.object:
            continue  # (a substring test first: most changes are of no rate)
        if _PERCENT_RATE.match(a.object) is None:
            if _BARE_RATES.match(a.object) is None:
                continue
            lo, hi = _text_sentence(text, a.span[0], a.span[1])
            if _BANK_SAID.search(text, lo, hi) is None:
                continue
        a.unit = "percentage_points"


_AT_RATE = re.compile(
    r"\s*,\s+(?:an?|the)\s+(annual|annualised|annualized)\s+(?:rate|pace)\s+of\s+"
)


def _annual_rate(out: list[Amount], text: str) -> None:
    """ "Output grew 0.1%, an annual rate of 0.3%": the second figure is the first change
    at an annual rate, not a bare "annual rate"."""
    for a, b in pairwise(out):
        at = _AT_RATE.fullmatch(text, a.span[1], b.span[0])
        if at is not None and a.object and a.unit == b.unit == "percent":
            b.object = f"{a.object} at {at.group(1)} rate"


# What a figure compared with "than the" was said to be ("than the 2% forecast").
_SAID_FIGURE = frozenset("reported forecast expected predicted estimated projected".split())


def _than_change(obj: str, span: Any, skip: set[int]) -> str:
    """ "the economy grew faster than the 0.6% reported": the figure is the change the verb
    names (reported growth of the economy), not the economy; `obj` as it is otherwise."""
    doc = span.doc
    at = span.start - 1
    if at < 1 or doc[at].lower_ != "the" or doc[at - 1].lower_ not in ("than", "above", "below"):
        return obj
    verb = doc[at - 1].head
    for _ in range(7):  # "grew faster than", "expanded by more than the 2% expected and above"
        lemma = verb.lemma_.lower()
        if lemma in _GROW_VERBS or lemma in _RISE_VERBS or lemma in _FALL_VERBS:
            break
        if verb.dep_ not in ("advmod", "pobj", "prep", "amod", "acomp", "conj", "acl"):
            break
        verb = verb.head
    lemma = verb.lemma_.lower()
    change = _GROW_VERBS.get(lemma) or (
        "rise" if lemma in _RISE_VERBS else "fall" if lemma in _FALL_VERBS else None
    )
    subj = _subject(verb) if change is not None and verb.pos_ == "VERB" else None
    if subj is None or subj.i in skip or not _nounish(subj, ("NOUN", "PROPN")):
        return obj
    after = doc[span.end] if span.end < len(doc) else None
    said = (
        f"{after.lower_} "
        if after is not None and after.lower_ in _SAID_FIGURE and after.i not in skip
        else ""
    )
    # ("than the £1.4bn reported in the previous month": the figure's own time)
    timed = (
        after
        if after is not None and said and any(c.dep_ == "prep" for c in after.rights)
        else verb
    )
    when = [
        t
        for c in timed.rights
        if c.dep_ == "prep" and c.lower_ in ("in", "for") and (c.i < at or timed is not verb)
        for t in c.subtree
        if t.dep_ != "det"
    ]
    dated = when and any(t.ent_type_ in ("DATE", "TIME") for t in when) and len(when) <= 5
    of = "in" if change in ("rise", "fall") else "of"
    if not said and doc[at - 1].lower_ != "than":
        return obj  # ("surged back above the $47 mark": a level passed)
    whose = _uncap_opening(_np(subj, skip), subj.left_edge)
    return f"{said}{change} {of} {whose}{' ' + _join(when) if dated else ''}"


# A currency called "the currency" after it was named ("The rupee climbed ... The currency has
# gained 1%"), and the names it goes by.
_THE_CURRENCY = re.compile(r"^(?P<pre>(?:rise|fall|change) in )?(?:the )?currency(?P<rest> .*)?$")
_CURRENCY_NAMES = re.compile(
    r"\b(?:[Tt]he (dollar|euro|pound|yen|yuan|renminbi|rupee|rouble|ruble|won|peso|rand|franc|"
    r"lira|krona|krone|baht|ringgit|rupiah|real)|(sterling))\b"
)  # (as a subject, "the rupee": not the one it is priced in, "43.3 per US dollar")


def _currency_named(out: list[Amount], text: str) -> None:
    """ "rise in currency" -> "rise in rupee": "the currency" is the one currency its sentence
    and the one before name (none named, or two: left as it is)."""
    for a in out:
        m = _THE_CURRENCY.match(a.object) if a.object and "currency" in a.object else None
        if m is None:
            continue
        lo = _text_sentence(text, a.span[0], a.span[1])[0]
        before = _text_sentence(text, lo - 2, lo - 2)[0] if lo > 1 else lo
        named = {
            (m.group(1) or m.group(2)).lower()
            for m in _CURRENCY_NAMES.finditer(text, before, a.span[0])
        }
        if len(named) == 1:
            a.object = f"{m.group('pre') or ''}{named.pop()}{m.group('rest') or ''}"


# A commodity said as what costs money ("US crude", "a barrel of Brent"), and words of other
# money than its price.
_COMMODITY = re.compile(
    r"^(?P<pre>(?:rise|fall|change|drop|increase|jump) in )?(?P<what>(?:barrel of )?"
    r"(?:US |Brent |light |sweet |heavy |crude |oil |spot )*(?:crude|oil|Brent)\b.*)$",
    re.I,
)
_NOT_PRICE = re.compile(
    r"(?i)\b(?:price|exports?|imports?|reserves|deal|funding|production|output)"
)


def _commodity_price(out: list[Amount]) -> None:
    """ "US crude" -> "price of US crude": money a commodity is said to be at is its price."""
    for a in out:
        if len(a.unit) != 3 or not a.unit.isupper() or not a.object:
            continue
        if "rude" not in a.object and "il" not in a.object and "rent" not in a.object:
            continue  # ("crude", "oil", "Brent": none said)
        m = _COMMODITY.match(a.object)
        if m is not None and not _NOT_PRICE.search(a.object):
            a.object = f"{m.group('pre') or ''}price of {m.group('what')}"
