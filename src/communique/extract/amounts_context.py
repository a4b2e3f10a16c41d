"""Context the sentence just before sets up for a figure: the place a firm's sales were
reported for ("Globex sold 9,000 cars in Asia. Sales rose 2%": its sales in Asia) and the
period of a run of one nation's figures ("Chile's exports rose 4% in May 2004. Imports
fell 2%": May 2004's). Article-level passes over the finished amounts: they read offsets
and objects, not tokens, and carry nothing unless the sentence before holds one candidate
only, of the same measure."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from communique.extract.amounts_countries import _doc_ents, _kb_country
from communique.extract.amounts_described import _described_firm, _placed
from communique.extract.amounts_doer import _doer_before
from communique.extract.amounts_parse import (
    _name,
    _nounish,
    _np,
    _possessive,
    _text_sentence,
    _tokens,
)
from communique.extract.amounts_sentences import _sent, _sents_at
from communique.extract.amounts_unplaced import _unplaced_firm
from communique.extract.amounts_words import _TIME_NOUNS
from communique.record import Amount, Article, Entity

# A firm's bare sales (or a change in them), with no place or scope of its own: "rise in
# Globex's sales", "Globex-brand sales", "sales of Zip models" ("worldwide sales", "car
# sales in Asia" say their own scope).
_BARE_SALES = re.compile(
    r"(?P<pre>(?:rise|fall|growth|increase|drop|decline|jump) in )?"
    r"(?:(?:(?P<owner>[A-Z][\w&.]*(?:-[A-Z][\w&.]*)*(?: [A-Z][\w&.-]*){0,2})|the firm|"
    r"the company)(?P<brand>-[a-z]+)?['’]?s? )?"
    r"[Ss]ales(?P<of> of (?:(?P<maker>[A-Z][\w&.-]*)['’]s? )?[\w-]+(?: [\w-]+)?)?"
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
        owner = m.group("owner") or m.group("maker")
        if owner is not None and owner != seller:
            continue  # (another firm's sales)
        if _OWN_SCOPE.search(text, lo, hi) is not None:
            continue  # ("Sales in Europe rose 2%": its own place)
        if m.group("brand") or m.group("of"):
            # "Globex-brand sales", "sales of Zip models": those sales, in that place
            a.object = f"{a.object} in {place}"
        else:
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


# The determiner of a definite noun phrase of plain words: "the deal", "this joint venture"
# (a capital, a digit or a possessive after it says which one already).
_DEFINITE = re.compile(
    r"[Tt](?<!\w[Tt])h(?:e|is|at|ese|ose)(?=((?: [a-z][\w'’-]*){1,3}))"
)  # (the words after it read ahead, not taken: "the terms of the offer" has two; the
# opening letter first, then the look back, so the search can skip ahead to a "t")

# Words that may stand before a plain noun in an object ("stake in joint venture").
_PREPOSITIONS = frozenset("of in on for to by from with at over under about into against".split())

_WORD = re.compile(r"[\w'’-]+")

# How far back a bare definite noun looks for its fuller mention, in sentences.
_BACK = 10

# Words of a noun's own left-hand modifiers that may stand in its fuller mention.
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod", "punct"})


def _modifier_run(doc: Any, i: int) -> int:
    """Where the run of modifiers right before the noun `doc[i]` that hang on it begins
    ("Yukos's back tax" of "Yukos's back tax bill"), stopping at a determiner, a number or
    a pronoun ("its $102.6bn debt restructuring offer": "debt restructuring")."""
    k = i
    while k > 0:
        t = doc[k - 1]
        day = t.pos_ == "NUM" and doc[k].ent_type_ == "DATE" and doc[k].pos_ == "PROPN" and k < i
        if t.dep_ not in _MODIFIER_DEPS and not day or t.pos_ in ("PRON", "DET"):
            break
        if t.pos_ == "NUM" and not day:
            break  # (but a day of a date: "the 4 May strike")
        if t.dep_ == "punct" and t.text != "-":
            break
        x = t  # (it hangs on the noun, or on a word near it that does: "Yukos" of "'s")
        for _ in range(4):
            if x.head.i == i or not i - 8 <= x.head.i < i or x.head.i == x.i:
                break
            x = x.head
        if x.head.i != i:
            break
        k -= 1
    return k


def _modifiers_of(doc: Any, i: int) -> list[Any]:
    """The modifiers of the noun `doc[i]` that may say which it is, without the leading
    words that do not ("new", "big")."""
    mods = [doc[j] for j in range(_modifier_run(doc, i), i)]
    while mods and (
        mods[0].dep_ in ("case", "punct") or mods[0].pos_ in ("ADJ", "ADV") and not _proper(mods[0])
    ):
        mods.pop(0)
    return mods


def _proper(t: Any) -> bool:
    """A word that names: a proper noun or a capitalised word ("Rover-SAIC", "Welsh")."""
    return bool(t.pos_ == "PROPN" or t.text[:1].isupper() and not t.is_sent_start)


def _fuller_mention(doc: Any, head: Any, plain: list[str], lo: int, low: str) -> str | None:
    """The nearest fuller mention of `head`'s noun in the sentences from token `lo` to
    `head`'s sentence: the same word in the same number, with every plain modifier of `head`
    and at least one that names or says whose ("Rover-SAIC joint venture" for "the joint
    venture"), an indefinite first mention told by its place (see `_introduced_in`), or,
    for a bare noun, one told by its plain nouns (see `_classified`).
    `head`'s own sentence counts only before it ("Globex's plant ..., and the
    plant ..."): one after it may be another ("the plant, unlike Globex's plant"). None when
    there is none, when the nearest sentence with one has two that differ, when `head`'s own
    sentence has one after it, or when the noun in the other number comes first ("hunts":
    many are in play). `low` is the text, lower-cased."""
    sent = _sent(head)
    own = _mentions(doc, head, plain, sent, low)
    if own is None or any(i > head.i for i in own.values()):
        return None
    found = set(own)
    j = sent.start
    back = 0
    while j > lo and not found:
        sent = _sents_at(doc)[j - 1]  # (by the table: no token built)
        j = sent.start
        back += 1
        got = _mentions(doc, head, plain, sent, low, back <= _PARTIES_BACK)
        if got is None:
            return None
        found = set(got)
    if not found and not plain:
        return _later_kind(doc, head, low)
    return found.pop() if len(found) == 1 else None


def _later_kind(doc: Any, head: Any, low: str) -> str | None:
    """ "the cost of the policy ... to support the free personal care policy": a bare
    definite noun with no fuller mention before it takes the one later in the article, when
    the article has just one, definite and told by its kind (see `_named_kind`); another
    said later with other words may be another ("the Tory policy"), so then none."""
    end = _sent(head).end
    if end >= len(doc):
        return None
    at = low.find(head.lemma_, doc[end].idx)
    told: set[str] = set()
    while at >= 0:  # (by the text: building every token of the article costs)
        span = _tokens(doc, at, at + len(head.lemma_))
        at = low.find(head.lemma_, at + 1)
        u = span[-1] if span is not None and len(span) else None
        if u is None or u.pos_ != "NOUN" or u.lemma_.lower() != head.lemma_:
            continue
        if u.lower_ != head.lower_:
            return None  # (the noun in the other number: many may be in play)
        start = _modifier_run(doc, u.i)
        if start == u.i:
            continue  # (the bare noun again: it says nothing)
        name = _named_kind(doc, u, start, low, head.idx)
        if name is None:
            return None  # (one told otherwise: "the flagship policy", "Labour's policy")
        told.add(name)
    return told.pop() if len(told) == 1 else None


def _named_kind(doc: Any, u: Any, start: int, low: str, before: int) -> str | None:
    """The words of the definite mention `u` that name its kind, by classifying nouns the
    article has said before the bare noun at `before` ("personal care policy": the thing the
    article is about, not another brought in later), with the describing words before them
    when the article says that whole run again ("free personal care"); None when it has no
    "the" or is told otherwise (a name, a possessor, a number, a noun not said before)."""
    if start == 0 or doc[start - 1].lower_ != "the" or doc[start - 1].head.i != u.i:
        return None
    mods = [doc[j] for j in range(start, u.i)]
    k = next((n for n, m in enumerate(mods) if not _describes(m)), len(mods))
    if k == len(mods) or not all(map(_classifying, mods[k:])):
        return None
    words = [m.lower_ for m in mods[k:] if m.is_alpha]
    if (
        not words
        # (the words first: the pattern is built, and compiled, for each list of words)
        or all(low.find(w, 0, before) < 0 for w in words)
        or re.compile(rf"\b(?:{'|'.join(words)})\b").search(low, 0, before) is None
    ):
        return None  # (none said before it: it may be another thing)
    if k and low.count(doc[start : u.i].text.lower()) > 1:
        k = 0  # (the whole run is the article's name for the thing: "free personal care")
    return f"{doc[mods[k].i : u.i].text} {u.lower_}"


def _mentions(
    doc: Any, head: Any, plain: list[str], sent: Any, low: str, near: bool = True
) -> dict[str, int] | None:
    """The fuller mentions of `head`'s noun in `sent` (see `_fuller_mention`), each with
    the index of its noun (the last); None when the sentence has the noun in the other
    number. `near`: `sent` is close enough for a mention told by its parties."""
    plural = head.tag_ in ("NNS", "NNPS")
    found: dict[str, int] = {}
    at = low.find(head.lemma_, sent.start_char, sent.end_char)
    while at >= 0:  # (by the text: building every token of the sentence costs)
        span = _tokens(doc, at, at + len(head.lemma_))
        at = low.find(head.lemma_, at + 1, sent.end_char)
        u = span[-1] if span is not None and len(span) else None
        if u is None or u.i == head.i or u.pos_ not in ("NOUN", "PROPN"):
            continue
        if u.lemma_.lower() != head.lemma_:
            continue
        if (u.tag_ in ("NNS", "NNPS")) != plural:
            return None
        mods = _modifiers_of(doc, u.i)
        words = [m.lower_ for m in mods]
        if (
            u.lower_ == head.lower_
            and all(w in words for w in plain)
            and any(map(_says_which, mods))
        ):
            found[doc[mods[0].i : u.i + 1].text] = u.i
        elif u.lower_ == head.lower_ and (told := _introduced_in(doc, head, plain, u, near)):
            found[told] = u.i
        elif not plain and u.lower_ == head.lower_ and (told := _classified(doc, u, head, low)):
            found[told] = u.i
    return found


def _classified(doc: Any, u: Any, head: Any, low: str) -> str | None:
    """ "under terror laws. ... searches under the laws": a mention of a bare definite noun
    told by the plain nouns set before it, as `_kind_told` reads them (a word said again
    in the article: "terror" of "anti-terror"; not "the flagship policy", said once), or by
    an indefinite first mention's ("a new cut-rate phone service. ... The service")."""
    if _modifier_run(doc, u.i) == u.i:
        return None  # (no noun before it: "a plan on growth" names none)
    if any(t.tag_ == "NNS" and t.dep_ == "compound" for t in doc[max(0, u.i - 3) : u.i]):
        return None  # ("gave the children laptops": two objects, misread as one noun)
    told = _kind_told(doc, u, head, low)
    if told:
        return told
    if told is None or not _first_said(doc, u):
        return None
    mods = _modifiers_of(doc, u.i)
    if not mods or not all(map(_classifying, mods)):
        return None
    return f"{doc[mods[0].i : u.i].text} {head.text.lower()}"


def _first_said(doc: Any, u: Any) -> bool:
    """Whether the noun `u` stands after "a" or "an", or is a plural with no determiner
    ("under terror laws"): a first mention, that brings it in."""
    start = _after_det(doc, u)
    if start > 0:
        return bool(doc[start - 1].lower_ in ("a", "an"))
    return u.tag_ == "NNS" and all(c.dep_ not in ("det", "poss") for c in u.lefts)


def _introduced_in(doc: Any, head: Any, plain: list[str], u: Any, near: bool) -> str | None:
    """ "Vantor plans to build a second plant in India. ... the new plant": an indefinite
    mention that first brings the thing in, told by the named place or firm it is in or at
    (or whom it is for or by, "a survey for the Rowan Trust"; or the owner a participle
    names, "a depot run by Calder Freight": "Calder Freight's depot"),
    is the one a later definite noun means; the later noun's own describing words ("new")
    may differ, as the first mention cannot yet call it "the". So too, in its own sentence
    or the two before (`near`), a mention told by the named parties to it ("a deal with
    Initech", "the merger of Globex and Initech", "a strike on 4 May"), definite only with
    the later noun's own words. The later noun's words with that place or those parties
    ("new plant in India", "deal with Initech"), or None."""
    start = _modifier_run(doc, u.i)
    if near and (start == 0 or doc[start - 1].dep_ != "det"):
        start = _after_det(doc, u)  # ("a 3 trillion yen ($29bn) deal with ...")
    det = doc[start - 1].lower_ if start > 0 else ""
    if det not in ("a", "an", "the"):
        return None
    words = [doc[j].lower_ for j in range(start, u.i)]
    first = head.i - len(plain)
    if any(w not in words and doc[first + n].pos_ != "ADJ" for n, w in enumerate(plain)):
        return None  # ("the pension fund" after "a fund in Ohio": a word that says which)
    if det == "the":
        place = _parties_after(doc, u) if near and words == plain else None
    else:
        place = _place_after(doc, u) or (_parties_after(doc, u) if near else None)
    if place is None and det != "the" and (owner := _owned_by(doc, u)) is not None:
        return f"{_possessive(owner)} {doc[first : head.i + 1].text}"  # ("Globex's ranch")
    if place is None:
        return None
    owner = _builder(doc, u) if det != "the" else None
    told = f"{doc[first : head.i + 1].text} {place}"
    return told if owner is None else f"{_possessive(owner)} {told}"


# Verbs whose named subject owns the thing they take as object: "Acme plans to build a
# plant in India", "Acme opened a store in Leeds".
_OWNING_VERBS = frozenset({"build", "open", "own", "run", "operate", "construct", "buy"})


def _builder(doc: Any, u: Any) -> str | None:
    """The name of the firm that builds, opens or owns the thing first brought in as `u`
    (its verb's subject, through "plans to build"): the later mention is that firm's
    ("Hyundai Motor's new plant in India"); None when the subject is no name."""
    if u.dep_ != "dobj" or u.head.lemma_.lower() not in _OWNING_VERBS:
        return None
    verb = u.head
    for _ in range(3):  # ("has announced that it plans to build": up the verb's chain)
        if verb.dep_ != "xcomp":
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "it" and verb.dep_ == "ccomp":
        # ("Acme has announced that it plans to build": "it" is the one who says so)
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    names = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = names[0].i if names else subj.i
    if any(doc[j].pos_ != "PROPN" for j in range(start, subj.i)):
        return None
    return str(doc[start : subj.i + 1].text)


def _after_det(doc: Any, u: Any) -> int:
    """Where the words after the noun `u`'s own determiner begin, a few words back (0 when
    it has none there)."""
    for k in range(u.i - 1, max(-1, u.i - 9), -1):
        if doc[k].dep_ != "det":
            continue
        x = doc[k].head  # (on the noun, or on a word of its figure: "a 3 trillion yen deal")
        for _ in range(2):
            if x.i == u.i:
                return k + 1
            x = x.head
    return 0


# Prepositions on a noun whose named objects are the parties to it ("a deal with Initech",
# "the merger of Globex and Initech", "talks between Globex and Initech", "a strike by
# Unison"), and "on" with a date ("a strike on 4 May").
_PARTY_PREPS = frozenset({"with", "between", "of", "by", "on"})

# How many sentences before its own a noun looks back for a mention told by its parties.
_PARTIES_BACK = 2

_NOUNS = frozenset({"NOUN", "PROPN", "NUM"})


def _parties_after(doc: Any, u: Any) -> str | None:
    """ "with Initech", "of Globex and Initech", "on 4 May": a phrase on the noun `u` right
    after it whose object is a run of names joined by "and" (a run of date words after
    "on"), and nothing more (not "with Initech's unit": a name that only says whose)."""
    j = u.i + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in _PARTY_PREPS or not u.is_lower:
        return None  # (not a name's word: "the Prince of Wales")
    if doc[j].head.i != u.i and not (
        doc[j].lower_ in ("with", "between") and u.dep_ == "dobj" and doc[j].head.i == u.head.i
    ):
        return None  # ("signed a deal with Initech": its "with" may hang on the verb)
    dated = doc[j].lower_ == "on"
    k = j + 1 + (doc[j + 1].lower_ == "the" and not dated)
    end = k
    while end < len(doc) and (
        doc[end].ent_type_ == "DATE"
        if dated
        else doc[end].pos_ == "PROPN" or doc[end].lower_ in ("and", "&") and end > k
    ):
        end += 1
    while end > k and doc[end - 1].pos_ == "CCONJ":
        end -= 1
    if end == k or end < len(doc) and (doc[end].tag_ == "POS" or doc[end].pos_ in _NOUNS):
        return None  # (a name that only says whose or which: "with Initech's unit")
    if not all(j <= doc[x].head.i < end for x in range(k, end)):
        return None  # (not one phrase on the noun)
    return str(doc[j:end].text)


def _place_after(doc: Any, u: Any) -> str | None:
    """ "in India", "at Longbridge": a phrase on the noun `u` right after it whose object is
    a name (not "in India's south": a name that only says whose)."""
    j = u.i + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in _PLACE_WORDS or doc[j].head.i != u.i:
        return None
    end = _name_end(doc, j + 1 + (doc[j + 1].lower_ == "the"), j)
    if end is None:
        return None
    if doc[j].lower_ in ("for", "by") and (
        doc[end - 1].ent_type_ in ("DATE", "TIME", "NORP") or _owns_on(doc, end)
    ):
        return None  # ("a rise by March", "a plan for Welsh farms": no name of whose or which)
    return str(doc[j:end].text)


def _name_end(doc: Any, start: int, prep: int) -> int | None:
    """Where the name that opens at word `start` as the object of the preposition at word
    `prep` ends ("for the Rowan Trust": past "Trust"): proper nouns each hung on the next or
    on `prep`, the last on `prep`; None when no such name opens there."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].head.i in (prep, end + 1):
        end += 1
    if end == start or doc[end - 1].head.i != prep:
        return None
    return end


def _owns_on(doc: Any, end: int) -> bool:
    """Whether the name ending before word `end` goes on to own or describe a noun after
    it ("Globex's parent", "Welsh farms"), so it is not the name of the thing itself."""
    return end < len(doc) and (doc[end].tag_ == "POS" or doc[end].pos_ in _NOUNS)


# The words of a phrase right after a noun whose named object says which thing it is: where
# it is, and whom it is for or by ("a survey for the Rowan Trust", "a study by Pollwise").
_PLACE_WORDS = frozenset(("in", "at", "for", "by"))

# Participles that say whose a thing is ("a ranch owned by Globex").
_OWNED = frozenset(("own", "run", "operate"))


def _owned_by(doc: Any, u: Any) -> str | None:
    """ "Globex": the name of the owner a participle right after the noun `u` gives ("a
    ranch owned by Globex", "a depot run by Calder Freight"); None for any other words."""
    j = u.i + 1
    if j + 2 >= len(doc):
        return None
    verb, by = doc[j], doc[j + 1]
    if verb.head.i != u.i or verb.dep_ != "acl" or verb.lemma_.lower() not in _OWNED:
        return None
    if by.lower_ != "by" or by.head.i != j:
        return None
    end = _name_end(doc, j + 2, j + 1)
    if end is None or doc[end - 1].ent_type_ == "NORP":
        return None
    if _owns_on(doc, end):
        return None  # ("owned by Globex's parent": whose it is is another's)
    return str(doc[j + 2 : end].text)


def _says_which(t: Any) -> bool:
    """A modifier that says which or whose: a possessor or a name ("Yukos's", "Welsh"); not
    a plain noun, which may only describe ("the flagship policy")."""
    return bool(t.dep_ == "poss" or _proper(t))


def _same_head_before(out: list[Amount], doc: Any, text: str) -> None:
    """ "Globex and Initech formed the Globex-Initech joint venture. ... a 20% stake in the
    joint venture": a definite noun of plain words in the object, with no phrase or
    defining clause of its own after it, takes the fuller mention of the same noun in the
    sentences just before ("stake in Globex-Initech joint venture"), the nearest; so too
    when the object names it as a possessor ("the venture's sales")."""
    low = ""
    lo = hi = -1
    dets: list[tuple[int, int, list[str]]] = []  # the "the"s of the sentence at `lo`
    for a in out:  # (in text order: a sentence's amounts come together)
        obj = a.object
        if not obj:
            continue
        if not lo <= a.span[0] < hi:
            lo, hi = _text_sentence(text, a.span[0], a.span[1])
            dets = [
                (m.start(), m.end(), after)
                for m in _DEFINITE.finditer(text, lo, hi)
                if (after := m.group(1).split())[1:2] != ["of"]
            ]  # ("the terms of ...": its own "of" says which)
        held: set[str] | None = None
        for start, end, after in dets:
            if not any(w in obj for w in after):
                continue  # (cheaper: none of the words after it is even in the object's text)
            if held is None:
                held = set(_WORD.findall(obj))
                if "s " in obj:  # (and a possessive's noun: "the service's orders")
                    held.update([w[:-2] for w in held if w.endswith(("'s", "’s"))])
            if held.isdisjoint(after):
                continue  # (cheap: none of the words after it is in the object)
            low = low or text.lower()
            deed_only = False
            if not any(w in held and low.find(w, 0, start) >= 0 for w in after):
                # (nor said before; but a plural deed its verb said before may be that
                # doer's: "ABN Amro is to cut 2,850 jobs. The cuts ...")
                if not any(
                    w in held and w[-1:] == "s" and low.find(w[:-1], 0, start) >= 0 for w in after
                ):
                    continue
                deed_only = True
            det = _tokens(doc, start, end)
            if det is None or not len(det) or not _same_sentence(doc, det[-1], a, text):
                continue
            new = _resolved(doc, det[-1], obj, low, deed_only)
            if new is not None:
                a.object = obj = new
                break


# An end of a sentence the text's sentences run on past: a closing quotation mark after a
# full stop ('a textbook." He said'), a question or an exclamation.
_RUN_ON = re.compile(r"[.?!][\"'”’] |[?!] ")


def _same_sentence(doc: Any, t: Any, a: Amount, text: str) -> bool:
    """Whether the token `t` is in the sentence of the amount `a` by the parse (the text's
    sentence may run on past a quotation's end: '... a textbook." He said')."""
    lo, hi = sorted((t.idx, a.span[0]))
    if _RUN_ON.search(text, lo, hi) is None:
        return True  # (cheap, so first: no such end between them)
    span = _tokens(doc, a.span[0], a.span[1])
    if span is None or not len(span):
        return False
    sents = _sents_at(doc)
    return bool(sents[span[0].i].start == sents[t.i].start)


def _resolved(doc: Any, det: Any, obj: str, low: str, deed_only: bool = False) -> str | None:
    """`obj` with the definite phrase that `det` opens told in full from the sentences
    before, or None (`low`: the text, lower-cased); by its doer alone (see
    `_doer_before`) with `deed_only`, for a plural only its verb said before."""
    head = det.head
    if not 0 < head.i - det.i <= 3 or head.pos_ != "NOUN" or det.dep_ != "det":
        return None
    lo = _sent(det).start  # (the first sentence has none before it)
    for _ in range(_BACK):
        if lo == 0:
            break
        lo = _sents_at(doc)[lo - 1].start
    if low.find(head.lemma_, doc[lo].idx, det.idx) < 0:
        return None  # (cheap, so first: the word is not there at all, no walk of the parse)
    bare = doc[det.i + 1 : head.i + 1].text
    hits = _whole_words(bare, obj)
    if len(hits) != 1:
        return None
    at = hits[0]
    before = obj[:at].split()
    whose = bool(before) and before[-1].endswith(_POSSESSIVE_ENDS)
    if before and before[-1] not in _PREPOSITIONS and not whose:
        if not _kept_before(doc, det, before[-1]):
            return None  # ("US interest rates": the object says which already)
    if (
        head.i + 1 < len(doc)
        and doc[head.i + 1].dep_ == "prep"
        and doc[head.i + 1].head.i == head.i
    ):
        return None  # ("the limit on banks": its own phrase says which)
    if any(_defining_clause(t, head) for t in doc[head.i + 1 : head.i + 6]):
        return None  # ("the debts they are owed": its own clause says which)
    if _modifier_run(doc, head.i) != det.i + 1:
        return None
    mods = [doc[j] for j in range(det.i + 1, head.i)]
    if any(_proper(t) or t.dep_ == "poss" for t in mods):
        return None  # ("the Welsh settlement": it says which already)
    full = None if deed_only else _fuller_mention(doc, head, [t.lower_ for t in mods], lo, low)
    if full is None and not whose and obj[at + len(bare) : at + len(bare) + 3] not in _OWNED_BY:
        full = _doer_before(doc, head, bare, low)  # "GM is recalling ... the recall": GM's
    if full is None or full.lower() in obj.lower():
        return None
    if (whose or obj[at + len(bare) : at + len(bare) + 3] in _OWNED_BY) and not full.islower():
        return None  # (a name by an owner, or as one: the passes that name firms say which)
    return obj[:at] + full + obj[at + len(bare) :]


# The ends of a possessive the object names the owner by ("Globex's", "the banks'").
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _defining_clause(t: Any, head: Any) -> bool:
    """Whether `t` opens a clause on the noun `head` that says which it is ("the debts they
    are owed"); not one set off by a comma, which only tells more of it ("The service,
    launched in May, ...")."""
    if t.dep_ not in ("relcl", "acl") or t.head.i != head.i:
        return False
    return bool(t.left_edge.i <= head.i or t.doc[t.left_edge.i - 1].text != ",")


# A possessive's ending after a noun, and what follows it.
_OWNED_BY = frozenset({"'s ", "’s "})


def _kept_before(doc: Any, det: Any, word: str) -> bool:
    """Whether `word`, before the noun in the object, is the text's own word before it:
    the determiner itself ("that the deal would create"), or the word before that, in any
    form of its verb ("joining strike" of "join the strike")."""
    w = word.lower()
    if w == det.lower_:
        return True
    if det.i == 0:
        return False
    prev = doc[det.i - 1]
    if w == prev.lower_:
        return True
    stem = prev.lemma_.lower().removesuffix("e")
    return bool(prev.pos_ == "VERB" and len(stem) > 2 and w.startswith(stem) and w.isalpha())


def _whole_words(phrase: str, obj: str) -> list[int]:
    """Where `phrase` stands in `obj` as whole words."""
    out = []
    at = obj.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or obj[at - 1] == " ") and (
            end == len(obj) or not _WORD.match(obj[end]) or obj[end : end + 3] in _OWNED_BY
        ):
            out.append(at)  # (or its possessive: "the service's orders")
        at = obj.find(phrase, at + 1)
    return out


# How far back a plain noun looks for the mention that says which kind it is: the three
# sentences before its own, or its whole paragraph.
_KIND_BACK = 3


def _same_kind_before(out: list[Amount], doc: Any, text: str) -> None:
    """ "Shoppers cut their card spending. In January, spending fell 5%": a noun in the
    object that stands plain in its sentence (bare or after "the", with no word or phrase
    of its own that says which) takes the mention of the same noun just before (the three
    sentences before, or its paragraph) that says which kind or whose: "card spending",
    "drink-drive limits", "retail sales" (an adjective said again before the noun),
    "spending on flood aid", "exports of timber", "the region's output" ("fall in card
    spending"). The nearest sentence with a mention decides; two there that differ, one
    that may only describe, or one in its own sentence leave it."""
    lo = hi = wlo = end = -1
    tried = ("", "")
    low = ""
    for a in out:  # (in text order: a sentence's amounts come together)
        obj = a.object
        near, end = a.span[0] - end <= 4, a.span[1]
        if not obj or near and obj == tried[0]:
            a.object = tried[1] if obj else obj
            continue  # (none, or the one just tried, restated: "$5m (£3m)")
        tried = (obj, obj)
        for word in _plain_words(obj):
            pre = word.lower()[: max(4, len(word) - 3)]  # ("subsid" of "subsidies")
            low = low or text.lower()  # (a mention may open its sentence: "Exports of ...")
            if low.rfind(pre, max(0, a.span[0] - _REACH), a.span[0]) < 0:
                continue  # (cheap: not said before, not near)
            if not lo <= a.span[0] < hi:
                lo, hi = _text_sentence(text, a.span[0], a.span[1])
                wlo = -1  # (found when needed)
            if not word.islower() and not text.startswith(word, lo + (text[lo] == " ")):
                continue  # (a capital not opening the sentence: a name)
            if wlo < 0:
                wlo = _window_start(text, lo)
            if not _modified_before(low, pre, wlo, lo):
                continue  # (not with a word of its own, in reach)
            new = _kind_resolved(doc, a, obj, word, (wlo, lo, hi), (text, low))
            if new is not None:
                a.object = new
                tried = (obj, new)
                break


# Words before a noun that say nothing of which it is.
_FUNCTION_WORDS = _PREPOSITIONS | frozenset(
    "the a an and or but its their his her our your my this that these those as than".split()
)


def _plain_words(obj: str) -> list[str]:
    """The words of `obj` that may be a plain noun of the sentence: its first word, the word
    after a preposition that follows it, and its last word after a preposition or a verb's
    "-ing" ("spending", "share of cases", "rise in spending", "cutting limit"); not one
    with a phrase of its own after it ("rise in sales of cars" says which sales). By the
    ends of the object only: a cheap test, made for every amount."""
    head = obj.split(" ", 3)
    n = len(head)
    out = []
    if n == 1 or head[1] not in _PREPOSITIONS:
        out.append(head[0])
    elif n == 3 or n == 4 and head[3].partition(" ")[0] not in _PREPOSITIONS:
        out.append(head[2])
    if n > 2:
        rest, _, last = obj.rpartition(" ")
        before = rest[rest.rfind(" ") + 1 :]
        if before in _PREPOSITIONS or before.endswith("ing"):
            out.append(last)
    kept = []
    for w in out:  # (a loop, not a list comprehension: made for every amount)
        if len(w) > 3 and w.isalpha() and (w.islower() or w.istitle()):
            kept.append(w)
    return kept


def _modified_before(text: str, pre: str, lo: int, hi: int) -> bool:
    """Whether a word beginning `pre` stands from `lo` to `hi` of `text` after a word of its
    own ("card spending", "drink-drive limits") or before an "on" ("spending on aid"): a
    cheap test, before any token is built (not after a word that cannot say which: "the",
    "its")."""
    at = text.find(pre, lo, hi)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            if text[at - 1 : at] == "-" or _on_or_of(text, at, at + len(pre) + 8):
                return True
            prev = text[max(lo, at - 24) : at].split()
            last = prev[-1].lower() if prev else ""
            if last[-1:] in _WORD_END and last not in _FUNCTION_WORDS:
                return True
        at = text.find(pre, at + 1, hi)
    return False


def _on_or_of(text: str, lo: int, hi: int) -> bool:
    """Whether an "on" or an "of" stands from `lo` to `hi` of `text` ("spending on aid",
    "exports of timber")."""
    return text.find(" on ", lo, hi) >= 0 or text.find(" of ", lo, hi) >= 0


# How far before an amount a mention is looked for, in characters, at most (the window
# of sentences is found after: this bound only makes the first test cheap).
_REACH = 2000

_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyz'’")


def _window_start(text: str, lo: int) -> int:
    """Where the text a plain noun at the sentence from `lo` looks back over begins: the
    start of the `_KIND_BACK`-th sentence before, or of its paragraph if that is earlier."""
    start = lo
    for _ in range(_KIND_BACK):
        k = start
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == 0:
            break
        # (the start `_text_sentence` gives, without its end: only the start is needed)
        start = max(text.rfind(". ", 0, k - 1), text.rfind("\n", 0, k - 1)) + 1
    return min(start, text.rfind("\n", 0, lo) + 1)


def _kind_resolved(
    doc: Any, a: Amount, obj: str, word: str, bounds: tuple[int, int, int], texts: tuple[str, str]
) -> str | None:
    """`obj` with its plain noun `word` told by the mention before that says which (see
    `_same_kind_before`), or None. `bounds`: where the look back begins, and the
    sentence's start and end; `texts`: the text, and it lower-cased."""
    wlo, lo, hi = bounds
    text, low = texts  # (and lower-cased: a mention may open its sentence, "Exports of")
    w = word.lower()
    hits = _whole_words(w, obj.lower())  # (by the strings: before the tokens are read)
    if len(hits) != 1:
        return None
    plain = _plain_noun(doc, a, word, text, (lo, hi))
    if plain is None:
        return None
    head, before_word = plain
    at = hits[0]
    before = obj[:at].split()
    if before and before[-1] not in _PREPOSITIONS and before[-1].lower() != before_word:
        return None  # ("US spending": the object says which already)
    found: dict[str, frozenset[str]] = {}
    near = -1  # (the start of the nearest sentence with a mention that says something)
    stem = os.path.commonprefix([head.lemma_, w])  # ("subsid": "subsidy", "subsidies")
    if len(stem) < 3:
        return None
    at_text = low.find(stem, wlo, hi)
    while at_text >= 0:  # (by the text: building every token of the window costs)
        span = _tokens(doc, at_text, at_text + len(stem))
        at_text = low.find(stem, at_text + 1, hi)
        u = span[-1] if span is not None and len(span) else None
        if u is None or u.i == head.i or u.pos_ != "NOUN" or u.lemma_.lower() != head.lemma_:
            continue
        if not (u.is_lower or u.is_sent_start):
            continue  # ("Lord Dubs' Succession to the Crown Bill": a part of a name)
        told = _kind_told(doc, u, head, low)
        if told is None:
            continue  # (plain too: it says nothing)
        if u.idx >= lo:
            return None  # (one in its own sentence)
        start = _sents_at(doc)[u.i].start
        if start != near:  # (the nearest sentence with a mention decides: a fresh one)
            near = start
            found.clear()
        if not told:
            found[""] = frozenset()  # (one that may only describe: that sentence is unclear)
            continue
        found[told] = frozenset(told.lower().replace("-", " ").split())
    if not found or "" in found:
        return None
    full = max(found, key=lambda k: len(found[k]))
    if any(not found[k] <= found[full] for k in found):
        return None  # (two kinds: which is meant is not clear)
    if full.lower() in obj.lower():
        return None
    return obj[:at] + full + obj[at + len(w) :]


def _plain_noun(
    doc: Any, a: Amount, w: str, text: str, bounds: tuple[int, int]
) -> tuple[Any, str] | None:
    """The noun `w` of the sentence `bounds` of `text` when it stands plain: bare or after
    "the" (the amount's own figure aside: "the £40m spending"), the head of its phrase,
    with no phrase or clause of its own after it; with the word before its phrase."""
    at = _find_word(text, w, *bounds)
    t = _noun_at(doc, at, w) if at >= 0 else None
    if t is None:
        return None
    if a.span[0] <= t.idx < a.span[1]:
        return None  # ("110,000 cars": the figure's own unit, not a thing measured)
    j = t.i - 1
    while j >= 0 and a.span[0] <= doc[j].idx < a.span[1]:
        j -= 1  # (the amount's own figure)
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 0 and doc[j].head.i == t.i and doc[j].dep_ != "punct":
        return None  # ("its spending", "public spending": a word of its own says which)
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == t.i:
        fig = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else nxt
        if not (fig.like_num or fig.text[:1].isdigit() or fig.tag_ == "$"):
            return None  # ("spending on roads": its own phrase says which; not "from 80mg")
    if nxt is not None and nxt.pos_ == "PRON" and nxt.dep_ == "nsubj":
        return None  # ("the debt they are owed": its own clause says which)
    if any(x.dep_ in ("relcl", "acl") and x.head.i == t.i for x in doc[t.i + 1 : t.i + 6]):
        return None  # ("the limit set by law": its own clause says which)
    return t, doc[j].lower_ if j >= 0 else ""


def _noun_at(doc: Any, at: int, w: str) -> Any:
    """The token of the word `w` at `at` when it is one common noun heading its phrase and
    no part of a name ("Growth Fund"), else None."""
    span = _tokens(doc, at, at + len(w))
    if span is None or len(span) != 1:
        return None
    t = span[0]
    if t.pos_ != "NOUN" or t.dep_ in ("compound", "poss", "amod", "nmod"):
        return None
    if not (t.is_lower or t.is_sent_start):
        return None
    return t


def _find_word(text: str, w: str, lo: int, hi: int) -> int:
    """Where `w` first stands as a whole word in `text` from `lo` to `hi`."""
    at = text.find(w, lo, hi)
    while at >= 0:
        end = at + len(w)
        if not (at > 0 and text[at - 1].isalnum() or end < len(text) and text[end].isalnum()):
            return at
        at = text.find(w, at + 1, hi)
    return -1


def _kind_told(doc: Any, u: Any, head: Any, low: str) -> str | None:
    """What the mention `u` of `head`'s noun says of which it is, as an object would say it
    with `head`'s own word: its possessor or name ("the region's tea production"), its
    classifying nouns ("card spending", "drink-drive limit"), an adjective said again
    before the noun ("retail sales") or its "on" or bare "of" phrase ("spending
    on flood aid"); "" when it says something else (an adjective, a number: it may only
    describe), None when it says nothing. A classifying noun must stand elsewhere in the
    article too: an article names again the things it is about ("cocoa"), while a noun
    said once of a thing only describes it ("the flagship policy"). `low`: the text,
    lower-cased."""
    mods = [doc[j] for j in range(_modifier_run(doc, u.i), u.i)]
    if not mods and u.dep_ == "compound" and u.head.i > u.i:
        # (a noun set before another takes the nouns before it that hang on that one,
        # "credit card spending spree"; not the words of the whole: "next week's inflation
        # report")
        mods = [doc[j] for j in range(_modifier_run(doc, u.head.i), u.i)]
        while mods and not _classifying(mods[0]):
            mods.pop(0)
        if not mods:
            return None
    if mods:
        while mods and (
            mods[0].dep_ in ("case", "punct") or _describes(mods[0]) and not _kind_adj(mods[0], low)
        ):
            mods.pop(0)  # ("new", "big": words that only describe)
        if not mods or any(_describes(m) and not _kind_adj(m, low) for m in mods):
            return ""  # (and "the firm's current output": told otherwise, not the same)
        if any(map(_says_which, mods)):
            if any(_proper(m) and _kb_country(m.text) is not None for m in mods):
                return ""  # ("UK sales fell. Sales rose": a place's part; it may be the whole)
            if u.tag_ != head.tag_:
                return ""  # ("creditors' debts" for "debt": not the same one)
            return doc[mods[0].i : u.i].text + " " + head.text.lower()
        if not all(_classifying(m) or _kind_adj(m, low) for m in mods):
            return ""
        if not any(  # (the count first: the pattern is built, and compiled, for each word)
            low.count(m.lower_) > 1 and len(re.findall(rf"\b{m.lower_}\b", low)) > 1
            for m in mods
            if m.is_alpha
        ):
            return ""  # (each said only here: they may only describe)
        told = doc[mods[0].i : u.i].text
        if mods[0].is_sent_start:
            told = told[:1].lower() + told[1:]  # ("Steel exports fell": no name)
        return told + " " + head.text.lower()
    nxt = doc[u.i + 1] if u.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in ("on", "of") or nxt.head.i != u.i:
        return None
    words: list[str] = []
    for t in doc[nxt.i + 1 : nxt.i + 5]:
        if t.dep_ == "det" and nxt.lower_ == "on":
            continue  # (but "exports of timber", a kind; "of the firm" may say whose)
        if t.head.i == nxt.i and t.dep_ == "pobj" and t.pos_ == "NOUN":
            return f"{head.text.lower()} {nxt.lower_} {' '.join(words + [t.text])}"
        if not (t.dep_ == "compound" and t.pos_ == "NOUN" or t.tag_ == "JJ" and t.dep_ == "amod"):
            break  # (a noun's words: "flood aid", "frozen food")
        words.append(t.text)
    return ""


def _kind_adj(t: Any, low: str) -> bool:
    """An adjective that names a kind of its noun: one the text (`low`, lower-cased) sets
    before the same noun more than once ("retail sales ... overall retail sales"), as it
    names again the things it is about; one said once may only describe ("annual")."""
    if t.tag_ != "JJ" or not t.is_alpha or not low:
        return False
    noun = t.head.lower_[: max(4, len(t.head.lower_) - 3)]  # ("sale" of "sales")
    return low.count(f"{t.lower_} {noun}") > 1


def _describes(t: Any) -> bool:
    """A word that only describes a thing ("new", "current"), not a name or a part of a
    hyphened word."""
    return bool(t.pos_ in ("ADJ", "ADV") and not _proper(t) and not _hyphened(t))


def _classifying(t: Any) -> bool:
    """A word of a noun that says which kind: a plain noun set before it ("card"), or a part
    of a hyphened word ("drink-drive")."""
    if t.text == "-":
        return True
    return bool(
        (t.is_lower or t.is_sent_start)
        and t.is_alpha
        and (t.pos_ == "NOUN" and t.dep_ == "compound" or _hyphened(t))
    )


def _hyphened(t: Any) -> bool:
    """A part of a hyphened word ("drink" of "drink-drive")."""
    doc = t.doc
    return bool(
        t.i + 1 < len(doc)
        and doc[t.i + 1].text == "-"
        and not t.whitespace_
        or t.i > 0
        and doc[t.i - 1].text == "-"
        and not doc[t.i - 1].whitespace_
    )


# General nouns an article calls a thing it has named by ("the firm" for Globex), with the
# entities each may stand for: any organisation; a party (an organisation or a group of
# people with no country: not a nationality); or one whose name holds the word itself
# ("the union" for the Transport Workers Union, "the prince" for the Prince of Wales).
_CLASS_NOUNS = {
    **dict.fromkeys(
        """company firm group business carrier airline bank lender insurer retailer carmaker
        operator""".split(),
        "org",
    ),
    "party": "party",
    "document": "document",
    "union": "named",
    "prince": "named",
}

_CLASS_IN_OBJ = re.compile(r"\b(?:" + "|".join(_CLASS_NOUNS) + r")\b")

# "the firm", "the US firm's", "the London-based bank": a definite class noun with at most a
# word of place before it (any other word may say which one already: "the combined group").
_CLASS_PHRASE = re.compile(
    r"\b[Tt]he (?:(?P<place>[A-Z][\w.-]*|[a-z]+-based) )?(?P<noun>"
    + "|".join(_CLASS_NOUNS)
    + r")\b(?P<poss>['’]s)?"
)

# How many sentences before its own a class noun looks back for what it stands for; a
# document, the thing a stretch of the text is about, as far as a bare definite noun does.
_CLASS_BACK = 2
_DOCUMENT_BACK = 6

# The last words of a named document's name that "the document" may stand for ("a new
# White Paper", "the Hale Report", "Labour's election manifesto").
_DOCUMENT_HEADS = frozenset(
    "paper report review manifesto memorandum memo dossier charter study".split()
)

# A name fit to stand in an object ("General Motors", "Prince of Wales").
_CLEAN_NAME = re.compile(r"[A-Z][\w&.'’ -]*[\w.]")


def _class_noun_named(out: list[Amount], art: Article, doc: Any) -> None:
    """ "Kestrel sold its stake to US carmaker Vantor. The US firm's offer was $3bn": a
    definite class noun in the object ("the firm", "the US firm's", "the prince"), with no
    name of its own, stands for the one entity of its kind named nearest before it (in its
    own sentence, else in the two before: the nearest sentence with any decides, and two
    there leave it open); a place word must be that entity's known country ("US firm's
    offer" -> "Vantor's offer")."""
    text = art.text
    found: list[tuple[int, Entity]] | None = None
    for a in out:
        obj = a.object
        if not obj or _CLASS_IN_OBJ.search(obj) is None:
            continue  # (cheap: no class noun in the object at all)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        for m in _CLASS_PHRASE.finditer(text, lo, hi):
            if found is None:  # (once per article, only when one is needed)
                found = sorted((mm.span[0], e) for e in art.entities for mm in e.mentions)
            new = _class_resolved(m, obj, doc, text, lo, found)
            if new is not None:
                a.object = obj = new
                break


def _class_resolved(
    m: re.Match[str], obj: str, doc: Any, text: str, lo: int, found: list[tuple[int, Entity]]
) -> str | None:
    """`obj` with the class noun phrase `m` (see `_class_noun_named`) told by its name, or
    None."""
    noun, place = m.group("noun"), m.group("place")
    if noun.isalpha() and noun not in obj:
        return None  # (the word first: the pattern is built, and compiled, for each noun)
    said = re.search(
        r"(?:\b[Tt]he )?(?<![\w-])"
        + (f"(?:{re.escape(place)} )?" if place else "")
        + noun
        + r"(['’]s)?(?![\w-])",
        obj,
    )
    if said is None or re.search(r"\b[A-Z]", obj[: said.start()]) and said.group(1):
        return None  # (not the object's, or "Globex's ... firm's": whose, said already)
    before = obj[: said.start()].split()
    if not said.group().lower().startswith("the ") and before and before[-1] not in _PREPOSITIONS:
        return None  # ("revenues at media group Reuters": a kind of firm, not this phrase)
    if re.match(r" [A-Z]", obj[said.end() :]):
        return None  # ("Indian firm Hindustan Oil": its own name)
    code = None
    if place is not None:
        code = _kb_country(place.removesuffix("-based"))
        if code is None:
            return None  # ("the Chrysler group": a name of its own)
    toks = _tokens(doc, m.start("noun"), m.end("noun"))
    if toks is None or len(toks) != 1 or toks[0].dep_ in ("compound", "amod", "nmod"):
        return None  # ("the business visa scheme": a modifier, not the thing)
    nxt = doc[toks[0].i + 1] if toks[0].i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ == "of" or nxt.text[:1].isupper() or nxt.text == "-"):
        return None  # ("the firm Tods Murray", "the Bank of Japan": its own name)
    kind = _CLASS_NOUNS[noun]
    if kind == "document" and nxt is not None and nxt.dep_ == "prep" and nxt.head.i == toks[0].i:
        return None  # ("the document on tax": its own phrase says which)
    owner = obj[: said.start()]
    ent = _nearest_of_kind(
        found,
        lambda e: (
            _of_kind(e, kind, noun)
            and (place is None or _of_place(e, place, code, text))
            and not _named_in(e, owner)
        ),
        kind,
        (text, doc),
        (lo, m.start()),
    )
    if ent is None and place is not None and kind == "org":
        # ("Dutch-based Kestrel Steel ... Analysts say the Netherlands-based company's bid":
        # the one firm so placed anywhere before)
        ent = _described_firm(
            found,
            lambda e: _of_kind(e, kind, noun) and not _named_in(e, owner),
            place,
            code,
            text,
            m.start(),
        )
    if ent is None and code is not None and kind == "org":
        # ("Fiat, Italy's biggest employer, left its alliance with Vantor. The US firm
        # paid $2bn": the one firm in reach not placed elsewhere, or the one of them that is
        # a clause's subject)
        back = lo
        for _ in range(_CLASS_BACK):
            if back >= 2:
                back = _text_sentence(text, back - 2, back - 2)[0]
        ent = _unplaced_firm(
            found,
            lambda e: _of_kind(e, kind, noun) and not _named_in(e, owner),
            code,
            (text, doc),
            (back, m.start()),
        )
    if ent is None:
        return None
    if kind != "named" and ent[0].sector in ("MED", "GOV") and noun not in ent[0].name.lower():
        return None  # (a paper that reported it, a ministry: no "firm"; "the bank" may be one)
    name = ent[0].name if _CLEAN_NAME.fullmatch(ent[0].name) else ent[1]
    if ent[0].type == "NORP" and not name.endswith("s"):
        name += " party"  # ("Liberal": a word of its members, not the party's name)
    if kind == "document" and not said.group(1):
        name += _what_on(doc, ent[0], m.start())  # ("White Paper on the EU")
    told = _possessive(name) if said.group(1) else name
    return f"{obj[: said.start()]}{told}{obj[said.end() :]}"


