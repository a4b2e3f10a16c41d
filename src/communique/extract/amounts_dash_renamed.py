"""Amounts: an amount that renames the noun phrase just before it.

"... short of its additional fuel costs - a predicted extra £250m.": an amount closing the
sentence after a dash (or after a comma and "a"/"an") is that noun phrase's figure, not the
figure of a noun earlier in the sentence. "The first quarter showed growth of 6.3%, with the
second showing 1.1%": an ordinal standing alone ("the second") names the same noun as the
ordinal before it, so the amount after it is the second quarter's, not the first's."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from communique.extract.amounts_parse import _tokens
from communique.extract.amounts_sentences import _sent
from communique.record import Amount

# "<noun> - a predicted extra £250m." / "<noun>, an estimated £3bn." closing the sentence:
# up to four words between the mark and the amount (checked on the parse below).
_APPOSED = re.compile(
    r"[a-z] (?:-|–|—) ((?:[A-Za-z]+ ){0,4})\S{0,4}$|[a-z], (an? (?:[a-z]+ ){0,3})\S{0,4}$"
)
_CLOSES = re.compile(r"\s*(?:[.;!?\"']|$)")
# Words that may stand between the mark and the amount: articles, hedges, "extra".
_APPOSED_POS = ("DET", "ADJ", "ADV")
_FORECAST_WORDS = frozenset(("predicted", "forecast", "projected", "expected"))
# (the tagger may take "a predicted £1bn" for a pronoun and a verb)
_ESTIMATE_WORDS = _FORECAST_WORDS | {"estimated", "a", "an", "the", "some"}
# Nouns an amount after them does not rename ("last year - a record £3bn": the year's what?).
_TIME_NOUNS = frozenset(
    "year years month months week weeks day days quarter quarters period time decade".split()
)
_POSSESSIVE_PRONOUNS = frozenset(("its", "their"))
_OWNER = re.compile(r"^((?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*'s) ")

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINAL_NOUNS = "quarter|half|year|month|week|day|round|stage|phase|leg|term|period"
_ORDINAL_SAID = re.compile(rf"\b(first|second|third|fourth)[ -]({_ORDINAL_NOUNS})\b")
_PART_MONTHS = {"quarter": 3, "half": 6}


def renamed_before(out: list[Amount], doc: Any, text: str) -> None:
    """Each amount that renames the noun phrase before it takes that phrase as its object;
    each amount after an ordinal standing alone takes that ordinal's noun."""
    for a in out:
        s, e = a.span
        if a.extra.get("conversion_of"):
            continue
        window = text[max(0, s - 48) : s]
        # (substring tests first: a pattern search per amount is the costly part)
        if (
            a.object
            and (" - " in window or "–" in window or "—" in window or ", a" in window)
            and (_CLOSES.match(text, e) is not None)
        ):
            m = _APPOSED.search(window)
            if m is not None:
                _rename(out, a, doc, text, m.group(1) or m.group(2) or "")
        obj = a.object or ""
        told = a.extra.get("period_text") or ""
        if "quarter" in obj or " half" in obj or "quarter" in told or " half" in told:
            near = text[max(0, s - 90) : s]  # (the lone ordinal stands just before)
            if "the second" in near or "the third" in near or "the fourth" in near:
                _ordinal_ellipsis(out, a, doc, text)


def _rename(out: list[Amount], a: Amount, doc: Any, text: str, between: str) -> None:
    toks = _tokens(doc, a.span[0], a.span[1])
    if toks is None or not len(toks):
        return
    k = toks[0].i - 1
    words = between.split()
    # back over the words between the mark and the amount, each an article or modifier
    for _ in words:
        if k < 0:
            return
        t = doc[k]
        if t.lower_ in ("or", "and") or (
            t.pos_ not in _APPOSED_POS
            and t.lower_ not in _ESTIMATE_WORDS
            or t.tag_.startswith("VB")
            and t.lower_ not in _ESTIMATE_WORDS
        ):
            return  # "- reaching 0.7%", "- or £140": a clause or a restatement, not a name
        k -= 1
    while k >= 0 and not doc[k].is_alpha and doc[k].text in ("$", "£", "€", "US$"):
        k -= 1
    if k < 1 or doc[k].text not in ("-", "–", "—", ",", "--"):
        return
    noun = doc[k - 1]
    if noun.pos_ != "NOUN" or noun.lower_ in _TIME_NOUNS:
        return
    first = noun.left_edge.i
    phrase = doc[first : noun.i + 1]
    if any(t.like_num or t.tag_ == "$" or t.is_punct and t.text != "'" for t in phrase):
        return  # "500 jobs - about 10%": a share of a count, not a name for it
    sent = _sent(noun)
    if first < sent.start:
        return
    said = phrase.text
    if phrase[0].lower_ in _POSSESSIVE_PRONOUNS:
        rest = doc[first + 1 : noun.i + 1].text
        owner = _owner_before(a.object or "", doc, sent.start, first)
        said = f"{owner} {rest}" if owner else rest
    elif phrase[0].lower_ in ("the", "a", "an"):
        said = doc[first + 1 : noun.i + 1].text
    if not said or said == a.object or len(said.split()) < 2 and (a.object or "").endswith(said):
        return
    old = a.object
    a.object = said
    if any(w.lower() in _FORECAST_WORDS for w in words) and "modality" not in a.extra:
        a.extra["modality"] = "forecast"
    for b in out:  # (its conversions: "$20 (£11)")
        if b.extra.get("conversion_of") == list(a.span) and b.object == old:
            b.object = said


