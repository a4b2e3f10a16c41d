"""Whose a quoted "we" is: the speaker's firm or the speaker's country.

    "We will invest $2bn in new plants," said Acme's chief executive
    -> "Acme's investment in new plants"
    "We are considering a 30% rise in fuel prices," said the finance minister
    -> parties of the minister's country

An amount inside a direct quote whose clause's doer is "we" (or "us"), or whose doer or
measured noun is owned by "our", belongs to whoever "we" is (not an amount "we" give to,
"we offer hope to millions", nor one told as a bound, "below $30"). A speaker who heads or
speaks for a firm or body named in the speaker's role ("Acme's chief executive", "a Globex
spokesman") speaks for it: it is the owner. A speaker of a government (a minister, a
president, a prime minister, a chancellor, a secretary of state, a ministry's spokesman)
speaks for a country: the speaker's, the one the role names, else the one the article is
about. Nothing when the speaker is unknown, or may speak for a group of people (an
analyst, an economist, a union, a party, a campaign group, a correspondent).
"""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_countries import _Countries, _kb_country
from communique.extract.amounts_parse import _possessive
from communique.record import Amount, Article, Quote

# The sentence holds a first person plural (a cheap test of the words first).
_WE_WORDS = re.compile(r"\b(?:we|our|us)\b", re.I)
_WE = frozenset(("we", "us"))
# A role that speaks for a government.
_GOVERNMENT = re.compile(
    r"\b(?:minister|ministry|chancellor|premier|government|secretary of state"
    r"|(?<!general )(?<!company )secretary(?!-general))\b",
    re.I,
)
_PRESIDENT = re.compile(r"\bpresident\b", re.I)
# A role that heads or speaks for a firm or body.
_FIRM_ROLE = re.compile(
    r"\b(?:chief|chairman|chairwoman|boss|director|president|spokes(?:man|woman|person)"
    r"|head|founder|executive|ceo|manager|owner)\b",
    re.I,
)
# Speakers who may speak for a group of people, or for no one but themselves.
_NOT_FOR = re.compile(
    r"\b(?:analysts?|economists?|unions?|party|campaign\w*|correspondents?|editors?"
    r"|reporters?|strategists?|professors?|shadow|opposition|mps?|councillors?|senators?"
    r"|lawyers?|secretary-general|general secretary|leader)\b",
    re.I,
)
_OUR = re.compile(r"\b[Oo]ur\b")
# Prepositions that tell an amount as a bound, not as ours ("unless prices fall below $30").
_NOT_OURS = frozenset("below above under over beyond than".split())
_SUBJ = frozenset(("nsubj", "nsubjpass"))


def _we_does(tok: Any) -> bool:
    """Whether the clause `tok` belongs to is done by "we"/"us", or its doer or the noun
    measured is "our" one: up the tree to the first verb with a subject of its own (past a
    "that is": "we will cut taxes, that's £5bn")."""
    for _ in range(12):
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
            if _ours(tok):
                return True
        elif tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in _SUBJ), None)
            if subj is not None:
                if subj.lower_ in _WE or _ours(subj):
                    return True
                if not (subj.lower_ in ("that", "this") and tok.lemma_ == "be"):
                    return False
        elif tok.dep_ == "dative" or tok.dep_ == "prep" and tok.lower_ in _NOT_OURS:
            return False  # ("we have a duty to offer hope to millions": not ours)
        if tok.dep_ == "ROOT" or tok.head is tok:
            return False
        tok = tok.head
    return False


def _ours(noun: Any) -> bool:
    """ "our profits", "a rise in our sales": the noun, or the one it is of, is "our"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ == "our":
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "in"):
            for o in c.children:
                if o.dep_ == "pobj" and any(
                    g.dep_ == "poss" and g.lower_ == "our" for g in o.children
                ):
                    return True
    return False


def _quote_at(art: Article, lo: int, hi: int) -> Quote | None:
    for q in art.quotes:
        if q.kind != "indirect" and any(s <= lo and hi <= e for s, e in q.spans):
            return q
    return None


def _firm_in(role: str, art: Article) -> str | None:
    """The firm or body a role names ("Acme's chief executive" -> "Acme"), by the
    article's organisations."""
    for ent in art.entities:
        if ent.type == "ORG" and re.search(rf"\b{re.escape(ent.name)}\b", role):
            return ent.name
    # (else the name that owns the role, when it is no country's or person's: "Korvath
    # Motors' chief executive")
    m = _ROLE_OWNER.match(role)
    if m is None or _kb_country(m.group(1)) is not None:
        return None
    name = m.group(1)
    if any(
        e.name == name and (e.roles or e.type != "PERSON" and e.type != "ORG") for e in art.entities
    ):
        return None
    return name


_ROLE_OWNER = re.compile(
    r"(?:the )?((?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s? "
)


def _role_country(role: str) -> str | None:
    """The country a role names ("Libya's oil minister", "the French president")."""
    for word in re.findall(r"\b[A-Z][a-z]+\b", role):
        if (code := _kb_country(word)) is not None:
            return code
    return None


def _we_speaker(out: list[Amount], art: Article, countries: _Countries | None, doc: Any) -> None:
    """Gives a quoted "we"'s amount its owner: the speaker's firm (object) or country
    (parties); see the module docstring."""
    if not art.quotes:
        return
    text = art.text
    ents = {e.id: e for e in art.entities}
    home: list[str] | None = None
    for a in out:
        if not a.extra.get("quoted"):
            continue
        lo, hi = a.span
        sent_lo = text.rfind(". ", 0, lo)
        sent_hi = text.find(". ", hi)
        if not _WE_WORDS.search(text[sent_lo + 1 : sent_hi if sent_hi > 0 else len(text)]):
            continue  # (a cheap test of the words first)
        q = _quote_at(art, lo, hi)
        if q is None or q.speaker is None or not q.speaker.role:
            continue
        role = q.speaker.role
        ent = ents.get(q.speaker.entity) if q.speaker.entity else None
        if _NOT_FOR.search(role) or ent is not None and ent.type not in ("PERSON", "ORG"):
            continue
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or not len(span) or not _we_does(span.root):
            continue
        firm = _firm_in(role, art)
        if _GOVERNMENT.search(role) or firm is None and _PRESIDENT.search(role):
            if a.parties:
                continue
            code = (ent.country if ent is not None else None) or _role_country(role)
            if code is None and countries is not None:
                if home is None:
                    home = countries.home()  # (found once, when first needed)
                code = home[0] if len(home) == 1 else None
            if code is not None:
                a.parties = [code]
        elif (
            a.object
            and "'" not in a.object
            and _FIRM_ROLE.search(role)
            and firm is not None
            and firm.lower() not in a.object.lower()
        ):
            own = _possessive(firm)
            ours = _OUR.search(a.object)
            # ("fall in our profits" -> "fall in Acme's profits")
            a.object = _OUR.sub(own, a.object, 1) if ours else f"{own} {a.object}"
