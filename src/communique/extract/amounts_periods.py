"""The period an amount covers: the period expression in the amount's clause nearest to
it (not reached across another clause or a prior value), how often it recurs ("every day",
"annually"), a figure on an annualised or other basis, an undated time ("the three months to
31 December"), the year before or after a compared figure, the month or quarter before, and
a part of a year named without a year. A count that names the group another amount is
measured for ("growth of 3.6% in 2004 for the 30 member countries") does not take the year
that hangs on that amount. A verb joined to another by "and" that says a time of its own
("and spend £1.5bn over the next three years") does not take the first verb's ("by 2008").
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from itertools import pairwise
from typing import Any

from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_parse import (
    _clause_head,
    _governing_verb,
    _join,
    _outward,
    _text_sentence,
    _tokens,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import _TIME_NOUNS, _may_hold
from communique.extract.periods import (
    Period,
    compared_time,
    find_periods,
    parse_period,
    year_earlier_than,
    yearless_kind,
)
from communique.record import Amount, Article

_WORTH_BETWEEN = re.compile(r"\s+worth\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")


_OFTEN = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}


def _how_often(span: Any) -> str | None:
    """ "the £80m spent annually on the trust": the rate the amount's own verb gives."""
    verbs = [c for t in span for c in t.rights if c.dep_ in ("acl", "relcl")]
    verbs += [v] if (v := _governing_verb(span[-1])) is not None else []
    return next(
        (
            _OFTEN[c.lower_]
            for v in verbs
            for c in v.children
            if c.dep_ == "advmod" and c.lower_ in _OFTEN
        ),
        None,
    )


# "£4 a leg", "£3 each way", "£100 a night": a rate per one of a thing, said right after the
# amount (the noun checked in the parse by `_rate_after`).
_RATE_AFTER = re.compile(r"\s+(a|an|each|every)\s+([a-z]{3,})\b(?![-'’])")
# What follows a noun that is no rate's ("a year ago", "a sign that").
_RATE_NOT_NEXT = re.compile(r"\s+(?:earlier|ago|before|later|after|that|which|who|whose|when)\b")
# "a share of the market", "a head of the queue": one of a named whole, not a rate's unit
# (unlike "a barrel of oil").
_A_OF_ONE = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b")
# A noun's dependants that make it a thing of its own, not the "one" a rate is per.
_RATE_NOT_DEPS = frozenset("relcl acl ccomp appos advcl compound".split())
_EACH = ("each", "every")


def _rate_after(span: Any, text: str, end: int) -> str | None:
    """ "raised to £4 a leg", "pay an extra £3 each way": the "per leg" ("each way") an amount
    is a rate of, when a singular noun with only "a", "each" or "every" before it stands right
    after the amount as its adverbial (or, with "each" or "every", as a second object); None
    otherwise."""
    m = _RATE_AFTER.match(text, end)
    if m is None or _RATE_NOT_NEXT.match(text, m.end()) or _A_OF_ONE.match(text, m.end()):
        return None
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].idx < m.start(2):
        i += 1
    if i >= len(doc) or doc[i].idx != m.start(2):
        return None
    noun, det = doc[i], doc[i - 1]
    if (
        noun.tag_ != "NN"
        # (or read as a second object, where only "each" or "every" still makes it a rate:
        # "paid £40 every shift", not "paid £5m a record")
        or not (noun.dep_ == "npadvmod" or noun.dep_ == "dobj" and det.lower_ in _EACH)
        or det.head.i != i
        or det.dep_ != "det"
        # (the noun heads no phrase that runs on: "a sign investors were nervous")
        or any(c.dep_ in _RATE_NOT_DEPS for c in noun.rights)
    ):
        return None
    if noun.lower_ == "way":
        return "each way" if det.lower_ == "each" else None  # (not "per way")
    return f"per {noun.lower_}"


# Times a rate is per ("every day", "a year", "per week") when said on the verb.
_EVERY_UNITS = frozenset("day week month year hour night".split())


def _said_unit(low: str) -> bool:
    """Whether a lower-cased sentence has a word a rate's time noun starts with (a cheap test
    before `_every` walks the parse)."""
    for u in _EVERY_UNITS:
        if u in low:
            return True
    return False


def _time_unit(noun: Any) -> str | None:
    """ "every day", "each year", "a week", "per month": the unit, when `noun` is a time
    noun with only such a word before it and no words of its own ("a year ago", "a day after
    the ban": a time, not a rate); None otherwise."""
    if noun.lower_ not in _EVERY_UNITS:
        return None
    kids = list(noun.children)
    if len(kids) != 1 or kids[0].i != noun.i - 1:
        return None
    det = kids[0].lower_
    if det in _EACH or det in ("a", "an", "per") and noun.dep_ in ("npadvmod", "pobj"):
        return noun.lower_
    return None


def _unit_on(verb: Any) -> str | None:
    """The rate unit a verb's own dependant says ("die every day", "spend £5bn each year",
    "born a week", "used per year"), or the "every/each day" right after the verb and its
    adverbs, which the parse may hang elsewhere ("were dying unnecessarily every day more was
    needed"); None without one."""
    for c in verb.rights:
        if c.dep_ == "npadvmod" and (u := _time_unit(c)) is not None:
            return u
        if c.dep_ == "prep" and c.lower_ == "per":
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in _EVERY_UNITS and not list(p.children):
                    return p.lower_
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ in ("ADV", "PART") and doc[k].dep_ in ("advmod", "prt"):
        k += 1
    if (
        k + 1 < len(doc)
        and doc[k].lower_ in _EACH
        and doc[k + 1].lower_ in _EVERY_UNITS
        and doc[k + 1].dep_ == "npadvmod"
    ):
        return doc[k + 1].lower_
    return None


def _every(span: Any) -> str | None:
    """ "30,000 children are dying every day": the time a count's verb says it happens in,
    each time; also the verb of a clause on the counted noun ("the scandal of thousands of
    old people dying from the cold every year"); None without one."""
    noun = span[-1]
    clauses = [c for c in noun.rights if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]
    verb = _governing_verb(noun)
    if verb is None and not clauses:
        return None
    verbs = [*clauses] if verb is None else [*clauses, verb]
    # (or the purpose clause's: "couples go to court to resolve disputes each year")
    verbs += [
        c
        for v in verbs
        for c in v.rights
        if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.lefts)
    ]
    for v in verbs:
        if (u := _unit_on(v)) is not None:
            return u
    return None


def _ref_date(art: Article) -> date | None:
    if art.published:
        try:
            return date.fromisoformat(art.published[:10])
        except ValueError:
            return None
    return None


_COMPARED_PERIOD = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|on|from)\s+$", re.I
)
_PRIOR_BEFORE = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+on)\s+(?:an?\s+)?$",
    re.I,
)


# Words one of which is near any earlier or compared value `_is_prior` finds (a cheap test
# first: most amounts have none in their sentence).
_PRIOR_WORDS = ("from", "against", "vs", "versus", "compared")
_UP_ON = re.compile(r"(?:up|down)\s+on")


def _may_be_prior(span: Any, sent_of: list[Any], text: str) -> bool:
    """Whether the amount's sentences (`sent_of`: each token's) and the few words before
    the amount have a word of `_is_prior`'s tests."""
    lo = min(sent_of[span.start].start_char, span.doc[max(0, span.start - 4)].idx)
    window = text[lo : sent_of[span.end - 1].end_char].lower()
    for w in _PRIOR_WORDS:  # (a loop, not "any" over a generator: once a hit)
        if w in window:
            return True
    return ("up" in window or "down" in window) and _UP_ON.search(window) is not None


def _is_prior(span: Any, text: str | None = None) -> bool:
    """An earlier or compared value: "from $4bn", "against 6.3bn kronor", "compared with a
    $375m profit"."""
    to = span.doc[span.start - 1] if span.start > 0 else None
    if to is not None and to.lower_ == "to" and span.start <= to.head.i < span.end:
        return False  # "from 155,000 to 110,000 staff": "staff" hung on "from", the level after
    for t in _outward(span):
        # "from the loss of 364m euros": up through the noun the amount belongs to.
        for _ in range(4):
            head = t.head  # (once a step: each "Token.head" builds the token anew)
            if t.dep_ == "pobj" and head.lower_ in ("from", "against"):
                # (not "is priced from £12,556", "starting from $99": the lowest level)
                return head.head.lemma_.lower() not in ("price", "start", "cost")
            if t.pos_ in ("VERB", "AUX") or head.i == t.i:
                break
            t = head
    # A few tokens back, not `doc.text` (which joins the whole document on every call); the
    # article's own text when the caller has it (a slice, not a join of tokens).
    lo = span.doc[max(0, span.start - 4)]
    before = (
        text[lo.idx : span.start_char]
        if text is not None
        else span.doc[lo.i : span.start].text_with_ws
    )
    return bool(_PRIOR_BEFORE.search(before))


# Edges that start a clause of its own: a period beyond one does not bound the amount.
_CLAUSE_EDGES = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "appos"})


def _path(tok: Any) -> list[Any]:
    """`tok` and its heads up to the sentence root."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _appositive(tok: Any) -> bool:
    """Whether `tok` hangs in an apposition below its clause's verb."""
    h = tok
    for _ in range(6):
        head = h.head  # (once a step: each "Token.head" builds the token anew)
        if h.dep_ == "appos":
            lo, hi = sorted((head.i, h.left_edge.i))
            # "hit a record $166bn": no comma, so a misparse of "a record of $166bn".
            if any(t.is_punct for t in h.doc[lo + 1 : hi + 1]) or head.i > h.i:
                return True
        if head.i == h.i or head.pos_ in ("VERB", "AUX"):
            return False
        h = head
    return False


