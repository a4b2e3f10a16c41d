"""Where a public service's figure is, in a story about one region or nation of a country.

    "Welsh hospitals face a winter crisis ... . There are 88,000 people on a waiting list"
    -> object "people on waiting list in Wales", parties ["GBR"]

A story that opens on one place inside a country (a nation of the UK, a state, province or
city the knowledge base files as a place of its country) and names no other such place
half as often tells its public services' figures without saying where again: the waiting list,
the pupils, the council's settlement are that place's. An amount whose object is such a
thing, in a sentence that names no place and no nation-wide scope, gets " in <place>" (and,
with no parties, the place's country). Not a firm's figures, nor an owner's ("Acme's
budget"), nor an object that already says where.

A count of people with no country, in a sentence whose only places are towns or regions of
one country ("thousands of residents may not be able to vote in Edinburgh's referendum"), is
that country's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from communique.extract.amounts_countries import (
    _CAPITAL_WORDS,
    _codes_in,
    _Countries,
    _doc_ents,
    _ents_in,
    _homes_in,
    _kb_country,
    _kb_names,
)
from communique.extract.amounts_parse import _text_sentence
from communique.extract.amounts_sentences import _sents_at
from communique.extract.amounts_words import _Gated
from communique.record import Amount

# The nations inside a state that the knowledge base files as names of the state itself
# ("Wales": GBR), with the adjectives news writes for them.
_NATIONS = {
    "Wales": "Wales",
    "Welsh": "Wales",
    "Scotland": "Scotland",
    "Scottish": "Scotland",
    "Scots": "Scotland",
    "England": "England",
    "English": "England",
    "Northern Ireland": "Northern Ireland",
    "Northern Irish": "Northern Ireland",
}
_NATION_WORD = re.compile(
    r"\b(?:Northern Ireland|Northern Irish|Wales|Welsh|Scotland|Scottish|Scots|England|English)\b"
)
# "the Bank of England", "the Prince of Wales": a name's own word, not the story's place.
_NAME_OF = re.compile(r"[A-Z][\w.]* of (?:the )?$")

# The things a public service counts or spends (what the state runs, who it serves).
_SERVICE = _Gated(
    re.compile(
        r"(?i)\b(?:waiting|patients?|hospitals?|nhs|doctors|nurses|gps|schools?|pupils|"
        r"teachers|universit(?:y|ies)|students|colleges?|councils?|council tax|"
        r"local authorit(?:y|ies)|police|prisons?|prisoners|settlement|grants?|budget|"
        r"funding|spending|public (?:sector|services?|spending|money|funds?)|government|"
        r"assembly|truan(?:ts|cy)|housing|benefits|ambulances?)\b"
    ),
    tuple(
        """waiting patient hospital nhs doctors nurses gps school pupils teachers universit
        students college council local authorit police prison settlement grant budget
        funding spending public government assembly truan housing benefits ambulance""".split()
    ),
)
# A firm's figures, or an owner the object names ("Acme's budget", "its pupils").
_NOT_PUBLIC = re.compile(
    r"\w['’]s?\s|\b(?:its|their|his|her|firm|firms|company|companies|group|shares|profits?|"
    r"sales|revenues?|turnover|earnings|customers|deficit|debt|borrowing|bonds?|offering)\b"
)
# A figure of the whole country, or of several of its places.
_NATIONWIDE = re.compile(
    r"(?i)\b(?:national(?:ly)?|nationwide|country-?wide|across the country|countries|"
    r"worldwide|global(?:ly)?|the nation['’]s|each (?:area|region)|regional|regions)\b"
)
# The sentence's own "in" or "across" an area written in small letters ("in north Wales"),
# or a capitalised name after it ("from schools in the Highlands"), not a month's or day's.
_WHERE_SAID = re.compile(
    r"\b(?:in|across|throughout|from) (?:the )?(?:(?:north|south|east|west)\w*\b|"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z])"
)


def _place_mentions(text: str, gpes: list[Any], upto: int) -> list[tuple[int, str]]:
    """(start, place) of each place inside a country the article names: a nation's name or
    adjective ("Welsh": Wales), or a GPE name the knowledge base files as a place of its
    country, not a capital nor a country ("Texas", "Cardiff"); not a word of a longer name
    ("the Bank of England")."""
    found = [
        (m.start(), _NATIONS[m.group()])
        for m in _NATION_WORD.finditer(text)
        if not _NAME_OF.search(text, max(0, m.start() - 40), m.start())
    ]
    for e in gpes:
        if e.start_char >= upto:
            break
        if not e.text[:1].isupper():
            continue
        name = text[e.start_char : e.end_char]
        if name in _NATIONS or _NAME_OF.search(text, max(0, e.start_char - 40), e.start_char):
            continue
        if _kb_place(name):
            found.append((e.start_char, name))
    return found


def _kb_place(name: str) -> bool:
    """Whether the knowledge base files `name` as a place of a country (not as the country
    itself, nor as its capital)."""
    if _kb_names(name, "country") or _kb_names(name, "capital"):
        return False
    return _kb_names(name, "place")


def _story_place(text: str, doc: Any) -> str | None:
    """The one place inside a country a story is about: named in its headline or opening
    sentence and, of the places so named, named in the whole story at least twice as often
    as any other place inside a country."""
    end = text.find("\n")
    if end <= 0 or text[:end].rstrip().endswith((".", "?", "!")):
        end = 0  # (no headline line: the opening sentence alone)
    lead = None
    lead_tok = 0  # (its end as a token index)
    sents = _sents_at(doc)  # (the per-doc table: "doc.sents" builds every sentence again)
    at = 0
    while at < len(sents):
        sent = sents[at]
        if sent.start_char >= end and text[sent.start_char : sent.end_char].strip():
            lead, lead_tok = sent.end_char, sent.end
            break
        at = sent.end
    if lead is None:
        return None
    if not _NATION_WORD.search(text, 0, lead) and not any(
        t.ent_type_ == "GPE" for t in doc[:lead_tok]
    ):
        return None  # (cheap first: the opening names no nation and no GPE at all)
    gpes = [e for e in _doc_ents(doc) if e.label_ == "GPE"]
    named = {p for at, p in _place_mentions(text[:lead], gpes, lead)}
    if not named:
        return None  # (the whole story is read only when its opening names a place)
    counts = Counter(p for _, p in _place_mentions(text, gpes, len(text)))
    top = max(named, key=lambda p: counts[p])
    if any(p != top and 2 * n > counts[top] for p, n in counts.items()):
        return None
    if top not in _NATIONS and counts[top] < 3:
        return None  # (a city or state named once or twice: where a speech was made)
    if _country_named(text, gpes, top) > counts[top]:
        return None  # (a story of the whole country: "Britain", "the UK")
    return top


def _country_named(text: str, gpes: list[Any], place: str) -> int:
    """How often the story names the country `place` is in by the country's own name
    ("UK", "Britain"; not a nation of it: "Wales")."""
    code = _kb_country(place)
    return sum(
        1
        for e in gpes
        if (name := text[e.start_char : e.end_char]) not in _NATIONS
        and _kb_names(name, "country")
        and _kb_country(name) == code
        and not _NAME_OF.search(text, max(0, e.start_char - 40), e.start_char)
    )


def _other_place_before(text: str, doc: Any, lo: int, place: str) -> bool:
    """Whether the sentence before characters `lo` names a place inside a country other
    than `place` ("In England, lists fell. There are 8,000 people waiting")."""
    if lo < 2:
        return False
    start = _text_sentence(text, lo - 2, lo - 2)[0]
    for m in _NATION_WORD.finditer(text, start, lo):
        if _NATIONS[m.group()] != place and not _NAME_OF.search(
            text, max(0, m.start() - 40), m.start()
        ):
            return True
    span = doc.char_span(start, lo, alignment_mode="expand")
    return span is not None and any(
        e.label_ == "GPE" and e.text != place and e.text not in _NATIONS and _kb_place(e.text)
        for e in _ents_in(span)
    )


def _region_of_story(out: list[Amount], countries: _Countries, text: str, doc: Any) -> None:
    """ "There are 88,000 people on a waiting list", in a story that opens on Wales: a
    public service's figure, in a sentence that names no place, is the story's place's
    ("people on waiting list in Wales", parties GBR)."""
    place: str | None = None
    asked = False  # (the story's place is found once, when first needed)
    for a in out:
        obj = a.object
        if not obj or not _SERVICE.search(obj) or _NOT_PUBLIC.search(obj):
            continue
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        if _NATIONWIDE.search(text, lo, hi) or _WHERE_SAID.search(text, lo, hi):
            continue
        if _NATION_WORD.search(text, lo, hi) or _codes_in(countries, lo, hi):
            continue  # (the sentence says where, or names a country)
        if any(_kb_country(w) for w in _CAPITAL_WORDS.findall(obj)):
            continue  # (the object names a country's own: "grant from UK Treasury")
        if not asked:
            place, asked = _story_place(text, doc), True
        if place is None:
            return
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or any(e.label_ in ("GPE", "LOC") for e in _ents_in(span)):
            continue  # (a place the knowledge base does not know: "the Highlands")
        if _other_place_before(text, doc, lo, place):
            continue
        a.object = f"{obj} in {place}"
        if not a.parties:
            code = _kb_country(place)
            if code and _country_clear(countries, code):
                a.parties = [code]


def _country_clear(countries: _Countries, code: str) -> bool:
    """Whether no other country is named in the story as often as the place's own."""
    mine = countries.counts.get(code, 0)
    return all(n < mine or c == code for c, n in countries.counts.items()) or not countries.counts


