"""The countries an amount is about (its `parties`): the knowledge base's country names and
nationality words, `_Countries` (token -> country code, from the entity mentions or the
names), the country an object names as its owner ("India's construction sector"), the
countries of the clause's actors, of "bilateral"/"between" wording and of an "its" that
stands for a country, the country whose own money a currency is ("CNY" -> "CHN"), the
country a bare "pesos" is the currency of, the market a share price is quoted in, the
country of people told by their nationality (not the place they are in) and the article's
country for a bare "the government", whether it does what the amount is of or the object
names it as an owner ("terms of government's offer", "state funding", "the Treasury's
stake").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_parse import (
    _clause_head,
    _name,
    _outward,
    _own_subtree,
    _possessive,
    _Reading,
    _subject,
    _text_sentence,
    _where_clause,
)
from communique.extract.amounts_pronoun import _BODY_NOUNS, _pronoun_antecedent
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import (
    _CHANGE_NOUNS,
    _COMPANY_NOUNS,
    _SAY_VERBS,
    _Gated,
)
from communique.extract.dates import MONTH_NAMES
from communique.record import Amount, Article

_BILATERAL = re.compile(r"\b(?:bilateral|two-way|mutual|between)\b", re.I)


# Verbs of a deal between two sides: the amount is both sides' ("Italy's Illva bought 33% of
# China's Changyu": ITA and CHN).
_DEAL_VERBS = frozenset("buy acquire purchase sell pay lend loan sue bid".split())

# The country of a stock market index's exchange (facts).
_INDEX_COUNTRY = {
    "nasdaq": "USA",
    "dow": "USA",
    "nikkei": "JPN",
    "topix": "JPN",
    "ftse": "GBR",
    "dax": "DEU",
    "cac": "FRA",
    "kospi": "KOR",
    "sensex": "IND",
    "hang seng": "HKG",
}
_INDEX_IN_OBJECT = re.compile(
    r"\b(Nasdaq|Dow|Nikkei|Topix|FTSE|Dax|DAX|CAC|Cac|Kospi|Sensex|Hang Seng)\b"
)


# -- countries -----------------------------------------------------------------------------


_CHANGE_OF_THING = re.compile(r"^((?:rise|fall|growth|increase|drop|decline) in )?(.+)$")


def _nation_said_before(obj: str, before: str) -> tuple[str, list[str]] | None:
    """ "wine sales" after "Chinese wine sales are growing" in the same sentence: the same
    thing, the country's (object and parties); None when the sentence said no nationality."""
    lead = _CHANGE_OF_THING.match(obj)
    if lead is None or not lead.group(2):
        return None
    # (a word with a capital: none when the text is all small letters, the common case)
    if not lead.group(2).islower() and any(w[:1].isupper() for w in lead.group(2).split()):
        return None
    core = lead.group(2)
    at = before.find(f" {core}")
    while at > 0:  # (found by text, not a pattern built for each amount)
        word = before[:at].rsplit(None, 1)[-1] if before[:at].strip() else ""
        after = before[at + 1 + len(core) : at + 2 + len(core)]
        if (
            word[:1].isupper()
            and word[1:].isalpha()
            and word[1:].islower()
            and not after.isalnum()
            and _names_nationality(word)
            and (code := _kb_country(word)) is not None
        ):
            return f"{lead.group(1) or ''}{word} {core}", [code]
        at = before.find(f" {core}", at + 1)
    return None


_CAPITAL_WORDS = re.compile(r"[A-Z][A-Za-z.]*")


@lru_cache(maxsize=4)
def _doc_ents(doc: Any) -> tuple[Any, ...]:
    """`doc.ents`, built once per doc ("Doc.ents" builds a span for every entity on each
    call; cleared with the other per-doc memos in `extract_amounts`)."""
    return tuple(doc.ents)


def _ents_in(span: Any) -> list[Any]:
    """`span.ents`, from the doc's entities built once (`_doc_ents`): "Span.ents" builds a
    span for every entity of the doc on each call. (As spaCy gives: in the doc's order, from
    the first starting in the span to the first that ends past it.)"""
    lo, hi = span.start, span.end
    out: list[Any] = []
    for e in _doc_ents(span.doc):
        if e.start >= lo:
            if e.end <= hi:
                out.append(e)
            else:
                break
    return out


class _Countries:
    """Token -> country code: entity mentions when the entities stage ran, else the
    knowledge base over the model's GPE/NORP names."""

    def __init__(self, art: Article) -> None:
        self.by_char: dict[int, str] = {}
        self.counts: Counter[str] = Counter()
        # the countries of the named firms, bodies and people ("Bank of England": GBR)
        self.homes: Counter[str] = Counter()
        self.names: dict[str, str] = {}  # a country's name as the article writes it
        self._starts: list[int] | None = None  # the sorted keys of `by_char`, when asked
        # (where a firm or body with a home country is named: no place named there)
        self.bodies: set[int] = set()
        self.text = art.text or ""
        self._politics: list[str] | None = None  # (whose politics it is about, when asked)
        # where a national state body the knowledge base knows is named, and its country
        # ("" for a generic one: "the Home Office", "the Treasury"; see `_state_body_home`)
        self.state_bodies: list[tuple[int, int, str]] = []
        for ent in art.entities:
            if ent.type not in ("COUNTRY", "GPE", "NORP"):
                for mm in ent.mentions:
                    body = _kb_state_body(mm.text)
                    if body is not None:
                        self.state_bodies.append((mm.span[0], mm.span[1], body))
            if not ent.country:
                continue
            if ent.type == "COUNTRY":
                self.names.setdefault(ent.country, ent.name)
            for mm in ent.mentions:
                self.by_char.update(dict.fromkeys(range(mm.span[0], mm.span[1]), ent.country))
                if ent.type in ("ORG", "PERSON"):
                    self.bodies.update(range(mm.span[0], mm.span[1]))
                if ent.type in ("COUNTRY", "GPE", "NORP"):
                    self.counts[ent.country] += 1
                elif ent.type in ("ORG", "PERSON"):
                    self.homes[ent.country] += 1
        self.from_entities = bool(self.by_char)
        if not self.from_entities and art.doc is not None:
            # (labels by their ids: "Span.label_" looks the string up for every entity)
            gpe, norp = art.doc.vocab.strings["GPE"], art.doc.vocab.strings["NORP"]
            for e in _doc_ents(art.doc):
                label = e.label
                if label == gpe or label == norp:
                    name = self.text[e.start_char : e.end_char]  # (not "Span.text": a join)
                    code = _kb_country(name)
                    if code and label == gpe and _names_country(name):
                        self.names.setdefault(code, name)
                    if code:
                        self.by_char.update(dict.fromkeys(range(e.start_char, e.end_char), code))
                        self.counts[code] += 1

    def of(self, tok: Any) -> str | None:
        got = self.by_char.get(tok.idx)
        if got is None and not tok.text[:1].isupper():
            return None  # (a country or nationality word is written with a capital)
        if (
            got is None
            and (
                tok.ent_type_ == "NORP"
                and self.from_entities
                # "English councils" read as a language, "The French government" as no entity
                or tok.dep_ in ("amod", "compound")
                and tok.text[:1].isupper()
                and tok.ent_type_ in ("LANGUAGE", "NORP", "")
                and not (tok.i > 0 and tok.doc[tok.i - 1].text in _REGION_WORDS)
                # "in Indonesia Aceh's region": a country's name before its own place's
                or tok.dep_ == "compound"
                and tok.ent_type_ == "GPE"
                and tok.head.ent_type_ == "GPE"
                and not (tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper())  # ("Northern
                and _names_country(tok.text)  # Ireland Assembly": inside a longer name)
            )
        ):
            got = _kb_country(tok.text)  # "English local authorities": no entity of its own
        return got

    def names_one(self, sent: Any, text: str, places_only: bool = False) -> bool:
        """Whether a sentence names a country: a mention in its bounds, else a capitalised
        word of it that `of` takes for one (the same answer as asking `of` of every token)."""
        if self._starts is None:
            self._starts = sorted(self.by_char)
        at = bisect_left(self._starts, sent.start_char)
        if at < len(self._starts) and self._starts[at] < sent.end_char:
            if not places_only:
                return True
            # (a firm's or body's home country is no place the sentence names: "BA's chief")
            for k in range(at, len(self._starts)):
                c = self._starts[k]
                if c >= sent.end_char:
                    break
                if c not in self.bodies:
                    return True
        # (past the mentions, `of` names only a country or nationality word: none such in
        # the sentence's words, no token to ask)
        words = _CAPITAL_WORDS.findall(text, sent.start_char, sent.end_char)
        if not any(
            _kb_country(w) or w[-1] == "." and _kb_country(w.rstrip("."))  # (asked once if same)
            for w in words
        ):
            return False
        return any(
            t.text[:1].isupper() and self.of(t) and not (places_only and t.idx in self.bodies)
            for t in sent
        )

    def main(self) -> list[str]:
        """The country an article names most, when it is named at least twice and more
        often than any other; else none."""
        top = self.counts.most_common(2)
        if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
            return []
        return [top[0][0]]

    def dominant(self) -> list[str]:
        """The country an article is plainly about: named at least twice and at least twice
        as often as any other (else, naming none, a story of Westminster's: GBR)."""
        top = self.counts.most_common(2)
        if not top:
            return self._politics_home()
        if top[0][1] < 2 or len(top) > 1 and 2 * top[1][1] > top[0][1]:
            return []
        return [top[0][0]]

    def home(self) -> list[str]:
        """The country an article is about: the one it names most (`main`), else, when it
        names no country twice, the one its bodies and people are of, three mentions at
        least and more than any other ("the Bank of England", "Mervyn King": GBR)."""
        named = self.main()
        if named or max(self.counts.values(), default=0) >= 2:
            return named
        top = (self.homes + self.counts).most_common(2)
        if not top or top[0][1] < 3 or len(top) > 1 and top[1][1] >= top[0][1] - 1:
            # (an article about Westminster politics is about the UK, even when it names
            # the country nowhere: "Labour", "the Commons", "Tory MPs")
            home = self._politics_home()
            if home and self.counts[home[0]] == max(self.counts.values(), default=0):
                return home
            return []
        return [top[0][0]]

    def _politics_home(self) -> list[str]:
        """The one country whose parties and institutions the article speaks of three times
        at least (the lexicon's `politics` words: "Labour", "the Commons"), found once per
        article; none when no country's or two countries' are."""
        if self._politics is None:
            found = [
                code
                for code, words in lexicon().politics.items()
                if len(words.findall(self.text)) >= 3
            ]
            self._politics = found if len(found) == 1 else []
        return self._politics

    def dyad(self) -> list[str]:
        top = [c for c, n in self.counts.most_common(2) if n >= 2]
        return sorted(top) if len(top) == 2 else []