def _shares_clause(amount: list[Any], period: list[Any]) -> bool:
    """Whether the period's attachment and the amount meet without either path leaving
    its clause: "growth of 5% expected in 2004" (the period is on a participle of the
    amount's noun), "In 2004 profits were expected to rise 5%"."""
    if not amount or not period:
        return False
    a_path, p_path = _path(amount[0]), _path(period[0])
    p_ids = {t.i for t in p_path}
    meet = next((t for t in a_path if t.i in p_ids), None)
    if meet is None:
        return False
    for path in (a_path, p_path):
        for t in path:
            if t.i == meet.i:
                break
            if t.dep_ in _CLAUSE_EDGES and not (
                path is a_path
                and (
                    _bare_participle(t, {k.i for k in a_path})
                    or _parallel_clause(t)
                    and period[0].i < t.i
                    and not (t.dep_ == "conj" and _own_time(t))
                    # the period is the first verb's own ("had sales of $5bn in 2004 and
                    # made $1bn"), not an earlier value's ("from 10.2% in 2003 and cut")
                    and any(
                        # (a period read without its preposition: "[in] the first half")
                        t.head.i in (p.head.i, p.head.head.i if p.dep_ == "pobj" else -1)
                        for p in _outward(period)
                    )
                )
                or path is p_path
                and _opening_participle(t)
            ):
                return False
    return True


# What a figure is given net of ("profit of $5m after tax"), not an event before another.
_NET_OF = frozenset(
    """tax taxes taxation charge charges cost costs interest item items write-down writedown
    provision provisions expense expenses depreciation amortisation amortization dividend
    dividends deduction deductions adjustment adjustments""".split()
)


def _event_before(outs: list[Any], pouts: list[Any]) -> bool:
    """ "The firm collapsed in 1999 after the discovery of a $2bn hole": an amount inside an
    "after"/"following" phrase tells of an earlier event, so a period outside that phrase
    (the collapse's) is not its own; not "profit was $5m in 2004 after a $1m charge"."""
    if not outs or not pouts:
        return False
    h = outs[0]
    for _ in range(6):
        if h.head.i == h.i or h.pos_ in ("VERB", "AUX"):
            return False
        if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.lower_ in ("after", "following"):
            if h.lemma_.lower() in _NET_OF or outs[0].i == h.i:
                return False  # (net of it; or the amount is the whole phrase: "after 2%")
            aside = h.head
            return not aside.left_edge.i <= pouts[0].i <= aside.right_edge.i
        h = h.head
    return False


# What marks a clause of the same time as the one it hangs on ("while", "even as").
_SAME_TIME = frozenset({"while", "whereas", "as"})


def _parallel_clause(t: Any) -> bool:
    """ "sales rose 8% in 2004 while revenues added 4%": a "while" (or "as") clause in
    parallel with the main one shares its period."""
    if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ in ("VERB", "AUX"):
        # "had sales of $5.2bn in 2004 and made a profit of $901m": one subject, one period
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    return t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SAME_TIME for c in t.children
    )


# Prepositions that open a time phrase of a verb ("over the next three years", "by 2008").
_TIME_PREPS = frozenset(
    "in over during within by for until till before after since from throughout".split()
)
# Words that make a bare time noun a rate, not a time ("a year", "every month").
_RATE_DETS = frozenset(("a", "an", "per", "every", "each"))


def _a_time(noun: Any) -> bool:
    """Whether `noun` names a time (a date, or a time noun not said as a rate)."""
    return (noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_NOUNS) and not any(
        c.lower_ in _RATE_DETS for c in noun.lefts
    )


def _own_time(verb: Any) -> bool:
    """ "raise aid to £1bn by 2008 and spend £1.5bn over the next three years": whether a
    conjunct verb says a time of its own ("over the next three years", "next year"), so the
    time of the verb it is joined to is not its time."""
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ in _TIME_PREPS:
            if any(o.dep_ == "pobj" and _a_time(o) for o in c.children):
                return True
        elif c.dep_ in ("npadvmod", "tmod") and _a_time(c):
            return True
    return False


def _beside_main(outs: list[Any], pouts: list[Any]) -> bool:
    """Whether the amount's clause is a "while" clause hung on the period's clause, so
    that an amount of the main clause between them does not take the period from it."""
    if not outs or not pouts:
        return False
    own = _clause_head(outs[0].head)
    return (
        own.dep_ == "advcl"
        and _parallel_clause(own)
        and own.head.i in {_clause_head(t.head).i for t in pouts}
    )


def _opening_participle(t: Any) -> bool:
    """ "Reporting its results for the three months to December 2004, the airline made
    £75m": a subjectless participle before the main clause sets its period."""
    return (
        t.dep_ == "advcl"
        and t.tag_ in ("VBG", "VBN")
        and t.i < t.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
    )


def _bare_participle(t: Any, path: set[int]) -> bool:
    """ "revenue tripled in 2004, exceeding $86m": a subjectless -ing clause tacked on
    the main one, so the main clause's period is its own; not when the participle has an
    object of its own ("bringing total savings to £100m": a running total)."""
    return (
        t.dep_ == "advcl"
        and t.tag_ == "VBG"
        and t.i > t.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in t.children)
        and not any(c.dep_ == "dobj" and c.i not in path for c in t.children)
    )


def _opens_sentence(ps: Any) -> bool:
    """ "For all of 2004, ...", "Last year ...": a period that opens the sentence bounds
    every amount in it."""
    sent = _sent(ps[0])
    lead = [t for t in ps.doc[sent.start : ps[0].i] if not t.is_punct]
    if len(lead) > 1 or lead and lead[0].lower_ not in ("in", "for", "during", "over", "but"):
        return False
    nxt = ps.doc[ps[-1].i + 1] if ps[-1].i + 1 < sent.end else None
    return bool(lead or nxt is None or nxt.text == "," or ps[0].i == sent.start)


def _meet_depth(a: Any, p: Any) -> int:
    """Depth (from the root) of the first head shared by `a` and `p`; -1 if none."""
    p_ids = {t.i for t in _path(p)}
    meet = next((t for t in _path(a) if t.i in p_ids), None)
    return -1 if meet is None else len(_path(meet))


def _nearer(doc: Any, other: _Hit, outs: list[Any], pouts: list[Any]) -> bool:
    """Whether the period hangs closer in the tree to `other` than to the amount."""
    sp = _tokens(doc, other.start, other.end)
    if sp is None or not len(sp) or not outs or not pouts:
        return False
    o_outs = _outward(sp)
    if not o_outs:
        return False
    return _meet_depth(o_outs[0], pouts[0]) > _meet_depth(outs[0], pouts[0])


def _bracketed(text: str, lo: int, at: int) -> bool:
    """Whether `at` is inside a bracket opened after `lo` ("from £3bn ($6bn) in 2003")."""
    gap = text[lo:at]
    return gap.rfind("(") > gap.rfind(")")


def _described_for(q: Any) -> bool:
    """Whether `q` is a "for" whose noun is described by a phrase of its own ("for attacks
    on pubs"): a deed named at length, which a time said right after it dates."""
    return q.lower_ == "for" and any(
        c.dep_ == "pobj"
        and c.pos_ in ("NOUN", "PROPN")
        and any(g.dep_ == "prep" for g in c.children)
        for c in q.children
    )


def _time_of_its_phrase(outs: list[Any], at: Any) -> bool:
    """ "the jailing of [[11 people]] for bomb attacks on pubs in York in 1974": a time said
    right after a "for" phrase of the deed the amount's noun is held for, which the parse
    hangs past that phrase (on the noun the amount is "of", or a verb above it), dates the
    deed (the attacks), not the amount. `at`: the time's preposition ("in")."""
    if not outs or outs[0].dep_ != "pobj" or outs[0].head.lower_ != "of" or at.dep_ != "prep":
        return False
    own = outs[0]
    above = own.head.head
    if above.pos_ not in ("NOUN", "PROPN"):
        return False
    if at.head.i != above.i and not at.head.is_ancestor(above):
        return False
    return any(
        q.dep_ == "prep" and q.i > own.i and q.right_edge.i + 1 == at.i and _described_for(q)
        for q in (*own.rights, *above.rights)
    )


# Prepositions that name the group an amount is of ("growth of 3.6% for the 30 countries").
_GROUP_PREPS = frozenset(("for", "among", "across"))


def _group_of(outs: list[Any]) -> bool:
    """Whether the amount (by its outward tokens) is a count in a "for", "among" or "across"
    phrase: the group something else is measured for ("for the 30 member countries")."""
    return bool(outs) and outs[0].dep_ == "pobj" and outs[0].head.lower_ in _GROUP_PREPS


def _time_of_other(ps: Any, own: _Hit, near: list[_Hit]) -> bool:
    """ "growth of 3.6% in 2004 for the 30 member countries": whether the period hangs on
    another amount of the sentence (on its own words, or on the noun it is "of"), so that it
    is that amount's time, not the time of the group it is measured for."""
    at = ps[0] if ps[0].dep_ == "prep" else ps[0].head if ps[0].dep_ == "pobj" else None
    if at is None or at.dep_ != "prep":
        return False
    on = at.head
    for o in near:
        if o.start == own.start:
            continue
        if o.start <= on.idx < o.end:
            return True
        sp = _tokens(on.doc, o.start, o.end)
        if sp is None or not len(sp):
            continue
        o_outs = _outward(sp)
        if o_outs and o_outs[0].dep_ == "pobj" and o_outs[0].head.lower_ == "of":
            if o_outs[0].head.head.i == on.i:
                return True  # (on "growth" of "growth of 3.6%")
    return False


