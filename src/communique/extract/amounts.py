"""Amounts of a parsed Article: money, percentages, counts, with what they measure.

    "Bilateral trade in the first three quarters of 2021 exceeded US $100 billion"
    -> Amount(value=1e11, unit="USD", comparator=">", object="Bilateral trade",
              period="2021-01-01/2021-09-30", parties=["CHN", "RUS"])

Cheap first: the lexicon's regex (amounts_lexicon), tried only where a digit run or a number
word starts, reads every number with its unit (currency symbol, code or word, scale, per
cent, percentage points). Only around those hits
is the parse read: a bare number becomes a count when it quantifies a plural noun ("464,000
subscribers", "20 people were killed"); the object is found from the dependency tree (the
subject of the verb the amount belongs to, the noun it modifies, "a budget of ...", "... in
aid"); the period is the period expression (extract/periods.py) in the same clause; parties
are the countries of the object ("Russia's exports"), of "bilateral"/"between" wording (the
article's main dyad), or of the clause's actors.

Extra fields (flattened into the record): `quoted` (inside a direct quote or quotation
marks), `reported` and `speaker` (inside indirect speech), `kind` (money | percent | points |
count), `quantity_noun` ("troops"), `event` ("kill" for "20 people were killed"),
`comparator_text`, `inclusive`, `value_high`, `vague`, `period_text`, `conversion_of` (the
span of the amount a bracketed "(£600m)" converts).

Values: `value` is the number in the unit (percentage points for "percentage_points", the
major currency unit for "30p"). Ranges ("between 5 and 10") give the low end as `value`,
the high end in `value_high`, comparator "~". Vague plurals ("thousands of") give the
smallest reading with comparator ">". "at least"/"up to" are ">"/"<" with `inclusive`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_numbers import SCALES, UNITS, digits_value, plain, words_value
from communique.extract.periods import Period, find_periods
from communique.record import Amount, Article

_NO_NUMBER_BEFORE = re.compile(r"(?:[A-Za-z_./]|[A-Za-z][-–])$")  # "COVID-19", "G20", "24/7"
_LETTER_AFTER = re.compile(r"^(?:[A-Za-z]|-[A-Za-z]|\.\d)")  # "4G", "5th", "25-year-old"
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_RANGE_JOIN = re.compile(r"^\s*(?P<j>-|–|—|to|and)\s*$", re.I)
_AFTER_COMP = re.compile(r"^(?:\s*(?P<c>or\s+more|or\s+so|or\s+less|or\s+fewer|-?plus)\b|\+)", re.I)
_OUT_OF = re.compile(r"\bout\s+of\s+$|\b(?:one|\d+)\s+in\s+$", re.I)
_OUT_OF_AFTER = re.compile(
    r"\s+(?:out\s+of|in)\s+(?:every\s+)?(?:\d|ten\b|five\b|four\b|three\b)", re.I
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
# Comparator words the parser hangs on the counted noun ("an estimated 5.2 million adults").
_LEAD_WORDS = frozenset("estimated approximately roughly nearly almost some about around".split())
_DEFINITE = frozenset("the these those its their his her our your both all".split())
# Nouns a bare number counts that are not amounts: durations, clock and calendar words.
_NOT_COUNTED = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries time times am pm a.m. p.m. o'clock season seasons
    percent cent % thirds fifths quarters halves sixths eighths tenths""".split()
)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_OBJ_PREPS = frozenset({"of", "in", "on", "for"})
_CHANGE_NOUNS = frozenset(
    """rise increase fall drop decline growth cut reduction jump surge slump gain loss rebound
    hike boost shortfall deficit surplus""".split()
)
# Verbs whose subject pays, spends or receives money: the subject is an agent, the verb
# phrase ("repay to Lord X", "spend on roads") names what the money is.
_MONEY_VERBS = frozenset(
    """pay repay spend invest raise give lend borrow donate receive earn win get owe charge
    fine award grant pledge offer bid allocate save cut budget set""".split()
)
_CHANGE_VERBS = frozenset(
    """rise fall gain lose jump slump drop climb grow shrink surge slide dip edge ease rally
    tumble plunge soar decline increase decrease sink add shed finish close end open
    trade""".split()
)
_BILATERAL = re.compile(r"\b(?:bilateral|two-way|mutual|between)\b", re.I)
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_CONV_OPEN = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|some|or|c\.)?\s*")
_CONV_NEXT = re.compile(r"\s*(?:;|,|/|or|and)\s*")
_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"


@dataclass
class _Hit:
    start: int
    end: int
    value: Decimal
    unit: str | None  # None: a bare number (a count if it quantifies a noun)
    num_start: int
    kind: str  # money | percent | points | count | bare
    vague: bool = False
    high: Decimal | None = None
    scaled: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# -- finding numbers with units --------------------------------------------------------