@lru_cache(maxsize=4096)
def _kb_names(text: str, how: str) -> bool:
    """Whether `text` is a country's name (`how="country"`, not a city of it: "London") or
    its nationality word (`how="country_by_adjective"`: "German")."""
    try:
        from communique.kb import KnowledgeBase

        return getattr(KnowledgeBase.load(), how)(text) is not None
    except Exception:  # noqa: BLE001 - without the KB every place counts
        return True


def _names_country(text: str) -> bool:
    return _kb_names(text, "country")


def _names_nationality(text: str) -> bool:
    return _kb_names(text, "country_by_adjective")


@lru_cache(maxsize=4096)
def _kb_country(text: str) -> str | None:
    try:
        from communique.kb import KnowledgeBase

        c = KnowledgeBase.load().resolve_country(text)
        return c.code if c else None
    except Exception:  # noqa: BLE001 - the KB is optional here: no parties without it
        return None


# The knowledge base's sectors of a nation's own state bodies: its government and
# ministries, armed forces, police and intelligence services (not its parliament, courts,
# parties or press, nor an international body).
_STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "SPY"))


@lru_cache(maxsize=4096)
def _kb_state_body(text: str) -> str | None:
    """The country of the national state body `text` names ("Foreign Office": "GBR"), ""
    for a generic one whose country comes from context ("Home Office", "Ministry of
    Defence"), None when it names none."""
    try:
        from communique.kb import KnowledgeBase

        org = KnowledgeBase.load().organisation(text)
    except Exception:  # noqa: BLE001 - the KB is optional here: no bodies without it
        return None
    if org is None or org.sector not in _STATE_SECTORS or "bank" in org.kind.lower():
        return None  # (a central bank's figures are its economy's, told by other rules)
    return org.country or ""


# "North American", "Latin America": a region, not the country its last word names.
_REGION_WORDS = frozenset("North South East West Latin Central".split())
_OBJ_OWNER = re.compile(
    r"(?<![\w.])(?<!outside )(?<!North )(?<!South )(?<!Latin )(?<!Central )"
    r"([A-Z][\w.]*(?: [A-Z][a-z]+)?)['’]s\b"
)
_OBJ_NATION = re.compile(
    r"(?<![\w.])(?<!North )(?<!South )(?<!Latin )(?<!Central )(?<!in )(?<!of )(?<!outside )"
    r"([A-Z][\w.]*)\b(?! [A-Z])"
)


def _object_country(obj: str) -> list[str]:
    """The country an object names as its owner ("India's construction sector", "UK's
    Muslims") or by a nationality word ("US insurance broker", "Ethiopians helped"); not a
    place given with "in" ("shares in London"), nor a word inside a name ("France Telecom")."""
    return list(_object_country_of(obj))


@lru_cache(maxsize=4096)
def _object_country_of(obj: str) -> tuple[str, ...]:
    """(`_object_country`, kept: the same object text is asked about for several amounts)"""
    # ("sales of stakes in firms including Russia's MTS": an example's country is not whose)
    obj = obj.split(" including ", 1)[0]
    for m in _OBJ_OWNER.finditer(obj):
        if _names_country(m.group(1)) and (code := _kb_country(m.group(1))):
            return (code,)
    for m in _OBJ_NATION.finditer(obj):
        word = m.group(1)
        if _names_nationality(word) and (code := _kb_country(word)):
            return (code,)
    for m in _NATION_BEFORE_NAME.finditer(obj):
        # "an offer from Swiss Xstrata": a nationality word before a name is the name's
        # country (not a country's name inside a firm's: "France Telecom")
        word = m.group(1)
        if _names_nationality(word) and not _names_country(word) and (code := _kb_country(word)):
            return (code,)
    for m in _NATION_FIRM.finditer(obj) if _FIRM_WORD.search(obj) else ():
        # "acquisition of US firm ISG": the country a firm is described by
        word = m.group(1)
        if (_names_country(word) or _names_nationality(word)) and (code := _kb_country(word)):
            return (code,)
    index = _INDEX_IN_OBJECT.search(obj)
    if index is not None:
        return (_INDEX_COUNTRY[index.group(1).lower()],)  # "fall in Nasdaq index"
    biggest = _BIGGEST_ECONOMY.search(obj)
    if biggest is not None:
        return (_BIGGEST_OF[biggest.group(1).lower()],)  # "Europe's biggest economy"
    return ()


# Economies named by their rank, where the rank has long held: Europe's biggest is
# Germany's, the world's is the United States'.
_BIGGEST_OF = {"europe": "DEU", "world": "USA"}
_BIGGEST_ECONOMY = re.compile(r"\b(Europe|world)['’]s (?:biggest|largest) economy\b", re.I)


_FIRM_WORD = re.compile(r" (?:" + "|".join(sorted(_COMPANY_NOUNS)) + r")\b")
_NATION_FIRM = re.compile(
    r"(?<![\w.])([A-Z][\w.]*(?: [A-Z][a-z]+)?) (?:" + "|".join(sorted(_COMPANY_NOUNS)) + r")\b"
)

_NATION_BEFORE_NAME = re.compile(r"(?<![\w.])(?<!in )(?<!of )([A-Z][a-z]+) (?=[A-Z])")


def _local_unit(said: str, unit: str, countries: _Countries, lx: Lexicon) -> str:
    """ "24.2 trillion pesos" in an article about Colombia: Colombian pesos. A bare currency
    word several countries use takes the currency of the country the article names most."""
    words = said.lower().split()
    word = words[-1] if words else ""
    by = lx.local.get(word)
    if not by or lx.words.get(word) != unit or " ".join(words[-2:]) in lx.words:
        return unit  # not shared, or qualified: "Argentine pesos"
    named = [(n, c) for c, n in countries.counts.items() if c in by]
    return by[max(named)[1]] if named else unit


def _clause_subject_noun(span: Any) -> Any:
    """The noun the amount's clause is about: its subject, or the antecedent of a "which"
    subject ("the country, which has about $200bn in reserves")."""
    head = _clause_head(span[0])
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ == "WDT" and head.dep_ == "relcl":
        return head.head
    if subj is not None and subj.lower_ == "it" and head.dep_ == "ccomp":
        # "the government said it had identified 500 idle farms": the speaker
        said = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        return said if said is not None and said.pos_ == "NOUN" else subj
    return subj


def _pronoun_owner(span: Any, countries: _Countries, skip: set[int]) -> list[str]:
    """Countries of the sentence's subject when the amount's phrase belongs to "its" or
    "their" ("its claim for $280bn", "their export incomes"); else none."""
    outs = _outward(span)
    h = outs[0].head if outs else None
    owned = False
    for _ in range(3):
        if h is None:
            break
        # (h's children walked once: each walk builds them anew)
        kids = list(h.children)
        near = [*kids, *(k for c in kids if c.dep_ == "dobj" for k in c.children)]
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in near):
            owned = True  # "threw out its claim for"
            break
        up = h.head  # (once: each "Token.head" builds the token anew)
        if up.i == h.i:
            break
        h = up
    if not owned:
        v = _clause_head(outs[0].head) if outs else None
        owned = v is not None and any(
            c.dep_ in ("dative", "dobj") and c.lower_ in ("it", "them")
            for w in (v, v.head)
            for c in w.children
        )  # "corruption has cost it 1bn CFA francs"
    if not owned and outs:
        # "He names Russia as the failing state as it has an estimated 90% of all fissile
        # material": "it" is the one country a core word of the sentence named before
        v = _clause_head(outs[0].head)
        it = next((c for c in v.lefts if c.dep_ == "nsubj" and c.lower_ == "it"), None)
        if it is not None:
            doc = span.doc
            named = [
                code
                for t in doc[_sent(span).start : it.i]
                if t.dep_ in ("nsubj", "nsubjpass", "dobj") and (code := countries.of(t))
            ]
            if len(set(named)) == 1:
                return named[:1]
        # "Indonesia's government has confirmed ... The question is whether they raise
        # prices by 30%": the country the sentence before named as the one "it" or "they"
        # stands for
        w = v
        while w.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in w.lefts):
            w = w.head  # ("they go for one big shock and raise prices by 30%")
        pron = next((c for c in w.lefts if c.dep_ == "nsubj" and c.lower_ in ("it", "they")), None)
        cand = _pronoun_antecedent(pron) if pron is not None else None
        if cand is not None and (cand.ent_type_ == "GPE" or cand.lower_ in _BODY_NOUNS):
            # (a country or its government: a firm's figures are no country's)
            body = (
                cand if cand.pos_ == "PROPN" else next(c for c in cand.children if c.dep_ == "poss")
            )
            code = countries.of(body)
            return [code] if code and body.i not in skip else []
    if not owned:
        return []
    root = _sent(span[0]).root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found: list[str] = []
    if subj is not None:
        for t in subj.subtree:
            code = countries.of(t)
            if code and code not in found and t.i not in skip:
                found.append(code)
    return found


# Agreements and programmes named for the city they were made in ("the Lisbon agenda").
_ACCORD_NOUNS = frozenset(
    "target agenda treaty protocol criterion round process strategy accord pact convention".split()
)