def _period(
    periods: list[Period],
    offset: int,
    span: Any,
    hit: _Hit,
    doc: Any,
    others: list[_Hit],
    text: str,
    near: list[_Hit] | None = None,
    prior: bool | None = None,
) -> Period | None:
    """The period expression in the amount's clause nearest to it, not reached across an
    earlier value (`others`: the sentence's "from"/"against" amounts)."""
    if not periods:
        return None
    outs = _outward(span)
    clauses = {_clause_head(t.head).i for t in outs}
    if outs and _appositive(outs[0]):
        clauses = {-1}  # "Acme, a 25% shareholder, decided in 2004": not the stake's period
    # "rose to $5bn in 2004 from $4bn": an earlier value does not share the clause's
    # period; only a period written after it ("from $2.8bn in 2003") is its own.
    prior = _is_prior(span, text) if prior is None else prior
    # "a $206bn settlement reached with 46 states in 1998": an amount inside the noun this
    # amount sizes does not take that noun's period from it
    sized = (
        outs[0].head if outs and outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else None
    )
    inside = {t.idx for t in sized.subtree} if sized is not None else set()
    # (a count naming the group another amount is of: cheap tests first, the walk per period)
    group = hit.kind == "count" and near is not None and len(near) > 1 and _group_of(outs)
    best: tuple[int, Period] | None = None
    for p in periods:
        s, e = p.start + offset, p.end + offset
        if s < hit.end and hit.start < e or prior and s < hit.end:
            continue
        ps = _tokens(doc, s, e)
        if ps is None or len(ps) == 0:
            continue
        # (the few words before it, within the sentence: `offset` is where it starts)
        if not prior and _COMPARED_PERIOD.search(
            text[max(offset, doc[max(0, ps.start - 4)].idx) : ps.start_char]
        ):
            continue  # "ten times more than in 2003": the period of the compared value
        pouts = _outward(ps)
        if group and _time_of_other(ps, hit, near or []):
            continue  # "growth of 3.6% in 2004 for the 30 member countries": the growth's
        if (
            " after " in text[offset : hit.start] or " following " in text[offset : hit.start]
        ) and _event_before(outs, pouts):
            continue  # "collapsed in 1999 after the discovery of a $2bn hole": the collapse's
        if (
            clauses
            and not clauses & {_clause_head(t.head).i for t in pouts}
            and not _shares_clause(outs, pouts)
            and not _opens_sentence(ps)
        ):
            continue
        if s >= hit.end and _time_of_its_phrase(
            outs,
            ps[0] if ps[0].dep_ == "prep" else ps[0].head,  # ("in" 1974, or 1974's "in")
        ):
            continue  # "the jailing of 11 people for attacks on pubs in 1974": the attacks'
        lo, hi = (hit.end, s) if s >= hit.end else (e, hit.start)
        if any(
            lo <= o.start
            and o.end <= hi
            and not _bracketed(text, lo, o.start)
            and not _WORTH_BETWEEN.fullmatch(text, hit.end, o.start)  # "831 cases worth £35m"
            for o in others
        ):
            continue  # "to X from Y in 2003": 2003 is Y's, not X's
        if any(
            lo <= o.start
            and o.end <= hi
            and not _bracketed(text, lo, o.start)
            and not _WORTH_BETWEEN.fullmatch(text, hit.end, o.start)
            and _nearer(doc, o, outs, pouts)
            and o.start not in inside
            for o in near or []
        ) and not _beside_main(outs, pouts):
            continue  # "was 2bn, after a loss of 300m in 2002": the loss is nearer in the tree
        dist = s - hit.end if s >= hit.end else hit.start - e
        # (as near before as after: the one after, as the one before closes what went
        # before it: "turned a loss of $5m in 2003 into a $8m profit last year")
        if best is None or dist < best[0] or dist == best[0] and s >= hit.end:
            best = (dist, p)
    return best[1] if best else None


# The basis a figure is given on ("on an annualised basis", "month on month", "for the
# full year"), and the word that says it in an object.
_BASIS = re.compile(
    r"(?i)\b(?:on an? (?P<b1>annuali[sz]ed|monthly|quarterly|yearly|annual) basis|"
    r"(?P<b2>month|quarter|year)[- ]on[- ](?P=b2)|for the (?P<b3>full)[- ]year|"
    r"in (?P<b4>annuali[sz]ed|real) terms|at an (?P<b5>annuali[sz]ed) rate)\b"
)
# Words every match of `_BASIS` holds one of.
_BASIS_WORDS = ("basis", "month", "quarter", "year", "terms", "annuali")
# (a change's basis: "month-on-month fall"; a level's: "monthly trade gap")
_BASIS_CHANGE = {
    "annualised": "annualised",
    "annualized": "annualised",
    "monthly": "month-on-month",
    "month": "month-on-month",
    "quarterly": "quarter-on-quarter",
    "quarter": "quarter-on-quarter",
    "yearly": "annual",
    "annual": "annual",
    "year": "annual",
    "real": "real-terms",
}
_BASIS_LEVEL = {
    "annualised": "annualised",
    "annualized": "annualised",
    "monthly": "monthly",
    "month": "monthly",
    "quarterly": "quarterly",
    "quarter": "quarterly",
    "yearly": "annual",
    "annual": "annual",
    "year": "annual",
    "full": "full-year",
    "real": "real-terms",
}


def _of_clause(tok: Any, heads: set[int]) -> bool:
    """Whether a phrase (by its head word `tok`) is said of the clause whose verb and the
    verbs above it are `heads`: hung on one of them, or on its subject ("GDP, on an
    annualised basis, fell 0.5%")."""
    return tok.head.i in heads or (
        tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i in heads
    )


def _on_basis(obj: str, span: Any, sent: Any, verb: Any, text: str) -> str:
    """ "fall in GDP" -> "annualised fall in GDP" ("GDP, on an annualised basis, fell 0.5%"),
    "TimeWarner's profit" -> "TimeWarner's full-year profit" ("For the full-year,
    TimeWarner posted a profit of $3.36bn"): the basis its clause, or a clause above it,
    gives the figure."""
    said = text[sent.start_char : sent.end_char]
    if "basis" not in said and "-on-" not in said and " on " not in said and "year" not in said:
        return obj  # (most sentences: no basis said)
    if not _may_hold(said, *_BASIS_WORDS):
        return obj  # (the caseless pattern's words, tested before its scan of the sentence)
    heads = {verb.i, *(a.i for a in verb.ancestors)}
    for m in _BASIS.finditer(said):
        first = span.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        if first is None or not len(first):
            continue
        root = first.root
        if not (root.i in heads or _of_clause(root, heads)):
            continue
        key = next(g for g in m.groups() if g).lower()
        change = re.match(r"^(?:rise|fall|increase|drop|decline|growth|cut|change) in ", obj)
        word = _BASIS_CHANGE.get(key) if change is not None else _BASIS_LEVEL[key]
        if word is None and change is not None:  # ("rise in TimeWarner's full-year profit")
            word, obj, pre = _BASIS_LEVEL[key], obj[change.end() :], change.group()
        else:
            pre = ""
        if word is None or word.split("-")[0] in obj.lower() or key in obj.lower():
            return pre + obj  # (said already)
        if change is not None and not pre:
            return f"{word} {obj}"
        owner = re.match(r"^(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s? )", obj)
        at = owner.end() if owner is not None else 0
        return f"{pre}{obj[:at]}{word} {obj[at:]}"
    return obj


# A time the text gives without a year ("in the three months to 31 December", "in the
# October-to-December quarter", "in the quarter"): no period, so said in the object.
_UNDATED_TIME = re.compile(
    r"\b(?:in|for|during|over) the (?P<t>(?:(?:three|six|nine|twelve|3|6|9|12) months? "
    r"(?:to|ending|ended) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|"
    r"(?:first|second|third|fourth|final|last) (?:quarter|half)|"
    r"[A-Z][a-z]+-to-[A-Z][a-z]+ quarter|(?:quarter|half) (?:to|ending|ended) "
    r"(?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|quarter|half-year|half|"
    # ("over the period", "during the same quarter": a time the text named before)
    r"(?:(?:same )?(?:period|year)|same (?:quarter|half))(?!\s+(?:to|ending|ended|of|in|"
    r"before|earlier|ago|after|from|since|through|until|last|a|one|as)\b)))\b"
    r"(?!\s*(?:of\s+)?(?:19|20)\d\d|-)"
)
# Words every time `_UNDATED_TIME` finds holds one of.
_UNDATED_WORDS = ("month", "quarter", "half", "period", "year")
# The first letters of the prepositions of `_UNDATED_TIME` (a sentence may open with one).
_OPENING_PREPOSITIONS = frozenset("IFDO")
# The undated times `_undated_in_object` leaves out of an object: they name no time alone.
_BARE_TIMES = frozenset({"period", "year", "same period", "same year", "same quarter", "same half"})


# A stretch of time counted back or on from the text's own time ("over the next five
# years", "in the past year"): no period can be made of it, yet a total over it is not
# the same as one over all time, so the object says it with its preposition.
_TIME_SPAN = re.compile(
    r"\b(?P<p>over|in|within|during|for) the (?P<t>(?:next|coming|following|past|last|"
    r"previous|preceding) (?:(?:\d+|[a-z]+) )?(?:years?|months|decades?|weeks))\b"
    r"(?!\s*(?:of|to|ending|ended|before|after|from)\b|\s*(?:19|20)\d\d)"
)
# (the words one of those stretches opens with, searched before the pattern is)
_TIME_SPAN_WORDS = re.compile(r"the (?:next|coming|following|past|last|previous|preceding) ")
_SPAN_PREPS = frozenset("over in within during for".split())
_ASIDE_MARKS = (" - ", " – ", " — ")


