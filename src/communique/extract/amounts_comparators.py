"""Comparators and compared values: the comparator and its wording ("more than", "up to",
"at least"), an earlier or previous value ("cut its forecast to 4.0% from 4.4%"), values
compared with another ("compared with 10% before"), gaps and shortfalls ("19% less than
men"), "from X to Y" pairs, "respectively" lists, a year-earlier figure, excesses, and the
role an earlier forecast or target plays for a later one.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from communique.extract.amounts_hits import _Hit
from communique.extract.amounts_lexicon import Lexicon
from communique.extract.amounts_parse import (
    _base,
    _join,
    _nounish,
    _np,
    _outward,
    _subject,
    _text_sentence,
    _tokens,
)
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import _FROM, _TO_ONLY, _UP_VERBS
from communique.extract.dates import MONTH_NAMES
from communique.record import Amount

_AFTER_COMP = re.compile(
    r"^(?:\s*(?P<c>or\s+more|or\s+so|or\s+less|or\s+fewer|-plus|plus(?!\s+[a-z]))\b|\+)", re.I
)

# Comparator words the parser hangs on the counted noun ("an estimated 5.2 million adults").
_LEAD_WORDS = frozenset("estimated approximately roughly nearly almost some about around".split())


# -- the rest of the record ----------------------------------------------------------------


_TAIL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


# "past $50" as a level passed; a gap's word in an object; a change's opening words.
_PAST_END = re.compile(r"(?:^|\s)past$")
_GAP_WORD = re.compile(r" (?:what|above|below|over) ")
_CHANGE_LEAD = re.compile(r"^(?:rise|fall|growth|increase) in ")


def _tail_word(text: str) -> str | None:
    """The lower-case word (ASCII letters and digits, and a full stop after it if any) a text with
    no trailing whitespace ends with, read back from its end: what a search by
    "[a-z0-9]+\\.?$" finds, without that pattern tried at every character."""
    end = len(text) - 1 if text.endswith(".") else len(text)
    at = end
    while at > 0 and text[at - 1] in _TAIL_CHARS:
        at -= 1
    return text[at:] if at < end else None


_SPACES = re.compile(r"\s+")


def _one_spaced(text: str) -> str:
    """`text` with each run of whitespace made one space: most texts have only single
    spaces already (every whitespace character but the space is unprintable), no pattern."""
    if "  " not in text and text.isprintable():
        return text
    return _SPACES.sub(" ", text)


def _comparator(
    text: str, hit: _Hit, sent_start: int, lx: Lexicon, doc: Any = None
) -> tuple[str, str | None, int]:
    """(comparator, the wording, where the wording starts)."""
    if hit.high is not None:
        return "~", None, hit.start
    raw = text[max(sent_start, hit.start - 40) : hit.start]
    # (an opening quote between the wording and the number: about "27% of the world's")
    before = _one_spaced(raw.lower()).rstrip().rstrip("\"“‘'").rstrip()
    tail = _tail_word(before)
    # (a comparator's last word ends the text before the number: only those can match)
    for phrase, comp in lx.comparators_by_tail.get(tail, ()) if tail else ():
        if before.endswith(phrase) and (
            len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()
        ):
            at = hit.start - len(raw) + _rfind_words(raw.lower(), phrase)
            if doc is not None and phrase.split()[0] in ("up", "over", "under", "top"):
                first = doc.char_span(at, at + 1, alignment_mode="expand")
                # "pushed claims up to $37bn", "took over": a particle, not a comparator;
                # but "could cost up to £100m" is a ceiling whatever the parse says.
                if first is not None and len(first) and _particle(first[0]):
                    continue
            return comp, phrase, at
    if hit.kind == "money" and before.endswith("past") and _PAST_END.search(before):
        # "took crude oil prices past $50 a barrel": a level passed (money only: "the past
        # 12 months" is a time)
        return ">", "past", hit.start - len(raw) + _rfind_words(raw.lower(), "past")
    # (the pattern ends on "the": no search of a text that does not)
    mark = _ABOVE_THE.search(before) if before.endswith("the") else None
    if mark and _MARK_AFTER.match(text, hit.end):
        # "surged back above the $47 a barrel mark": a level passed.
        word = mark.group(1)
        comp = ">" if word in ("above", "over", "beyond", "past") else "<"
        return comp, word, hit.start - len(raw) + _rfind_words(raw.lower(), word)
    after = _AFTER_COMP.match(text[hit.end : hit.end + 12])
    if after:
        c = (after.group("c") or "+").lower()
        return ("<" if "less" in c or "fewer" in c else "~" if "so" in c else ">"), c, hit.start
    if hit.vague:
        # "several hundred": a range held in value/value_high, so about, not more than
        return ("~" if hit.high is not None else ">"), None, hit.start
    return "=", None, hit.start


_ABOVE_THE = re.compile(r"\b(above|over|beyond|past|below|under|beneath)\s+the$")
_MARK_AFTER = re.compile(
    r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:mark|level|barrier|threshold|line|ceiling|floor)\b"
)


def _particle(tok: Any) -> bool:
    """Whether the first word of "up to", "over" is a verb's particle, not a comparator."""
    moved = (  # "brings the order book up to 225 orders": the verb's object, then "up"
        tok.nbor(-1) if tok.lower_ == "up" and tok.i > 0 and tok.nbor(-1).dep_ == "dobj" else None
    )
    if (
        tok.dep_ != "prt"
        and not (tok.lower_ == "up" and tok.i > 0 and tok.nbor(-1).pos_ == "VERB")
        and moved is None
    ):
        return False
    if tok.lower_ != "up":
        return True
    verb = tok.head if tok.dep_ == "prt" else moved.head if moved is not None else tok.nbor(-1)
    return verb.lemma_.lower() in _UP_VERBS


def _rfind_words(raw: str, phrase: str) -> int:
    """Start in `raw` of the last occurrence of `phrase`, allowing any whitespace runs."""
    pat = r"\s+".join(re.escape(w) for w in phrase.split())
    last = None
    for m in re.finditer(pat, raw):
        last = m
    return last.start() if last else len(raw)


_MORE_THAN = re.compile(
    r"\s+(?P<way>more|higher|greater|bigger|above|less|lower|smaller|below)\s+than\s+", re.I
)
_MORE_WAYS = frozenset("more higher greater bigger above".split())