# What a market trades for the world, wherever it is quoted ("Brent crude in London"), and
# what a city is only the venue or the site of ("a meeting in Brussels", "a plant in Oxford").
_TRADED_IN = frozenset(
    """crude oil gold silver copper nickel zinc aluminium aluminum platinum palladium tin
    cocoa coffee sugar wheat corn soybeans cotton brent dollar euro yen pound sterling
    currency shares stocks share stock index market trading trade bond bonds
    meeting talks summit conference headquarters office offices plant plants factory
    factories site branch branches store stores hotel airport court""".split()
)


# The verbs a speaker's words hang on.
_SPEAKER_VERBS = _SAY_VERBS | {"say", "report", "add"}


# Prepositions that leave a place out ("sales outside the UK"): not the amount's country.
_OUTSIDE = frozenset("outside beyond excluding except".split())


# Nouns whose "against" side is a party of their amount ("a $28bn claim against Russia").
_AGAINST_OWNED = frozenset(
    "claim case lawsuit suit action judgement judgment ruling fine sanction award bid".split()
)


def _parties(
    r: _Reading,
    countries: _Countries,
    span: Any,
    amount_toks: set[int] | None = None,
    sent: Any = None,
) -> list[str]:
    found = _parties_found(r, countries, span, amount_toks, sent)
    for source in _source_countries(span, countries):
        if source not in found:
            found.append(source)  # "the $6bn which VEB lent Rosneft came from Chinese banks"
    head = _clause_head(span[-1])
    if _where_clause(head) and _names_country(_name(head.head)):
        # "in the US, where there are 16 million citizens of Mexican origin": there too
        place = head.head
        for t in (*(c for c in place.lefts if c.dep_ == "compound"), place):
            code = countries.of(t)
            if code and code not in found:
                found.append(code)
    return found


# Verbs by which money is said to have come from somewhere ("came from Chinese banks").
_SOURCE_VERBS = frozenset("come originate derive stem".split())


def _source_countries(span: Any, countries: _Countries) -> list[str]:
    """The countries of where money the amount is the subject of came from ("the $6bn which
    VEB lent Rosneft in turn came from Chinese banks": CHN as well)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _SOURCE_VERBS:
        return []
    codes: list[str] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for t in c.subtree:
                code = countries.of(t) if t.dep_ in ("amod", "compound", "poss", "pobj") else None
                if code and code not in codes:
                    codes.append(code)
    return codes


def _one_of_many(prep: Any) -> bool:
    """Whether a preposition gives examples of a plural ("firms including Russia's MTS"):
    a country of one example is not the country of them all."""
    return prep.lower_ == "including" and prep.head.tag_ in ("NNS", "NNPS")


def _example_country(tok: Any) -> bool:
    """Whether a token is inside an example of a plural ("firms including Russia's MTS")."""
    return any(a.dep_ == "prep" and _one_of_many(a) for a in tok.ancestors)


def _circumstance(prep: Any) -> bool:
    """Whether a "with" tells a change that came with the amount ("with strong growth in
    US drinks"), not the other side of a deal ("a deal with China")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _CHANGE_NOUNS for c in prep.children)


# Places people are held in: a country word before one tells where, not whose.
_HELD_PLACES = frozenset("camp camps prison prisons jail jails".split())


def _held_there(tok: Any) -> bool:
    """Whether a country word names the place of a camp or prison a preposition puts
    someone in or takes them from ("released from the Cuba detention camp")."""
    place = tok.head
    return (
        tok.dep_ in ("compound", "amod")
        and place.dep_ == "pobj"
        and place.head.lower_ in ("from", "in", "at")
        and place.lower_ in _HELD_PLACES
    )


def _add_rule_country(prep: Any, add: Any) -> None:
    """ "under Japanese stock market rules", "under Britain's law": the country whose rules
    (or plan, or law) the amount's clause is held to."""
    for p in prep.children:
        if p.dep_ == "pobj":
            for t in p.lefts:
                if t.dep_ in ("amod", "compound", "poss", "nmod"):
                    add(t)


def _add_market(verb: Any, skip: set[int], add: Any) -> None:
    """ "In the US, Globex's sales rose 3%", "Globex's sales rose 3% in Japan": a country
    the measure's verb puts the figure in is the market it is of (a city is a venue only)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i not in skip:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == "GPE" and _names_country(_name(p)):
                    add(p)


# Verbs whose subject may be what brought about another's figure ("Higher costs in London
# saw Acme report profits of $5m").
_CAUSE_VERBS = frozenset("see cause prompt lead force drive push help leave".split())


def _cause_of_anothers(verb: Any, subj: Any, span: Any) -> bool:
    """Whether `subj` only brought about a figure another doer reports: the subject of a
    verb of causing, a thing (not a country or a people), with a named doer of its own
    between the verb and the amount ("Increased costs at Wembley ... saw Multiplex's
    construction division report profits of A$35.1m": not the UK's profits)."""
    if verb.lemma_.lower() not in _CAUSE_VERBS or subj.i > verb.i:
        return False
    if subj.ent_type_ in ("GPE", "NORP", "LOC") or subj.pos_ in ("PROPN", "PRON"):
        return False
    doc = verb.doc
    # (a doer named: "saw Acme report", "saw Multiplex's division report"; not "The carmaker
    # saw profits fall", whose profits are the subject's own)
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.pos_ == "PROPN" or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.lefts))
        for t in doc[verb.i + 1 : span.start]
    )