def _undated_time(span: Any, sent: Any, verb: Any, text: str) -> str | None:
    """ "three months to 31 December" for "Operating profit in the three months to 31
    December was 9.5bn kronor": a time its clause gives the figure that no year makes a
    period of; None when there is none, or the amount has its own ("from the previous
    quarter", "last year"). A stretch counted from now comes with its preposition ("over
    next five years": "cut 45,000 jobs over the next five years")."""
    said = text[sent.start_char : sent.end_char]
    if " the " not in said:
        return None
    if said[:1] in _OPENING_PREPOSITIONS:
        said = said[0].lower() + said[1:]  # ("During the same quarter, ...": lower-cased)
    heads: set[int] | None = None  # (the verb and those above it: walked when first asked)
    if _TIME_SPAN_WORDS.search(said) is not None:
        for m in _TIME_SPAN.finditer(said):
            at, end = sent.start_char + m.start(), sent.start_char + m.end()
            between = (
                text[span.end_char : at] if at >= span.end_char else text[end : span.start_char]
            )
            if any(d in between for d in _ASIDE_MARKS):
                continue  # "a debt of $81.8bn - ... - for the past three years": outside it
            if heads is None:
                heads = {verb.i, *(a.i for a in verb.ancestors)}
            if _said_of(span, at, end, heads):
                return f"{m.group('p')} {m.group('t')}"
    if _OWN_TIME.match(text, span.end_char):
        return None
    if not any(w in said for w in _UNDATED_WORDS):
        return None  # (a substring test before the pattern's scan of the sentence)
    for m in _UNDATED_TIME.finditer(said):
        if heads is None:
            heads = {verb.i, *(a.i for a in verb.ancestors)}
        if _said_of(span, sent.start_char + m.start(), sent.start_char + m.end(), heads):
            return m.group("t")
    return None


def _said_of(span: Any, start: int, end: int, heads: set[int]) -> bool:
    """Whether the time phrase at `start`..`end` (a preposition first) is said of the amount
    `span` or of its clause, whose verb and the verbs above it are `heads`."""
    first = span.doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first) or first.start <= span.start < first.end:
        return False
    root = first[0]  # (the preposition)
    return bool(
        _of_clause(root, heads)
        or root.head.i in range(span.start, span.end)
        # ("Sales were up 3% in the quarter")
        or root.head.pos_ in ("ADV", "ADJ")
        and root.head.head.i in heads
    )


# An amount's own time just after it ("$232m charge from the previous quarter", "6.3bn
# kronor last year").
_OWN_TIME = re.compile(
    r"[^,;.]{0,30}?\b(?:previous|preceding|last|earlier|ago|year-earlier|same period|"
    r"a year before|year|this|next)\b"
)


def _undated_in_object(out: list[Amount]) -> None:
    """ "Ericsson's operating profit" -> "Ericsson's operating profit in three months to 31
    December": the undated time its clause gives an amount stays in its object."""
    said_at = {tuple(a.span): a.extra.pop("_undated", None) for a in out}
    for a in out:
        # (a conversion is of its original's time)
        said = said_at.get(tuple(a.extra.get("conversion_of") or a.span))
        if (
            said
            and said not in _BARE_TIMES
            and a.object
            and a.period is None
            and not a.object.startswith("previous")
            and not re.search(r"\b(?:quarter|half|months?|year|annual)\b", a.object)
        ):
            if said.split(" ", 1)[0] not in _SPAN_PREPS:
                a.object = f"{a.object} in {said}"
            elif "conversion_of" not in a.extra:
                # "over next five years": put on last (`_tails_added`), as the passes
                # between read the object's end ("interest rates": whose)
                a.extra["_span"] = said


# A part of a year named without the year ("in the fourth quarter", "the first half").
_PART_OF_YEAR = re.compile(
    r"(?i)^\s*(?:(?:in|for|during|over|of)\s+)?(?:the\s+)?"
    r"((?:first|second|third|fourth|final|last|latest|past)\s+(?:quarter|half)"
    r"|(?:three|six|nine)\s+months(?:\s+to\s+[A-Z][a-z]+)?)\s*$"
)


_IN_YEAR_FROM = re.compile(r"\s+in\s+((?:19|20)\d\d)\s+from\s+(?:about\s+|some\s+|just\s+)?")


def _year_before(out: list[Amount], text: str) -> None:
    """ "losses deepened to £51.6m in 2004 from £1.2m": the earlier value is the year
    before's."""
    for a, b in pairwise(out):
        said = _IN_YEAR_FROM.fullmatch(text, a.span[1], b.span[0])
        if said is None or b.period or a.unit != b.unit or not a.period:
            continue
        year = int(said.group(1))
        if a.period == f"{year}-01-01/{year}-12-31":
            b.period = f"{year - 1}-01-01/{year - 1}-12-31"
            b.extra["period_text"] = f"the year before {year}"


# "... from 117.7bn kronor in 2003", "compared with a loss of 984m euros in 2003": the
# value before, in a year of its own.
_BEFORE_WORDS = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|than|versus)\b")
_IN_A_YEAR = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?in\s+((?:19|20)\d\d)\b(?!\s*[-/])")
_PART_SAID = re.compile(r"\b(?:quarter|half|months?|period|week)\b", re.I)


def _year_after(out: list[Amount], text: str) -> None:
    """ "Sales climbed to 131.9bn kronor from 117.7bn kronor in 2003": a figure set against
    one of a year, and of no time of its own, is of the year after (the article's results)."""
    for k, b in enumerate(out):
        # (the figure before, past its conversions: "400m euros ($527.61m) compared with")
        a = next((x for x in reversed(out[:k]) if "conversion_of" not in x.extra), None)
        if a is None or a.period or not b.period or "conversion_of" in b.extra:
            continue
        gap = text[a.span[1] : b.span[0]]
        said = _IN_A_YEAR.match(text, b.span[1])
        year = int(said.group(1)) if said else 0
        if (
            said is None
            or b.period != f"{year}-01-01/{year}-12-31"
            or len(gap) > 60
            or re.search(r"[.!?]\s", gap)
            or not _BEFORE_WORDS.search(gap)
            or _PART_SAID.search(a.object or "")
            or _PART_SAID.search(text[a.span[0] - 60 if a.span[0] > 60 else 0 : b.span[1]])
        ):
            continue
        _in_year_after(a, year, out, text)
    for a in out:
        # "ten times more than in 2003", "an 82% jump on 2003 figures": against a year alone
        said = _THAN_A_YEAR.match(text, a.span[1])
        if said is None or a.period or "conversion_of" in a.extra:
            continue
        start, _ = _text_sentence(text, a.span[0], a.span[1])  # (its own sentence's words)
        if _PART_SAID.search(a.object or "") or _PART_SAID.search(
            text[max(start, a.span[0] - 60) : said.end()]
        ):
            continue
        _in_year_after(a, int(said.group(1)), out, text)
        for b in out:
            # "sold 95,000 cars last year, up 2.6% on 2003": that "last year" is the year after
            if (
                b is not a
                and start <= b.span[0] < a.span[0]
                and not b.period
                and b.extra.get("period_text") == "last year"
                and a.period
            ):
                b.period = a.period


# "in the fourth quarter ... up from 38m in the same period of 2003": a part of a year set
# against the same part of a named year.
_PART_OF_A_YEAR = re.compile(
    r"(?i)\b(?:in|for|during) the (first|second|third|fourth|final|last) (quarter|half)\b"
)
_SAME_PERIOD = re.compile(
    r"(?i)\b(?:in|for|during) the same (?:period|quarter|half)(?: of| in| last year,?)? "
    r"((?:19|20)\d\d)\b"
)


_COMPARED_FROM = re.compile(
    r"(?i)\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against|"
    r"versus)\b"
)


# "in the quarter", "for the period": a part of a year named before, not again.
_THE_PART = re.compile(
    r"(?i)\b(?:in|for|during|over) the (?:same )?(quarter|period|three months|year|half)\b"
    r"(?!\s+(?:to|ending|ended|of|from|since|through|until|before|after|earlier|ago|last)\b)"
)
# A time's own words that make it a compared value's ("a year earlier", "the year before"),
# not the one the text's figures are of.
_COMPARED_TIME = re.compile(r"(?i)\b(?:earlier|before|ago|previous|preceding|prior|same)\b")
# The days a time the text named before may span, for each word that takes it up.
_PART_DAYS = {
    "quarter": (80, 100),
    "three months": (80, 100),
    "period": (1, 366),
    "half": (175, 190),
    "year": (365, 366),
}
_TAKEN_UP = frozenset({*_BARE_TIMES, "quarter", "three months", "half"})


def _span_days(interval: str) -> int:
    lo, hi = (date.fromisoformat(d) for d in interval.split("/"))
    return (hi - lo).days + 1


def _the_quarter_before(out: list[Amount], text: str) -> None:
    """ "Earnings during the last three months of 2004 dropped by 84%. Net profit was $186m in
    the quarter, compared with $1.13bn in the same period in 2003": "the quarter" is the one
    the text named just before (the last three months of 2004), and the figure compared
    with the same period of 2003 is of that part of 2003."""
    for k, a in enumerate(out):
        # (the undated time its clause gives it, kept by the period rules)
        if a.period or a.extra.get("_undated") not in _TAKEN_UP:
            continue
        start, stop = _text_sentence(text, a.span[0], a.span[1])
        sent = text[start:stop]
        said = _THE_PART.search(sent)
        if said is None:
            continue
        part = said.group(1).lower()
        lengths = _PART_DAYS[part]
        # (a quarter is looked back for; a half, a year or "the period" is the sentence before's)
        before = [
            p
            for p in (find_periods(text[max(0, start - 800) : start]) if lengths[1] < 175 else ())
            if p.interval
            and p.kind != "relative"
            and ".." not in p.interval
            and lengths[0] <= _span_days(p.interval) <= lengths[1]
            and _COMPARED_TIME.search(p.text) is None  # (not "a year earlier": compared)
        ]
        got = before[-1].interval if before else _time_said_before(text, start, stop, lengths)
        if got is None:
            continue
        # (the figure and its conversions: "$186m (£98m; 143m euros)")
        for b in out[k:]:
            if b is a or b.extra.get("conversion_of") == list(a.span) and not b.period:
                b.period = got
                b.extra["period_text"] = said.group().split(" ", 1)[1]
        same = _SAME_PERIOD.search(sent)
        if same is None or got[:4] != got[11:15]:
            continue
        year = same.group(1)
        for b in out[k + 1 :]:
            if not b.period and start + same.start() > b.span[0] > a.span[1]:
                b.period = f"{year}{got[4:11]}{year}{got[15:]}"
                b.extra["period_text"] = same.group().split(" ", 1)[1]