def _owner_before(obj: str, doc: Any, start: int, end: int) -> str | None:
    """The owner "its" stands for: the one the sentence's figure was already given
    ("BA's ..."), else the last "X's" of the sentence before the phrase."""
    m = _OWNER.match(obj)
    if m is not None:
        return m.group(1)
    for i in range(end - 1, start - 1, -1):
        t = doc[i]
        if t.tag_ == "POS" and i > start:
            owner = t.head
            lo = owner.left_edge.i
            lo += doc[lo].pos_ == "DET"  # ("the firm's")
            return doc[lo : i + 1].text if start <= lo < i else None
    for t in doc[end].ancestors:  # "The council will cut its budget": the council's
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            lo = subj.left_edge.i
            lo += doc[lo].pos_ == "DET"  # ("the council's")
            if subj.pos_ in ("NOUN", "PROPN") and start <= lo <= subj.i:
                return f"{doc[lo : subj.i + 1].text}'s"
            return None
    return None


def _ordinal_ellipsis(out: list[Amount], a: Amount, doc: Any, text: str) -> None:
    told = a.extra.get("period_text")
    told = told if isinstance(told, str) else ""
    in_obj = _ORDINAL_SAID.search(a.object or "")
    said = in_obj or _ORDINAL_SAID.search(told.lower())
    if said is None:
        return
    toks = _tokens(doc, a.span[0], a.span[1])
    if toks is None or not len(toks):
        return
    sent = _sent(toks[0])
    alone = None
    for i in range(toks[0].i - 1, sent.start, -1):
        t = doc[i]
        if t.lower_ in _ORDINALS:
            nxt = doc[i + 1]
            if doc[i - 1].lower_ == "the" and nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
                alone = t  # "with the second showing": the ordinal is the noun
            break  # (the nearest ordinal decides)
    if alone is None or alone.lower_ == said.group(1):
        return
    # the first ordinal, with its noun, must stand in the sentence before the lone one
    before = text[sent.start_char : alone.idx].lower()
    if re.search(rf"\b{said.group(1)}[ -]{said.group(2)}\b", before) is None:
        return
    was, now = _ORDINALS[said.group(1)], _ORDINALS[alone.lower_]
    obj = a.object or ""
    if in_obj is not None:
        a.object = f"{obj[: said.start()]}{alone.lower_}{obj[said.end(1) :]}"
    if said.group(1) in told.lower():  # "The first quarter"
        a.extra["period_text"] = re.sub(said.group(1), alone.lower_, told, count=1, flags=re.I)
    months = _PART_MONTHS.get(said.group(2))
    if a.period is not None:
        a.period = _shifted(a.period, (now - was) * months) if months else None
    for b in out:  # (its conversions)
        if b.extra.get("conversion_of") == list(a.span) and b.object == obj:
            b.object, b.period = a.object, a.period


def _shifted(period: str, months: int) -> str | None:
    """A part of a year's interval moved on by whole months, or None if it is not one."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-01/(\d{4})-(\d\d)-(\d\d)", period)
    if m is None:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    span = (int(m.group(3)) - y) * 12 + int(m.group(4)) - mo + 1
    k = y * 12 + mo - 1 + months
    start = date(k // 12, k % 12 + 1, 1)
    k2 = k + span
    end = date.fromordinal(date(k2 // 12, k2 % 12 + 1, 1).toordinal() - 1)
    return f"{start.isoformat()}/{end.isoformat()}"