def _currency(m: re.Match[str], lx: Lexicon) -> tuple[str | None, float]:
    g = m.groupdict()
    if g["sym"]:
        return lx.symbols[g["sym"]], 1.0
    if g["code"]:
        return g["code"], 1.0
    if g["cword"]:
        return lx.words[re.sub(r"\s+", " ", g["cword"].lower())], 1.0
    if g["code2"]:
        return g["code2"], 1.0
    if g["minor"]:
        code, factor = lx.minor[g["minor"].strip().lower()]
        return code, factor
    return None, 1.0


_DIGIT_RUN = re.compile(r"\d+")
_WORD = re.compile(r"[A-Za-z]+")
_START_WORDS = frozenset(
    [
        *UNITS,
        *SCALES,
        "hundred",
        "dozen",
        "half",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "several",
        "few",
        "many",
    ]
)
# A prefix that may stand before a number: "US $", "HK$", "Rs ", "USD ", "£".
_PREFIX_BACK = re.compile(r"(?:(?:US|U\.S\.)\s?)?(?:[^\w\s]{1,2}|[A-Z][A-Za-z$.]{0,3})\s?$")


def _matches(text: str, lx: Lexicon) -> Iterator[re.Match[str]]:
    """The lexicon pattern's matches, tried only where a number can start (digits, number
    words): scanning every position with the full pattern costs more than the parse budget."""
    starts: list[int] = []
    for m in _DIGIT_RUN.finditer(text):
        starts.append(m.start())
    for m in _WORD.finditer(text):
        if m.group().lower() in _START_WORDS:
            starts.append(m.start())
    starts.sort()
    last_end = 0
    for c in starts:
        if c < last_end:
            continue
        found: re.Match[str] | None = None
        back = _PREFIX_BACK.search(text, max(last_end, c - 8), c)
        tries = [i for i in range(back.start(), c) if not text[i].isspace()] if back else []
        for art in ("a ", "an ", "A ", "An "):  # "a million", "a few thousand"
            if text.startswith(art, c - len(art)) and c - len(art) >= last_end:
                tries.append(c - len(art))
        tries.append(c)
        for pos in tries:
            got = lx.pattern.match(text, pos)
            if got is not None and got.end() > c:
                found = got
                break
        if found is not None:
            last_end = found.end()
            yield found


def _hits(text: str, lx: Lexicon) -> list[_Hit]:
    out: list[_Hit] = []
    for m in _matches(text, lx):
        g = m.groupdict()
        start, end = m.start(), m.end()
        num_start = (
            m.start("num") if g["num"] else m.start("vague") if g["vague"] else m.start("words")
        )
        vague = False
        value: Decimal | None
        if g["num"]:
            value = digits_value(g["num"])
            if not g["pre"] and _NO_NUMBER_BEFORE.search(text[:num_start]):
                continue
        elif g["vague"]:
            v = re.sub(r"\s+", " ", g["vague"].lower())
            parts = v.split(" ")
            if len(parts) > 1 and parts[0] in ("tens", "hundreds"):  # "tens of thousands"
                value = Decimal(10 if parts[0] == "tens" else 100) * Decimal(lx.vague[parts[-1]])
            elif parts[0] in ("several", "a", "many"):
                value = words_value(parts[-1]) or Decimal(0)
            else:
                value = Decimal(lx.vague[v])
            vague = True
        else:
            value = words_value(g["words"])
        if value is None or value == 0 and not g["pre"]:
            continue
        scaled = False
        scale = g["scale"] or g["abbr"] or g["abbr1"]
        if scale:
            value *= Decimal(str(lx.scales[scale.lower()]))
            scaled = True
        elif g["words"] and any(
            w in g["words"].lower() for w in ("thousand", "million", "billion", "trillion")
        ):
            scaled = True
        code, factor = _currency(m, lx)
        if g["cty"] and code == "USD":
            code = "USD"
        if code:
            if factor != 1.0:
                value *= Decimal(str(factor))
            out.append(_Hit(start, end, value, code, num_start, "money", vague, scaled=scaled))
            continue
        if g["pct"]:
            out.append(
                _Hit(start, end, value, "percent", num_start, "percent", vague, scaled=scaled)
            )
            continue
        if g["pp"]:
            unit = (
                "basis_points"
                if g["pp"].lower().startswith(("basis", "bp"))
                else "percentage_points"
            )
            out.append(_Hit(start, end, value, unit, num_start, "points", vague, scaled=scaled))
            continue
        # A bare number: drop years, ordinals, model numbers; keep for counts and ranges.
        if g["abbr1"] and not g["num"]:
            continue
        after = text[end : end + 3]
        if _LETTER_AFTER.match(after):
            continue
        if g["num"] and not scale and _YEAR.match(g["num"]):
            continue
        if g["words"] and re.fullmatch(r"(?i)an?|one", g["words"].strip()):
            continue
        out.append(_Hit(start, end, value, None, num_start, "bare", vague, scaled=scaled))
    return _ranges(text, out)