def _time_said_before(text: str, start: int, stop: int, lengths: tuple[int, int]) -> str | None:
    """ "Acme made £5m in 2004. Over the year its staff grew 3%": the one dated time of the
    sentence before (the amount's sentence `start`-`stop` naming no other year) that the
    words taking it up ("the year") can be."""
    if start < 2:
        return None
    lo = _text_sentence(text, start - 2, start - 1)[0]
    q = _anchor_near(text, lo, stop)
    if q is None or q.interval is None or q.kind == "point" or compared_time(text, q, lo):
        return None  # (not a compared value's: "rose to $5m from $4m in 2003")
    return q.interval if lengths[0] <= _span_days(q.interval) <= lengths[1] else None


def _same_period_after(out: list[Amount], text: str) -> None:
    """ "Its pre-tax earnings in the fourth quarter were 77m euros, up from 38m in the same
    period of 2003": 77m euros is of the fourth quarter of 2004, 38m of 2003's (a figure
    set against the same part of a year is that of the year after)."""
    for a in out:
        start, stop = _text_sentence(text, a.span[0], a.span[1])
        sent = text[start:stop]
        same = _SAME_PERIOD.search(sent) if " same " in sent else None
        said = str(a.extra.get("period_text", ""))
        if a.period and same is not None and said.rsplit(" ", 1)[-1] == same.group(1):
            # "compared with $1.13bn in the same period in 2003": that part of 2003, not the
            # whole year; which part, the text may not say
            a.period = None
            a.extra.pop("period_text", None)
        if a.period or same is None:
            continue
        parts = _PART_OF_A_YEAR.findall(sent)
        if len(parts) != 1:
            continue
        year = int(same.group(1))
        at = a.span[0] - start
        if at > same.start():
            continue  # (after the compared period: another thing's)
        before = _COMPARED_FROM.search(sent[:at]) is not None  # (the earlier value)
        which, unit = parts[0]
        which = "fourth" if which.lower() in ("final", "last") else which.lower()
        got = parse_period(f"the {which} {unit.lower()} of {year if before else year + 1}")
        if got is None:
            continue
        a.period = got
        a.extra["period_text"] = f"the {which} {unit.lower()}"


_THAN_A_YEAR = re.compile(
    r"[^.;]{0,40}?\b(?:than|on)\s+(?:in\s+)?((?:19|20)\d\d)(?:\s+figures)?\b(?!\s*[-/])"
)


def _in_year_after(a: Amount, year: int, out: list[Amount], text: str) -> None:
    """The year after `year` for `a` (and its conversions), when the article names that year
    (not "unemployment fell to 5% from 6% in 1997": a baseline long before)."""
    if str(year + 1) not in text:
        return
    a.period = f"{year + 1}-01-01/{year + 1}-12-31"
    a.extra["period_text"] = f"the year after {year}"
    _conversions_dated(out, a)


def _conversions_dated(out: list[Amount], a: Amount) -> None:
    """A period given to an amount goes to its undated conversions too ("$20 (£11)")."""
    for c in out:
        if c.extra.get("conversion_of") == list(a.span) and not c.period:
            c.period, c.extra["period_text"] = a.period, a.extra["period_text"]


_PREVIOUS_UNIT = re.compile(
    r"(?i)^(?:in |for |during |over |from )?(?:the )?(?:(?:previous|preceding|prior) "
    r"(month|quarter)|(month|quarter) before)$"
)


def _previous_unit(out: list[Amount], text: str) -> None:
    """ "rose 5% in May, after a 3% rise in the previous month": the month before the
    sentence's own month (not the month before the article's date); so for quarters."""
    for k, b in enumerate(out):
        said = _PREVIOUS_UNIT.match(str(b.extra.get("period_text") or ""))
        if said is None:
            continue
        unit = said.group(1) or said.group(2)
        for a in reversed(out[:k]):
            if re.search(r"[.!?]\s", text[a.span[1] : b.span[0]]):
                break  # (the sentence's own amounts only)
            got = _calendar_unit(a.period or "")
            if got is None or got[0] != unit:
                continue
            year, first = got[1], got[2]
            step = 1 if unit == "month" else 3
            first -= step
            if first < 1:
                year, first = year - 1, first + 12
            last = first + step - 1
            end = calendar.monthrange(year, last)[1]
            b.period = f"{year}-{first:02d}-01/{year}-{last:02d}-{end:02d}"
            break