def _aside_change(
    text: str, span: Any, hit: _Hit, out: list[Amount], sent_start: int, skip: set[int]
) -> tuple[str, Amount, str] | None:
    """ "produced 14.27m tonnes ..., 21% more than the average": the percentage by which the
    amount before differs from what it is compared with, as (object, that amount, way)."""
    more = _MORE_THAN.match(text, hit.end)
    if more is None:
        return None
    prev = next((a for a in reversed(out) if a.span[0] >= sent_start and a.unit != "percent"), None)
    base = _base(prev)
    if prev is None or not base:
        return None
    doc = span.doc
    between = _tokens(doc, prev.span[1], hit.start) or []
    if any(t.pos_ in ("VERB", "AUX") and t.i not in skip for t in between):
        return None  # "... tonnes, and exports rose 21% more than": its own clause
    way = "rise" if more.group("way").lower() in _MORE_WAYS else "fall"
    ref: list[Any] = []
    for t in doc[span.end :]:
        if t.idx < more.end():
            continue
        if t.is_punct or t.pos_ == "CCONJ":
            break
        ref.append(t)
    said = _join([t for t in ref if t.dep_ != "det" and t.i not in skip])
    if not ref or ref[0].lower_ in ("in", "on", "for", "during") or ref[0].ent_type_ == "DATE":
        return f"{way} in {base}", prev, way  # "24% higher than in 2003": a year before
    # (against another thing, not the same one earlier: a difference, not a rise)
    return f"{base} {'above' if way == 'rise' else 'below'} {said}", prev, ""


# Words that name a figure only by its role ("its target", "2003's figure", "analyst
# expectations"): what they are of is said by the sentence's measure.
_ROLE_WORDS = {
    **dict.fromkeys("target targets expectation expectations forecast estimate".split(), "for"),
    **dict.fromkeys("figure average record peak level total".split(), "of"),
}
_ROLE_OF = re.compile(rf"^(?:{'|'.join(_ROLE_WORDS)}) of ")
# Nouns a sentence's subject measures with ("Mercedes' profits ... compared unfavourably").
_MEASURE_SUBJECTS = frozenset(
    """profit profits revenue revenues sales earnings loss losses price prices output exports
    imports deficit surplus inflation growth spending costs savings turnover""".split()
)


def _role_of(obj: str, span: Any, earlier: list[Amount], skip: set[int]) -> str:
    """ "Qantas's target" -> "Qantas's target for savings" when "Qantas made savings of
    A$245m, and is on track to top its target of A$500m"; "analyst expectations" -> "analyst
    expectations for Mercedes' profits": a role word's measure, from the sentence."""
    role = obj.rsplit(" ", 1)[-1].lower()
    link = _ROLE_WORDS.get(role)
    owner, _, bare = obj.rpartition("'s ") if "'s " in obj else ("", "", obj)
    if link is None or len(bare.split()) > 2:
        return obj
    if any(w.lower().rstrip("s") in _MEASURE_SUBJECTS for w in bare.split()[:-1]):
        return obj  # "growth forecast": of growth already
    for a in reversed(earlier):  # an amount before it in the sentence, of another role
        base = re.sub(r"^(?:rise|fall|growth|increase) in ", "", _base(a) or "")
        base = _ROLE_OF.sub("", base)  # ("figure of profits")
        if owner and base.startswith(f"{owner}'s "):
            base = base[len(owner) + 3 :]  # "Qantas's target for savings"
        what = base.rsplit(" ", 1)[-1].lower()
        if what in obj.lower().split():
            return obj  # "the firm's margin forecast": of the margin already
        if base and what not in _ROLE_WORDS and len(base) < 60:
            return f"{obj} {link} {base}"
    root = _sent(span[0]).root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is not None
        and subj.lower_ in _MEASURE_SUBJECTS
        and subj.i not in skip
        and not span.start <= subj.i < span.end
        and subj.lower_ not in obj.lower()
    ):
        return f"{obj} {link} {_np(subj, skip)}"
    return obj


# Measure words that do not say what they measure ("the 2% target", "the 3% growth rate").
_MEASURE_HEADS = frozenset(
    """rate rates figure figures level levels range band target targets objective objectives
    goal goals estimate estimates forecast forecasts projection projections record""".split()
)
# Words of a measure's phrase that do not say what is measured either ("growth rate",
# "target range"); and the words of a figure's version ("the latest GDP figure").
_MEASURE_MODS = _MEASURE_HEADS | {"growth", "record", "official"}
_VERSION_WORDS = frozenset(
    "latest new first final previous earlier revised preliminary provisional initial".split()
)
# Prepositions and verbs that compare a value with a measure ("remains within the target
# range", "topped the growth rate economists had forecast").
_COMPARED_BY = frozenset("within above below under over beyond near of".split())
_COMPARING_VERBS = frozenset("beat top miss exceed surpass overshoot undershoot breach".split())


def _measure_noun(span: Any) -> Any:
    """The measure word an amount sizes ("the [[2-3%]] target range": "range"), or None."""
    outs = _outward(span)
    if len(outs) != 1 or outs[0].dep_ not in ("compound", "nummod", "amod"):
        return None
    head = outs[0].head
    return head if head.lower_ in _MEASURE_HEADS and head.pos_ == "NOUN" else None


def _sized_noun(span: Any) -> Any:
    """The noun an amount sizes ("the [[2%]] rise that economists had predicted"), or None."""
    outs = _outward(span)
    if len(outs) != 1 or outs[0].dep_ not in ("compound", "nummod"):
        return None
    head = outs[0].head
    return head if head.pos_ == "NOUN" and head.i > outs[0].i else None


