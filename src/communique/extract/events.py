"""Who did what to whom: events coded to PLOVER types and CAMEO codes.

Triggers come from a hand-written lexicon (data/events/lexicon.tsv): verbs ("condemned"),
event nouns governed by a light verb ("held talks", "imposed sanctions") or carrying their
own actor ("a Taliban attack"), and a few predicative adjectives ("critical of"). Source and
target are read off the dependency parse of the trigger's own clause (subject, object, the
prepositions the lexicon names, passive agents); a pronoun or "the two sides" is the only way
an actor comes from elsewhere. Quotes are coded too: an accusation or praise in a quote is an
ACCUSE or SUPPORT event by its speaker, dated by the quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from communique.extract.events_actors import (
    COLLECTIVE_HEADS,
    FIRST_PERSON,
    SECTOR_WORDS,
    THIRD_PERSON,
    ActorCoder,
    country_of,
    organisation_of,
    phrase_tokens,
)
from communique.extract.events_dates import DateIndex
from communique.extract.events_lexicon import DEFAULT_TARGETS, PLOVER, Entry, goldstein, lexicon
from communique.record import Actor, Article, Event

# Verbs whose object noun carries the event ("held talks", "launched an attack").
LIGHT_VERBS = set(
    "hold have conduct launch stage carry make give take reach sign impose provide send "
    "express issue file lodge begin start open announce pledge offer extend deliver mount "
    "wage seek grant lift ease voice level bring initiate unleash conclude strike seal go "
    "order declare enter engage resume continue step intensify host attend join pay "
    "approve accept finalize finalise agree renew call get do perform set establish "
    "organize organise lead convene stage face receive".split()
)
# Verbs whose subject is the actor of the event noun they carry even when the noun has a
# possessor ("reiterated Turkey's support", "ordered the tanker's release").
CARRIERS = set(
    "reiterate reaffirm restate repeat express voice convey pledge offer announce extend "
    "order approve declare renew promise".split()
)
# Event nouns whose possessor undergoes the act ("the tanker's release").
PATIENT_NOUNS = set(
    "release arrest detention extradition deportation expulsion pardon execution trial "
    "conviction prosecution capture rescue evacuation".split()
)
# Nouns that name actors, not acts, unless a verb makes them an event ("sent peacekeepers").
ACTOR_NOUNS = {"peacekeeper", "observer", "troop", "weapon", "arm", "missile", "bomb", "fund"}
PERSON_OBJECTS = {"prisoner", "hostage", "detainee", "captive", "ambassador", "diplomat", "envoy"}
# What one can attack only with words.
VERBAL_TARGETS = set(
    "record policy policies decision plan proposal remark comment statement stance "
    "view idea claim report law bill budget strategy approach handling performance".split()
)
STATIVE_PASSIVES = {"oppose", "commit", "determine", "prepare", "resolve", "dedicate"}
# A verb with this dependent word is no event ("plead guilty").
NOT_EVENTS = {("plead", "guilty"), ("plead", "innocent")}
# Protest verbs that mean something else with a direct object ("demonstrate resolve").
INTRANSITIVE = {"demonstrate", "march", "rally", "riot"}
# Light verbs whose subject receives the event ("faced criticism", "came under attack").
RECEIVING = set("face receive suffer draw attract come win earn get".split())
# Governors of an infinitive/clause whose content is part of their own event (PLOVER codes
# "threatened to shell" as THREATEN, not also as ASSAULT).
FOLD_TYPES = {"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE"}
RECIPROCAL = set(
    "meet talk discuss negotiate confer consult meeting talk negotiation discussion "
    "consultation dialogue summit conversation call agree agreement deal accord treaty pact "
    "cooperate collaborate cooperation co-operation collaboration partnership clash fighting "
    "relation tie exchange consensus understanding coordinate coordination exercise drill game "
    "maneuver manoeuvre".split()
)
SPEECH = set(
    "say tell claim report announce state add allege insist note stress assert declare "
    "argue reiterate confirm reveal write explain warn point underscore emphasize emphasise "
    "believe think suggest acknowledge indicate".split()
)
INTEND = set("plan intend aim want hope seek prepare wish try attempt mean".split())
FUTURE_GOV = set("schedule set expect due agree promise pledge vow offer commit".split())
HYPO_GOV = set(
    "threaten urge call ask demand propose consider suggest recommend request need "
    "order encourage press warn invite".split()
)
NEG_GOV = set("refuse fail decline deny reject avoid stop".split())
FUTURE_ADJ = set("upcoming planned forthcoming scheduled next future expected coming".split())
HYPO_ADJ = set("possible potential proposed prospective hypothetical".split())
_RANK = {"asserted": 0, "reported": 1, "intended": 2, "future": 2, "hypothetical": 3, "negated": 4}
# Words that make a quote an accusation or a praise of someone it names.
ACCUSE_CUES = set(
    "interfere meddle lie lies rumor rumour smear slander malicious violate violation provoke "
    "undermine hypocrisy hypocritical bully bullying hegemony hegemonic groundless baseless "
    "irresponsible politicize politicise distort fabricate slanderous smears bias biases "
    "interference meddling aggression aggressive coercion coercive destabilize destabilise "
    "blackmail sabotage hostile".split()
)
PRAISE_CUES = set(
    "best model excellent trust friendship success successful fruitful praise appreciate "
    "commend hail exemplary strong strategic".split()
)


@dataclass
class _Cand:
    """A trigger found in the parse, before actors and dating are attached."""

    entry: Entry
    trigger: Any  # the token that names the event (verb, noun or adjective)
    gov: Any  # the verb whose clause holds the actors
    span: tuple[int, int]  # trigger span in the cleaned text
    nominal: bool = False
    combo: bool = False
    content: list[dict[str, Any]] = field(default_factory=list)
    inner: list[_Cand] = field(default_factory=list)


@dataclass
class _Ctx:
    art: Article
    coder: ActorCoder
    dates: DateIndex
    quotes: list[tuple[int, int, Any]]
    history: list[Event] = field(default_factory=list)
    people: set[str] = field(default_factory=set)  # ids of PERSON entities
    firms: set[str] = field(default_factory=set)  # ids of ORG entities named as companies
    business: bool = False  # the article is a business story (_business_story)
    places: list[Any] = field(default_factory=list)  # GPE/NORP spans of the doc
    sents: list[Any] = field(default_factory=list)
    sent_index: dict[int, int] = field(default_factory=dict)  # sentence start -> index


@lru_cache(maxsize=1)
def _default_min_confidence() -> float:
    from communique.settings import load_settings

    return float(load_settings().get("events.min_confidence", 0.0))


def extract_events(art: Article, min_confidence: float | None = None) -> list[Event]:
    """Events of a parsed article, in text order; those under the confidence threshold
    ([events] min_confidence, or the argument) are left out."""
    if art.doc is None:
        return []
    if min_confidence is None:
        settings = art.meta.get("settings")
        min_confidence = (
            float(settings.get("events.min_confidence", 0.0))
            if settings is not None
            else _default_min_confidence()
        )
    ctx = _Ctx(art, ActorCoder(art), DateIndex(art), _quote_spans(art))
    ctx.people = {e.id for e in art.entities if e.type == "PERSON"}
    ctx.business = _business_story(art.doc)
    ctx.firms = {e.id for e in art.entities if _firm_like(e, ctx.business)}
    ctx.places = [e for e in art.doc.ents if e.label_ in ("GPE", "NORP")]
    events: list[Event] = []
    ctx.sents = list(art.doc.sents)
    ctx.sent_index = {s.start: i for i, s in enumerate(ctx.sents)}
    for sent in ctx.sents:
        for cand in _candidates(sent):
            events.extend(_build(ctx, cand, sent))
    events.extend(_statements(ctx, events))
    events.sort(key=lambda e: (e.trigger.span[0], e.extra.get("mirror", False)))
    _context_dates(ctx, events)
    return [e for e in events if e.confidence >= min_confidence]


# --------------------------------------------------------------------------- triggers


def _phrasal(tok: Any) -> list[str]:
    """Lemma forms to look up: "call on", "step down", "lay down", then the bare lemma."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)  # (each walk over children builds Token objects anew)
    forms = [f"{lemma} {c.lower_}" for c in kids if c.dep_ == "prt"]
    for c in kids:
        if (
            c.dep_ == "prep"
            and (c.i == tok.i + 1 or c.lower_ in ("on", "upon", "for"))
            and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
        ):
            forms.append(f"{lemma} {c.lower_}")
    for c in kids:
        if c.dep_ == "dobj" and c.i == tok.i + 1:
            forms.append(f"{lemma} {c.lemma_.lower()}")
    forms.append(lemma)
    return forms


def _noun_entry(tok: Any) -> Entry | None:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    # A compound right before the noun ("air strike"), or across a hyphen ("cease-fire"
    # parsed as "cease" "-" "fire"); looked up by position, not by walking the children.
    doc, i = tok.doc, tok.i
    comp, sep = None, " "
    if i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == i:
        comp = doc[i - 1]
    elif i > 1 and doc[i - 1].text == "-":
        prev = doc[i - 2]
        if prev.dep_ == "compound" and prev.head.i == i:
            comp, sep = prev, "-"
    if comp is not None:
        got = lex.noun(f"{comp.lemma_.lower()}{sep}{lemma}")
        if got:
            return got
    got = lex.noun(lemma) or lex.noun(tok.lower_)
    if got is None and lemma in ("state", "act", "campaign", "wave", "series"):
        # "state of emergency", "act of aggression": the event sits in the of-phrase.
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return lex.noun(p.lemma_.lower())
    return got


