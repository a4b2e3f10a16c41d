"""Who "it" is in a clause a body says of itself: "The government says it has hired 3,000
teachers" -> hired by the government; "Critics of the government say it has announced 20
initiatives" -> by the government (critics are no "it"); "Shareholders in Acme said it
had sold 40 stores" -> by Acme. A singular subject of the saying verb that is no person is
the one "it" stands for; a plural one (or a person) is not, and then the one named in its
own "of"/"in" phrase is, when there is exactly one. Anything else is left to the other
resolvers (None)."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _name, _np
from communique.extract.amounts_words import _OWNER_ORGS, _SAY_VERBS

# Verbs that report, beyond `_SAY_VERBS` ("insist", "warn", "admit").
_REPORT_VERBS = _SAY_VERBS | frozenset("insist warn admit announce confirm argue add".split())


def _body(tok: Any, skip: set[int]) -> str | None:
    """The words of a singular body "it" can stand for, or None."""
    if tok.i in skip or tok.tag_ not in ("NN", "NNP"):
        return None
    if tok.pos_ == "PROPN":
        return None if tok.ent_type_ in ("PERSON", "GPE", "DATE", "NORP") else _name(tok)
    if tok.lemma_.lower() not in _OWNER_ORGS or not any(c.lower_ == "the" for c in tok.lefts):
        return None
    return _np(tok, skip, with_acl=False)


def said_it_doer(it: Any, skip: set[int]) -> str | None:
    """The body a subject "it" of a clause that a saying verb reports stands for (the
    module doc's rule), or None."""
    if it.lower_ != "it" or it.dep_ != "nsubj":
        return None
    verb = it.head
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "it plans to cut", "it has cut and closed"
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_.lower() not in _REPORT_VERBS:
        return None
    sayer = next((c for c in say.lefts if c.dep_ == "nsubj"), None)
    if sayer is None:
        return None
    own = _body(sayer, skip)
    if own is not None:
        return own
    if sayer.tag_ not in ("NNS", "NNPS"):
        return None
    named = [
        p
        for c in sayer.rights
        if c.dep_ == "prep" and c.lower_ in ("of", "in")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    bodies = [b for b in (_body(p, skip) for p in named) if b is not None]
    return bodies[0] if len(bodies) == 1 else None