def _compared_subject(noun: Any) -> Any:
    """The subject of the clause that compares its value with measure `noun`: "inflation"
    of "inflation remains within the target range", "figure" of "the GDP figure topped the
    growth rate"; else None."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _COMPARING_VERBS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in _COMPARED_BY:
        verb = noun.head.head
        if noun.head.lower_ == "of":  # "ahead of", "short of": over the adverb
            if verb.pos_ not in ("ADV", "ADJ"):
                return None
            verb = verb.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _nounish(subj, ("NOUN", "PROPN")) else None


def _what_measured(subj: Any, skip: set[int]) -> str | None:
    """The words of a subject that name a quantity: "inflation"; "gross domestic product"
    of "the new gross domestic product figure"; None for two (listed) or a bare measure."""
    words = list(subj.lefts)
    if any(w.dep_ == "cc" or w.dep_ == "conj" for w in words) or any(
        c.dep_ == "conj" for c in subj.rights
    ):
        return None  # "exports and imports": which of them is not said
    said = [
        w
        for w in subj.doc[subj.left_edge.i : subj.i + 1]
        if w.i not in skip
        and w.dep_ not in ("det", "poss", "case", "punct", "nummod")
        and w.head.dep_ != "poss"
        and w.lower_ not in _VERSION_WORDS
        and w.is_alpha
    ]
    if subj.lower_ in _MEASURE_HEADS:
        said = said[:-1]  # "GDP figure": "GDP"
    if not said or said[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    # (a name keeps its capital; a common noun opening the sentence does not)
    return " ".join(
        w.text
        if w.is_upper or w.ent_type_ or w.pos_ == "PROPN" and not w.is_sent_start
        else w.lower_
        for w in said
    )


def _measured_by_clause(obj: str, span: Any, skip: set[int]) -> str:
    """ "the Bank target range" -> "the Bank inflation target range" when "inflation remains
    within the Bank's 2-3% target range"; "growth rate that economists had forecast" ->
    "GDP growth rate ..." when "the GDP figure topped the 3.5% growth rate": a measure word
    that does not say what it measures takes the quantity its value is compared with."""
    noun = _measure_noun(span)
    if noun is None:
        return obj
    lead = list(span.doc[span.end : noun.i])
    if any(t.lower_ not in _MEASURE_MODS for t in lead):
        return obj  # "the inflation target range": it says what it measures
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "on") for c in noun.rights):
        return obj  # "a target for inflation"
    subj = _compared_subject(noun)
    what = _what_measured(subj, skip) if subj is not None else None
    if what is None or what.lower() in obj.lower():
        return obj
    first = lead[0] if lead else noun
    low = obj.lower()
    # (the word first: the pattern is built, and compiled, for each word)
    at = re.search(rf"\b{re.escape(first.lower_)}\b", low) if first.lower_ in low else None
    if at is None:
        return obj
    return f"{obj[: at.start()]}{what} {obj[at.start() :]}"


# Measure words that name a value only by its role ("the objective of 0.7%", "a 2.5% target").
_BARE_ROLES = frozenset("target objective goal aim forecast estimate".split())


def _same_value_said(obj: str, value: Any, unit: str, said: list[Amount]) -> str:
    """ "objective" -> "objective for overseas aid as share of national income" when the
    sentence before said "a commitment to reaching 0.7% of national income for overseas aid"
    and this one "the objective of 0.7% could be achieved earlier": a bare role word whose
    value an amount just before had is that amount's measure (`said`: the amounts of this
    sentence and the one before, last first)."""
    if obj.lower() not in _BARE_ROLES:
        return obj
    same = next((a for a in said if float(a.value) == float(value) and a.unit == unit), None)
    base = _base(same)
    if not base or base.lower().split(" ", 1)[0] in _BARE_ROLES or len(base) > 80:
        return obj
    return f"{obj} for {base}"


# Verbs of a value told before it was known ("the 3.1% the government estimated").
_ESTIMATE_VERBS = frozenset("estimate forecast expect predict project anticipate".split())
# Their stems, a cheap gate on the sentence's text before its parse is read.
_ESTIMATE_STEMS = tuple(sorted(v.rstrip("e") for v in _ESTIMATE_VERBS))
_ESTIMATE_WORD = re.compile(rf"\b(?:{'|'.join(_ESTIMATE_STEMS)})")


def _estimated_by(span: Any) -> str | None:
    """ "the government estimated a month ago" when "the GDP figure was ahead of the 3.1% the
    government estimated a month ago": a relative clause of estimating on the amount (or the
    noun it sizes) says the value is that estimate, not the figure itself; None when there
    is none, or a long one."""
    noun = _measure_noun(span) or _sized_noun(span)
    clause = next(
        (
            c
            for t in (span[-1], noun)
            if t is not None
            for c in t.rights
            if c.dep_ == "relcl" and c.lemma_.lower() in _ESTIMATE_VERBS
        ),
        None,
    )
    if clause is None:
        return None
    doc = span.doc
    lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    if doc[lo].lower_ in ("that", "which"):
        lo += 1
    if not 0 < hi - lo <= 10 or any(t.is_punct for t in doc[lo:hi]):
        return None
    return str(doc[lo:hi].text)


# Verbs of one thing beating another by an amount ("production is outstripping demand by
# 30%": the excess of production over demand).
_EXCEED_VERBS = frozenset("exceed outstrip outpace outnumber outsell outweigh surpass".split())


_EXCESS_LEAD = _LEAD_WORDS | {"just", "only", "over", "more"}


def _excess_of(span: Any, skip: set[int]) -> str | None:
    """ "Production is outstripping demand by about 30%": the excess of one over the other."""
    at = span.start - 1
    if at < 0:
        return None
    doc = span.doc
    by = doc[at]  # (each token built once: "doc[i]" builds it anew)
    while at > 0 and by.lower_ in _EXCESS_LEAD:
        at -= 1  # "by about 30%"
        by = doc[at]
    verb = by.head if by.lower_ == "by" else None
    if verb is None or verb.lemma_.lower() not in _EXCEED_VERBS:
        return None
    over = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
    subj = _subject(verb)
    if over is None or subj is None or subj.i in skip or subj.pos_ == "PRON":
        return None
    if not (_nounish(over) and _nounish(subj)):
        return None
    return f"excess of {_np(subj, skip)} over {_np(over, skip)}"


# "from 4.4%", "up from November's 4.2%", "down from the third quarter's 5.1%"
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+)?(?:(?:the\s+)?(?:first|second|third|fourth|final|last|"
    r"previous)\s+(?:quarter|half|month|year)['’]s\s+|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)['’]s\s+)?$",
    re.I,
)


def _previous(obj: str, hit: _Hit, out: list[Amount], sent_start: int, text: str) -> bool:
    """ "cut its forecast to 4.0% from 4.4%": whether the 4.4% is the previous forecast, to
    be told apart from the new one as no period does it."""
    if not _FROM_BEFORE.search(text, max(sent_start, hit.start - 40), hit.start):
        return False
    main = next(
        (
            a
            for a in reversed(out)
            if a.span[0] >= sent_start and a.unit == hit.unit and "conversion_of" not in a.extra
        ),
        None,
    )
    same = main is not None and (
        main.object == obj
        # "halved its dividend to 17 cents a share from 34 cents": the rate said once
        or (main.object or "").startswith(f"{obj} per ")
    )
    return same and main is not None and not main.period and "previous" not in obj


def _mark_previous(amount: Amount, sent_start: int, text: str, word: str = "previous") -> None:
    """ "Forecasts for growth" -> "previous forecasts for growth" (after the whole article
    is read, so no later amount copies the word); `word` "current" for where a planned or
    expected change starts from."""
    obj = amount.object or ""
    if text.startswith(obj.split(" ", 1)[0], sent_start) and _opening_capital(obj):
        obj = obj[:1].lower() + obj[1:]  # (a capital only for opening the sentence)
    when = _PREVIOUS_WHEN_BEFORE.search(text, max(0, amount.span[0] - 40), amount.span[0])
    when = when or _PREVIOUS_WHEN_AFTER.match(text, amount.span[1], amount.span[1] + 40)
    if when is not None:
        # "up from April's 2.9%", "down from 9% in March": the earlier time, said
        day = when.group("when")
        if day in _MONTH_NAMES and _YEAR_TO.search(text, sent_start, amount.span[0]):
            # "rose by 4.3% in the year to December, up from November's 4.2%": the rate
            # over the year to November, not a rise in November
            amount.object = f"{obj} in year to {day}"
            return
        amount.object = f"{obj} {'on' if day.endswith('day') else 'in'} {day}"
        return
    # (after its owner, of one word or more: "International Monetary Fund's", "its")
    owned = (
        re.match(r"^(.*?\w['’]s) (.+)$", obj)
        or re.match(r"^(\S+['’]) (.+)$", obj)
        or re.match(r"^(its|their|his|her|our) (.+)$", obj)
    )
    amount.object = f"{owned.group(1)} {word} {owned.group(2)}" if owned else f"{word} {obj}"


_MONTH_NAMES = frozenset(MONTH_NAMES)
# A rate over the year up to a month ("in the year to December", "in the 12 months to May").
_YEAR_TO = re.compile(
    r"\b(?:year|12 months|twelve months) to (?:the end of )?(?:" + "|".join(_MONTH_NAMES) + r")\b"
)


def _opening_capital(obj: str) -> bool:
    """Whether the object's first word is capital only for opening the sentence ("Forecasts",
    not "IMF")."""
    first = obj.split(" ", 1)[0]
    return first[:1].isupper() and first[1:].isalpha() and first[1:].islower()


_WHEN = (
    r"(?P<when>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:the )?(?:first|second|third|fourth|final|last|previous) (?:quarter|half)\b)"
)
# "from April's 2.9%", "from the second quarter's 3.4%" (the amount right after)
_PREVIOUS_WHEN_BEFORE = re.compile(r"\bfrom (?:the )?" + _WHEN + r"['’]s\s*$")
# "from 23% in February", "from a £6.4bn rise in November", "from $1.2974 on Thursday"
_PREVIOUS_WHEN_AFTER = re.compile(
    r"(?: (?:rise|fall|increase|drop|decline|gain))? (?:in|on|during) (?:the )?"
    + _WHEN
    + r"(?! \d)"
)


_FROM_TO = re.compile(r"\s+to\s+$")


def _share_from_to(out: list[Amount], text: str) -> None:
    """ "raised the limit for X from 49% to 74%": both ends of a move measure the same
    thing, so an end the tree left without object or parties takes the other end's."""
    for a, b in pairwise(out):
        if (
            a.unit != b.unit
            or not _FROM.search(text, max(0, a.span[0] - 8), a.span[0])
            or not _FROM_TO.fullmatch(text, a.span[1], b.span[0])
        ):
            continue
        if a.object is None and b.object is not None:
            a.object = _base(b)
        elif b.object is None and a.object is not None:
            b.object = _base(a)
        if not a.parties and b.parties:
            a.parties = list(b.parties)
        elif not b.parties and a.parties:
            b.parties = list(a.parties)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LISTED = re.compile(r"\b([\w-]+)(?:, ([\w-]+))?,? and ([\w-]+)\b")


