"""Whom an inquiry a count names is into: "Police have launched an inquiry into 12 officers"
-> "officers targeted by police's inquiry"; "the SEC ... in its probe into CAM and three
ex-Columbia executives" -> "ex-Columbia executives targeted by SEC's probe". A bare counted
noun says nothing of why the number is told. The count (or a member of a list that ends in
it) is the object of "into", "of" or "against" on a noun of an inquiry or a case; whose
inquiry it is comes from its own possessive (a name, or an "its" that a body saying so, or
the clause's named subject, stands for) or from the subject of the verb that opens it
("launched an inquiry"); without one, the inquiry alone is said. A count whose object says
more than its own words is left alone."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _name, _np, _possessive, _uncap_opening
from communique.extract.amounts_said_it import said_it_doer

_INQUIRY = frozenset(
    """probe inquiry investigation review audit case charge lawsuit suit action crackdown
    prosecution""".split()
)
_INTO = frozenset(("into", "of", "against"))


def _inquiry_of(noun: Any) -> Any:
    """The inquiry noun whose "into" phrase holds `noun` (or the list it ends), or None."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "into CAM and CFD and three ex-Columbia executives"
    prep = t.head if t.dep_ == "pobj" else _list_opened(noun)
    if prep is None or prep.lower_ not in _INTO or prep.dep_ != "prep":
        return None
    inquiry = prep.head
    if inquiry.pos_ == "VERB":
        # "launched an inquiry into 12 officers": "into" hung on the verb, after its object
        inquiry = next(
            (c for c in inquiry.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i),
            inquiry,
        )
    if inquiry.pos_ != "NOUN" or inquiry.lemma_.lower() not in _INQUIRY:
        return None
    return inquiry


# Words a list of names and counted nouns is made of.
_LIST_POS = frozenset(("PROPN", "NOUN", "CCONJ", "PUNCT", "DET", "NUM", "ADJ"))


def _list_opened(noun: Any) -> Any:
    """The "into" that opens the list of names `noun` ends, when the parse broke the list
    ("into Columbia Management Advisors (CAM) and Columbia Funds Distributor (CFD) and three
    ex-Columbia executives"); None when other words stand between."""
    lo = noun.sent.start
    if noun.left_edge.i <= lo or noun.doc[noun.left_edge.i - 1].pos_ != "CCONJ":
        return None  # (the list's last member, after its "and")
    for t in reversed(noun.doc[lo : noun.left_edge.i]):
        if t.lower_ in _INTO:
            return t
        if t.pos_ not in _LIST_POS and t.text not in ("-",):
            return None
    return None


def _whose(inquiry: Any, skip: set[int]) -> str | None:
    """Whose the inquiry is, or None."""
    poss = next((c for c in inquiry.lefts if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.pos_ == "PROPN" and poss.i not in skip:
            return _possessive(_name(poss))
        if poss.lower_ != "its":
            return None
        # "the SEC said it had reached a deal in its probe": the body "it" stands for
        verb = inquiry.head
        while verb.dep_ not in ("ROOT", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if subj.lower_ == "it":
            body = said_it_doer(subj, skip)
            return _possessive(body) if body is not None else None
        return _possessive(_name(subj)) if subj.pos_ == "PROPN" and subj.i not in skip else None
    opener = inquiry.head if inquiry.dep_ == "dobj" else None
    subj = (
        next((c for c in opener.lefts if c.dep_ == "nsubj"), None) if opener is not None else None
    )
    if subj is None or subj.i in skip or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if subj.pos_ == "PROPN":
        return _possessive(_name(subj))
    words = _uncap_opening(_np(subj, skip, with_acl=False), subj.left_edge)
    return _possessive(words) if words and len(words.split()) <= 3 else None


def inquiry_target(obj: str, noun: Any, skip: set[int]) -> str:
    """`obj` as the target of the inquiry a count is the object of (the module doc's rule);
    `obj` unchanged otherwise."""
    if len(obj.split()) > 4:
        return obj
    inquiry = _inquiry_of(noun)
    if inquiry is None or inquiry.i in skip or inquiry.lower_ in obj.lower().split():
        return obj
    whose = _whose(inquiry, skip)
    what = inquiry.lower_
    return f"{obj} targeted by {whose} {what}" if whose else f"{obj} targeted by {what}"
