"""Who says a firm's own figure: "Total production costs were £1.30, UK Coal said, but the
average selling price was just £1.18" (the second clause said by UK Coal too), "According to
Acme, profits reached $3m". A figure a clause gives as its own subject, with no owner, said by
one firm, is that firm's; not one a news agency reports, nor a market's or an industry's."""

from __future__ import annotations

from typing import Any

# Verbs by which a firm gives its own figures ("..., UK Coal said").
SAY_OWN = frozenset("say add report announce state".split())

# What a firm has of its own besides `_FIRM_METRIC`'s nouns, said by a word and the word before
# it ("the average selling price", "market share"), or alone ("output").
_OWN_PAIRS = frozenset({("selling", "price"), ("selling", "prices"), ("market", "share")})
_OWN_ALONE = frozenset("output".split())

# Describing words that make a figure a market's or everyone's, not the firm's that says it
# ("Industry sales fell 2%, Acme said", "House prices fell, according to the Halifax").
_NOT_ITS_OWN = frozenset(
    """industry sector market national world other rival retail corporate house housing home
    property""".split()
)

# News agencies report others' figures ("Sales rose 7%, Reuters reported").
_NEWS_AGENCIES = frozenset(
    """reuters bloomberg afp ap xinhua interfax kyodo yonhap tass itar-tass dpa ansa efe pti
    bernama""".split()
)


def own_said_figure(subj: Any) -> bool:
    """Whether the noun `subj` names, beyond a bare firm metric, a firm's own figure: "the
    average selling price", "market share", "output"."""
    low = subj.lower_
    if low in _OWN_ALONE:
        return True
    before = subj.doc[subj.i - 1].lower_ if subj.i > 0 else ""
    return (before, low) in _OWN_PAIRS


def not_its_own(subj: Any) -> bool:
    """ "Industry sales", "house prices": a figure a describing word makes another's."""
    return any(
        c.dep_ in ("amod", "compound")
        and c.lower_ in _NOT_ITS_OWN
        and (c.lower_, subj.lower_) != ("market", "share")  # (the firm's own "market share")
        for c in subj.lefts
    )


def news_agency(tok: Any) -> bool:
    """Whether a name is a news agency's ("Reuters", "AP")."""
    return (
        tok.lower_ in _NEWS_AGENCIES
        or tok.lower_ == "press"
        and any(c.lower_ == "associated" for c in tok.lefts)
    )


def _according_to(v: Any) -> Any:
    """ "According to Acme, profits reached $3m": the name after "according to" that hangs on
    the clause `v`, or None."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            to = next((t for t in c.children if t.lower_ == "to"), None)
            named = next((t for t in to.children if t.dep_ == "pobj"), None) if to else None
            if named is not None:
                return named
    return None


def said_by(v: Any) -> tuple[Any, Any] | None:
    """The verb of saying and its subject (or the "according to" name) that give the clause
    `v`: its own "according to" name, or, for the second of two joined clauses, the first's
    ("X were £1.30, UK Coal said, but Y was £1.18"); None for any other clause."""
    named = _according_to(v)
    if named is not None:
        return named.head.head, named
    if v.dep_ not in ("conj", "advcl"):
        return None  # (not "X were £1.30, Acme said, but/while Y was £1.18")
    first = v.head
    named = _according_to(first)
    if named is not None:
        return named.head.head, named
    if first.dep_ == "ccomp" and first.head.lemma_.lower() in SAY_OWN:
        say = first.head
    else:
        say = next(
            (c for c in first.children if c.dep_ == "parataxis" and c.lemma_.lower() in SAY_OWN),
            None,
        )
    if say is None:
        return None
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
    return None if subj is None else (say, subj)
