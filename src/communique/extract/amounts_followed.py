"""An amount that comes after an earlier one of its sentence in time, as the object of a
"followed by" hung on the earlier amount's clause ("New mothers get 90% of their pay for six
weeks, followed by £100 a week until ..."; "Acme paid a bonus of £500 this year, followed
by £300 next year"): "follow" says nothing of what the amount is, so it is the earlier
amount's thing (not the earlier amount's share base, nor the time that bounds the earlier
amount), with the amount's own "until" bound, and the earlier amount's modality and
parties."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _base, _join
from communique.record import Amount

# What an earlier amount's object says of the earlier amount alone: the time that bounds it
# ("for first six weeks", "for this year").
_OWN_TIME = re.compile(
    r"\s+(?:for|in|during|over)\s+(?:the\s+)?"
    r"(?:first|next|last|this|coming|current|past|initial|opening)\b.*$"
)

# Times a sum may be paid per ("£100 a week").
_TIMES = frozenset(("day", "week", "month", "year", "quarter"))


def followed_earlier(span: Any, out: list[Amount], sent_start: int) -> Amount | None:
    """The earlier amount of the sentence that the amount at `span` follows: the amount is
    the object of "by" of a "followed" hung on the earlier amount's clause; else None."""
    root = span.root
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return None
    followed = by.head
    if (
        followed.lemma_.lower() != "follow"
        or followed.tag_ != "VBN"
        # (hung on the earlier amount's clause: not "the fall was followed by £3m ...")
        or followed.dep_ not in ("advcl", "conj", "acl")
        # (not a sum that names its own thing: "followed by £3m of losses")
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in root.rights)
    ):
        return None
    at = followed.idx
    # (the nearest amount before "followed" in the sentence that is no conversion)
    return next(
        (
            a
            for a in reversed(out)
            if sent_start <= a.span[0]
            and a.span[1] <= at
            and a.object
            and "conversion_of" not in a.extra
        ),
        None,
    )


def followed_object(earlier: Amount, span: Any, followed_unit: str) -> str | None:
    """The thing of the earlier amount `earlier` that the later amount at `span` continues
    ("new mothers' entitlement"), with the later amount's own "until" bound ("until baby
    is six months old"); None when nothing is left of the earlier amount's object."""
    thing = _OWN_TIME.sub("", _base(earlier) or "")
    if earlier.unit != followed_unit:
        if thing.startswith("share of "):
            return None  # (a sum is no share: "share of their pay" says nothing of it)
        thing = thing.split(" as share of ", 1)[0]  # (nor of the share's base)
    if not thing:
        return None
    doc = span.doc
    rate = doc[span.end : span.end + 2] if span.end + 2 <= len(doc) else None
    if rate is not None and rate[0].lower_ in ("a", "an", "per") and rate[1].lower_ in _TIMES:
        thing += f" per {rate[1].lower_}"  # (said before the bound: "£100 a week until")
    followed = span.root.head.head
    until = next(
        (
            c
            for c in followed.rights
            if c.dep_ == "advcl" and any(k.lower_ == "until" for k in c.lefts)
        ),
        None,
    )
    if until is not None:
        words = [t for t in until.subtree if t.dep_ != "det" and not t.is_punct]
        # (not one with a pronoun: "until they return", whom the object could not say)
        if len(words) <= 8 and not any(t.tag_ == "PRP" for t in words):
            thing += f" {_join(words)}"
    return thing
