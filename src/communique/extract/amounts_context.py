"""Context the sentence just before sets up for a figure: the place a firm's sales were
reported for ("Globex sold 9,000 cars in Asia. Sales rose 2%": its sales in Asia) and the
period of a run of one nation's figures ("Chile's exports rose 4% in May 2004. Imports
fell 2%": May 2004's). Article-level passes over the finished amounts: they read offsets
and objects, not tokens, and carry nothing unless the sentence before holds one candidate
only, of the same measure."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from communique.extract.amounts_countries import _kb_country
from communique.extract.amounts_parse import _possessive, _text_sentence, _tokens
from communique.extract.amounts_sentences import _sent, _sents_at
from communique.record import Amount, Article, Entity

# A firm's bare sales (or a change in them), with no place or scope of its own: "rise in
# Globex's sales" ("worldwide sales", "car sales in Asia" say their own scope).
_BARE_SALES = re.compile(
    r"(?P<pre>(?:rise|fall|growth|increase|drop|decline|jump) in )?"
    r"(?:(?:(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})|the firm|the company)['’]s? )?"
    r"[Ss]ales"
)

# A figure of sales in a named place: "cars sold by Globex in Asia", "Globex's sales in
# Brazil" (the place at the end, capitalised: a region or a country).
_SALES_IN_PLACE = re.compile(
    r"(?:\bsold by (?P<seller>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})|"
    r"(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})['’]s? sales)"
    r" in (?P<place>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
)

_SOLD = re.compile(r"\b(?:sold|sales)\b", re.I)

# A place or scope the figure's own sentence gives ("rose 2% in Europe", "worldwide").
_OWN_SCOPE = re.compile(
    r"\b(?:in|across|at|outside|from) (?:the )?[A-Z]|\b(?:world|global|group|total|overall|"
    r"international|domestic)"
)


def _previous_amounts(out: list[Amount], k: int, text: str) -> tuple[list[Amount], int, int]:
    """The amounts of the sentence just before `out[k]`'s, with that sentence's bounds
    (none when `out[k]` opens the text)."""
    lo, hi = _text_sentence(text, out[k].span[0], out[k].span[1])
    if lo < 2:
        return [], lo, lo
    plo = _text_sentence(text, lo - 2, lo - 2)[0]
    return [b for b in out[:k] if plo <= b.span[0] < lo], lo, hi


def _sales_place_before(out: list[Amount], text: str) -> None:
    """ "Globex sold 95,000 cars in Asia last year. Sales rose 2.3%": a firm's bare sales,
    in a sentence that gives no place or scope of its own, right after a sentence whose one
    sales figure is the same firm's in a named place, are its sales in that place ("rise in
    Globex's sales in Asia"; not after "Initech sold ...": another firm's)."""
    for k, a in enumerate(out):
        m = _BARE_SALES.fullmatch(a.object or "")
        if m is None:
            continue
        before, lo, hi = _previous_amounts(out, k, text)
        placed = {
            (p.group("seller") or p.group("owner"), p.group("place"), tuple(b.parties))
            for b in before
            if (p := _SALES_IN_PLACE.search(b.object or "")) is not None
        }
        sold = [b for b in before if _SOLD.search(b.object or "")]
        if len(placed) != 1 or any(_SALES_IN_PLACE.search(b.object or "") is None for b in sold):
            continue  # (none, two places, or sales with no place: not ours to choose)
        (seller, place, parties) = placed.pop()
        owner = m.group("owner")
        if owner is not None and owner != seller:
            continue  # (another firm's sales)
        if _OWN_SCOPE.search(text, lo, hi) is not None:
            continue  # ("Sales in Europe rose 2%": its own place)
        a.object = f"{m.group('pre') or ''}{seller}'s sales in {place}"
        if not a.parties:
            a.parties = list(parties)  # (a country's, as the sales before were)


# Any word of time in a sentence: a year, a month, a part of a year, a relative time.
_ANY_TIME = re.compile(
    r"(?i)\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"years?|months?|quarters?|half|weeks?|days?|annual(?:ly|ised|ized)?|since|last|next|"
    r"previous|earlier|later|ago|today|yesterday|now|currently|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b"
)

# The measures of a nation's economy in a run of monthly or quarterly figures.
_NATION_MEASURE = re.compile(
    r"(?i)\b(?:exports|imports|output|production|retail sales|car sales|house prices|"
    r"inflation|unemployment|jobless|trade (?:deficit|surplus|gap)|consumer spending|"
    r"orders|growth|economy|gdp|gross domestic product)\b"
)


def _run_period_before(out: list[Amount], text: str) -> None:
    """ "Chile's exports rose 4% in May 2004. Imports fell 2%": a stated figure of a
    nation's economy with no time of its own, in a sentence that says no time at all, right
    after a sentence whose figures are all of the same country and one period, of the same
    kind of measure, continues their run: it is of that period (not a forecast, nor after a
    sentence of two periods or of another country's figures)."""
    for k, a in enumerate(out):
        if a.period is not None or not a.parties or "modality" in a.extra:
            continue
        if not _NATION_MEASURE.search(a.object or ""):
            continue
        before, lo, hi = _previous_amounts(out, k, text)
        if not before or _ANY_TIME.search(text[lo:hi]) is not None:
            continue  # (a time of its own, even a relative one: not the run's)
        periods = {b.period for b in before}
        if (
            len(periods) != 1
            or None in periods
            or any(b.parties != a.parties or "modality" in b.extra for b in before)
            or not any(_NATION_MEASURE.search(b.object or "") for b in before)
        ):
            continue
        a.period = before[0].period
        if "period_text" in before[0].extra:
            a.extra["period_text"] = before[0].extra["period_text"]


# The determiner of a definite noun phrase of plain words: "the deal", "this joint venture"
# (a capital, a digit or a possessive after it says which one already).
_DEFINITE = re.compile(
    r"[Tt](?<!\w[Tt])h(?:e|is|at|ese|ose)(?=((?: [a-z][\w'’-]*){1,3}))"
)  # (the words after it read ahead, not taken: "the terms of the offer" has two; the
# opening letter first, then the look back, so the search can skip ahead to a "t")

# Words that may stand before a plain noun in an object ("stake in joint venture").
_PREPOSITIONS = frozenset("of in on for to by from with at over under about into against".split())

_WORD = re.compile(r"[\w'’-]+")

# How far back a bare definite noun looks for its fuller mention, in sentences.
_BACK = 10

# Words of a noun's own left-hand modifiers that may stand in its fuller mention.
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod", "punct"})


def _modifier_run(doc: Any, i: int) -> int:
    """Where the run of modifiers right before the noun `doc[i]` that hang on it begins
    ("Yukos's back tax" of "Yukos's back tax bill"), stopping at a determiner, a number or
    a pronoun ("its $102.6bn debt restructuring offer": "debt restructuring")."""
    k = i
    while k > 0:
        t = doc[k - 1]
        if t.dep_ not in _MODIFIER_DEPS or t.pos_ in ("PRON", "NUM", "DET"):
            break
        if t.dep_ == "punct" and t.text != "-":
            break
        x = t  # (it hangs on the noun, or on a word near it that does: "Yukos" of "'s")
        for _ in range(4):
            if x.head.i == i or not i - 8 <= x.head.i < i or x.head.i == x.i:
                break
            x = x.head
        if x.head.i != i:
            break
        k -= 1
    return k


def _modifiers_of(doc: Any, i: int) -> list[Any]:
    """The modifiers of the noun `doc[i]` that may say which it is, without the leading
    words that do not ("new", "big")."""
    mods = [doc[j] for j in range(_modifier_run(doc, i), i)]
    while mods and (
        mods[0].dep_ in ("case", "punct") or mods[0].pos_ in ("ADJ", "ADV") and not _proper(mods[0])
    ):
        mods.pop(0)
    return mods


def _proper(t: Any) -> bool:
    """A word that names: a proper noun or a capitalised word ("Rover-SAIC", "Welsh")."""
    return bool(t.pos_ == "PROPN" or t.text[:1].isupper() and not t.is_sent_start)


def _fuller_mention(doc: Any, head: Any, plain: list[str], lo: int, low: str) -> str | None:
    """The nearest fuller mention of `head`'s noun in the sentences from token `lo` to
    `head`'s sentence: the same word in the same number, with every plain modifier of `head`
    and at least one that names or says whose ("Rover-SAIC joint venture" for "the joint
    venture"). None when there is none, when the nearest sentence with one has two that
    differ, when `head`'s own sentence has one (which is meant is not clear), or when the
    noun in the other number comes first ("hunts": many are in play). `low` is the text,
    lower-cased."""
    sent = _sent(head)
    found = _mentions(doc, head, plain, sent, low)
    if found is None or found:
        return None
    j = sent.start
    while j > lo and not found:
        sent = _sents_at(doc)[j - 1]  # (by the table: no token built)
        j = sent.start
        found = _mentions(doc, head, plain, sent, low)
        if found is None:
            return None
    return found.pop() if len(found) == 1 else None


def _mentions(doc: Any, head: Any, plain: list[str], sent: Any, low: str) -> set[str] | None:
    """The fuller mentions of `head`'s noun in `sent` (see `_fuller_mention`); None when the
    sentence has the noun in the other number."""
    plural = head.tag_ in ("NNS", "NNPS")
    found: set[str] = set()
    at = low.find(head.lemma_, sent.start_char, sent.end_char)
    while at >= 0:  # (by the text: building every token of the sentence costs)
        span = _tokens(doc, at, at + len(head.lemma_))
        at = low.find(head.lemma_, at + 1, sent.end_char)
        u = span[-1] if span is not None and len(span) else None
        if u is None or u.i == head.i or u.pos_ not in ("NOUN", "PROPN"):
            continue
        if u.lemma_.lower() != head.lemma_:
            continue
        if (u.tag_ in ("NNS", "NNPS")) != plural:
            return None
        mods = _modifiers_of(doc, u.i)
        words = [m.lower_ for m in mods]
        if (
            u.lower_ == head.lower_
            and all(w in words for w in plain)
            and any(map(_says_which, mods))
        ):
            found.add(doc[mods[0].i : u.i + 1].text)
    return found


def _says_which(t: Any) -> bool:
    """A modifier that says which or whose: a possessor or a name ("Yukos's", "Welsh"); not
    a plain noun, which may only describe ("the flagship policy")."""
    return bool(t.dep_ == "poss" or _proper(t))


def _same_head_before(out: list[Amount], doc: Any, text: str) -> None:
    """ "Globex and Initech formed the Globex-Initech joint venture. ... a 20% stake in the
    joint venture": a definite noun of plain words in the object, with no phrase of its own
    after it, takes the fuller mention of the same noun in the sentences just before
    ("stake in Globex-Initech joint venture"), the nearest."""
    low = ""
    lo = hi = -1
    dets: list[tuple[int, int, list[str]]] = []  # the "the"s of the sentence at `lo`
    for a in out:  # (in text order: a sentence's amounts come together)
        obj = a.object
        if not obj:
            continue
        if not lo <= a.span[0] < hi:
            lo, hi = _text_sentence(text, a.span[0], a.span[1])
            dets = [
                (m.start(), m.end(), after)
                for m in _DEFINITE.finditer(text, lo, hi)
                if (after := m.group(1).split())[1:2] != ["of"]
            ]  # ("the terms of ...": its own "of" says which)
        held: set[str] | None = None
        for start, end, after in dets:
            if not any(w in obj for w in after):
                continue  # (cheaper: none of the words after it is even in the object's text)
            if held is None:
                held = set(_WORD.findall(obj))
            if held.isdisjoint(after):
                continue  # (cheap: none of the words after it is in the object)
            low = low or text.lower()
            if not any(w in held and low.find(w, 0, lo) >= 0 for w in after):
                continue  # (nor said before)
            det = _tokens(doc, start, end)
            new = _resolved(doc, det[-1], obj, low) if det is not None and len(det) else None
            if new is not None:
                a.object = obj = new
                break


def _resolved(doc: Any, det: Any, obj: str, low: str) -> str | None:
    """`obj` with the definite phrase that `det` opens told in full from the sentences
    before, or None (`low`: the text, lower-cased)."""
    sent = _sent(det)
    head = det.head
    if not 0 < head.i - det.i <= 3 or head.pos_ != "NOUN" or det.dep_ != "det":
        return None
    if (
        head.i + 1 < len(doc)
        and doc[head.i + 1].dep_ == "prep"
        and doc[head.i + 1].head.i == head.i
    ):
        return None  # ("the limit on banks": its own phrase says which)
    if any(t.dep_ in ("relcl", "acl") and t.head.i == head.i for t in doc[head.i + 1 : head.i + 6]):
        return None  # ("the debts they are owed": its own clause says which)
    if _modifier_run(doc, head.i) != det.i + 1:
        return None
    mods = [doc[j] for j in range(det.i + 1, head.i)]
    if any(_proper(t) or t.dep_ == "poss" for t in mods):
        return None  # ("the Welsh settlement": it says which already)
    bare = doc[det.i + 1 : head.i + 1].text
    hits = _whole_words(bare, obj)
    if len(hits) != 1:
        return None
    at = hits[0]
    before = obj[:at].split()
    if (
        before
        and before[-1] not in _PREPOSITIONS
        and (det.i == 0 or before[-1].lower() != doc[det.i - 1].lower_)
    ):
        return None  # ("US interest rates": the object says which already)
    lo = sent.start  # (the first sentence has none before it)
    for _ in range(_BACK):
        if lo == 0:
            break
        lo = _sents_at(doc)[lo - 1].start
    if low.find(head.lemma_, doc[lo].idx, sent.start_char) < 0:
        return None  # (cheap: the word is not there at all)
    full = _fuller_mention(doc, head, [t.lower_ for t in mods], lo, low)
    if full is None or full.lower() in obj.lower():
        return None
    return obj[:at] + full + obj[at + len(bare) :]


def _whole_words(phrase: str, obj: str) -> list[int]:
    """Where `phrase` stands in `obj` as whole words."""
    out = []
    at = obj.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or obj[at - 1] == " ") and (end == len(obj) or not _WORD.match(obj[end])):
            out.append(at)
        at = obj.find(phrase, at + 1)
    return out


