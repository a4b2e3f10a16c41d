"""A possessive pronoun an object still holds, named from its own sentence: "Mr Bush's
proposed spending ... is well below his initial promise of $5bn" -> "Mr Bush's initial
promise"; "As Turkey's output grows, its contribution would rise to 9bn euros" -> "Turkey's
contribution". The readings before this one resolve a pronoun through the parse (the
subject up the clauses); what they leave is said by a name the sentence holds.

The name is taken only when the sentence leaves no choice: "his" or "her" when exactly one
person is named in the sentence, "its" when exactly one organisation or country is named
before the pronoun and none after it up to the amount. Otherwise the object is left as it
is; a wrong owner misleads more than an unresolved one.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _possessive, _tokens
from communique.record import Amount

_PRONOUN = re.compile(r"(?:^|(?<=\s))(its|his|her)\s")
_PERSON = frozenset({"PERSON"})
_THING = frozenset({"ORG", "GPE"})


def possessives_named(out: list[Amount], doc: Any) -> None:
    """Each object of `out` that holds "its", "his" or "her", with the one name its
    sentence allows (the module doc's rule)."""
    for a in out:
        obj = a.object
        if not obj or ("its " not in obj and "his " not in obj and "her " not in obj):
            continue
        said = _PRONOUN.search(obj)
        if said is None:
            continue
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        word = said.group(1)
        name = _only_name(span, word)
        if name is None or name.split()[-1].lower() in obj.lower():
            continue  # ("her husband Tom Barker": the name is the owned one's)
        a.object = f"{obj[: said.start(1)]}{_possessive(name)} {obj[said.end() :]}"


def _only_name(span: Any, word: str) -> str | None:
    """The one name of the right kind in the amount's sentence, or None."""
    sent = span[0].sent
    kinds = _PERSON if word in ("his", "her") else _THING
    names = {
        _titled(e): e
        for e in sent.ents
        if e.label_ in kinds and not span.start <= e.start < span.end
    }
    if len(names) != 1:
        return None
    ((name, ent),) = names.items()
    if kinds is _THING:
        # the pronoun's own place: the last "its" before the amount or right after it
        at = max(
            (t.i for t in sent if t.lower_ == word and t.i < span.end + 3),
            default=-1,
        )
        if at < 0 or ent.end > at:
            return None  # (a name after "its" is not what "its" stands for)
    return name or None


_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady".split())


def _titled(ent: Any) -> str:
    """A name with the title before it ("Mr Bush"), as the article calls the person."""
    name = _bare(ent.text.strip(" -,;:"))
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return f"{before.text} {name}" if before is not None and before.text in _TITLES else name


def _bare(name: str) -> str:
    """A name without its possessive ending or leading article."""
    name = name.removesuffix("'s").removesuffix("'")
    return name[4:] if name.lower().startswith("the ") else name