# Prepositions after a document's name that say what it is about.
_ABOUT = frozenset({"on", "about", "into"})


def _what_on(doc: Any, e: Entity, before: int) -> str:
    """ " on prospects for EU in 2005": the phrase after the last mention of the document `e`
    before `before` that says what it is about ("the new White Paper on the prospects for
    the EU in 2005"), without its determiners; "" when it has none, or a long one."""
    start, end = max(mm.span for mm in e.mentions if mm.span[0] < before)
    span = _tokens(doc, start, end)
    if span is None or not len(span) or span[-1].i + 1 >= len(doc):
        return ""
    u = span[-1]
    prep = doc[u.i + 1]
    if (
        prep.lower_ not in _ABOUT
        or prep.head.i != u.i
        and (
            u.dep_ != "dobj" or prep.head.i != u.head.i  # ("launch the paper on ...": the verb's)
        )
    ):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME") for t in prep.children):
        return ""  # ("published the paper on Monday")
    words = [t.text for t in prep.subtree if t.dep_ != "det"]
    if len(words) > 8 or any(not w[:1].isalnum() for w in words):
        return ""  # (too long to keep, or broken by a mark: the name alone says it)
    return " " + " ".join(words)


def _named_in(e: Entity, words: str) -> bool:
    """Whether `words` (the object before a class noun) name `e`: "Globex's valuation of
    the company" is not Globex's valuation of itself, which would say "itself" or "its
    own"; the company is another firm."""
    if not any(c.isupper() for c in words):
        return False  # (cheap: no name at all)
    names = {e.name, *(mm.text for mm in e.mentions)}
    return any(
        n in words and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", words) for n in names if n
    )