def _candidates(sent: Any) -> list[_Cand]:
    lex = lexicon()
    out: list[_Cand] = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound", "aux", "auxpass"):
            entry: Entry | None = None
            forms = _phrasal(tok)
            for form in forms:
                entry = lex.verb(form)
                if entry:
                    break
            combo = _combo(tok, forms)
            if combo is not None:
                noun, centry = combo
                used.add(noun.i)
                s, e = min(tok.idx, noun.idx), max(tok.idx + len(tok), noun.idx + len(noun))
                out.append(_Cand(centry, noun, tok, (s, e), nominal=True, combo=True))
                continue
            nominal = _light_object(tok)
            if nominal is not None:
                noun, nentry = nominal
                if (
                    tok.lemma_.lower() in LIGHT_VERBS
                    or entry is None
                    or (entry.weight < 0.5 and entry.type not in FOLD_TYPES)
                ):
                    used.add(noun.i)
                    s, e = min(tok.idx, noun.idx), max(tok.idx + len(tok), noun.idx + len(noun))
                    out.append(_Cand(nentry, noun, tok, (s, e), nominal=True))
                    continue
            if (
                entry is not None
                and entry.lemma in INTRANSITIVE
                and any(c.dep_ == "dobj" for c in tok.children)
            ):
                entry = None  # "demonstrate new vitality" is not a street protest
            if entry is not None and any(
                (entry.lemma, c.lower_) in NOT_EVENTS for c in tok.children
            ):
                entry = None  # "pleaded guilty" asks nobody for anything
            if entry is not None and entry.weight > 0:
                out.append(_Cand(entry, tok, tok, (tok.idx, tok.idx + len(tok))))
        elif tok.pos_ == "NOUN" and not (tok.text[:1].isupper() and tok.i > sent.start):
            # (a capitalised noun mid-sentence is part of a name: "Kool-Aid", "Live Aid")
            noun_entry = _noun_entry(tok)
            if noun_entry is None:
                continue
            gov = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else None
            has_own = any(
                c.dep_ in ("poss", "compound", "amod")
                and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                for c in tok.children
            ) or any(c.dep_ == "prep" and c.lower_ in ("by", "between") for c in tok.children)
            if has_own and tok.lemma_.lower() not in ACTOR_NOUNS:
                used.add(tok.i)
                out.append(
                    _Cand(
                        noun_entry,
                        tok,
                        gov if gov is not None and gov.pos_ == "VERB" else tok,
                        (tok.idx, tok.idx + len(tok)),
                        nominal=True,
                    )
                )
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            aentry = lex.adjectives.get(tok.lemma_.lower())
            if aentry:
                out.append(_Cand(aentry, tok, tok.head, (tok.idx, tok.idx + len(tok))))
    return _fold(out)


def _combo(verb: Any, forms: list[str] | None = None) -> tuple[Any, Entry] | None:
    """A verb acting on an event noun that the lexicon codes as a pair ("suspended aid",
    "lifted the ban", "violated the ceasefire")."""
    lex = lexicon()
    verbs = _combo_verbs()
    vlemmas = []
    for form in forms if forms is not None else _phrasal(verb):
        parts = form.split()
        v = parts[0] if len(parts) > 1 and parts[1] in ("off", "up", "down", "out") else form
        if v in verbs:
            vlemmas.append(v)
    if not vlemmas:
        return None  # (most verbs pair with no noun: skip the walk over the objects)
    nouns: list[tuple[Any, str]] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") or (
            c.dep_ == "prep" and c.lower_ in ("on", "from", "out", "for")
        ):
            for n in [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]:
                if _non_actor(n):
                    continue  # "held talks on March 3" is not a march
                lemma = n.lemma_.lower()
                if lemma in ("state", "act"):  # "lifted the state of emergency"
                    of = [
                        p
                        for c2 in n.children
                        if c2.dep_ == "prep" and c2.lower_ == "of"
                        for p in c2.children
                        if p.dep_ == "pobj"
                    ]
                    lemma = of[0].lemma_.lower() if of else lemma
                nouns.append((n, lemma))
    for v in vlemmas:
        for n, lemma in nouns:
            got = lex.combo(v, lemma)
            if got is not None:
                return n, got
    return None


@lru_cache(maxsize=1)
def _combo_verbs() -> frozenset[str]:
    return frozenset(v for v, _ in lexicon().combos)


def _light_object(verb: Any) -> tuple[Any, Entry] | None:
    """The event noun a verb governs as object ("held talks", "went on strike")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr"):
            got = _noun_entry(c)
            if got:
                return c, got
    if verb.lemma_.lower() in LIGHT_VERBS:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "in", "into", "under"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        got = _noun_entry(p)
                        if got:
                            return p, got
    return None


def _fold(cands: list[_Cand]) -> list[_Cand]:
    """Drop events that are the content of another ("agreed to release", "urged X to leave"),
    keeping them as that event's `content`."""
    by_gov = {c.gov.i: c for c in cands}
    by_gov.update({c.trigger.i: c for c in cands if not c.nominal})
    keep: list[_Cand] = []
    for c in cands:
        t = c.gov
        outer = None
        for _ in range(3):
            if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
                break
            if t.dep_ == "conj":
                break
            t = t.head
            if t.i in by_gov and by_gov[t.i] is not c and by_gov[t.i].entry.type in FOLD_TYPES:
                outer = by_gov[t.i]
                break
        if outer is not None:
            outer.content.append(
                {"type": c.entry.type, "cameo": c.entry.cameo, "text": c.trigger.text}
            )
            outer.inner.append(c)
        else:
            keep.append(c)
    return keep


# --------------------------------------------------------------------------- actors


def _subject(gov: Any) -> tuple[Any | None, bool]:
    """(subject token, passive?) of a verb, inherited through xcomp/conj/relative clauses
    and gerunds ("violated the ceasefire by shelling ...")."""
    t = gov
    passive_path = False  # a passive verb on the way up ("having been charged with fraud")
    for _ in range(5):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")]
        if subjects:
            # Two subjects: the first is a dateline the parser took for one ("KABUL (AP):
            # President X has held ..."); the one nearest the verb is the real subject.
            c = subjects[-1] if len(subjects) > 1 and subjects[-1].i < t.i else subjects[0]
            headline_passive = (
                t.i == gov.i
                and t.tag_ == "VBN"
                and c.dep_ == "nsubj"
                and not any(a.dep_ in ("aux", "auxpass", "dobj") for a in t.children)
                and any(a.dep_ == "agent" or a.lower_ in ("of", "with") for a in t.children)
            )  # "Firm accused of fraud": a headline's passive without its auxiliary
            return _past_dateline(c), c.dep_ == "nsubjpass" or passive_path or headline_passive
        if t.dep_ in ("xcomp", "conj", "advcl") and t.head.i != t.i:
            if t.i != gov.i or t.dep_ != "conj" or any(a.dep_ == "auxpass" for a in t.children):
                passive_path = passive_path or any(a.dep_ == "auxpass" for a in t.children)
            elif t.tag_ == "VBN" and not any(a.dep_ == "aux" for a in t.children):
                # "was arrested and charged": a bare participle shares its head's voice.
                passive_path = any(a.dep_ == "auxpass" for a in t.head.children) or (
                    t.head.dep_ in ("advcl", "xcomp")
                    and any(a.dep_ == "auxpass" for a in t.head.children)
                )
            t = t.head
            continue
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head
            continue
        if t.dep_ in ("relcl", "acl") and t.head.i != t.i:
            noun = t.head
            if (
                t.dep_ == "acl"
                and t.tag_ == "VBG"
                and (_noun_entry(noun) is not None or noun.lemma_.lower() in DOCUMENTS)
                and noun.head.pos_ in ("VERB", "AUX")
            ):
                # "filed a lawsuit accusing X": the one who filed accuses.
                t = noun.head
                continue
            return noun, t.tag_ == "VBN" and t.dep_ == "acl"
        break
    return None, False


DOCUMENTS = set(
    "statement report letter resolution lawsuit complaint communique declaration "
    "motion petition ruling decision bill order".split()
)
_DATELINE_SEPS = {"--", "-", "—", "–", ":", "(", "|"}


def _past_dateline(subj: Any) -> Any:
    """A subject parsed inside a dateline ("KABUL (AP) -- The OIC condemned ...") gives way
    to the noun phrase after the dateline's separator."""
    # The sentence start from the few tokens before the subject (Token.sent walks the doc).
    doc = subj.doc
    start = next(
        (j for j in range(subj.i, max(subj.i - 7, -1), -1) if doc[j].is_sent_start or j == 0),
        None,
    )
    if start is None or subj.left_edge.i != start:
        return subj
    seps = [
        t
        for t in doc[subj.i + 1 : min(len(doc), subj.i + 7)]
        if t.text in _DATELINE_SEPS and t.whitespace_
    ]
    if not seps:
        return subj
    after = seps[0].i
    if subj.ent_type_ not in ("GPE", "LOC", "ORG") and not subj.text.isupper():
        return subj
    for chunk in subj.sent.noun_chunks:
        if chunk.start > after:
            return chunk.root
    return subj


def _control_object(gov: Any, etype: str = "") -> Any | None:
    """ "ordered X to appear", "convicted X to pay", "demanded that X resign": the subject of
    the verb's complement."""
    for c in gov.children:
        infinitive = any(a.tag_ == "TO" for a in c.children)
        if c.dep_ in ("ccomp", "xcomp") and (infinitive or etype == "REQUEST"):
            for cc in c.children:
                if cc.dep_ in ("nsubj", "nsubjpass") and cc.pos_ != "PRON":
                    return cc
    return None


def _implied_source(gov: Any) -> Any | None:
    """ "X was arrested in Rwanda": the state where a passive coercive act happened."""
    for c in gov.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from"):
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == "GPE":
                    return p
    return None


def _agent(gov: Any) -> Any | None:
    for c in gov.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


NON_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}


def _of_head(tok: Any) -> Any:
    """ "dozens of activists", "one of two men", "hundreds of banks": the counted noun."""
    if not (_non_actor(tok) or tok.lemma_.lower() in QUANTITY_WORDS):
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return tok


QUANTITY_WORDS = set("dozen hundred thousand million score number group some many few".split())


def _slot(tok: Any, slot: str) -> Any | None:
    got = _slot_any(tok, slot)
    if got is None and slot != "dobj":
        # "gave equipment to Nicaragua": the preposition may hang on the object.
        for c in tok.children:
            if c.dep_ == "dobj":
                got = _slot_any(c, slot)
                break
    if got is not None:
        got = _of_head(got)
    if got is not None and _non_actor(got):
        return None  # "agreed on Wednesday", "provided $2 million"
    return got


THEME_TYPES = {
    "AID",
    "MOBILIZE",
    "RETREAT",
    "REQUEST",
    "COOPERATE",
    "AGREE",
    "SANCTION",
    "REJECT",
    "CONCEDE",
}


def _animate(tok: Any, etype: str) -> bool:
    """Could this token name a party to an event (a person, group, place or state)?"""
    lemma = tok.lemma_.lower()
    if (
        any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our")
            for c in tok.children
        )
        and etype in THEME_TYPES
    ):
        return False  # "withdraw its troops", "extend their mission": the actor's own
    if etype in ("AID", "MOBILIZE") and SECTOR_WORDS.get(lemma) == "MIL":
        return False  # "sent troops": the troops are what is sent
    if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC"):
        return True
    if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that")):
        return True
    if etype not in THEME_TYPES:
        return True  # a thing attacked, condemned or rejected is a fair target
    return lemma in SECTOR_WORDS or lemma in PERSON_OBJECTS