# General nouns an article calls a thing it has named by ("the firm" for Globex), with the
# entities each may stand for: any organisation; a party (an organisation or a group of
# people with no country: not a nationality); or one whose name holds the word itself
# ("the union" for the Transport Workers Union, "the prince" for the Prince of Wales).
_CLASS_NOUNS = {
    **dict.fromkeys(
        "company firm group business carrier airline bank lender insurer retailer".split(), "org"
    ),
    "party": "party",
    "union": "named",
    "prince": "named",
}

_CLASS_IN_OBJ = re.compile(r"\b(?:" + "|".join(_CLASS_NOUNS) + r")\b")

# "the firm", "the US firm's", "the London-based bank": a definite class noun with at most a
# word of place before it (any other word may say which one already: "the combined group").
_CLASS_PHRASE = re.compile(
    r"\b[Tt]he (?:(?P<place>[A-Z][\w.-]*|[a-z]+-based) )?(?P<noun>"
    + "|".join(_CLASS_NOUNS)
    + r")\b(?P<poss>['’]s)?"
)

# How many sentences before its own a class noun looks back for what it stands for.
_CLASS_BACK = 2

# A name fit to stand in an object ("General Motors", "Prince of Wales").
_CLEAN_NAME = re.compile(r"[A-Z][\w&.'’ -]*[\w.]")