def _nearest_of_kind(
    found: list[tuple[int, Entity]],
    fits: Callable[[Entity], bool],
    kind: str,
    texts: tuple[str, Any],
    where: tuple[int, int],
) -> tuple[Entity, str] | None:
    """The one entity that `fits` named in the text from `where[0]` to `where[1]`, else in
    the nearest sentence before that names any (with the text of its last mention there);
    None when that part names two, or, for a party, when a person is named after it ("Mr
    Howard attacked Labour. He said the party would": his party), unless the text gives
    that person's party (see `_persons_party`)."""
    text, doc = texts  # (the text and its parse)
    lo, hi = where
    people: dict[str, Entity] = {}
    for step in range((_DOCUMENT_BACK if kind == "document" else _CLASS_BACK) + 1):
        got = _named_between(found, fits, kind, (lo, hi), people)
        names = {e.name.lower() for e, _ in got.values()}
        if len(names) > 1 and not all(n in max(names, key=len) for n in names):
            return None  # (two named: which is meant is not clear)
        if people and kind == "party":
            own = dict(got) if step == 0 else {}  # (named in the sentence, before the noun)
            if step == 0 and lo >= 2:  # (one named in the sentence before may be meant)
                lo = _text_sentence(text, lo - 2, lo - 2)[0]
                got |= _named_between(found, fits, kind, (lo, where[0]))
            reach = (lo, _text_sentence(text, where[1], where[1])[1])
            return _persons_party(found, list(people.values()), (got, own, reach), texts)
        if got:
            return max(got.values(), key=_name_len)
        if lo < 2:
            return None
        hi = lo
        lo = _text_sentence(text, lo - 2, lo - 2)[0]
    return None


