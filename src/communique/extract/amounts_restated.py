"""Amounts that restate or pair with another in the same sentence. "fell from 9,000 cases
worth £80m to 7,000 cases worth £60m": a "from" count and the value told with it are the
previous level, as a plain "fell from 9,000 to 7,000" makes the first; "4.1 million
jobless, or 9.5% of the workforce": the share restates the count, so it is of what the
count measures, not of the count's bare noun; "will cost drivers - and hauliers, who pay
most - £2bn": money after a dashed aside completes the clause before the aside. (Money
said again in another currency, "1.5bn euros, that's over £1bn", is a conversion: see
`_converted` in amounts.py.)"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_comparators import (
    _FROM_BEFORE,
    _mark_previous,
    _opening_capital,
    _planned,
)
from communique.extract.amounts_modality import _aim_of
from communique.extract.amounts_parse import _text_sentence, _tokens
from communique.extract.amounts_read import _cost_to
from communique.extract.amounts_words import _TO_ONLY
from communique.record import Amount

# "cases worth £808m", "deals valued at $2bn": what the counted things are worth.
_WORTH_GAP = re.compile(r"\s+(?:worth|valued\s+at|totalling|totaling)\s+(?:about\s+|some\s+)?")
# ", or 12.6% of", " - or about 9% of": a share restating the value before it.
_OR_GAP = re.compile(
    r"\s*(?:,|\s[-–—])\s*or\s+(?:(?:about|around|roughly|some|almost|nearly|just|over|under)\s+)?"
)


def _from_worth_to_worth(out: list[Amount], text: str) -> None:
    """ "dropped from 10,276 cases worth £808m to 8,177 cases worth £644m": the first count
    and its value are the previous level of what the second pair measures."""
    for k in range(len(out) - 2):
        a, b, c = out[k], out[k + 1], out[k + 2]
        if (
            a.extra.get("kind") != "count"
            or b.extra.get("kind") != "money"
            or not text.startswith(" ", a.span[1])  # (cheap: "worth" follows a space)
            or not _WORTH_GAP.fullmatch(text, a.span[1], b.span[0])
            or a.unit != c.unit
            or not a.object
            or a.object != c.object
            or a.period != c.period
            or "previous" in a.object
            or "change" in a.extra
            or not _TO_ONLY.fullmatch(text, b.span[1], c.span[0])
            or not _FROM_BEFORE.search(text, max(0, a.span[0] - 40), a.span[0])
        ):
            continue
        # ("plans to cut from 90 posts worth £5m to 60 posts": the level now, not before)
        word = "current" if _planned(c) else "previous"
        said = b.object
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        _mark_previous(a, start, text, word)
        if b.object and b.object == f"value of {c.object}":
            what = c.object
            if text.startswith(what.split(" ", 1)[0], start) and _opening_capital(what):
                what = what[:1].lower() + what[1:]  # (a capital only for opening the sentence)
            b.object = f"{word} value of {what}"
            for x in out:  # (and its conversions: "£808m (1.2bn euros)")
                if x.extra.get("conversion_of") == list(b.span) and x.object == said:
                    x.object = b.object


def _share_restated(out: list[Amount], text: str) -> None:
    """ "The figure of 5.2 million people, or 12.6% of the working-age population": a share
    restating a count is of what the count measures ("Germans out of work as share of
    working-age population"), not of the count's bare noun ("people as share of ...")."""
    for a, b in zip(out, out[1:], strict=False):
        noun = a.extra.get("quantity_noun")
        if (
            b.unit != "percent"
            or not noun
            or not a.object
            or not b.object
            or not b.object.startswith(f"{noun} as share of ")
            or a.object == noun
            or " as share of " in a.object
            or not _OR_GAP.fullmatch(text, a.span[1], b.span[0])
        ):
            continue
        b.object = f"{a.object}{b.object[len(noun) :]}"
        b.parties = b.parties or list(a.parties)


_DASHES = (" - ", " – ", " — ")


def _cost_across_aside(out: list[Amount], doc: Any, text: str) -> None:
    """ "it is going to cost passengers - not the airlines, who have no money - 1.5bn euros":
    money set after a dashed aside completes the clause before it, so "cost passengers" says
    what it is (the cost to passengers), not a verb inside the aside; its conversions and
    restatements follow it."""
    for a in out:
        if (
            text[max(0, a.span[0] - 3) : a.span[0]] not in _DASHES
            or a.extra.get("kind") != "money"
            or "conversion_of" in a.extra
            or "cost" in (a.object or "")  # (read as a cost already: "cost of habit to smokers")
        ):
            continue
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        before = text[start : a.span[0] - 3]
        opening = max(before.rfind(d) for d in _DASHES)
        if opening < 0 or "cost" not in before[:opening].lower():
            continue
        toks = _tokens(doc, start, start + opening)
        whom = toks[-1] if toks is not None and len(toks) else None
        if whom is None or whom.dep_ not in ("dobj", "dative") or whom.head.lemma_ != "cost":
            continue
        cost = _cost_to(whom.head, whom.i + 1, set())
        if cost == "cost":
            continue  # (nobody said: "cost it - ... - £5m")
        said = a.object
        a.object = f"{cost} per {a.extra['per']}" if "per" in a.extra else cost
        aim = a.extra.get("modality") or _aim_of(doc[whom.i : whom.i + 1])
        if aim:
            a.extra["modality"] = aim  # "is going to cost": a forecast
        for b in out:
            if b.extra.get("conversion_of") == list(a.span) and b.object == said:
                b.object = a.object
                if aim:
                    b.extra["modality"] = aim