def _class_noun_named(out: list[Amount], art: Article, doc: Any) -> None:
    """ "Kestrel sold its stake to US carmaker Vantor. The US firm's offer was $3bn": a
    definite class noun in the object ("the firm", "the US firm's", "the prince"), with no
    name of its own, stands for the one entity of its kind named nearest before it (in its
    own sentence, else in the two before: the nearest sentence with any decides, and two
    there leave it open); a place word must be that entity's known country ("US firm's
    offer" -> "Vantor's offer")."""
    text = art.text
    found: list[tuple[int, Entity]] | None = None
    for a in out:
        obj = a.object
        if not obj or _CLASS_IN_OBJ.search(obj) is None:
            continue  # (cheap: no class noun in the object at all)
        lo, hi = _text_sentence(text, a.span[0], a.span[1])
        for m in _CLASS_PHRASE.finditer(text, lo, hi):
            if found is None:  # (once per article, only when one is needed)
                found = sorted((mm.span[0], e) for e in art.entities for mm in e.mentions)
            new = _class_resolved(m, obj, doc, text, lo, found)
            if new is not None:
                a.object = obj = new
                break


def _class_resolved(
    m: re.Match[str], obj: str, doc: Any, text: str, lo: int, found: list[tuple[int, Entity]]
) -> str | None:
    """`obj` with the class noun phrase `m` (see `_class_noun_named`) told by its name, or
    None."""
    noun, place = m.group("noun"), m.group("place")
    said = re.search(
        r"(?:\b[Tt]he )?(?<![\w-])"
        + (f"(?:{re.escape(place)} )?" if place else "")
        + noun
        + r"(['’]s)?(?![\w-])",
        obj,
    )
    if said is None or re.search(r"\b[A-Z]", obj[: said.start()]) and said.group(1):
        return None  # (not the object's, or "Globex's ... firm's": whose, said already)
    before = obj[: said.start()].split()
    if not said.group().lower().startswith("the ") and before and before[-1] not in _PREPOSITIONS:
        return None  # ("revenues at media group Reuters": a kind of firm, not this phrase)
    if re.match(r" [A-Z]", obj[said.end() :]):
        return None  # ("Indian firm Hindustan Oil": its own name)
    code = None
    if place is not None:
        code = _kb_country(place.removesuffix("-based"))
        if code is None:
            return None  # ("the Chrysler group": a name of its own)
    toks = _tokens(doc, m.start("noun"), m.end("noun"))
    if toks is None or len(toks) != 1 or toks[0].dep_ in ("compound", "amod", "nmod"):
        return None  # ("the business visa scheme": a modifier, not the thing)
    nxt = doc[toks[0].i + 1] if toks[0].i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ == "of" or nxt.text[:1].isupper() or nxt.text == "-"):
        return None  # ("the firm Tods Murray", "the Bank of Japan": its own name)
    kind = _CLASS_NOUNS[noun]
    ent = _nearest_of_kind(
        found,
        lambda e: _of_kind(e, kind, noun) and (place is None or _of_place(e, place, code, text)),
        kind,
        text,
        (lo, m.start()),
    )
    if ent is None:
        return None
    if kind != "named" and ent[0].sector in ("MED", "GOV") and noun not in ent[0].name.lower():
        return None  # (a paper that reported it, a ministry: no "firm"; "the bank" may be one)
    name = ent[0].name if _CLEAN_NAME.fullmatch(ent[0].name) else ent[1]
    told = _possessive(name) if said.group(1) else name
    return f"{obj[: said.start()]}{told}{obj[said.end() :]}"


