"""Whose money it is, when the clause that moves it does not say: "Vantor Holdings has
struggled to win buyers. Only £3m was spent on marketing" -> "Vantor Holdings' spending on
marketing"; "Indonesia pays subsidies to importers. It spent 59.2 trillion rupiah on fuel
subsidies" -> "Indonesia's spending on fuel subsidies".

An amount's object made from the verb that moves the money ("spending on", "payment to",
"investment in", "borrowing", "funding of", "donations to", "purchase of") says nobody's
when the verb's subject is a pronoun or the verb is a passive with no "by" phrase. The
owner is then the one named body the sentence before is about:

- a main clause's subject "it" or "they" (or the subject of a verb it plans or says:
  "It plans to spend") stands for the subject of the sentence before when that names one
  body the pronoun agrees with (the resolver of amounts_pronoun: no rival named before it
  in either sentence);
- a main clause's passive money verb with no "by" phrase, whose subject holds the amount
  ("just £3m was spent on ..."), is the doing of the subject of the sentence just before in
  the same paragraph, when that is one named organisation or country (or a country's
  government, or a group such as "tobacco companies"; or an "it"/"they" the resolver
  names), that sentence names no rival body as a subject or object, its verb is no verb of
  saying, and the amount's own sentence names no organisation, country, people or person
  at all.

Not for first or second person ("we spent", "you pay": the speaker's, told by the
first-person passes), nor inside a quote, across a paragraph, for an object that says an
owner already (a possessive, a "by" phrase, or the name), nor for a person named before (a
person's spending is told by their own sentence)."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_countries import _kb_country
from communique.extract.amounts_it_subject import _SAYING
from communique.extract.amounts_parse import _name, _possessive, _tokens
from communique.extract.amounts_pronoun import (
    _body,
    _body_name,
    _main_subject,
    _pronoun_antecedent,
    _rivals,
    _verb_subject,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import _DESCRIBED
from communique.record import Amount

# The nouns an object makes of a money verb, with the verbs they are made of.
_NOUN_VERBS = {
    "spending": ("spend",),
    "payment": ("pay",),
    "payments": ("pay",),
    "investment": ("invest",),
    "investments": ("invest",),
    "borrowing": ("borrow",),
    "funding": ("fund",),
    "donation": ("donate",),
    "donations": ("donate",),
    "lending": ("lend",),
    "purchase": ("buy", "purchase"),
}
# An object opened by one of them (the cheap test, first).
_OPENING = re.compile(r"(?:" + "|".join(sorted(_NOUN_VERBS, key=len, reverse=True)) + r") ")
# Quote marks: someone's words, whose "it" may be of anything they said before.
_QUOTES = ('"', "“", "”")
# Entity kinds of those who may own money: one in the amount's own sentence is a rival.
_OWNERS = frozenset(("ORG", "GPE", "NORP", "PERSON"))


def passive_owner_named(out: list[Amount], doc: Any, text: str) -> None:
    """Each amount whose money verb has a pronoun subject or is a passive with no doer, its
    object told with the one body the sentence before is about (see the module)."""
    for a in out:
        obj = a.object
        if not obj or _OPENING.match(obj) is None or a.extra.get("conversion_of") is not None:
            continue
        if "'" in obj or "’" in obj or " by " in obj:
            continue  # (whose, said already)
        cand = _owner(a, doc, text, obj.split(" ", 1)[0])
        if cand is None:
            continue
        name = _bare(_body_name(cand, set()))
        if name.lower() in obj.lower():
            continue
        new = f"{_possessive(name)} {obj}"
        code = None if a.parties else _country(cand)
        for b in [a, *(b for b in out if b.extra.get("conversion_of") == list(a.span))]:
            if b.object == obj:  # (and its conversions: "59.2 trillion rupiah ($6.58bn)")
                b.object = new
                if code is not None and not b.parties:
                    b.parties = [code]


def _owner(a: Amount, doc: Any, text: str, noun: str) -> Any:
    """The subject token of the body whose the money of `a` is, or None."""
    lo = max(text.rfind(". ", 0, a.span[0]), text.rfind("\n", 0, a.span[0]))
    hi = text.find(". ", a.span[1])
    if any(q in text[lo + 1 : hi if hi >= 0 else len(text)] for q in _QUOTES):
        return None  # (someone's words: cheap, so first)
    span = _tokens(doc, a.span[0], a.span[1])
    if span is None or not len(span):
        return None
    verb, via = _money_verb(span.root, _NOUN_VERBS[noun])
    if verb is None:
        return None
    if via == "nsubjpass":
        if any(c.dep_ == "agent" for c in verb.children):
            return None
        return _passive_owner(verb, text)
    subj = _verb_subject(verb)
    if subj is None or subj.lower_ not in ("it", "they"):
        return None
    return _pronoun_antecedent(subj)


def _money_verb(tok: Any, lemmas: tuple[str, ...]) -> tuple[Any, str]:
    """The verb of `lemmas` the amount's token `tok` hangs on (within a few steps, through
    its object or subject), and the dependency it hangs by; (None, "") when none."""
    dep = ""
    for _ in range(4):
        if tok.pos_ == "VERB":
            return (tok, dep) if tok.lemma_.lower() in lemmas else (None, "")
        if tok.dep_ in ("ROOT", "advcl", "relcl", "acl", "ccomp") or tok.head.i == tok.i:
            return None, ""
        dep = tok.dep_
        tok = tok.head
    return None, ""


def _passive_owner(verb: Any, text: str) -> Any:
    """The subject token of the one body the sentence before a main clause's passive money
    `verb` is about, when the verb's sentence names none (see the module)."""
    main = verb
    while main.dep_ == "conj" and main.head.i != main.i:
        main = main.head
    if main.dep_ != "ROOT":
        return None  # (in a clause of another's: "Acme said £3m was spent")
    sent = _sent(verb)
    if sent.start == 0:
        return None
    doc = sent.doc
    if any(t.ent_type_ in _OWNERS for t in sent):
        return None  # (a rival, or an owner the sentence says itself)
    before = _sent(doc[sent.start - 1])
    last = before.end - 1
    while last > before.start and doc[last].is_space:
        last -= 1
    if "\n" in text[doc[last].idx : sent.start_char]:
        return None  # (another paragraph)
    if any(q in text[before.start_char : before.end_char] for q in _QUOTES):
        return None
    root = before.root
    if root.lemma_.lower() in _SAYING or root.pos_ not in ("VERB", "AUX"):
        return None
    cand = _main_subject(before)
    if cand is None:
        return None
    if cand.lower_ in ("it", "they"):
        return _pronoun_antecedent(cand)
    said = "they" if cand.tag_ in ("NNS", "NNPS") else "it"
    if not _body(cand, said) or _rivals(before, before.start, before.end, said, cand):
        return None
    if cand.pos_ == "PROPN" and any(c.dep_ in ("appos", "npadvmod") for c in cand.children):
        return None  # ("The Jacksonville, Florida-based firm": a place the firm is in)
    return cand


def _bare(name: str) -> str:
    """A name without the plain words that describe it ("US firm Acme" -> "Acme"); a
    group's words kept ("tobacco companies")."""
    bare = _DESCRIBED.sub("", name)
    return bare if bare[:1].isupper() else name


def _country(cand: Any) -> str | None:
    """The code of the country the body `cand` is, or whose government it is ("Chile",
    "Indonesia's government"); None for a firm or a group."""
    if cand.pos_ != "PROPN":
        cand = next((c for c in cand.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if cand is None or cand.ent_type_ != "GPE":
        return None
    return _kb_country(_name(cand))