def _party(gov: Any, trigger: Any, theme: Any, src: Any) -> Any | None:
    """An animate object of a preposition in the clause, other than the source."""
    skip = {t.i for t in src.subtree} if src is not None else set()
    found: list[tuple[int, int, Any]] = []
    order = ("to", "for", "against", "on", "with", "from", "by", "of", "into", "in", "at")
    for rank, head in enumerate((gov, trigger, theme)):
        for c in head.children:
            if (
                c.dep_ in ("prep", "agent", "dative")
                and c.lower_ in order
                and (c.lower_ not in ("of", "by") or head.i == theme.i)
            ):
                for p in c.children:
                    if (
                        p.dep_ == "pobj"
                        and p.i not in skip
                        and p.i != theme.i
                        and (
                            p.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC")
                            or p.pos_ == "PROPN"
                            or p.lemma_.lower() in SECTOR_WORDS
                        )
                        and not _non_actor(p)
                    ):
                        found.append((order.index(c.lower_), rank, p))
    if not found:
        # "provided $2 million to help refugees in Jordan": the purpose clause names them.
        for c in gov.children:
            if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children):
                for d in c.children:
                    if (
                        d.dep_ == "dobj"
                        and d.i not in skip
                        and (
                            d.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                            or d.pos_ == "PROPN"
                            or d.lemma_.lower() in SECTOR_WORDS
                        )
                    ):
                        return d
                got = _party(c, c, c, src) if c.i != gov.i else None
                if got is not None:
                    return got
    return min(found, key=lambda x: (x[0], x[1]))[2] if found else None


_CALENDAR = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today yesterday tomorrow".split()
)


def _non_actor(tok: Any) -> bool:
    """Dates, numbers and amounts are never parties to an event."""
    return (
        tok.ent_type_ in NON_ACTOR_ENTS
        or tok.lower_ in _CALENDAR
        or tok.like_num
        or tok.pos_ == "NUM"
    )


def _named(tok: Any) -> bool:
    """A token that names a party: an entity, a proper noun or an actor word."""
    return (
        tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC")
        or tok.pos_ in ("PROPN", "PRON")
        or tok.lemma_.lower() in SECTOR_WORDS
        or tok.lemma_.lower() in PERSON_OBJECTS
    )


def _named_target(tok: Any, exclude: set[int], etype: str = "", deep: bool = False) -> Any | None:
    """A named actor or place in the clause ("declared a state of siege in Pando",
    "agreed to lend $1 billion to Indonesia") when no slot of the lexicon filled; `deep`
    also looks into participles on nouns ("sanctions imposed on India")."""
    toks = _clause_tokens(tok)
    if deep:
        seen = {t.i for t in toks}
        for t in list(toks):
            for c in t.children:
                if (c.dep_ == "acl" and c.tag_ == "VBN") or (
                    c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                ):
                    toks.extend(x for x in _clause_tokens(c) if x.i not in seen)
    for t in toks:
        if t.i in exclude or t.dep_ not in ("pobj", "dobj", "dative"):
            continue
        preps: tuple[str, ...] = ("to", "with", "against", "on", "into", "for", "from")
        if etype not in ("CONSULT", "SUPPORT", "COOPERATE"):
            preps += ("in", "at")  # where people meet is a place, not a party
        if t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC") and (
            t.dep_ != "pobj" or t.head.lower_ in preps
        ):
            return t
    return None


# Objects that stand for an act or a permission, not a thing acted on.
ABSTRACT_OBJECTS = set(
    "state act access permission information rule control order measure step right "
    "responsibility role effort plan programme program mission process".split()
)


def _abstract(tok: Any) -> bool:
    """An object that names an act ("sanctions", "a state of siege") rather than a party or
    a thing acted on ("an army base", "the legislation")."""
    return _noun_entry(tok) is not None or tok.lemma_.lower() in ABSTRACT_OBJECTS


def _force(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    return SECTOR_WORDS.get(lemma) in ("MIL", "COP") or lemma in ACTOR_NOUNS


def _against(gov: Any, exclude: set[int]) -> Any | None:
    """The first object of "against" in the clause (through purpose phrases)."""
    for t in gov.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "against" and t.i not in exclude:
            if not _non_actor(t):
                return _of_head(t)
    return None


HANDOVER = {"AID", "MOBILIZE", "RETREAT", "COOPERATE"}


def _owned(tok: Any, etype: str) -> bool:
    """A thing that carries its party's name ("a US resolution", "May's agreement", "U.S.
    calls"): rejected, condemned or lifted, it is the target itself; only what is handed
    over ("U.S. equipment to Nicaragua") points past itself to a recipient."""
    if etype in HANDOVER:
        return False
    return any(
        c.dep_ in ("poss", "compound", "amod", "nmod")
        and c.pos_ != "PRON"
        and (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or c.pos_ == "PROPN")
        for c in tok.children
    )


def _actor_behind(tok: Any, gov: Any, src: Any) -> Any | None:
    """For a target that is an act or a thing: its own named actor (possessor, "by" agent,
    a participle's agent), else the person the governing verb acts on."""
    skip = {t.i for t in src.subtree} if src is not None else set()
    if _noun_entry(tok) is not None or tok.lemma_.lower() in ("move", "behaviour", "behavior"):
        for c in tok.children:
            if c.i in skip:
                continue
            if c.dep_ == "poss" and c.pos_ != "PRON" and _named(c):
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                by = next((p for p in c.children if p.dep_ == "pobj"), None)
                if by is not None and _named(by):
                    return by
            if c.dep_ == "acl":
                agent = _agent(c)
                if agent is not None and _named(agent):
                    return agent
    if gov.dep_ in ("xcomp", "advcl") and gov.head.pos_ == "VERB":
        for c in gov.head.children:
            if (
                c.dep_ == "dobj"
                and c.i not in skip
                and c.pos_ != "PRON"
                and (c.lemma_.lower() in PERSON_OBJECTS or c.ent_type_ == "PERSON")
            ):
                return c
    return None


def _fallback_target(gov: Any, exclude: set[int], etype: str = "") -> Any | None:
    """The first named party or place anywhere under the trigger's verb, else the person the
    verb's governor acts on ("summoned the ambassador to complain"): a target the slots of
    the lexicon did not reach is still most likely one the clause names."""
    meet = etype in ("CONSULT", "SUPPORT", "COOPERATE")
    for t in gov.subtree:
        if meet and t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
            continue  # where people met is a place, not a party
        if (
            t.i not in exclude
            and t.dep_ in ("dobj", "pobj", "dative")
            and t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC")
            and not _non_actor(t)
        ):
            return t
    for t in gov.subtree:
        # "refused to allow aid workers ...", "until Cuba undertakes reforms": a person
        # acted on, or whoever the condition waits for.
        if t.i in exclude or t.pos_ == "PRON" or _non_actor(t):
            continue
        if t.dep_ in ("dobj", "dative") and (
            t.lemma_.lower() in SECTOR_WORDS or t.lemma_.lower() in PERSON_OBJECTS
        ):
            return t
        if (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.head.dep_ == "advcl"
            and any(m.lower_ in ("until", "unless", "before") for m in t.head.children)
            and _named(t)
        ):
            return t
    if gov.dep_ in ("xcomp", "advcl") and gov.head.pos_ == "VERB":
        for c in gov.head.children:
            if c.dep_ == "dobj" and c.i not in exclude and _named(c) and c.pos_ != "PRON":
                return c
    return None


def _slot_any(tok: Any, slot: str) -> Any | None:
    for c in tok.children:
        if slot == "dobj" and c.dep_ in ("dobj", "dative"):
            return c
        if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ == slot:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _actors(ctx: _Ctx, head: Any | None, sent: Any, quote: Any) -> list[Actor]:
    if head is None:
        return []
    out: list[Actor] = []
    heads = [head] + [
        c for c in head.conjuncts if c.i > head.i and c.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    for h in heads:
        if h.pos_ == "PRON" or h.tag_ in ("WP", "WDT") or _collective(h):
            got = _resolve(ctx, h, sent, quote)
            if got:
                out.extend(got)
                continue
            if h.tag_ in ("WP", "WDT") or h.lower_ in ("that", "which", "who"):
                continue
        toks = phrase_tokens(h)
        out.extend(ctx.coder.actor(toks, h))
    return out


def _collective(tok: Any) -> bool:
    """ "the two sides", "both countries", "the two presidents"."""
    if tok.lemma_.lower() not in COLLECTIVE_HEADS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.lower_ in ("two", "both") for c in tok.children)


def _resolve(ctx: _Ctx, tok: Any, sent: Any, quote: Any) -> list[Actor]:
    """Antecedent actors of a pronoun or collective phrase, given the pronoun's own span."""
    low = tok.lower_
    span = (tok.idx, tok.idx + len(tok))
    if tok.tag_ in ("WP", "WDT") or low in ("who", "which", "that"):
        anchor = tok.head
        while anchor.dep_ not in ("relcl",) and anchor.head.i != anchor.i:
            anchor = anchor.head
        if anchor.dep_ == "relcl":
            return ctx.coder.actor(phrase_tokens(anchor.head), anchor.head)
        return []
    if low in FIRST_PERSON:
        if quote is not None and quote.speaker is not None:
            return [_speaker_actor(ctx, quote, span)]
        return []
    if low in THIRD_PERSON:
        # "X said it supports ...": the speaker of the clause the pronoun sits in.
        t = tok.head
        while t.head.i != t.i and t.dep_ not in ("ccomp",):
            t = t.head
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH:
            subj, _ = _subject(t.head)
            if subj is not None and subj.pos_ != "PRON":
                # Same sentence: the antecedent's own span is the better evidence.
                return ctx.coder.actor(phrase_tokens(subj), subj)
    if low in ("they", "them") or _collective(tok):
        for ev in reversed(ctx.history[-6:]):
            if ev.extra.get("reciprocal") and ev.trigger.span[0] >= sent.start_char - 2000:
                return [_relabel(a, ctx, span) for a in ev.source + ev.target]
        if _collective(tok):
            return []
        return [_relabel(a, ctx, span) for a in _previous_subject(ctx, sent, "plural")]
    if low == "it":
        return [_relabel(a, ctx, span) for a in _previous_subject(ctx, sent, "body")]
    if low in ("he", "she", "him", "her"):
        # Nearest person named earlier in the same sentence.
        for t in reversed(list(sent[: tok.i - sent.start])):
            if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and (
                t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.lemma_.lower() in SECTOR_WORDS)
            ):
                return ctx.coder.actor(phrase_tokens(t), t)
        got = _previous_subject(ctx, sent, "person")
        if got:
            return [_relabel(a, ctx, span) for a in got]
        for ev in reversed(ctx.history[-4:]):
            if ev.trigger.span[0] < sent.start_char - 1500:
                break
            for a in ev.source:
                if a.text and a.text[:1].isupper() and a.text.lower() not in THIRD_PERSON:
                    return [_relabel(a, ctx, span)]
    return []


