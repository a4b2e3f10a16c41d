"""What a stake is in: "Mr Reed's stake" -> "Mr Reed's stake in Acme". A share of a firm
means nothing to a reader who is not told the firm. The firm is the one the sentence's own
"in" names ("a 5% stake in Acme"); for "in which" the name the relative clause hangs on
("Nissan - in which Renault owns a 44% stake"); for "in it" or no "in" at all, the firm the
article is about, unless that firm is the holder the object names or is a person the entity
stage took for a firm ("Mr Glazer"). Nothing for an object that is no bare stake.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_offer_for import titled
from communique.extract.amounts_parse import _name, _tokens
from communique.record import Amount

_STAKE = re.compile(r"^(?:(?P<owner>.+?)'s? )?(?:stake|shareholding|holding)$")
_STAKE_NOUNS = frozenset({"stake", "shareholding", "holding"})
# Entity types an "in" phrase names that are no firm ("in March", "in France").
_NO_FIRM = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT"})
_ITS = frozenset({"it", "its"})


def _in_named(span: Any) -> str | None:
    """The firm the sentence's "in" after a stake noun names; "it" when the "in" is of a
    pronoun; "" when it names no firm ("a stake in the venture"); None when there is no
    such "in"."""
    sent = span.sent
    for tok in sent:
        if tok.lemma_.lower() not in _STAKE_NOUNS or tok.pos_ != "NOUN":
            continue
        preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"]
        verb = tok.head if tok.dep_ == "dobj" else None
        if not preps and verb is not None:
            # "in which Renault owns a 44% stake": the "in" hangs on the verb
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
        for prep in preps:
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is None:
                continue
            if target.tag_ == "WDT" and verb is not None and verb.dep_ == "relcl":
                target = verb.head  # "Nissan - in which ...": the clause's antecedent
                if target.pos_ != "PROPN":
                    # "carmaker Nissan - in which ...": the name the noun is put beside
                    target = next((c for c in target.children if c.dep_ == "appos"), target)
            if target.lower_ in _ITS:
                return "it"
            if target.pos_ == "PROPN" and target.ent_type_ not in _NO_FIRM:
                return _name(target)
            return ""
    return None


def stake_in(obj: str, span: Any, main_org: str | None) -> str:
    """`obj` with " in <firm>" for a bare stake (the module doc's rule)."""
    m = _STAKE.match(obj)
    if m is None:
        return obj
    target = _in_named(span)
    if target == "":
        return obj
    if target is None or target == "it":
        if main_org is None:
            return obj
        if titled(main_org, span.doc.text):
            return obj  # (a person the entity stage took for a firm: a holder, not a firm)
        target = main_org
    owner = m.group("owner") or ""
    if target in owner or owner and owner in target:
        return obj  # "Acme's stake" in a story about Acme: not a stake in itself
    return f"{obj} in {target}"


def stakes_placed(out: list[Amount], doc: Any, main_org: str | None) -> None:
    """Each bare stake of `out` with the firm it is in (`stake_in`)."""
    for a in out:
        if a.unit != "percent" or not a.object or _STAKE.match(a.object) is None:
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is not None and len(span):
            a.object = stake_in(a.object, span, main_org)
