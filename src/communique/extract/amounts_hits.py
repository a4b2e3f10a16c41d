"""Finding numbers with their units in the text, before any parse is read: the lexicon's
pattern tried only where a number can start, currencies by symbol, code or word, spelled-out
numbers and fractions, ranges ("between 5 and 10 million", "5-10%"), exchange rates (the
price of one unit of a currency) and the bare numbers that are not amounts (years, clock
times, durations, model numbers such as "FTSE 100"). Each hit is a `_Hit`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from communique.extract.amounts_lexicon import Lexicon
from communique.extract.amounts_numbers import SCALES, UNITS, digits_value, words_value
from communique.extract.amounts_sentences import _sent
from communique.extract.amounts_words import _FROM, _NOT_COUNTED

# "COVID-19", "G20", "24/7"; "A350-900": a model number's part.
_NO_NUMBER_BEFORE = re.compile(r"(?:[A-Za-z_./]|[A-Za-z][-–]|\b[A-Za-z]+\d+[-–])$")
# The characters `_NO_NUMBER_BEFORE` can end on (its "$" also matches before a line break):
# a cheap test of the character before a number first.
_NO_NUMBER_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_./-–\n")
_LETTER_AFTER = re.compile(r"^(?:[A-Za-z]|-[A-Za-z]|\.\d)")  # "4G", "5th", "25-year-old"
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_RANGE_JOIN = re.compile(r"^\s*(?P<j>-|–|—|to|and)\s*$", re.I)

_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_APPROX_BEFORE = re.compile(
    r"\b(?:about|around|some|roughly|approximately|estimated|between|an?|the)\s*$", re.I
)


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


# "a" or "one" as a whole number word; a plain digit run (or a model's "737-800").
_A_OR_ONE = re.compile(r"(?i)an?|one")
_PLAIN_DIGITS = re.compile(r"\d+(?:-\d+)?")


# The lexicon pattern's groups, in its order: a match's are read as one tuple (`groups`), a
# small part of the cost of a dict of the fifteen (`groupdict`).
_GROUPS = tuple(
    "pre cty sym code num vague words scale abbr abbr1 pct pp cword code2 minor".split()
)
_PRE, _CTY, _SYM, _CODE, _NUM, _VAGUE, _WORDS, _SCALE, _ABBR, _ABBR1 = range(10)
_PCT, _PP, _CWORD, _CODE2, _MINOR = range(10, 15)
_GROUP_INDEX = {name: k + 1 for k, name in enumerate(_GROUPS)}


def _currency(g: tuple[str | Any, ...], lx: Lexicon) -> tuple[str | None, float]:
    """The currency of a match's groups (`g`, its `groups`) and the factor to its major
    unit."""
    if g[_SYM]:
        return lx.symbols[g[_SYM]], 1.0
    if g[_CODE]:
        return g[_CODE], 1.0
    if g[_CWORD]:
        return lx.words[re.sub(r"\s+", " ", g[_CWORD].lower())], 1.0
    if g[_CODE2]:
        return g[_CODE2], 1.0
    if g[_MINOR]:
        code, factor = lx.minor[g[_MINOR].strip().lower()]
        return code, factor
    return None, 1.0


# Where a run of digits starts: its first digit, found by a character-class scan (a pattern
# opening "\d+" is tried at every character; this one gets the fast scan for a digit).
_DIGIT_RUN = re.compile(r"\d(?<!\d\d)")


# Characters from where decimal digits other than 0-9 begin ("\u0660", Arabic-Indic zero):
# every one of them is at or above it.
_WIDE = re.compile("[\u0660-\U0010ffff]")


def _other_digits(text: str) -> bool:
    """Whether `text` holds a decimal digit other than 0-9 (all such are above U+0660): a
    text of Latin-1 characters has none, which its Latin-1 encoding (a copy) tells at once;
    any other is asked about its characters from U+0660 on (a scan, not a set of them all)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return any(c.isdecimal() for c in _WIDE.findall(text))
    return False


def _digit_run_starts(text: str) -> list[int]:
    """Where the runs of digits of `text` start (`_DIGIT_RUN`'s matches): by a string search
    for each ASCII digit, a fifth of the pattern's scan, when the text has no other digit
    ("\\d" is any decimal digit; a non-ASCII text is asked which of its characters are)."""
    if not text.isascii() and _other_digits(text):
        return [m.start() for m in _DIGIT_RUN.finditer(text)]
    at: list[int] = []
    for d in "0123456789":
        i = text.find(d)
        while i >= 0:
            at.append(i)
            i = text.find(d, i + 1)
    at.sort()
    starts: list[int] = []
    prev = -2
    for i in at:
        if i != prev + 1:  # (the digit before it is no digit: a run starts)
            starts.append(i)
        prev = i
    return starts


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


