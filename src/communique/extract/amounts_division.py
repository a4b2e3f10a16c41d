"""A firm's part named without its firm: "The US division made a loss of 506m euros", in a
story about DaimlerChrysler -> "DaimlerChrysler's US division's operating loss".

A "the" phrase in the amount's sentence whose noun is a part of a firm ("division", "unit",
"subsidiary"; "arm", "wing", "business" and "operations" only with a word before them that
says which: "the US arm", "the retail business"), with no owner, no "of" phrase and no name
of a firm among its words, takes the firm that owns the article's parts: the one firm the
article calls a "parent" ("at parent Globex"), else the organisation the article is most
about when its headline or first sentence names it and the sentence before names no other
organisation. Either way the amount's sentence may name no other organisation, but in the
part's own words ("whose marques include Dodge and Jeep"). The antecedent rule
(amounts_antecedent) tells a part an earlier mention names; this one is the fallback, run
after it."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_parse import _text_sentence, _tokens
from communique.record import Amount, Article

# Nouns of a firm's part, and those that need a word before them to be one ("the arm").
_PARTS = frozenset("division unit subsidiary arm wing business operations".split())
_NEED_WORD = frozenset("arm wing business operations".split())
# Words before a part noun that make it another firm's, or a new one ("the combined
# business", "the joint unit"), or one told elsewhere ("the same division").
_NOT_OWNED = frozenset(
    "combined enlarged merged joint new same other former separate spun acquired".split()
)
# Where an object may hold such a phrase (cheap, tested first).
_IN_OBJ = re.compile(r"\b(?:division|unit|subsidiary|arm|wing|business|operations)\b")
# A firm the article calls a parent: "at parent Globex", "its parent company, Globex".
_PARENT = re.compile(r"\bparent(?: (?:company|group|firm))?,? ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})")


def part_owner_named(out: list[Amount], art: Article, main_org: str | None) -> None:
    """Each amount's object with a bare part of a firm ("the US division") told by the firm
    that owns it (see the module's text); `main_org`: the firm the article is most about."""
    doc = art.doc
    owners: tuple[str | None, str | None] | None = None
    for a in out:
        obj = a.object
        if not obj or _IN_OBJ.search(obj) is None:
            continue  # (cheap: no part noun in the object at all)
        if owners is None:  # (once per article, only when one is needed)
            owners = (_parent_firm(art), _headline_firm(art, main_org))
        if owners == (None, None):
            return
        new = _owned(a, art, doc, obj, owners)
        if new is not None:
            a.object = new


def _owned(
    a: Amount, art: Article, doc: Any, obj: str, owners: tuple[str | None, str | None]
) -> str | None:
    """`obj` with its part phrase told by its owner, or None."""
    text = art.text
    lo, hi = _text_sentence(text, a.span[0], a.span[1])
    span = _tokens(doc, lo, hi)
    if span is None or not len(span):
        return None
    part = next((t for t in span if t.lower_ in _PARTS and _bare_part(t)), None)
    if part is None:
        return None
    first = next(t for t in part.lefts if t.lower_ == "the")
    # (the object may have dropped the "the": "rise in revenue at retail arm")
    words = doc[first.i + 1 : part.i + 1].text
    the = "the " if first.i + 1 == part.i else "(?:the )?"  # (a bare "unit": not "unit sales")
    said = re.search(r"(?<![\w'’-])" + the + re.escape(words) + r"(?![\w-])", obj, re.I)
    if said is None or _owned_before(obj[: said.start()]):
        return None
    parent, main = owners
    own = range(part.left_edge.idx, part.right_edge.idx + len(part.right_edge))
    owner = parent
    if owner is None or _others_in(art, lo, hi, own, owner):
        owner = main
        if owner is None or _others_in(art, lo, hi, own, owner):
            return None
        before = _text_sentence(text, max(lo - 2, 0), max(lo - 2, 0))
        if lo > 2 and _others_in(art, before[0], before[1], range(0), owner):
            return None
    found = said.group()
    found = found[4:] if found[:4].lower() == "the " else found
    return f"{obj[: said.start()]}{owner}'s {found}{obj[said.end() :]}"


def _owned_before(head: str) -> bool:
    """Whether the object's words before the part say whose it is ("Acme's US division")."""
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    return last.endswith(("'s", "’s", "'", "’")) or last[:1].isupper()


def _bare_part(t: Any) -> bool:
    """Whether `t` is a part noun with "the" and no owner: no possessive, no "of" phrase, no
    name of a firm before it, and a word that says which when the noun needs one."""
    if t.dep_ == "compound" or t.tag_ not in ("NN", "NNS"):
        return False
    lefts = list(t.lefts)
    if not lefts or lefts[0].lower_ != "the":
        return False
    mods = lefts[1:]
    if len(mods) > 2 or t.lower_ in _NEED_WORD and not mods:
        return False
    for m in mods:
        if m.dep_ == "poss" or m.lower_ in _NOT_OWNED or m.like_num:
            return False
        if m.pos_ == "PROPN" and m.ent_type_ not in ("GPE", "NORP", "LOC"):
            return False  # ("the Chrysler division": its name says whose)
    return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _others_in(art: Article, lo: int, hi: int, own: range, owner: str) -> bool:
    """Whether the text from `lo` to `hi` names an organisation other than `owner`, out of
    the part's own words (`own`)."""
    for e in art.entities:
        if e.type != "ORG" or e.name == owner:
            continue
        for mm in e.mentions:
            s = mm.span[0]
            if lo <= s < hi and s not in own and mm.text not in owner:
                return True
    return False


def _parent_firm(art: Article) -> str | None:
    """The one organisation the article calls a parent ("at parent Globex"), or None."""
    text = art.text
    if "parent" not in text:
        return None
    named = {mm.text: e.name for e in art.entities if e.type == "ORG" for mm in e.mentions}
    found = {named[m.group(1)] for m in _PARENT.finditer(text) if m.group(1) in named}
    return found.pop() if len(found) == 1 else None


def _headline_firm(art: Article, main_org: str | None) -> str | None:
    """`main_org` when the headline or the first sentence names it, else None."""
    if main_org is None:
        return None
    text = art.text
    body = text.find("\n\n")  # (after a headline's line, when there is one)
    start = body + 2 if 0 <= body < 200 else 0
    end = _text_sentence(text, start, start)[1]
    ent = next((e for e in art.entities if e.type == "ORG" and e.name == main_org), None)
    if ent is None or not any(mm.span[0] < end for mm in ent.mentions):
        return None
    return main_org
