"""Modifiers the same sentence gives that define what an amount measures, kept in its object
so that it does not read as a more general thing:

- a bounding "for the first N weeks" duration of what the amount's verb says ("entitled to
  90% of earnings for the first six weeks after giving birth");
- what is to be done to a counted measure that is the object of an infinitive ("to distil
  250 million litres of excess wine into alcohol" -> "excess wine to be distilled into
  alcohol");
- a "for <things> under/over <sum>" threshold ("tax relief for gifts under £200" -> "value of
  gifts for tax relief");
- a sum a "would have" verb does names what it would have been done to ("would have banned
  £56m in donations": "donations banned"), and under an "if" it is a possible amount, not
  one that happened.
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_parse import _join, _np, _subject, _verb_noun
from communique.extract.inflect import participle, verb_lemma

# Words that make a duration a bound from the start ("for the first six weeks").
_FIRST_WORDS = frozenset("first initial opening".split())
# Nouns of a duration.
_SPAN_NOUNS = frozenset("day days week weeks month months year years".split())
# Words that stop a duration's phrase: another clause, an aside.
_STOP_DEPS = frozenset("punct cc conj relcl advcl appos".split())
_MAX_WORDS = 8
# Prepositions that bound a sum ("gifts under £200").
_BOUND_PREPS = frozenset("under over below above".split())
# The modal of a thing that would have been, had something else been ("would have banned").
_UNREAL_MODALS = frozenset("would could might".split())


def bounding_duration(obj: str, hosts: list[Any], skip: set[int]) -> str:
    """ "new mothers' entitlement" -> "... for first six weeks after giving birth" when the
    verb the amount hangs on (or the noun it counts: "a 50% discount for the first three
    months") has a "for the first N weeks" phrase (the object unchanged otherwise)."""
    for c in (c for host in hosts for c in host.rights):
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        span = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (
            span is None
            or span.lower_ not in _SPAN_NOUNS
            or not any(k.lower_ in _FIRST_WORDS for k in span.lefts)
            or not any(k.dep_ == "nummod" for k in span.lefts)
            or _of_a_time(span)
        ):
            continue
        cut: set[int] = set()
        for t in span.subtree:
            if t.dep_ in _STOP_DEPS and t.i not in cut:
                cut.update(k.i for k in t.subtree)
        words = [t for t in c.subtree if t.i not in cut and t.i not in skip and t.dep_ != "det"]
        said = _join(words)
        if len(words) <= _MAX_WORDS and said.lower() not in obj.lower():
            return f"{obj} {said}"
        return obj
    return obj


def _of_a_time(span: Any) -> bool:
    """ "the first three months of the year": a span of a calendar time, a period, not a
    bound of what the amount is."""
    return any(
        p.dep_ == "pobj" and (p.lower_ in _SPAN_NOUNS or p.ent_type_ == "DATE" or p.like_num)
        for c in span.rights
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def infinitive_done(obj: str, measure: Any, skip: set[int]) -> str:
    """ "excess wine" -> "excess wine to be distilled into alcohol" for "to distil 250
    million litres of excess wine into alcohol": a measure that is the object of an
    infinitive whose verb names no measure of its own ("to produce": "production", read
    elsewhere); the object unchanged otherwise."""
    verb = measure.head
    if (
        measure.dep_ != "dobj"
        or verb.tag_ != "VB"
        or not any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.lefts)
        or _verb_noun(verb, lexicon()) is not None
    ):
        return obj
    of = next((c for c in measure.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or not obj.lower().endswith(thing.lower_) or thing.i in skip:
        return obj
    said = f"{obj} to be {participle(verb_lemma(verb))}"
    # the verb's own short phrase after the measure: "into alcohol"
    how = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "prep" and c.i == measure.right_edge.i + 1 and c.lower_ != "for"
        ),
        None,
    )
    if how is not None:
        words = [t for t in how.subtree if t.dep_ != "det"]
        if len(words) <= 4 and not skip & {t.i for t in words} and all(t.is_alpha for t in words):
            said += f" {_join(words)}"
    return said


def threshold_for(span: Any, skip: set[int]) -> str | None:
    """ "value of gifts for income tax relief" for "income tax relief for gifts under £200":
    the sum bounds the things a "for" phrase of a noun names; or None."""
    doc = span.doc
    at = span.start
    if at < 2 or doc[at - 1].lower_ not in _BOUND_PREPS:
        return None
    things = doc[at - 2]
    prep = things.head
    held = prep.head
    if (
        things.tag_ != "NNS"
        or things.dep_ != "pobj"
        or prep.lower_ != "for"
        or held.pos_ != "NOUN"
        # (a thing had, not the subject measured: "prices for homes over £1m rose")
        or held.dep_ not in ("attr", "dobj", "pobj", "conj", "appos")
        or things.i in skip
        or held.i in skip
        or things.lower_ in lexicon().people
    ):
        return None
    held_words = _np(held, skip | {prep.i} | {t.i for t in things.subtree})
    return f"value of {_np(things, skip)} for {held_words}"


def unreal_done(obj: str, root: Any, skip: set[int]) -> tuple[bool, str]:
    """Whether the sum `root` heads is the object of a "would have" verb ("which would have
    banned £56m in donations"), and its object: the thing of its "in" phrase named as done
    to ("donations banned", "gifts blocked by cap" with a noun subject), else `obj`."""
    verb = root.head
    if root.dep_ not in ("dobj", "npadvmod") or verb.tag_ != "VBN":
        return False, obj
    auxes = [k.lower_ for k in verb.lefts if k.dep_ == "aux"]
    if "have" not in auxes or not _UNREAL_MODALS.intersection(auxes):
        return False, obj
    in_ = next((c for c in verb.rights if c.dep_ == "prep" and c.i == root.right_edge.i + 1), None)
    thing = next((c for c in in_.children if c.dep_ == "pobj"), None) if in_ else None
    if (
        in_ is None
        or in_.lower_ != "in"
        or thing is None
        or not obj.lower().startswith(_np(thing, skip).lower())
    ):
        return True, obj  # ("savings in fees": the verb's own noun says it)
    said = f"{obj} {verb.lower_}"
    doer = _subject(verb)
    if doer is not None and doer.pos_ == "NOUN" and doer.i not in skip:
        said += f" by {_np(doer, skip)}"
    return True, said


def modifiers_kept(
    obj: str,
    span: Any,
    how: tuple[str, bool, str, bool],
    verb: Any,
    extra: dict[str, Any],
    low: str,
    skip: set[int],
) -> str:
    """The object with the defining modifiers above kept; `how` is the amount's kind, whether
    its unit is a measure, its comparator and whether it has no period; `low` its sentence,
    lower-cased (each rule's words are tested in it before any walk of the parse)."""
    kind, measured, comparator, undated = how
    if undated and " for " in low and ("first " in low or "initial " in low or "opening " in low):
        root = span.root
        counted = root.head if root.dep_ in ("nummod", "compound", "amod") else None
        hosts = [t for t in (verb, counted) if t is not None]
        obj = bounding_duration(obj, hosts, skip)
    if kind == "count" and measured and "to " in low:
        obj = infinitive_done(obj, span[-1], skip)
    if kind == "money" and comparator != "=" and "for " in low:
        obj = threshold_for(span, skip) or obj
    if kind == "money" and " have " in low and ("would" in low or "could" in low or "might" in low):
        unreal, obj = unreal_done(obj, span.root, skip)
        if unreal and (low.startswith("if ") or " if " in low):
            # "If there were a cap, it would have banned £56m": had it been, not what happened
            # (a bare "would have" is left as it was)
            extra["modality"] = "possible"
    return obj