def _calendar_unit(period: str) -> tuple[str, int, int] | None:
    """("month", 2004, 12) for "2004-12-01/2004-12-31"; ("quarter", 2004, 7) for the third
    quarter of 2004; None for any other period."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-01/(\d{4})-(\d\d)-(\d\d)", period)
    if m is None or m.group(1) != m.group(3):
        return None
    year, first, last = int(m.group(1)), int(m.group(2)), int(m.group(4))
    if int(m.group(5)) != calendar.monthrange(year, last)[1]:
        return None
    if first == last:
        return "month", year, first
    if last - first == 2 and first % 3 == 1:
        return "quarter", year, first
    return None


def _period_in_object(out: list[Amount], text: str) -> None:
    """ "Borrowing figures for 2003/4 are £35bn - less than the £37.5bn predicted": an object
    that names its period ("for 2003/4") has it for every amount of it in the sentence."""
    for k, a in enumerate(out):
        if a.period or not a.object:
            continue
        for b in out[max(0, k - 4) : k + 5]:
            if b is a or not b.period or b.object != a.object:
                continue  # (the cheap tests first: most neighbours have another object)
            said = str(b.extra.get("period_text", ""))
            if (
                len(said) > 4
                and said in a.object
                and not re.search(
                    r"[.!?]\s", text[min(a.span[0], b.span[0]) : max(a.span[0], b.span[0])]
                )
            ):
                a.period, a.extra["period_text"] = b.period, said
                break


# "2003-4", "2004-05": one year and the next, as a financial year is written (a season or a
# school year is said as such).
_SPLIT_YEAR = re.compile(r"(?P<a>(?:19|20)\d\d)[-–](?P<b>\d\d?)")
_MONEY_YEAR = re.compile(
    r"(?i)\b(?:budget|tax|taxes|spending|spent|financial|fiscal|government|department|"
    r"borrowing|grants?|funding|accounts?)\b"
)
_NOT_MONEY_YEAR = re.compile(r"(?i)\b(?:season|academic|school year|term)\b")


def _split_year(p: Period, unit: str | None, sent: Any) -> Period:
    """ "received over £4m ... in 2003-4": a split year of a UK sum or of a budget is the
    financial year (April to March, as in the UK, India and Japan), not two calendar
    years."""
    m = _SPLIT_YEAR.fullmatch(p.text)
    if m is None or p.kind != "range":
        return p
    text = sent.text
    if _NOT_MONEY_YEAR.search(text) or not (unit == "GBP" or _MONEY_YEAR.search(text)):
        return p  # (a UK sum, or one of a budget or accounts: "$1.2bn exported in 2003-04"
        # may be of a crop's year)
    # (read as the periods module reads "2003/4": none for a span of years, "2003-7")
    fiscal = parse_period(f"{m.group('a')}/{m.group('b')}")
    return p if fiscal is None else Period(p.start, p.end, p.text, fiscal, "fiscal")


# A time an object names by counting back from another ("from the previous quarter").
_COUNTED_BACK = re.compile(r"\b(?:previous|prior|preceding) (?:quarter|half|year|month|period)\b")


def _part_of_year(out: list[Amount]) -> None:
    """ "sales rose 9% in the fourth quarter" with no year known: the quarter goes into the
    object, which tells a quarter's sales from a year's (a conversion follows its original)."""
    for a in out:
        if a.period or not a.object:
            continue
        orig = (
            next((b for b in out if list(b.span) == a.extra["conversion_of"]), a)
            if "conversion_of" in a.extra
            else a
        )
        part = _PART_OF_YEAR.match(str(orig.extra.get("period_text", "")))
        if (
            a.object
            and a.period is None
            and part is not None
            and part.group(1) not in a.object
            # ("the charge from the previous quarter": its own time, counted back from this)
            and _COUNTED_BACK.search(a.object) is None
        ):
            a.object = f"{a.object} in {part.group(1)}"


# "2004 was generally a good year for BMW, which saw ...": the year the sentence is about.
_YEAR_WAS = re.compile(
    r"((?:19|20)\d\d) (?:was|had been|has been|proved)\b[^.;]{0,40}?\byear\b"
    r"(?! (?:ago|before|earlier|later|after))"
)


def _opening_at(text: str, a: Amount) -> int:
    """Where the sentence of amount `a` opens: its first character that is no space."""
    start = _text_sentence(text, a.span[0], a.span[1])[0]
    while start < a.span[0] and text[start].isspace():
        start += 1
    return start


def _year_the_sentence_is_of(out: list[Amount], text: str) -> None:
    """ "2004 was generally a good year for BMW, which saw revenues rise 11%": a figure with
    no period, in a sentence that opens by saying which year it tells of, is of that year."""
    for a in out:
        if a.period:
            continue
        start = _opening_at(text, a)
        m = _YEAR_WAS.match(text, start, a.span[0])
        if m is None:
            continue
        a.period = parse_period(f"in {m.group(1)}")
        a.extra["period_text"] = m.group(1)


# "for the year", "for the full year", "over the year as a whole": the whole of a year the
# sentence names a part of (not "the year to March", "the year before").
_FOR_THE_YEAR = re.compile(
    r"(?i)\b(?:for|over|in) the (?:full |whole |entire )?year(?: as a whole)?\b"
    r"(?!\s+(?:to|ending|ended|before|earlier|ago|after|of|in)\b)"
)
_YEAR_PARTS = ("quarter", "half", "month", "months_to", "months")


def _the_year_of_its_parts(out: list[Amount], text: str) -> None:
    """ "Sales rose 2% in the third quarter of 2003 and for the year they rose 5%": "for
    the year", in a sentence whose parts of a year are all of one year, is that whole year
    (and said just by the amount: no other amount between them)."""
    # (the phrase found where "year" is written, not by the pattern over the whole text)
    found: dict[int, re.Match[str]] = {}
    for word in ("year", "Year"):
        at = text.find(word)
        while at >= 0:
            for m in _FOR_THE_YEAR.finditer(text, max(0, at - 24), at + 30):
                found[m.start()] = m
            at = text.find(word, at + 4)
    if not found:
        return

    def between(lo: int, hi: int) -> re.Match[str] | None:
        return next((found[k] for k in sorted(found) if lo <= k and found[k].end() <= hi), None)

    for k, a in enumerate(out):
        if "conversion_of" in a.extra:
            continue
        # ("$4m in the fourth quarter of 2004 and $15m for the full year": said right after
        # it, the whole year is its own, not the part the clause named before)
        said = found.get(a.span[1] + 1) if a.period else None
        if a.period and (said is None or _span_days(a.period) > 200):
            continue
        start, stop = _text_sentence(text, a.span[0], a.span[1])
        if "year" not in text[start:stop]:
            continue  # (a cheap test first)
        lo = max([start, *(b.span[1] for b in out[:k] if b.span[1] <= a.span[0])])
        hi = min(
            [stop, a.span[1] + 40, *(b.span[0] for b in out[k + 1 :] if b.span[0] >= a.span[1])]
        )
        said = said or between(lo, a.span[0]) or between(a.span[1], hi)
        if said is None:
            continue
        dated = [p for p in find_periods(text[start:stop]) if p.interval]
        years = {p.interval[:4] for p in dated if p.interval}
        if a.period:
            years = {a.period[:4]}  # (the year of the part its clause gave it)
        elif len(years) != 1 or not any(p.kind in _YEAR_PARTS for p in dated):
            continue  # (a part of one year named, and no other: "the third quarter of 2003")
        year = years.pop()
        for b in out[k:]:  # (and its conversions)
            if b is a or b.extra.get("conversion_of") == list(a.span):
                b.period = parse_period(f"in {year}")
                b.extra["period_text"] = said.group().split(" ", 1)[1]


# A sentence opening on a time the sentence before gave ("During that year, ...").
_THAT_TIME = re.compile(
    r"(?:During|In|Over|For|At|By) (?:that|the same) (?:year|time|period)\b|"
    r"(?:That|The same) year\b"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _that_year_before(out: list[Amount], text: str) -> None:
    """ "In 2001, when Globex still owned the mill, it made paper. During that year, 900
    workers produced 40,000 tonnes": a figure with no period, in a sentence that
    opens on "that year" or "the same time", is of the one year the sentence before names."""
    for a in out:
        if a.period:
            continue
        start = _opening_at(text, a)
        if _THAT_TIME.match(text, start, a.span[0]) is None or start < 2:
            continue
        before = _text_sentence(text, start - 2, start - 1)[0]
        years = set(_A_YEAR.findall(text, before, start))
        if len(years) == 1:
            year = years.pop()
            a.period = parse_period(f"in {year}")
            a.extra["period_text"] = year


_NEXT_YEAR_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:next|the following) year\b")


def _next_year_after_a_year(out: list[Amount], text: str) -> None:
    """ "Growth would reach 2.4% in 2011, but fall to 1.8% next year": "next year" after
    a figure of a year, in the same sentence, is the year after that one."""
    if "next year" not in text and "following year" not in text:
        return
    for k, a in enumerate(out):
        if a.period or _NEXT_YEAR_AFTER.match(text, a.span[1]) is None:
            continue
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        said = next(
            (
                said
                for b in reversed(out[:k])
                if b.span[0] >= start
                and (said := _IN_A_YEAR.match(text, b.span[1])) is not None
                and b.period == f"{said.group(1)}-01-01/{said.group(1)}-12-31"
            ),
            None,
        )
        # (no other year between: "3.6% in 2004 ..., 3.1% in 2006, 2.9% next year")
        if said is not None and not _A_YEAR.search(text, said.end(), a.span[0]):
            year = int(said.group(1))
            a.period = f"{year + 1}-01-01/{year + 1}-12-31"
            a.extra["period_text"] = f"the year after {year}"


# The part of a year a results story opens on: "saw strong fourth quarter profits",
# "first-half sales", "profits for the three months to June".
_RESULT_NOUN = r"(?:profits?|earnings|sales|revenues?|results|losses|loss|income|turnover)"
_PART = (
    r"(?:first|second|third|fourth|final|last)[- ](?:quarter|half)|"
    r"(?:three|six|nine) months to [A-Z][a-z]+"
)
_RESULTS_LEAD = re.compile(
    rf"\b(?P<a>{_PART})[- ](?:[A-Za-z-]+ ){{0,2}}?{_RESULT_NOUN}\b|"
    rf"\b{_RESULT_NOUN}\b[^.;]{{0,60}}?\b(?:in|for|during|over) the (?P<b>{_PART})\b"
)
# A firm's result as an object: "Acme's net profit", "rise in sales", "sales in Acme's
# generics business" (not "sales of stakes": a sale of things).
_RESULT_OBJECT = re.compile(
    r"^(?i:(?:rise|fall|increase|drop|decline|growth|jump|slump) in )?"
    r"(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s? )?"
    r"(?i:(?:net|pre-tax|pretax|operating|underlying|gross|total) )?"
    r"(?i:profits?|earnings|sales|revenues?|losses|loss|income|turnover)"
    r"(?: (?:in|at|from) [^,;]{1,60})?$"
)
_WHOLE_YEAR = re.compile(r"in ((?:19|20)\d\d)")
_TIME_WORD = re.compile(r"(?i)\b(?:months?|quarters?|half|years?|weeks?)\b")
# Where the figures stop being the opening period's: another span of time.
_OTHER_SPAN = re.compile(
    r"(?i)\b(?:full[- ]year|annual|whole year|for the year|year as a whole|this year|"
    r"next year|(?:first|second|third|fourth|final|last)[- ](?:quarter|half)|months to)\b"
)
# Where a sentence turns to an earlier figure: "a change from the loss of 364m euros".
_TURN_TO_EARLIER = re.compile(
    r"(?i)\b(?:from|compared|against|versus|than|(?:19|20)\d\d|year[- ](?:earlier|ago|before)|"
    r"last year|previous|same (?:period|quarter|time))\b"
)


def _results_period(out: list[Amount], art: Article, ref: date | None) -> None:
    """ "Deutsche Post saw strong fourth quarter profits ... Net profit came in at 1.4bn
    euros": a firm's figures with no time of their own, after a lead that says which part of
    the year the results are for, are that part's, until the text turns to another span of
    time (resolved against the article's date, for a part already over; else said in the
    object)."""
    text = art.text
    paras: list[tuple[int, int]] = []  # (the first two that are not the headline)
    for s, e in art.paragraphs or []:
        if len(paras) == 2:
            break
        if text[s:e].strip() != art.headline:
            paras.append((s, e))
    if not paras:
        return
    # (in the opening two paragraphs: "Profits at Acme fell 93%. ... its profits were 40m
    # rupees for the three months to December")
    lead_start, lead_end = paras[0][0], paras[-1][1]
    opening = text[lead_start : min(lead_end, lead_start + 600)]
    if "quarter" not in opening and "half" not in opening and "months" not in opening:
        return  # (a cheap test first: no part of a year named)
    lead = _RESULTS_LEAD.search(text, lead_start, min(lead_end, lead_start + 600))
    if lead is None:
        return
    # (the figures before it too, unless another span of time comes first)
    begin = (
        lead_start if _OTHER_SPAN.search(text, lead_start, lead.start()) is None else lead.start()
    )
    part = lead.group("a") or lead.group("b")
    stop = _OTHER_SPAN.search(text, lead.end())
    until = min(stop.start() if stop else len(text), lead.end() + 2500)
    got = find_periods(part, ref)
    interval = got[0].interval if got else None
    if interval and ref is not None and date.fromisoformat(interval[11:]) >= ref:
        interval = parse_period(f"{part} of {int(interval[:4]) - 1}")  # (results: a part past)
    words = part[:1].lower() + part[1:].replace("-", " ")
    for a in out:
        year = _WHOLE_YEAR.fullmatch(str(a.extra.get("period_text") or ""))
        if (
            year is not None
            and begin <= a.span[0] < until
            and a.period == f"{year.group(1)}-01-01/{year.group(1)}-12-31"
            and _RESULT_OBJECT.match(a.object or "")
            and _TURN_TO_EARLIER.search(text, _text_sentence(text, *a.span)[0], a.span[0])
        ):
            # "a dramatic change from the loss of 364m euros in 2003": that part of 2003
            a.period = parse_period(f"{words} {year.group(1)}") or a.period
            continue
        if (
            a.period
            or not begin <= a.span[0] < until
            or a.extra.get("modality")
            or a.unit in ("percentage_points", "basis_points")
            or not _RESULT_OBJECT.match(a.object or "")
            or _TIME_WORD.search(a.object or "")  # ("profits in six months ending ...")
        ):
            continue
        start, _ = _text_sentence(text, a.span[0], a.span[1])
        if _TURN_TO_EARLIER.search(text, max(start, begin), a.span[0]):
            continue  # (after "from ...": an earlier figure's)
        a.extra["period_text"] = f"the {words}"
        if interval:
            a.period = interval
        else:
            a.object = f"{a.object} in the {words}"


_PART_KINDS = ("quarter", "half", "month", "months_to", "months")


def _part_in_the_sentence_year(out: list[Amount], text: str) -> None:
    """ "Growth slowed to 0.3% in the quarter ending September 30, down from 6.3% in the first
    quarter of 2004": a part of a year said without its year, in a sentence whose other parts
    are of one year, is of that year (or the next, when it would end before them)."""
    for a in out:
        said = str(a.extra.get("period_text") or "")
        if a.period or not said or _A_YEAR.search(said) or a.extra.get("modality"):
            continue
        start, stop = _text_sentence(text, a.span[0], a.span[1])
        if not _A_YEAR.search(text, start, stop):
            continue  # (a cheap test first: no year in the sentence)
        own = find_periods(said)
        if len(own) != 1 or own[0].kind not in _PART_KINDS:
            continue
        dated = [
            p
            for p in find_periods(text[start:stop])
            if p.interval and p.kind in _PART_KINDS and ".." not in p.interval
        ]
        years = {p.interval[:4] for p in dated if p.interval}
        if len(years) != 1:
            continue
        year = int(years.pop())
        got = parse_period(f"{said} {year}")
        first = min(str(p.interval) for p in dated)
        if got is None or got[11:] >= first[:10] and got[:10] <= first[11:]:
            continue  # (the same part as the other: its year is not said)
        if got[11:] < first[:10]:
            # ("in the quarter to March, up from the quarter to December 2003": of 2004)
            got = parse_period(f"{said} {year + 1}")
        if got is not None:
            a.period = got


# A year a figure is set against: "from 2.4bn euros in 2003", "up 27% from its 2003 total".
_SET_AGAINST_YEAR = re.compile(
    r"\b(?:from|on|against|than|versus|compared\s+(?:with|to))\b(?:(?![.;]\s)[^;]){0,30}?"
    r"\b((?:19|20)\d\d)\b"
    r"(?!\s*(?:to|and|-|–)\s*(?:19|20)?\d\d)"
)
_RESULT_PARTS = ("quarter", "half", "months_to")
_DECEMBER = re.compile(r"(?i)(?:in|for) December")
# (and no year of a target or an expectation: "a 2.5% target for 2005", "expected to rise")
_AIMED_WORD = re.compile(r"\b(?:expected|targets?|aims?|plans?|goals?|hopes?|projected|set to)\b")
_STATED_YEAR = re.compile(r"\b(?:in|of|for|during) ((?:19|20)\d\d)\b")  # ("in 2004")
_PART_WORD = re.compile(r"(?i)quarter|half|\b(?:to|ending|ended)\b")  # (one of them is said)
_AHEAD_WORD = re.compile(
    r"\b(?:will|would|may|might|could|expects?|forecasts?|predicts?|outlook)\b"
)


def _part_of_the_article_year(out: list[Amount], text: str) -> None:
    """ "TimeWarner said fourth quarter sales rose 2%", in an article whose figures are set
    against 2003 ("up 27% from its 2003 performance") and that names 2004: a part of a year
    said without its year is of the year after the latest one figures are set against (a
    stated result: not a forecast). "In December", in an article whose figures are of 2004
    (set against 2003, else the latest year it states no forecast in), is of that year: a
    month over before the year's figures are out."""
    parts = []  # (the amounts with a part of a year said and no year, first: most have none)
    for a in out:
        said = str(a.extra.get("period_text") or "")
        if not said or a.period or a.extra.get("modality") or _A_YEAR.search(said):
            continue
        if _DECEMBER.fullmatch(said):
            parts.append((a, said))
            continue
        if not _PART_WORD.search(said):
            continue
        own = find_periods(said)
        if len(own) == 1 and own[0].kind in _RESULT_PARTS:
            parts.append((a, said))
    if not parts:
        return
    against = {
        int(m.group(1))
        for m in _SET_AGAINST_YEAR.finditer(text)
        # (not a forecast's: "growth may be slower than in 2004")
        if not _AHEAD_WORD.search(text, *_text_sentence(text, m.start(), m.end()))
    }
    if against:
        latest = max(against) + 1
    else:
        stated = [
            int(m.group(1))
            for m in _STATED_YEAR.finditer(text)
            if not _AHEAD_WORD.search(text, *(bounds := _text_sentence(text, m.start(), m.end())))
            and not _AIMED_WORD.search(text, *bounds)
        ]
        if not stated:
            return
        latest = max(stated)
        parts = [(a, said) for a, said in parts if _DECEMBER.fullmatch(said)]
    for a, said in parts:
        got = parse_period(f"{said} {latest}")
        if got is not None:
            a.period = got


