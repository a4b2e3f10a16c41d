"""Entities of a parsed Article: one per real-world referent, every mention, actor codes.

Mentions start from the model's named entities, cleaned of the model's known slips by rules
with clear evidence (leading "the", titles inside PERSON spans, a treaty name split at "and",
an event tagged as a facility, a ministry left untagged, "China-Russia" seen as one place).
Mentions are then grouped per referent ("Xi", "President Xi", "Xi Jinping"; "U.S.",
"America"), and coded: country (ISO alpha-3) and sector, first from the text (role words,
country adjectives, "of Kyrgyzstan"), then from the knowledge base as of the article's date.

Mention spans keep model-like name boundaries ("Xi Jinping"); the longer form that names the
entity with its title ("Chinese President Xi Jinping") is kept on the mention as `alias`.
Country adjectives ("Chinese officials") are NORP entities carrying the country code.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from communique.extract import roles as R
from communique.record import Article, Entity, Mention

# spaCy labels -> our first guess (refined below with the knowledge base and rules).
_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "LAW": "LAW",
    "PRODUCT": "PRODUCT",
    "WORK_OF_ART": "WORK_OF_ART",
    "LANGUAGE": "LANGUAGE",
}
_TREATY_HEADS = frozenset(
    "Treaty Agreement Accord Accords Pact Convention Protocol Treaties Agreements".split()
)
_LAW_HEADS = frozenset("Charter Act Constitution Resolution Declaration".split())
_EVENT_HEADS = frozenset(
    """Olympics Olympiad Games Cup Championship Championships Summit Conference Expo Festival
    Tournament Marathon Election Elections War Revolution Forum Talks Congress Session
    Week""".split()
)
# Heads an ORG may not be turned into an EVENT by: "World Economic Forum" is a body.
_EVENT_ONLY_HEADS = frozenset(
    "Olympics Olympiad Games Cup Championship Championships Summit Expo Festival Tournament "
    "Marathon".split()
)
_INITIATIVE_HEADS = frozenset("Initiative Plan Programme Program Strategy Project".split())
_INITIATIVE_NOUNS = frozenset(
    "initiative initiatives cooperation project projects program programme strategy plan "
    "framework scheme".split()
)
_ORG_HEADS = frozenset(
    """Ministry Department Agency Office Council Commission Committee Parliament Assembly
    Senate Court Army Navy Police Party Union Institute University Association Organisation
    Organization Federation Service Bureau Authority Corporation Company Group Forces
    Secretariat Administration Cabinet Government Embassy Consulate Bank Fund""".split()
)
# A body named for a region or the world, with an intergovernmental head, is an IGO when
# the knowledge base does not know it (the KB is asked first).
_IGO_NAME = re.compile(
    r"^(?:the )?(?:International|World|Global|United Nations|UN|U\.N\.|European|African|Asian|"
    r"Eurasian|Arab|Pacific|Atlantic|North Atlantic|Asia-Pacific|Latin American|Inter-American|"
    r"Islamic|Nordic|Caribbean|Gulf|Commonwealth|Euro-Atlantic|Shanghai|ASEAN)\b.*\b"
    r"(?:Union|Organi[sz]ation|Community|Council|Bank|Fund|Agency|League|Commission|"
    r"Cooperation|Treaty Organi[sz]ation|Assembly|Court|Forum|Parliament)$"
    r"|^(?:the )?(?:United Nations|U\.N\.|UN)\b"
)
_RULE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(_TREATY_HEADS | _ORG_HEADS)) + r")\b|(?<=[a-z])-(?=[A-Z])"
)
_CAP_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_ORG_CONNECT = frozenset({"of", "for", "and", "on", "the", "&"})
_SKIP_WORDS = frozenset({"the", "The", "THE"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_SPEECH_OR_ACTION_POS = frozenset({"VERB", "AUX"})
_ACRONYM = re.compile(r"^[A-Z][A-Z.&-]{1,9}$")
_INITIAL_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&", "de"})
_NORP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern north-east north-west south-east "
    "south-west".split()
)
_REGION_WORDS = frozenset(
    "province region state district governorate oblast territory enclave area countryside".split()
)
# Sectors of national offices, and the entity types that name a country around them.
_NATIONAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
_PLACE_TYPES = frozenset({"COUNTRY", "NORP", "PLACE", "ORG"})
_MAX_GROUP_WORDS = 4
# Nouns that name a firm in apposition or before its name ("oil giant Gazprom").
_FIRM_NOUNS = frozenset(
    """company corporation firm group giant maker operator retailer carrier airline insurer
    lender producer manufacturer supplier rival carmaker miner brewer conglomerate monopoly
    subsidiary""".split()
)
# What a firm has ("Yukos' main production arm", "Multiplex's shares").
_FIRM_THINGS = frozenset(
    """shares share profit profits revenue revenues sales turnover earnings shareholders
    stake arm unit subsidiary division operations board chairman bid takeover stock brands
    customers""".split()
)
# What is held in a firm ("shares in Multiplex").
_FIRM_HOLDINGS = frozenset("share stake holding interest investment".split())


@lru_cache(maxsize=1)
def _kb() -> Any:
    """The shipped knowledge base (cached per process); None when it cannot load."""
    try:
        from communique.kb import KnowledgeBase

        return KnowledgeBase.load()
    except Exception:  # a broken or absent KB must not stop extraction
        return None


def _article_date(art: Article) -> date | None:
    for value in (art.published, art.published_not_before):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


@dataclass(slots=True)
class _Mention:
    start: int  # token indices [start, end) of the name
    end: int
    type: str
    key: tuple[str, str] = ("", "")
    name: str = ""
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    alias: tuple[int, int] | None = None  # char span of "title + name"
    kb: str | None = None
    actor: bool = False


class _Extractor:
    def __init__(self, art: Article, kb: Any) -> None:
        self.art = art
        self.doc = art.doc
        self.text = art.text
        self.kb = kb
        self.on = _article_date(art)

    # -- knowledge-base helpers that tolerate an absent KB ---------------------------------
    def country(self, text: str) -> Any:
        return self.kb.country(text) if self.kb is not None else None

    def adjective(self, text: str) -> Any:
        return self.kb.country_by_adjective(text) if self.kb is not None else None

    def capital(self, text: str) -> Any:
        return self.kb.capital(text) if self.kb is not None else None

    def place(self, text: str) -> Any:
        return self.kb.place(text) if self.kb is not None and hasattr(self.kb, "place") else None

    def organisation(self, text: str) -> Any:
        return self.kb.organisation(text) if self.kb is not None else None

    def sector_of(self, text: str) -> str | None:
        return self.kb.sector_of_role(text) if self.kb is not None else None

    def people(self, name: str) -> list[Any]:
        return list(self.kb.people(name, on=self.on)) if self.kb is not None else []

    def any_country(self, text: str) -> Any:
        """A country named in `text`: a country name or adjective, or an "of X" phrase."""
        text = text.strip()
        for t in (text, re.sub(r"(?:'s|’s|')$", "", text)):
            c = self.country(t) or self.adjective(t)
            if c is not None:
                return c
        return None

    # -- 1. candidate mentions -----------------------------------------------------------
    def candidates(self) -> list[_Mention]:
        doc = self.doc
        out: list[_Mention] = []
        for ent in doc.ents:
            typ = _LABELS.get(ent.label_)
            if typ is None:
                continue
            s, e = ent.start, ent.end
            while s < e and (doc[s].text in _SKIP_WORDS or doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].text in _POSSESSIVE or doc[e - 1].is_punct):
                e -= 1
            if typ == "PERSON":
                while e - s > 1 and (
                    doc[s].lower_ in R.TITLE_WORDS or doc[s].lower_ in R.HONORIFICS
                ):
                    s += 1
            if s >= e or doc[s].is_space:
                continue
            out.append(_Mention(s, e, typ))
        out = self._rule_spans(out)
        out = self._gazetteer(out)
        return out

    def _gazetteer(self, ms: list[_Mention]) -> list[_Mention]:
        """Capitalised one-word country names, adjectives and capitals the model left
        untagged ("Uzbekistan finally opened...", "Ghanaian authorities"). Names that are
        also common words or names ("Jordan", "Chad") are left to the model."""
        forms = _country_forms(self.kb)
        if not forms:
            return ms
        doc = self.doc
        added: list[_Mention] = []
        for hit in _CAP_WORD.finditer(self.text):
            if hit.group(0) not in forms or self.kb.is_ambiguous(hit.group(0)):
                continue
            span = doc.char_span(hit.start(), hit.end())
            if span is None or len(span) != 1 or span[0].ent_iob_ != "O":
                continue
            i = span.start
            if any(m.start <= i < m.end for m in ms):
                continue
            word = hit.group(0)
            typ = "GPE" if self.country(word) or self.capital(word) else "NORP"
            added.append(_Mention(i, i + 1, typ))
        if not added:
            return ms
        return sorted(ms + added, key=lambda m: m.start)

    def _rule_spans(self, ms: list[_Mention]) -> list[_Mention]:
        """Spans the model misses or cuts wrongly: treaties, ministries, country pairs."""
        doc = self.doc
        added: list[_Mention] = []
        n = len(doc)
        done = 0
        # Only tokens the rules can fire on are visited (walking every token is too slow).
        for hit in _RULE_WORDS.finditer(self.text):
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None or len(span) == 0 or span.start < done:
                continue
            i = span.start
            t = doc[i]
            # A treaty name split at "and": rebuild from its head word rightwards.
            if t.text in _TREATY_HEADS and i + 1 < n and doc[i + 1].lower_ in {"of", "on"}:
                j = self._title_run(i + 1)
                if j > i + 2:
                    s = i
                    # Capitalised words before the head belong to the name ("Paris Agreement").
                    while s > 0 and doc[s - 1].is_title and doc[s - 1].text not in _SKIP_WORDS:
                        s -= 1
                    added.append(_Mention(s, j, "TREATY"))
                    done = j
                    continue
            # A ministry or agency the model left untagged: "Foreign Ministry", "Ministry of X".
            if t.text in _ORG_HEADS and t.is_title:
                s = i
                while s > 0 and doc[s - 1].is_title and doc[s - 1].pos_ in {"PROPN", "ADJ", "NOUN"}:
                    s -= 1
                j = i + 1
                if j < n and doc[j].lower_ == "of":
                    j2 = self._title_run(j)
                    if j2 > j + 1:
                        j = j2
                if j - s >= 2 and not any(x.is_sent_start for x in doc[s + 1 : j]):
                    added.append(_Mention(s, j, "ORG"))
            # "China-Russia": both sides are countries; the model often sees only one.
            if t.text == "-" and 0 < i < n - 1:
                a, b = doc[i - 1], doc[i + 1]
                if a.is_title and b.is_title and self.country(a.text) and self.country(b.text):
                    added.append(_Mention(i - 1, i, "GPE"))
                    added.append(_Mention(i + 1, i + 2, "GPE"))
        if not added:
            return ms
        # Rule spans win over model spans they overlap; among rule spans, the longer wins.
        added.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept_added: list[_Mention] = []
        for m in added:
            if kept_added and m.start < kept_added[-1].end:
                continue
            kept_added.append(m)
        out = []
        for m in ms:
            overlaps = [a for a in kept_added if a.start < m.end and m.start < a.end]
            if not overlaps:
                out.append(m)
                continue
            a = overlaps[0]
            # A model span that holds the rule span (e.g. a GPE "China-Russia") loses only
            # when the rule is about the same kind of thing; keep longer model ORGs/PERSONs.
            if a.type == "ORG" and m.type in {"ORG", "PERSON", "EVENT", "LAW", "TREATY"}:
                if m.start <= a.start and a.end <= m.end:
                    kept_added.remove(a)
                    out.append(m)
                    continue
        out.extend(kept_added)
        out.sort(key=lambda m: m.start)
        return out

    def _title_run(self, i: int) -> int:
        """End of a run of "of|and|for" and capitalised words starting at i (exclusive end,
        trailing connectors dropped)."""
        doc = self.doc
        j = i
        while j < len(doc):
            t = doc[j]
            after_hyphen = j > i and doc[j - 1].text == "-" and t.is_alpha
            if (
                t.is_title
                or t.is_upper
                and t.is_alpha
                or t.text == "-"
                or after_hyphen
                or t.lower_ in _ORG_CONNECT
            ):
                if t.is_sent_start and j > i:
                    break
                j += 1
                continue
            break
        while j > i and (doc[j - 1].lower_ in _ORG_CONNECT or doc[j - 1].text == "-"):
            j -= 1
        return j

    # -- 2. types and codes of single mentions ----------------------------------------------
    def classify(self, m: _Mention) -> None:
        doc = self.doc
        span = doc[m.start : m.end]
        text = span.text
        if m.type in {"ORG", "PLACE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "TREATY"}:
            self._shape(m)
        if m.type == "PERSON" and not self.people(text):
            # Country names and adjectives the model took for people ("Benin", "Ugandan").
            c = self.country(text)
            if c is not None:
                m.type = "GPE"
            elif self.adjective(text) is not None or self.adjective(doc[m.start].text):
                m.type = "NORP"
        if m.type in {"GPE", "PLACE", "ORG", "NORP"}:
            c = self.country(text)
            if c is not None and (m.type != "ORG" or not self.organisation(text)):
                m.type, m.country, m.key, m.name = "COUNTRY", c.code, ("C", c.code), c.name
                return
        if (
            m.type == "NORP"
            and self.adjective(text) is None
            and self.adjective(doc[m.start].text) is None
        ):
            where = self.capital(text) or self.place(text)
            if where is not None:
                m.type = "PLACE"  # a town the model took for a group ("Samarra")
        if m.type == "GPE" or m.type == "PLACE":
            cap = self.capital(text)
            if cap is not None:
                m.country = cap.code
                if self._is_actor(m):
                    # "Beijing said": the capital stands for the government.
                    m.type, m.sector, m.key, m.name = "COUNTRY", "GOV", ("C", cap.code), cap.name
                    m.actor = True
                    return
            adj = self.adjective(text) if m.type == "GPE" else None
            if adj is not None and cap is None:
                m.type, m.country, m.key, m.name = "NORP", adj.code, ("N", text), text
                self._group_noun(m)
                return
            m.type = "PLACE"
            if m.country is None:
                where = self.place(text)
                m.country = where.code if where is not None else self._country_of_region(text)
            m.key, m.name = ("P", text), text
            return
        if m.type == "NORP":
            # "Bosnian Serbs": the first word carries the country.
            adj = self.adjective(text) or self.adjective(doc[m.start].text)
            m.country = adj.code if adj is not None else None
            m.key, m.name = ("N", text), text
            self._group_noun(m)
            return
        if m.type == "ORG":
            org = self.organisation(text)
            if org is not None:
                m.name, m.sector, m.country, m.kb = org.name, org.sector, org.country, org.name
                if m.country is None and org.sector not in {"IGO", "NGO"}:
                    # A generic national body ("Cabinet", "Supreme Court") takes the country
                    # that owns it in the text: "Norway's Cabinet", "the Russian Foreign Ministry".
                    m.country = self._country_in_name(m) or self._country_before(m)
            else:
                m.name = text
                m.sector = self.sector_of(text)
                m.country = self._country_in_name(m)
                if m.country is None and _IGO_NAME.search(text):
                    m.sector = "IGO"  # "Eurasian Economic Union", "African Development Bank"

                if m.country is None:
                    m.country = self._country_before(m)
                if m.end - m.start == 1 and not _ACRONYM.match(text) and self.people(text):
                    # A known person's surname tagged as an organisation ("Lavrov").
                    m.type = "PERSON"
                elif (
                    m.start > 0
                    and doc[m.start - 1].lower_ in R.TITLE_WORDS
                    and doc[m.start - 1].dep_ == "compound"
                    and m.sector is None
                    and all(t.is_title for t in span)
                ):
                    # "Vice-President Moody Awori": a title before a name means a person.
                    m.type = "PERSON"
            if m.type == "ORG":
                m.key = ("O", (m.kb or _norm(m.name)).casefold())
                return
        if m.type == "PERSON":
            m.name = text
            m.key = ("H", text)
            return
        m.name = text
        m.key = (m.type, _norm(text).casefold())

    def _group_noun(self, m: _Mention) -> None:
        """The sector of a nationality used as an actor from the noun it qualifies: "Chinese
        officials" GOV, "Iranian forces" MIL, "Syrian rebels" REB. The noun phrase goes into
        the roles; groups of one nationality with different sectors are different actors."""
        doc = self.doc
        root = doc[m.start : m.end].root
        head = root.head
        if (
            m.country is None  # a party or movement ("Labour government") is no nationality
            or root.dep_ not in _NORP_MODIFIER_DEPS
            or head.pos_ != "NOUN"
            or not m.end <= head.i < m.end + _MAX_GROUP_WORDS
        ):
            return
        # Words between the adjective and the noun must modify the noun ("Iranian security
        # forces"), else the noun is not this adjective's group.
        if any(
            t.dep_ not in _NORP_MODIFIER_DEPS or not t.i < t.head.i <= head.i
            for t in doc[m.end : head.i]
        ):
            return
        phrase = doc[m.end : head.i + 1].text
        sector = self.sector_of(phrase)
        if sector is None:
            return
        m.sector = sector
        m.roles.append(phrase)
        m.key = ("N", f"{m.key[1]}\t{sector}")

    def _shape(self, m: _Mention) -> None:
        """Types that the name's own words decide: "... Olympics" is an event (the model
        often says facility), "Treaty of ..." a treaty, "... Charter" a law, "... Initiative"
        or a name qualifying "cooperation"/"initiative" an initiative."""
        doc = self.doc
        last, head = doc[m.end - 1].text, doc[m.start].text
        if last in _EVENT_ONLY_HEADS or (m.type not in {"ORG", "LAW"} and last in _EVENT_HEADS):
            m.type = "EVENT"
        elif last in _TREATY_HEADS or (head in _TREATY_HEADS and m.end - m.start > 2):
            m.type = "TREATY"
        elif last in _LAW_HEADS or (head in _LAW_HEADS and m.end - m.start > 2):
            m.type = "LAW"
        elif last in _INITIATIVE_HEADS or self._modifies_initiative(m):
            m.type = "INITIATIVE"

    def _country_in_name(self, m: _Mention) -> str | None:
        doc = self.doc
        first = doc[m.start]
        c = self.adjective(first.text) or (
            # A body named for a capital is that country's ("Kabul University").
            self.country(first.text) or self.capital(first.text) if first.is_title else None
        )
        if c is None:
            for k in range(m.start, m.end - 1):
                if doc[k].lower_ == "of":
                    rest = doc[k + 1 : m.end].text
                    c = self.country(rest) or self.capital(rest)
                    break
        return c.code if c is not None else None

    def _country_of_region(self, text: str) -> str | None:
        """The country of a region named from it: "Northern Syria", "Kosovo province", "South
        Darfur State". Only compass words before and region words after are taken off, and
        only when the whole name is not known itself ("Northern Ireland", "South Sudan")."""
        words = text.split()
        lo, hi = 0, len(words)
        if hi > 1 and words[0].casefold() in _COMPASS:
            lo = 1
        if hi - lo > 1 and words[-1].casefold() in _REGION_WORDS:
            hi -= 1
        if (lo, hi) == (0, len(words)):
            return None
        core = " ".join(words[lo:hi])
        c = self.country(core) or self.place(core) or self.capital(core)
        return c.code if c is not None else None

    def _country_before(self, m: _Mention) -> str | None:
        """The country that owns a body: "Israel's Cabinet", "Nigerian Interior Ministry"."""
        doc = self.doc
        k = m.start - 1
        if k >= 1 and doc[k].text in _POSSESSIVE:
            c = self.country(doc[k - 1].text)
            if c is None and k >= 2:
                c = self.country(doc[k - 2 : k].text)
            return c.code if c is not None else None
        if k >= 0 and doc[k].is_title:
            c = self.adjective(doc[k].text)
            return c.code if c is not None else None
        return None

    def _modifies_initiative(self, m: _Mention) -> bool:
        """True when a multi-word name that is no known body qualifies an initiative noun:
        "Belt and Road cooperation" (but not "the IMF programme", "EU cooperation")."""
        doc = self.doc
        if m.type in {"ORG", "GPE"} or m.end - m.start < 2:
            return False
        if m.end < len(doc) and doc[m.end].lower_ in _INITIATIVE_NOUNS:
            return any(doc[k].head.i == m.end for k in range(m.start, m.end))
        return False

    def _is_actor(self, m: _Mention) -> bool:
        root = self.doc[m.start : m.end].root
        return (
            root.dep_ in {"nsubj", "nsubjpass", "agent"} and root.head.pos_ in _SPEECH_OR_ACTION_POS
        )

    # -- 3. people: roles, alias spans, codes ---------------------------------------------
    def person(self, m: _Mention, orgs: list[_Mention]) -> None:
        """Roles of a person from the text; codes from the role words, or from a body named
        in the role ("U.N. Secretary-General Kofi Annan" is IGO, whatever "general" says)."""
        doc = self.doc
        is_role: Callable[[str], bool] = lambda t: self.sector_of(t) is not None  # noqa: E731
        cues = [
            c
            for c in (
                R.premodifier(doc, m.start, m.end),
                R.appositive(doc, m.start, m.end),
                R.copular(doc, m.start, m.end, is_role),
            )
            if c is not None
        ]
        for cue in cues:
            role, country = self._normalise_role(cue)
            if country and m.country is None:
                m.country = country
            if role and role not in m.roles:
                m.roles.append(role)
            if cue.kind == "premod":
                m.alias = (cue.start, doc[m.end - 1].idx + len(doc[m.end - 1]))
            lo, hi = cue.start, cue.end
            body = next(
                (o for o in orgs if o.sector and lo <= doc[o.start].idx < hi),
                None,
            )
            if body is not None:
                m.sector = m.sector or body.sector
                if m.country is None and body.country:
                    m.country = body.country
            sector = self.sector_of(cue.text)
            if sector and m.sector is None:
                m.sector = sector
        if m.alias is None and m.start > 0 and doc[m.start - 1].lower_ in R.TITLE_WORDS:
            m.alias = (doc[m.start - 1].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))

    def _normalise_role(self, cue: R.RoleCue) -> tuple[str, str | None]:
        """("President of China", "CHN") for "Chinese President"; other roles as written,
        with the country they name ("Russia's foreign minister" -> RUS)."""
        words = cue.text.split()
        country = None
        rest = words
        if words:
            first = re.sub(r"(?:'s|’s)$", "", words[0])
            c = self.adjective(first) or (self.country(first) if first[:1].isupper() else None)
            if c is None and len(words) > 1:
                two = re.sub(r"(?:'s|’s)$", "", " ".join(words[:2]))
                c = self.adjective(two) or self.country(two)
                if c is not None:
                    rest = words[2:]
            elif c is not None:
                rest = words[1:]
            if c is not None:
                country = c.code
                if rest and all(w[:1].isupper() for w in rest) and "of" not in rest:
                    return f"{' '.join(rest)} of {c.name}", country
                return (" ".join(rest) if words[0].endswith(("'s", "’s")) else cue.text), country
        m = re.search(r"\bof (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)", cue.text)
        if m:
            c = self.country(m.group(1))
            if c is not None:
                country = c.code
        return cue.text, country

    # -- 4. grouping ----------------------------------------------------------------------
    def group_people(self, ms: list[_Mention]) -> None:
        """Give each PERSON mention the key of its full name: "Xi" -> "Xi Jinping"."""
        people = [m for m in ms if m.type == "PERSON"]
        full: dict[str, list[str]] = {}
        for m in people:
            toks = m.name.split()
            if len(toks) >= 2:
                full.setdefault(m.name, toks)
        for m in people:
            toks = m.name.split()
            target = m.name
            if len(toks) == 1:
                # Surname first ("Smith" in "John Smith"), then given-name-last orders ("Xi").
                lasts = [n for n, t in full.items() if t[-1] == toks[0]]
                firsts = [n for n, t in full.items() if t[0] == toks[0]]
                pick = lasts or firsts
                if pick:
                    target = max(pick, key=len)
            elif len(toks) >= 2:
                longer = [
                    n for n, t in full.items() if len(t) > len(toks) and t[-len(toks) :] == toks
                ]
                if longer:
                    target = max(longer, key=len)
            m.key = ("H", target)
            m.name = target

    def group_acronyms(self, ms: list[_Mention]) -> None:
        """An acronym takes the key of the organisation it abbreviates: "APEC"."""
        orgs = {m.key: m for m in ms if m.type == "ORG" and m.end - m.start > 1}
        initials = {}
        for key, m in orgs.items():
            words = re.split(r"[\s-]+", m.name)
            ini = "".join(
                w[0] for w in words if w and w.lower() not in _INITIAL_SKIP and w[0].isupper()
            )
            if len(ini) >= 2:
                initials[ini] = key
        for m in ms:
            if m.type == "ORG" and m.end - m.start == 1:
                k = initials.get(m.name.replace(".", ""))
                if k is not None:
                    m.key = k

    def split_generic_bodies(self, ms: list[_Mention]) -> None:
        """A generic body owned by two countries in one article ("Norway's Cabinet", "Chile's
        Cabinet") is two entities; with one owner, every mention stays one entity."""
        owners: dict[tuple[str, str], set[str]] = {}
        for m in ms:
            if m.type == "ORG" and m.kb and m.country:
                owners.setdefault(m.key, set()).add(m.country)
        for m in ms:
            if m.country and len(owners.get(m.key, ())) > 1:
                m.key = (m.key[0], f"{m.key[1]}\t{m.country}")

    def group_heads(self, ms: list[_Mention]) -> None:
        """A bare head word ("the Treaty", "the Games") refers to the one longer name of its
        type that ends or starts with it in the article."""
        named: dict[str, set[tuple[str, str]]] = {}
        for m in ms:
            if m.type in {"TREATY", "EVENT", "LAW", "INITIATIVE"} and m.end - m.start > 1:
                words = m.name.split()
                for w in {words[0], words[-1]}:
                    named.setdefault(w, set()).add(m.key)
        for m in ms:
            if m.end - m.start == 1 and m.type in {"TREATY", "EVENT", "LAW"}:
                keys = named.get(m.name, set())
                if len(keys) == 1:
                    m.key = next(iter(keys))

    def _firm_cue(self, m: _Mention) -> bool:
        """The words around a name say it is a firm: "oil giant Gazprom", "shares in Multiplex",
        "Yukos' main production arm", "Gazprom, the gas monopoly"."""
        doc = self.doc
        head = doc[m.end - 1]
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and before.lower_ in _FIRM_NOUNS and before.head.i == head.i:
            return True  # "oil giant Gazprom", "rival Nissan"
        if (
            before is not None
            and before.lower_ in ("in", "of")
            and before.head.lemma_.lower() in _FIRM_HOLDINGS
        ):
            return True  # "shares in Multiplex", "a controlling share of Gazprom"
        if head.dep_ == "compound" and head.head.lemma_.lower() in _FIRM_THINGS | {"chief", "boss"}:
            return True  # "Gazprom shares", "Gazprom chief Alexei Miller"
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and nxt.text in _POSSESSIVE and head.dep_ == "poss":
            return head.head.lemma_.lower() in _FIRM_THINGS  # "Multiplex's construction division"
        return any(
            c.dep_ == "appos" and c.lemma_.lower() in _FIRM_NOUNS for c in head.rights
        )  # "Gazprom, the gas giant"

    def firms(self, ms: list[_Mention]) -> None:
        """A name the model typed a person or a place but the article treats as a firm is an
        organisation in every mention (the small model flips a firm's type between
        sentences: "Gazprom" a place, "Multiplex" a person)."""
        doc = self.doc
        seen = {
            doc[m.start : m.end].text
            for m in ms
            if m.type in ("PERSON", "PLACE")
            and m.country is None
            and not self.people(doc[m.start : m.end].text)
            and not self.place(doc[m.start : m.end].text)
            and self._firm_cue(m)
        }
        for m in ms:
            text = doc[m.start : m.end].text
            if m.type in ("PERSON", "PLACE") and text in seen:
                m.type, m.name, m.roles = "ORG", text, []
                m.sector = self.sector_of(text) or "BUS"
                m.country = self._country_in_name(m) or self._country_before(m)
                m.key = ("O", _norm(text).casefold())

    # -- 5. assemble ----------------------------------------------------------------------
    def run(self) -> list[Entity]:
        ms = self.candidates()
        for m in ms:
            self.classify(m)
        self.firms(ms)
        orgs = [m for m in ms if m.type == "ORG"]
        for m in ms:
            if m.type == "PERSON":
                self.person(m, orgs)
        self.group_people(ms)
        self.group_acronyms(ms)
        self.group_heads(ms)
        self.split_generic_bodies(ms)
        groups: dict[tuple[str, str], list[_Mention]] = {}
        for m in ms:
            groups.setdefault(m.key, []).append(m)
        entities: list[Entity] = []
        by_key: dict[tuple[str, str], Entity] = {}
        for n, (key, group) in enumerate(
            sorted(groups.items(), key=lambda kv: kv[1][0].start), start=1
        ):
            ent = self._entity(f"e{n}", key, group)
            entities.append(ent)
            by_key[key] = ent
        self._propagate(entities, groups)
        return entities

    def _entity(self, eid: str, key: tuple[str, str], group: list[_Mention]) -> Entity:
        art, doc = self.art, self.doc
        first = group[0]
        typ = first.type
        if typ == "PERSON":
            name = max((m.name for m in group), key=lambda s: (len(s.split()), len(s)))
        elif typ in {"COUNTRY", "ORG"} and first.kb or typ == "COUNTRY":
            name = first.name
        else:
            name = max((m.name for m in group), key=len)
        country = next((m.country for m in group if m.country), None)
        sector = next((m.sector for m in group if m.sector), None)
        roles: list[str] = []
        for m in group:
            roles += [r for r in m.roles if r not in roles]
        roles = _distinct_roles(roles)
        ent = Entity(eid, name, typ, country, sector, roles)
        seen: set[tuple[int, int]] = set()
        for m in group:
            s = doc[m.start].idx
            e = doc[m.end - 1].idx + len(doc[m.end - 1])
            if (s, e) in seen:
                continue
            seen.add((s, e))
            ref = art.ref(s, e)
            mention = Mention(ref.text, ref.span, ref.raw_span)
            if m.alias is not None and m.alias != (s, e):
                a = art.ref(*m.alias)
                mention.extra.update(alias=a.text, alias_span=a.span, alias_raw_span=a.raw_span)
            if m.actor:
                mention.extra["actor"] = True
            ent.mentions.append(mention)
        if first.kb:
            ent.extra["kb"] = first.kb
        if typ == "PERSON":
            self._code_person(ent)
        return ent

    def _code_person(self, ent: Entity) -> None:
        """Fill a person's country/sector from the knowledge base (as of the article date)
        when the text did not give them."""
        if ent.country and ent.sector:
            return
        terms = self.people(ent.name)
        if not terms:
            return
        if len(ent.name.split()) < 2 and len({t.country for t in terms}) != 1:
            return  # a bare surname shared by people of several countries
        best = terms[0]
        if self.on is not None and not best.in_office(self.on):
            # Out of office on the date: the person still has a nationality, not the office.
            if ent.country is None and len({t.country for t in terms}) == 1:
                ent.country = best.country
            return
        ent.country = ent.country or best.country
        ent.sector = ent.sector or best.sector
        if not ent.roles and best.role:
            ent.roles.append(best.role)
        ent.extra["kb"] = best.name

    def _propagate(
        self, entities: list[Entity], groups: dict[tuple[str, str], list[_Mention]]
    ) -> None:
        """Codes that follow from other entities: a ministry in a person's role takes the
        person's country; a treaty's parties are the countries around it."""
        self._officials_of_the_sentence(entities)
        people = [e for e in entities if e.type == "PERSON" and e.country]
        for e in entities:
            if (
                e.type == "ORG"
                and e.country is None
                and e.sector in {"GOV", "MIL", "LEG", "JUD", "COP", None}
            ):
                owners = {
                    p.country
                    for p in people
                    if any(e.name.casefold() in r.casefold() for r in p.roles)
                }
                if len(owners) == 1:
                    e.country = owners.pop()
            if e.type == "TREATY":
                e.extra["parties"] = self._parties(e, entities)

    def _officials_of_the_sentence(self, entities: list[Entity]) -> None:
        """A national official whose country neither the text nor the knowledge base gives
        ("Trade Minister Ana Lima said Brazil would ...", "Judge Ana Lima charged three
        Peruvian officials") takes the one country named in the sentence of a titled
        mention, when exactly one is."""
        todo = [
            e
            for e in entities
            if e.type == "PERSON"
            and e.country is None
            and e.sector in _NATIONAL_SECTORS
            and e.roles
        ]
        if not todo:
            return
        sents = [(s.start_char, s.end_char) for s in self.doc.sents]
        starts = [a for a, _ in sents]
        where: list[tuple[int, str]] = []
        for e in entities:
            if e.country and e.type in _PLACE_TYPES:
                where += [(m.span[0], e.country) for m in e.mentions]
        for e in todo:
            for m in e.mentions:
                if not m.extra.get("alias"):
                    continue  # only a titled mention ("President X") ties X to its sentence
                k = bisect.bisect_right(starts, m.span[0]) - 1
                lo, hi = sents[max(k, 0)]
                found = {c for at, c in where if lo <= at < hi}
                if len(found) == 1:
                    e.country = found.pop()
                    break

    def _parties(self, treaty: Entity, entities: list[Entity]) -> list[str]:
        """Countries named in the paragraphs where the treaty is mentioned (in order of
        mention), directly or through their people."""
        pars = self.art.paragraphs or [(0, len(self.text))]
        spans = [m.span for m in treaty.mentions]
        inside = [p for p in pars if any(p[0] <= s < p[1] for s, _ in spans)]
        found: list[tuple[int, str]] = []
        for e in entities:
            if e.type not in {"COUNTRY", "PERSON"} or not e.country:
                continue
            for m in e.mentions:
                if any(p[0] <= m.span[0] < p[1] for p in inside):
                    found.append((m.span[0], e.country))
                    break
        out: list[str] = []
        for _, c in sorted(found):
            if c not in out:
                out.append(c)
        return out


@lru_cache(maxsize=2)
def _forms_of(kb: Any) -> frozenset[str]:
    out: set[str] = set()
    for c in getattr(kb, "countries", ()):
        for f in (c.name, *c.aliases, *c.adjectives, *c.demonyms, *c.capitals):
            if " " not in f and f[:1].isupper() and f[1:].islower():
                out.add(f)
    return frozenset(out)


def _country_forms(kb: Any) -> frozenset[str]:
    """One-word country names, adjectives, demonyms and capitals as written."""
    return _forms_of(kb) if kb is not None else frozenset()


def _distinct_roles(roles: list[str]) -> list[str]:
    """Drop a role whose words all appear in a longer one ("President" beside "President
    of China")."""
    words = [set(r.casefold().split()) for r in roles]
    return [
        r
        for i, r in enumerate(roles)
        if not any(j != i and words[i] < words[j] for j in range(len(roles)))
    ]


def _norm(text: str) -> str:
    t = text.strip()
    if t[:4].lower() == "the ":
        t = t[4:]
    return re.sub(r"(?:'s|’s)$", "", t)


def extract_entities(art: Article) -> list[Entity]:
    """The entities of a parsed article, ids "e1", "e2"... in order of first mention."""
    if art.doc is None or not art.text:
        return []
    return _Extractor(art, _kb()).run()
