"""Hand-built articles for the amounts tests (one parse of a sentence, entities given)."""

from __future__ import annotations

from typing import Any

from communique.extract.amounts import extract_amounts
from communique.record import Amount, Article, Entity, Mention, Source


def amounts_article(
    nlp: Any, text: str, published: str | None = None, entities: list[Entity] | None = None
) -> Article:
    art = Article(
        id="t",
        raw_text=text,
        source=Source("t", "txt"),
        text=text,
        published=published,
        paragraphs=[(0, len(text))],
    )
    art.doc = nlp(text)
    art.entities = entities or []
    return art


def amounts_of(nlp: Any, text: str, published: str | None = None, **kw: Any) -> list[Amount]:
    return extract_amounts(amounts_article(nlp, text, published, **kw))


def named(
    name: str, kind: str, text: str, ident: str, country: str | None = None, word: str = ""
) -> Entity:
    """An entity with a mention at each place `word` (else `name`) stands in `text`."""
    word = word or name
    mentions = []
    start = 0
    while (i := text.find(word, start)) >= 0:
        mentions.append(Mention(word, (i, i + len(word)), (i, i + len(word))))
        start = i + 1
    return Entity(ident, name, kind, country=country, mentions=mentions)


def amounts_quoted(nlp: Any, text: str, published: str | None = "2005-02-01") -> list[Amount]:
    """The amounts of `text` with the entities and quotes the pipeline finds (for rules that
    read who speaks)."""
    from communique.extract.entities import extract_entities
    from communique.extract.quotes import extract_quotes

    art = amounts_article(nlp, text, published)
    art.entities = extract_entities(art)
    art.quotes = extract_quotes(art)
    return extract_amounts(art)


def core_fields(a: Amount) -> tuple[float, str, str, str | None, str | None]:
    """What every table row checks: value, unit, comparator, period, object."""
    return (a.value, a.unit, a.comparator, a.period, a.object)


def amount_named(amounts: list[Amount], text: str) -> Amount:
    """The amount whose text is `text` (the first, in text order)."""
    return next(a for a in amounts if a.text == text)


def object_of(nlp: Any, text: str, amount: str) -> str:
    """The object of the amount written `amount` in `text` (the first, in text order)."""
    return str(amount_named(amounts_of(nlp, text), amount).object)


def named_all(text: str, ents: list[tuple[str, str]]) -> list[Entity]:
    """Entities for (name, kind) pairs, a person mentioned wherever the surname stands."""
    people = {n: n.split()[-1] for n, kind in ents if kind == "PERSON"}
    return [
        named(n, kind, text, f"e{k}", word=people.get(n, "")) for k, (n, kind) in enumerate(ents)
    ]
