"""Actors of events: the noun phrase of a dependent, split at conjunctions, and coded with a
country and a sector from the article's entities, else from the knowledge base."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from communique.record import Actor, Article, Entity

# Dependents that belong to the phrase that names an actor (relative clauses, appositions
# after a comma and most prepositional phrases describe it and stay out).
_KEEP_DEPS = {
    "det",
    "amod",
    "compound",
    "poss",
    "nmod",
    "nummod",
    "quantmod",
    "case",
    "flat",
    "npadvmod",
    "advmod",
    "predet",
    "prep",
    "pobj",
    "appos",
    "cc",
    "conj",
    "punct",
    "dep",
}
# Head nouns that say what kind of actor a phrase is, when the knowledge base cannot tell.
SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "government administration cabinet ministry minister official authority president "
        "premier chancellor diplomat ambassador envoy embassy spokesman spokesperson "
        "spokeswoman king queen prince leader regime state governor mayor secretary "
        "counterpart delegation consulate kremlin".split(),
        "GOV",
    ),
    **dict.fromkeys(
        "army military troop soldier force navy marine commander general officer airforce "
        "militia peacekeeper unit".split(),
        "MIL",
    ),
    **dict.fromkeys("police policeman officer cop gendarme".split(), "COP"),
    **dict.fromkeys(
        "rebel insurgent militant guerrilla separatist secessionist jihadist fighter gunman "
        "terrorist extremist".split(),
        "REB",
    ),
    **dict.fromkeys(
        "parliament senate congress lawmaker legislator legislature senator mp assembly "
        "deputy".split(),
        "LEG",
    ),
    **dict.fromkeys("court judge prosecutor tribunal justice attorney".split(), "JUD"),
    **dict.fromkeys("opposition dissident".split(), "OPP"),
    **dict.fromkeys(
        "protester protestor demonstrator activist student worker union resident civilian "
        "villager refugee people citizen".split(),
        "CVL",
    ),
    **dict.fromkeys(
        "company firm corporation bank business investor conglomerate exchange bourse "
        "operator carmaker automaker retailer insurer broker airline manufacturer lender "
        "shareholder".split(),
        "BUS",
    ),
    # ("agency" alone is more often a state's or the UN's than a news agency)
    **dict.fromkeys("newspaper media journalist reporter broadcaster".split(), "MED"),
}
# State bodies whose head word alone reads as business ("central bank" is no bank of
# business; the KB's role table codes "bank" BUS).
STATE_PHRASES = {"central bank": "GOV", "reserve bank": "GOV", "national bank": "GOV"}
FIRST_PERSON = {"i", "we", "us", "me", "our", "my"}
THIRD_PERSON = {"he", "she", "it", "they", "him", "her", "them"}
COLLECTIVE_HEADS = {
    "side",
    "country",
    "nation",
    "president",
    "leader",
    "minister",
    "party",
    "government",
    "state",
}


@lru_cache(maxsize=1)
def _kb() -> Any:
    """The knowledge base when it is available; events still work without it."""
    try:
        from communique.kb import KnowledgeBase

        return KnowledgeBase.load()
    except Exception:  # noqa: BLE001  (an unfinished or absent KB only loses codes)
        return None


def _kb_call(method: str, text: str) -> Any:
    kb = _kb()
    fn = getattr(kb, method, None) if kb is not None else None
    if fn is None:
        return None
    try:
        return fn(text)
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=65536)  # (the KB is read-only and loaded once)
def country_of(text: str) -> str | None:
    """ISO alpha-3 for a country name, capital or adjective ("Japanese", "Beijing")."""
    text = text.strip()
    if not text:
        return None
    for method in ("country", "country_by_adjective", "capital", "resolve_country"):
        got = _kb_call(method, text)
        if got is not None and getattr(got, "code", None):
            return str(got.code)
    if text.endswith("s") and len(text) > 4:  # "Palestinians", "Iraqis"
        got = _kb_call("country_by_adjective", text[:-1])
        if got is not None and getattr(got, "code", None):
            return str(got.code)
    return None


@lru_cache(maxsize=65536)  # (the KB is read-only and loaded once)
def organisation_of(text: str) -> tuple[str | None, str | None, str | None]:
    """(name, sector, country) of an organisation the KB knows, else Nones."""
    got = _kb_call("organisation", text.strip())
    if got is None:
        return None, None, None
    return getattr(got, "name", None), getattr(got, "sector", None), getattr(got, "country", None)


@lru_cache(maxsize=65536)  # (the KB is read-only and loaded once)
def sector_of(lemma: str) -> str | None:
    got = _kb_call("sector_of_role", lemma)
    if isinstance(got, str):
        return got
    return SECTOR_WORDS.get(lemma.lower())


def phrase_tokens(head: Any) -> list[Any]:
    """The tokens of the phrase headed by `head`, without its conjuncts and clauses."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("conj", "cc"):
            continue
        if child.dep_ not in _KEEP_DEPS:
            continue
        if child.dep_ == "prep" and child.i > head.i and child.lower_ not in ("of",):
            continue
        if child.dep_ == "appos" and child.i > head.i and child.nbor(-1).is_punct:
            continue
        if child.dep_ == "punct":
            continue
        out.extend(t for t in child.subtree if not _inside_clause(t, head))
    toks = sorted(set(out), key=lambda t: t.i)
    # Trim punctuation and conjunctions at the edges.
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    # Keep a contiguous run around the head.
    start = end = toks.index(head) if head in toks else 0
    while start > 0 and toks[start - 1].i == toks[start].i - 1:
        start -= 1
    while end < len(toks) - 1 and toks[end + 1].i == toks[end].i + 1:
        end += 1
    return toks[start : end + 1]


