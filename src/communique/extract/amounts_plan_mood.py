"""The mood of an amount a plan, proposal or promise holds, when no other rule gave one:
"The outline proposes ... cuts of 5.6% at the agency" -> a target; "promising to raise tax
on those earning more than £100,000" -> a pledge; "plans for 100% debt relief" -> a target.
An amount a word of planning or promising governs (up its clause, through "to", "for" and
"of" phrases) is not yet a fact. A plan that is dropped, blocked or missed is left alone,
and so is an amount with a mood already (a forecast, a possible sum)."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _tokens
from communique.record import Amount

# Verbs and nouns of a plan (a target) and of a promise (a pledge).
_PLAN_VERBS = frozenset("propose foresee envisage urge plan intend recommend".split())
_PROMISE_VERBS = frozenset("promise pledge vow commit".split())
_PLAN_NOUNS = frozenset("plan proposal target manifesto blueprint".split())
_PROMISE_NOUNS = frozenset("pledge promise commitment".split())
# What every form of a word of planning or promising holds (a cheap test before the tree).
_STEMS = (
    "propos",
    "foresee",
    "envisag",
    "urg",
    "plan",
    "intend",
    "recommend",
    "promis",
    "pledg",
    "vow",
    "commit",
    "target",
    "manifesto",
    "blueprint",
)
# Verbs that undo a plan ("scrapped plans for ...").
_UNDONE = frozenset("abandon scrap drop shelve reject block miss oppose defeat end".split())
# Determiners of a thing that is there already ("the $422bn deficit").
_KNOWN = frozenset("the this that these those its their his her our".split())
# Dependencies inside the amount's own noun phrase ("cuts of 5.6%", "100% debt relief").
_INSIDE = frozenset("nummod compound nmod quantmod amod appos".split())
_STEPS = 3


def _planned(verb: Any) -> str | None:
    """ "target" or "pledge" for a verb of planning or promising, or one whose "to" clause
    the amount's verb is ("urged them to provide $50bn"), else None."""
    v = verb
    for _ in range(_STEPS):
        lemma = v.lemma_.lower()
        if lemma in _PLAN_VERBS or lemma in _PROMISE_VERBS:
            if v.dep_ in ("acl", "relcl", "amod") or any(c.dep_ == "neg" for c in v.children):
                return None  # ("companies planning 10 redundancies": who they are)
            return "pledge" if lemma in _PROMISE_VERBS else "target"
        if v.dep_ == "xcomp":
            v = v.head
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head  # "committed to cutting ... by £35bn"
        else:
            return None
    return None


def _mood_above(tok: Any) -> str | None:
    """ "target" or "pledge" when the amount's noun is what a plan or promise is of, else
    None: the object of a verb of planning (or of its "to" clause), or the "for" or "of" of
    a noun of planning."""
    t = tok
    for _ in range(_STEPS):
        if t.dep_ not in _INSIDE or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB":
        if t is not tok and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _KNOWN for c in t.lefts
        ):
            return None  # "pledged to bring America's $422bn deficit under control": as it is
        return _planned(t.head)
    if t.dep_ != "pobj":
        return None
    prep = t.head
    held = prep.head
    before = prep.doc[prep.i - 1]
    if (
        prep.lower_ in ("for", "of")
        and held.pos_ == "VERB"
        and before.pos_ == "NOUN"
        and before.head.i == held.i
    ):
        held = before  # "defended his plans for £3bn tax cuts": "for" hung on the verb
    lemma = held.lemma_.lower()
    if prep.lower_ in ("for", "of") and held.pos_ == "NOUN":
        if lemma in _PLAN_NOUNS or lemma in _PROMISE_NOUNS:
            lo = max(held.sent.start, held.i - 5)
            if any(w.lemma_.lower() in _UNDONE for w in held.doc[lo : held.i]):
                return None  # ("puts an end to plans for 40 casinos", "scrapped plans for")
            return "pledge" if lemma in _PROMISE_NOUNS else "target"
        return None
    if prep.lower_ in ("by", "to") and held.pos_ == "VERB":
        return _planned(held)  # "cutting spending by £35bn", committed to
    return None


def plans_marked(out: list[Amount], doc: Any, text: str) -> None:
    """Marks each amount with no mood that a plan or promise holds (the module doc's rule),
    and its conversions the same."""
    low = text.lower()
    if not any(s in low for s in _STEMS):
        return
    for a in out:
        if a.extra.get("modality") or "conversion_of" in a.extra:
            continue
        near = low[max(0, a.span[0] - 200) : a.span[1] + 40]
        if not any(s in near for s in _STEMS):
            continue  # (cheap: no word of planning near the amount)
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        mood = _mood_above(span.root)
        if mood is not None:
            a.extra["modality"] = mood
    for a in out:
        conv = a.extra.get("conversion_of")
        if conv and not a.extra.get("modality"):
            orig = next((b for b in out if list(b.span) == conv), None)
            if orig is not None and orig.extra.get("modality"):
                a.extra["modality"] = orig.extra["modality"]