def _shared_starts(words: frozenset[str]) -> tuple[str, ...]:
    """The longest start each word shares with the others of its first three letters
    ("seve": "seven", "several", "seventeen"): every word starts with one of them, and no
    two of them can start at one place (none starts another)."""
    by_three: dict[str, list[str]] = {}
    for w in sorted(words):
        by_three.setdefault(w[:3], []).append(w)
    starts = tuple(os.path.commonprefix(ws) for ws in by_three.values())
    assert not any(a != b and b.startswith(a) for a in starts for b in starts)
    return starts


_START_NEEDLES = _shared_starts(_START_WORDS)
_LETTER_RUN = re.compile("[a-z]+")
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _start_word_starts(low: str) -> list[int]:
    """Where the number words of a lower-cased text start: the runs of letters a-z (at the
    text's start or after a non-letter) that are number words. Their starts are found by a
    string search for each of `_START_NEEDLES` (a few finds in a text, most of them a
    word's own), far cheaper than a pattern tried after every non-letter."""
    starts: list[int] = []
    for needle in _START_NEEDLES:
        i = low.find(needle)
        while i >= 0:
            if i == 0 or low[i - 1] not in _LOWER_LETTERS:
                run = _LETTER_RUN.match(low, i)  # (never None: a needle's letters are there)
                if run is not None and run.group() in _START_WORDS:
                    starts.append(i)
            i = low.find(needle, i + 1)
    starts.sort()
    return starts


# A prefix that may stand before a number: "US $", "HK$", "Rs ", "USD ", "£". (It ends on
# a mark, or a letter of a word whose first is a capital, then one space at most.)
_PREFIX_BACK = re.compile(r"(?:(?:US|U\.S\.)\s?)?(?:[^\w\s]{1,2}|[A-Z][A-Za-z$.]{0,3})\s?$")