def _respectively(out: list[Amount], text: str) -> None:
    """ "Spending on health and education will rise by 9.4% and 8.1% respectively": each
    amount measures its own item of the listed ones, in order."""
    k = 0
    while k < len(out):
        a = out[k]
        group = [a]
        while k + len(group) < len(out):
            b = out[k + len(group)]
            gap = text[group[-1].span[1] : b.span[0]]
            if (
                b.unit != a.unit
                or b.object != a.object
                or not re.fullmatch(r",?\s+(?:and\s+)?", gap)
            ):
                break
            group.append(b)
        k += len(group)
        end = text.find(".", group[-1].span[1])
        if (
            len(group) < 2
            or not a.object
            or not _RESPECTIVELY.search(text, group[-1].span[1], end if end > 0 else len(text))
        ):
            continue
        parties = list(a.parties)
        if len(parties) == len(group) and all(b.parties == parties for b in group):
            for amount, code in zip(group, parties, strict=True):
                amount.parties = [code]  # "to France and Spain rose 3% and 4% respectively"
        listed = _LISTED.search(a.object)
        items = [g for g in listed.groups() if g] if listed is not None else []
        if listed is None or len(items) != len(group):
            continue
        for amount, item in zip(group, items, strict=True):
            amount.object = a.object[: listed.start()] + item + a.object[listed.end() :]


_THAN_BEFORE = re.compile(r"[^.;]{0,40}\b(?:than|above|below)\s+(?:the\s+|an?\s+)?", re.I)


def _compared_change(out: list[Amount], text: str) -> None:
    """ "consumer credit rose by £1.5bn, more than the £1.4bn expected and above the £1.4bn
    reported the month before": a value compared with a change is a change of the same."""
    for a, b in pairwise(out):
        if (
            "change" in a.extra
            and "change" not in b.extra
            and a.unit == b.unit
            and a.object
            and b.object == _base(a)
            and _THAN_BEFORE.fullmatch(text, a.span[1], b.span[0])
        ):
            b.object = a.object
            b.extra["change"] = a.extra["change"]
            if "_base" in a.extra:
                b.extra["_base"] = a.extra["_base"]


_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus)\s+(?:an?\s+|the\s+)?(?:just\s+|only\s+)?$",
    re.I,
)
# When a compared value was: "before the uprising", "four years ago", "a year earlier".
_THEN_AFTER = re.compile(
    r"\s+((?:before|after|during)\s+[^,.;()]{3,60}?|(?:\w+|a|one)\s+(?:years?|months?|weeks?|"
    r"decades?)\s+(?:ago|earlier|before))(?=\s*[,.;)]|\s*$)"
)


def _compared_then(out: list[Amount], text: str) -> None:
    """ "Unemployment stood at 25%, compared with 10% before the uprising": the compared
    value is the same thing's at that other time, and says when."""
    for a, b in pairwise(out):
        if (
            a.unit != b.unit
            or not b.object
            or a.object != b.object
            or b.period
            or "conversion_of" in b.extra
            or not _COMPARED_BEFORE.search(text, max(0, b.span[0] - 30), b.span[0])
        ):
            continue
        then = _THEN_AFTER.match(text, b.span[1])
        if then is not None:
            b.object = f"{b.object} {' '.join(then.group(1).split())}"


