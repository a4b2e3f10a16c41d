"""Whose a count "with" a holder is: "Acme is a retailer with 500 stores" -> "Acme's stores",
"spurred its broadband division to pole position, with 5.1 million subscribers" ->
"subscribers of its broadband division", "Mr Pound, who is married with two children" ->
"Mr Pound's children". A bare counted noun says nothing of whose the things are.

The holder is the noun "with" hangs on, or the subject (through "who"/"which" to the noun
it stands for) of the verb "with" hangs on, or that verb's object when the object is a
firm or a part of one ("made Globex the biggest operator", "spurred its division"). "with"
that a verb takes as its own ("compared with", "supply X with", "meet with") is left
alone, as is a holder the words cannot name (a bare "it", "they"). A "with" clause whose
counted has a verb of its own ("with 300 jobs lost") is `amounts_with_clause`'s.
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _name, _np, _possessive, _uncap_opening
from communique.extract.amounts_words import _OWNER_ORGS

# Verbs whose "with" is their own complement, not what the subject has.
_WITH_VERBS = frozenset(
    """compare meet deal agree provide supply equip charge cope clash negotiate talk speak
    side compete merge combine share replace associate connect link credit present fill
    load team partner collide trade tie match fight argue consult discuss sign settle
    reach strike cooperate co-operate interfere help begin start open end close finish
    launch greet flood""".split()
)
# Verbs that put their object somewhere ("spurred its division to pole position, with 5
# million subscribers"): the object holds what "with" counts, not the subject.
_RAISING = frozenset("make turn spur lift push propel catapult take keep leave help".split())
# Words before "with" that make it a comparison or an addition ("along with", "compared
# with"), not a holding.
_NOT_HOLDING = frozenset("along together compared alongside coupled level par plus".split())
# Parts of a firm, which hold what a firm holds ("its division ... with 500 staff").
_PARTS = frozenset("division subsidiary arm unit business network chain".split())
# Other bodies that hold people or things ("the charity ... with 1,200 volunteers").
_BODIES = frozenset(
    """charity organisation organization school university college hospital team club
    city country town region association society network""".split()
)
_PRONOUNS = frozenset("it they them he she we you i this that these those".split())


def _holder_noun(tok: Any) -> bool:
    """Whether `tok` can hold things: a name, or a firm or a part of one."""
    if tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _OWNER_ORGS | _PARTS | _BODIES


def _subject_of(verb: Any) -> Any:
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "Mr Pound, who is married with two children": Mr Pound
    if subj is None and verb.dep_ == "conj":
        return _subject_of(verb.head)  # "Acme grew and ended the year with 500 stores"
    return subj


def _holder(prep: Any) -> Any:
    """The noun that holds what `prep` ("with") counts, or None."""
    at = prep.head
    if at.pos_ in ("NOUN", "PROPN"):
        small = next((c for c in at.lefts if c.dep_ == "nsubj"), None)
        if small is not None:
            return small  # "made Globex the biggest operator, with ...": Globex
        if at.dep_ == "appos":
            return at.head  # "Acme, a retailer with 500 stores"
        if at.dep_ == "attr" and at.head.pos_ == "AUX":
            return _subject_of(at.head)  # "Acme is a retailer with 500 stores"
        return at if _holder_noun(at) else None
    if at.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if at.lemma_.lower() in _WITH_VERBS:
        return None
    while at.dep_ in ("acomp", "xcomp") and at.head.pos_ in ("VERB", "AUX"):
        up = at.head  # "who is married with", "spurred its division to pole position, with"
        if at.dep_ == "xcomp" and up.lemma_.lower() in _RAISING:
            controller = next((c for c in up.rights if c.dep_ == "dobj" and c.i < at.i), None)
            if controller is not None and _holder_noun(controller):
                return controller
        at = up
    held = next(
        (c for c in at.rights if c.dep_ in ("dobj", "oprd") and c.i < prep.i),
        None,
    )
    if held is not None and at.lemma_.lower() in _RAISING and _holder_noun(held):
        return held  # "made Globex the biggest operator, with ...": Globex
    return _subject_of(at)


def held_with(obj: str, noun: Any, skip: set[int]) -> str:
    """`obj` with the holder of a count "with" a holder (the module doc's rule); `obj`
    unchanged when the count is no such one or the object already says more than its
    noun phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return obj
    if noun.lower_ == "others" or any(c.dep_ in ("poss", "acl", "relcl") for c in noun.children):
        return obj  # "their 300 staff", "with 104,000 workers axed": said already
    before = noun.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.lower_ in _NOT_HOLDING:
        return obj
    at = prep.head
    joined = f"{at.lower_} with "
    held = obj
    if obj.lower().startswith(joined) and at.pos_ == "NOUN":
        held = obj[len(joined) :]  # "caterer with staff": the staff, whose the holder says
    if held.endswith(" with") and at.lemma_.lower() not in _WITH_VERBS:
        # "customers the firm leads market with": a clause around the holder's things
        held = held.split(" ", 1)[0] if noun.n_lefts <= 1 else _np(noun, skip, with_acl=False)
    said = {t.lower_ for t in noun.sent if t.pos_ in ("VERB", "AUX")} | {at.lower_}
    if any(w in said for w in held.lower().split()):
        return obj  # "visitors the town expects": a clause of its own
    holder = _holder(prep)
    if holder is None or holder.i in skip or holder.lower_ in _PRONOUNS:
        return obj
    if holder.pos_ == "PROPN":
        return f"{_possessive(_name(holder))} {held}"
    if holder.pos_ != "NOUN" or not _holder_noun(holder):
        return obj
    words = _uncap_opening(_np(holder, skip, with_acl=False), holder.left_edge)
    if not words or len(words.split()) > 6 or any(ch.isdigit() for ch in words):
        return obj
    return f"{held} of {words}"