def _ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Join "between 5 and 10 million", "5-10%", "5 to 10 per cent"; a bare number before
    "to"/"and" a united one takes its unit ("from 5 to 10%": two amounts, both per cent)."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if b is not None and (j := _RANGE_JOIN.match(text[a.end : b.start])):
            joiner = j.group("j").lower()
            before = text[max(0, a.start - 12) : a.start]
            between = bool(_BETWEEN.search(before))
            frm = bool(_FROM.search(before))
            same_or_bare = a.unit is None or a.unit == b.unit
            is_range = (
                (joiner == "and" and between)
                or (joiner in ("-", "–", "—") and same_or_bare and (b.unit or a.unit is None))
                or (joiner == "to" and not frm and (a.unit is None or between))
            )
            if is_range or (frm and joiner == "to" and a.unit is None and b.unit):
                lo = a.value
                if not a.scaled and b.scaled and b.value and lo < b.value:
                    # "between 5 and 10 million": the scale belongs to both.
                    scale = _scale_of(b)
                    lo = lo * scale
                if is_range:
                    merged = _Hit(
                        a.start, b.end, lo, b.unit, a.num_start, b.kind, b.vague, scaled=True
                    )
                    merged.high = b.value
                    out.append(merged)
                    i += 2
                    continue
                a = _Hit(a.start, a.end, lo, b.unit, a.num_start, b.kind, a.vague, scaled=a.scaled)
        out.append(a)
        i += 1
    return out


def _scale_of(h: _Hit) -> Decimal:
    for s in (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6, Decimal(10) ** 3):
        if h.value >= s:
            return s
    return Decimal(1)


# -- reading the parse around a hit --------------------------------------------------------


def _tokens(doc: Any, s: int, e: int) -> Any:
    return doc.char_span(s, e, alignment_mode="expand")


def _count_noun(doc: Any, hit: _Hit, lx: Lexicon) -> tuple[Any, Any] | None:
    """(noun, event verb or None) that a bare number counts, or None."""
    span = _tokens(doc, hit.num_start, hit.end)
    if span is None or len(span) == 0:
        return None
    if any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") for t in span):
        return None
    last = span[-1]
    noun = None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "thousands of people", "5 of the soldiers"
    if nxt is not None and nxt.lower_ == "of":
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        if pobj:
            noun = pobj[0]
    if noun is None and last.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod"):
        h = last.head
        while h.dep_ in ("compound", "nummod") and h.head.i > h.i and h.pos_ == "NUM":
            h = h.head
        if h.i > last.i and h.i - last.i <= 4 and h.pos_ in ("NOUN", "PROPN"):
            noun = h
    if noun is None:
        # The tokenizer splits "1.5m" and the parse then goes astray: an adjacent plural
        # noun (perhaps after one modifier) is still what is counted.
        for k in (1, 2):
            t = doc[last.i + k] if last.i + k < len(doc) else None
            if t is None or t.is_punct:
                break
            if t.tag_ in _PLURAL_TAGS and t.pos_ == "NOUN":
                noun = t
                break
            if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
    if noun is not None:
        word = noun.lower_
        if word in _NOT_COUNTED or noun.lemma_.lower() in _NOT_COUNTED:
            return None
        if noun.tag_ not in _PLURAL_TAGS and word not in lx.people:
            return None
        if noun.ent_type_ in ("DATE", "TIME"):
            return None
        verb = _governing_verb(noun)
        return noun, verb
    # "20 people were killed and 100 injured": a bare number subject of a casualty verb.
    if last.dep_ in ("nsubj", "nsubjpass", "dobj") and last.head.lemma_.lower() in lx.events:
        return last, last.head
    return None


def _count_object(
    noun: Any, rel: Any, verb: Any, bare_subject: bool, skip: set[int], events: frozenset[str]
) -> str:
    """ "people killed", "jobs created", "lost subscribers": the counted noun with its verb."""
    np = "people" if bare_subject else _np(noun, skip)
    if verb is None or rel.head.i != verb.i:
        return np
    if rel.dep_ == "nsubjpass" or rel.dep_ == "nsubj" and verb.lemma_.lower() in events:
        return f"{np} {verb.text}"
    if rel.dep_ == "dobj":
        return f"{verb.text} {np}"
    return np


def _governing_verb(tok: Any) -> Any:
    h = tok
    for _ in range(6):
        if h.pos_ in ("VERB", "AUX") and h is not tok:
            return h
        if h.head.i == h.i:
            return None
        if h.dep_ not in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
            "prep",
            "compound",
            "amod",
            "nummod",
            "npadvmod",
            "attr",
            "appos",
            "conj",
            "quantmod",
        ):
            return None
        h = h.head
    return None


