"""The mood of a verb reaches every object joined to the one it governs.

    A merged Acme and Globex would have sales of $9bn and a fleet of 400 ships.
    -> the 400 ships are forecast, as the $9bn is ("would have ... and a fleet of")

An amount with no modality of its own takes the modality (forecast, possible, pledge,
target) of the amount just before it in its sentence when the two are noun phrases joined
by one "and" or "or" with no verb between them (so the second is a further object of the
verb the first hangs on, which comes before both): what the words between hold outside a
bracket is no verb, no second clause ("while", "but", "with") and no compared value
("from", "than", "against"). The earlier amount's modality must come from its verb, not
from a noun of its own phrase ("the 2% forecast and 3% growth"), and the later amount may
not be the subject of a verb after it ("would rise to $5bn and 300 jobs were cut"). The
later amount's conversions follow it.
"""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _clause_head, _outward, _tokens
from communique.extract.amounts_words import _AIM_NOUNS, _ESTIMATE_NOUNS, _PLAN_NOUNS
from communique.record import Amount

# Words between two amounts that open a clause or a compared value of their own.
_BREAKS = frozenset(
    """from than against compared versus while whereas but with ; : - – — which that who
    whose where when because although though if unless""".split()
)
# Nouns of a phrase that carry a modality of their own ("its target of 5%").
_MOOD_NOUNS = _AIM_NOUNS | _ESTIMATE_NOUNS | frozenset(_PLAN_NOUNS)
# Participles that make a phrase's amount a forecast by themselves ("an expected 3% rise").
_MOOD_PARTICIPLES = frozenset("expect project forecast predict plan propose estimate".split())


def _verb_mood(toks: Any) -> Any:
    """The verb before the amount `toks` whose mood the amount has, when the amount's phrase
    (up to that verb) holds no noun or participle of a mood of its own; else None."""
    outs = _outward(toks)
    if not outs:
        return None
    verb = _clause_head(outs[0].head)
    if verb.i >= toks.start or verb.pos_ not in ("VERB", "AUX"):
        return None
    h = outs[0]
    for _ in range(12):
        if h.i == verb.i:
            return verb
        if h.lemma_.lower() in _MOOD_NOUNS or any(
            c.dep_ == "amod" and c.lemma_.lower() in _MOOD_PARTICIPLES for c in h.lefts
        ):
            return None
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def _joined(doc: Any, lo: int, hi: int) -> bool:
    """Whether the tokens `lo` to `hi` (between two amounts) join two noun phrases: one
    "and" or "or" outside brackets, no verb, no break word."""
    depth = 0
    joins = 0
    for i in range(lo, hi):
        t = doc[i]
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif t.lower_ in ("and", "or"):
            joins += 1
        elif t.tag_ == "MD" or t.tag_.startswith("VB") or t.lower_ in _BREAKS:
            return False
        elif t.is_sent_start:
            return False
    return joins == 1


def coordinated_mood(out: list[Amount], doc: Any, text: str) -> None:
    """Give an amount joined by "and"/"or" to the object of a modal verb before it the
    modality of that verb (see the module docstring)."""
    prev: Amount | None = None
    for a in out:
        if "conversion_of" in a.extra:
            continue
        earlier, prev = prev, a
        if earlier is None or "modality" in a.extra or "modality" not in earlier.extra:
            continue
        gap = text[earlier.span[1] : a.span[0]]
        if " and " not in gap and " or " not in gap:
            continue  # (cheap test first)
        first = _tokens(doc, *earlier.span)
        toks = _tokens(doc, *a.span)
        if first is None or toks is None or not len(first) or not len(toks):
            continue
        if first.start >= toks.start or not _joined(doc, first.end, toks.start):
            continue
        verb = _verb_mood(first)
        outs = _outward(toks)
        if verb is None or not outs or _clause_head(outs[0].head).i >= toks.start:
            continue  # (no verb of the first's before it; the second the subject of its own)
        mood = earlier.extra["modality"]
        a.extra["modality"] = mood
        for c in out:  # (and its conversions)
            if c.extra.get("conversion_of") == list(a.span):
                c.extra["modality"] = mood