def _parties_found(
    r: _Reading,
    countries: _Countries,
    span: Any,
    amount_toks: set[int] | None = None,
    sent: Any = None,
) -> list[str]:
    found: list[str] = []

    def add(tok: Any) -> None:
        code = countries.of(tok)
        if not code:
            return
        for a in tok.ancestors:
            if a.dep_ != "prep":
                continue
            if (
                a.lower_ == "against"
                and a.head.lemma_.lower() not in _AGAINST_OWNED
                and a.head.i not in skip
            ):
                return  # "10% before the uprising against Israeli occupation": the other side
            if _one_of_many(a):
                return  # "stakes in firms including Russia's MTS": one of many, not whose
            if a.lower_ in _OUTSIDE:
                return  # "80% of its sales outside the UK": everywhere but there
        if tok.lower_ in ("america", "american") and tok.i > 0:
            if tok.doc[tok.i - 1].lower_ in ("north", "south", "latin", "central"):
                return  # "plants in western Europe and North America": a region
        if (
            code
            and tok.dep_ == "compound"
            and tok.head.pos_ == "PROPN"
            and not _names_country(tok.text)
            and not _names_nationality(tok.text)
        ):
            return  # "the Mecca Bingo chain": a town inside a name
        if (
            code
            and tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.lemma_.lower() in _ACCORD_NOUNS
            and not _names_country(tok.text)
            and not _names_nationality(tok.text)
        ):
            return  # "the Lisbon targets", "the Kyoto protocol": named for a city, not its
        if (
            code
            and tok.dep_ == "pobj"
            # (or "the men freed from Guantanamo Bay": where they were, not whose)
            and tok.head.lower_ in ("in", "at", "from")
            and tok.ent_type_ in ("GPE", "LOC", "FAC")
        ):
            name = _name(tok)
            held = tok.head.head
            if not _names_country(name) and (
                tok.head.lower_ != "in"
                or held.pos_ not in ("NOUN", "PROPN")
                or held.lemma_.lower() in _TRADED_IN
                or held.i in skip
                and (r.object_tok is None or r.object_tok.lemma_.lower() in _TRADED_IN)
            ):
                # "Brent crude in London", "ministers meeting in Brussels": a venue (but
                # "house prices in London", "sales of 13% in New York": the city's own)
                return
        if _held_there(tok):
            return  # "men released from the Cuba detention camp": where they were, not whose
        if code and code not in found:
            found.append(code)

    skip = set(range(span.start, span.end))  # (by its bounds: no token built)
    others = (amount_toks or set()) - skip

    def both_sides() -> list[str]:
        """ "Italy's Illva has agreed to buy 33% of Changyu, the largest wine maker in China":
        a deal's amount is the buyer's too."""
        if r.verb is not None and r.verb.lemma_.lower() in _DEAL_VERBS:
            doer = r.subject if r.subject is not None else _subject(r.verb)
            if doer is not None and doer.i not in skip:
                for t in _own_subtree(doer, skip, others):
                    add(t)
        return found

    own_place = False  # "... and 2% in Europe": a place of its own, a region maybe
    for t in span:  # "9% in Germany", "the UK's 1.6m Muslims": the amount's own place first
        for c in t.children:
            if c.dep_ == "poss" and c.i not in skip:
                for x in c.subtree:
                    add(x)
            if (
                c.dep_ == "prep"
                and c.lower_ in ("in", "for", "from", "to", "of")
                and c.i not in skip
            ):
                for x in _own_subtree(c, skip, others):
                    add(x)
                    own_place |= c.lower_ == "in" and x.ent_type_ in ("GPE", "LOC")
            elif c.dep_ == "prep" and c.lower_ in ("across", "throughout", "within"):
                own_place |= any(p.ent_type_ in ("GPE", "LOC") for p in c.children)
    if found:
        return both_sides()
    if r.object_tok is not None:
        obj = r.object_tok
        doc_ = obj.doc
        for t in _own_subtree(obj, skip, others):
            if (
                t.head.dep_ == "prep"
                and t.head.i > 1
                and doc_[t.head.i - 1].is_punct
                and doc_[t.head.i - 2].pos_ == "CCONJ"
            ):
                continue  # "a 9% rise in New York and, in Ireland, a 1.3% fall": the next one's
            if t.i not in skip and (
                t.i <= obj.i
                or t.dep_ in ("pobj", "conj", "prep")
                or t.dep_ in ("amod", "compound", "poss")
                and t.head.dep_ == "pobj"  # "for the German economy", "in China's Changyu"
            ):
                add(t)
        # (not "the gap between US exports and imports", one country's already)
        if r.object and _BILATERAL.search(r.object) and not found:
            dy = countries.dyad()
            if dy:
                return dy
        gap = r.object_tok
        if (
            len(found) == 1
            and gap.lemma_.lower() in ("deficit", "surplus", "imbalance")
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in gap.rights)
        ):
            # "the deficit with China": the other side is the country the article is about
            other_side = [c for c, _ in countries.counts.most_common(2) if c not in found]
            if other_side:
                found.append(other_side[0])
        if found:
            return both_sides()
    if r.object_tok is not None and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in r.object_tok.children
    ):
        if r.verb is not None and not own_place:
            _add_market(r.verb, skip, add)  # "In the US, Globex's sales rose 3%": its US sales
        return found  # "cut Turkcell's stake": Turkcell's, not the parliament's country
    if r.verb is not None:
        subj = r.subject if r.subject is not None else _subject(r.verb)
        if subj is not None and not _cause_of_anothers(r.verb, subj, span):
            for t in _own_subtree(subj, skip, others):
                if t.idx in countries.bodies and subj.head.lemma_.lower() in _SPEAKER_VERBS:
                    continue  # ("Mr Smith added that ...": a speaker's home is not whose)
                add(t)
        dealt = r.verb.lemma_.lower() in _DEAL_VERBS
        for c in r.verb.children:
            if c.lower_ == "with" and _circumstance(c):
                continue  # "up 2% with strong growth in US drinks": another figure's place
            if (
                c.dep_ in ("dative",)
                # "agreed to buy US steelmaker ISG for $4.5bn", "sues Russia for $28bn": the
                # other side of the deal
                or dealt
                and c.dep_ == "dobj"
                or c.dep_ == "prep"
                and c.lower_ in ("to", "with", "from", "in", "into", "between", "for")
                and not (own_place and c.lower_ == "in")  # (another amount's place)
            ):
                for t in _own_subtree(c, skip, others):
                    if t.i not in skip:
                        add(t)
    if not found:
        # "lists in England were at their lowest, with 856,600 people waiting", "Efforts to
        # promote French wine are to be boosted by 3.5m euros": the subject of a clause the
        # amount hangs on, from the nearest up
        # (not across "and": "US crude rose $1, while Brent gained $1.32" is Brent's own),
        # a speaker's country only when the article is about it ("The Bank of Mexico said
        # remittances grew 24%", not "the US Agriculture Department said Chinese sales grew")
        for t in span:  # "the 2.5% which the French government had predicted": whose
            for c in t.rights:
                if c.dep_ == "relcl":
                    for k in c.children:
                        if k.dep_ in ("nsubj", "nsubjpass") and k.tag_ != "WDT":
                            for x in _own_subtree(k, skip, others):
                                add(x)
        if not found:
            sent = _sent(span) if sent is None else sent  # (the caller's: "Span.sent" walks)
            if sent.root.pos_ not in ("VERB", "AUX") and not any(
                t.pos_ in ("VERB", "AUX") for t in sent
            ):
                for t in sent:  # a headline with no verb: "US bank in $515m SEC settlement"
                    if t.i not in skip:
                        add(t)
        head = _clause_head(span[-1])
        speaker_said_it = False  # (the clause below had "it"/"they" for its subject)
        for _ in range(4):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            subj = subjects[0] if subjects else None
            if head.dep_ == "relcl" and any(
                c.tag_ == "WDT" and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children
            ):
                # "Allied Domecq, which has a capitalisation of £5.7bn": the firm's own, not
                # the main clause's ("US foods giant Kraft Foods, which it owes $15.1m": the
                # other side's too)
                for t in _own_subtree(head.head, skip, others):
                    add(t)
                if found or head.head.pos_ == "PROPN":
                    break  # ("the country, which has $200bn": which country, said above)
            # "and, in Ireland, only a 1.3% fall": the clause's place; "Agriculture is the
            # main activity in Ethiopia, representing 45% of GDP": its predicate's place
            attrs = [c for c in head.children if c.dep_ == "attr" and head.lemma_ == "be"]
            for c in (*head.children, *(k for a in attrs for k in a.rights)):
                if c.dep_ == "prep" and c.lower_ == "in" and c.i not in skip and not own_place:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ == "GPE" and _names_country(p.text):
                            add(p)
                elif c.dep_ == "prep" and c.lower_ == "under" and c.i not in skip:
                    _add_rule_country(c, add)  # "Under Japanese rules, no firm can be 80% owned"
            if found:
                break
            if (
                subj is not None
                and subj.i not in skip
                and not _cause_of_anothers(head, subj, span)
            ):
                # (all of them: the parse may split one subject in two)
                own = [
                    t for k in subjects if k.i not in skip for t in _own_subtree(k, skip, others)
                ]
                for t in own:
                    add(t)
                if (
                    found
                    and not speaker_said_it
                    and head.lemma_.lower() in _SAY_VERBS | {"say", "report", "add"}
                ):
                    top = countries.counts.most_common(1)
                    found = [c for c in found if top and c == top[0][0]]
                if found or any(t.ent_type_ in ("GPE", "LOC") for t in own):
                    break  # "Brent crude in London": placed already
            # "France's Snecma said it plans a venture with an investment of $6.5m": the
            # speaker's own plan, whatever country the article is about
            speaker_said_it = subj is not None and subj.lower_ in ("it", "they")
            for c in head.children:
                if c.dep_ == "agent" and any(k.dep_ == "nsubjpass" for k in head.children):
                    # "The unit was auctioned by Russian authorities to pay off a $27.5bn
                    # bill": the doer of a passive
                    doer = next((p for p in c.children if p.dep_ == "pobj"), None)
                    for t in doer.lefts if doer is not None else []:
                        if t.dep_ in ("amod", "compound", "poss") and t.i not in skip:
                            add(t)
            if found:
                break
            if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
                for t in _own_subtree(head.head, skip, others):
                    add(t)  # "the eastern part of Germany, where the rate is 18.8%"
                if found:
                    break
            if head.head.i == head.i or head.dep_ == "parataxis":
                break
            head = _clause_head(head.head)
    return found


# Prepositions that put people somewhere ("UK citizens in Ivory Coast", "from Liberia",
# "living in the US", "troops sent to Iraq"): where they are, not whose they are.
_PLACING = frozenset("in from at to inside within across throughout".split())
# People who live or work away from home, past the lexicon's people nouns.
_ABROAD = frozenset("labourers emigrants expatriates expats holidaymakers".split())


def _nationality_of(tok: Any, countries: _Countries, people: frozenset[str]) -> str | None:
    """The country of people a noun names by their nationality ("Britons", "Mexicans") or a
    people noun with a nationality or country word before it ("UK citizens", "Mexican
    labourers"); None for any other noun."""
    if tok.tag_ not in ("NNS", "NNPS", "NNP") or not tok.text[:1].isalpha():
        return None
    if tok.ent_type_ == "NORP" and not _names_country(tok.text):
        return countries.of(tok)  # "Britons", "Mexicans" (a headline's "Mexican")
    if tok.lower_ not in people and tok.lower_ not in _ABROAD and tok.lemma_.lower() not in people:
        return None
    for c in tok.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and (code := countries.of(c)):
            return code
    return None


def _nationals_placed(
    parties: list[str],
    counted: Any,
    subject: Any,
    countries: _Countries,
    people: frozenset[str],
) -> list[str]:
    """ "evacuate several hundred UK citizens from Ivory Coast", "About 10 million Mexicans
    live in the US", "Mexican labourers living in the US sent $16bn home": people told by
    their nationality are their country's; a country given only as where they are, come from
    or live (a preposition on them, on what they do when they are what is counted, or on a
    participle or relative clause of theirs) is no owner of the amount."""
    for tok in (counted, subject):
        if tok is None:
            continue
        nat = _nationality_of(tok, countries, people)
        if nat is None or nat not in parties:
            continue
        heads = [tok, *(c for c in tok.rights if c.dep_ in ("acl", "relcl"))]
        if tok is counted and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            heads.append(tok.head)  # "10 million Mexicans live in the US"
        placed: set[int] = set()
        for h in heads:
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in _PLACING:
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            placed.update(t.i for t in p.subtree)
        if not placed:
            continue
        there = {countries.of(t) for t in tok.doc[min(placed) : max(placed) + 1]} - {None, nat}
        if not there:
            continue
        # (a country the sentence names elsewhere too is kept: only the place is left out)
        sent = _sent(tok)
        elsewhere = {
            code
            for t in sent
            if t.i not in placed and t.text[:1].isupper() and (code := countries.of(t))
        }
        parties = [c for c in parties if c not in there or c in elsewhere]
    return parties


_SHARES = re.compile(r"\bshares\b|\bshare prices?\b")