def _outward(span: Any) -> list[Any]:
    """Tokens of the span whose head is outside it (or that are the sentence root)."""
    idx = {t.i for t in span}
    return [t for t in span if (t.head.i not in idx or t.head.i == t.i) and t.dep_ != "punct"]


def _np(tok: Any, skip: set[int], *, with_prep: bool = False) -> str:
    """A short noun phrase for `tok`: its modifiers ("bilateral", "defence"), the noun, and
    an "of"/"in" complement for change nouns ("rise in sales")."""
    keep: set[int] = {tok.i}
    for c in tok.lefts:
        if (
            c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "quantmod")
            and c.i not in skip
        ):
            keep |= {t.i for t in c.subtree}
    preps = ("of", "in") if (with_prep or tok.lemma_.lower() in _CHANGE_NOUNS) else ("of",)
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            sub = [t.i for t in c.subtree]
            if len(sub) <= 6 and not skip & set(sub):
                keep |= set(sub)
            break
    doc = tok.doc
    toks = [
        doc[i]
        for i in sorted(keep - skip)
        if doc[i].dep_ not in ("det", "punct") or doc[i].i == tok.i or doc[i].text == "-"
    ]
    return _join(toks) or tok.text


def _join(toks: list[Any]) -> str:
    """Token texts with the text's own spacing where they are adjacent, a space elsewhere."""
    out: list[str] = []
    for a, b in zip(toks, toks[1:], strict=False):
        out.append(a.text_with_ws if b.i == a.i + 1 else a.text + " ")
    if toks:
        out.append(toks[-1].text)
    return "".join(out).strip()


def _change_holder(noun: Any, skip: set[int]) -> Any:
    """For a bare change noun ("a 5% rise") the noun whose change it is: the subject of the
    clause it is the object of, through relative pronouns; None if it has its own "in"."""
    if noun.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in noun.rights):
        return None
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(verb)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and _nounish(subj) and subj.i not in skip:
        return subj
    return None


def _alpha_toks(doc: Any, hits: list[_Hit]) -> set[int]:
    """Word tokens inside money amounts ("kronor" of "9.5bn kronor")."""
    out: set[int] = set()
    for h in hits:
        if h.kind == "money" and h.end - h.num_start > 0:
            sp = _tokens(doc, h.num_start, h.end)
            if sp is not None:
                out |= {t.i for t in sp if t.is_alpha}
    return out


def _nounish(tok: Any, pos: tuple[str, ...] = ("NOUN", "PROPN")) -> bool:
    """A noun that can name what is measured (not "%", a number or a currency sign)."""
    return bool(tok.pos_ in pos and not tok.like_num and tok.is_alpha and tok.tag_ != "$")


def _subject(verb: Any) -> Any:
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            return subj[0]
        if v.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.head.i != v.head.i:  # "before recovering to close"
            v = v.head.head
            continue
        if v.dep_ == "relcl":
            return v.head
        return None
    return None


@dataclass
class _Reading:
    object: str | None = None
    object_tok: Any = None
    verb: Any = None
    subject: Any = None