_YEAR_EARLIER_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:a|one)\s+)?year[- ](?:earlier|ago|before)\b", re.I
)


def _a_year_earlier(out: list[Amount], text: str) -> None:
    """ "previous quarterly profits" -> "quarterly profits a year earlier" ("jumped to $1.13bn
    from $639m year-earlier"): the value before was the same period's a year before, not
    the period before's."""
    for a in out:
        if (
            a.object
            and a.object.startswith("previous ")
            and not a.period
            and _YEAR_EARLIER_AFTER.match(text, a.span[1])
        ):
            a.object = f"{a.object.removeprefix('previous ')} a year earlier"
        elif "conversion_of" in a.extra and a.object and a.object.startswith("previous "):
            orig = next((b for b in out if list(b.span) == a.extra["conversion_of"]), None)
            if orig is not None and orig.object and orig.object.endswith(" a year earlier"):
                a.object = orig.object


def _from_to_previous(out: list[Amount], text: str) -> None:
    """ "raised the limit from 49% to 74%", "cuts corporate tax from 30% to 29%": the value
    a change came from is the previous one, of the same thing as the value it went to."""
    for a, b in pairwise(out):
        if (
            a.unit != b.unit
            or not b.object
            or "conversion_of" in a.extra
            or "conversion_of" in b.extra
            or a.period != b.period
            and not _deadline_of(b, a, text)
            or "change" in a.extra
            or "change" in b.extra
            or "previous" in (a.object or "")
            or not _FROM_BEFORE.search(text, max(0, a.span[0] - 40), a.span[0])
            or not _TO_ONLY.fullmatch(text, a.span[1], b.span[0])
        ):
            continue
        a.object = b.object
        # ("suggests cutting limits from £20m to £15m": £20m is the limit now)
        lo = _text_sentence(text, *a.span)[0]
        lo += len(text[lo : a.span[0]]) - len(text[lo : a.span[0]].lstrip())
        _mark_previous(a, lo, text, _start_word(b, a, text))  # (its sentence's opening)


def _planned(b: Amount) -> bool:
    """Whether a change to `b` is one planned or expected ("could cut poverty to 36%"), so
    the value it starts from is the current one, not a previous one."""
    return b.extra.get("modality") in ("target", "pledge") or (
        b.extra.get("modality") == "forecast"
        and not _FORECAST_THING.search(b.object or "")  # (a forecast cut: done, "previous")
    )


# A time said right after the value a change starts from: that value is a past one
# ("a drop in profits to £170m from £194m last year", whatever is forecast of the drop).
_PAST_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:last\b|a year\b|the (?:previous|prior|year)\b"
    r"|in (?:the same|19\d\d|20\d\d)|earlier|before)"
)


# A result told for a period ("a drop in annual profits to £70m from £94m", predicted):
# the value it starts from is the last one told, a previous one (a target's is current:
# "hopes to lift sales to $2bn from $1.4bn").
_RESULT_END = re.compile(r"\b(?:profits?|earnings|sales|revenues?|results|loss(?:es)?|turnover)$")


def _start_word(to: Amount, start: Amount, text: str) -> str:
    """How the value `start` a change to `to` starts from is told: "current" when the
    change is planned or expected and no past time is said of `start`, else "previous"."""
    if (
        _planned(to)
        and not start.period
        and not _PAST_AFTER.match(text, start.span[1])
        and not (to.extra.get("modality") == "forecast" and _RESULT_END.search(to.object or ""))
    ):
        return "current"
    return "previous"


def _from_word(out: list[Amount], k: int, sent_start: int, text: str) -> str:
    """ "cut poverty levels to 36% from 53%": "current" for the 53% when the change to the
    value before it in its sentence (of its unit) is planned, else "previous"."""
    a = out[k]
    main = next(
        (
            b
            for b in reversed(out[:k])
            if b.span[0] >= sent_start and b.unit == a.unit and "conversion_of" not in b.extra
        ),
        None,
    )
    return "previous" if main is None else _start_word(main, a, text)


_FORECAST_THING = re.compile(r"(?i)forecast|estimate|expectation|prediction|outlook|projection")
_LESS_THAN_NEXT = re.compile(r"\s+(less|lower|below|more|higher|above)\s+than\s+(?:the\s+)?")
_NEXT_PREDICTED = re.compile(
    r"\s+(?:\([^()]{0,40}\)\s+)?(predicted|forecast|expected|planned|budgeted|estimated)\b"
)


def _gap_to_forecast(out: list[Amount], text: str) -> None:
    """ "£35bn - £2.5bn less than the £37.5bn predicted": the second figure is how far the
    first falls short of the forecast, not the first's measure again."""
    for b, c in pairwise(out):
        than = _LESS_THAN_NEXT.fullmatch(text, b.span[1], c.span[0])
        said = _NEXT_PREDICTED.match(text, c.span[1])
        base = _base(c) or c.object
        if than is None or said is None or not base or b.unit != c.unit:
            continue
        under = than.group(1) in ("less", "lower", "below")
        b.object = (
            f"{'shortfall' if under else 'excess'} of {base} "
            f"{'below' if under else 'over'} what was {said.group(1)}"
        )
        b.extra.pop("change", None)
        if b.extra.get("modality") == "forecast":
            b.extra.pop("modality")  # (the gap of a known figure to the forecast is known)


# "19% less than men", "24.4% above the previous record": a gap to a named thing.
_GAP_TO = re.compile(
    r"(?:\s*\([^)]{0,40}\))?\s+(?P<way>more|less|higher|lower|greater|bigger|smaller|"
    r"cheaper|dearer|above|below)\s+(?:than\s+)?(?:the\s+|that\s+of\s+)?"
    r"(?P<x>[A-Za-z][\w' -]{1,60}?)(?=\s*(?:[,.;:()]|\s-\s|\s+(?:and|but|while|as|in|on|"
    r"at|for|by|after|before|since|during|according|this|last|next)\b|$))"
)
# What a gap may not be to: a time, an expectation or an amount ("than a year ago").
_GAP_NOT = re.compile(
    r"^(?:a|one|last|this|next|expected|forecast|predicted|anticipated|planned|estimated|"
    r"originally|in|at|of|for|to|from|with|by|on|before|ever|usual|it|they|he|she|we|that|"
    r"this|\d)\b|\b(?:year|month|quarter|week|decade|ago|expected|forecast|predicted|previously|"
    r"before|earlier|times?)\b",
    re.I,
)
_LEVELS_OF = re.compile(r"(?i)levels? (?:of|seen) (?:a|one|last|this) (?:year|month|week)\b")
_GAP_UP = frozenset("more higher greater bigger dearer above".split())


