"""A deed only planned: "they plan to seize 12,900 acres", "plans to shed 71,000 jobs"
(the count's object says the plan: "jobs planned to be shed", not "jobs shed")."""

from __future__ import annotations

from typing import Any

from communique.extract.inflect import verb_lemma

# Verbs whose "to" clause names a deed not (yet) done: planned, wished or threatened.
_PLAN_VERBS = frozenset("plan intend aim want hope propose threaten".split())
# Nouns of a plan whose "to" clause names a deed not done, with their participle ("plans
# to shed 71,000 jobs": jobs planned to be shed).
_PLAN_NOUNS = {"plan": "planned", "proposal": "proposed"}


def planner(verb: Any) -> Any:
    """The planning verb whose "to" clause `verb` is ("plans to cut": "plans"), or None."""
    up = verb.head
    if (
        verb.dep_ != "xcomp"
        or up.i == verb.i
        or up.pos_ != "VERB"
        or verb_lemma(up) not in _PLAN_VERBS  # (the model's lemma of "hopes" is "hop")
        or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.lefts)
        or any(c.dep_ == "neg" for c in up.children)
    ):
        return None
    return up


def planned_by_noun(verb: Any) -> str | None:
    """ "planned" for "Plans to shed 71,000 jobs": the participle of the plan noun whose
    "to" clause `verb` is, or None."""
    up = verb.head
    if (
        verb.dep_ not in ("acl", "xcomp")  # (the parse may hang it either way)
        or up.pos_ != "NOUN"
        or up.i >= verb.i
        or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.lefts)
    ):
        return None
    return _PLAN_NOUNS.get(up.lemma_.lower())