def _matches(text: str, lx: Lexicon) -> Iterator[re.Match[str]]:
    """The lexicon pattern's matches, tried only where a number can start (digits, number
    words): scanning every position with the full pattern costs more than the parse budget."""
    starts = _digit_run_starts(text)
    low = text.lower()
    if len(low) == len(text):  # (one pattern over the lower-cased text, offsets kept)
        starts += _start_word_starts(low)
    else:
        starts += [m.start() for m in _WORD.finditer(text) if m.group().lower() in _START_WORDS]
    starts.sort()
    last_end = 0
    for c in starts:
        if c < last_end:
            continue
        found: re.Match[str] | None = None
        # (after a space and a lower-case letter with no capital among the three before it,
        # as "rose 5", no prefix can end: its last mark or letter is just before a space)
        back = (
            None
            if c >= 2
            and text[c - 1] == " "
            and "a" <= text[c - 2] <= "z"
            and text[max(0, c - 5) : c - 2].islower()
            else _PREFIX_BACK.search(text, max(last_end, c - 8), c)
        )
        tries = [i for i in range(back.start(), c) if not text[i].isspace()] if back else []
        if c >= 2 and text[c - 1] == " ":  # "a million", "an eighth", "A few thousand"
            art = (
                c - 2
                if text[c - 2] in "aA"
                else c - 3
                if text[c - 3 : c - 1] in ("an", "An")
                else -1
            )
            if art >= last_end and art >= 0:
                tries.append(art)
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
    # (the groups are read by their place in the pattern: see `_GROUPS`)
    assert lx.pattern.groupindex == _GROUP_INDEX, lx.pattern.groupindex
    for m in _matches(text, lx):
        g = m.groups()
        start, end = m.start(), m.end()
        num_start = (
            m.start("num") if g[_NUM] else m.start("vague") if g[_VAGUE] else m.start("words")
        )
        vague = False
        value: Decimal | None
        if g[_NUM]:
            value = digits_value(g[_NUM])
            if (
                not g[_PRE]
                and num_start > 0
                and text[num_start - 1] in _NO_NUMBER_LAST
                and _NO_NUMBER_BEFORE.search(text, max(0, num_start - 40), num_start)
            ):
                continue
        elif g[_VAGUE]:
            v = re.sub(r"\s+", " ", g[_VAGUE].lower())
            parts = v.split(" ")
            if len(parts) > 1 and parts[0] in ("tens", "hundreds"):  # "tens of thousands"
                value = Decimal(10 if parts[0] == "tens" else 100) * Decimal(lx.vague[parts[-1]])
            elif parts[0] == "several":
                # "several hundred": three to nine hundred (low end here, high end below)
                value = _SEVERAL * (words_value(parts[-1]) or Decimal(0))
            elif parts[0] in ("a", "many"):
                value = words_value(parts[-1]) or Decimal(0)
            else:
                value = Decimal(lx.vague[v])
            vague = True
        else:
            value = words_value(g[_WORDS])
        if value is None or value == 0 and not g[_PRE]:
            continue
        scaled = False
        scale = g[_SCALE] or g[_ABBR] or g[_ABBR1]
        if scale:
            value *= Decimal(str(lx.scales[scale.lower()]))
            scaled = True
        elif g[_WORDS] and any(
            w in g[_WORDS].lower() for w in ("thousand", "million", "billion", "trillion")
        ):
            scaled = True
        frac = _FRACTION_BEFORE.search(text, max(0, start - 24), start) if scaled else None
        if frac is not None and re.match(r"(?i)(?:a|an|one)\s", text[num_start:]):
            # "a quarter of a million": a share of the scale, written before it.
            value *= _FRACTIONS[(frac.group(1) or "a").lower(), frac.group(2).lower()]
            start = num_start = frac.start()
        code, factor = _currency(g, lx)
        if g[_CTY] and code == "USD":
            code = "USD"
        if code:
            if factor != 1.0:
                value *= Decimal(str(factor))
            out.append(_Hit(start, end, value, code, num_start, "money", vague, scaled=scaled))
            continue
        if g[_PCT]:
            out.append(
                _Hit(start, end, value, "percent", num_start, "percent", vague, scaled=scaled)
            )
            continue
        if g[_PP]:
            unit = (
                "basis_points"
                if g[_PP].lower().startswith(("basis", "bp"))
                else "percentage_points"
            )
            out.append(_Hit(start, end, value, unit, num_start, "points", vague, scaled=scaled))
            continue
        # A bare number: drop years, ordinals, model numbers; keep for counts and ranges.
        if g[_ABBR1] and not g[_NUM]:
            continue
        after = text[end : end + 3]
        if _LETTER_AFTER.match(after):
            continue
        if g[_NUM] and not scale and _YEAR.match(g[_NUM]):
            continue
        if g[_WORDS] and _A_OR_ONE.fullmatch(g[_WORDS].strip()):
            continue
        if g[_NUM] and _CLOCK.search(text, max(0, num_start - 1), min(len(text), end + 2)):
            continue  # "10:00 GMT", "0950 GMT": a clock time
        if g[_WORDS] and value < 1:
            continue  # "half of all voters": a proportion, not a count
        out.append(_Hit(start, end, value, None, num_start, "bare", vague, scaled=scaled))
    if "several" in text or "Several" in text:
        _several_ranges(text, out)
    return _exchange_rates(text, _ranges(text, out), lx)


# "several" read as three to nine: "several hundred" is a range, not "more than 100".
_SEVERAL = Decimal(3)


def _several_ranges(text: str, hits: list[_Hit]) -> None:
    """Give "several hundred" (held as 300) its high end, 900: a range, read as "~"."""
    for h in hits:
        if h.vague and h.high is None and text[h.num_start : h.num_start + 7].lower() == "several":
            h.high = h.value * 3


_CLOCK = re.compile(r"\d:\d|:\d\d\b|\b0\d{3}\b")
_FRACTION_BEFORE = re.compile(r"\b(?:(a|one|two|three)\s+)(quarters?|thirds?|half)\s+of\s+$", re.I)
_FRACTIONS = {
    ("a", "quarter"): Decimal("0.25"),
    ("one", "quarter"): Decimal("0.25"),
    ("three", "quarters"): Decimal("0.75"),
    ("a", "third"): Decimal(1) / Decimal(3),
    ("one", "third"): Decimal(1) / Decimal(3),
    ("two", "thirds"): Decimal(2) / Decimal(3),
    ("a", "half"): Decimal("0.5"),
    ("one", "half"): Decimal("0.5"),
}
# "one pound buying $1.9094", "the dollar was worth 104 yen": the price of a currency.
_RATE_BEFORE = re.compile(
    r"\b(?:one|1|a|the|each)\s+(?P<cur>[a-z]+)\s+(?:was\s+|is\s+|now\s+)?"
    r"(?:buying|buys|bought|worth|fetching|fetches|fetched|trading\s+at|traded\s+at|at|=)\s*$",
    re.I,
)
_RATE_AFTER = re.compile(
    r"\s+(?:was\s+|is\s+|now\s+)?(?:buying|buys|bought|worth|fetching|fetched|=)\s", re.I
)