# "30% more visitors than in 2003", "15% fewer crimes than a year earlier": a count's
# comparative with a noun between it and a "than" of an earlier time.
_MORE_THAN_THEN = re.compile(
    r"\s+(?P<way>more|fewer|less|higher|lower)\s+(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"than\s+(?:(?:it|they)\s+(?:was|were|did|had)\s+)?(?:in\s+|at\s+)?"
    r"(?P<t>(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+(?:year|month|quarter|week)|"
    r"the\s+(?:previous|same)\s+(?:year|month|quarter|week|period)(?:\s+last\s+year)?|"
    r"(?:19|20)\d\d)\b"
)


def _more_than_then(out: list[Amount], text: str) -> None:
    """ "The region had 30% more visitors than in 2003": the rise in what is counted since
    that time, not a gap to another thing (nor the bare count's noun)."""
    for a in out:
        if a.unit != "percent" or not a.object or a.extra.get("change"):
            continue
        m = _MORE_THAN_THEN.match(text, a.span[1])
        if m is None or m.group("n").split()[-1] not in a.object.lower().split():
            continue
        way = "rise" if m.group("way") in ("more", "higher") else "fall"
        a.object = f"{way} in {a.object} from {m.group('t')}"
        a.extra["change"] = way


def _gap_to(out: list[Amount], text: str) -> None:
    """ "Women earn 19% less than men" -> "shortfall of earnings of women below men"; "was
    24.4% above the previous record" -> "excess of trade deficit over previous record": a
    percentage told against another thing is the gap to it, not the thing's level."""
    for a in out:
        if a.unit not in ("percent", "percentage_points") or not a.object:
            continue
        if a.object.startswith(("excess of", "shortfall of", "gap ")) or _GAP_WORD.search(a.object):
            continue  # (said already: "production above average of past five years")
        m = _GAP_TO.match(text, a.span[1])
        if (
            m is None
            # ("below the levels of a year ago": a gap to a time's level, said as such)
            or _GAP_NOT.search(m.group("x"))
            and not _LEVELS_OF.match(m.group("x"))
            or a.extra.get("change")
        ):
            continue
        up = m.group("way").lower() in _GAP_UP
        x = m.group("x").strip()
        noun_, than_, x_ = x.partition(" than")
        if than_ and " " not in noun_:
            # "20% more cars than its rivals": the counted noun comes before the other thing
            x = x_.strip()
            if not x or _GAP_NOT.search(x):
                continue
        a.object = (
            f"{'excess' if up else 'shortfall'} of {a.object} {'over' if up else 'below'} {x}"
        )


def _role_of_later(out: list[Amount], text: str) -> None:
    """ "the panel's earlier forecast of 1.4% was too optimistic and warned growth would be
    just 1%": a bare role word's measure, from the next amount of its sentence."""
    for a, b in pairwise(out):
        if not a.object or not b.object or a.unit != b.unit:
            continue
        role = a.object.rsplit(" ", 1)[-1].lower()
        link = _ROLE_WORDS.get(role)
        base = _CHANGE_LEAD.sub("", _base(b) or "")
        if (
            link is None
            or len(a.object.rpartition("'s ")[2].split()) > 3
            or not base
            or base.rsplit(" ", 1)[-1].lower() in _ROLE_WORDS
            or base.rsplit(" ", 1)[-1].lower() in a.object.lower().split()  # (said already)
            or len(base) > 40
            or re.search(r"[.!?]\s", text[a.span[1] : b.span[0]])
        ):
            continue
        a.object = f"{a.object} {link} {base}"


# Between an amount and one that restates it: "X - or Y", "X, or Y", "X (Y".
_RESTATES = re.compile(r"\s*(?:[,\-–—]\s*or|[(\[])\s*")
# Where the restating value's own words end, and a time of its own in them.
_TAIL_END = re.compile(r"[)\],;.]|\s[-–—]\s")
_OTHER_TIME = re.compile(
    r"\d|\b(?:year|month|quarter|week|earlier|ago|before|previous|prior|last|then|since)\b", re.I
)


def _comparator_restated(out: list[Amount], text: str) -> None:
    """ "spent more than £3bn - or £140 per household": a value that restates the one just
    before it, with no comparator wording of its own, is bounded as that one is."""
    for a, b in pairwise(out):
        if (
            a.comparator != "="
            and b.comparator == "="
            and "comparator_text" not in b.extra
            and "conversion_of" not in b.extra  # (conversions follow theirs already)
            and b.period == a.period
            and _RESTATES.fullmatch(text, a.span[1], b.span[0])
            # (not another time's value: "more than £5m (£4m a year earlier)")
            and not _OTHER_TIME.search(_TAIL_END.split(text[b.span[1] : b.span[1] + 60], 1)[0])
        ):
            b.comparator = a.comparator
            if "inclusive" in a.extra:
                b.extra["inclusive"] = True


_WORTH_BEFORE = re.compile(r",\s*(?:each\s+)?worth\s+(?:about\s+|some\s+|almost\s+|nearly\s+)?$")
_SHORT_OF = re.compile(
    r"[^.;]{0,60}\b(?:short\s+of|ahead\s+of|below|above|beating|missing)\s+(?:the\s+)?$", re.I
)


def _worth_and_compared(out: list[Amount], text: str) -> None:
    """ "922 cases of reported fraud in 2003, worth £38.5m": the money is the counted things'
    value; "GDP up 2.3%, but short of the 2.5% predicted": the compared figure is of the
    same change."""
    for k, b in enumerate(out):
        a = out[k - 1] if k else None
        if a is None or not a.object or "conversion_of" in b.extra:
            continue
        gap = text[a.span[1] : b.span[0]]
        if (
            b.object is None
            and b.unit not in ("percent", "points")
            and a.extra.get("kind") == "count"
            and _WORTH_BEFORE.search(text, a.span[1], b.span[0])
            and not re.search(r"[.!?;]\s", gap)
        ):
            b.object = f"value of {a.object}"
            b.parties = b.parties or list(a.parties)  # "922 cases in the UK, worth £38.5m"
        elif (
            b.unit == a.unit == "percent"
            and "change" in a.extra
            and b.object is not None
            # (or its base with the basis both are on: "full-year GDP")
            and b.object in (_base(a), a.object.split(" in ", 1)[-1])
            and _SHORT_OF.fullmatch(gap)
        ):
            b.object = a.object  # (a forecast "GDP" is a forecast of its rise)
    for b in out:  # conversions follow what they restate
        if "conversion_of" in b.extra:
            orig = next((a for a in out if list(a.span) == b.extra["conversion_of"]), None)
            if orig is not None and b.object is None:
                b.object = orig.object
            if orig is not None and not b.parties:
                b.parties = list(orig.parties)


