"""The article's one fuller name for a bare noun ("Foster carers are to be guaranteed a
minimum allowance. ... some carers get just £50 a week": "payment to foster carers per
week"). A story about one kind of a thing names it in full again and again ("foster carers",
"council tenants", "junior doctors") and then, as it goes on, by its head noun alone; a
reader who sees only the record takes the short form for the whole class. A noun that stands
bare in its sentence (no determiner but "some", "many" or "most", no word of its own before
it) and in the object takes the modifier of the article's mentions of it when those say one
kind only: the same modifier (classifying nouns, "foster", or one adjective, "junior") at
least twice, once before the noun's sentence (in the headline or a sentence before), and no
other kind anywhere in the article ("car workers" and "steel workers": which is not clear).
A name or a possessor before a mention is another kind ("Rover workers", "the firm's
staff"), and so is a word that only judges or sizes ("new jobs", "top executives"); words of
quantity are none ("other carers"), nor is a participle said once ("the damaged funds").
Not a noun with a clause or an "of" phrase of its own ("rates paid by councils"), one in
another number than the kind's mentions, nor one whose bare form names the whole class in
most stories ("people", "years")."""

from __future__ import annotations

import re
from typing import Any

from communique.extract.amounts_context import _find_word, _noun_at
from communique.extract.amounts_parse import _text_sentence, _tokens
from communique.extract.amounts_words import _TIME_NOUNS
from communique.record import Amount

# Determiners a bare noun may have: they say how many of the kind, not which kind.
_QUANTITY_DETS = frozenset({"some", "many", "most"})

# Words before a noun in the object that leave it bare there ("payment to carers").
_OPENERS = frozenset(
    "of in on for to by from with at over under about into against among between "
    "some many most".split()
)

# Adjectives of quantity or of sameness: they say how many or which ones, not which kind.
_QUANTITY_ADJS = frozenset(
    "other more many most few fewer several such same various both further additional "
    "extra all".split()
)

# Adjectives that judge, size or date a thing rather than name a kind of it ("new jobs",
# "top executives", "big banks"): a bare noun after them twice may be any of the class.
_GRADING_ADJS = frozenset(
    """new old big small large major minor high low top key main current former recent
    total full early late good bad best worst great huge vast long short strong weak
    average poor rich young""".split()
)

# Nouns whose bare form names the whole class in most stories ("people", "years"): never
# told by a kind said of some of them.
_CLASS_WORDS = _TIME_NOUNS | frozenset(
    "people persons men women adults individuals others things ones times cases".split()
)

# How many times the article must name the kind (and the mention before the noun counts).
_TIMES = 2


def _fuller_kind_named(out: list[Amount], doc: Any, text: str) -> None:
    """See the module's text: each bare noun of an object takes the article's one kind of it,
    said at least twice, once before its own sentence."""
    low = ""
    kinds: dict[str, tuple[str, int, set[str]] | None] = {}  # (by lemma: the article's one kind)
    often: dict[str, bool] = {}  # (by word: said often enough, and not known to have none)
    for a in out:
        obj = a.object
        if not obj:
            continue
        low = low or text.lower()
        words = obj.split()
        bounds = (-1, -1)
        for n, w in enumerate(words):
            if len(w) < 4 or not w.isalpha() or not w.islower() or w in _OPENERS:
                continue
            if n and words[n - 1].lower() not in _OPENERS and not words[n - 1][:1].isdigit():
                continue  # (a word of the object's own before it: "US sales")
            stem = w[: max(4, len(w) - 2)]  # ("citi" of "cities", "city")
            if w not in often:  # (an object's words come again and again: once each)
                often[w] = low.count(stem) > _TIMES
            if not often[w]:
                continue  # (cheap, so first: not said often enough to be a kind named again)
            if bounds[0] < 0:
                bounds = _text_sentence(text, a.span[0], a.span[1])
            if not _said_modified(low, stem, bounds[0]):
                continue  # (cheap: not said before its sentence after a word of its own)
            new = _fuller(doc, a, (words, n), (text, low, bounds), kinds)
            if new == "":
                often[w] = False  # (the article names no one kind of it)
            elif new is not None:
                a.object = new
                break