def _named_between(
    found: list[tuple[int, Entity]],
    fits: Callable[[Entity], bool],
    kind: str,
    where: tuple[int, int],
    people: dict[str, Entity] | None = None,
) -> dict[str, tuple[Entity, str]]:
    """The entities that `fits` named in the text from `where[0]` to `where[1]`, each with
    the text of its last mention there; the people named there go into `people`."""
    lo, hi = where
    got: dict[str, tuple[Entity, str]] = {}
    for start, e in found:
        if not lo <= start < hi:
            continue
        if kind == "party" and e.sector in ("MED", "GOV") and "party" not in e.name.lower():
            continue  # (a broadcaster or a ministry is no party: "told Kestrel Radio")
        if fits(e):
            got[e.id] = (e, next(mm.text for mm in e.mentions if mm.span[0] == start))
        elif people is not None and _person(e):
            people[e.id] = e
    return got


def _persons_party(
    found: list[tuple[int, Entity]],
    people: list[Entity],
    named: tuple[dict[str, tuple[Entity, str]], dict[str, tuple[Entity, str]], tuple[int, int]],
    texts: tuple[str, Any],
) -> tuple[Entity, str] | None:
    """ "Green Party spokesman Tom Hale was in Leeds. Mr Hale said the party would ...":
    the party of the one person named in reach, when the text gives it in front of a
    mention of theirs ("Green Party spokesman Tom Hale", "Labour's Ann Ross") and no other
    party is named in reach; or when that party is named in reach beside another but more
    often than any other, from the sentence that names them to the end of the noun's own,
    and no other is named in the noun's own sentence before it ("Green Party spokesman Tom
    Hale said Labour had copied the Greens. Mr Hale denied the party repaid £5m": the
    party the talk is of; not with one mention each, "Green Party spokesman Tom Hale
    attacked Labour"). `named`: the parties named in reach, those of them named in the
    noun's own sentence before it, and where that stretch of text begins and ends. The
    singular and plural of one party's word are one party ("Tory", "Tories"). Else
    None."""
    got, own, reach = named
    if len(people) != 1:
        return None
    starts = {mm.span[0] for mm in people[0].mentions}
    stated: dict[str, tuple[Entity, str]] = {}
    for start, e in found:
        if e.type not in ("ORG", "NORP") or _person(e) or e.sector in ("MED", "GOV"):
            continue
        mm = next(mm for mm in e.mentions if mm.span[0] == start)
        near = [s for s in starts if 0 < s - mm.span[1] < 30]
        if near and _modifies_name(texts, mm.span, min(near)):
            stated[e.id] = (e, mm.text)
    if len({_party_key(e.name) for e, _ in stated.values()}) != 1:
        return None  # (two parties: but "Tory" and "Tories" are one)
    party = max(stated.values(), key=_name_len)
    key = _party_key(party[0].name)
    keys = {_party_key(e.name) for e, _ in got.values()}
    if keys <= {key}:
        return party
    if key not in keys or any(_party_key(e.name) != key for e, _ in own.values()):
        return None
    words: dict[str, set[str]] = {k: set() for k in keys}
    for _, e in found:
        k = _party_key(e.name)
        if k in words and e.type in ("ORG", "NORP"):
            words[k].update(mm.text for mm in e.mentions)
    within = texts[0][reach[0] : reach[1]]  # (after the noun too: "to a former Tory treasurer")
    counts = {k: _times_said(within, w) for k, w in words.items()}
    top = counts.pop(key)
    return party if top > max(counts.values()) else None


