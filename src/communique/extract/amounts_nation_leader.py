"""Parties told by who governs the amount, not by a country word in its sentence.

- "Ghana announced record revenues. The country exported more than $1.2bn of beans": an
  amount whose owner is "the country" (or "the nation", or a bare "the government" doing
  it), in a sentence that names no country, with no party of its own (none, or only the
  article's country by default), is of the country the nearest of the three sentences
  before it in its paragraph makes a subject outside a subordinate clause - not of the
  country the article names most, nor of one named in passing ("At the same time as
  Nigeria announced its plan, Ghana announced ...": Ghana; "Uganda's minister was there":
  no subject).
- "Mr Yushchenko said only 30 to 40 top firms would be targeted": a national leader or
  minister (a person the entities stage gives a country and a state sector) who says or
  does what governs an amount with no parties, in a sentence that names no other country,
  no firm and no group of countries, makes it his country's (not a market's price or a
  firm's figure)."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_countries import (
    _SHORT_COUNTRY,
    _codes_in,
    _Countries,
    _names_country,
)
from communique.extract.amounts_parse import _text_sentence, _tokens
from communique.extract.amounts_sentences import _sent
from communique.record import Amount, Article

# The owner words this pass resolves; the clause subject or an "'s" owner in the object.
_NATION_NOUNS = frozenset(("country", "nation", "government"))
_NATION_POSS = re.compile(r"\b(?:country|nation)['’]s\b")
# (the cheap test of a sentence's words first)
_NATION_WORDS = re.compile(r"\b[Tt]h(?:e|is) (?:country|nation|government)\b")

# State sectors of the people whose word or act makes a national measure.
_STATE_SECTORS = frozenset(("GOV", "LEG"))
# Verbs by which a leader gives or makes a measure ("said", "announced", "pledged").
_TELLING = frozenset(
    """say tell announce pledge promise propose unveil insist state add claim confirm reveal
    vow warn plan want""".split()
)
# A group of countries or the world: not one leader's country ("the rest of the world").
_BEYOND = re.compile(
    r"\b(?:world(?:wide)?|global|international|EU|European Union|euro ?zone|OECD|G7|G8|G20|"
    r"Africa|Asia|Europe|Latin America|Middle East|region)\b",
    re.I,
)
# Objects that are a market's or a firm's, whoever speaks of them.
_NOT_NATIONAL = re.compile(
    r"\b(?:prices?|oil|crude|shares?|stocks?|index|dollar|euro|profits?|sales|revenues?|"
    r"earnings|turnover|poll|polled|voters)\b|['’]s?\s",
    re.I,
)


def _main_subject_country(sent: Any, countries: _Countries) -> str | None:
    """The country a sentence makes its subject: the first country's name that is the
    subject of a verb outside a subordinate clause ("At the same time as Nigeria announced
    its plan, Ghana announced ...": Ghana; the parse may hang the main clause under the
    subordinate one, so a clause is told subordinate by its own "as"/"when"/"after"), not a
    nationality, a firm's home or a country inside "which"/"when" clauses."""
    for c in sent:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.ent_type_ != "GPE":
            continue
        verb = c.head
        if verb.dep_ in ("advcl", "relcl") or any(k.dep_ == "mark" for k in verb.children):
            continue
        code = countries.of(c)
        if code and c.idx not in countries.bodies and _names_country(c.text):
            return code
    return None


def _nation_owned(span: Any, obj: str) -> bool:
    """Whether the amount's owner is a bare "the country" / "the nation": its clause's
    subject, or an "'s" owner in its object."""
    if _NATION_POSS.search(obj):
        return True
    head = span.root
    for _ in range(4):  # (up to the clause's verb)
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in _NATION_NOUNS
        and any(d.lower_ in ("the", "this") for d in c.lefts)
        for c in head.children
    )


def _nation_sentences(text: str) -> list[tuple[int, int]]:
    """The bounds of the sentences that say "the country", "this nation", "the government"
    (found by plain text search: most articles say none, most amounts are in none)."""
    found: list[tuple[int, int]] = []
    for word in (" country", " nation", " government"):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not text[end : end + 1].isalpha() and _NATION_WORDS.match(
                text, at - (3 if text[at - 3 : at] in ("the", "The") else 4)
            ):
                found.append(_text_sentence(text, at, end))
            at = text.find(word, end)
    return found