def _market_of(obj: str, span: Any, skip: set[int]) -> str:
    """ "Shares fell 1% in London, and dropped by 1.2% in Amsterdam": the market a share
    price moved in, a city its verb names (a country is a party, not a market)."""
    if "share" not in obj or not _SHARES.search(obj):
        return obj
    v = _clause_head(span[0])
    # (or hung on the level it went to: "to 50.50 euros in Amsterdam")
    levels = [p for c in v.rights if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    for c in (*v.rights, *(k for p in levels for k in p.rights)):
        if c.dep_ != "prep" or c.lower_ != "in" or c.i in skip:
            continue
        for p in c.children:
            if (
                p.dep_ == "pobj"
                and p.ent_type_ == "GPE"
                and not _names_country(_name(p))
                and _name(p) not in obj
            ):
                return f"{obj} in {_name(p)}"
    return obj


_THE_NATION_FIRM = re.compile(
    rf"\b[Tt]he (?:[A-Z][a-z]+ )+(?:{'|'.join(sorted(_COMPANY_NOUNS))})s?\b"
)


def _described_firm_country(sent: Any, countries: Any, text: str) -> list[str]:
    """ "GM had to pay former partner Fiat 1.55bn euros to get out of a deal which could have
    forced it to buy the Italian carmaker": a firm of the sentence told by its nationality is
    a side of its money."""
    if countries is None or not _THE_NATION_FIRM.search(text, sent.start_char, sent.end_char):
        return []  # (a cheap test of the words first)
    for t in sent:
        if (
            t.lemma_.lower() in _COMPANY_NOUNS
            and t.pos_ == "NOUN"  # (not a name's word: "the Inter-American Development Bank")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
            and not any(c.dep_ == "poss" for c in t.lefts)
        ):
            for c in t.lefts:
                if c.dep_ in ("amod", "compound") and _names_nationality(c.text):
                    code = _kb_country(c.text)
                    return [code] if code else []
    return []


# Currencies of many countries or of trade between them: no side is told by them.
_SHARED_CURRENCIES = frozenset("USD EUR GBP".split())


@lru_cache(maxsize=256)
def _currency_country(unit: str) -> str | None:
    """ "CNY" -> "CHN": the country whose own money a currency is (ISO 4217 codes open with
    the country's ISO 3166 alpha-2 code); None for shared and supranational currencies."""
    if len(unit) != 3 or not unit.isupper() or unit in _SHARED_CURRENCIES or unit[0] == "X":
        return None
    import pycountry  # (the codes table, loaded once a foreign currency is seen)

    country = pycountry.countries.get(alpha_2=unit[:2])
    return str(country.alpha_3) if country is not None else None


# A bare measure of a whole economy ("Growth", "interest rates", "budget deficit").
_BARE_ECONOMY = re.compile(
    r"(?i)(?P<pre>(?:rise|fall|growth|increase|drop|decline) in )?"
    # (the public purse that owns it: "federal budget's", not a firm's "company's exports")
    r"(?P<of>(?-i:(?:[a-z]+ ){0,2}(?:budget|government|treasury)['’]s ))?"
    r"(?P<what>(?:annual |annualised |economic )?(?:growth|inflation|unemployment|gdp|"
    r"gross domestic product|interest rates?|(?:unemployment|growth|inflation|jobless) rate|"
    r"economy|output|industrial output|exports|imports|trade deficit|budget deficit|deficit|"
    r"retail sales|consumer spending|base rates?|rates|(?:public |government )?borrowing|"
    r"record deficit|budget surplus|inventories|consumer credit|expansion|contraction))"
    # (and the time it is of: "growth in the fourth quarter")
    r"(?P<tail>(?: in (?:the )?(?:(?:first|second|third|fourth|final|last) (?:quarter|half)"
    r"(?: of \d{4})?|(?:quarter|three months|six months|year) (?:ending|to) [\w ,]+))?"
    # ("an annual rate of 0.3%": the same growth, annualised)
    r"(?: at (?:an )?annual(?:ised|ized)? rate)?)"
)


_SHORT_COUNTRY = {"United States": "US", "United Kingdom": "UK"}


def _economy_named(out: list[Amount], countries: _Countries) -> None:
    """ "Growth" -> "Italy's economic growth": a bare measure of an economy whose one
    country the amount has, named by it, so that the object says whose it is."""
    for a in out:
        m = _BARE_ECONOMY.fullmatch(a.object or "")
        name = countries.names.get(a.parties[0]) if len(a.parties) == 1 else None
        if m is None or not name:
            continue
        name = _SHORT_COUNTRY.get(name, name)
        what = m.group("what")
        what = what if what.isupper() else what[:1].lower() + what[1:]
        if what.lower() in ("growth", "expansion", "contraction"):
            what = f"economic {what.lower()}"
        elif what.lower() == "rates":
            what = "interest rates"
        elif what.lower() == "borrowing":
            what = "government borrowing"  # ("Borrowing is tipped to fall to £31bn")
        owner = name if name.isupper() else _possessive(name)  # ("US budget deficit")
        a.object = (
            f"{m.group('pre') or ''}{owner} {m.group('of') or ''}{what}{m.group('tail') or ''}"
        )


def _economy_before(out: list[Amount], countries: _Countries, text: str) -> None:
    """ "Japan's exports slowed. Output fell 1.6% in March": a bare measure of an economy,
    in a sentence that names no country, is the one country the sentence before names
    (else the country the article is about). Only money and rates: a count of things made
    ("output of 200,000 cars") is a firm's."""
    for a in out:
        if a.parties or a.unit not in _RATE_OR_MONEY and len(a.unit) != 3:
            continue
        obj = a.object or ""
        field = (
            _FIELD_TAIL.search(obj) if " sector" in obj or " industry" in obj else None
        )  # ("foreign investment in construction sector": the country's sector)
        if field is not None:
            obj = obj[: field.start()]
        m = _NATIONAL_MEASURE.fullmatch(obj)
        if m is None and (field is not None or _BARE_ECONOMY.fullmatch(obj) is None):
            continue
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if _codes_in(countries, lo, hi):
            continue  # (the sentence's own country was not taken: not ours to guess)
        before = _codes_in(countries, *_text_sentence(text, lo - 2, lo - 2)) if lo > 1 else set()
        if not before:
            before = set(countries.main())
        if len(before) != 1:
            continue
        a.parties = sorted(before)
        name = countries.names.get(a.parties[0])
        if m is None or not name:
            continue
        name = _SHORT_COUNTRY.get(name, name)
        what = m.group("what")
        what = what if what[1:2].isupper() else what[:1].lower() + what[1:]
        if "foreign" in what.lower() and "reserves" not in what.lower():
            # "foreign investment": another country's, in this one
            where = f"{_possessive(name)} {field.group(1)}" if field is not None else name
            a.object = f"{obj[: m.start('what')]}{what} in {where}"
            continue
        owner = name if name.isupper() else _possessive(name)
        tail = f" in {field.group(1)}" if field is not None else ""
        a.object = f"{obj[: m.start('what')]}{owner} {what}{tail}"  # "fall in US car sales"


# A growth said with no owner ("Growth was at an annual rate of 4%"), and an earlier one
# with an economy for its owner ("US economy growth (annual rate)", "growth in US economy").
_BARE_GROWTH = re.compile(r"(?i)growth(?P<rest> \([^)]*\))?")
_ECONOMY_GROWTH = re.compile(
    r"(?P<who>(?:[\w'’.-]+ ){0,3}economy) growth\b"
    r"|growth (?:in|of) (?P<of>(?:[\w'’.-]+ ){0,3}economy)$"
)


def _growth_of_economy_before(out: list[Amount]) -> None:
    """ "The US economy has grown, expanding at an annual rate of 3.8% ... Growth was at an
    annual rate of 4%": a bare growth is of the economy whose growth the article gave
    before, for the same country ("US economy growth (annual rate)"), and its country's."""
    for k, a in enumerate(out):
        m = _BARE_GROWTH.fullmatch(a.object or "")
        if m is None or a.unit != "percent" or len(a.parties) > 1:
            continue
        for b in reversed(out[:k]):
            e = _ECONOMY_GROWTH.match(b.object or "")
            if e is None or len(b.parties) != 1 or a.parties not in ([], b.parties):
                continue
            rest = m.group("rest") or ""
            who = e.group("who")
            a.object = f"{who} growth{rest}" if who else f"growth of {e.group('of')}{rest}"
            a.parties = list(b.parties)
            break


# A nation's measures `_BARE_ECONOMY` does not rename ("monthly inflation", "car sales").
# A field of business the object closes with ("foreign investment in construction sector").
_FIELD_TAIL = re.compile(r" in ((?:[a-z]+ ){1,2}(?:sector|industry))$")
_NATIONAL_MEASURE = re.compile(
    r"(?i)(?:(?:rise|fall|growth|increase|drop|decline) in )?"
    r"(?P<what>(?:monthly|annual|headline|underlying|consumer price) inflation|(?:industrial )?"
    r"production|manufacturing output|car sales|house prices|(?:extra |public |social |"
    r"government )+spending|shares|stock market|share prices|tax revenues?|"
    r"(?:foreign |inward )(?:direct )?investment|current account deficit|national debt|"
    r"unemployment levels?|(?:overall |total )?retail sales|sales at [a-z ]+ stores|"
    r"[a-z]+ store sales|(?:(?!its |their |his |her |the |(?:rise|fall|growth|increase|drop|"
    r"decline|in) )[a-z]+ ){0,2}(?:exports|imports)|"
    r"(?:gold and )?(?:foreign )?(?:currency |exchange )?reserves)"
)


_RATE_OR_MONEY = frozenset(("percent", "percentage points"))


def _codes_in(countries: _Countries, lo: int, hi: int) -> set[str]:
    """The countries named as places between characters `lo` and `hi` (not the home of a
    firm or body named there)."""
    return {
        countries.by_char[at]
        for at in _mentions_in(countries, lo, hi)
        if at not in countries.bodies
    }


def _mentions_in(countries: _Countries, lo: int, hi: int) -> list[int]:
    """Where the country mentions between characters `lo` and `hi` start."""
    if countries._starts is None:
        countries._starts = sorted(countries.by_char)
    starts = countries._starts
    return starts[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _same_object_parties(out: list[Amount], text: str) -> None:
    """ "922 cases of fraud in EU funds in the UK in 2003, up from 831 cases in 2002": a
    figure with no parties that measures, in the same sentence, the very thing an earlier
    figure with parties measures, is of the same parties."""
    for k, a in enumerate(out):
        if a.parties or not a.object:
            continue
        start = _text_sentence(text, a.span[0], a.span[1])[0]
        same = next(
            (
                b
                for b in reversed(out[:k])
                if start <= b.span[0] and b.object == a.object and b.parties
            ),
            None,
        )
        if same is not None:
            a.parties = list(same.parties)


# A change's wording before the thing it is of ("December's rise in ", "fall in ").
_CHANGE_OF_CORE = re.compile(
    r"(?P<pre>(?:[A-Z][a-z]+ |annual |monthly |quarterly )?"
    r"(?:rise|fall|growth|increase|drop|decline|jump|gain) in )?(?P<core>[a-z][a-z -]+[a-z])"
)


def _same_thing_named(out: list[Amount], text: str) -> None:
    """ "The 3.3% fall in US car sales came after December's 4% rise in car sales": a figure
    with no parties of the thing another figure of the sentence measures, named bare or with
    its country word, is that country's (and its object takes the word)."""
    told = [b for b in out if len(b.parties) == 1 and b.object]  # (the figures to copy)
    for a in out if told else ():
        m = _CHANGE_OF_CORE.fullmatch(a.object or "") if not a.parties else None
        if m is None:
            continue
        core = m.group("core")
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        for b in told:
            said = b.object or ""
            if not lo <= b.span[0] < hi:
                continue
            same = _CHANGE_OF_CORE.fullmatch(said)
            if same is not None and same.group("core") == core and " " in core:
                # ("the 2.1% fall in car sales": the same sales; not a bare "sales", which
                # a clause of contrast may give another place)
                a.parties = list(b.parties)
                break
            if not said.endswith(f" {core}") or len(said) == len(core) + 1:
                continue
            word = said[: -len(core) - 1].rsplit(None, 1)[-1]
            bare = word[:-2] if word.endswith(("'s", "’s")) else word
            if bare[:1].isupper() and _kb_country(bare) == b.parties[0]:
                a.parties = list(b.parties)
                a.object = f"{m.group('pre') or ''}{word} {core}"
                break


# The bases a nation's figures are shares of ("5% of the workforce", "of the population").
_NATIONAL_BASE = re.compile(
    r"\b(?:workforce|labour force|work force|population|electorate|adults|households|"
    r"working-age population|economy|GDP)\b"
)


def _national_base(out: list[Amount], countries: _Countries, text: str) -> None:
    """ "Women make up more than half of all graduates from Saudi universities but only 5% of
    the workforce": a share of a nation's workforce or population, with no parties, in a
    sentence that names one country and no other, is that country's."""
    for a in out:
        if a.parties or a.unit != "percent" or not _NATIONAL_BASE.search(a.object or ""):
            continue
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        codes = {
            code
            for at, code in countries.by_char.items()
            if lo <= at < hi and at not in countries.bodies
        }
        if len(codes) == 1:
            a.parties = sorted(codes)


# What a state spends, raises or funds ("spending on schools", "council tax rises").
_PUBLIC_MONEY = _Gated(
    re.compile(
        r"(?i)\b(?:government|public|state|aid|spending|budget|borrowing|benefits?|funding|"
        r"pensions?|NHS|council|defence|welfare|schools?|hospitals?|police|grants?)\b"
    ),  # (not taxes, which firms pay too)
    tuple(
        """government public state aid spending budget borrowing benefit funding pension nhs
        council defence welfare school hospital police grant""".split()
    ),
)


def _public_money_home(out: list[Amount], countries: _Countries) -> None:
    """ "the £1.5bn spending on HIV/Aids", in an article about one country's politics: a
    state's money, said in that country's own currency, with no country said, is that
    country's."""
    home = None
    for a in out:
        if a.parties or not a.object or not _PUBLIC_MONEY.search(a.object):
            continue
        if re.search(r"\w['’]s?\s", a.object) and "government's" not in a.object:
            continue  # (a firm's or a body's own: "WPP's spending", "EU's aid package")
        if home is None:
            home = countries.home()  # (found once, when first needed)
        if len(home) == 1 and _own_currency(a.unit, home[0]):
            a.parties = list(home)


@lru_cache(maxsize=256)
def _own_currency(unit: str, country: str) -> bool:
    """Whether `unit` is `country`'s own money ("GBP" of "GBR": ISO 4217 codes open with the
    country's ISO 3166 alpha-2 code), shared by others or not."""
    if len(unit) != 3 or not unit.isupper():
        return False
    import pycountry

    found = pycountry.countries.get(alpha_3=country)
    return found is not None and str(found.alpha_2) == unit[:2]


# What a nation has, spends, owes or pledges, and its people and offices ("credit card
# spending", "food assistance", "the inflation target", "investors", "officials"): words
# of a country's economy or state, not of a firm's accounts.
_NATION_TERMS = """spending gdp inflation economy exports imports aid assistance food credit
    producers farmers growers investors consumers households taxpayers pensioners citizens
    voters debt borrowing budget deficit tax taxes pension pensions benefits officials
    civil_servants government ministry ministers chancellor treasury pledge subsidies
    investment loans unemployed jobless population interest_rate interest_rates""".split()
_NATION_THING = re.compile(r"\b(?:" + "|".join(t.replace("_", " ") for t in _NATION_TERMS) + r")\b")
# (their first words, for a word test before the pattern is searched)
_NATION_FIRST = frozenset(t.split("_")[0] for t in _NATION_TERMS)
# An owner a firm's figures have ("its sales", "the company's shares") or many nations'
# ("rich nations' incomes"): not the one nation's (but a "share of" is a part: "a share of
# the total debt").
_OTHER_OWNER = re.compile(
    r"\b(?:its|their|his|her|firm|firms|company|companies|group|bank|banks|shares|share prices?|"
    r"stake|nations|countries|states|"
    r"profits?|sales|revenues?|turnover|earnings|customers|subscribers|staff|employees)\b"
)
# A firm the sentence is about ("the firm said", "the company's debt").
_FIRM_SAID = re.compile(r"\b(?:the|its) (?:firm|company|group|carmaker|airline|bank)\b", re.I)


def _article_country(out: list[Amount], countries: _Countries, text: str, lx: Lexicon) -> None:
    """ "a rise in spending of 14.8%" in an article about South Korea's credit cards, "the
    rupee has gained 1%" in one about India: a nation's measure, or a currency of one
    country, with no owner named and no other country near, is the country the article is
    about (a firm's figures are not: "its sales", "Globex's debt")."""
    home: list[str] | None = None
    for a in out:
        obj = a.object or ""
        if a.parties or not obj:
            continue
        code = (
            _currency_of_object(obj, countries, lx)
            if obj[obj.rfind(" ") + 1 :] in lx.words  # (its last word a currency's)
            else None
        )
        capital = False  # (a nation's word with a capital in the object)
        if code is None:
            low = obj.lower()
            if _NATION_FIRST.isdisjoint(low.replace("'", " ").replace("’", " ").split()):
                continue  # (no word of a nation's measure: the pattern need not be searched)
            if not _NATION_THING.search(low) or _OTHER_OWNER.search(low):
                continue
            if home is None:
                home = countries.dominant()  # (found once, when first needed)
            if not home:
                continue
            code, capital = home[0], obj != low
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if capital and not _opening_word_only(obj, text, lo):
            continue  # (a named owner: "Globex's debt", "Eurozone interest rates")
        if _FIRM_SAID.search(text, lo, hi):
            continue
        # (no other country here or in the sentence before: "The Bank of England ... . the
        # Bank said inflation would rise to its 2% target", in a story about the US)
        near = _text_sentence(text, lo - 2, lo - 2)[0] if lo > 1 else lo
        if _codes_near(countries, near, hi) - {code}:
            continue
        a.parties = [code]


# What a state sets, spends or pays its people ("exempt from income tax", "the tax-free
# allowance", "social spending", "child benefit", "the state pension"), not a firm's
# "pre-tax" figures.
_STATE_MONEY = re.compile(
    r"(?<![-\w])(?:(?:income|sales|value added|property|fuel|tax) tax|tax (?:threshold|"
    r"allowance|credits?|band|rate)|tax-free|(?:social|public|welfare|defence|health|education) "
    r"spending|(?:child|housing|unemployment|disability|welfare) benefits?|state pensions?|"
    r"minimum wage|national budget)\b"
)
_STATE_MONEY_WORDS = frozenset(
    "tax tax-free spending benefit benefits pension pensions wage budget".split()
)
# An owner that is not the state: an owner's "'s", a firm's words.
_NOT_STATE_OWNED = re.compile(
    r"['’]|\b(?:its|their|his|her|firm|firms|company|companies|group|bank|profits?|sales|"
    r"revenues?|turnover|shares?|stake|customers|staff|employees)\b"
)
# (world currencies a story's figures are told or converted in: no one state's money)
_WORLD_CURRENCIES = frozenset(("USD", "GBP", "EUR"))


def _state_money_currency(out: list[Amount]) -> None:
    """ "those earning less than 35,000 rand a year will be exempt from income tax": money a
    state sets, spends or pays its people (`_STATE_MONEY`), written in a currency that is one
    country's own (not the dollar, pound or euro stories convert into), with no parties and
    no named owner, is that country's."""
    for a in out:
        unit = a.unit
        if a.parties or len(unit) != 3 or unit in _WORLD_CURRENCIES or not unit.isupper():
            continue
        obj = a.object or ""
        low = obj.lower()
        if _STATE_MONEY_WORDS.isdisjoint(low.split()) and "tax" not in low:
            continue  # (a word test before the patterns are searched)
        if obj != low or not _STATE_MONEY.search(low) or _NOT_STATE_OWNED.search(low):
            continue  # (a name's capital or a firm's word: "Acme's tax bill", "its budget")
        code = _currency_country(unit)
        if code is not None:
            a.parties = [code]


# A state's own doers, named by no country's name ("the government", "ministers").
_GOVERNING = _Gated(
    re.compile(r"\b(?:[Gg]overnment|[Mm]inisters|[Cc]hancellor)\b"),
    ("overnment", "inisters", "hancellor"),
)
_GOVERNING_WORDS = frozenset("government ministers chancellor".split())


def _government_home(out: list[Amount], countries: _Countries, text: str, doc: Any) -> None:
    """ "The French government is to hand its wine industry 70m euros ... The government
    will also seek approval to distil 250 million litres of excess wine": an amount of a
    clause whose doer is a bare "the government" (or "ministers", "the chancellor") or owned
    by "the government's", in a sentence that names no country, is the government's of the
    country the article is about (none when the sentence before names another)."""
    home: list[str] | None = None
    for a in out:
        if a.parties or doc is None:
            continue
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if not _GOVERNING.search(text, lo, hi):
            continue  # (a cheap test of the words first)
        span = doc.char_span(a.span[0], a.span[1], alignment_mode="expand")
        if span is None or not len(span) or not _governed(span):
            continue
        if home is None:
            home = countries.home()  # (found once, when first needed)
        if len(home) != 1:
            return
        if _home_alone(countries, text, lo, hi, home[0]):
            a.parties = list(home)


def _state_owner_home(out: list[Amount], countries: _Countries, text: str) -> None:
    """ "About 70% to 80% of bondholders are expected to accept the terms of the offer" ->
    "share of bondholders expected to accept terms of government's offer", in a story about
    Argentina's debt: an object that names a bare state as the owner of what it measures
    (`_state_owned`: "the government's offer", "state funding", "plans by the finance
    ministry"), in a sentence that names no country, is of the country the article is about
    (none when the sentence before names another)."""
    home: list[str] | None = None
    for a in out:
        if a.parties or not a.object or not _state_owned(a.object):
            continue
        if home is None:
            home = countries.home()  # (found once, when first needed)
        if len(home) != 1:
            return
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if _home_alone(countries, text, lo, hi, home[0]):
            a.parties = list(home)


# A named owner in an object other than a state's ("Fiat's settlement", "NAO's report").
_NAMED_OWNER = re.compile(r"(?<![\w.])[A-Z][\w.&-]*['’]s?\s|\bpart(?:y|ies)\b")
# A state's laws and police, named by no country ("searches under the laws").
_STATE_ACTS = _Gated(re.compile(r"\b(?:laws|[Pp]olice)\b"), ("laws", "olice"))


def _state_body_home(out: list[Amount], countries: _Countries, text: str) -> None:
    """ "The Foreign Office currently has about 6,100 UK-based staff. ... 18 new embassies
    or consulates have been opened", "The Ministry of Defence has been criticised ... costs
    have risen by £1.7bn": an amount with no parties, in a sentence that names no country,
    within three sentences after a national state body the knowledge base knows (a
    ministry, the armed forces, the police; a generic one, "the Home Office", "the
    Treasury", of the article's country) that is of the country the article is about, is
    that country's. So is one in a sentence of a state's laws or police ("12.5% of searches
    under the laws"), in an article plainly about one country, when neither the sentence
    nor the one before names another. (Not a firm's or a party's figures: "its sales",
    "Fiat's settlement", "the party's debt", nor money in another country's currency.)"""
    bodies = countries.state_bodies
    home: list[str] | None = None
    dominant: list[str] | None = None
    for a in out:
        obj = a.object
        if a.parties or not obj:
            continue
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        closed = text.find('." ', a.span[1], hi)
        if closed >= 0:
            hi = closed + 2  # (a quotation's last sentence ends with it)
        named: set[str] = set()
        if bodies:
            first = lo
            for _ in range(3):  # (the sentence and the three before it)
                if first > 1:
                    first = _text_sentence(text, first - 2, first - 2)[0]
            named = {c for at, _end, c in bodies if first <= at < hi}
        if named:
            if home is None:
                home = countries.home()  # (found once, when first needed)
            if len(home) != 1 or not named <= {"", home[0]}:
                continue  # (another country's body: "reports from the US Treasury")
            code = home[0]
            # (a country named here, not by a body: its own rules have spoken)
            if any(
                at not in countries.bodies and not any(b <= at < e for b, e, _c in bodies)
                for at in _mentions_in(countries, lo, hi)
            ):
                continue
        elif _STATE_ACTS.search(text, lo, hi):
            if dominant is None:
                dominant = countries.dominant()  # (found once, when first needed)
            if not dominant or not _home_alone(countries, text, lo, hi, dominant[0]):
                continue
            code = dominant[0]
        else:
            continue
        low = obj.lower()
        if _OTHER_OWNER.search(low) or _NAMED_OWNER.search(obj) or _FIRM_SAID.search(text, lo, hi):
            continue  # (a firm's or another owner's figures)
        if a.extra.get("kind") == "money" and not _own_currency(a.unit, code):
            continue
        a.parties = [code]


def _home_alone(countries: _Countries, text: str, lo: int, hi: int, home: str) -> bool:
    """Whether the sentence from `lo` to `hi` names no country and the one before it none
    but `home`."""
    if _codes_near(countries, lo, hi):
        return False  # (a country named here: its own rules have spoken)
    near = _text_sentence(text, lo - 2, lo - 2)[0] if lo > 1 else lo
    return not _codes_near(countries, near, lo) - {home}  # (the one before about another)


# What a state owns, spends, owes or plans ("government schemes", "state budget", "public
# borrowing", "Treasury loans"); and what a government (not a "public offer") offers.
_STATE_THINGS = frozenset(
    """budget budgets spending debt debts deficit deficits borrowing revenue revenues scheme
    schemes plan plans grant grants funding funds finances money aid subsidies subsidy
    loans""".split()
)
_GOVERNMENT_THINGS = _STATE_THINGS | frozenset(
    "offer offers bonds approval proposal proposals target targets".split()
)
# A state's own words ("the government", "the Treasury", "ministers", "finance ministry").
_STATE_WORD = re.compile(
    r"(?i)\b(government|treasury|chancellor|ministers|ministry|state|public)\b(['’]s?)?"
)
_STATE_GATE = ("government", "treasury", "minist", "chancellor", "state ", "public ")
# Words that may stand before a state's word that has no article ("terms of government's
# offer", "above which government approval is needed"): none of a city's, a region's, a
# nation's or another body's ("city government", "Scottish government", "foreign
# government", "shadow chancellor").
_STATE_BEFORE = frozenset(
    """of by from to for in on with under than and or at as that this which whose who into
    over about against without""".split()
)
# What kind of government the state's is ("federal", "coalition", "Labour").
_GOVERNMENT_KINDS = frozenset(
    """federal central national new interim transitional coalition current previous former
    future military caretaker outgoing incoming labour conservative tory socialist
    communist""".split()
)
# What a ministry of the state is for ("finance ministry", "the Trade Ministry").
_PORTFOLIOS = frozenset(
    """finance economy economics trade industry health defence defense foreign interior
    education agriculture energy transport labour environment justice""".split()
)


def _state_owned(obj: str) -> bool:
    """Whether an object names a bare state as the owner of what is measured: "government's
    X", "ministers' X", "government (Treasury) X", "state (public, public sector) X", X a
    state's thing, or "X of (by, from) the government (Treasury, finance ministry)" ("share
    of bondholders who accept the government's offer", "state funding for parties", "cut in
    public borrowing", "plans by the finance ministry"); not a city's, a region's or another
    body's ("Yantai city government's stake", "Scottish government spending")."""
    low = obj.lower()
    if not any(w in low for w in _STATE_GATE):
        return False  # (a cheap test of the words first)
    for m in _STATE_WORD.finditer(obj):
        word, owns = m.group(1).lower(), m.group(2) is not None
        before = obj[: m.start()].split()[-4:]
        after = obj[m.end() :].split()[:2]
        if word in ("state", "public"):
            if (m.group(1).islower() or not m.start()) and not owns and after:
                nxt = after[1] if after[0] == "sector" and len(after) > 1 else after[0]
                if nxt in _STATE_THINGS and (not before or before[-1].islower()):
                    return True  # "state funding", "public sector borrowing"
            continue
        if word == "ministry" and before and before[-1].lower() in _PORTFOLIOS:
            before.pop()  # "the finance ministry"
        while before and before[-1].lower() in _GOVERNMENT_KINDS:
            before.pop()  # "the Conservative government"
        if before and before[-1].lower() in ("the", "a", "an"):
            before.pop()
        elif before and before[-1].lower() not in _STATE_BEFORE:
            continue  # (a city's, a region's or another body's)
        if owns and after:
            return True  # "government's offer", "ministers' plans"
        if word in ("government", "treasury") and after and after[0] in _GOVERNMENT_THINGS:
            return True  # "government schemes"
        if before and before[-1].lower() in ("of", "by", "from"):
            return True  # "quangos axed by the government"
    return False


def _governed(span: Any) -> bool:
    """Whether the clause an amount hangs on (or one of the two above it) has a bare "the
    government" (or "ministers", "the chancellor") as its doer, or the amount's phrase hangs
    on a noun "the government's"."""
    for t in span[-1].ancestors:
        if t.pos_ in ("VERB", "AUX"):
            break
        if any(c.dep_ == "poss" and _bare_state(c) for c in t.children):
            return True  # "the government's offer of 70%"
    for t in span:  # "the £22bn ministers hope to save"
        for c in t.rights:
            if c.dep_ == "relcl" and any(k.dep_ == "nsubj" and _bare_state(k) for k in c.children):
                return True
    head = _clause_head(span[-1])
    for _ in range(3):
        if head.lemma_.lower() in _SPEAKER_VERBS or head.lemma_.lower() == "claim":
            return False  # ("the government claimed firms spent $1bn": what it said only)
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _bare_state(c):
                return True
            if c.dep_ == "agent" and any(_bare_state(p) for p in c.children):
                return True  # "chosen by the government"
        up = head.head
        if head.dep_ in ("acl", "relcl") and any(
            c.dep_ == "poss" and _bare_state(c) for c in up.children
        ):
            return True  # "the chancellor's plans to cut 100,000 jobs"
        if up.i == head.i:
            break
        head = _clause_head(up)
    return False


def _bare_state(tok: Any) -> bool:
    """ "the government", "ministers", "the chancellor": no country's, region's or other
    body's word before it ("the Scottish government", "city government", "the shadow
    chancellor")."""
    return tok.lower_ in _GOVERNING_WORDS and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.lefts
    )


def _opening_word_only(obj: str, text: str, lo: int) -> bool:
    """Whether the object's one capital is the sentence's opening word, itself a nation's
    word ("rise in Spending by households"), not a name ("Eurozone interest rates")."""
    caps = [w for w in obj.split() if not w.islower()]
    if len(caps) != 1 or _NATION_THING.fullmatch(caps[0].lower()) is None:
        return False
    while lo < len(text) and text[lo].isspace():
        lo += 1
    return text.startswith(caps[0], lo)


def _codes_near(countries: _Countries, lo: int, hi: int) -> set[str]:
    """Every country named between characters `lo` and `hi`, a body's home included."""
    if countries._starts is None:
        countries._starts = sorted(countries.by_char)
    starts = countries._starts
    return {
        countries.by_char[at] for at in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]
    }


