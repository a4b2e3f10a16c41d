"""Who a quoted "me" is, and what a generic "you" counts.

    He said: "Six men managed to steal up on me."  (the speaker: Quentin Davies)
    -> "men who managed to steal up on Quentin Davies"
    "You cannot fight six men," he said.  (after "mugged by six men": "men mugging MP")
    -> "men mugging MP", not "men who cannot be fought"

An object of an amount inside a direct quote that keeps the speaker's "me", "my", "I" (or,
when the speaker is an organisation, "us", "our", "we") names the speaker there instead, and
a count that is its clause's subject and whose verb follows the noun bare gets its "who"
("men managed to ..." -> "men who managed to ..."). A pronoun speaker ("he said") is the
person last named as a speaker before it when the name the pronoun was resolved to stands
nowhere between the two. A count done to by a generic "you" or "one" is the group an
earlier count of as many of the same things in the article named. Nothing when the speaker
is unknown, or no earlier count names the group.
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _personal, _possessive, _tokens
from communique.extract.amounts_we import _quote_at
from communique.record import Amount, Article, Quote

# An object that keeps a first person (a cheap test of the object's words first).
_FIRST = re.compile(r"\b(?:me|my|I|myself|mine)\b")
_FIRST_WE = re.compile(r"\b(?:us|our|we|ourselves)\b")
_PRONOUN = frozenset("he she him her".split())
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.? ")
_MALE_TITLE = frozenset("Mr Sir Lord".split())
_FEMALE_TITLE = frozenset("Mrs Ms Miss Lady".split())
_GENERIC = frozenset(("you", "one"))


def _agrees(pronoun: str, name: str) -> bool:
    """ "he" and "Mr Davies"; a name without a title agrees with either."""
    title = name.split(" ", 1)[0].rstrip(".")
    if title in _MALE_TITLE:
        return pronoun in ("he", "him")
    if title in _FEMALE_TITLE:
        return pronoun in ("she", "her")
    return True


def _speaker_name(art: Article, q: Quote) -> str | None:
    """The person who speaks `q`, as the article names them in full where it can ("Mr
    Davies" -> "Quentin Davies"); None when unknown or no person."""
    sp = q.speaker
    if sp is None or not sp.name:
        return None
    ents = {e.id: e for e in art.entities}
    ent = ents.get(sp.entity) if sp.entity else None
    name: str | None = sp.name if ent is None or ent.type == "PERSON" else None
    pron = sp.text.lower()
    if pron in _PRONOUN:
        # ("Mr Davies said ... He said: ...": the pronoun's resolution may have taken a
        # name that is no speaker, "the MP for Grantham"; the last named speaker before
        # it is the one, unless the resolved name stands between the two)
        before = [
            p.speaker
            for p in art.quotes
            if p.speaker is not None
            and p.speaker.name
            and p.speaker.text.lower() not in _PRONOUN
            and p.speaker.span[1] <= sp.span[0]
        ]
        if before:
            last = max(before, key=lambda s: s.span[1])
            between = art.text[last.span[1] : sp.span[0]]
            if (
                last.name
                and last.name != name
                and _agrees(pron, last.name)
                and (name is None or name not in between)
            ):
                name = last.name
    if name is None:
        return None
    m = _TITLE.match(name)
    if m is not None:
        surname = name[m.end() :]
        full = [
            e.name for e in art.entities if e.type == "PERSON" and e.name.endswith(f" {surname}")
        ]
        if len(set(full)) == 1:
            return full[0]
    return name


def _org_name(art: Article, q: Quote) -> str | None:
    """The organisation that speaks `q` ("Acme said in a statement"), else None."""
    sp = q.speaker
    if sp is None or not sp.entity or sp.text.lower() in _PRONOUN:
        return None
    ent = next((e for e in art.entities if e.id == sp.entity), None)
    return ent.name if ent is not None and ent.type == "ORG" else None


def _named_for(obj: str, pat: re.Pattern[str], name: str) -> str:
    """The object with its first person words said as `name`."""
    own = _possessive(name)

    def said(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        return own if w in ("my", "mine", "our") else name

    return pat.sub(said, obj)


def _with_who(a: Amount, doc: Any) -> None:
    """ "men managed to steal up on me": a subject count's bare verb gets its "who"."""
    obj = a.object or ""
    span = _tokens(doc, a.span[0], a.span[1])
    if span is None or not len(span):
        return
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb is root:
        return
    noun = str(a.extra.get("quantity_noun", "")).lower()
    head = f"{noun} {verb.text} "
    if noun and obj.lower().startswith(head.lower()):
        who = "who" if a.unit == "people" or _personal(root) else "that"
        a.object = f"{obj[: len(noun)]} {who} {obj[len(noun) + 1 :]}"


def _generic_done_to(a: Amount, doc: Any) -> bool:
    """ "you cannot fight six men": the count is what a generic "you" or "one" does."""
    span = _tokens(doc, a.span[0], a.span[1])
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ != "dobj":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _GENERIC for c in root.head.children)


def _group_named_before(out: list[Amount], a: Amount) -> str | None:
    """The object of the first count before `a` of as many of the same things that says
    what they did ("men mugging MP"), not one of a quote."""
    noun = str(a.extra.get("quantity_noun", "")).lower()
    if not noun:
        return None
    for b in out:
        if b.span[0] >= a.span[0]:
            return None
        if (
            b.value == a.value
            and not b.extra.get("quoted")
            and str(b.extra.get("quantity_noun", "")).lower() == noun
            and b.object
            and b.object.lower().startswith(f"{noun} ")
            and not _FIRST.search(b.object)
        ):
            return b.object
    return None


def first_person_speaker(out: list[Amount], art: Article, doc: Any) -> None:
    """Names a quoted "me" by its speaker, and a generic "you"'s count by its group; see
    the module docstring."""
    if not art.quotes:
        return
    for a in out:
        obj = a.object
        if not obj or not a.extra.get("quoted"):
            continue
        first = _FIRST.search(obj)
        we = _FIRST_WE.search(obj) if first is None else None
        generic = first is None and we is None and a.extra.get("kind") == "count"
        if first is None and we is None and not generic:
            continue  # (a cheap test of the object's words first)
        if generic:
            low = art.text[a.span[0] - 60 : a.span[0]].lower()
            if "you " not in low and "one " not in low:
                continue
            if _generic_done_to(a, doc):
                group = _group_named_before(out, a)
                if group is not None:
                    a.object = group
            continue
        q = _quote_at(art, a.span[0], a.span[1])
        if q is None:
            continue
        if first is not None:
            name = _speaker_name(art, q)
            if name is None:
                continue
            _with_who(a, doc)
            a.object = _named_for(a.object or obj, _FIRST, name)
        else:
            org = _org_name(art, q)
            if org is None:
                continue
            _with_who(a, doc)
            a.object = _named_for(a.object or obj, _FIRST_WE, org)