# Words before a noun that cannot name its kind.
_NOT_KINDS = (
    _OPENERS
    | _QUANTITY_ADJS
    | frozenset(
        "the a an and or but its their his her our your my this that these those as than "
        "are is was were be been have has had said says".split()
    )
)


def _said_modified(low: str, stem: str, hi: int) -> bool:
    """Whether a word beginning `stem` stands before `hi` in `low` (the text, lower-cased)
    right after a word that may name its kind: a cheap test, before any token is built."""
    at = low.find(stem, 0, hi)
    while at >= 0:
        if at > 1 and low[at - 1] in " -" and low[at - 2].isalpha():
            prev = low[max(0, at - 24) : at - 1].replace("-", " ").rsplit(None, 1)
            if prev and prev[-1].isalpha() and prev[-1] not in _NOT_KINDS:
                return True
        at = low.find(stem, at + 1, hi)
    return False


def _fuller(
    doc: Any,
    a: Amount,
    at: tuple[list[str], int],
    texts: tuple[str, str, tuple[int, int]],
    kinds: dict[str, tuple[str, int, set[str]] | None],
) -> str | None:
    """The object of `a` (its words, and the one at `n` to tell) with that word told by the
    article's one kind of it, or None ("" when the article has no one kind of the word).
    `texts`: the text, it lower-cased, and the bounds of the amount's sentence."""
    words, n = at
    text, low, (lo, hi) = texts
    w = words[n]
    t = _bare_noun(doc, a, w, low, (lo, hi))
    if t is None:
        return None
    lemma = t.lemma_.lower()
    if lemma in _CLASS_WORDS or t.lower_ in _CLASS_WORDS:
        return ""
    if lemma not in kinds:
        kinds[lemma] = _one_kind(doc, lemma, (text, low))
    kind = kinds[lemma]
    if kind is None:
        return "" if t.lower_ == w else None  # (none for this word: not to be asked again)
    if kind[1] >= lo or t.tag_ not in kind[2]:
        return None  # (none, none said before the noun's sentence, or not in its number)
    if f"{kind[0]} {w}" in " ".join(words).lower():
        return None
    return " ".join([*words[:n], kind[0], *words[n:]])


def _bare_noun(doc: Any, a: Amount, w: str, low: str, bounds: tuple[int, int]) -> Any:
    """The token of the word `w` in the sentence `bounds` when it stands there as a bare
    common noun: no word of its own before it but a determiner of quantity or the amount's
    own figure ("some carers", "900 students"), nor one it hangs on as a modifier."""
    lo, hi = bounds
    at = _find_word(low, w, lo, hi)
    if at < 0 or low.find(w, at + len(w), hi) >= 0:
        return None  # (not there, or there twice: which is meant is not clear)
    t = _noun_at(doc, at, w)
    if t is None:
        return None
    s, e = a.span
    for c in t.rights:
        if c.dep_ in ("acl", "relcl") and not c.left_edge.idx <= s < c.right_edge.idx + 1:
            return None  # ("rates paid by councils": its own clause says which)
        if c.dep_ == "prep" and c.lower_ == "of":
            return None  # ("rates of pay": its own phrase says which)
    for c in t.lefts:
        if s <= c.idx < e:
            continue  # (the amount's own figure: "900 students")
        if c.dep_ == "det" and c.lower_ in _QUANTITY_DETS:
            continue
        if c.dep_ in ("punct", "cc", "prep", "advmod", "nummod"):  # ("on 15 funds")
            continue
        return None
    return t


def _one_kind(doc: Any, lemma: str, texts: tuple[str, str]) -> tuple[str, int, set[str]] | None:
    """The one kind the article names the noun `lemma` by (its modifier's words,
    lower-cased), with where it is first said; None when it names none, names it fewer
    than `_TIMES` times, or names another kind too."""
    text, low = texts
    stem = lemma[: max(3, len(lemma) - 1)]  # ("carer" of "carers"; "citi" of "cities")
    found: dict[str, list[Any]] = {}
    at = low.find(stem)
    while at >= 0:  # (by the text: building every token of the article costs)
        span = _tokens(doc, at, at + len(stem))
        at = low.find(stem, at + 1)
        u = span[-1] if span is not None and len(span) else None
        if u is None or u.pos_ != "NOUN" or u.lemma_.lower() != lemma:
            continue
        if span[0].idx != u.idx:
            continue  # (inside another word)
        kind = _kind_of(doc, u, text)
        if kind is None:
            continue
        found.setdefault(kind, []).append(u)
    for k in [k for k, v in found.items() if k[:1] == "~" and len(v) < _TIMES]:
        del found[k]  # ("the damaged funds": a participle said once only describes)
    if len(found) != 1:
        return None
    kind, where = found.popitem()
    kind = kind.removeprefix("~")
    if not kind or len(where) < _TIMES:
        return None
    return kind, where[0].idx, {u.tag_ for u in where}