_CURRENCY_CHANGE = re.compile(r"(?:(?:rise|fall|gain|drop|decline|increase) in )?(?:the )?([a-z]+)")


def _currency_of_object(obj: str, countries: _Countries, lx: Lexicon) -> str | None:
    """ "rise in rupee": the country whose own money the object's currency is (a shared word
    the one the article names most); None for other objects and shared currencies."""
    m = _CURRENCY_CHANGE.fullmatch(obj)
    if m is None or (word := m.group(1)) not in lx.words:
        return None
    unit = _local_unit(word, lx.words[word], countries, lx)
    return _currency_country(unit)


# A nation's measures past an economy's own words: its people out of work, jobs its economy
# adds, what its workers are paid (not jobs lost or things made: a firm's, mostly); and a
# state's own statistics of its people ("asylum applications", "net migration", "truancy",
# "the prison population", "benefit claimants", "the birth rate", what its emigrants send
# home), not a fee charged on them ("remittance charges": a firm's).
_STATE_STATS = (
    r"asylum (?:applications|applicants|claims|seekers)|(?:im|e)migration|"
    r"(?:net |economic )(?:im|e)?migration|"
    r"truancy|(?:hospital |nhs )?waiting lists?|prison population|benefit claimants|"
    r"(?:birth|fertility|death|crime|murder) rates?|recorded crime|"
    r"remittances?(?! (?:charges?|fees?|costs?|firms?|compan(?:y|ies)))"
)
_NATION_MEASURE_MORE = re.compile(
    rf"\b(?:out of work|(?:[a-z]+ )?jobs (?:added|created)|workers|{_STATE_STATS})\b"
)
_STATE_STAT = re.compile(rf"\b(?:{_STATE_STATS})\b")
_NATION_MEASURE_FIRSTS = frozenset(
    """out jobs workers asylum net economic migration immigration emigration truancy hospital
    nhs waiting prison benefit birth fertility death crime murder recorded remittance
    remittances""".split()
)
# A firm's or a body's own figure: an owner's "'s" (but a forecaster's forecast "for" or
# "of" a measure is still the measure's), or the words of a firm's accounts.
_OWNED_FIGURE = re.compile(
    r"(?<!\bstate)(?<!\bgovernment)(?<!\bcountry)(?<!\bnation)['’](?!s? (?:[a-z]+ )?forecasts? "
    r"(?:for|of)\b)|\b(?:its|their|sales|earnings|revenues?|profits?|firm|firms|company|"
    r"companies|group|industry|sector|shares|share(?! of)|stake|employed|nations|countries|"
    r"states)\b"
)
_MONTHS = frozenset(MONTH_NAMES)