PERSON_ROLES = set(
    "minister president official spokesman spokeswoman spokesperson ambassador diplomat "
    "envoy leader king queen prince governor mayor secretary premier chancellor commander "
    "general officer soldier judge prosecutor lawmaker senator legislator chief head "
    "director chairman man woman".split()
)


def _previous_subject(ctx: _Ctx, sent: Any, kind: str) -> list[Actor]:
    """The actor a pronoun at the start of a story's next sentence most often stands for:
    the main subject of the sentence before ("The ministry condemned X. It said ..."),
    when it agrees with the pronoun (`kind`: body for "it", plural for "they", person for
    "he"/"she")."""
    i = ctx.sent_index.get(sent.start)
    if not i:
        return []
    prev = ctx.sents[i - 1]
    if sent.start_char - prev.end_char > 2:  # (a paragraph break: a new topic may begin)
        return []
    subj, passive = _subject(prev.root)
    if subj is None or passive or subj.pos_ == "PRON" or not _agentive(subj):
        return []
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in PERSON_ROLES
    ok = {
        "body": not plural and not person,
        "plural": plural,
        "person": person and not plural,
    }[kind]
    return _actors(ctx, subj, prev, None) if ok else []


def _relabel(a: Actor, ctx: _Ctx, span: tuple[int, int]) -> Actor:
    """The antecedent's identity at the pronoun's place in the text."""
    return Actor(
        a.name,
        a.entity,
        a.code,
        a.country,
        a.sector,
        ctx.art.text[span[0] : span[1]],
        span,
        ctx.art.raw_span(*span),
    )


def _speaker_actor(ctx: _Ctx, quote: Any, span: tuple[int, int] | None = None) -> Actor:
    sp = quote.speaker
    ent = next((e for e in ctx.art.entities if sp.entity and e.id == sp.entity), None)
    country = ent.country if ent else None
    sector = ent.sector if ent else None
    if ent is None:
        coded = ctx.coder.actor_for_span(sp.span)
        if coded:
            country, sector = coded.country, coded.sector
    s, e = span or sp.span
    return Actor(
        name=(ent.name if ent else sp.name) or sp.text,
        entity=sp.entity,
        code=((country or "") + (sector or "")) or None,
        country=country,
        sector=sector,
        text=ctx.art.text[s:e],
        span=(s, e),
        raw_span=ctx.art.raw_span(s, e),
    )


# --------------------------------------------------------------------------- events


def _modality(cand: _Cand, sent: Any) -> str:
    best = "asserted"

    def bump(m: str) -> None:
        nonlocal best
        if _RANK[m] > _RANK[best]:
            best = m

    if cand.nominal:
        for c in cand.trigger.children:
            if c.lower_ in ("no",) and c.dep_ == "det":
                bump("negated")
            if c.dep_ in ("amod", "compound") and c.lower_ in FUTURE_ADJ:
                bump("future")
            if c.dep_ in ("amod", "compound") and c.lower_ in HYPO_ADJ:
                bump("hypothetical")
    t = cand.gov
    first = True
    for _ in range(5):
        for c in t.children:
            if c.dep_ == "neg" and (first or t.lemma_.lower() not in SPEECH):
                bump("negated")
            if c.dep_ in ("aux", "auxpass") and first:
                low = c.lower_
                if low in ("will", "shall", "'ll", "wo"):
                    bump("future")
                elif low in ("would", "'d") and _reported_future(t):
                    bump("future")  # "said they would blockade Paris": future in the past
                elif low in ("would", "could", "might", "may", "should", "must", "can", "'d"):
                    bump("hypothetical")
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                bump("hypothetical")
        lemma = t.lemma_.lower()
        if not first:
            if lemma in NEG_GOV:
                bump("negated")
            elif lemma in HYPO_GOV:
                bump("hypothetical")
            elif lemma in INTEND:
                bump("intended")
            elif lemma in FUTURE_GOV:
                bump("future")
            elif lemma in SPEECH or lemma == "accord":
                bump("reported")
            elif lemma == "go" and any(c.dep_ == "aux" for c in t.children):
                bump("future")
        if (
            t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep")
            or t.head.i == t.i
        ):
            break
        t = t.head
        first = False
    if best == "asserted" and "according to" in sent.text.lower():
        best = "reported"
    return best


def _reported_future(verb: Any) -> bool:
    """A clause reported by a speech verb and not conditional: its "would" is the future
    of the report ("said it would allow"), not a hypothesis."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH:
        return False
    return not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children
    ) and not any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _quote_at(ctx: _Ctx, pos: int) -> Any:
    for s, e, q in ctx.quotes:
        if s <= pos < e:
            return q
    return None


def _quote_spans(art: Article) -> list[tuple[int, int, Any]]:
    out = []
    for q in art.quotes:
        for s, e in q.spans:
            out.append((s, e, q))
    return out


def _clause(gov: Any) -> tuple[int, int]:
    toks = list(gov.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _location(ctx: _Ctx, cand: _Cand, taken: set[int]) -> dict[str, str | None] | None:
    """ "in Beijing", "at the Kremlin": a place attached to the trigger's clause."""
    for tok in _clause_tokens(cand.gov):
        if (
            tok.dep_ == "prep"
            and tok.lower_ in ("in", "at", "near", "outside")
            and tok.i not in taken
        ):
            for p in tok.children:
                if p.dep_ != "pobj" or p.i in taken:
                    continue
                if p.ent_type_ in ("GPE", "LOC", "FAC"):
                    ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
                    name = ent.text if ent is not None else p.text
                    country = country_of(name) or _country_in_phrase(p)
                    return {"name": name, "country": country}
                if p.lemma_.lower() in PLACE_NOUNS:  # "the Iraqi city of Basra"
                    country = _country_in_phrase(p)
                    if country:
                        toks = list(p.subtree)
                        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
                        return {"name": ctx.art.text[s:e], "country": country}
    return None


PLACE_NOUNS = set(
    "city town village province region capital district area border camp "
    "state county port island".split()
)


def _country_in_phrase(tok: Any) -> str | None:
    """A country named anywhere in a place phrase ("the Iraqi city of Basra")."""
    for t in tok.subtree:
        if t.ent_type_ in ("GPE", "NORP") or t.pos_ in ("PROPN", "ADJ"):
            c = country_of(t.text)
            if c:
                return c
    return None


