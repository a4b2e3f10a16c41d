"""The amount extractor's word lists (data/amounts/lexicon.toml) and the regex built from them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from communique.extract.amounts_numbers import DIGITS, WORD_RUN, alternation

# ISO 4217 codes that are also English words or common acronyms: never read as currency.
_CODE_WORDS = frozenset(
    "ALL TOP CUP MOP PEN BAM BOB GEL MAD AMD SOS LAK MRU STD STN XXX XTS XAU XAG XPT XPD "
    "BOV CLF COU MXV USN UYI UYW CHE CHW XSU XUA XDR XBA XBB XBC XBD SVC ZMK".split()
)


@dataclass(frozen=True)
class Lexicon:
    symbols: dict[str, str]
    words: dict[str, str]  # lower-case currency word or qualified phrase -> code
    local: dict[str, dict[str, str]]  # bare shared word ("peso") -> country -> code
    minor: dict[str, tuple[str, float]]
    codes: frozenset[str]
    scales: dict[str, float]
    # (phrase, comparator) by the phrase's last word ("than": "more than", "less than", ...),
    # longest first
    comparators_by_tail: dict[str, list[tuple[str, str]]]
    inclusive: frozenset[str]
    people: frozenset[str]
    events: frozenset[str]
    vague: dict[str, int]
    measures: frozenset[str]
    pattern: re.Pattern[str]
    verb_nouns: dict[str, str]  # money verb -> the noun naming its amount ("pay" -> "payment")
    levels: frozenset[str]  # "high", "record": a level reached, not what is measured
    actors: frozenset[str]  # "government", "consortium": who acts, not what is measured
    times: frozenset[str]  # "GMT", "morning": clock and calendar words
    # country -> its parties' and institutions' words, as one pattern ("Labour|Tory|...")
    politics: dict[str, re.Pattern[str]]
    politics_words: dict[str, tuple[str, ...]]  # (the same words, as the lexicon lists them)


def _by_tail(comps: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase, comp in comps:
        out.setdefault(phrase.split()[-1], []).append((phrase, comp))
    return out


def _alt(items: list[str], *, escape: bool = True) -> str:
    forms = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(f) if escape else f for f in forms)


def _phrase(p: str) -> str:
    """A lower-case phrase as a regex that tolerates any run of spaces."""
    return r"\s+".join(re.escape(w) for w in p.split())


# The letters that a caseless ASCII letter also matches, beyond its two cases ("k" also
# matches the Kelvin sign): a caseless letter matches exactly its class here.
_FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _fold_class(letter: str) -> str:
    """The case-kept regex of the characters a caseless ASCII letter matches ("[Kk\u212a]")."""
    low = letter.lower()
    return f"(?-i:[{low.upper()}{low}{_FOLD_EXTRA.get(low, '')}])"


def _cased_heads(src: str) -> str:
    """A caseless regex (to be set inside "(?i:...)") with each alternative of a choice that
    opens on an ASCII letter opening instead on that letter's case-kept class: the same
    matches and groups, but the engine skips an alternative whose class the next character
    is not in without entering it (it does so only for a case-kept first character). A choice
    whose alternatives all open on one letter is left as it is (the parser shares that letter
    out of them). `src` holds no escapes of more than one character."""
    # heads[i]: the places where the alternatives of the i-th group (or of the whole) open
    heads: list[list[int]] = [[0]]
    stack = [0]
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            assert src[i + 1] not in "xuUN0123456789gk", src
            i += 2
            continue
        if ch == "[":  # a class: skip to its end
            j = i + 1 + (src[i + 1] == "]")
            while src[j] != "]":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            j = i + 1
            if src[j] == "?":  # "(?:", "(?P<name>", "(?=", "(?!", "(?<=", "(?<!"
                assert src[j + 1] in ":P=!<", src
                j = src.index(">", j) + 1 if src[j + 1 : j + 3] == "P<" else j + 2
                j += src[j - 1] == "<" and src[j] in "=!"
            heads.append([j])
            stack.append(len(heads) - 1)
            i = j
            continue
        if ch == "|":
            heads[stack[-1]].append(i + 1)
        elif ch == ")":
            stack.pop()
        i += 1
    assert stack == [0], src
    swap: set[int] = set()
    for starts in heads:
        letters = [src[s] for s in starts if s < len(src) and src[s].isascii() and src[s].isalpha()]
        if len(starts) > 1 and len({c.lower() for c in letters}) > 1:
            swap.update(s for s in starts if s < len(src) and src[s].isascii() and src[s].isalpha())
    return "".join(_fold_class(c) if k in swap else c for k, c in enumerate(src))


# The plural forms of the shared currency words, for the local table.
_PLURALS = {
    "peso": "pesos",
    "rupee": "rupees",
    "franc": "francs",
    "dinar": "dinars",
    "krone": "kroner",
    "krona": "kronor",
    "riyal": "riyals",
    "rial": "rials",
    "shilling": "shillings",
}


def _local_words(raw: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    out = {word: dict(by) for word, by in raw.items()}
    for word, by in raw.items():
        if word in _PLURALS:
            out[_PLURALS[word]] = dict(by)
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = tomllib.loads(
        resources.files("communique").joinpath("data/amounts/lexicon.toml").read_text("utf-8")
    )
    cur = raw["currency"]
    symbols = dict(cur["symbols"])
    words: dict[str, str] = {k.lower(): v for k, v in cur["words"].items()}
    for adj, code in cur["dollar_countries"].items():
        words[f"{adj} dollars"] = code
        words[f"{adj} dollar"] = code
    words.update({k.lower(): v for k, v in cur["qualified"].items()})
    minor = {k: (str(v[0]), float(v[1])) for k, v in cur["minor"].items()}
    codes = frozenset(c.alpha_3 for c in pycountry.currencies) - _CODE_WORDS
    scales = {k: float(v) for k, v in raw["scales"].items()}
    comps = [(p, c) for c, ps in raw["comparators"].items() if c != "inclusive" for p in ps]
    comps.sort(key=lambda pc: len(pc[0]), reverse=True)
    people = frozenset(raw["people"]["nouns"])
    events = frozenset(raw["people"]["events"])
    vague = {k: int(v) for k, v in raw["vague"].items()}

    code_alt = alternation(sorted(codes))
    word_alt = alternation(sorted(words, key=len, reverse=True), _phrase)
    scale_words = "(?:thousand|million|billion|trillion|crore|lakh)s?"
    pattern = re.compile(
        r"(?:(?P<pre>(?:(?P<cty>US|U\.S\.)\s?)?(?P<sym>" + _alt(list(symbols)) + r")"
        r"|(?P<code>" + code_alt + r")(?=\s?\d))\s?)?"
        r"(?:(?P<num>" + DIGITS + r")"
        r"|(?P<vague>(?i:"
        + _cased_heads(
            r"(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
            r"|(?:several|a\s+few|many)\s+(?:hundred|thousand|million|billion)"
            r"|dozens|scores|hundreds|thousands|millions|billions"
        )
        + r"))\b"
        r"|(?P<words>\b(?i:" + _cased_heads(WORD_RUN) + r")))"
        r"(?:\s*(?P<scale>(?i:" + _cased_heads(scale_words) + r"))\b"
        r"|\s?(?P<abbr>bn|mn|mln|bln|tn|trn)\b"
        r"|(?P<abbr1>[kmbKMB])(?![A-Za-z0-9]))?"
        r"(?:\s?(?P<pct>%|(?i:per\s?cent|percent)\b)"
        r"|[\s-](?P<pp>(?i:"
        + _cased_heads(r"percentage[\s-]points?|basis[\s-]points?|bps")
        + r")\b)"
        r"|(?:\s+of)?\s+(?P<cword>(?i:" + _cased_heads(word_alt) + r"))\b"
        r"|\s?(?P<code2>" + code_alt + r")\b"
        r"|(?P<minor>p\b|(?i:" + _cased_heads(r"\s?(?:pence|cents?|kopecks)\b") + r")))?"
    )
    return Lexicon(
        symbols=symbols,
        words=words,
        local=_local_words(cur.get("local", {})),
        minor=minor,
        codes=codes,
        scales=scales,
        comparators_by_tail=_by_tail(comps),
        inclusive=frozenset(raw["comparators"]["inclusive"]),
        people=people,
        events=events,
        vague=vague,
        measures=frozenset(raw["measures"]["nouns"]),
        pattern=pattern,
        verb_nouns=dict(raw["objects"]["verbs"]),
        levels=frozenset(raw["objects"]["levels"]),
        actors=frozenset(raw["objects"]["actors"]),
        times=frozenset(raw["objects"]["times"]),
        politics={
            code: re.compile(r"\b(?:" + _alt(list(words)) + r")\b")
            for code, words in raw.get("politics", {}).items()
        },
        politics_words={code: tuple(words) for code, words in raw.get("politics", {}).items()},
    )