# (a cheap test on the words of a time said with no year first)
_YEARLESS_WORDS = re.compile(r"earlier|before|ago|previous|prior|preceding| to |between|from")
# The dated times that may anchor one: not "since 2001", "last year", an open "by 2006".
_NOT_ANCHOR = ("since", "relative", "anchored")


def _anchor_near(text: str, start: int, stop: int) -> Period | None:
    """The one dated time of the text from the sentence before (its start: `start`) to the
    end of the amount's (`stop`), when one year is all the text there names; None when two
    are in reach or when the one is not a time of the figures ("since 2001")."""
    at = [m.start() for m in _A_YEAR.finditer(text, start, stop)]
    if not at or len({text[k : k + 4] for k in at}) != 1:
        return None
    # (only the words around the year: a dated time names it, and is not long)
    lo, hi = max(start, at[0] - 80), min(stop, at[-1] + 12)
    dated = [p for p in find_periods(text[lo:hi]) if p.interval and p.kind != "anchored"]
    if len(dated) != 1 or dated[0].kind in _NOT_ANCHOR or ".." in str(dated[0].interval):
        return None
    q = dated[0]
    return Period(q.start + lo, q.end + lo, q.text, q.interval, q.kind)


def _yearless_dated_near(out: list[Amount], text: str) -> None:
    """ "Profits rose to £5m in 2004. A year earlier they were £4m" (2003); "Growth was
    revised in 2004. A previous estimate of 0.1% growth between July and September ..."
    (July to September 2004): a time said with no year, in a sentence (with the one before)
    that names one year and one dated time, is dated by it (not a forecast's months: those
    may be of the year after)."""
    near: dict[int, Period | None] = {}
    for a in out:
        if a.period:
            continue
        said = a.extra.get("period_text")
        if not said or _YEARLESS_WORDS.search(said) is None:
            continue
        kind = yearless_kind(said)
        if kind is None or kind != "anchored" and a.extra.get("modality"):
            continue
        start, stop = _text_sentence(text, a.span[0], a.span[1])
        if start >= 2:
            start = _text_sentence(text, start - 2, start - 1)[0]
        if start not in near:  # (once for a sentence's amounts and their conversions)
            near[start] = _anchor_near(text, start, stop)
        q = near[start]
        if q is None or q.interval is None:
            continue
        if kind == "anchored":
            a.period = year_earlier_than(text, q, start)
            continue
        if compared_time(text, q, start):
            continue  # ("between July and September, up from 2% in 2003": not 2003's)
        year = int(q.interval[:4]) if q.interval[:4] == q.interval[11:15] else 0
        if year:
            a.period = find_periods(said, date(year, 12, 31))[0].interval


# "for the quarter", "over the period", "in the same month", "for the year as a whole": a
# time the text named before, taken up again (not "the year to March", "the same month a
# year ago", "the period of 2003", "the year in which ...").
_TIME_AGAIN = re.compile(
    r"(?i)\b(?:in|for|during|over) the (?:same )?(?P<t>quarter|period|month|year|half|"
    r"three months)(?P<w>\s+as\s+a\s+whole)?\b(?!\s+(?:to|ending|ended|of|in|before|earlier|"
    r"ago|after|from|since|through|until|last|a|one|as|that|which|when|where|ahead|before)\b)"
    r"(?!\s*(?:19|20)\d\d|-)"
)
# (the words one of those opens with, looked for first)
_TIME_AGAIN_WORDS = (
    "the quarter",
    "the period",
    "the month",
    "the year",
    "the half",
    "the three months",
    "the same ",
)
# The days a time named before may span for each word that takes it up ("period": any).
_AGAIN_DAYS = {
    "quarter": (80, 100),
    "three months": (80, 100),
    "half": (175, 190),
    "month": (28, 31),
    "year": (365, 366),
    "period": (28, 366),
}
# A value set against the one the text reports ("up from £4m", "compared with £4m").
_AGAINST_BEFORE = re.compile(
    r"(?i)\b(?:from|than|against|versus|with)\s+(?:the\s+|an?\s+|its\s+)?"
    r"(?:about\s+|some\s+|just\s+|nearly\s+|almost\s+)?$"
)
# How far back (characters) a time named before is looked for.
_AGAIN_REACH = 1500


def _fits(interval: str, part: str) -> str | None:
    """`interval` if a time taken up as `part` ("quarter", "year", ...) can be it; a quarter,
    half or month of one calendar year for "the year" is that year; None otherwise."""
    days = _span_days(interval)
    lo, hi = _AGAIN_DAYS[part]
    if lo <= days <= hi:
        return interval
    if part == "year" and days < 365 and interval[:4] == interval[11:15]:
        return f"{interval[:4]}-01-01/{interval[:4]}-12-31"
    return None