def _nearest_of_kind(
    found: list[tuple[int, Entity]],
    fits: Callable[[Entity], bool],
    kind: str,
    text: str,
    where: tuple[int, int],
) -> tuple[Entity, str] | None:
    """The one entity that `fits` named in the text from `where[0]` to `where[1]`, else in
    the nearest sentence before that names any (with the text of its last mention there);
    None when that part names two, or, for a party, when a person is named after it ("Mr
    Howard attacked Labour. He said the party would": his party)."""
    lo, hi = where
    person = False
    for _ in range(_CLASS_BACK + 1):
        got: dict[str, tuple[Entity, str]] = {}
        for start, e in found:
            if not lo <= start < hi:
                continue
            if fits(e):
                mention = next(mm.text for mm in e.mentions if mm.span[0] == start)
                got[e.id] = (e, mention)
            elif _person(e):
                person = True
        names = {e.name.lower() for e, _ in got.values()}
        if len(names) > 1 and not all(n in max(names, key=len) for n in names):
            return None  # (two named: which is meant is not clear)
        if got:
            return None if person and kind == "party" else max(got.values(), key=_name_len)
        if lo < 2:
            return None
        hi = lo
        lo = _text_sentence(text, lo - 2, lo - 2)[0]
    return None


# A place word with at most a plain noun after it, right before a name ("US carmaker ").
_PLACE_BEFORE = re.compile(r"(?:^|\s)(\S+) (?:[a-z]+ )?$")