def nation_of_subject_before(out: list[Amount], countries: _Countries, text: str, doc: Any) -> None:
    """Give "the country"'s amounts the country the paragraph last made its main subject."""
    said = _nation_sentences(text) if doc is not None else []
    if not said:
        return
    home: list[str] | None = None
    for a in out:
        if len(a.parties) > 1:
            continue
        at = a.span[0]
        bounds = next(((lo, hi) for lo, hi in said if lo <= at < hi), None)
        if bounds is None:
            continue
        lo, hi = bounds
        first = text.rfind("\n", 0, lo) + 1  # (the paragraph's start)
        if not _codes_in(countries, first, lo) - set(a.parties):
            continue  # (no other country named before it in the paragraph: nothing to take)
        if a.parties:
            if home is None:
                home = countries.home()  # (found once, when first needed)
            if a.parties != home:
                continue  # (a party of its own, not the article's by default)
        if _codes_in(countries, lo, hi):
            continue  # (the sentence names the country)
        obj = a.object or ""
        was = countries.names.get(a.parties[0], "") if a.parties else ""
        was = _SHORT_COUNTRY.get(was, was)
        if (
            a.parties
            and any(n in obj for n in countries.names.values())
            and not (was and (f"{was}'s government" in obj or f"{was} government" in obj))
        ):
            continue  # (the object already says whose: "Nigeria's trade")
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span) or not _nation_owned(span, obj):
            continue
        sent = _sent(span[0])
        code = None
        for _ in range(3):  # (the three sentences before, inside the paragraph)
            if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
                break
            sent = _sent(doc[sent.start - 1])
            code = _main_subject_country(sent, countries)
            if code is not None:
                break
        if code is None or a.parties == [code]:
            continue
        if was and was in obj:
            # "France's government's spending", named by the article's country: by its own
            now = countries.names.get(code, "")
            now = _SHORT_COUNTRY.get(now, now)
            if not now:
                continue
            a.object = obj.replace(was, now, 1)
        a.parties = [code]


def _leader_spans(art: Article) -> list[tuple[int, int, str]]:
    """Where the article names a person of a state sector with a country, and the country."""
    return [
        (m.span[0], m.span[1], e.country)
        for e in art.entities
        if e.type == "PERSON" and e.country and e.sector in _STATE_SECTORS
        for m in e.mentions
    ]


def _firm_spans(art: Article) -> list[tuple[int, int]]:
    """Where the article names an organisation that is no state body."""
    return [
        m.span
        for e in art.entities
        if e.type == "ORG" and e.sector not in _STATE_SECTORS
        for m in e.mentions
    ]


def _leader_governs(span: Any, at: int) -> bool:
    """Whether the person named at character `at` is the doer of a verb the amount hangs
    on: its subject, or, when a telling verb before the amount has no subject in the parse
    ("Mr X - keen to reassure investors - had said only 30 firms would be targeted"), the
    person named before it."""
    tok = span.root
    for v in tok.ancestors:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [
            c
            for c in v.children
            if c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.i < span.end
        ]  # (not the amount itself: "30 firms would be targeted")
        if any(k.idx <= at < k.idx + len(k) for s in subjects for k in s.subtree):
            return True
        if not subjects and v.lemma_.lower() in _TELLING and at < v.idx:
            return True
        if subjects:
            return False  # (another doer: "Mr X said Acme's sales rose")
    return False


def leader_country(out: list[Amount], art: Article, countries: _Countries, doc: Any) -> None:
    """Give an amount with no parties the country of the national leader whose word or act
    governs it, in a sentence that names no other country, no firm and no group of them."""
    if doc is None or not art.entities:
        return
    leaders: list[tuple[int, int, str]] | None = None
    firms: list[tuple[int, int]] | None = None
    text = art.text or ""
    for a in out:
        if a.parties:
            continue
        if leaders is None:
            leaders = _leader_spans(art)  # (found once, when first needed)
            if not leaders:
                return
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        said = [(s, c) for s, _e, c in leaders if lo <= s < a.span[0]]
        if not said or len({c for _s, c in said}) != 1:
            continue
        code = said[0][1]
        obj = a.object or ""
        if _NOT_NATIONAL.search(obj) or _BEYOND.search(text, lo, hi):
            continue
        if not _codes_in(countries, lo, hi) <= {code}:
            continue  # (another country named: its own rules have spoken)
        if firms is None:
            firms = _firm_spans(art)
        if any(lo <= s < hi for s, _e in firms):
            continue  # (a firm's figures)
        span = _tokens(doc, a.span[0], a.span[1])
        if span is None or not len(span):
            continue
        if any(_leader_governs(span, s) for s, _c in said):
            a.parties = [code]
