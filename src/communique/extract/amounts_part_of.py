"""The scheme a sum is paid under, said by "as part of" after its noun.

    "with payments of £50 for the over-70s as part of the winter fuel allowance"
    -> "payments for over-70s as part of winter fuel allowance"

A noun that a money amount measures ("payments of £50") with its own "as part of X" says
what the sum belongs to, which the object keeps (after the words it has), X told shortly.
Not when "as part of" hangs on the verb (the clause's, not the sum's), when X is only a
pronoun's ("its plan": whose is not said) or long, or when the object says X already.
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _np, _of_holder
from communique.record import Amount

# A determiner that leaves whose X is unsaid.
_UNSAID = frozenset("its their his her this that these those".split())


def _part_of_kept(out: list[Amount], doc: Any) -> None:
    """Each money amount's object with its noun's "as part of X" (see the module)."""
    for a in out:
        if a.extra.get("kind") != "money" or not a.object or " part of " in a.object:
            continue
        noun = _of_holder(doc, a)
        if noun is None:
            continue  # (only a noun that measures the sum: "payments of £50")
        whole = _whole(noun)
        if whole is None:
            continue
        told = _np(whole, set(), with_prep=False, with_acl=False)
        if not 0 < len(told.split()) <= 5 or whole.lower_ in a.object.lower():
            continue
        a.object = f"{a.object} as part of {told}"


def _whole(noun: Any) -> Any:
    """X of the noun's own "as part of X", or None."""
    for c in noun.rights:
        if c.dep_ != "prep" or c.lower_ != "as":
            continue
        part = next((p for p in c.children if p.dep_ == "pobj" and p.lower_ == "part"), None)
        if part is None:
            return None
        of = next((p for p in part.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        x = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        if x is None or x.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(t.lower_ in _UNSAID for t in x.lefts):
            return None  # ("as part of its plan": whose plan)
        return x
    return None