def _inside_clause(tok: Any, head: Any) -> bool:
    """True when tok sits in a clause (relative clause, participle) under head."""
    t = tok
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return True
        t = t.head
    return False


def conjuncts(head: Any) -> list[Any]:
    """head and the nouns conjoined to it ("China and Russia" -> [China, Russia])."""
    out = [head]
    for c in head.conjuncts:
        if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > head.i:
            out.append(c)
    return out


class ActorCoder:
    """Codes actor phrases of one article (entities are indexed once)."""

    def __init__(self, art: Article) -> None:
        self.art = art
        self.mentions: list[tuple[int, int, Entity]] = []
        for ent in art.entities:
            for m in ent.mentions:
                self.mentions.append((m.span[0], m.span[1], ent))
        self.mentions.sort(key=lambda x: x[0])

    def entity_at(
        self,
        start: int,
        end: int,
        head_start: int | None = None,
        allowed: list[tuple[int, int]] | None = None,
    ) -> Entity | None:
        """The entity whose mention covers the head, else the first overlapping one (with
        `allowed`, the first that covers one of those character ranges)."""
        best: Entity | None = None
        for s, e, ent in self.mentions:
            if s >= end:
                break
            if e <= start:
                continue
            if head_start is not None and s <= head_start < e:
                return ent
            if allowed is not None and not any(s < b and a < e for a, b in allowed):
                continue
            if best is None:
                best = ent
        return best

    def actor(self, toks: list[Any], head: Any) -> list[Actor]:
        """One actor for the phrase, or several when it names several countries by adjective
        ("Hungarian and Romanian officials")."""
        if not toks:
            return []
        pair = _paired_modifiers(toks, head)
        if pair is not None:
            # "UK and EU negotiators", "House and Senate negotiators": one actor each.
            first, second = pair
            return self.actor(first, first[-1]) + self.actor(second, head)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # Only a name that modifies the head itself ("Chinese officials", "Iran's leaders")
        # lends its entity; one behind a preposition does not ("supporters of President X",
        # "people in Pakistan" are not X or Pakistan).
        mods = _modifiers(head, {t.i for t in toks})
        ent = self.entity_at(start, end, head.idx, [(t.idx, t.idx + len(t.text)) for t in mods])
        name = self.art.text[start:end]
        country: str | None = None
        sector: str | None = None
        entity_id: str | None = None
        if ent is not None:
            entity_id, name = ent.id, ent.name
            country, sector = ent.country, ent.sector
            if ent.type == "ORG" and sector is None:
                sector = organisation_of(ent.name)[1]
        # Several country adjectives joined by a conjunction: one actor each.
        adjs = [
            t
            for t in toks
            if t.i != head.i
            and t.dep_ in ("amod", "compound", "conj")
            and t.i < head.i
            and (t.pos_ in ("ADJ", "PROPN") or t.ent_type_ == "NORP")
        ]
        adj_codes = [(t, country_of(t.text)) for t in adjs]
        adj_codes = [(t, c) for t, c in adj_codes if c]
        if (
            ent is None
            and len({c for _, c in adj_codes}) > 1
            and any(t.dep_ == "conj" for t, _ in adj_codes)
        ):
            sec = sector_of(head.lemma_)
            return [
                self._make(t.text, None, c, sec, t.idx, t.idx + len(t.text)) for t, c in adj_codes
            ]
        if country is None:
            country = self._country_in(toks, head)
        if country is None and sector is None and ent is None:
            # "Kenzo Oshima, the United Nations relief coordinator": the apposition says who.
            for c in head.children:
                if c.dep_ == "appos":
                    app = [t for t in c.subtree]
                    org_name, org_sector, org_country = organisation_of(
                        " ".join(t.text for t in app if t.pos_ == "PROPN")
                    )
                    sector = org_sector or sector_of(c.lemma_)
                    country = org_country or self._country_in(app, c)
                    break
        if sector is None:
            org_name, org_sector, org_country = organisation_of(name)
            if org_sector:
                sector = org_sector
                name = org_name or name
                country = country or org_country
            else:
                last2 = " ".join(t.lower_ for t in toks[-2:]) if toks[-1].i == head.i else ""
                # The whole phrase first: its modifiers say more than the head word
                # ("business leaders" BUS, "military spokesman" MIL).
                sector = (
                    STATE_PHRASES.get(last2)
                    or (sector_of(name) if ent is None else None)
                    or sector_of(head.lemma_)
                )
        if ent is None:
            name = _strip_det(name)
        return [self._make(name, entity_id, country, sector, start, end)]

    def actor_for_span(self, span: tuple[int, int]) -> Actor | None:
        """The coded actor of a span of text (a quote's speaker phrase)."""
        doc = self.art.doc
        if doc is None:
            return None
        sp = doc.char_span(span[0], span[1], alignment_mode="expand")
        if sp is None or len(sp) == 0:
            return None
        got = self.actor(list(sp), sp.root)
        return got[0] if got else None

    def _country_in(self, toks: list[Any], head: Any) -> str | None:
        """A country named in the phrase: the head itself, a possessor, an adjective."""
        order = [head] + [t for t in toks if t.i != head.i]
        for t in order:
            if t.pos_ in ("PROPN", "ADJ", "NOUN") or t.ent_type_ in ("GPE", "NORP"):
                text = t.text
                if t.ent_type_ in ("GPE", "NORP", "LOC"):
                    # The whole named span ("South Sudan", "United States").
                    for e in t.doc.ents:
                        if e.start <= t.i < e.end:
                            text = e.text
                            break
                c = country_of(text)
                if c:
                    return c
        return None

    def _make(
        self,
        name: str,
        entity: str | None,
        country: str | None,
        sector: str | None,
        start: int,
        end: int,
    ) -> Actor:
        code = (country or "") + (sector or "") or None
        return Actor(
            name=name,
            entity=entity,
            code=code,
            country=country,
            sector=sector,
            text=self.art.text[start:end],
            span=(start, end),
            raw_span=self.art.raw_span(start, end),
        )