def _national_measure_near(
    out: list[Amount],
    countries: _Countries,
    text: str,
    economy: tuple[Callable[[str], bool], frozenset[str], re.Pattern[str]],
    doc: Any,
) -> None:
    """ "The French economy picked up speed. According to INSEE, growth was 0.7%, ahead of
    the 0.6% forecast": a nation's measure (`economy`, or jobs its economy added, its workers,
    its people out of work, a state's statistic of its people: "asylum applications", "net
    migration", "remittances") with no parties, owned by no firm, in a sentence that names no
    bloc, is the one country its sentence names as a place,
    else the one the sentence before names, else the one country the article names at all
    (a state's statistic, else the home of the one body named here or just before).
    `economy` is the test of an economy's measure, its first words, and the blocs' names.
    """
    said, firsts, blocs = economy
    for a in out:
        obj = a.object or ""
        if a.parties or not obj:
            continue
        low = obj.lower()
        words = low.split()  # (a word test before the patterns are searched)
        if firsts.isdisjoint(words) and _NATION_MEASURE_FIRSTS.isdisjoint(words):
            continue
        if not (said(low) or _NATION_MEASURE_MORE.search(low)):
            continue
        if _OWNED_FIGURE.search(low):
            continue
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if blocs.search(text, lo, hi):
            continue  # ("growth forecasts for the eurozone": many countries')
        if not _names_only_opening(obj, text, lo, doc):
            continue  # (a name's capital: "Globex workers", "Eurozone growth")
        here = _places_owning(countries, doc, lo, hi)
        if not here and _codes_in(countries, lo, hi):
            continue  # (its one country is the other side: "the revolt against French rule")
        if not here and lo > 1:
            here = _places_owning(countries, doc, *_text_sentence(text, lo - 2, lo - 2))
        if not here and len(countries.counts) == 1:
            here = set(countries.counts)
        if not here and lo > 1:
            # (or the one the article is plainly about, named twice as often as any other,
            # when no body of another country is named here or just before: "Young people
            # are hard hit, with 37% out of work", in a story of one economy)
            here = set(countries.dominant())
            if here and _homes_in(countries, _text_sentence(text, lo - 2, lo - 2)[0], hi) - here:
                here = set()
            if not here and _STATE_STAT.search(low):
                # (a state's statistic is the country of the one national body that tells it,
                # here or just before: "the Bank of Mexico's figures. ... an average value
                # of $327 per remittance, the bank said")
                here = _homes_in(countries, _text_sentence(text, lo - 2, lo - 2)[0], hi)
        if len(here) == 1:
            a.parties = sorted(here)