def _times_said(text: str, names: set[str]) -> int:
    """How many times any of `names` stands in `text` as whole words (the longest first:
    "Green Party" once, not "Green" too)."""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return len(re.findall(rf"\b(?:{alts})\b", text))


def _party_key(name: str) -> str:
    """One key for the singular and plural of a party's word, and its name with "Party"
    ("Tory", "Tories", "Tory Party"; "Democrat", "Democrats")."""
    low = name.lower().removeprefix("the ").removesuffix(" party")
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low.removesuffix("s")


def _modifies_name(texts: tuple[str, Any], span: tuple[int, int], name_at: int) -> bool:
    """Whether the words at `span` stand in front of the name that starts at `name_at`,
    with at most a few nouns of office between ("Green Party" of "Green Party co-chair Tom
    Hale", "Labour's Ann Ross", "Labour MP Ann Ross"): by the words' kinds, not the parse,
    which often breaks in such a run."""
    text, doc = texts
    gap = text[span[1] : name_at]
    if "\n" in gap:
        return False
    if not gap.strip(" ’'s"):
        return True  # ("Labour's Ann Ross")
    words = _tokens(doc, span[1] + 1, name_at - 1)
    return bool(
        words is not None
        and 0 < len(words) <= 4
        and all(t.pos_ in ("NOUN", "PROPN", "PART") or t.text == "-" for t in words)
    )