def _time_named_again(out: list[Amount], text: str) -> None:
    """ "Acme made £75m in the three months to 31 December 2004, against £125m a year
    earlier. ... Turnover for the quarter was up 4.3%": an amount of no time of its own whose
    sentence takes up a time named before ("for the quarter", "over the period", "in the
    same month", "for the year as a whole") is of the time of the amounts of the nearest
    sentence before that has one of that length (a quarter, half or month of a year Y for
    "the year" is Y; any for "the period"), not a compared value's ("a year earlier", "the
    year before", "up from $4m in 2003"); of their latest when they differ, but for "the
    period". A dated time of that length said after them (or, with none, within reach) and
    not a compared value's is the one taken up instead; for "the period" it leaves none
    when it is another."""
    sents: dict[int, tuple[int, int]] = {}
    for k, a in enumerate(out):
        if a.period or a.extra.get("period_text") or not a.span:
            continue
        start, stop = sents.get(a.span[0]) or _text_sentence(text, a.span[0], a.span[1])
        sents[a.span[0]] = (start, stop)
        sent = text[start:stop]
        low = sent.lower()
        if not any(w in low for w in _TIME_AGAIN_WORDS):
            continue  # (the cheap test first: most sentences take up no time)
        said = _TIME_AGAIN.search(sent)
        if said is None or (a.object or "").startswith("previous"):
            continue
        if _AGAINST_BEFORE.search(text[max(start, a.span[0] - 30) : a.span[0]]):
            continue  # ("up from £4m": the value it is set against)
        part = said.group("t").lower()
        got: set[str] = set()
        at, end = -1, -1  # (the bounds of the sentence the times come from)
        for b in reversed(out[:k]):
            if b.span[0] >= start or "conversion_of" in b.extra:
                continue
            if b.span[0] < start - _AGAIN_REACH or at >= 0 and b.span[0] < at:
                break
            if (
                not b.period
                or ".." in b.period
                or _COMPARED_TIME.search(str(b.extra.get("period_text", "")))
                or (b.object or "").startswith("previous")
                or _AGAINST_BEFORE.search(text[max(0, b.span[0] - 30) : b.span[0]])
            ):
                continue  # (a compared value's time: "up from $4m in 2003")
            fit = _fits(b.period, part)
            if fit is None:
                continue
            if at < 0:
                at, end = _text_sentence(text, b.span[0], b.span[1])
            got.add(fit)
        if len(got) > 1 and part == "period":
            continue  # (two times before: "the period" may be either, or both)
        period = max(got) if got else None
        # (a dated time named after them, or with no amount's before: "... in May 2004. In
        # the month, ...")
        lo = end if at >= 0 else max(0, start - _AGAIN_REACH)
        between = text[lo:start]
        for p in reversed(find_periods(between)):
            if (
                p.interval
                and p.kind != "relative"
                and ".." not in p.interval
                and not compared_time(between, p)
                and _COMPARED_TIME.search(p.text) is None
                and (fit := _fits(p.interval, part)) is not None
            ):
                # ("Acme was founded in 1990. Over the period, ...": "the period" is an
                # amount's time, not just any time said before)
                period = fit if part != "period" or period == fit else None
                break
        if period is None:
            continue
        a.period = period
        a.extra["period_text"] = said.group().split(" ", 1)[1]


# Words that open a clause or phrase bounding when a counted thing happened by an event.
_EVENT_MARKS = frozenset(("after", "before", "since", "until"))
# Nouns that are times, which a period holds, not events ("after two years", "since May").
_TIME_HEADS = frozenset(
    """year years month months week weeks day days hour hours decade decades time period
    quarter morning evening night weekend spring summer autumn winter january february march
    april may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday""".split()
)


def _event_clause(verb: Any) -> str | None:
    """ "270 hunts went out one day after the ban came in", "interviewed 401 people before
    Mr Smith's resignation": the event the verb's clause is timed by ("one day after ban came
    in"), which defines which ones are counted; None when the verb has none, or it is a date
    or span of time (a period's words), or it runs too long to say shortly."""
    doc = verb.doc
    for c in verb.rights:
        words: list[Any] = []
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX"):
            mark = next((k for k in c.lefts if k.dep_ == "mark"), None)
            if mark is None or mark.lower_ not in _EVENT_MARKS:
                continue
            # ("one day after", "the day after": the gap said before the mark)
            gap = next(
                (
                    k
                    for k in (*c.lefts, *verb.rights)
                    if k.dep_ == "npadvmod"
                    and k.lower_ in ("day", "week", "month", "year")
                    and k.i < mark.i
                    and k.right_edge.i == mark.i - 1
                ),
                None,
            )
            lo = gap.left_edge.i if gap is not None else mark.i
            words = [t for t in doc[lo : c.right_edge.i + 1]]
        elif c.dep_ == "prep" and c.lower_ in _EVENT_MARKS:
            pobj = next((k for k in c.children if k.dep_ == "pobj"), None)
            if (
                pobj is None
                or pobj.pos_ not in ("NOUN", "PROPN")
                or pobj.ent_type_ in ("DATE", "TIME")
                or pobj.lower_ in _TIME_HEADS
                or pobj.like_num
            ):
                continue
            cut = {t.i for k in pobj.children if k.dep_ in ("conj", "cc") for t in k.subtree}
            words = [t for t in c.subtree if t.i not in cut]  # (not "and 601 afterwards")
        else:
            continue
        words = [
            t
            for t in words
            if t.dep_ != "punct"
            and t.lower_ != "just"
            and (t.dep_ != "det" or t.head.lower_ in _TIME_HEADS and t.lower_ != "the")
        ]
        if not words or len(words) > 10 or any(t.pos_ == "PRON" for t in words):
            return None
        return _join(words)
    return None


# The kinds of dated time a part of a year said before may take its year from (not "since
# 2001", "at the end of 2004", "by 2006", "a year earlier").
_BEFORE_KINDS = frozenset(("year", "quarter", "half", "month", "months_to", "months", "range"))
_BEFORE_PARTS = (*_PART_KINDS, "month_range")
# Words of a time counted from the text's own ("last month", "this year", "a year ago").
_LAST_WORDS = re.compile(r"(?i)\b(?:last|this|next|past|coming|ago|previous|current|week)\b")


def _year_said_before(text: str, start: int) -> Period | None:
    """The one dated time of the nearest of the two sentences before `start` that names a
    year, when that sentence names one year and one time (not a compared value's: "up from
    £4m in 2003"); None when it names more, or another kind of time, or neither names one."""
    stop = start
    for _ in range(2):
        if stop < 2:
            return None
        lo = _text_sentence(text, stop - 2, stop - 1)[0]
        years = set(_A_YEAR.findall(text, lo, stop))
        if years:
            break
        stop = lo
    else:
        return None
    if len(years) != 1:
        return None  # (a competing year: "In 2003 it planned to triple sales by 2007")
    sent = text[lo:stop]
    dated = [p for p in find_periods(sent) if p.interval]
    if not dated and (was := _YEAR_WAS.search(sent)) is not None:
        # ("Clearly 2004 was the most difficult year in its history")
        y = was.group(1)
        dated = [Period(was.start(1), was.end(1), y, f"{y}-01-01/{y}-12-31", "year")]
    if len({p.interval for p in dated}) != 1 or any(p.kind not in _BEFORE_KINDS for p in dated):
        return None
    q = dated[0]
    if q.interval is None or ".." in q.interval or compared_time(sent, q):
        return None
    # (a time aimed at, "a 2.5% target for 2005", is flagged by its kind "aimed")
    kind = "aimed" if _AIMED_WORD.search(sent) or _AHEAD_WORD.search(sent) else q.kind
    return Period(q.start + lo, q.end + lo, q.text, q.interval, kind)


def _part_of_a_year_before(out: list[Amount], text: str) -> None:
    """ "Germany's economy shrank 0.2% in the last three months of 2004. The figures confounded
    hopes of a 0.2% expansion in the fourth quarter": a part of a year said with no year, in
    a sentence that names none, is of the year of the one dated time of the nearest sentence
    before (of the two) that names a year and no other, when that part of that year lies
    within that time. A forecast's part, or a part after a time aimed at ("a target for
    2005"), must be that very time; a month is not dated by a whole year (figures of a year
    come out in the months after it)."""
    near: dict[int, Period | None] = {}
    for a in out:
        said = str(a.extra.get("period_text") or "")
        if a.period or not said or _A_YEAR.search(said) or _LAST_WORDS.search(said):
            continue  # (the cheap tests first: "last year", "next month" are not dated so)
        start, stop = _text_sentence(text, a.span[0], a.span[1])
        if start < 2 or _A_YEAR.search(text, start, stop):
            continue  # (a year of its own sentence: its own rules')
        own = find_periods(said)
        if len(own) != 1 or own[0].kind not in _BEFORE_PARTS:
            continue
        if start not in near:  # (once for a sentence's amounts and their conversions)
            near[start] = _year_said_before(text, start)
        q = near[start]
        if q is None or q.interval is None:
            continue
        lo, hi = q.interval.split("/")
        # (a forecast's, also one the amount's modality missed: "growth of 1% is expected")
        exact = (
            bool(a.extra.get("modality"))
            or q.kind == "aimed"
            or _AIMED_WORD.search(text, start, stop) is not None
            or _AHEAD_WORD.search(text, start, stop) is not None
        )
        if own[0].kind == "month" and _span_days(q.interval) >= 365:
            continue
        fits = set()
        for year in {int(lo[:4]), int(hi[:4])}:
            got = find_periods(said, date(year, 12, 31))
            if len(got) != 1 or got[0].interval is None or got[0].kind == "relative":
                continue
            g_lo, g_hi = got[0].interval.split("/")
            if (g_lo, g_hi) == (lo, hi) or not exact and lo <= g_lo and g_hi <= hi:
                fits.add(got[0].interval)
        if len(fits) == 1:
            a.period = fits.pop()