def _homes_in(countries: _Countries, lo: int, hi: int) -> set[str]:
    """The home countries of the firms, bodies and people named between characters `lo`
    and `hi` ("the Bank of England": GBR)."""
    return {
        countries.by_char[at] for at in _mentions_in(countries, lo, hi) if at in countries.bodies
    }


def _places_owning(countries: _Countries, doc: Any, lo: int, hi: int) -> set[str]:
    """The countries named as places between characters `lo` and `hi` (`_codes_in`), less
    those named as the other side or a place left out ("the revolt against French rule",
    "sales outside the UK")."""
    codes = _codes_in(countries, lo, hi)
    if not codes or doc is None:
        return codes
    starts = countries._starts or []
    kept: set[str] = set()
    for at in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if at in countries.bodies or span is None or not len(span):
            continue
        if not any(a.dep_ == "prep" and a.lower_ in _NOT_WHOSE for a in span[0].ancestors):
            kept.add(countries.by_char[at])
    return kept


# Prepositions whose place is not whose the amount is ("against French rule").
_NOT_WHOSE = _OUTSIDE | {"against"}


def _names_only_opening(obj: str, text: str, lo: int, doc: Any) -> bool:
    """Whether the object's capitals are only months and the sentence's opening word, no
    named firm's or person's ("Tube workers" opening "Tube workers walked out", not "Globex
    workers")."""
    caps = [w for w in obj.split() if w[:1].isupper() and w not in _MONTHS]
    if not caps:
        return True
    while lo < len(text) and text[lo].isspace():
        lo += 1
    if len(caps) != 1 or not text.startswith(caps[0], lo):
        return False
    first = doc.char_span(lo, lo + len(caps[0])) if doc is not None else None
    return first is None or not first[0].ent_type_


# Events that befall a country, told by a definite noun that later sentences take up bare
# ("the Rwandan genocide ... . 25,000 women were raped during the 1994 genocide").
_EVENT_WORDS = frozenset(
    """genocide war conflict crisis floods flooding earthquake tsunami famine drought
    uprising insurgency massacre coup referendum election elections revolution""".split()
)
# The event named definitely, maybe with its year ("the genocide", "the 1994 genocide").
_THE_EVENT = re.compile(r"\b[Tt]he (?:(?:1[89]|20)\d\d )?(" + "|".join(_EVENT_WORDS) + r")\b")
# A place of its own after the noun ("the floods in Aceh", "the war on terror").
_OWN_PLACE = re.compile(r" (?:in|of|on|across|over) (?:the )?[A-Z]")


def _event_country_before(out: list[Amount], countries: _Countries, text: str) -> None:
    """ "Britain is to give £4m to survivors of the Rwandan genocide. An estimated 25,000
    girls and women were raped during the 1994 genocide": an amount with no parties whose
    object names an event (a genocide, war, flood, election) that its sentence calls "the
    genocide", with no place of its own and no country named in the sentence, is of the
    country the nearest earlier naming of that event places it in ("the Rwandan genocide",
    "the genocide in Rwanda"; not a firm's or body's home, not two countries)."""
    for a in out:
        obj = a.object
        if a.parties or not obj or _EVENT_WORDS.isdisjoint(obj.split()):
            continue  # (a word test first: no event in the object)
        if re.search(r"['’]s? ", obj):
            continue  # (an owner's figure: "Acme's losses in the war")
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        told = [
            m
            for m in _THE_EVENT.finditer(text, lo, hi)
            if m.group(1) in obj.split() and not _OWN_PLACE.match(text, m.end())
        ]
        if len(told) != 1 or _codes_near(countries, lo, hi):
            continue
        code = _event_placed(countries, text, told[0].group(1), lo)
        if code is not None:
            a.parties = [code]


def _event_placed(countries: _Countries, text: str, noun: str, before: int) -> str | None:
    """The one country the nearest naming of the event `noun` before character `before`
    places it in: a country's or nationality word just before it ("the Rwandan genocide",
    "Haiti's floods") or a country named just after "in" or "of" ("the war in Angola");
    None when the nearest that names a place names none or two, or a body's home."""
    for m in reversed(list(re.compile(r"\b" + noun + r"\b").finditer(text, 0, before))):
        at = m.start()
        before_noun = text.rfind(" ", 0, at - 1) + 1  # (the word before the noun)
        word = text[before_noun : at - 1]
        after = re.match(r" (?:in|of) (?:the )?", text[m.end() : m.end() + 9])
        # (one country's word, not two sides' "the Iran-Iraq war")
        spots = [before_noun] if word[:1].isupper() and "-" not in word else []
        if after is not None:
            spots.append(m.end() + after.end())
        if any(s in countries.bodies for s in spots):
            return None  # (a firm's or body's home: "the Acme strike")
        codes = {countries.by_char[s] for s in spots if s in countries.by_char}
        if spots and spots[0] == before_noun and before_noun not in countries.by_char:
            # (a country's word the model took for no place: "the Angolan war")
            code = _kb_country(word[:-2] if word.endswith(("'s", "’s")) else word)
            codes.update([code] if code else [])
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    return None