def _of_place(e: Entity, place: str, code: str | None, text: str) -> bool:
    """Whether `e` is known to be of the country `code` that the place word `place` names:
    by the entity stage, else by the text ("US carmaker Vantor Cars"); one whose country is
    not known is not taken ("the US firm" after Fiat and GM, neither placed)."""
    return e.country == code if e.country is not None else _placed(e, place, text)


def _name_len(got: tuple[Entity, str]) -> int:
    return len(got[0].name)


# Titles a person's name opens with (the entity stage may take "Mr Ebbers" for a firm).
_TITLES = frozenset("Mr Mrs Ms Dr Lord Lady Sir".split())


def _person(e: Entity) -> bool:
    """A person, or a person the entity stage took for an organisation ("Mr Ebbers")."""
    return e.type == "PERSON" or e.name.split(" ", 1)[0] in _TITLES


def _of_kind(e: Entity, kind: str, noun: str) -> bool:
    """Whether a class noun of `kind` may stand for the entity `e`."""
    if kind == "org":
        return e.type == "ORG" and not _person(e)
    if kind == "party":  # (not a nationality: "Italian")
        return e.type == "ORG" and not _person(e) or e.type == "NORP" and not e.country
    if kind == "document":  # (a named paper, not the body that wrote it: "the Hale Report")
        return not _person(e) and e.name.rsplit(" ", 1)[-1].lower() in _DOCUMENT_HEADS
    return noun in e.name.lower().split() or noun in (r.lower() for r in e.roles)