def _read(span: Any, hit: _Hit, wording: set[int]) -> _Reading:
    """What the amount measures, from the tree around it."""
    skip = {t.i for t in span} | wording
    r = _Reading()
    outs = _outward(span)
    if not outs:
        return r
    anchor = next(
        (t for t in outs if t.dep_ not in ("quantmod", "nmod", "compound", "nummod")), outs[0]
    )
    gov = anchor.head
    # Money's own complement: "$5bn in aid", "£3m of funding", "thousands of people".
    if hit.kind in ("money", "count"):
        for t in span:
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ in ("of", "in") and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if (
                        pobj
                        and _nounish(pobj[0], ("NOUN",))
                        and pobj[0].ent_type_ not in ("DATE", "GPE")
                    ):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        r.verb = _governing_verb(t)
                        return r
    dep = anchor.dep_
    # "95% of insurance claims were ...", "owns 30% of EADS": the share is of that thing,
    # unless a copula names the measured thing as subject ("the deficit was 3% of GDP").
    if hit.kind == "percent" and not (
        gov.lemma_ == "be"
        and (s := _subject(gov)) is not None
        and s.pos_ == "NOUN"
        and s.i not in skip
    ):
        for t in span:
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ == "of" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if pobj and _nounish(pobj[0]):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        r.verb = _governing_verb(t)
                        return r
    # "a €3m deal", "a 10% stake": the model often misparses these split tokens, so the
    # determiner-amount-noun order decides.
    doc = span.doc
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.ent_type_ not in ("DATE", "TIME")
        and nxt.lower_ not in _NOT_COUNTED
        and (
            prev is not None
            and prev.dep_ in ("det", "poss")
            or dep in ("nmod", "amod", "compound", "nummod")
        )
    ):
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN":
            nxt = nxt.head  # "15% interest rates"
        holder = _change_holder(nxt, skip)
        if holder is not None:
            nxt = holder  # "profits, which showed a 5.5% rise": profits
        r.object_tok = nxt
        r.object = _np(nxt, skip | ({prev.i} if prev is not None else set()))
        r.verb = _governing_verb(nxt)
        return r
    # Climb "worth" and prepositions to what the amount attaches to.
    if gov.lower_ == "worth" and gov.head.i != gov.i:
        anchor, gov, dep = gov, gov.head, gov.dep_
    # "The deficit, up 30.5%": through the adverb to what it describes.
    if (
        dep in ("npadvmod", "dobj", "advmod")
        and gov.pos_ in ("ADV", "ADJ", "ADP")
        and gov.head.i != gov.i
    ):
        anchor, gov, dep = gov, gov.head, gov.dep_
        if gov.pos_ == "NOUN" and _nounish(gov) and gov.i not in skip:
            r.object_tok = gov
            r.object = _np(gov, skip | {t.i for t in anchor.subtree})
            r.verb = _governing_verb(gov)
            return r
    if dep == "pobj" and gov.dep_ == "prep":
        prep = gov
        target = prep.head
        if prep.lower_ == "of" and _nounish(target) and target.i not in skip:
            r.object_tok = target
            r.object = _np(target, skip | {t.i for t in prep.subtree})
            r.verb = _governing_verb(target)
            return r
        # "up from $179m", "higher than $5bn": through the adverb to its verb.
        for _ in range(2):
            if target.pos_ in ("ADV", "ADJ", "ADP") and target.head.i != target.i:
                target = target.head
        if target.pos_ in ("VERB", "AUX"):
            gov, dep = target, "prep"
        elif target.pos_ == "NOUN" and target.i not in skip:
            target = _change_holder(target, skip) or target  # "a 5.5% rise to 18.3bn euros"
            r.object_tok = target
            r.object = _np(target, skip | {t.i for t in prep.subtree})
            r.verb = _governing_verb(target)
            return r
    if (
        dep in ("nummod", "compound", "amod", "nmod", "quantmod", "appos")
        and gov.pos_ in ("NOUN", "PROPN")
        and gov.i not in skip
    ):
        r.object_tok = gov
        r.object = _np(gov, skip)
        r.verb = _governing_verb(gov)
        return r
    if gov.pos_ in ("VERB", "AUX"):
        r.verb = gov
        if dep in _AGENT_DEPS:
            r.object = _verb_phrase(gov, skip)
            return r
        # "cut the agency's staff by 25%", "increase their stake beyond 49%": the verb's
        # object is what changes.
        if dep in ("prep", "npadvmod", "advmod", "pobj"):
            dobj = [c for c in gov.children if c.dep_ == "dobj" and c.i not in skip]
            if dobj and _nounish(dobj[0], ("NOUN",)):
                r.object_tok = dobj[0]
                r.object = _np(dobj[0], skip)
                r.subject = _subject(gov)
                return r
        # "losses halved in 2004 to $200m": a participle on the noun it describes.
        if (
            gov.dep_ in ("acl", "relcl")
            and _nounish(gov.head, ("NOUN",))
            and gov.head.i not in skip
        ):
            if not [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]:
                r.object_tok = gov.head
                r.object = _np(gov.head, skip)
                return r
        subj = _subject(gov)
        if subj is not None and subj.tag_ == "WDT" and gov.dep_ == "relcl":
            subj = gov.head  # "the minimum salary, which is currently $94"
            if subj.like_num or not subj.is_alpha:
                subj = None  # "10%, which is about 1bn euros": no new object
        r.subject = subj
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.i not in skip
            and subj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")
            and subj.lower_ not in lexicon().people  # "Ministers had hoped to get £900m"
            and not (hit.kind == "money" and gov.lemma_.lower() in _MONEY_VERBS and dep == "dobj")
        ):
            r.object_tok = subj
            r.object = _np(subj, skip)
            return r
        if (
            subj is not None
            and subj.pos_ == "PROPN"
            and gov.lemma_.lower() in _CHANGE_VERBS
            and subj.i not in skip
        ):
            # "Corus fell 2.2%": the company's share price; the name is the best we have.
            r.object_tok = subj
            r.object = _np(subj, skip)
            return r
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.lower_ in lexicon().people
            and gov.lemma_ not in ("be", "have", "say")
        ):
            r.object = f"{_np(subj, skip)} {gov.text}"  # "shareholders lost"
            return r
        r.object = _verb_phrase(gov, skip)
        return r
    if gov.pos_ == "NOUN" and gov.i not in skip:
        r.object_tok = gov
        r.object = _np(gov, skip)
    return r