# What may stand between "to $200m" and "from $500m": the first amount's conversions.
_TO_THEN_FROM = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*from\s+(?:about\s+|around\s+)?$")


def _deadline_of(dated: Amount, other: Amount, text: str) -> bool:
    """ "from 5% to 3% by 2007", "to 5% from 7.2% by 2008": whether the only time of the
    two is a deadline said right after `dated` (the target's, whichever of them holds it)."""
    return (
        other.period is None
        and dated.period is not None
        and dated.period.startswith("..")
        and _BY_AFTER.match(text, dated.span[1]) is not None
    )


# A deadline right after an amount ("... from 7.2% by 2008").
_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")


def _to_then_from(out: list[Amount], text: str) -> None:
    """ "losses halved to $200m ($104m) from $500m the previous year": the level moved from,
    said after the level reached, is the same thing's previous level."""
    for k, a in enumerate(out):
        if not a.object or not text[max(0, a.span[0] - 4) : a.span[0]].endswith("to "):
            continue
        b = next(
            (
                b
                for b in out[k + 1 :]
                if b.unit == a.unit and "conversion_of" not in b.extra and b.span[0] > a.span[1]
            ),
            None,
        )
        if b is None or "previous" in (b.object or ""):
            continue
        if _deadline_of(b, a, text) and _TO_THEN_FROM.fullmatch(text, a.span[1], b.span[0]):
            # "to cut the jobless rate to 5% from 7.2% by 2008": the deadline is the
            # target's, not the level it starts from
            a.period, b.period = b.period, None
        # (the same object twice is the earlier value only when no time tells them apart:
        # "rose to $5m from $3m in 2004" is 2004's)
        elif b.object == a.object and b.period != a.period:
            continue
        if not _TO_THEN_FROM.fullmatch(text, a.span[1], b.span[0]):
            continue
        # (conversions of the first in its brackets are of other units, left as they are)
        b.object = a.object
        b.parties = b.parties or list(a.parties)
        # ("could cut poverty levels to 36% from 53%": the level now, not before)
        _mark_previous(b, b.span[0], text, _start_word(a, b, text))


# "8% of output, an improvement on its current 2.5%": the level a change is set against.
_CHANGE_ON = re.compile(
    r"[^.;:\d]{0,60}?,\s+(?:an?\s+)?(?:improvement|increase|rise|advance|gain|drop|fall|decline|cut)\s+"
    r"(?:on|from)\s+(?:its|their|the|his|her)?\s*(?P<when>current|previous|earlier|present)?\s*$",
    re.I,
)


_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:but|and|while)\b)")


def _change_on(out: list[Amount], text: str) -> None:
    """ "would give Gazprom 8% of the output, an improvement on its current 2.5%": the level
    set against is the same measure, now or before, not the "improvement"."""
    for a, b in pairwise(out):
        if a.unit != b.unit or not a.object or "previous" in a.object:
            continue
        if (
            " on " not in text[b.span[0] - 24 : b.span[0]]
            and " from " not in text[b.span[0] - 26 : b.span[0]]
        ):
            continue  # (most pairs: no change word set against the second)
        m = _CHANGE_ON.fullmatch(text, a.span[1], b.span[0])
        if m is None or not _BARE_AFTER.match(text, b.span[1]):
            continue  # (not "an improvement on the 2.3% growth seen": its own noun says)
        when = (m.group("when") or "").lower()
        obj = a.object
        owned = re.match(r"^([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s?) (.+)$", obj)
        if when in ("current", "present"):
            b.object = f"{owned.group(1)} current {owned.group(2)}" if owned else f"current {obj}"
        else:
            b.object = obj
            _mark_previous(b, b.span[0], text)
        b.parties = b.parties or list(a.parties)


# "with nearly £12m of them from individual gifts": a part of the amount before, and where
# that part comes from.
_PART_OF_THEM = re.compile(r"\s+of them\s+(?P<how>from|in|on|for|through)\s+(?P<what>[^,.;:()]+)")


def _part_of_them(out: list[Amount], text: str) -> None:
    """ "£68m in donations, with nearly £12m of them from individual gifts worth more than
    £1m": the second is the part of the first that the words after "of them" tell."""
    for a, b in pairwise(out):
        if a.unit != b.unit or not a.object or b.object not in (None, a.object):
            continue
        m = _PART_OF_THEM.match(text, b.span[1])
        if m is None or "." in text[a.span[1] : b.span[0]]:
            continue
        what = m.group("what").split()
        if not 1 <= len(what) <= 9:
            continue
        b.object = f"part of {a.object} {m.group('how')} {' '.join(what)}"
        b.parties = b.parties or list(a.parties)


# What a headline may call the agreement a story's "agreed to pay" made ("in $515m SEC
# settlement"): the agreement is made, only what it promises is pledged.
_AGREEMENT_NOUNS = frozenset(
    "deal deals agreement agreements settlement settlements accord accords pact pacts "
    "contract contracts".split()
)


def _headline_restated(out: list[Amount], text: str) -> None:
    """ "Marsh cuts 2,500 jobs" over "Up to 2,500 jobs are to go": a headline's amount the
    story restates is what the story says it is: its modality, and its object and parties
    when the headline's are a word or two."""
    end = text.find("\n")
    if end <= 0 or text[:end].rstrip().endswith((".", "?", "!")):
        return  # (no headline line)
    for a in out:
        if a.span[0] >= end or a.extra.get("modality") or "conversion_of" in a.extra:
            continue
        later = [
            b
            for b in out
            if b.span[0] > end
            and b.value == a.value
            and b.unit == a.unit
            and "conversion_of" not in b.extra
        ]
        said = {b.extra.get("modality") for b in later}
        if not later or len(said) != 1 or None in said:
            continue  # (restated once as a fact, or told two ways: the headline's own)
        if said == {"pledge"} and (a.object or "").rsplit(" ", 1)[-1] in _AGREEMENT_NOUNS:
            continue  # "US bank in $515m SEC settlement": the agreement is made, a fact
        a.extra["modality"] = said.pop()
        objects = {b.object for b in later}
        if len((a.object or "").split()) <= 2 and len(objects) == 1 and None not in objects:
            a.object = later[0].object
            a.parties = a.parties or list(later[0].parties)


# A compared value's time, a year before the value it is set against: "against 6.3bn kronor
# last year", "compared with $2bn a year earlier".
_YEAR_BEFORE_TEXT = re.compile(
    r"(?i)(?:last year|(?:a|one) year (?:earlier|ago|before)|the (?:previous|prior) year|"
    r"the year before|the same (?:period|quarter|month) (?:of )?(?:last|a) year(?: earlier)?)"
)


