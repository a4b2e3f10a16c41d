"""Which poll a party's or group's poll share is from, when a sentence before names it.

    "A second poll for the Independent on Sunday found that support ... remained largely
    unchanged. Labour lead the Conservatives by 39% to 34% ..."
    -> "share in Independent on Sunday poll for Labour" (not "poll share for Labour";
       "share in ICM Research survey for whom ..." for a survey)

A share told only as "poll share for X" says not whose poll it is; the article often names
the poll just before ("a poll for the Independent on Sunday", "the survey carried out by
ICM Research", "a YouGov poll"). The nearest such naming in the amount's sentence before it,
or in the four sentences before, is put in the object. A poll named by no capitalised name
("a survey for the charity") names none.
"""

from __future__ import annotations

import re

from communique.record import Amount

# A poll or survey with the name of whom it was for or by, or a name before it.
_NAMED = re.compile(
    r"\b(?P<k1>poll|survey)\s+(?:for|by|carried\s+out\s+by|conducted\s+by|commissioned\s+by)\s+"
    r"(?:the\s+)?(?P<after>[A-Z][\w&'’.-]*(?:\s+(?:on|of|[A-Z][\w&'’.-]*))*)"
    r"|\b(?:[Tt]he|[Aa]n?)\s+(?P<before>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s+"
    r"(?P<k2>poll|survey)\b"
)
_SHARE = "poll share "
# How many sentences back a naming is looked for.
_BACK = 4


def polls_named(out: list[Amount], text: str) -> None:
    """Each "poll share ..." object with the poll the text names before it (see the
    module)."""
    for a in out:
        obj = a.object or ""
        if not obj.startswith(_SHARE):
            continue
        named = _poll_before(text, a.span[0])
        if named is not None:
            a.object = f"share in {named[0]} {named[1]} {obj[len(_SHARE) :]}"


def _poll_before(text: str, at: int) -> tuple[str, str] | None:
    """The name of the last poll named before `at` (and "poll" or "survey", as said)."""
    start = at
    for _ in range(_BACK + 1):  # (the amount's own sentence, then those before)
        start = max(text.rfind(". ", 0, start - 1), text.rfind("\n", 0, start - 1))
        if start < 0:
            break
    lo = max(start, 0)
    last = None
    for m in _NAMED.finditer(text, lo, at):
        last = m
    if last is None:
        return None
    words = (last.group("after") or last.group("before")).split()
    while words and words[-1] in ("on", "of"):
        words.pop()  # ("a poll for the Independent on": cut at the sentence's end)
    return (" ".join(words), last.group("k1") or last.group("k2")) if words else None