def _of_place(e: Entity, place: str, code: str | None, text: str) -> bool:
    """Whether `e` is known to be of the country `code` that the place word `place` names:
    by the entity stage, else by the text ("US carmaker Vantor Cars"); one whose country is
    not known is not taken ("the US firm" after Fiat and GM, neither placed)."""
    return e.country == code if e.country is not None else _placed(e, place, text)


def _placed(e: Entity, place: str, text: str) -> bool:
    """Whether the text puts the place word right before a mention of `e` ("US carmaker
    General Motors" for "the US firm"; "-based" as it may be)."""
    word = place.removesuffix("-based")
    for mm in e.mentions:
        m = _PLACE_BEFORE.search(text, max(0, mm.span[0] - 40), mm.span[0])
        if m is not None and m.group(1).removesuffix("-based") == word:
            return True
    return False


def _name_len(got: tuple[Entity, str]) -> int:
    return len(got[0].name)


# Titles a person's name opens with (the entity stage may take "Mr Ebbers" for a firm).
_TITLES = frozenset("Mr Mrs Ms Dr Lord Lady Sir".split())


def _person(e: Entity) -> bool:
    """A person, or a person the entity stage took for an organisation ("Mr Ebbers")."""
    return e.type == "PERSON" or e.name.split(" ", 1)[0] in _TITLES


def _of_kind(e: Entity, kind: str, noun: str) -> bool:
    """Whether a class noun of `kind` may stand for the entity `e`."""
    if kind == "org":
        return e.type == "ORG" and not _person(e)
    if kind == "party":  # (not a nationality: "Italian")
        return e.type == "ORG" and not _person(e) or e.type == "NORP" and not e.country
    return noun in e.name.lower().split() or noun in (r.lower() for r in e.roles)
