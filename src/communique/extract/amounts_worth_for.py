"""What a deal worth an amount is for: "a deal worth $2bn to build a pipeline" -> "value of
deal to build pipeline"; "a deal worth 1bn euros for Acme to sell 23 planes to Air Globex"
-> "value of deal for Acme to sell planes to Air Globex". The infinitive right after the
amount (past a bracketed conversion, and a "for" naming who does it) says what the thing
worth so much is for, whatever the parse hangs it on. Said shortly: articles, numbers and
other amounts left out, up to eight words; nothing when the clause runs longer."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _join

_MAX_WORDS = 8


def after_conversion(span: Any) -> int:
    """The token index right after the amount and its bracketed conversion."""
    doc = span.doc
    j = span.end
    if j < len(doc) and doc[j].text == "(":
        close = next((t.i for t in doc[j : min(len(doc), j + 12)] if t.text == ")"), None)
        j = close + 1 if close is not None else j
    return j


def worth_purpose(obj: str, span: Any, skip: set[int]) -> str:
    """`obj` ("value of deal") with what the thing worth the amount is for (the module doc's
    rule); `obj` unchanged otherwise."""
    if not obj.startswith("value of ") or " to " in obj or " for " in obj:
        return obj
    doc = span.doc
    j = after_conversion(span)
    end = span.sent.end
    start = j
    if j < end and doc[j].lower_ == "for":
        j += 1
        while j < end and doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ") and j - start < 5:
            j += 1  # "for Acme", "for the Italian group"
        if j == start + 1:
            return obj
    if j + 1 >= end or doc[j].lower_ != "to" or doc[j + 1].pos_ != "VERB":
        return obj
    verb = doc[j + 1]
    last = max(verb.right_edge.i, verb.i)
    words = [
        t
        for t in doc[start : last + 1]
        if t.dep_ != "det" and not t.like_num and t.i not in skip and not t.is_punct
    ]
    if any(t.is_punct and t.text not in "-" for t in doc[start : last + 1]):
        return obj  # (a clause that runs on past a comma)
    if not 2 <= len(words) <= _MAX_WORDS:
        return obj
    return f"{obj} {_join(words)}"