# Money nouns of one event told by different words: an offer and a bid for a firm, a
# charge and a provision, a payment and a settlement, a fine and a penalty, a grant and
# funding.
_MONEY_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("offer", "bid", "takeover", "approach"),
    ("charge", "provision"),
    ("payment", "settlement", "payout"),
    ("fine", "penalty"),
    ("grant", "funding"),
)
_MONEY_FAMILY = {w: fam for fam in _MONEY_FAMILIES for w in fam}

# A money noun in an object (the last one), by its word or its plural.
_MONEY_IN_OBJ = re.compile(
    r".*\b(?P<word>(?P<noun>" + "|".join(_MONEY_FAMILY) + r"|penalt(?=ies))(?:s|ies)?)\b",
    re.S,
)

# Words after a money noun in an object that give it a target, a purpose or a receiver of
# its own ("offer for Beta", "takeover of Beta", "payment to settle", "grant to councils").
_OWN_TARGET = re.compile(r"\b(?:for|of|on|to|into)\b")

# The money nouns of a family, as the text may spell them (a cheap look before any token).
_FAMILY_TEXT = {
    fam: re.compile(r"(?i)\b(?:" + "|".join(fam) + r")(?:s|es)?\b") for fam in _MONEY_FAMILIES
}

# A noun of a family with a "for" or "of" after it, or the "target of" a bid, in lower
# case as a mention mid-sentence is: a cheap look before the sentences are found.
_FAMILY_TARGET = {
    fam: re.compile(r"\b(?:" + "|".join(fam) + r")(?:s|es)? (?:for|of)\b|\btarget of\b")
    for fam in _MONEY_FAMILIES
}

# How far before an amount, in characters, that look reaches (the sentences are found
# after: this bound only makes the first test cheap).
_TARGET_REACH = 1200

# How many sentences before its own a money noun looks back for its target.
_TARGET_BACK = 2

# Objects of "for" that are a time or a reason, not a target ("for six months", "for
# this reason").
_NOT_TARGET = _TIME_NOUNS | frozenset("while years months reason example instance sake".split())

# A possessor in an object: "Globex's offer", "Globex Mining's".
_OWNER_IN_OBJ = re.compile(r"(?P<owner>[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*)*['’]s?(?= )")


def _money_target_before(out: list[Amount], doc: Any, text: str) -> None:
    """ "Globex made a takeover bid for Initech. ... Globex raised its offer to $5bn": a
    money noun at the head of the object with no target or purpose of its own (offer, bid,
    charge, payment, fine, grant) takes the target phrase ("for Initech"; a takeover's
    "of"; the named subject of "is the target of a bid") of the one mention of a noun of its
    family (offer, bid, takeover; charge, provision; payment, settlement) in the one or two
    sentences before: "Globex's offer for Initech". Two mentions with different targets,
    a mention whose owner is not the amount's, one further back, or a "for" of time or
    reason leave it."""
    for a in out:
        obj = a.object
        if not obj or a.extra.get("kind") != "money":
            continue
        m = _MONEY_IN_OBJ.match(obj)  # (the last: ".*" takes all it can before it)
        if m is None or _OWN_TARGET.search(obj, m.end()) is not None:
            continue  # (none, or it says its own: "offer for Beta")
        noun = m.group("noun")
        fam = _MONEY_FAMILY["penalty" if noun == "penalt" else noun]
        if _FAMILY_TARGET[fam].search(text, max(0, a.span[0] - _TARGET_REACH), a.span[0]) is None:
            continue  # (cheap: no noun of its family with a "for" or "of" near before)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        start = lo
        for _ in range(_TARGET_BACK):
            if start < 2:
                break
            start = _text_sentence(text, start - 2, start - 2)[0]
        if start == lo or _FAMILY_TEXT[fam].search(text, start, lo) is None:
            continue  # (cheap: no noun of its family said just before)
        new = _target_told(doc, text, a, obj, m, fam, (start, lo, hi))
        if new is not None:
            a.object = new


def _target_told(
    doc: Any,
    text: str,
    a: Amount,
    obj: str,
    m: re.Match[str],
    fam: tuple[str, ...],
    where: tuple[int, int, int],
) -> str | None:
    """`obj` with its money noun `m` told by the target of the one mention of its family
    in the text from `where[0]` to `where[1]` (see `_money_target_before`), or None."""
    start, lo, hi = where
    targets: set[str] = set()
    owners: set[str] = set()
    word = m.group("word").lower()
    heads = {"head": 0, "modifier": 0}  # (the object's word in its own sentence)
    for hit in _FAMILY_TEXT[fam].finditer(text, start, hi):  # (by the text: no walk)
        span = _tokens(doc, hit.start(), hit.end())
        if span is None or len(span) != 1:
            continue
        t = span[0]
        if t.idx >= lo and t.lower_ == word:
            heads["modifier" if t.dep_ in ("compound", "amod") else "head"] += 1
        if t.lemma_.lower() not in fam or t.pos_ != "NOUN" or t.dep_ == "compound":
            continue
        if t.idx >= lo:
            if _target_of(t) is not None:
                return None  # (its own sentence has one with a target: not ours to choose)
            continue
        owner = _mention_owner(t)
        if owner is not None:
            owners.add(owner)
        said = _target_of(t)
        if said is not None:
            targets.add(said)
    if len(targets) != 1 or len(owners) > 1:
        return None  # (none, two events, or two owners)
    if heads["modifier"] and not heads["head"]:
        return None  # ("the offer price": the noun only says which price)
    said = targets.pop()
    mine = _OWNER_IN_OBJ.search(obj, 0, m.start("word"))
    own = mine.group("owner") if mine is not None else _sentence_doer(doc, a)
    if owners and own is not None and own.split()[0] != next(iter(owners)).split()[0]:
        return None  # (another's offer: "Globex's bid for Initech. Zeta made an offer")
    if said in obj:
        return None
    return f"{obj[: m.end()]} {said}{obj[m.end() :]}"


def _target_of(t: Any) -> str | None:
    """The target phrase of the money noun `t`: its own "for" (a takeover's "of") with a
    noun that is no time or reason ("for Initech", "of the bank"); None when it has none."""
    for c in t.rights:
        if c.dep_ != "prep" or c.lower_ not in ("for", "of"):
            continue
        if c.lower_ == "of" and t.lemma_.lower() != "takeover":
            continue  # ("offer of $5bn": its figure)
        what = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (
            what is None
            or not _nounish(what)
            or what.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL", "PERCENT")
            or what.lemma_.lower() in _NOT_TARGET
        ):
            continue
        said = _name(what) if what.pos_ == "PROPN" else _np(what, set(), with_prep=True)
        if not said or _ITS.search(said) or len(said.split()) > 6:
            return None  # (an open "its" would mislead)
        return f"{c.lower_} {said}"
    return _target_of_subject(t)


def _target_of_subject(t: Any) -> str | None:
    """ "Initech is the target of a takeover bid": the bid is for the named subject of
    the clause its "target of" stands in (that of a verb it hangs on: "continuing to be")."""
    of = t.head
    if t.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() != "target":
        return None
    x = of.head
    if x.dep_ != "attr":
        return None
    x = x.head
    for _ in range(3):
        doer = next((c for c in x.lefts if c.dep_ == "nsubj"), None)
        if doer is not None:
            if doer.pos_ != "PROPN":
                return None
            words = _name(doer).split()
            while words and words[0].islower():
                words.pop(0)  # ("firm Initech": a kind of firm, said before the name)
            return f"for {' '.join(words)}"
        if x.dep_ not in ("xcomp", "advcl"):
            return None
        x = x.head
    return None


_ITS = re.compile(r"\b(?:its|their|his|her|this|that|it)\b")


def _mention_owner(t: Any) -> str | None:
    """Whose the money noun `t` is, by a name: its possessor ("Globex's bid"), else the
    named subject of the verb it is the object of ("Globex made a bid")."""
    for c in t.lefts:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return _name(c)
    if t.dep_ == "dobj":
        doer = next((c for c in t.head.lefts if c.dep_ == "nsubj"), None)
        if doer is not None and doer.pos_ == "PROPN":
            return _name(doer)
    return None


