"""Money written before a noun as its price or size ("the £200 handheld computers", "a $2bn
deal with Globex", "a £40m project"): the object says which money of the thing it is. A
priced good is its price ("price of each handheld computer"), a deal, contract, bid or order
its value ("value of deal with Globex"), a built work or scheme its cost ("cost of project to
rebuild harbour"); a home's price by the month is its rent, and a bare "sale" of a good is its
price. Money nouns ("a £10 fine", "a $300,000 salary") and other nouns keep the object the
reading gave them. Runs once the objects are read, on money whose next word is a noun's."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts_parse import _np
from communique.record import Amount

# Deals and what is bought or offered in one: a sum before them is their value.
_DEALS = frozenset(
    "deal agreement contract takeover bid offer order acquisition merger buyout swap "
    "transaction sale purchase tender".split()
)
# Goods and services sold at a price: a sum before them is what one costs to buy.
_GOODS = frozenset(
    "ticket house home flat apartment property mansion villa car computer laptop "
    "phone handset mobile console device gadget handbag watch jet plane aircraft "
    "yacht boat bike bicycle painting dress shoe meal bottle burger "
    "book album game camera television tv toy subscription licence pass seat".split()
)
_HOMES = frozenset("house home flat apartment villa".split())
# Works built or schemes run: a sum before them is what they cost.
_WORKS = frozenset(
    "project scheme programme program plant factory stadium building bridge road runway "
    "tunnel pipeline network system refurbishment redevelopment upgrade overhaul refit "
    "centre center hospital terminal railway campaign".split()
)
# Things money written before is the price, value or cost of (no doer of a clause after
# the money: "the £150 tablet computers will go on sale").
_PRICED = _DEALS | _GOODS | _WORKS
# Words that end the words naming the noun itself in an object ("deal with Globex").
_AFTER_NOUN = frozenset("of in for on to from by with at as per and or".split())
_SAID = ("value of ", "price of ", "cost of ", "rent of ")
_OWNED = ("'s", "’s", "'", "’")
# Objects that name only the dealing in a thing, not the thing ("sale" for "sold the £2m
# painting").
_BARE = frozenset(("sale", "purchase", "payment", "spending"))


def _noun_after(span: Any) -> Any | None:
    """The noun the money `span` stands before as its modifier ("a £5m house": "house";
    "a $4bn takeover bid": "bid"), or None."""
    heads = {t.head for t in span if not (span.start <= t.head.i < span.end)}
    if len(heads) != 1:
        return None  # ("£30m contract": "30" and "m" may both lean on it)
    noun = heads.pop()
    if noun.i < span.end or noun.pos_ != "NOUN" or noun.left_edge.i > span.start:
        return None
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # ("a $160bn telecoms giant")
    return noun


def _renamed(obj: str, noun: Any, per: str | None, skip: set[int]) -> str | None:
    """`obj` said as the price, value or cost of `noun`, when `obj` names `noun` itself (its
    words up to `noun` hold no preposition) or is a bare "sale" of it; None otherwise. A
    home's price by the month or week (`per`) is its rent."""
    lemma = noun.lemma_.lower()
    kind = (
        "value"
        if lemma in _DEALS
        else "price"
        if lemma in _GOODS
        else "cost"
        if lemma in _WORKS
        else None
    )
    if kind is None:
        return None
    if kind == "price" and per is not None and lemma in _HOMES:
        kind = "rent"  # "a £900-a-month flat"
    if obj in _BARE and kind != "value":
        return f"{kind} of {_np(noun, skip)}"  # "sold the £2m painting": not a bare "sale"
    words = obj.split(" ")
    at = next((k for k, w in enumerate(words[:6]) if w == noun.text), None)
    if at is None or any(w.lower() in _AFTER_NOUN for w in words[:at]):
        return None
    before = words[at - 1] if at else None
    if before is not None and not before.endswith(_OWNED):
        if before not in {t.text for c in noun.lefts for t in c.subtree}:
            return None  # ("money sent home": the word is not the noun's own)
    if kind == "price" and noun.tag_ == "NNS" and not any(w.endswith(_OWNED) for w in words[:at]):
        # "the £200 handheld computers": what each one costs
        words[at] = noun.lemma_ if noun.text[0].islower() else noun.text[:-1]
        return f"price of each {' '.join(words)}"
    return f"{kind} of {obj}"


def _prenominal_price(out: list[Amount], doc: Any) -> None:
    """ "The £200 handheld computers ..." -> "price of each handheld computer"; "a $2bn deal
    with Globex" -> "value of deal with Globex" (and the same on its conversions)."""
    for a in out:
        obj = a.object
        if not obj or len(a.unit) != 3 or not a.unit.isupper() or obj.startswith(_SAID):
            continue
        span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        after = doc[span.end]
        if after.pos_ not in ("NOUN", "ADJ") and after.text not in ("(", "-"):
            continue  # (cheap: the word after the money is no noun's or adjective's)
        noun = _noun_after(span)
        skip = set(range(span.start, span.end))
        said = _renamed(obj, noun, a.extra.get("per"), skip) if noun is not None else None
        if said is None:
            continue
        pair = [list(a.span), *([a.extra["conversion_of"]] if "conversion_of" in a.extra else [])]
        for b in out:  # (its conversions and what it converts: "$2bn (£1bn) deal")
            if b.object == obj and (
                list(b.span) in pair
                or b.extra.get("conversion_of") in pair
                or _bracketed(doc.text, a.span, b.span)
            ):
                b.object = said


def _bracketed(text: str, one: Any, other: Any) -> bool:
    """Whether either money is written in brackets right after the other ("$3bn ($1.6bn)"):
    the same sum, though no conversion was read."""
    first, second = sorted((tuple(one), tuple(other)))
    return text[first[1] : second[0]].strip() == "("
