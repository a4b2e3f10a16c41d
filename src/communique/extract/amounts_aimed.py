"""What a plan is aimed at: "The shake-up is aimed at making £86m in efficiency savings" ->
"efficiency savings under shake-up"; "The plan aims to save £86m a year" -> "savings under
plan per year"; "The scheme is intended to cut 5,000 jobs" -> "jobs cut under scheme". A
thing meant to bring an amount about (a plan, a scheme, reforms) says what the amount is
part of; without it a reader sees bare "savings". The amount's verb is reached from a verb
of aim ("aim", "design", "intend", "mean") through its "to" or "at" clause, and the aim's
subject is a noun of a plan (a body's aim is its own plan, said by the planner rules; "The
port aims to handle 2m tonnes" is no plan's). It is a pass over the amounts once the others
have told their objects ("The plan aims to boost production": the coffee production said
before, under the plan). Nothing when the object names that subject already."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _join, _np, _tokens, _uncap_opening
from communique.record import Amount

_AIM_VERBS = frozenset("aim design intend mean".split())
# Nouns of a plan or a change made on purpose, the last word of the aim's subject.
_PLANS = frozenset(
    """plan scheme programme program project reform reforms measure measures shake-up
    overhaul restructuring move package proposal proposals strategy initiative policy law
    bill legislation rules budget campaign review deal""".split()
)
# Dependencies by which a "to" or "at" clause hangs on the verb of aim.
_UP = frozenset(("xcomp", "pcomp", "prep", "advcl", "acl"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# Every form of a verb of aim holds one of these; and how far before the amount it may be.
_AIM_STEMS = ("aim", "design", "intend", "meant")
_REACH = 160
_POINTING = frozenset("this that these those".split())


def _aim_verb(tok: Any) -> Any:
    """The verb of aim whose clause holds `tok`, or None."""
    verb = tok
    for _ in range(6):
        if verb.head.i == verb.i:
            return None
        if verb.dep_ not in _UP and verb.pos_ in ("VERB", "AUX"):
            return None
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _AIM_VERBS:
            return verb
    return None


def plans_aimed(out: list[Amount], doc: Any, text: str, people: frozenset[str]) -> None:
    """Says the plan in the object of each amount a plan is aimed at (the module doc's
    rule), once the other passes have told what the object is. `people`: nouns of people,
    who are no plan."""
    low = text.lower()
    if not any(w in low for w in _AIM_STEMS):
        return  # (cheap: no word of aim in the article)
    for a in out:
        if not a.object or "conversion_of" in a.extra:
            continue
        before = low[max(0, a.span[0] - _REACH) : a.span[0]]
        if not any(w in before for w in _AIM_STEMS):
            continue  # (cheap: no word of aim shortly before the amount)
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        skip = set(range(span.start, span.end))
        a.object = aimed_under(a.object, span, skip, people)
    for a in out:
        conv = a.extra.get("conversion_of")
        if conv:
            a.object = next((b.object for b in out if list(b.span) == conv), a.object)


def aimed_under(obj: str, span: Any, skip: set[int], people: frozenset[str]) -> str:
    """`obj` with " under <plan>" for an amount a plan is aimed at (the module doc's rule);
    `obj` unchanged otherwise. `people`: nouns of people, who are no plan."""
    low = f" {obj.lower()} "
    if " under " in low or " by " in low:
        return obj
    aim = _aim_verb(span.root)
    if aim is None:
        return obj
    plan = next((c for c in aim.lefts if c.dep_ in _SUBJECTS), None)
    if plan is None or plan.pos_ != "NOUN" or plan.i in skip or plan.lower_ in people:
        return obj
    if any(c.lower_ in _POINTING for c in plan.lefts):
        return obj  # "This funding is intended to ...": the one before, told by others
    own = [t for t in plan.subtree if t.dep_ != "det"]
    whole = len(own) <= 5 and own[-1].i - own[0].i + 1 == len(own)
    # (a short phrase as written, its hyphens kept: "shake-up")
    said = _join(own) if whole else _np(plan, skip, with_acl=False)
    words = _uncap_opening(said, plan.left_edge)
    if not words or words.split()[-1].lower() not in _PLANS:
        return obj  # ("The port aims to handle 2m tonnes": no plan)
    if not words or len(words.split()) > 5 or words.lower() in obj.lower():
        return obj
    rate = obj.find(" per ")
    if rate > 0:
        return f"{obj[:rate]} under {words}{obj[rate:]}"
    return f"{obj} under {words}"