def _kind_of(doc: Any, u: Any, text: str) -> str | None:
    """The kind the mention `u` is named by: the plain nouns set right before it ("foster"
    of "valued foster carers", "council" of "local council tenants"), the one adjective or
    hyphened word right before it ("junior doctors", "pro-hunt supporters"), lower-cased;
    "" for another kind (a name, a possessor: "Rover workers", "the firm's staff"); None
    when bare or told by quantity only ("other carers")."""
    j = u.i - 1
    if j < 0:
        return None
    t = doc[j]
    if t.head.i != u.i and not (t.dep_ == "compound" and u.i - 3 <= t.head.i <= u.i):
        return None
    if t.pos_ in ("PRON", "DET"):
        return None  # ("their carers", "the carers")
    if t.dep_ in ("poss", "case"):
        return ""
    if not t.is_alpha:
        return None if t.dep_ in ("det", "nummod", "punct", "quantmod") else ""
    k = j
    while (
        k > 1 and doc[k - 1].text == "-" and not (doc[k - 2].whitespace_ or doc[k - 1].whitespace_)
    ):
        k -= 2  # (a hyphened word: "pro-hunt", "drink-drive")
    if k < j:
        return _plain(doc, range(k, j + 1, 2), text)
    if t.dep_ == "amod" and t.tag_ in ("VBN", "VBG") and t.is_lower:
        return f"~{t.lower_}"  # (a participle: a kind only if said again, see `_one_kind`)
    if t.dep_ == "amod" and t.tag_ == "JJ":
        if t.lower_ in _QUANTITY_ADJS:
            return None
        if t.lower_ in _GRADING_ADJS:
            return ""  # (it may only describe: which are meant by the bare noun is not clear)
        if j > 0 and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i == u.i:
            return ""  # (a run that mixes kinds: not one word's)
        return _plain(doc, [j], text)
    if t.dep_ != "compound" or t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None if t.dep_ in ("det", "nummod", "advmod", "cc", "punct") else ""
    while k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].is_alpha:
        if not k - 1 < doc[k - 1].head.i <= u.i:
            break
        k -= 1  # ("credit card debt")
    if k > 0 and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].tag_ == "POS" or doc[k - 1].text == "-"):
        return ""  # ("Globex car workers", "the firm's car workers": a name's or an owner's)
    if k > 0 and k - 1 < doc[k - 1].head.i <= u.i and not _plain(doc, [k - 1], text):
        return ""  # (a name, misread as a word that describes: "Globex car workers")
    return _plain(doc, range(k, j + 1), text)


def _plain(doc: Any, at: Any, text: str) -> str:
    """The plain words at `at`, lower-cased: "" when one is a name (a capital not opening
    its sentence, or opening it with no plain form in the text: "Rover workers")."""
    words = []
    for x in at:
        t = doc[x]
        if not t.is_alpha:
            return ""
        if not t.is_lower:
            if not _opens(t) or not t.is_title:
                return ""
            if re.search(rf"(?<!\w){t.lower_}(?!\w)", text) is None:
                return ""  # (no plain form said: a name opening its sentence, "Globex")
        words.append(t.lower_)
    return "-".join(words) if isinstance(at, range) and at.step == 2 else " ".join(words)


def _opens(t: Any) -> bool:
    """Whether `t` is the first word of its sentence or of a quotation ('said: "Foster
    carers must ...')."""
    if t.is_sent_start:
        return True
    doc = t.doc
    if t.i == 0 or doc[t.i - 1].text not in _OPENING_QUOTES:
        return False
    return bool(doc[t.i - 1].is_sent_start or t.i > 1 and doc[t.i - 2].is_punct)


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
