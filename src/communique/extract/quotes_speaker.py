"""Who is speaking: a cue's subject turned into a Speaker, resolved to an entity if one fits.

Named speakers take the entity whose mention covers the name; pronouns (he, she) take the
latest person mentioned before them; nominals ("the spokesperson", "the ministry") take the
latest entity whose role or name carries the noun, and are otherwise left unresolved.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from communique.extract.speech_cues import PERSON_NOUNS, PRONOUNS_PERSON, TITLES
from communique.record import Article, Entity, Speaker

_NP_LEFT = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "flat"}
_ORG_NOUNS = {
    "ministry",
    "government",
    "department",
    "office",
    "embassy",
    "agency",
    "company",
    "campaign",
    "committee",
    "council",
    "commission",
    "administration",
    "party",
    "army",
    "police",
    "court",
    "bank",
    "union",
    "organization",
    "organisation",
    "group",
}


@dataclass(slots=True)
class Mentions:
    """Entity mentions of an article sorted by start, and the person names the parse saw."""

    spans: list[tuple[int, int, Entity]]
    starts: list[int]
    persons: list[tuple[int, int, str, Entity | None]]

    @classmethod
    def of(cls, art: Article) -> Mentions:
        spans = sorted(
            ((m.span[0], m.span[1], e) for e in art.entities for m in e.mentions),
            key=lambda x: x[0],
        )
        persons: list[tuple[int, int, str, Entity | None]] = [
            (s, e, ent.name, ent) for s, e, ent in spans if ent.type == "PERSON"
        ]
        covered = [(s, e) for s, e, _ in spans]
        if art.doc is not None:
            for ent in art.doc.ents:
                if ent.label_ != "PERSON":
                    continue
                s, e = ent.start_char, ent.end_char
                if any(a < e and s < b for a, b in covered):
                    continue
                persons.append((s, e, _strip_titles(list(ent))[0] or ent.text, None))
        persons.sort(key=lambda x: x[0])
        return cls(spans, [s for s, _, _ in spans], persons)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end), if any."""
        i = bisect_left(self.starts, end)
        for j in range(i - 1, -1, -1):
            s, e, ent = self.spans[j]
            if s < end and start < e:
                return ent
            if e <= start and s < start - 200:
                break
        return None

    def last_person(self, before: int) -> tuple[str, Entity | None] | None:
        best = None
        for s, _e, name, ent in self.persons:
            if s >= before:
                break
            best = (name, ent)
        return best

    def last_with(self, before: int, noun: str, person: bool) -> Entity | None:
        """The latest entity mentioned before `before` whose role (person) or name has `noun`."""
        best = None
        for s, _e, ent in self.spans:
            if s >= before:
                break
            if person and ent.type == "PERSON" and any(noun in r.lower() for r in ent.roles):
                best = ent
            elif not person and ent.type != "PERSON" and noun in ent.name.lower():
                best = ent
        return best


def _strip_titles(tokens: list[Any]) -> tuple[str, str]:
    """(name, title) from a name's tokens: leading title words go to the title."""
    i = 0
    while i < len(tokens) - 1 and tokens[i].lower_ in TITLES:
        i += 1
    name = "".join(t.text_with_ws for t in tokens[i:]).strip()
    title = "".join(t.text_with_ws for t in tokens[:i]).strip()
    return name, title


def noun_phrase(head: Any) -> tuple[int, int]:
    """Token range [i, j) of the noun phrase a speaker head stands in (left modifiers, flat)."""
    lo = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT:
            lo = min(lo, child.left_edge.i)
    hi = head.i + 1
    for child in head.rights:
        if child.dep_ in ("flat", "compound") or (child.dep_ == "case" and child.i == hi):
            hi = max(hi, child.right_edge.i + 1)
        elif child.dep_ in ("cc", "conj") and child.i <= hi + 1:
            hi = max(hi, child.right_edge.i + 1)  # "Burton and Nick"
        else:
            break
    doc = head.doc
    while lo < head.i and doc[lo].is_punct:
        lo += 1
    return lo, hi


def _appos_role(head: Any) -> str | None:
    for child in head.rights:
        if child.dep_ == "appos":
            toks = [t for t in child.subtree if t.dep_ not in ("relcl",)]
            text = "".join(t.text_with_ws for t in toks).strip(" ,")
            words = text.split()
            if words and words[0].lower() in ("a", "an", "the"):
                text = " ".join(words[1:])
            return text or None
    return None


def make_speaker(head: Any, art: Article, mentions: Mentions) -> Speaker:
    """A Speaker for the subject token `head` of a cue."""
    doc = head.doc
    if head.lower_ in PRONOUNS_PERSON or (head.pos_ == "PRON" and head.lower_ in ("i", "we")):
        s, e = head.idx, head.idx + len(head)
        name: str | None = None
        ent_id: str | None = None
        role: str | None = None
        if head.lower_ in PRONOUNS_PERSON:
            found = mentions.last_person(s)
            if found is not None:
                name, ent = found
                if ent is not None:
                    ent_id, role = ent.id, (ent.roles[0] if ent.roles else None)
        return Speaker(name, ent_id, role, head.text, (s, e), art.raw_span(s, e))
    if head.pos_ == "PRON":
        s, e = head.idx, head.idx + len(head)
        return Speaker(None, None, None, head.text, (s, e), art.raw_span(s, e))
    lo, hi = noun_phrase(head)
    s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    text = art.text[s:e]
    ent = mentions.at(head.idx, head.idx + len(head))
    # The name is the run of proper nouns around the head; what precedes it is the role.
    i = head.i
    while i > lo and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in ("compound", "flat"):
        i -= 1
    j = head.i + 1
    while j < hi and doc[j].pos_ == "PROPN":
        j += 1
    role_toks = [t for t in doc[lo:i] if t.dep_ not in ("det", "punct", "case")]
    name = None
    title = ""
    if head.pos_ == "PROPN":
        name, title = _strip_titles(list(doc[i:j]))
    role_text = " ".join(
        x for x in ("".join(t.text_with_ws for t in role_toks).strip(), title) if x
    )
    role = role_text or _appos_role(head)
    if (
        ent is not None
        and ent.roles
        and role_toks
        and all(t.pos_ == "ADJ" or t.dep_ == "amod" or t.ent_type_ == "NORP" for t in role_toks)
        and not title
    ):
        # Only a nationality before the name ("Indian External Affairs Minister X" where
        # the parse cut the title off): the entity's role says more.
        role = ent.roles[0]
    if ent is not None:
        return Speaker(
            ent.name,
            ent.id,
            role or (ent.roles[0] if ent.roles else None),
            text,
            (s, e),
            art.raw_span(s, e),
        )
    if head.pos_ != "PROPN":
        noun = head.lemma_.lower()
        near: Entity | None = None
        if noun in PERSON_NOUNS:
            near = mentions.last_with(s, noun, person=True)
        elif noun in _ORG_NOUNS:
            near = mentions.last_with(s, noun, person=False)
        if noun in PERSON_NOUNS:
            role = role or noun  # "the spokesperson": the role is what the text calls them
        if near is not None:
            return Speaker(near.name, near.id, role, text, (s, e), art.raw_span(s, e))
        return Speaker(None, None, role, text, (s, e), art.raw_span(s, e))
    return Speaker(name or text, None, role, text, (s, e), art.raw_span(s, e))