def _clause_tokens(gov: Any) -> list[Any]:
    """Tokens of the clause headed by gov, not descending into other clauses."""
    out = []
    stack = [gov]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ not in ("relcl", "ccomp", "advcl", "acl", "conj", "parataxis"):
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _build(ctx: _Ctx, cand: _Cand, sent: Any) -> list[Event]:
    entry = cand.entry
    quote = _quote_at(ctx, cand.span[0])
    gov = cand.gov
    src_tok: Any | None = None
    tgt_tok: Any | None = None
    if cand.nominal and not cand.combo:
        # "Xi's visit to China", "a Taliban attack on X", "sanctions on X by Y".
        for c in cand.trigger.children:
            if c.dep_ == "poss" and c.pos_ == "PRON" and gov.i != cand.trigger.i:
                continue  # "X began its assault": X, the clause's subject
            if (
                c.dep_ == "poss"
                or (c.dep_ == "compound" and c.pos_ == "PROPN")
                or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
            ) and not _non_actor(c):
                src_tok = c  # (not "the 11 September attacks")
            if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.lower_ not in entry.targets:
                # ("withdrawal from Iraq": a "from" the lexicon names as target is no source)
                src_tok = next((p for p in c.children if p.dep_ == "pobj"), src_tok)
        for slot in entry.targets:
            if slot != "dobj":
                tgt_tok = _slot(cand.trigger, slot)
                if tgt_tok is not None and (
                    tgt_tok.lemma_.lower() == entry.lemma or _noun_entry(tgt_tok) == entry
                ):
                    tgt_tok = None  # "a state of siege": the event itself
                if tgt_tok is not None:
                    break
        if (
            src_tok is not None
            and src_tok.dep_ in ("amod", "compound")
            and cand.trigger.dep_ == "dobj"
            and cand.trigger.head.i == gov.i
            and gov.i != cand.trigger.i
            and entry.type in ("SUPPORT", "AGREE", "COOPERATE", "CONSULT")
        ):
            # "Ukraine strikes Turkmen gas deal", "held Russian-Chinese talks": the verb's
            # subject makes the deal; the people named on the noun are its partner.
            subj, subj_passive = _subject(gov)
            if subj is not None and not subj_passive and subj.i != src_tok.i:
                if tgt_tok is None:
                    tgt_tok = src_tok
                src_tok = None
        if (
            src_tok is not None
            and src_tok.dep_ == "poss"
            and cand.trigger.dep_ == "dobj"
            and cand.trigger.head.i == gov.i
            and gov.lemma_.lower() in CARRIERS
        ):
            # "Erdogan reiterated Turkey's support", "the court ordered the tanker's release":
            # who acts is the subject of the verb that carries the noun; an arrested or
            # released possessor is the target.
            subj, subj_passive = _subject(gov)
            if subj is not None and not subj_passive:
                if cand.trigger.lemma_.lower() in PATIENT_NOUNS and tgt_tok is None:
                    tgt_tok = src_tok
                src_tok = None
        if cand.trigger.lower_ == "between" or any(
            c.dep_ == "prep" and c.lower_ == "between" for c in cand.trigger.children
        ):
            btw = _slot(cand.trigger, "between")
            if btw is not None and src_tok is None:
                src_tok, tgt_tok = btw, None
    passive = False
    if src_tok is None and gov.i != cand.trigger.i or not cand.nominal:
        if src_tok is None:
            src_tok, passive = _subject(gov)
            if passive and gov.lemma_.lower() in STATIVE_PASSIVES and _agent(gov) is None:
                passive = False  # "Israel is opposed to ...": a stance, not something done to it
            if passive:
                if tgt_tok is None and not cand.nominal:
                    tgt_tok = src_tok
                src_tok = _agent(gov)
            elif cand.nominal and src_tok is not None and src_tok.i == cand.trigger.i:
                src_tok = None  # "The attack killed ..." : the noun is its own subject
        if tgt_tok is None and cand.combo and entry.targets != DEFAULT_TARGETS:
            # "withdrew peacekeepers from Sinai": a slot the pair names, on the verb.
            for slot in entry.targets:
                got = _slot(gov, slot) if slot != "dobj" else None
                if got is not None and got.i != cand.trigger.i:
                    tgt_tok = got
                    break
        if (
            tgt_tok is None
            and cand.combo
            and (
                cand.trigger.lemma_.lower() in PERSON_OBJECTS
                or cand.trigger.lemma_.lower() in SECTOR_WORDS
            )
        ):
            tgt_tok = cand.trigger  # "released fifty prisoners", "expelled the ambassador"
        if tgt_tok is None and cand.combo:
            for slot in entry.targets:
                if slot != "dobj":
                    tgt_tok = _slot(cand.trigger, slot)
                    if tgt_tok is not None:
                        break
        if tgt_tok is None:
            for slot in entry.targets:
                tgt_tok = _slot(cand.trigger if not cand.nominal else gov, slot)
                if tgt_tok is not None and tgt_tok.i != cand.trigger.i:
                    break
                tgt_tok = None
    if cand.nominal and gov.i != cand.trigger.i and gov.lemma_.lower() in RECEIVING:
        # "Iran faces criticism from the U.N.", "it has drawn criticism from activists": the
        # subject is on the receiving end; the doer, if named, follows "from".
        subj, subj_passive = _subject(gov)
        if (
            gov.dep_ == "advcl"
            and gov.tag_ != "VBG"
            and not any(c.dep_.startswith("nsubj") for c in gov.children)
        ):
            # "approved the extradition of X to face charges": the purpose clause's subject
            # is not the approver (a participle, "Facing criticism, the FDA ...", is).
            subj = None
        if subj is not None and not subj_passive and (tgt_tok is None or tgt_tok.i != subj.i):
            frm = _slot(cand.trigger, "from") or _slot(gov, "from")
            if src_tok is not None and src_tok.i == subj.i:
                src_tok = None
            if tgt_tok is None or (frm is not None and tgt_tok.i == frm.i):
                tgt_tok = subj
            if src_tok is None and frm is not None and frm.i != subj.i:
                src_tok = frm
    if tgt_tok is None and entry.type == "REQUEST" and not cand.nominal:
        # "demanded that the PM apologize", "urged X to leave": who is asked comes before
        # what the asked-for act is about.
        tgt_tok = _control_object(gov, entry.type)
    for inner in cand.inner if tgt_tok is None else []:
        # "agreed to withdraw from Lebanon": the party of what was agreed, threatened, asked.
        for slot in inner.entry.targets:
            tgt_tok = _slot(inner.trigger if not inner.nominal else inner.gov, slot)
            if tgt_tok is not None and tgt_tok.i != inner.trigger.i:
                break
            tgt_tok = None
        if tgt_tok is not None and not _animate(tgt_tok, inner.entry.type):
            tgt_tok = _party(inner.gov, inner.trigger, tgt_tok, src_tok) or tgt_tok
        if tgt_tok is None and not inner.nominal:
            # "refused to allow two airlines to land": whom the inner act lets or makes act.
            tgt_tok = _control_object(inner.gov, inner.entry.type)
        if tgt_tok is not None:
            break
    if (
        tgt_tok is not None
        and tgt_tok.dep_ in ("dobj", "pobj")
        and not _animate(tgt_tok, entry.type)
        and not _owned(tgt_tok, entry.type)
    ):
        # "gave equipment to Nicaragua", "demanded an explanation from the PM": the party
        # the act is aimed at, not the thing handed over.
        alt = _party(gov, cand.trigger, tgt_tok, src_tok)
        if alt is not None:
            tgt_tok = alt
    if (
        tgt_tok is not None
        and entry.type == "CONSULT"
        and tgt_tok.dep_ == "pobj"
        and (tgt_tok.head.lower_ in ("in", "at") and tgt_tok.ent_type_ in ("GPE", "LOC", "FAC"))
    ):
        tgt_tok = None  # where they met
    if tgt_tok is None and not cand.nominal and entry.type not in ("AGREE", "CONSULT"):
        tgt_tok = _control_object(gov, entry.type)
    if (
        tgt_tok is not None
        and not _named(tgt_tok)
        and _abstract(tgt_tok)
        and not _owned(tgt_tok, entry.type)
    ):
        # "lifted sanctions imposed on India", "declared a ceasefire in Yemen": a named party
        # or place deeper in the clause says whom an act-like target concerns (a concrete
        # object, "attacked an army base in Kandahar", is itself the target).
        skip = {t.i for t in src_tok.subtree} if src_tok is not None else set()
        tgt_tok = _named_target(gov, skip | {cand.trigger.i, gov.i}, entry.type, deep=True) or (
            tgt_tok
        )
    if tgt_tok is None:
        skip = {t.i for t in src_tok.subtree} if src_tok is not None else set()
        skip |= {cand.trigger.i, gov.i}
        tgt_tok = _named_target(gov, skip, entry.type, deep=True)
    if tgt_tok is not None and not _named(tgt_tok):
        # "condemned a protest by farmers", "summoned the ambassador to complain about the
        # move": the party behind a condemned act, or the person summoned, is the target.
        tgt_tok = _actor_behind(tgt_tok, gov, src_tok) or tgt_tok
    if tgt_tok is None and (src_tok is None or not any(c.dep_ == "conj" for c in src_tok.children)):
        skip = {t.i for t in src_tok.subtree} if src_tok is not None else set()
        tgt_tok = _fallback_target(gov, skip | {cand.trigger.i, gov.i}, entry.type) or tgt_tok
    if entry.type == "MOBILIZE" and (tgt_tok is None or _force(tgt_tok)):
        # "mobilized troops for a battle against the Brotherhood": the forces are the
        # means; whom they are raised against is the target.
        skip = {t.i for t in src_tok.subtree} if src_tok is not None else set()
        tgt_tok = _against(gov, skip) or tgt_tok
    if (
        src_tok is None
        and passive
        and entry.type
        in (
            "COERCE",
            "SANCTION",
            "ACCUSE",
            "ASSAULT",
            "RETREAT",
        )
    ):
        src_tok = _implied_source(gov)
    source = _actors(ctx, src_tok, sent, quote)
    target = _actors(ctx, tgt_tok, sent, quote)
    # As named, before a country is lent by the place or the sentence: a firm that acts in
    # Germany does not become a political actor.
    named_as = list(source), list(target)
    for actor_tok, actors in ((src_tok, source), (tgt_tok, target)):
        if actor_tok is None or len(actors) != 1:
            continue
        ethnic = actor_tok.ent_type_ == "NORP" or any(
            c.lower_ == "ethnic" for c in actor_tok.children
        )
        if actors[0].country is None or (ethnic and actors[0].entity is None):
            # An ethnic group is coded by the country it is in ("Albanians in south Serbia").
            actors[0] = _locate(actors[0], actor_tok, cand, ctx, prefer_own=ethnic)
    if (
        len(source) == 1
        and source[0].country is None
        and source[0].sector not in ("IGO", "NGO")
        and (src_tok is None or src_tok.pos_ != "PRON")
    ):
        # An actor known only by role or group ("elders", "the judge") is coded, as CAMEO
        # does, by the country the sentence names outside the target.
        country = _sentence_country(sent, target, ctx.places)
        if country:
            a = source[0]
            source[0] = Actor(
                a.name,
                a.entity,
                country + (a.sector or ""),
                country,
                a.sector,
                a.text,
                a.span,
                a.raw_span,
            )
    if (
        quote is not None
        and quote.speaker is not None
        and not source
        and entry.type in ("REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN")
    ):
        source = [_speaker_actor(ctx, quote)]
    lemma = cand.trigger.lemma_.lower()
    reciprocal = lemma in RECIPROCAL or cand.gov.lemma_.lower() in RECIPROCAL and cand.nominal
    has_content = any(c.dep_ in ("xcomp", "ccomp") for c in gov.children)
    split = False  # the parties came from one compound subject: each is the other's partner
    if reciprocal and not target and len(source) > 1 and not has_content:
        source, target, split = source[:1], source[1:], True
    direct = tgt_tok is not None and (
        (tgt_tok.dep_ == "dobj" and tgt_tok.head.i in (cand.trigger.i, gov.i))
        or (tgt_tok.dep_ == "pobj" and tgt_tok.head.lower_ in ("with", "between"))
    )
    if (
        reciprocal
        and len(source) > 1
        and entry.type in ("AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REJECT")
        and (not direct or not any(_actorlike(a) for a in target))
    ):
        # "X and Y agreed to hold exercises", "X and Y agreed to share information on Z":
        # each party is the other's partner; what was agreed on, or whom it concerns, is
        # no party to the agreement.
        source, target, split = source[:1], source[1:], True
    if reciprocal and target and not direct and not split:
        reciprocal = False  # "agreed to share information": no second party named
    if reciprocal and not all(_actorlike(a) for a in target):
        reciprocal = False
    modality = _modality(cand, sent)
    if (
        quote is not None
        and modality == "asserted"
        and source
        and not any(a.text.lower() in FIRST_PERSON for a in source)
    ):
        modality = "reported"
    etype, cameo, mode = entry.type, entry.cameo, entry.mode
    content = list(cand.content)
    if modality == "negated" and _refusal(cand):
        # "will not release", "failed to reach agreement": a refusal (CAMEO 12).
        content.append({"type": etype, "cameo": cameo, "text": cand.trigger.text})
        etype, cameo, mode, modality = "REJECT", "120", None, "asserted"
    elif modality in ("future", "intended") and etype in INTENT_TYPES:
        # "said it will release", "will provide aid", "plans to send aid": an intent to
        # cooperate, support, aid or yield (CAMEO 03).
        content.append({"type": etype, "cameo": cameo, "text": cand.trigger.text})
        etype, cameo, mode, modality = "AGREE", INTENT_TYPES[etype], None, "asserted"
    elif modality in ("future", "intended") and etype == "CONSULT":
        # "will meet", "plans to visit": an intent to meet (CAMEO 036, PLOVER AGREE); the
        # modality stays, so the meeting is not counted as held.
        content.append({"type": etype, "cameo": cameo, "text": cand.trigger.text})
        etype, cameo, mode = "AGREE", "036", None
    elif modality in ("future", "intended") and etype in FORCE_TYPES and _declared(cand):
        # "said they would blockade Paris", "plans to impose restrictions": a threat (CAMEO 13).
        content.append({"type": etype, "cameo": cameo, "text": cand.trigger.text})
        etype, cameo, mode, modality = "THREATEN", "130", None, "asserted"
    elif modality == "hypothetical" and _obliged(cand) is not None:
        # "X said Y must withdraw": X demands it of Y (CAMEO 10).
        speaker = _obliged(cand)
        content.append({"type": etype, "cameo": cameo, "text": cand.trigger.text})
        target = source
        source = _actors(ctx, speaker, sent, quote)
        etype, cameo, mode, modality = "REQUEST", "100", None, "asserted"
    if etype == "AGREE" and any(
        PLOVER[i.entry.type][0] == 4 and i.entry.type != "PROTEST" and i.entry.weight >= 0.5
        for i in cand.inner
    ):
        # (a weak word of force, "end months of fighting", is no intent to use force)
        etype, cameo, mode = "THREATEN", "138", None  # "vowed to fight": intent to use force
    if (
        (PLOVER[etype][0] == 4 or etype == "AID")
        and etype != "PROTEST"
        and entry.weight < (0.8 if etype == "SANCTION" else 0.6)
        and not any(_actorlike(a) for a in target)
    ):
        # An ambiguous word of force ("hit a record", "fire") needs someone to hit.
        return []
    if (
        entry.weight <= 0.5
        and etype in ("CONSULT", "COOPERATE", "AID", "SUPPORT")
        and cand.trigger.lemma_.lower() not in MOTION_VERBS
        and not cand.nominal
        and not cand.combo
        and not any(_actorlike(a) for a in target)
        and not any(c.dep_ in ("xcomp", "ccomp") for c in cand.trigger.children)
    ):
        # A weak verb ("received a knighthood", "shared the burden", "protect resources")
        # is an event only with a party on its receiving end.
        return []
    if (
        PLOVER[etype][0] == 4
        and tgt_tok is not None
        and _of_head(tgt_tok).lemma_.lower() in NATURAL_CAUSES | AILMENTS
    ):
        return []  # "resigned to fight the illness", "battled tuberculosis"
    if src_tok is not None and _of_head(src_tok).lemma_.lower() in NATURAL_CAUSES:
        return []  # "the tsunami killed 30,000", "the quake sent waves": nobody's act
    addressed = tgt_tok is not None and (
        tgt_tok.dep_ in ("dobj", "dative")
        or tgt_tok.head.lower_ in ("against", "to", "for", "on")
        or (tgt_tok.dep_ == "nsubj" and tgt_tok.head.i != gov.i)  # "for the council to ..."
    )
    if (
        etype == "THREATEN"
        and entry.weight < 0.7
        and not (addressed and any(_actorlike(a) for a in target))
    ):
        # "warned that growth may slow": a forecast, not a threat; a warning is a threat
        # when it is aimed at someone ("warned Iran against ...").
        return []
    if (
        etype == "CONSULT"
        and gov.lemma_.lower() in SPEECH | {"speak", "address"}
        and (tgt_tok is None or _of_head(tgt_tok).lemma_.lower() in AUDIENCES)
    ):
        return []  # "speaking to reporters", "told the conference": a statement, no talks
    if (
        entry.type == "RETREAT"
        and entry.mode == "release"
        and not cand.nominal
        and tgt_tok is not None
        and tgt_tok.dep_ == "dobj"
        and _of_head(tgt_tok).lemma_.lower() in RELEASED_THINGS
    ):
        return []  # "released its results", "freed up cash": no captive set free
    if (
        entry.type == "CONSULT"
        and cand.trigger.lemma_.lower() == "meet"
        and tgt_tok is not None
        and tgt_tok.dep_ == "dobj"
        and (not _agentive(tgt_tok) or _of_head(tgt_tok).lemma_.lower() in GOALS)
    ):
        return []  # "meet its targets", "met the estimates": no meeting
    if (
        etype == "CONSULT"
        and mode == "phone"
        and cand.nominal
        and cand.trigger.head.pos_ in ("NOUN", "PROPN")
        and cand.trigger.i < cand.trigger.head.i
    ):
        return []  # "call centre workers": a word before a noun, not a call
    if (
        entry.type == "REJECT"
        and cand.trigger.lemma_.lower() == "vote"
        and not any(c.lower_ == "against" for c in cand.trigger.children)
    ):
        return []  # "voted in favour of a rise": a vote is a rejection only when against
    if (
        etype == "CONSULT"
        and mode == "phone"
        and not cand.nominal
        and cand.trigger.lemma_.lower() == "call"
        and (
            any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") for c in cand.trigger.children)
            or not (tgt_tok is not None and tgt_tok.dep_ == "dobj" and _agentive(tgt_tok))
        )
    ):
        return []  # "a market they call fragmented", "staff calling in sick": no phone call
    if (
        cand.nominal
        and PLOVER[etype][0] == 4
        and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CONTEST_MODIFIERS
            for c in cand.trigger.children
        )
    ):
        return []  # "takeover battle", "bankruptcy battle", "price war": a contest, no force
    if (
        cand.nominal
        and cand.trigger.lemma_.lower() == "exchange"
        and (
            cand.trigger.dep_ == "compound"
            or any(
                c.lower_ in MARKET_WORDS
                or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "GPE"))
                for c in cand.trigger.children
            )
        )
    ):
        # "the Irish stock exchange", "exchange rates", "the London exchange": a market,
        # not an exchange of prisoners or views
        return []
    if (
        cand.nominal
        and cand.trigger.lemma_.lower() in MARKET_NOUNS
        and cand.trigger.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in cand.trigger.children)
    ):
        return []  # "US demand for heating oil", "stagnant domestic demand": a market's
    if (
        etype == "ASSAULT"
        and tgt_tok is not None
        and tgt_tok.lemma_.lower() in VERBAL_TARGETS
        and not cand.nominal
    ):
        # "attacked the government's record": words, not force (CAMEO 111).
        etype, cameo, mode = "ACCUSE", "111", "disapprove"
    if (
        etype == "PROTEST"
        and any(a.sector in ("GOV", "IGO") for a in source)
        and src_tok is not None
        and _of_head(src_tok).lemma_.lower() not in HUMAN_NOUNS | PEOPLE_WORDS
    ):
        # "a protest from the Thai government": a state protests by note, not in the street
        # (CAMEO 114, officially complain).
        etype, cameo, mode = "ACCUSE", "114", "disapprove"
    if etype == "CONSULT":
        mode = _consult_mode(cand, sent) or mode
    if etype == "MOBILIZE" and any(t.lemma_.lower().startswith("peacekeep") for t in sent):
        etype, cameo, mode = "AID", "074", "military"
    sent_span = (sent.start_char, sent.end_char)
    dated = ctx.dates.for_event(sent_span, _clause(gov), cand.span[0])
    date_value, precision, date_from = (
        (dated.value, dated.precision, "text") if dated else (None, None, None)
    )
    if date_value is None and quote is not None and quote.date:
        date_value, precision, date_from = quote.date, "day", "quote"
    conf = entry.weight * 0.6 + (0.25 if source else 0.0) + (0.15 if target else 0.0)
    # Parties that can take part in politics: named or role-bearing actors, not things
    # ("the uncertainty", "new projects", "the January sales").
    parties = [
        a
        for tok, actors in ((src_tok, named_as[0]), (tgt_tok, named_as[1]))
        for a in actors
        if tok is None or a.sector or _agentive(tok)
    ]
    if not any(_actorlike(a) for a in source + target):
        # Nobody who can act ("the tax will hit families", "cut poverty levels"): most such
        # hits are figures of speech in economic or domestic news.
        conf *= 0.5
    src_entry = _noun_entry(src_tok) if src_tok is not None else None
    if (
        src_tok is not None
        and (
            not _agentive(src_tok)
            # (a country's crisis, decision or budget is still a thing: "Argentina's energy
            # crisis forced ...", "Egypt's decision to enter ...")
            or _of_head(src_tok).lemma_.lower() in ABSTRACT_DOERS
        )
        # (an act of force stands for its doers, "the attack killed five"; a pact, a
        # demand or an investigation does not, "the pact has helped exporters")
        and (src_entry is None or PLOVER[src_entry.type][0] != 4)
        and not cand.nominal
    ):
        # A thing as the doer ("reforms give the government the right", "the reports sent
        # shares up", "a sales culture led the bank to flout rules"): a figure of speech.
        conf *= 0.5
    political = any(_political(a, ctx) for a in parties) or (
        entry.weight >= 0.8
        # (in a business story a person the KB does not place is an executive or a trader)
        and any(
            _people(t) and not (ctx.business and _named_not_nation(t)) for t in (src_tok, tgt_tok)
        )
    )
    if not political and etype in GUARDED:
        # Force, threats and sanctions with only firms, markets, products or figures on
        # both sides ("cut prices", "pushed the dollar down", "firms attack the market")
        # are economic metaphors far more often than acts between states: below the
        # default threshold, still there for a reader who lowers it.
        conf *= 0.4
    elif not political and (
        any(a.sector in NON_POLITICAL_SECTORS or a.entity in ctx.firms for a in parties)
        or _weak(cand)
        or (ctx.business and (source or target))
    ):
        # Firms, investors or media and nobody political ("the company will finance the
        # expansion", "investors receive compensation"), or a generic verb ("help", "offer",
        # "seek") with nobody political on either side, or nobody political at all in a
        # business story ("the chief executive denied the claims"): business news.
        conf *= 0.45
    if (
        target
        and tgt_tok is not None
        and _economic(_of_head(tgt_tok), entry.type in FORCE_ONLY)
        and (entry.type in FORCE_ONLY or not any(a.country for a in target))
        # (a clear restriction or ban is a sanction whatever it hits: "impose restrictions
        # on its labour market")
        and not (entry.type == "SANCTION" and entry.weight >= 0.6)
    ):
        # "the Fed eased rates", "cut prices", "boost exports": a market or a figure on the
        # receiving end is economic management, not a relation between parties ("an
        # assault on the US market" least of all).
        conf *= 0.4 if etype in GUARDED else 0.5
    if source and all(_commentator(a) for a in source):
        # "Analysts welcomed the decision", "economists warned": commentary, not a party's act
        conf *= 0.45
    if (
        source
        and all(a.sector in NON_POLITICAL_SECTORS or a.entity in ctx.firms for a in named_as[0])
        and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in COMMERCIAL_VERBS
            for c in gov.children
        )
    ):
        conf *= 0.45  # "the firm agreed to buy 33% of a Chinese rival": a purchase
    if (
        named_as[0]
        and etype in GUARDED | {"RETREAT"}
        and all(a.sector in NON_POLITICAL_SECTORS or a.entity in ctx.firms for a in named_as[0])
    ):
        # A firm "battling the authorities", "pulling out of Iraq", "with a presence in
        # Egypt": competition, litigation or business, not force or a withdrawal of forces.
        conf *= 0.45
    conf = round(min(conf, 1.0), 3)
    target_toks = {t.i for t in tgt_tok.subtree} if tgt_tok is not None else set()
    if src_tok is not None:
        target_toks |= {t.i for t in src_tok.subtree}
    ev = Event(
        type=etype,
        cameo=cameo,
        quad=PLOVER[etype][0],
        goldstein=goldstein(etype, mode),
        source=source,
        target=target,
        trigger=ctx.art.ref(*cand.span),
        sentence={"span": sent_span, "raw_span": ctx.art.raw_span(*sent_span)},
        mode=mode,
        date=date_value,
        date_precision=precision,
        location=_location(ctx, cand, target_toks),
        modality=modality,
        confidence=conf,
    )
    if date_from:
        ev.extra["date_from"] = date_from
    if content:
        ev.extra["content"] = content
    out = [ev]
    if reciprocal and source and target and mode != "visit":
        ev.extra["reciprocal"] = True
        mirror = Event(
            type=ev.type,
            cameo=ev.cameo,
            quad=ev.quad,
            goldstein=ev.goldstein,
            source=list(target),
            target=list(source),
            trigger=ev.trigger,
            sentence=ev.sentence,
            mode=ev.mode,
            date=ev.date,
            date_precision=ev.date_precision,
            location=ev.location,
            modality=ev.modality,
            confidence=ev.confidence,
            extra={**ev.extra, "mirror": True},
        )
        out.append(mirror)
    ctx.history.append(ev)
    return out


