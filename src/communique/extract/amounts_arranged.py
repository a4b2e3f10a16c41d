"""Amounts of a deed arranged, hoped for or expected but not (yet) done: "signed an
agreement with Nissan to supply it with 36,000 cars" (pledged by the agreement, not a
supply made), "the price rise analysts expected Nippon to agree to" (what was expected, not
what was agreed)."""

from __future__ import annotations

from typing import Any

# Nouns of a commitment whose "to" clause says what is to be done ("a deal to supply").
_COMMITMENT_NOUNS = frozenset("deal agreement contract accord pact commitment".split())
# Verbs that make a commitment, whose "to" clause the parse may hang on them rather than on
# the commitment noun ("signed an agreement with Nissan to supply it with 36,000 cars"); not
# "used the deal to raise £5m" (a purpose, the deed the firm's own).
_MAKE_DEAL_VERBS = frozenset("sign strike reach seal conclude ink agree win secure".split())
# Verbs whose "to" clause with an object of its own is what someone else is looked to do
# ("analysts had expected Nippon to agree to a rise of 40%").
_EXPECT_VERBS = frozenset("expect hope want forecast predict anticipate".split())


def deal_clause(head: Any) -> bool:
    """Whether `head` is a "to" clause the parse hung on the verb that made a deal, after the
    deal noun, its object ("signed an agreement with Nissan to supply it with 36,000 cars"):
    what the deal commits to, not done yet."""
    if head.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.lefts):
        return False
    made = head.head
    if made.i == head.i or made.lemma_.lower() not in _MAKE_DEAL_VERBS:
        return False
    return any(
        c.dep_ == "dobj" and c.i < head.i and c.lemma_.lower() in _COMMITMENT_NOUNS
        for c in made.children
    ) and not any(c.dep_ == "neg" for c in made.children)


def expected_to_agree(verb: Any, by: str) -> str | None:
    """ "analysts expected Nippon to agree to a rise": the words after the thing agreed to,
    "analysts expected Nippon to agree to" (or "Nippon was expected to agree to"), when the
    agreeing is only what `verb`'s head expects or hopes; None otherwise."""
    up = verb.head
    if (
        verb.dep_ not in ("ccomp", "xcomp")
        or up.i == verb.i
        or up.lemma_.lower() not in _EXPECT_VERBS
        or not up.text.isalpha()
    ):
        return None
    said = up.text.lower()
    subj = next((c for c in up.lefts if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not subj.like_num:
        who = " ".join(t.text for t in subj.subtree if t.dep_ != "det")
        if subj.pos_ == "NOUN" and who[:1].isupper() and not who.isupper():
            who = who[0].lower() + who[1:]  # ("Analysts had expected": not a name)
        return f"{who} {said} {by} to agree to"
    be = next((c for c in up.lefts if c.dep_ == "auxpass"), None)
    if be is not None and up.tag_ == "VBN":
        return f"{by} {be.lower_} {said} to agree to"  # "Nippon was expected to agree to"
    return None


def deal_of(verb: Any) -> Any:
    """The deal noun whose "to" clause `verb` is ("struck a deal to supply", "signed an
    agreement with Nissan to supply": deal, agreement), or None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        return None
    up = verb.head
    if verb.dep_ in ("relcl", "acl") and up.lemma_.lower() in _COMMITMENT_NOUNS:
        return up
    if deal_clause(verb):
        return next(
            c for c in up.children if c.dep_ == "dobj" and c.lemma_.lower() in _COMMITMENT_NOUNS
        )
    return None


def deal_sides(deal: Any) -> tuple[Any, Any]:
    """(who made `deal`: the subject of the verb it is the object of; the other side: its
    "with" noun), each None when not said."""
    made = deal.head
    maker = (
        next((c for c in made.lefts if c.dep_ == "nsubj"), None) if deal.dep_ == "dobj" else None
    )
    prep = next((c for c in deal.rights if c.dep_ == "prep" and c.lower_ == "with"), None)
    other = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return maker, other