def _verb_phrase(verb: Any, skip: set[int]) -> str:
    """ "invest in Pakistan", "spend on defence": the verb and its first on/in/for object."""
    words = [verb.lemma_.lower()]
    words += [c.lower_ for c in verb.rights if c.dep_ == "prt"]  # "pay back"
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ in (*_OBJ_PREPS, "to") and c.i not in skip:
            pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME"):
                words += [c.lower_, _np(pobj[0], skip)]
                break
    return " ".join(words)


# -- countries -----------------------------------------------------------------------------


class _Countries:
    """Token -> country code: entity mentions when the entities stage ran, else the
    knowledge base over the model's GPE/NORP names."""

    def __init__(self, art: Article) -> None:
        self.by_char: dict[int, str] = {}
        self.counts: Counter[str] = Counter()
        for ent in art.entities:
            if not ent.country:
                continue
            for mm in ent.mentions:
                for i in range(mm.span[0], mm.span[1]):
                    self.by_char[i] = ent.country
                if ent.type in ("COUNTRY", "GPE", "NORP"):
                    self.counts[ent.country] += 1
        self.from_entities = bool(self.by_char)
        if not self.from_entities and art.doc is not None:
            for e in art.doc.ents:
                if e.label_ in ("GPE", "NORP"):
                    code = _kb_country(e.text)
                    if code:
                        for i in range(e.start_char, e.end_char):
                            self.by_char[i] = code
                        self.counts[code] += 1

    def of(self, tok: Any) -> str | None:
        return self.by_char.get(tok.idx)

    def dyad(self) -> list[str]:
        top = [c for c, n in self.counts.most_common(2) if n >= 2]
        return sorted(top) if len(top) == 2 else []


@lru_cache(maxsize=4096)
def _kb_country(text: str) -> str | None:
    try:
        from communique.kb import KnowledgeBase

        c = KnowledgeBase.load().resolve_country(text)
        return c.code if c else None
    except Exception:  # noqa: BLE001 - the KB is optional here: no parties without it
        return None


def _parties(r: _Reading, countries: _Countries, span: Any) -> list[str]:
    found: list[str] = []

    def add(tok: Any) -> None:
        code = countries.of(tok)
        if code and code not in found:
            found.append(code)

    skip = {t.i for t in span}
    if r.object_tok is not None:
        obj = r.object_tok
        for t in obj.subtree:
            if t.i not in skip and (t.i <= obj.i or t.dep_ in ("pobj", "conj", "prep")):
                add(t)
        if r.object and _BILATERAL.search(r.object) and len(found) < 2:
            dy = countries.dyad()
            if dy:
                return dy
        if found:
            return found
    if r.verb is not None:
        subj = r.subject if r.subject is not None else _subject(r.verb)
        if subj is not None:
            for t in subj.subtree:
                add(t)
        for c in r.verb.children:
            if c.dep_ in ("dative",) or (
                c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "in", "into", "between")
            ):
                for t in c.subtree:
                    if t.i not in skip:
                        add(t)
    return found


# -- the rest of the record ----------------------------------------------------------------


def _comparator(
    text: str, hit: _Hit, sent_start: int, lx: Lexicon, doc: Any = None
) -> tuple[str, str | None, int]:
    """(comparator, the wording, where the wording starts)."""
    if hit.high is not None:
        return "~", None, hit.start
    raw = text[max(sent_start, hit.start - 40) : hit.start]
    before = re.sub(r"\s+", " ", raw.lower()).rstrip()
    for phrase, comp in lx.comparators:
        if before.endswith(phrase) and (
            len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()
        ):
            at = hit.start - len(raw) + _rfind_words(raw.lower(), phrase)
            if doc is not None and phrase.split()[0] in ("up", "over", "under", "top"):
                first = doc.char_span(at, at + 1, alignment_mode="expand")
                # "pushed claims up to $37bn", "took over": a particle, not a comparator.
                if first is not None and len(first) and first[0].dep_ == "prt":
                    continue
            return comp, phrase, at
    after = _AFTER_COMP.match(text[hit.end : hit.end + 12])
    if after:
        c = (after.group("c") or "+").lower()
        return ("<" if "less" in c or "fewer" in c else "~" if "so" in c else ">"), c, hit.start
    if hit.vague:
        return ">", None, hit.start
    return "=", None, hit.start


def _rfind_words(raw: str, phrase: str) -> int:
    """Start in `raw` of the last occurrence of `phrase`, allowing any whitespace runs."""
    pat = r"\s+".join(re.escape(w) for w in phrase.split())
    last = None
    for m in re.finditer(pat, raw):
        last = m
    return last.start() if last else len(raw)


def _ref_date(art: Article) -> date | None:
    if art.published:
        try:
            return date.fromisoformat(art.published[:10])
        except ValueError:
            return None
    return None


def _clause_head(tok: Any) -> Any:
    """The first verb at or above `tok` (or the root)."""
    h = tok
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    return h