def _sentence_country(sent: Any, target: list[Actor], places: list[Any]) -> str | None:
    """The one country the sentence names by a place or adjective outside the target
    (`places`: the doc's GPE and NORP entities, listed once per article)."""
    spans = [a.span for a in target]
    found: set[str] = set()
    for ent in places:
        if ent.start_char < sent.start_char or ent.end_char > sent.end_char:
            continue
        if any(s <= ent.start_char < e for s, e in spans):
            continue
        c = country_of(ent.text)
        if c:
            found.add(c)
    return next(iter(found)) if len(found) == 1 else None


# What will be done, as an intent to do it (CAMEO 031-034).
INTENT_TYPES = {
    "COOPERATE": "031",
    "SUPPORT": "032",
    "AID": "033",
    "CONCEDE": "034",
    "RETREAT": "034",
}
FORCE_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}


def _obliged(cand: _Cand) -> Any | None:
    """The speaker when the event is what someone said another "must" or "should" do."""
    t = cand.gov
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in t.children):
        return None
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in SPEECH:
        return None
    subj, _p = _subject(t.head)
    own, _q = _subject(t)
    if subj is None or (own is not None and own.i == subj.i):
        return None
    return subj


def _refusal(cand: _Cand) -> bool:
    """A negated event that is a refusal: "will not", "would not", or under refuse/fail."""
    t = cand.gov
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "ca", "can", "shall")
        for c in t.children
    ) and any(c.dep_ == "neg" for c in t.children):
        return True
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in ("refuse", "decline", "fail"):
            return True
    return False