# "$1.2871 against the euro": the price of a euro in dollars.
_RATE_AGAINST = re.compile(
    r"\s*(?:against|versus|vs\.?|to)\s+(?:the\s+)?(?:single\s+|European\s+|US\s+)?"
    r"(?P<cur>[a-z]+)\b",
    re.I,
)
# "the euro fell to $1.25", "until the euro reaches $1.30": a currency whose price moved.
_RATE_SUBJECT = re.compile(
    r"\bthe\s+(?P<cur>[a-z]+)\s+(?:(?:has|had|have|also|then|briefly|later|was|is)\s+)?"
    r"(?:reach|rose|rise|fell|fall|climb|slip|hit|drop|stood|stand|trad|end|clos|firm|"
    r"weaken|strengthen|eas|gain|jump|sank|sink|slid|edg|recover|rall|tumbl|plung|soar|"
    r"touch|peak|advanc|retreat|dip|was|is)[a-z]*\s+(?:to\s+|at\s+|above\s+|below\s+|"
    r"as\s+high\s+as\s+|as\s+low\s+as\s+|(?:a|an)\s+[a-z-]+\s+(?:high|low)\s+of\s+)?$",
    re.I,
)
# ", from $1.2974 on Thursday": the earlier value of the same rate.
_SENTENCE_END = re.compile(r"[.!?]\s")
_RATE_PRIOR = re.compile(
    r"(?:\s*(?:against|versus)\s+(?:the\s+)?[a-z]+)?[\s,]*(?:(?:up|down)\s+from|from|"
    r"compared\s+with|compared\s+to)\s*$",
    re.I,
)


_RATE_IT = re.compile(
    r"\bit\s+(?:was\s+|is\s+|has\s+been\s+)?(?:trading|traded|buying|bought|worth|fetching)"
    r"\s+(?:at\s+)?$",
    re.I,
)
_CURRENCY_NAMED = re.compile(
    r"(?<!against )(?<!versus )(?<!to )(?<!on )"
    r"\bthe\s+(dollar|euro|pound|yen|sterling|yuan|rouble)\b",
    re.I,
)


def _rate_of_it(text: str, h: _Hit) -> str | None:
    """ "The dollar slipped. Against the Japanese yen, it was trading at 105.28 yen": "it" is
    the currency last named before that is not the one the price is given in."""
    if _RATE_IT.search(text, max(0, h.start - 40), h.start) is None:
        return None
    named = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY"}
    named |= {"yuan": "CNY", "rouble": "RUB"}
    for m in reversed(list(_CURRENCY_NAMED.finditer(text, max(0, h.start - 400), h.start))):
        code = named[m.group(1).lower()]
        if code != h.unit:
            return code
    return None


def _same_rate(text: str, rate: _Hit, h: _Hit) -> bool:
    """Whether money `h` is another value of exchange rate `rate`, said just before it in
    the same sentence: the same currency and about the same size ("trading at $1.2944
    against the euro, still close to the $1.3006 record level")."""
    return (
        "rate_of" in rate.extra
        and rate.unit == h.unit
        and not h.scaled
        and 10 * abs(h.value - rate.value) <= rate.value
        and h.start - rate.end < 120
        and _SENTENCE_END.search(text, rate.end, h.start) is None
    )


def _exchange_rates(text: str, hits: list[_Hit], lx: Lexicon) -> list[_Hit]:
    """An exchange rate is the price of one unit of a currency: the "$1.9094" of "one pound
    buying $1.9094" is kept with what it prices, the "one pound" is dropped; "the dollar
    reached $1.2871 against the euro" and "the euro reached $1.30" price the euro."""
    out: list[_Hit] = []
    for h in hits:
        if h.kind == "money" and h.value == 1 and _RATE_AFTER.match(text, h.end):
            continue
        if h.kind == "money":
            m = _RATE_BEFORE.search(text, max(0, h.start - 40), h.start)
            code = lx.words.get(m.group("cur").lower()) if m else None
            if code == h.unit:
                code = None  # "the dollar was trading at $1.29 against the euro": the euro's
            if code is None and not h.scaled and h.value < 1000:
                a = _RATE_AGAINST.match(text, h.end)
                code = lx.words.get(a.group("cur").lower()) if a else None
                if code is None or code == h.unit:
                    b = _RATE_SUBJECT.search(text, max(0, h.start - 50), h.start)
                    code = lx.words.get(b.group("cur").lower()) if b else None
            if code is None and not h.scaled and h.value < 1000:
                code = _rate_of_it(text, h)  # "Against the yen, it was trading at 105.28 yen"
            prev = out[-1] if out else None
            if (
                code is None
                and prev is not None
                and "rate_of" in prev.extra
                and prev.unit == h.unit
                and _RATE_PRIOR.fullmatch(text, prev.end, h.start)
            ):
                code = prev.extra["rate_of"]  # "$1.2871 against the euro, from $1.2974"
            if code is None and prev is not None and _same_rate(text, prev, h):
                code = prev.extra["rate_of"]  # "at $1.29 against the euro, near the $1.30 record"
            if code is not None and code != h.unit:
                h.extra["rate_of"] = code
        out.append(h)
    return out