def _is_prior(span: Any) -> bool:
    """An earlier or compared value: "from $4bn", "against 6.3bn kronor"."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("from", "against") for t in _outward(span))


def _period(
    periods: list[Period], offset: int, span: Any, hit: _Hit, doc: Any, others: list[_Hit]
) -> Period | None:
    """The period expression in the amount's clause nearest to it, not reached across an
    earlier value (`others`: the sentence's "from"/"against" amounts)."""
    if not periods:
        return None
    outs = _outward(span)
    clauses = {_clause_head(t.head).i for t in outs}
    # "rose to $5bn in 2004 from $4bn": an earlier value does not share the clause's
    # period; only a period written after it ("from $2.8bn in 2003") is its own.
    prior = _is_prior(span)
    best: tuple[int, Period] | None = None
    for p in periods:
        s, e = p.start + offset, p.end + offset
        if s < hit.end and hit.start < e or prior and s < hit.end:
            continue
        ps = _tokens(doc, s, e)
        if ps is None or len(ps) == 0:
            continue
        if clauses and not clauses & {_clause_head(t.head).i for t in _outward(ps)}:
            continue
        lo, hi = (hit.end, s) if s >= hit.end else (e, hit.start)
        if any(lo <= o.start and o.end <= hi for o in others):
            continue  # "to X from Y in 2003": 2003 is Y's, not X's
        dist = s - hit.end if s >= hit.end else hit.start - e
        if best is None or dist < best[0]:
            best = (dist, p)
    return best[1] if best else None


def _quote_regions(art: Article) -> tuple[list[tuple[int, int]], list[tuple[tuple[int, int], Any]]]:
    """(quoted regions: direct quotes and text inside quotation marks, reported speech
    regions with their Quote). Indirect speech is reported, not quoted."""
    direct = [s for q in art.quotes if q.kind == "direct" for s in q.spans]
    reported = [(s, q) for q in art.quotes if q.kind != "direct" for s in q.spans]
    return direct + _quote_marks(art), reported


_QUOTE_CHARS = re.compile(r"[\"“”]")


def _quote_marks(art: Article) -> list[tuple[int, int]]:
    """Text between quotation marks within a paragraph. A straight quote opens when it
    follows a space and precedes a word, else it closes: toggling goes wrong on news
    style, where a quote continued into a new sentence opens again without closing."""
    text = art.text
    out: list[tuple[int, int]] = []
    for ps, pe in art.paragraphs or [(0, len(text))]:
        open_at: int | None = None
        for m in _QUOTE_CHARS.finditer(text, ps, pe):
            i = m.start()
            ch = m.group()
            before = text[i - 1] if i > ps else " "
            after = text[i + 1] if i + 1 < pe else " "
            opens = (
                ch == "“"
                or ch == '"'
                and (before.isspace() or before in "([—–-")
                and not after.isspace()
            )
            if opens:
                if open_at is not None:
                    out.append((open_at, i))  # re-opened: the earlier quote ran to here
                open_at = i
            elif open_at is not None:
                out.append((open_at, i + 1))
                open_at = None
        if open_at is not None:  # a quote that runs to the paragraph's end
            out.append((open_at, pe))
    return out


def extract_amounts(art: Article) -> list[Amount]:
    """Every amount of the article, in text order."""
    text = art.text
    doc = art.doc
    lx = lexicon()
    hits = _hits(text, lx)
    if not hits:
        return []
    parsed = doc is not None and doc.has_annotation("DEP")
    countries = _Countries(art) if parsed else None
    quotes, reported = _quote_regions(art)
    ref = _ref_date(art)
    sent_periods: dict[int, list[Period]] = {}
    count_object: str | None = None
    # Tokens of every amount: no object phrase may contain another amount ("$11bn (£5.7bn)
    # accounting fraud" -> "accounting fraud").
    amount_toks: set[int] = set()
    if parsed:
        for h in hits:
            sp = _tokens(doc, h.num_start, h.end)
            if sp is not None:
                amount_toks |= {t.i for t in sp if not t.is_alpha or t.like_num or t.tag_ == "$"}
    amount_words = amount_toks | _alpha_toks(doc, hits) if parsed else set()
    priors: list[_Hit] = []
    if parsed:
        for h in hits:
            sp = _tokens(doc, h.start, h.end)
            if sp is not None and len(sp) and _is_prior(sp):
                priors.append(h)
    out: list[Amount] = []
    for hit in hits:
        extra: dict[str, Any] = {}
        span = _tokens(doc, hit.start, hit.end) if parsed else None
        unit = hit.unit
        if unit is None:
            if span is None:
                continue
            got = _count_noun(doc, hit, lx)
            if got is None:
                continue
            noun, verb = got
            if _OUT_OF.search(text[max(0, hit.start - 12) : hit.start]) or _OUT_OF_AFTER.match(
                text, hit.end
            ):
                continue  # "two out of 10 asylum seekers" is a proportion, not a count
            if hit.value < 10 and not hit.scaled:
                prev = doc[span[0].i - 1] if span[0].i > 0 else None
                if prev is not None and prev.lower_ in _DEFINITE:
                    continue  # "the two countries": a reference, not an amount
                if noun.lower_ not in lx.people and not text[hit.num_start].isdigit():
                    continue
            bare_subject = noun.i == span[-1].i  # "20 killed and 100 injured"
            num_toks = {t.i for t in span}
            # The token whose relation to the verb counts: "thousands" in "thousands of people".
            rel = span[-1] if noun.i > span[-1].i and noun.dep_ == "pobj" else noun
            lead = _tokens(doc, max(span[0].sent.start_char, hit.start - 16), hit.start)
            lead_toks = (
                {t.i for t in lead if t.lower_ in _LEAD_WORDS} if lead is not None else set()
            )
            count_object = _count_object(
                noun, rel, verb, bare_subject, num_toks | amount_toks | lead_toks, lx.events
            )
            is_people = (
                noun.lower_ in lx.people
                or noun.lemma_.lower() in lx.people
                or bare_subject
                or noun.ent_type_ == "NORP"  # "440 Britons"
            )
            unit = "people" if is_people else noun.lower_
            if not bare_subject:
                extra["quantity_noun"] = noun.text
                if noun.i > span[-1].i and noun.i - span[-1].i <= 3:
                    hit.end = max(hit.end, noun.idx + len(noun.text))
                    span = _tokens(doc, hit.start, hit.end)
            if verb is not None and verb.lemma_.lower() in lx.events:
                extra["event"] = verb.lemma_.lower()
            hit.kind = "count"
        sent_start = span[0].sent.start_char if span is not None else 0
        comparator, comp_text, comp_at = _comparator(
            text, hit, sent_start, lx, doc if parsed else None
        )
        if comp_text:
            extra["comparator_text"] = comp_text
            if comp_text in lx.inclusive:
                extra["inclusive"] = True
        if hit.high is not None:
            extra["value_high"] = plain(hit.high)
        if hit.vague:
            extra["vague"] = True
        obj: str | None = None
        parties: list[str] = []
        period: str | None = None
        if span is not None:
            # The comparator's words ("in excess of", "the equivalent of") are no object.
            wording = _tokens(doc, comp_at, hit.start) if comp_at < hit.start else None
            also = {t.i for t in wording} if wording is not None else set()
            reading = _read(span, hit, also | (amount_toks - {t.i for t in span}))
            if reading.object_tok is not None and reading.object_tok.i in amount_words:
                # "was 9.5bn kronor against 6.3bn kronor": the other amount's object.
                at = reading.object_tok.idx
                owner = next((a for a in out if a.span[0] <= at < a.span[1]), None)
                reading.object = owner.object if owner is not None else None
            obj = reading.object if hit.kind != "count" or unit in lx.measures else count_object
            if hit.kind == "count" and unit in lx.measures and not obj:
                obj = count_object
            assert countries is not None
            parties = _parties(reading, countries, span)
            sent = span[0].sent
            if sent.start_char not in sent_periods:
                sent_periods[sent.start_char] = find_periods(sent.text, ref)
            p = _period(sent_periods[sent.start_char], sent.start_char, span, hit, doc, priors)
            if p is not None:
                period = p.interval
                extra["period_text"] = p.text
        extra["quoted"] = any(s <= hit.start and hit.end <= e for s, e in quotes)
        for (s, e), q in reported:
            if not extra["quoted"] and s <= hit.start and hit.end <= e:
                extra["reported"] = True
                if q.speaker is not None and q.speaker.name:
                    extra["speaker"] = q.speaker.name
                break
        extra["kind"] = hit.kind
        ref_ = art.ref(hit.start, hit.end)
        prev_amt = out[-1] if out else None
        if prev_amt is not None and hit.kind == "money" and prev_amt.unit != unit:
            gap = text[prev_amt.span[1] : hit.start]
            orig = prev_amt
            if "conversion_of" in prev_amt.extra and _CONV_NEXT.fullmatch(gap):
                orig = next(a for a in out if list(a.span) == prev_amt.extra["conversion_of"])
            if _CONV_OPEN.fullmatch(gap) or orig is not prev_amt:
                # "$1.13bn (£600m)", "6.5bn reais ($2.3bn or £1.2bn)": the same amount in
                # other currencies; the parse of the brackets is noise, the original rules.
                obj, period, parties = orig.object, orig.period, list(orig.parties)
                comparator = orig.comparator if comparator == "=" else comparator
                extra["conversion_of"] = list(orig.span)
        out.append(
            Amount(
                value=plain(hit.value),
                unit=unit,
                comparator=comparator,
                text=ref_.text,
                span=ref_.span,
                raw_span=ref_.raw_span,
                object=obj,
                period=period,
                parties=parties,
                extra=extra,
            )
        )
    return out