def _year_back(period: str) -> str | None:
    """ "2004-10-01/2004-12-31" -> "2003-10-01/2003-12-31"; None for a whole year or an
    open interval (a year's "last year" is no time before it)."""
    ends = period.split("/")
    if len(ends) != 2 or not all(re.fullmatch(r"\d{4}-\d\d-\d\d", e) for e in ends):
        return None
    if ends[0][5:] == "01-01" and ends[1][5:] == "12-31":
        return None
    back = [f"{int(e[:4]) - 1:04d}{e[4:]}".replace("-02-29", "-02-28") for e in ends]
    return "/".join(back)


def _same_time_year_before(out: list[Amount], text: str) -> None:
    """ "Operating profit in the three months to 31 December was 9.5bn kronor against 6.3bn
    kronor last year": the compared value is the same quarter's a year before, of the same
    measure, not this year's."""
    for k, b in enumerate(out):
        if (
            b.period
            or "conversion_of" in b.extra
            or not _YEAR_BEFORE_TEXT.fullmatch(str(b.extra.get("period_text", "")))
            or not (
                _COMPARED_BEFORE.search(text, max(0, b.span[0] - 30), b.span[0])
                or _FROM_BEFORE.search(text, max(0, b.span[0] - 30), b.span[0])
            )
        ):
            continue
        a = next(
            (
                x
                for x in reversed(out[:k])
                if x.unit == b.unit and "conversion_of" not in x.extra and x.period
            ),
            None,
        )
        if (
            a is None
            or not a.object
            or not b.object
            or not (a.object == b.object or a.object.startswith(f"{b.object} "))
            or re.search(r"[.!?]\s", text[a.span[1] : b.span[0]])  # (another sentence)
        ):
            continue
        back = _year_back(a.period or "")
        if back is None:
            continue
        for c in out[k:]:
            if c is b or c.extra.get("conversion_of") == list(b.span):
                c.object, c.period = f"{a.object} a year earlier", back


# Verbs a thing's comparative is said with ("is £100 cheaper than", "remains 2m tonnes
# bigger than").
_BE_LEMMAS = frozenset("be become remain stay look seem".split())
# What a "than" may not be to for a gap between two things: a time or a plan ("than a year
# ago", "than last season", "than planned"), whose comparison is a change, not a gap.
_THAN_NOT = re.compile(
    r"^(?:a|one|last|this|next|the\s+(?:previous|same|year|month|week)|expected|forecast|"
    r"predicted|planned|originally|(?:19|20)\d\d)\b|\b(?:ago|earlier|before|previously)\b",
    re.I,
)
# Comparatives of price the parse may tag as nouns ("are £300 dearer than").
_PRICE_COMPARATIVES = frozenset(("cheaper", "dearer", "pricier"))
_THAN_OWN = frozenset("its their his her our my your".split())


def _other_thing(tok: Any) -> bool:
    """Whether a "than"'s object names a thing ("its rivals", "the old one")."""
    return tok.pos_ in ("NOUN", "PROPN") or tok.lower_ == "one"


def _comparative_gap(span: Any) -> str | None:
    """ "The V8 is tens of thousands of pounds cheaper than existing models", "The phone is
    £100 cheaper than the old one", "200 metres longer than the old crossing": a money or
    count amount said as the measure of a comparative between two things is the gap between
    them ("how much cheaper V8 is than existing models"), not the subject's price or the
    subject itself; None when not so (no "than" of another thing, a time or a plan after it,
    "more"/"less", which other readers take)."""
    doc = span.doc
    last = span[-1]
    cmp_ = None
    outs = _outward(span)
    for t in outs:
        if t.dep_ == "npadvmod" and t.head.tag_ in ("JJR", "RBR"):
            cmp_ = t.head
            break
    if cmp_ is None:
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.head.i == last.i
            and (nxt.tag_ in ("JJR", "RBR") or nxt.lower_ in _PRICE_COMPARATIVES)
        ):
            cmp_ = nxt  # (parsed as the noun's modifier: "pounds cheaper than")
        elif nxt is not None and nxt.lower_ in _PRICE_COMPARATIVES and last.head.i == nxt.i:
            cmp_ = nxt  # (the comparative parsed as a noun: "are £300 dearer than")
    if cmp_ is None:
        return None
    adj = cmp_
    done = ""  # (the verb the gap is of, when not a copula's: "costs £20 less than")
    if cmp_.lower_ in ("more", "less", "fewer"):
        deed = cmp_.head.head if cmp_.dep_ == "pobj" else cmp_.head
        if cmp_.dep_ == "advmod" and cmp_.head.pos_ == "ADJ" and cmp_.head.i == cmp_.i + 1:
            adj = cmp_.head  # "£20 more expensive than"
        elif (
            last.like_num  # (a sum: "£20 less than"; a count's noun is its own reader's)
            and cmp_.lower_ != "fewer"
            and cmp_.dep_ in ("advmod", "pobj")
            and deed.pos_ == "VERB"
            and deed.lemma_.lower() not in _BE_LEMMAS
        ):
            # "The V8 costs £20,000 less than its predecessor", "sells for £500 more than"
            done = deed.text if cmp_.dep_ == "advmod" else f"{deed.text} {cmp_.head.lower_}"
        else:
            return None
    than = next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ == "than"), None)
    other = (
        next((p for p in than.children if p.dep_ == "pobj" and _other_thing(p)), None)
        if than is not None
        else None
    )
    if other is None:
        return None
    # (the comparative said of the subject of a copula: "X is ... cheaper than Y")
    attr = next((t for t in outs if t.dep_ == "attr" or t.dep_ == "nummod" and t.head is adj), None)
    if done:
        verb = cmp_.head.head if cmp_.dep_ == "pobj" else cmp_.head
    else:
        verb = (
            adj.head if adj.dep_ in ("acomp", "attr") else attr.head if attr is not None else None
        )
        if verb is None or verb.lemma_.lower() not in _BE_LEMMAS:
            return None
    subj = _subject(verb)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i >= span.start:
        return None
    words = list(other.subtree)
    while words and (words[0].dep_ == "det" or words[0].lower_ in _THAN_OWN):
        words = words[1:]
    theirs = _join(words)
    if not theirs or _THAN_NOT.search(theirs) or len(words) > 8:
        return None
    said = adj.lower_ if cmp_ is adj else f"{cmp_.lower_} {adj.lower_}"
    mine = _np(subj, set())
    be = "are" if subj.tag_ in ("NNS", "NNPS") else "is"
    return f"how much {said} {mine} {done or be} than {theirs}"