# Dependencies by which a word describes the head noun it hangs on, not a prepositional
# attachment.
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod", "npadvmod", "flat", "appos", "case", "nummod"}


def _modifiers(head: Any, ids: set[int]) -> list[Any]:
    """head and the words of the phrase tied to it by modifier links only."""
    out, todo = [head], [head]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.i in ids and c.dep_ in _MODIFIER_DEPS:
                out.append(c)
                todo.append(c)
    return out


def _is_name(tok: Any) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG")


def _paired_modifiers(toks: list[Any], head: Any) -> tuple[list[Any], list[Any]] | None:
    """Two names joined by "and" that modify one head noun ("UK and EU negotiators",
    "Russia and Turkey's foreign ministers"): the first name alone, then the second name
    with the head."""
    ids = {t.i for t in toks}
    for m1 in toks:
        if m1.i >= head.i or m1.head.i != head.i or not _is_name(m1):
            continue
        if m1.dep_ not in ("nmod", "amod", "compound", "poss"):
            continue
        cc = next((c for c in m1.children if c.dep_ == "cc" and c.i == m1.i + 1), None)
        if cc is None or cc.i + 1 not in ids:
            continue
        m2 = head.doc[cc.i + 1]
        if m2.i >= head.i or not _is_name(m2):
            continue
        if not (m2.head.i == m1.i and m2.dep_ == "conj") and m2.head.i != head.i:
            continue
        first = [t for t in toks if t.i <= m1.i and (t.i == m1.i or t.head.i == m1.i)]
        first = [t for t in first if t.dep_ not in ("det", "cc")] or [m1]
        second = [t for t in toks if m2.i <= t.i <= head.i]
        return first, second
    return None


def _strip_det(name: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if name.startswith(det):
            return name[len(det) :]
    return name
