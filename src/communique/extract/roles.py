"""Roles and titles of people, read from the parse around a name.

Three shapes: pre-modifiers ("Foreign Ministry spokesperson Maria Lopez", "Russian President
Vladimir Putin"), appositives ("Flynn, a top Trump surrogate,", "Russia's foreign minister,
Sergei Lavrov") and copular phrases ("Lavrov is the foreign minister of Russia").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Words that go before a name without being a role.
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame lord lady madam monsieur herr".split()
)
# Words that may lead a PERSON span the model drew too wide ("President Xi"): title words.
TITLE_WORDS = frozenset(
    """president vice prime minister premier chancellor secretary king queen prince princess
    emperor empress sheikh sultan emir general gen. gen colonel col. lieutenant lt. admiral
    adm. senator sen. rep. representative governor gov. mayor ambassador deputy chairman
    chairwoman chair speaker judge justice pope cardinal archbishop bishop rev. reverend
    captain capt. commander chief director spokesman spokeswoman spokesperson envoy minister
    foreign defence defense interior finance president-elect crown ayatollah marshal sergeant
    sgt. major maj. officer commissioner secretary-general""".split()
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod"})
_CONNECT = frozenset({"of", "for", "and", "'s", "’s", "-"})
_DETS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
_MAX_ROLE_TOKENS = 10


@dataclass(slots=True)
class RoleCue:
    """A role found in the text: its words and where they are (char offsets, cleaned)."""

    text: str
    start: int
    end: int
    kind: str  # premod | appos | copula


def _strip(tokens: list[Any]) -> list[Any]:
    """Drop leading determiners/honorifics/punctuation and trailing punctuation/connectors."""
    while tokens and (
        tokens[0].lower_ in _DETS or tokens[0].lower_ in HONORIFICS or tokens[0].is_punct
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in _CONNECT):
        tokens = tokens[:-1]
    return tokens


def _cue(tokens: list[Any], kind: str) -> RoleCue | None:
    tokens = _strip(tokens)
    if not tokens or len(tokens) > _MAX_ROLE_TOKENS:
        return None
    doc = tokens[0].doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc[tokens[0].i : tokens[-1].i + 1].text  # Doc.text would join the whole Doc
    if not any(c.isalpha() for c in text):
        return None
    return RoleCue(text, start, end, kind)


def premodifier(doc: Any, start: int, end: int) -> RoleCue | None:
    """Words before the name tokens [start, end) that modify it: "Chinese President" in
    "Chinese President Xi Jinping". Walks left while each token attaches to the right,
    inside the chain; "of" phrases inside a title ("Secretary of State") are kept."""
    k = start - 1
    first = start
    # Stay inside the sentence (Token.sent walks the whole Doc: too slow here).
    while k >= 0 and not doc[k + 1].is_sent_start:
        t = doc[k]
        if t.is_space or t.is_punct and t.text not in {".", "-"}:
            break
        if t.dep_ in _MODIFIER_DEPS and first <= t.head.i < end:
            first = k
            k -= 1
            continue
        # "Secretary of State Antony Blinken": State <-pobj- of <-prep- Secretary -> name
        if (
            t.dep_ == "pobj"
            and k - 2 >= 0
            and not doc[k].is_sent_start
            and not doc[k - 1].is_sent_start
            and doc[k - 1].lower_ == "of"
            and doc[k - 2].dep_ in _MODIFIER_DEPS
            and first <= doc[k - 2].head.i < end
        ):
            first = k - 2
            k -= 3
            continue
        # A hyphen inside a title ("U.N. Secretary-General Ana Lima"): the tokenizer splits
        # the word and attaches the hyphen as punctuation; the word before it is the title's.
        if (
            t.text == "-"
            and k >= 1
            and not t.whitespace_
            and not doc[k - 1].whitespace_
            and not t.is_sent_start
            and doc[k - 1].dep_ in _MODIFIER_DEPS
            and first <= doc[k - 1].head.i < end
        ):
            first = k - 1
            k -= 2
            continue
        # "'s" of a possessive inside the chain ("Russia's President ...")
        if t.dep_ == "case" and t.head.i == k - 1 and first <= doc[k - 1].head.i < end:
            first = k - 1
            k -= 2
            continue
        break
    if first == start:
        return None
    toks = [doc[i] for i in range(first, start)]
    # Honorific-only prefixes ("Mr") are not roles.
    if all(t.lower_ in HONORIFICS for t in toks):
        return None
    return _cue(toks, "premod")


def appositive(doc: Any, start: int, end: int) -> RoleCue | None:
    """A role in apposition: "Flynn, a top Trump surrogate," or "Russia's foreign minister,
    Sergei Lavrov"."""
    root = doc[end - 1]
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= end and child.pos_ in {"NOUN", "PROPN"}:
            if child.pos_ == "PROPN" and child.lower_ not in TITLE_WORDS:
                continue  # "Paris, France" is no role
            toks = [doc[i] for i in range(child.left_edge.i, child.right_edge.i + 1)]
            return _cue(toks, "appos")
    # The name is the appositive of a role noun before it.
    if root.dep_ == "appos" and root.head.i < start and root.head.pos_ == "NOUN":
        head = root.head
        toks = [doc[i] for i in range(head.left_edge.i, start)]
        return _cue(toks, "appos")
    return None


def copular(doc: Any, start: int, end: int, is_role: Any) -> RoleCue | None:
    """ "X is the foreign minister of Russia": the attribute of a "be" whose subject is the
    name, kept only when `is_role(text)` says the words name a role."""
    root = doc[end - 1]
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = root.head
    if verb.lemma_ != "be":
        return None
    for child in verb.rights:
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            toks = [doc[i] for i in range(child.left_edge.i, child.right_edge.i + 1)]
            cue = _cue(toks, "copula")
            if cue is not None and is_role(child.text):
                return cue
    return None
