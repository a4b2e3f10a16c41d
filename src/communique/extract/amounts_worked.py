"""Whose pay a "work for" amount is: "immigrant labour prepared to work for £1 an hour" ->
"pay per hour of immigrant labour", not a bare "pay per hour". The worker is the subject of
"work", the noun a relative "who"/"that" stands for ("Cleaners who work for £4 an hour"), or
the noun that a "prepared/willing to work" phrase describes. A pronoun or a name-less
"people" is left out (no owner is better than a wrong one)."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _np, _uncap_opening

# Adjectives and participles of readiness a "to work" hangs on ("prepared to work").
_READY = frozenset("prepared willing ready able forced happy".split())


def _worker(verb: Any) -> Any:
    """The noun that does `verb` ("work"), or None."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "Cleaners who work for £4 an hour"
    if subj is not None:
        return subj
    up = verb.head
    if verb.dep_ == "xcomp" and up.lower_ in _READY:
        if up.dep_ in ("acl", "amod") and up.head.pos_ in ("NOUN", "PROPN"):
            return up.head  # "labour prepared to work for £1 an hour"
        before = up.doc[up.i - 1] if up.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.dep_ == "pobj":
            return before  # (the same, the parse hanging "prepared" on the main verb)
        return next((c for c in up.lefts if c.dep_ == "nsubj"), None)
    return None


def pay_of_worker(obj: str, span: Any, skip: set[int]) -> str:
    """`obj` with " of <worker>" for a bare pay that a "work for" amount is (the module
    doc's rule); `obj` unchanged otherwise."""
    root = span.root
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or verb.lemma_.lower() != "work":
        return obj
    worker = _worker(verb)
    if worker is None or worker.pos_ not in ("NOUN", "PROPN") or worker.i in skip:
        return obj
    who = _uncap_opening(_np(worker, skip, with_acl=False), worker.left_edge)
    if not who or who.lower() == "people" or any(ch.isdigit() for ch in who):
        return obj
    return f"{obj} of {who}"