# Entity kinds that name no place, people or body (numbers, times).
_NOT_NAMES = frozenset(
    "CARDINAL ORDINAL QUANTITY MONEY PERCENT DATE TIME LAW WORK_OF_ART EVENT LANGUAGE".split()
)


def _people_of_places(out: list[Amount], countries: _Countries, text: str, doc: Any) -> None:
    """ "thousands of residents may not be able to vote in Edinburgh's referendum", "nearly
    400 people were injured in riots that spread to Bristol and Leeds": a count of people with
    no parties, in a sentence whose only places are towns, regions or nations (not capitals)
    of one country and that names no country, no nationality and no body of another country, is of
    that country."""
    if not countries.by_char:
        return  # (no country or place named at all)
    for a in out:
        if a.parties or a.unit != "people":
            continue  # (cheap first: only a count of people with no country)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        named = _codes_in(countries, lo, hi)
        if len(named) != 1:
            continue  # (a place of one country is named, and no other country: by the mentions)
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            continue
        ents = [e for e in _ents_in(span) if e.label_ not in _NOT_NAMES]
        if not any(e.label_ in ("GPE", "LOC") for e in ents):
            continue
        codes: set[str] = set()
        others: set[str] = set()  # (what a name read as another kind's may be a place of)
        for e in ents:
            name = text[e.start_char : e.end_char]
            if e.label_ == "NORP":
                others.add("")  # (people told by nationality: their own country's)
                continue
            if e.label_ not in ("GPE", "LOC"):
                other = _kb_country(name)
                if other is not None and _kb_place(name):
                    others.add(other)  # ("Lyon" read as a person's name)
                continue
            # (a town or region, or a nation of a state: "in England")
            code = _kb_country(name) if name in _NATIONS or _kb_place(name) else None
            if code is None:
                codes = set()
                break  # (a country, a capital, or a place not known)
            codes.add(code)
        if len(codes) != 1 or others - codes or named - codes:
            continue
        if _homes_in(countries, lo, hi) - codes:
            continue  # ("the Bank of England said 400 people ...": another body's country)
        a.parties = sorted(codes)