def _sentence_doer(doc: Any, a: Amount) -> str | None:
    """The named subject of the verb the amount `a` hangs on, if any ("Zeta made an offer
    of $3bn": Zeta)."""
    toks = _tokens(doc, a.span[0], a.span[1])
    if toks is None or not len(toks):
        return None
    x = toks[0]
    for _ in range(6):
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            break
        x = x.head
    doer = next((c for c in x.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _name(doer) if doer is not None and doer.pos_ == "PROPN" else None


# A one-word name an article gives a body after "the" ("the Bank", "the Commission"): a
# capitalised word, not an acronym ("the BBC" is a full name).
_SHORT_NAME = re.compile(r"[A-Z][a-z]+")


def _short_name_told(out: list[Amount], art: Article) -> None:
    """ "The Reserve Bank of Australia raised rates. ... within the Bank's 2-3% target": a
    one-word name the text only ever uses after "the", in the object, stands for the one
    body named in full before its first use whose name holds that word ("Reserve Bank of
    Australia's 2-3% target"); the country that full name names is then the amount's, when
    it has none."""
    shorts: dict[str, Entity] | None = None
    for a in out:
        obj = a.object
        if not obj or obj.islower():
            continue  # (cheap: no name in the object at all)
        if shorts is None:
            shorts = _the_short_names(art)
            if not shorts:
                return
        for word, full in shorts.items():
            new = _told_in_full(obj, word, full.name, art.text, a.span)
            if new is not None:
                a.object = new
                if not a.parties and (code := _country_named_in(full, art)) is not None:
                    a.parties = [code]
                break


def _the_short_names(art: Article) -> dict[str, Entity]:
    """Each one-word name the text uses only after "the" ("the Bank"), with the one body
    named before its first use whose longer name holds that word; none when two such
    bodies are named there ("the Bank" after the Bank of Japan and the Reserve Bank)."""
    text = art.text
    out: dict[str, Entity] = {}
    for e in art.entities:
        word = e.name
        if " " in word or e.type != "ORG" or not _SHORT_NAME.fullmatch(word) or not e.mentions:
            continue
        if any(
            m.text != word or text[max(0, m.span[0] - 4) : m.span[0]] not in _THE
            for m in e.mentions
        ):
            continue
        first = min(m.span[0] for m in e.mentions)
        fuller = re.compile(rf"(?<![\w-]){word}(?![\w-])")
        named = {
            f.name: f
            for f in art.entities
            if f is not e
            and f.type == "ORG"
            and " " in f.name
            and fuller.search(f.name)
            and any(m.span[0] < first for m in f.mentions)
        }
        longest = max(named, key=len, default="")
        if named and all(n in longest for n in named):
            out[word] = named[longest]
    return out


_THE = frozenset({"the ", "The "})


def _told_in_full(obj: str, word: str, name: str, text: str, span: tuple[int, int]) -> str | None:
    """`obj` with the short name `word` (set as "the Bank" in the amount's own sentence)
    told by the full `name`, or None; not a word of a longer name ("Commonwealth Bank")."""
    if word not in obj:
        return None  # (the word first: the pattern is built, and compiled, for each word)
    m = re.search(rf"(?<![\w-]){word}(?![\w-])(?P<poss>['’]s)?", obj)
    if m is None or name in obj or re.search(r"[A-Z]\S* $", obj[: m.start()]):
        return None
    lo, hi = _text_sentence(text, span[0], span[1])
    said = re.search(rf"\b[Tt]he {word}(?P<poss>['’]s)?(?! (?:of|[A-Z]))", text[lo:hi])
    if said is None:
        return None
    told = _possessive(name) if said.group("poss") and not m.group("poss") else name
    if m.end() == len(obj):
        told = name  # (nothing after it to own)
    return obj[: m.start()] + told + obj[m.end() - len(m.group("poss") or "") :]


def _country_named_in(e: Entity, art: Article) -> str | None:
    """The country whose own name the full name `e` holds ("Reserve Bank of Australia")."""
    if e.country is None:
        return None
    for c in art.entities:
        if c.type == "COUNTRY" and c.country == e.country:
            if any(
                m.text in e.name and re.search(rf"\b{re.escape(m.text)}\b", e.name)
                for m in c.mentions
            ):
                return e.country
    return None


def _restated_owner(out: list[Amount]) -> None:
    """ "Smith won a £65,000 settlement. ... he settled for £65,000 to buy a house": a sum
    of money said again (the same value and currency, later in the article) whose object
    opens with the bare noun that the earlier one's object gives with a named owner
    ("Smith's settlement") takes that owner ("Smith's settlement to buy house"); not a
    percentage, whose values meet by chance."""
    sums = [a for a in out if a.extra.get("kind") == "money" and "conversion_of" not in a.extra]
    if len({a.value for a in sums}) == len(sums):
        return  # (cheap: no value said twice)
    for i, a in enumerate(sums):
        obj = a.object
        if not obj or not obj[:1].islower() or "'" in obj or "’" in obj:
            continue  # (an owner or a name of its own)
        noun = obj.split(" ", 1)[0]
        for b in sums[:i]:
            if b.value != a.value or b.unit != a.unit:
                continue
            m = _OWNED_NOUN.fullmatch(b.object or "")
            if m is not None and m.group("noun") == noun and b.span[1] < a.span[0]:
                a.object = f"{m.group('owner')} {obj}"
                break


# An object that is a named owner's noun: "Viktor Makarov's settlement".
_OWNED_NOUN = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*['’]s?) (?P<noun>[a-z]+)")


def _short_form_owner(out: list[Amount], art: Article) -> None:
    """ "The Duchy of Cornwall is an estate. ... The duchy generated £12m" -> "Duchy of
    Cornwall's revenue": an object with no owner or name of its own, whose amount is done
    or owned by a definite "the <noun>" with nothing before the noun ("the duchy", "the
    Bank") - the subject of the amount's own verb, or of a verb above it when the amount is
    "its" and no subject between has a determiner - stands for the multi-word body named
    before it in the article whose head word is that noun ("Bank of England", "Child
    Support Agency"): the nearest such naming within six sentences, with no other such
    body named in its sentence. The body's home country (the entity stage's, else the one
    its words after "of" name) is then the amount's, when it has none."""
    names: dict[str, list[tuple[str, str | None]]] | None = None
    text = art.text
    for a in out:
        obj = a.object
        if not obj or not obj.islower() or " by " in obj:
            continue  # (cheap: a name or a doer of its own)
        lo, _ = _text_sentence(text, a.span[0], a.span[1])
        said = set(_THE_NOUN.findall(text[lo : a.span[0]].lower()))
        if not any(f" {w.capitalize()}" in text for w in said):
            continue  # (cheap: no noun after "the" the text gives as a name's word)
        if names is None:
            names = _names_by_head(art)
            if not names:
                return
        nouns = [n for n in names if n in said]
        if len(nouns) != 1:
            continue
        noun = nouns[0]
        if "'" in obj or "’" in obj:
            # (an owner of its own: only the bare short form, "commission's earnings")
            own = re.match(rf"{noun}['’]s ", obj)
            if own is None or not _short_form_said(art.doc, a, noun):
                continue
            obj = obj[own.end() :]
        elif _short_form_doer(art.doc, a, noun) is None:
            continue
        full = _named_before(text, names[noun], lo)
        if full is None:
            continue
        a.object = f"{_possessive(full[0])} {obj}"
        if not a.parties and (home := full[1] or _of_country(full[0])) is not None:
            a.parties = [home]


# A noun after "the" (lower-cased text): "the duchy", "the bank's".
_THE_NOUN = re.compile(r"\bthe ([a-z]+)(?=[ '’])")


def _of_country(name: str) -> str | None:
    """The country the words after "of" in a body's name name ("Bank of England": GBR)."""
    return _kb_country(name.split(" of ", 1)[1]) if " of " in name else None


def _names_by_head(art: Article) -> dict[str, list[tuple[str, str | None]]]:
    """The article's multi-word organisation names by their head word, lower-cased ("bank":
    "Bank of England"), with the home country the entity stage gives each: its ORG names,
    else the parse's (with none)."""
    if any(e.type == "ORG" for e in art.entities):
        found = [(e.name, e.country) for e in art.entities if e.type == "ORG" and e.mentions]
    else:
        found = [(e.text, None) for e in _doc_ents(art.doc) if e.label_ == "ORG"]
    out: dict[str, list[tuple[str, str | None]]] = {}
    for name, country in found:
        name = name.removeprefix("the ").removeprefix("The ")
        if " " not in name or " and " in name:
            continue
        head = name.split(" of ", 1)[0].rsplit(" ", 1)[-1]
        if not _SHORT_NAME.fullmatch(head) or head == name or head.lower() in _OTHER_NAMES:
            continue
        got = out.setdefault(head.lower(), [])
        if all(n != name for n, _ in got):
            got.append((name, country))
    return out


# Head words of bodies that go by one-word names as well ("Labour", "the Tories"), which
# this rule cannot see: "the party" is told by the person it is said of (`_party_key`).
_OTHER_NAMES = frozenset({"party"})


def _short_form_doer(doc: Any, a: Amount, noun: str) -> Any:
    """The token of "the <noun>" that does or owns amount `a` (see `_short_form_owner`)."""
    span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    x = root
    while x.dep_ in ("nummod", "compound", "amod", "quantmod") and x.head.i != x.i:
        x = x.head
    its = any(c.dep_ == "poss" and c.lower_ == "its" for c in (*x.children, *root.children))
    first = True
    for _ in range(8):
        if x.pos_ in ("VERB", "AUX") and not span.start <= x.i < span.end:
            subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if _is_short_form(subj, noun):
                    return subj if first or its else None
                if not its or any(c.dep_ == "det" for c in subj.children):
                    return None  # (another's deed, or a subject "its" may stand for)
            first = False  # (a verb above the amount's own: only what "its" says)
        if x.head.i == x.i:
            break
        x = x.head
    return None


def _short_form_said(doc: Any, a: Amount, noun: str) -> bool:
    """Whether amount `a`'s sentence says a bare "the <noun>" before it."""
    span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
    if span is None:
        return False
    return any(_is_short_form(t, noun) for t in doc[span.sent.start : span.start])


def _is_short_form(t: Any, noun: str) -> bool:
    """Whether `t` is a bare "the <noun>": "the" alone before it, no name or "of" after."""
    if t.lower_ != noun or t.i == 0 or t.doc[t.i - 1].lower_ != "the":
        return False
    if [c.i for c in t.lefts] != [t.i - 1]:
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is None or (nxt.lower_ != "of" and nxt.pos_ != "PROPN")


def _named_before(
    text: str, names: list[tuple[str, str | None]], lo: int
) -> tuple[str, str | None] | None:
    """Of `names`, the one named nearest before offset `lo` (a sentence's start), within
    six sentences and with no other of them named in its sentence."""
    best: tuple[int, tuple[str, str | None]] | None = None
    for nc in names:
        at = text.rfind(nc[0], 0, lo)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, nc)
    if best is None:
        return None
    slo, shi = _text_sentence(text, best[0], best[0] + len(best[1][0]))
    if any(n != best[1][0] and n in text[slo:shi] for n, _ in names):
        return None
    if text.count(". ", shi, lo) > 5:
        return None
    return best[1]