def _ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Join "between 5 and 10 million", "5-10%", "5 to 10 per cent"; a bare number before
    "to"/"and" a united one takes its unit ("from 5 to 10%": two amounts, both per cent)."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        c = hits[i + 2] if i + 2 < len(hits) else None
        if (
            b is not None
            and c is not None
            and a.unit is not None
            and a.unit == c.unit
            and _BETWEEN.search(text[max(0, a.start - 12) : a.start])
            and re.fullmatch(r"\s*\(\s*", text[a.end : b.start])
            and re.fullmatch(r"\s*\)\s*and\s+", text[b.end : c.start])
        ):
            # "between 250 euros (£173) and 600 euros": one range; the bracket converts
            # only its low end and is dropped.
            merged = _Hit(a.start, c.end, a.value, a.unit, a.num_start, a.kind, scaled=True)
            merged.high = c.value
            out.append(merged)
            i += 3
            continue
        if b is not None and (j := _RANGE_JOIN.match(text[a.end : b.start])):
            joiner = j.group("j").lower()
            before = text[max(0, a.start - 12) : a.start]
            between = bool(_BETWEEN.search(before))
            frm = bool(_FROM.search(before))
            same_or_bare = a.unit is None or a.unit == b.unit
            if a.unit and b.unit is None and joiner in ("-", "–", "—") and b.value > a.value:
                # "$50-100,000": the unit (and the thousands) of the first belong to both.
                b = _Hit(b.start, b.end, b.value, a.unit, b.num_start, a.kind, b.vague, b.high)
                if not a.scaled and a.value < 1000 <= b.value and a.value * 1000 <= b.value:
                    a = _Hit(a.start, a.end, a.value * 1000, a.unit, a.num_start, a.kind, a.vague)
                same_or_bare = True
            approx = bool(_APPROX_BEFORE.search(before))
            is_range = (
                (joiner == "and" and between)
                or (joiner in ("-", "–", "—") and same_or_bare and (b.unit or a.unit is None))
                or (joiner == "to" and not frm and (a.unit is None or between))
                or (joiner == "to" and approx and a.unit == b.unit)  # "about 70% to 80%"
            )
            if is_range and b.value <= a.value and not (not a.scaled and b.scaled):
                is_range = False  # "£35bn - £2.5bn less than": a dash, not a range
                if a.unit is None and b.unit is None and text[a.end : b.start] == "-":
                    i += 2  # "747-400", "3-1": a model number or a score
                    continue
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


def _duration(doc: Any, sp: Any) -> bool:
    """A bare number before a duration or calendar word ("12 months", "three years")."""
    nxt = doc[sp.end] if sp.end < len(doc) else None
    return nxt is not None and nxt.lower_ in _NOT_COUNTED


def _in_name(doc: Any, span: Any, text: str, hit: _Hit) -> bool:
    """A plain digit run right after a capitalised name ("FTSE 100", "Boeing 747") or a
    possessive one ("Porsche's 911") is part of a name or model, not a count."""
    if not _PLAIN_DIGITS.fullmatch(text[hit.num_start : hit.end].strip()):
        return False  # plain digits, or a model's "737-800"
    i = span[0].i
    prev = doc[i - 1] if i > 0 else None
    if prev is None or not prev.whitespace_:
        return False
    if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i != _sent(prev).start:
        return True
    # "Porsche's 911 sports cars": a brand's model; "Britain's 800,000 workers" has commas.
    return (
        prev.tag_ == "POS"
        and i >= 2
        and doc[i - 2].ent_type_ in ("ORG", "PRODUCT", "PERSON")
        and len(text[hit.num_start : hit.end].strip()) == 3
    )