def _declared(cand: _Cand) -> bool:
    """The actor itself declares the intent: "X said it will ...", "X plans to ..."."""
    t = cand.gov
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in SPEECH or t.lemma_.lower() in INTEND:
            return True
    return False


def _locate(a: Actor, head: Any, cand: _Cand, ctx: _Ctx, prefer_own: bool = False) -> Actor:
    """A country for an actor named without one: a place inside its own phrase ("rebels in
    the Ivory Coast"), else the place where the event happened (the CAMEO convention for
    actors known only by role: "the president", "police", "protesters")."""
    country = None
    for t in head.subtree:
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in ("in", "of", "from")
            and (t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN")
        ):
            country = country_of(t.text) or _country_in_phrase(t)
            if country:
                break
    if prefer_own and country is None:
        return a
    if country is None and a.sector not in ("IGO", "NGO"):
        loc = _location(ctx, cand, set())
        country = loc.get("country") if loc else None
    if not country:
        return a
    return Actor(
        a.name, a.entity, country + (a.sector or ""), country, a.sector, a.text, a.span, a.raw_span
    )


def _actorlike(a: Actor) -> bool:
    """Coded, a named entity, a name (a capital past the first word) or a person pronoun."""
    if a.entity or a.country or a.sector:
        return True
    words = a.text.split()
    if any(w[:1].isupper() for w in words[1:]) or a.text.lower() in ("he", "she", "they", "we"):
        return True
    return len(words) == 1 and a.text[:1].isupper() and not a.text.endswith("s")


POLITICAL_SECTORS = {"GOV", "MIL", "COP", "REB", "LEG", "JUD", "OPP", "IGO", "NGO", "PTY", "SPY"}


AUDIENCES = set(
    "reporter journalist press media conference audience crowd gathering forum meeting "
    "newspaper radio television broadcaster channel rally supporter student".split()
)
# What is "released" without anyone being set free.
RELEASED_THINGS = set(
    "result figure data report statement detail information document film album record "
    "product version study survey finding number statistic fund cash money capital "
    "earnings profit video image photo picture list plan".split()
)
NATURAL_CAUSES = set(
    "tsunami earthquake quake storm flood hurricane cyclone typhoon tornado disease virus "
    "epidemic pandemic drought famine landslide avalanche wildfire heatwave accident crash "
    "illness cancer".split()
)
GUARDED = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}
# Event nouns that, singular and without article or possessor, name a market quantity
# ("demand for oil", "weak demand"), not an act ("the demand that ...", "their demands").
MARKET_NOUNS = {"demand", "supply"}
FORCE_ONLY = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"}  # (a sanction may hit exports)
# Modifiers that make a word of force a contest of business, law or politics.
CONTEST_MODIFIERS = set(
    "takeover bankruptcy banking price bidding boardroom marketing advertising ratings "
    "patent copyright custody libel proxy legal court courtroom sales tariff "
    "bid".split()
)
# Commentators, not parties: their welcome or warning is no act between parties.
COMMENTATORS = set(
    "analyst economist commentator expert observer investor trader strategist "
    "forecaster pundit".split()
)
AILMENTS = set("illness disease cancer tuberculosis malaria infection addiction".split())
COMMERCIAL_VERBS = set(
    "buy sell acquire purchase invest merge pay borrow lend list float raise bid own "
    "supply market distribute manufacture build".split()
)
# Things that a parse takes for doers, possessor or not.
ABSTRACT_DOERS = set(
    "crisis decision attempt economy budget deficit growth thirst appetite success failure "
    "performance policy plan rule law reform programme program result figure report study "
    "data survey culture uncertainty concern fear expectation slowdown boom recession "
    "slump rise fall increase decline surge drop price cost rate".split()
)
MOTION_VERBS = {"arrive", "travel", "tour", "fly", "go", "come", "visit", "speak"}
# What one "meets" without meeting anyone ("met the Lisbon targets").
GOALS = set(
    "target goal agenda deadline criterion criteria requirement demand standard expectation "
    "estimate forecast need obligation condition cost rule commitment challenge".split()
)
MARKET_WORDS = {"stock", "currency", "foreign", "commodity", "commodities", "futures", "metal"}
# Generic verbs that make an event only between political parties ("the firm will help
# customers", "sought a shareholder vote", "offered new planes", "cut prices").
WEAK_VERBS = set(
    "help assist supply deliver seek extend give make take offer cut boost raise invest "
    "commit establish push bring favour favor back ready strong require include drop "
    "finance fund enable allow receive".split()
)


def _weak(cand: _Cand) -> bool:
    """A trigger word (or the light verb carrying it) that is an event only between parties
    of politics."""
    return cand.trigger.lemma_.lower() in WEAK_VERBS or (
        cand.nominal and cand.gov.lemma_.lower() in WEAK_VERBS and cand.gov.i != cand.trigger.i
    )


NON_POLITICAL_SECTORS = {"BUS", "MED"}


def _political(a: Actor, ctx: _Ctx) -> bool:
    """A state, government, armed group, court, party, international body, civilians or a
    person the knowledge base places (a person pronoun counts: it stands for whoever acts in
    the story); firms, media and markets do not."""
    if a.sector in NON_POLITICAL_SECTORS or a.entity in ctx.firms:
        return False
    if a.sector or a.country:
        return True
    words = a.text.lower().split()
    return a.text.lower() in ("he", "she", "they", "we", "i") or bool(
        words and words[-1] in STATE_WORDS
    )


# Last words of company names ("Burren Energy", "Mitsubishi Motors", "Titan Corp").
FIRM_NAME_WORDS = set(
    "inc corp corporation co ltd plc llc ag sa nv gmbh group holdings holding energy motors "
    "airlines airways petroleum oil bank telecom communications technologies systems "
    "industries resources pharmaceuticals capital partners investments securities "
    "insurance foods".split()
)
STATE_WORDS = {"country", "countries", "nation", "nations", "state", "states", "governments"}
# Words that make an organisation's name a public or political body, whatever else it says
# ("Reserve Bank of India", "National Energy Council", "Ministry of Oil").
PUBLIC_NAME_WORDS = set(
    "ministry department council party league front movement army force forces police "
    "parliament assembly congress senate court commission committee agency authority "
    "government administration union brigade brigades organisation organization federation "
    "central reserve national world international united nations office bureau service "
    "guard militia coalition alliance regime cabinet junta tribunal institute foundation "
    "fund defence defense security".split()
)


# Words of business news; an article full of them is a business story, whose unknown
# organisations are companies far more often than agencies.
BUSINESS_WORDS = set(
    "share shareholder profit revenue sale company firm investor stock bid takeover merger "
    "earnings dividend executive price customer analyst market retailer carmaker airline "
    "bank brand subsidiary acquisition".split()
)


def _business_story(doc: Any) -> bool:
    n = sum(1 for t in doc if t.lemma_.lower() in BUSINESS_WORDS)
    return n >= 5 and n >= 0.015 * len(doc)


