"""What a price per share is offered for: "Globex has offered 900p a share for Initech" ->
"Globex's offer per share for Initech"; "an offer of 950p a share would be fair", in a story
about a bid for Exel -> "offer per share for Exel". A takeover price per share is for the
shares of one firm: the one its own "for" names (the firm a "for the firm" means being the
one the article is about), else the firm the article is about, unless that firm is the
bidder the object already names or it is a person ("Mr Glazer": a bidder the entity stage
took for a firm). Nothing for an object that is no offer or bid.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _name
from communique.extract.amounts_words import _COMPANY_NOUNS

_OFFER = re.compile(r"\b(?:offer|bid)s?\b")
# Entity types a "for" phrase names that are no firm ("for the year", "for Mr Smith").
_NO_FIRM = frozenset({"PERSON", "GPE", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})


def _for_named(span: Any, main_org: str | None) -> str | None:
    """The firm the clause's "for" after the amount names, or None."""
    sent = span.sent
    for tok in span.doc[span.end : sent.end]:
        if tok.lower_ != "for" or tok.dep_ != "prep":
            continue
        target = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if target is None:
            return None
        if target.pos_ == "PROPN" and target.ent_type_ not in _NO_FIRM:
            return _name(target)
        if target.lemma_.lower() in _COMPANY_NOUNS and any(c.lower_ == "the" for c in target.lefts):
            return main_org  # "bid 900p a share for the firm"
        return None
    return None


def offer_for(obj: str, span: Any, main_org: str | None) -> str:
    """`obj` with " for <firm>" for a price per share offered (the module doc's rule)."""
    if " for " in obj or not obj.endswith(" per share") or _OFFER.search(obj) is None:
        return obj
    target = _for_named(span, main_org)
    if target is None and main_org is not None:
        if titled(main_org, span.doc.text):
            return obj  # (a person, whom the entity stage took for a firm: a bidder)
        target = main_org
    if target is None or target in obj:
        return obj  # "Exel's offer per share": the bidder, not the target
    return f"{obj} for {target}"


# Titles of a person, whose name is no firm a price per share is offered for.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady")


def titled(name: str, text: str) -> bool:
    """Whether `text` gives `name` a person's title ("Mr Glazer"): a person the entity
    stage took for a firm."""
    return any(f"{t} {name}" in text for t in _TITLES)