def _firm_like(e: Any, business: bool = False) -> bool:
    """An ORG entity that reads as a company: a company word ends its name ("Burren Energy",
    "Titan Corp") or the KB files it under business, and nothing in its name says public
    body. Such a firm is no political actor even when it carries a
    country (a firm's home) or a sector the KB borrowed from a namesake ("GM")."""
    if e.type != "ORG":
        return False
    words = [w.lower().rstrip(".,") for w in e.name.split()]
    if not words or any(w in PUBLIC_NAME_WORDS for w in words):
        return False
    kb_sector = organisation_of(e.name)[1]
    if kb_sector in POLITICAL_SECTORS:
        return False  # ("World Bank", "African Development Bank")
    # (an ORG the KB does not know is as often an agency or a campaign group as a firm,
    # except in a business story)
    return (
        e.sector == "BUS"
        or kb_sector == "BUS"
        or words[-1] in FIRM_NAME_WORDS
        or (business and kb_sector is None and e.sector in (None, "BUS", "MIL"))
    )


# Nouns for people and groups that can act, beyond the sector words.
HUMAN_NOUNS = set(
    "group member delegation team critic negotiator analyst executive investor donor ally "
    "representative party side coalition alliance bloc community organization organisation "
    "council committee commission board man woman child family supporter follower faction "
    "movement camp elder tribe tribesman clan farmer settler crowd mob youth victim "
    "suspect witness partner neighbour neighbor nation country power state striker "
    "investigator inspector monitor mediator participant organizer organiser".split()
)


ECONOMIC_THINGS = set(
    "market sector industry economy share price currency rate stock production sale profit "
    "growth demand supply output export import earnings revenue spending investment "
    "dollar euro yen pound rand rupee peso yuan rupiah won ringgit baht franc lira rouble "
    "ruble real naira shekel dinar riyal".split()
)
# Weapons and forces that stand for their users as agents of force ("Iraqi warplanes").
FORCE_NOUNS = set(
    "missile warplane jet fighter tank helicopter drone bomb bomber airstrike strike shell "
    "rocket artillery bulldozer warship vessel ship plane aircraft hacker attacker gunman "
    "assailant sniper explosion blast device mine grenade raider mortar gunfire fire".split()
)


PEOPLE_WORDS = set(
    "people person man woman child civilian journalist reporter doctor nurse teacher student "
    "worker employee passenger tourist resident villager prisoner hostage detainee victim "
    "citizen migrant refugee activist protester demonstrator".split()
)


def _people(tok: Any | None) -> bool:
    """People, as victims or doers of an unambiguous act ("a journalist was killed"): an
    event whatever their trade."""
    if tok is None:
        return False
    tok = _of_head(tok)
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PEOPLE_WORDS


def _economic(tok: Any, force: bool = False) -> bool:
    """A market or a figure ("rates", "prices", "exports"), not a country's sector
    ("Nigeria's agricultural sector", though nobody attacks or sanctions a market, `force`)
    nor a party's demands."""
    lemma = tok.lemma_.lower()
    if lemma not in ECONOMIC_THINGS or (lemma == "demand" and tok.tag_ == "NNS"):
        return False
    return force or not any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("GPE", "NORP")
        for c in tok.children
    )


def _commentator(a: Actor) -> bool:
    words = a.text.lower().split()
    return bool(words) and words[-1].rstrip("s") in COMMENTATORS


def _named_not_nation(tok: Any) -> bool:
    """A named person, or a name tagged as a group that is no nation ("Euronext"), not a
    word for people ("workers") nor a nationality ("Iraqis")."""
    tok = _of_head(tok)
    return tok.ent_type_ == "PERSON" or (tok.ent_type_ == "NORP" and country_of(tok.text) is None)


def _agentive(tok: Any) -> bool:
    """Could this token name someone who acts (not a thing, a figure or a market)?"""
    tok = _of_head(tok)  # "tens of thousands of students"
    if tok.lemma_.lower() in ECONOMIC_THINGS:
        return False  # "the US market", "Venezuela's mining sector"
    if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"):
        return True
    if len(tok.text) > 1 and tok.text.isupper():
        return True  # an acronym the tagger took for a word ("ICE")
    if tok.lemma_.lower() in FORCE_NOUNS:
        return True
    if tok.pos_ in ("PROPN", "PRON"):
        return True
    if any(
        c.dep_ in ("poss", "compound") and c.ent_type_ in ("GPE", "ORG", "PERSON")
        for c in tok.children
    ):
        return True  # "Cairo's security chief"
    lemma = tok.lemma_.lower()
    return (
        lemma in SECTOR_WORDS
        or lemma in PERSON_OBJECTS
        or lemma in COLLECTIVE_HEADS
        or lemma in HUMAN_NOUNS
        or lemma in PEOPLE_WORDS
        or tok.tag_ in ("WP", "WDT")
    )


def _consult_mode(cand: _Cand, sent: Any) -> str | None:
    words = {c.lower_ for c in cand.trigger.children} | {c.lower_ for c in cand.gov.children}
    if words & {"virtual", "video", "online", "videoconference"}:
        return "virtual"
    if words & {"phone", "telephone"} or cand.gov.lemma_.lower() in ("phone", "telephone"):
        return "phone"
    if words & {"multilateral", "regional", "international"} or cand.trigger.lemma_.lower() in (
        "summit",
        "conference",
    ):
        return "multilateral"
    return None


# --------------------------------------------------------------------------- statements


def _statements(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """ACCUSE / SUPPORT events made by speakers of quotes: an accusation or praise aimed at
    an actor the quote names."""
    art = ctx.art
    doc = art.doc
    out: list[Event] = []
    seen: set[tuple[int, str]] = set()
    sents: list[Any] | None = None  # computed once, only for articles with attributed quotes
    for quote in art.quotes:
        if quote.speaker is None:
            continue
        speaker = _speaker_actor(ctx, quote)
        for s, e in quote.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            if sents is None:
                sents = list(doc.sents)
            # The sentences the quote overlaps (Token.sent per token walks the doc each time).
            lo, hi = span.start_char, span.end_char
            for sent in (x for x in sents if x.start_char < hi and lo < x.end_char):
                got = _statement_event(ctx, speaker, sent, (s, e), quote.date)
                for ev in got:
                    key = (ev.sentence["span"][0], ev.type)
                    if key not in seen and not _covered(ev, events):
                        seen.add(key)
                        out.append(ev)
    return out


def _covered(ev: Event, events: list[Event]) -> bool:
    return any(o.type == ev.type and o.sentence["span"] == ev.sentence["span"] for o in events)


def _statement_event(
    ctx: _Ctx, speaker: Actor, sent: Any, qspan: tuple[int, int], qdate: str | None
) -> list[Event]:
    out: list[Event] = []
    for kind, cues, cameo, mode in (
        ("ACCUSE", ACCUSE_CUES, "112", "allege"),
        ("SUPPORT", PRAISE_CUES, "051", None),
    ):
        found = [
            t
            for t in sent
            if qspan[0] <= t.idx < qspan[1] and (t.lemma_.lower() in cues or t.lower_ in cues)
        ]
        # A verb ("interfere", "violates") says more than a noun ("biases").
        cue = min(found, key=lambda t: (t.pos_ != "VERB", t.i), default=None)
        if cue is None:
            continue
        target = _statement_target(ctx, cue, sent, speaker)
        if not target:
            continue
        if kind == "SUPPORT" and _negative(sent):
            continue
        sent_span = (sent.start_char, sent.end_char)
        dated = ctx.dates.for_event(sent_span, sent_span, cue.idx)
        date_value, precision = (dated.value, dated.precision) if dated else (None, None)
        if qdate:
            date_value, precision = qdate, "day"
        ev = Event(
            type=kind,
            cameo=cameo,
            quad=PLOVER[kind][0],
            goldstein=goldstein(kind, mode),
            source=[speaker],
            target=target,
            trigger=ctx.art.ref(cue.idx, cue.idx + len(cue)),
            sentence={"span": sent_span, "raw_span": ctx.art.raw_span(*sent_span)},
            mode=mode,
            date=date_value,
            date_precision=precision,
            modality="asserted",
            # An analyst's or a firm's "strong", "aggressive" is market talk, not praise or
            # blame between political parties: kept under the default threshold.
            confidence=0.6 if cue.pos_ != "ADJ" or _political(speaker, ctx) else 0.3,
            extra={"statement": True},
        )
        if date_value:
            ev.extra["date_from"] = "quote" if qdate else "text"
        out.append(ev)
    return out


def _negative(sent: Any) -> bool:
    return any(t.dep_ == "neg" for t in sent)


def _statement_target(ctx: _Ctx, cue: Any, sent: Any, speaker: Actor) -> list[Actor]:
    """Who a quoted accusation or praise is about: the subject of the cue's clause, else a
    country the sentence names other than the speaker's own."""
    t = cue
    for _ in range(4):
        subj, _passive = _subject(t) if t.pos_ in ("VERB", "AUX") else (None, False)
        if subj is not None and subj.lower_ not in FIRST_PERSON:
            actors = _actors(ctx, subj, sent, None)
            actors = [a for a in actors if a.country and a.country != speaker.country]
            if actors:
                return actors
        if t.head.i == t.i:
            break
        t = t.head
    for ent in sent.ents:
        if ent.label_ in ("GPE", "NORP", "ORG"):
            c = country_of(ent.text)
            if c and c != speaker.country:
                toks = list(ent)
                return ctx.coder.actor(toks, ent.root)
    # "the Russia-China relationship": a hyphenated pair names both sides.
    for tok in sent:
        if "-" not in tok.text:
            continue
        for part in tok.text.split("-"):
            c = country_of(part)
            if c and c != speaker.country:
                s, e = tok.idx, tok.idx + len(tok)
                return [Actor(part, None, c, c, None, tok.text, (s, e), ctx.art.raw_span(s, e))]
    return []


def _context_dates(ctx: _Ctx, events: list[Event]) -> None:
    """An undated event whose source took part in an earlier dated event (no other date in
    between) happened in that event's setting: "Xi met Putin on <date>. Putin said ..."."""
    last: list[Event] = []
    for ev in events:
        if ev.date is None and ev.modality in ("asserted", "reported"):
            keys = {_key(a) for a in ev.source} - {None}
            for prev in reversed(last):
                pkeys = {_key(a) for a in prev.source + prev.target} - {None}
                if keys & pkeys and prev.date_precision == "day":
                    if not ctx.dates.explicit_between(prev.trigger.span[1], ev.trigger.span[0]):
                        ev.date, ev.date_precision = prev.date, prev.date_precision
                        ev.extra["date_from"] = "context"
                    break
        if ev.date is not None and ev.extra.get("date_from") == "text":
            last.append(ev)


def _key(a: Actor) -> str | None:
    if a.entity:
        return a.entity
    if a.name and a.name[:1].isupper():
        return a.name.split()[-1]
    return None
