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

import calendar
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

from communique.extract.amounts_lexicon import Lexicon, lexicon
from communique.extract.amounts_numbers import SCALES, UNITS, digits_value, plain, words_value
from communique.extract.dates import MONTHS
from communique.extract.inflect import base_form, gerund, participle
from communique.extract.periods import Period, find_periods, parse_period
from communique.record import Amount, Article

# "COVID-19", "G20", "24/7"; "A350-900": a model number's part.
_NO_NUMBER_BEFORE = re.compile(r"(?:[A-Za-z_./]|[A-Za-z][-–]|\b[A-Za-z]+\d+[-–])$")
_LETTER_AFTER = re.compile(r"^(?:[A-Za-z]|-[A-Za-z]|\.\d)")  # "4G", "5th", "25-year-old"
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_RANGE_JOIN = re.compile(r"^\s*(?P<j>-|–|—|to|and)\s*$", re.I)
_AFTER_COMP = re.compile(
    r"^(?:\s*(?P<c>or\s+more|or\s+so|or\s+less|or\s+fewer|-plus|plus(?!\s+[a-z]))\b|\+)", re.I
)
_OUT_OF = re.compile(r"\bout\s+of\s+(?:every\s+)?$|\b(?:one|\d+)\s+in\s+(?:every\s+)?$", re.I)
_OUT_OF_AFTER = re.compile(
    r"\s+(?:out\s+of|in)\s+(?:every\s+)?(?:\d|ten\b|five\b|four\b|three\b)", re.I
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_APPROX_BEFORE = re.compile(
    r"\b(?:about|around|some|roughly|approximately|estimated|between|an?|the)\s*$", re.I
)
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
    hike boost shortfall deficit surplus expansion contraction""".split()
)
# Which way a change noun goes ("a rise in spending of 14.8%").
_NOUN_WAYS = {
    **dict.fromkeys("rise increase jump surge gain rebound hike boost".split(), "rise"),
    **dict.fromkeys("fall drop decline cut reduction slump loss".split(), "fall"),
    "growth": "growth",
    "expansion": "growth",
    "contraction": "contraction",
}
# Changes that say nothing of what changed without "in"/"of" ("a £6.4bn rise").
_FALL_NOUNS = frozenset("fall drop decline slump".split())
_BARE_CHANGES = frozenset("rise increase fall drop decline jump surge slump rebound gain".split())
# Nouns that say little without their complement ("forecasts for Japanese growth",
# "spending on housing", "the number of people waiting").
_COMPLEMENT_NOUNS = frozenset(
    """forecast estimate target outlook projection prediction spending expenditure outlay
    investment demand number share proportion price cost value limit cap ceiling stake
    holding addition premium discount surcharge levy subsidy tariff market fine penalty
    fee charge payment compensation grant award bonus bill funding""".split()
)
# Verbs whose subject pays, spends or receives money: the subject is an agent, the verb
# phrase ("repay to Lord X", "spend on roads") names what the money is.
_MONEY_VERBS = frozenset(
    """pay repay spend invest raise give lend borrow donate receive earn win get owe charge
    fine award grant pledge offer bid allocate save cut budget set generate make provide
    contribute inject earmark lose fetch""".split()
)
_CHANGE_VERBS = frozenset(
    """rise fall gain lose jump slump drop climb grow shrink surge slide dip edge ease rally
    tumble plunge soar decline increase decrease sink add shed finish close end open
    trade slip recover rebound""".split()
)
# Verbs that move a level: "sales fell to 1.2 million cars", "double sales to 400,000 cars".
_LEVEL_VERBS = _CHANGE_VERBS | frozenset(
    """double triple halve boost raise lift cut reduce increase lower push bring overstate
    understate vary trim slash narrow widen""".split()
)
# Nouns that say where, not what ("sent a record $16.6bn home").
_WHERE_WORDS = frozenset("home abroad overseas back way one-way".split())
_WORTH_BETWEEN = re.compile(r"\s+worth\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")
_OR_BETWEEN = re.compile(r"\s*,?\s*(?:or|-|–|—)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")
_LEVEL_WORDS = frozenset("figure level total amount sum".split())


def _previous_sentence_start(span: Any) -> int:
    """Character offset where the sentence before the amount's begins (its own if first)."""
    sent = span[0].sent
    if sent.start == 0:
        return int(sent.start_char)
    return int(span.doc[sent.start - 1].sent.start_char)


_THAT_AFTER = re.compile(r"\s*,?\s+(that\s+[^,.;:()]{3,80}?)\s*(?=[,.;:()]|$)")
_ANNUAL = frozenset("annual annualised annualized yearly".split())
_RATE_CHANGE = {
    "grow": "growth",
    "expand": "growth",
    "rise": "rise",
    "increase": "rise",
    "fall": "fall",
    "decline": "fall",
    "shrink": "contraction",
    "contract": "contraction",
}
_TRAILING_PLACE = re.compile(r" in (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*$")
# "the extra £1,400", "a further $2bn": an amount on top of another.
_MORE_BEFORE = re.compile(r"\b(extra|additional|further|another)\s+(?:[a-z]+\s+)?$", re.I)
_GAP_NOUNS = frozenset("gap difference spread margin".split())
# Economic measures written as capitalised acronyms, never listed firms.
_MEASURE_ACRONYMS = frozenset("GDP GNP GNI CPI RPI PPI PMI M3 M4".split())
# Holders whose percentage is the stake they hold ("a 30% shareholder").
_OWNER_NOUNS = frozenset("shareholder stakeholder owner holder investor partner".split())
# The change a level verb's "by" amount is ("cut taxes by £5bn" -> a cut in taxes).
_CHANGE_OF = {
    "cut": "cut",
    "reduce": "reduction",
    "lower": "reduction",
    "slash": "cut",
    "trim": "cut",
    "raise": "increase",
    "increase": "increase",
    "lift": "increase",
    "boost": "increase",
    "push": "increase",
    "overstate": "overstatement",
    "understate": "understatement",
    "inflate": "overstatement",
    "vary": "variation",
}
# Verbs whose amount is a forecast of something the sentence has already measured.
_FORECAST_VERBS = frozenset("predict expect forecast estimate anticipate project".split())
# Verbs that keep a level where it is ("unemployment stands at 5%").
_HOLD_VERBS = frozenset("keep stand remain hold stay limit cap restrict peg".split())
_SAY_VERBS = frozenset("say tell think believe expect want claim report".split())
_BILATERAL = re.compile(r"\b(?:bilateral|two-way|mutual|between)\b", re.I)
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
# Nouns that name a value's status, not what it measures ("a previous estimate of 3.7%").
_ESTIMATE_NOUNS = frozenset("estimate forecast projection prediction expectation".split())
# "£13m will come from the grant": the verbs whose "from" names where money comes from.
_SOURCE_VERBS = frozenset("come derive".split())
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


def _start_word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the number words, grouped by first letter (faster than a word loop)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    alts = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in sorted(by_first.items()))
    return re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")


_START_WORD = _start_word_pattern(_START_WORDS)
# A prefix that may stand before a number: "US $", "HK$", "Rs ", "USD ", "£".
_PREFIX_BACK = re.compile(r"(?:(?:US|U\.S\.)\s?)?(?:[^\w\s]{1,2}|[A-Z][A-Za-z$.]{0,3})\s?$")


def _matches(text: str, lx: Lexicon) -> Iterator[re.Match[str]]:
    """The lexicon pattern's matches, tried only where a number can start (digits, number
    words): scanning every position with the full pattern costs more than the parse budget."""
    starts: list[int] = []
    for m in _DIGIT_RUN.finditer(text):
        starts.append(m.start())
    low = text.lower()
    if len(low) == len(text):  # (one pattern over the lower-cased text, offsets kept)
        starts += [m.start() for m in _START_WORD.finditer(low)]
    else:
        starts += [m.start() for m in _WORD.finditer(text) if m.group().lower() in _START_WORDS]
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
            if not g["pre"] and _NO_NUMBER_BEFORE.search(text, max(0, num_start - 40), num_start):
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
        frac = _FRACTION_BEFORE.search(text, max(0, start - 24), start)
        if frac is not None and scaled and re.match(r"(?i)(?:a|an|one)\s", text[num_start:]):
            # "a quarter of a million": a share of the scale, written before it.
            value *= _FRACTIONS[(frac.group(1) or "a").lower(), frac.group(2).lower()]
            start = num_start = frac.start()
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
        if g["num"] and _CLOCK.search(text, max(0, num_start - 1), min(len(text), end + 2)):
            continue  # "10:00 GMT", "0950 GMT": a clock time
        if g["words"] and value < 1:
            continue  # "half of all voters": a proportion, not a count
        out.append(_Hit(start, end, value, None, num_start, "bare", vague, scaled=scaled))
    return _exchange_rates(text, _ranges(text, out), lx)


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


# -- reading the parse around a hit --------------------------------------------------------


@lru_cache(maxsize=1024)
def _tokens(doc: Any, s: int, e: int) -> Any:
    """The tokens over characters s to e (asked for again and again for each amount)."""
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
        while (
            h.dep_ == "compound"
            and h.pos_ == "NOUN"
            and h.head.pos_ == "NOUN"
            and h.head.tag_ in _PLURAL_TAGS
            and 0 < h.head.i - h.i <= 2
        ):
            h = h.head  # "4,000 maths teachers": the teachers are counted
        if (
            h.i > last.i
            and h.i - last.i <= 4
            and h.pos_ in ("NOUN", "PROPN")
            # "five million and impending cuts": a coordination, the number counts no cuts
            and not any(
                t.text in (",", ";", ":", "(", ")")
                or t.dep_ in ("cc", "conj")
                and t.head.i == last.i  # the number's own "and"
                for t in doc[last.i + 1 : h.i]
            )
        ):
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
    if (
        noun is not None
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].text == "-"
        and not noun.whitespace_
        and doc[noun.i + 2].tag_ in _PLURAL_TAGS
    ):
        noun = doc[noun.i + 2]  # "4,500 Mini-workers": the workers are counted
    if noun is not None:
        word = noun.lower_
        if word in _NOT_COUNTED or noun.lemma_.lower() in _NOT_COUNTED:
            return None
        if any(c.dep_ in ("dobj", "ccomp") for c in noun.children):
            return None  # "held above 50 shows continued growth": a verb the tagger misread
        if any(t.tag_ == "JJS" for t in doc[last.i + 1 : noun.i]):
            return None  # "its 10 largest shareholders": a rank, not a count
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


# Verbs whose object does what their infinitive says ("expected 3,000 fans to attend").
_CONTROL_VERBS = frozenset(
    "expect ask want urge allow encourage force tell invite persuade order require".split()
)


def _between_count(noun: Any, np: str, skip: set[int]) -> str | None:
    """ "Between 1.1 and 1.5 million people were killed at Auschwitz", "expected between 2,000
    and 4,000 supporters to protest": the range hangs on "between", the verb says what the
    counted did or had done to them."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "between" else None
    verb = prep.head if prep is not None else None
    if verb is None or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        said = _predicate(verb, skip)  # the range is the passive's subject
        return f"{np} {said}" if said else f"{np} {verb.text}"
    inner = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    words = [t for t in inner.subtree if t.dep_ != "det"] if inner is not None else []
    if inner is None or len(words) > 5 or any(t.i in skip for t in words):
        return f"{np} {participle(verb.lemma_.lower())}"
    return f"{np} {participle(verb.lemma_.lower())} {_join(words)}"


def _duration(doc: Any, sp: Any) -> bool:
    """A bare number before a duration or calendar word ("12 months", "three years")."""
    nxt = doc[sp.end] if sp.end < len(doc) else None
    return nxt is not None and nxt.lower_ in _NOT_COUNTED


def _in_name(doc: Any, span: Any, text: str, hit: _Hit) -> bool:
    """A plain digit run right after a capitalised name ("FTSE 100", "Boeing 747") or a
    possessive one ("Porsche's 911") is part of a name or model, not a count."""
    if not re.fullmatch(r"\d+(?:-\d+)?", text[hit.num_start : hit.end].strip()):
        return False  # plain digits, or a model's "737-800"
    i = span[0].i
    prev = doc[i - 1] if i > 0 else None
    if prev is None or not prev.whitespace_:
        return False
    if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.i != prev.sent.start:
        return True
    # "Porsche's 911 sports cars": a brand's model; "Britain's 800,000 workers" has commas.
    return (
        prev.tag_ == "POS"
        and i >= 2
        and doc[i - 2].ent_type_ in ("ORG", "PRODUCT", "PERSON")
        and len(text[hit.num_start : hit.end].strip()) == 3
    )


# "-ly" words that say nothing of how a thing was done ("were only hurt", "nearly died").
_LY_ASIDES = frozenset(
    """only early nearly largely mostly mainly partly fully likely initially originally
    previously recently subsequently currently finally eventually apparently""".split()
)


# Prepositions by which a verb reaches the counted ("talking to 100 teenagers").
_TOLD_PREPS = frozenset("to with on for from at against".split())
_PREP_IN = re.compile(r"\b(?:of|from|in|at|with|for|to|on)\b")


def _told_to(noun: Any, np: str, skip: set[int], events: frozenset[str]) -> str | None:
    """ "was talking to 100 teenagers" -> "teenagers Mr McConnell was talking to", "imposed
    penalties on 15 funds" -> "funds it has imposed penalties on": the counted as the clause
    reaches them; None when no verb with a subject does."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in _TOLD_PREPS:
        return None
    if len(np.split()) > 3 or _PREP_IN.search(np):
        return None  # "pupils from schools in the Highlands": said enough
    v = prep.head
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB":
        # "imposed penalties totalling $2bn on 15 funds": "on" hung on the participle
        v = v.head.head
    if v.pos_ != "VERB" or prep.i < v.i:
        return None
    lemma = v.lemma_.lower()
    if lemma in _LEVEL_VERBS | _GIVE_VERBS | events | _SAY_VERBS | {"compare", "be"}:
        return None  # "rose to 400 cars", "gave it to 30 staff": said elsewhere
    if lemma in _AIM_VERBS:
        return None  # "expects to double sales to 400,000 cars": the parse lost the verb
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i not in skip), None)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return None  # "a deal which should lead to 2,500 jobs": the deal's, said elsewhere
    who = _np(subj, skip) if subj.pos_ != "PRON" else subj.lower_
    if subj.pos_ == "NOUN" and any(c.lower_ == "the" for c in subj.lefts):
        who = f"the {who}"  # "students the minister was talking to"
    done = next((c for c in v.rights if c.dep_ == "dobj" and c.i < prep.i), None)
    what = ""
    if done is not None:
        if done.i in skip or not _nounish(done):
            return None
        mods = [t for t in done.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
        what = f" {_join([*mods, done])}"
    said = [c for c in v.lefts if c.dep_ in ("aux", "neg")]
    if subj.pos_ == "PRON" and done is not None and not any(c.dep_ == "neg" for c in said):
        # "it has imposed penalties on 15 funds": "funds on which penalties were imposed",
        # no pronoun left to resolve
        be = "were" if done.tag_ in _PLURAL_TAGS else "was"
        return f"{np} {prep.lower_} which{what} {be} {participle(lemma)}"
    return f"{np} {who} {_join([*said, v])}{what} {prep.lower_}"


def _where_clause(verb: Any) -> bool:
    """A relative clause opened by "where" ("the US, where there are ...")."""
    return bool(verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.lefts))


def _where_there(rel: Any, verb: Any, skip: set[int]) -> str | None:
    """ "live in the US, where there are 16 million citizens of Mexican origin": the place
    a "where there are" count is in; None for any other count."""
    if (
        verb is None
        or rel.dep_ != "attr"
        or verb.lemma_ != "be"
        or not _where_clause(verb)
        or not any(c.dep_ == "expl" for c in verb.lefts)
        or verb.head.i in skip
        or not _nounish(verb.head)
    ):
        return None
    return f"in {_np(verb.head, skip)}"


# Nouns of a place, whose fronted "in" says where the counted were ("In one local education
# authority alone, 800 parents were warned").
_FRONTED_PLACES = frozenset(
    """authority area region county city town village country state province district school
    prison hospital constituency borough council capital camp port zone estate""".split()
)


def _fronted_place(rel: Any, verb: Any, skip: set[int]) -> str | None:
    """ "In Kent alone, 800 parents were fined" -> "in Kent": the place a fronted "in"
    puts the counted in; None when there is none."""
    if verb is None or rel.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    for c in verb.lefts:
        if c.dep_ != "prep" or c.lower_ not in ("in", "across", "throughout"):
            continue
        if c.i >= rel.left_edge.i or c.i != c.sent.start and c.doc[c.i - 1].is_alpha:
            return None  # (only a phrase opening the sentence or set off before it)
        place = next((p for p in c.children if p.dep_ == "pobj"), None)
        if place is None or place.ent_type_ in ("DATE", "TIME"):
            return None
        if not (
            # (a one-word place the model may take for a person: "In Kent, ...")
            place.pos_ == "PROPN"
            and place.ent_type_ not in ("NORP", "ORG", "DATE", "EVENT")
            and not any(k.dep_ == "compound" for k in place.lefts)
            or place.pos_ == "NOUN"
            and place.lemma_.lower() in _FRONTED_PLACES
        ):
            return None
        words = [t for t in c.subtree if t.dep_ != "det" and t.lower_ != "alone"]
        # (not another amount's words, but for a lone "one": "in one education authority")
        if len(words) > 7 or any(t.i in skip and t.lower_ != "one" or t.is_punct for t in words):
            return None
        return f"{c.lower_} {_join(words[1:])}"
    return None


# Verbs of what the counted believe or say ("64 respondents believed the sentence should
# cease"), and of what shows them ("Results showed 64 respondents believed ...").
_BELIEF_VERBS = frozenset(
    "believe think say agree feel fear want support oppose back expect reject".split()
)
_SHOW_VERBS = frozenset("show find reveal suggest".split())


def _believers(rel: Any, np: str, skip: set[int]) -> str | None:
    """ "About 40 MPs think the tax should be scrapped" -> "MPs who think tax should be
    scrapped": what the counted believe, in short; None when they say nothing so."""
    verb = rel.head if rel.dep_ == "nsubj" else None
    if rel.dep_ == "dobj" and rel.head.lemma_.lower() in _SHOW_VERBS:
        # "showed 64 respondents out of 146 - among them 21 judges - believed ...": the parse
        # made the belief a clause of "showed"; it is theirs
        verb = next(
            (
                c
                for c in rel.head.rights
                if c.dep_ in ("advcl", "ccomp", "conj")
                and c.i > rel.i
                and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
            ),
            None,
        )
    if verb is None or verb.lemma_.lower() not in _BELIEF_VERBS or verb.pos_ != "VERB":
        return None
    end = verb.right_edge.i
    words = [
        t
        for t in verb.doc[verb.i + 1 : end + 1]
        if (t.dep_ != "det" or t.lower_ not in ("a", "an", "the"))
        and t.text not in _QUOTE_TOKENS
        and t.dep_ != "mark"
    ]
    cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
    words = words[:cut]
    if not 1 < len(words) <= 12 or any(t.i in skip for t in words):
        return None
    return f"{np} who {verb.text} {_join(words)}"


def _purpose_of(obj: str, verb: Any, noun: Any, skip: set[int]) -> str:
    """ "couples going to court" -> "... to resolve access disputes": what the counted
    subjects do it for, when the object already tells their verb."""
    if verb is None or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i:
        return obj
    lemma = verb.lemma_.lower()
    if not {participle(lemma), gerund(lemma), verb.lower_} & set(obj.split()):
        return obj
    purpose = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ),
        None,
    )
    if purpose is None:
        return obj
    words = sorted(
        [
            *(k for k in purpose.lefts if k.dep_ == "aux"),
            purpose,
            *(t for k in purpose.rights if k.dep_ == "dobj" for t in k.subtree if t.dep_ != "det"),
        ],
        key=lambda t: t.i,
    )
    if len(words) > 6 or any(t.i in skip or t.is_punct for t in words):
        return obj
    said = _join(words)
    return obj if said in obj else f"{obj} {said}"


def _reduced_relative(noun: Any, np: str, skip: set[int]) -> str | None:
    """ "of the 17 people found guilty of terrorist acts in the UK, only four ...": a
    participle right after the counted noun that the parse made the clause's verb, with the
    noun inside its subject; None otherwise."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    verb = doc[noun.i + 1]
    if verb.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB" or verb.i in skip:
        return None
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not subj.left_edge.i <= noun.i <= subj.right_edge.i or subj.i == noun.i:
        return None
    if subj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or subj.lemma_.lower() in _QUANTITY_HEADS:
        # "Five of the eight men held a news conference", "A poll of 1,500 voters found
        # support": a real subject's verb, not a participle the parse misread
        return None
    words = [verb]
    for c in verb.rights:
        if c.dep_ in ("oprd", "acomp", "prep", "dobj", "advmod"):
            sub = [t for t in c.subtree if t.dep_ != "det"]
            cut = next(
                (k for k, t in enumerate(sub) if t.is_punct or t.ent_type_ in ("DATE", "TIME")),
                len(sub),
            )
            words += sub[:cut]
            if cut < len(sub):
                break
        else:
            break
    while words and words[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        words.pop()
    if len(words) < 2 or len(words) > 10 or any(t.i in skip for t in words):
        return None
    return f"{np} {participle(verb.lemma_.lower())} {_join(words[1:])}"


_QUOTE_TOKENS = frozenset("\"“”‘’'")


def _count_object(
    noun: Any, rel: Any, verb: Any, bare_subject: bool, skip: set[int], events: frozenset[str]
) -> str:
    """ "people killed", "jobs created", "lost subscribers": the counted noun with its verb."""
    # (the participle is added below, with what the count does)
    np = "people" if bare_subject else _np(noun, skip, with_acl=False)
    ranged = _between_count(noun, np, skip)
    if ranged is not None:
        return ranged
    believed = _believers(rel, np, skip) or _reduced_relative(noun, np, skip)
    if believed is not None:
        return believed
    if noun.dep_ == "conj" and (
        noun.head.pos_ == "NOUN"
        and noun.head.tag_ in _PLURAL_TAGS
        # "he and the other seven protesters would plead not guilty": a shared subject
        or noun.head.dep_ in ("nsubj", "nsubjpass")
        and noun.head.pos_ in ("PRON", "PROPN")
    ):
        rel = noun.head  # "92 outgoing flights and 86 incoming flights were delayed"
        verb = _governing_verb(rel)
    listed = [
        c
        for c in noun.rights
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.i not in skip
        and not any(k.like_num or k.i in skip for k in c.lefts)  # "92 out and 86 in"
    ]
    if listed and not bare_subject:
        # "25,000 girls and women", "pickups, vans and sports utility vehicles": all of them.
        last = listed[-1]
        more = [c for c in last.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        tail = more[-1] if more else last
        words = [t for t in noun.doc[noun.i : tail.i + 1] if t.i not in skip]
        if len(words) <= 8 and all(t.pos_ in _LIST_POS for t in words):
            mods = [
                t
                for k in noun.lefts
                if k.dep_ in ("amod", "compound", "nmod", "poss")
                for t in k.subtree
                if t.i not in skip
            ]
            np = _join([*mods, *words])
    booked = noun.head if noun.dep_ == "appos" and noun.head.dep_ == "dobj" else None
    if (
        booked is not None
        and booked.head.lemma_.lower() in _LEVEL_VERBS | _UP_VERBS
        and any(t.lower_ == "to" and t.i < noun.i for t in noun.subtree)
        and _nounish(booked, ("NOUN",))
        and booked.i not in skip
    ):
        return _np(booked, skip)  # "brings the order book up to 225 firm orders": the book
    of = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if of is not None and of.lemma_.lower() in _QUANTITY_HEADS and of.i < noun.i:
        rel = of  # "a total of 500 people were hurt": the total holds the clause's relation
        verb = of.head if of.head.pos_ in ("VERB", "AUX") else verb
    to = noun if noun.dep_ == "pobj" else rel
    head = to.head.head if to.dep_ == "pobj" and to.head.lower_ in ("to", "from") else None
    first = noun.i
    while first > noun.sent.start and first - 1 in skip:
        first -= 1
    if head is None and to.dep_ == "dobj" and noun.doc[max(0, first - 1)].lower_ in ("to", "from"):
        head = to.head  # "dropped from 10,276 cases to 8,177 cases", "to" parsed as quantmod
    if head is not None and head.dep_ == "appos" and head.pos_ == "NOUN":
        # "boost the capacity of the company - India's second-largest maker - to 400,000
        # units": "to" hung on the aside; the level is the object of the verb before it.
        while head.dep_ == "appos":
            head = head.head
        if (
            head.dep_ == "dobj"
            and head.head.lemma_.lower() in _LEVEL_VERBS
            and _nounish(head, ("NOUN",))
            and head.i not in skip
        ):
            return _np(head, skip)
    if head is not None and head.pos_ == "VERB" and head.lemma_.lower() in _LEVEL_VERBS:
        # "sales fell to 1.25 million vehicles", "double sales to 400,000 cars": the
        # vehicles counted are the sales.
        dobj = [
            c
            for c in head.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_ != noun.lemma_
        ]
        subj = dobj[0] if dobj else _subject(head)
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.i not in skip
            and subj.lower_ not in events
            and subj.lemma_.lower() != noun.lemma_.lower()
        ):
            return _np(subj, skip)
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in _CHANGE_NOUNS
        and noun.head.head.i not in skip
    ):
        change = noun.head.head
        mods = [t for t in change.lefts if t.dep_ in ("compound", "amod") and t.i not in skip]
        return f"{_join([*mods, change])} of {np}"  # "the loss of 800 jobs", "production loss"
    given = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    if given is not None and given.pos_ == "VERB" and given.lemma_.lower() in _GIVE_VERBS:
        what = next((c for c in given.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if what is not None and _nounish(what, ("NOUN",)):
            # "offering voluntary redundancy to about 30 reporters": what they are given.
            return f"{np} {participle(given.lemma_.lower())} {_np(what, skip)}"
    where = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across") else None
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is not None and part.i in skip and part.dep_ == "pobj" and part.head.lower_ == "in":
        where = part.head.head  # "In almost 14,000 of those cases, the youngsters were ..."
    what = ""
    listed_in = where
    while listed_in is not None and listed_in.dep_ == "conj" and listed_in.head.i != listed_in.i:
        listed_in = listed_in.head  # "owns 34 casinos ... and 100 Hard Rock Cafes in 38 ..."
    if (
        where is not None
        and where.pos_ in ("NOUN", "PROPN")
        and listed_in is not None
        and listed_in.dep_ == "dobj"
    ):
        what = f" {where.text}" if where.dep_ == "dobj" else f" {_np(where, skip)}"
        where = listed_in.head  # "runs 40 hotels in 12 countries"
    if (
        where is not None
        and where.pos_ == "VERB"
        and noun.lemma_.lower() in _PLACE_NOUNS
        and (doer := _subject(where)) is not None
        and doer.i not in skip
    ):
        # "employs 109,000 people in more than 120 countries": where it happens.
        who = _np(doer, skip) if doer.pos_ != "PRON" else doer.lower_
        done = next((c for c in where.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if not what and done is not None and _nounish(done):
            what = f" {_np(done, skip)}"  # "owns 100 Hard Rock Cafes in 38 countries"
        said = " ".join(
            c.lower_ for c in where.lefts if c.tag_ == "MD" or c.dep_ in ("neg", "auxpass")
        )
        said = f"{said} " if said else ""  # "voters could influence the result in 50 seats"
        agent = next((c for c in where.rights if c.dep_ == "agent"), None)
        by_ = [t for t in agent.subtree if t.dep_ != "det"] if agent is not None else []
        if not what and 1 < len(by_) <= 4 and not any(t.i in skip or t.is_punct for t in by_):
            what = f" {_join(by_)}"  # "were accompanied by their parents"
        return f"{np} where {who} {said}{where.text}{what}"
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if (
        outer is not None
        and outer.lower_ == "rid"
        and any(t.lemma_ == "get" for t in (outer.head, *outer.lefts))
    ):
        return f"{np} cut"  # "plans to get rid of 100,000 civil servants": those cut
    if (
        outer is not None
        and outer.lemma_.lower() in _AIM_NOUNS | {"benchmark"}
        and outer.i < noun.i
        and outer.i not in skip
    ):
        # "reaching the benchmark of 750,000 adults gaining qualifications": who are counted
        doing = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        dated = {
            t.i
            for c in (doing.rights if doing is not None else [])
            if c.dep_ == "prep" and any(k.ent_type_ in ("DATE", "TIME") for k in c.subtree)
            for t in c.subtree
        }
        words = (
            [t for t in doing.subtree if t.dep_ != "det" and t.i not in dated]
            if doing is not None
            else []
        )
        if 0 < len(words) <= 5 and not any(t.i in skip or t.is_punct for t in words):
            return f"{outer.lower_} of {np} {_join(words)}"
    if (
        outer is not None
        and outer.pos_ == "NOUN"
        and outer.i not in skip
        and outer.i < noun.i
        and outer.lemma_.lower() not in _QUANTITY_HEADS | _PRICE_NOUNS  # "the cost of 20 projects"
        and (
            _bad_object(outer, lexicon()) is None
            or outer.lemma_.lower() in ("poll", "survey", "study", "sample")  # "a poll of 1,313"
        )
    ):
        # "a shortage of 8,000 foster carers", "the deaths of 20 soldiers": that of them.
        mods = [t for t in outer.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
        return f"{_join([*mods, outer])} of {np}"
    if (
        outer is not None
        and outer.pos_ == "NOUN"
        and outer.i not in skip
        and outer.i < noun.i
        and outer.lemma_.lower() not in _QUANTITY_HEADS
        and _bad_object(outer, lexicon()) == "actor"
        and outer.lower_ not in lexicon().people
    ):
        # "a super union of two million members": the members of it
        mods = [
            t
            for k in outer.lefts
            if k.dep_ in ("amod", "compound") and k.i not in skip
            for t in k.subtree
            if not t.is_punct
        ]
        return f"{np} of {_join([*mods, outer])}"
    host = noun.head.head if noun.dep_ == "pobj" else None
    if (
        host is not None
        and noun.head.lower_ in ("from", "in", "across")
        and noun.lemma_.lower() in ("country", "nation", "state", "city", "region")
        and host.pos_ in ("NOUN", "PROPN")  # ("100 Hard Rock Cafes in 38 countries")
        and host.tag_ in _PLURAL_TAGS
        and host.i not in skip
    ):
        # "240 aerospace firms from 31 countries", "call centres in 24 countries": the
        # places are counted by what is there
        return f"{np} with {_np(host, skip)}"
    alongside = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if (
        alongside is not None
        and alongside.i > 0
        and noun.doc[alongside.i - 1].lower_ in ("along", "together")
    ):
        # "murdered along with over a million others": the others murdered too
        done_ = alongside.head.head if alongside.head.lower_ in ("along", "together") else None
        done_ = done_ if done_ is not None else alongside.head
        if done_.pos_ == "VERB":
            return f"{np} {participle(done_.lemma_.lower())}"
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else None
    done_to = _subject(held) if held is not None and held.dep_ != "acl" else None
    if (
        done_to is not None
        and held is not None
        and held.tag_ == "VBN"
        and _nounish(done_to)
        and done_to.i not in skip
        and held.lemma_.lower() not in _HEARSAY_VERBS | _SAY_VERBS
    ):
        # "was mugged by six men", "visited by 2 million tourists": the doers, by their deed
        return f"{np} {gerund(held.lemma_.lower())} {_np(done_to, skip)}"
    filled = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if filled is not None and filled.lemma_.lower() in _FILL_VERBS:
        whom = next((c for c in filled.rights if c.dep_ == "dobj" and c.i < noun.i), None)
        if whom is not None and _nounish(whom) and whom.i not in skip:
            # "to supply Peugeot with 30,000 vehicles": what is supplied, and to whom
            return f"{np} {participle(filled.lemma_.lower())} to {_np(whom, skip)}"
    if held is not None and held.dep_ == "acl" and _nounish(held.head, ("NOUN",)):
        # "information held by 100,000 public bodies": the bodies holding it
        return f"{np} {gerund(held.lemma_.lower())} {_np(held.head, skip)}"
    partitive = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    # "one of six executives indicted in the case": the parse hangs the participle on "one"
    hosts = (
        [noun, partitive]
        if partitive is not None
        and (partitive.like_num or partitive.lemma_.lower() in _QUANTITY_HEADS)
        else [noun]
    )
    for acl in (c for h in hosts for c in h.rights):
        # ("the 246,570 cases reported": "reported" tagged a past tense, parsed a participle)
        if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBD"):
            words = [t for t in acl.subtree if t.dep_ not in ("det", "auxpass")]
            cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
            words = words[: min(cut, 6)]  # "found guilty of terrorist acts in the UK since"
            while len(words) > 1 and (
                words[-1].pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "ADJ", "PART")
                or words[-1].dep_ in ("amod", "compound", "poss", "case")
            ):
                words.pop()  # no dangling word, nor a modifier without its noun
            if words and not any(t.i in skip for t in words):
                return f"{np} {_join(words)}"  # "two suspects being held without trial"
        if acl.dep_ == "acl" and acl.tag_ == "VBG":
            what = next((c for c in acl.rights if c.dep_ == "dobj" and c.i not in skip), None)
            # "children not getting the chance at education": the denial kept
            done = f"not {acl.text}" if any(c.dep_ == "neg" for c in acl.lefts) else acl.text
            if what is not None and _nounish(what, ("NOUN",)):
                return f"{np} {done} {_np(what, skip)}"  # "older people joining the work force"
            # "with 856,600 people waiting for treatment": the state the counted are in.
            for c in acl.rights:
                if c.dep_ == "prep" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        return f"{np} {acl.text} {c.lower_} {_np(pobj[0], skip)}"
    for rc in noun.rights:
        if rc.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
            for c in rc.children
        ):
            # "the millions of people who suffer devastating illnesses": who they are
            # (without when: "who were released from the camp in January").
            dated = {
                t.i
                for c in rc.rights
                if c.dep_ == "prep"
                and any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
                # "who will use it every year": the time is the amount's rate, not who
                or c.dep_ == "npadvmod"
                and c.lemma_.lower() in _TIME_NOUNS | {"year", "month", "week", "day"}
                for t in c.subtree
            }
            words = [
                t for t in rc.subtree if t.dep_ != "det" and not t.is_punct and t.i not in dated
            ]
            obj_ = next((c for c in rc.rights if c.dep_ == "dobj"), None)
            if len(words) > 7 and obj_ is None and rel.dep_ not in ("nsubj", "nsubjpass"):
                # "who have signed up to make sure they do not get cold calls": who they
                # are, by the clause's own verb
                short = [
                    t
                    for t in rc.subtree
                    if t.i == rc.i
                    or t.head.i == rc.i
                    and t.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt")
                ]
                if len(short) >= 3:
                    words = short
            if len(words) > 7 and obj_ is not None and rel.dep_ not in ("nsubj", "nsubjpass"):
                # "who suffered one of the UK's biggest miscarriages of justice": the clause's
                # subject, verb and object head, shortly (a counted subject's own verb says
                # more: "Eight protesters who stormed ... have been charged")
                inner = (
                    next((p for c in obj_.rights if c.dep_ == "prep" for p in c.children), None)
                    if obj_ is not None and obj_.like_num  # "one of the ... miscarriages"
                    else obj_
                )
                keep = {c.i for c in rc.lefts if c.dep_ in ("nsubj", "nsubjpass", "aux", "neg")}
                keep.add(rc.i)
                if inner is not None:
                    keep |= {
                        t.i
                        for k in inner.lefts
                        if k.dep_ in ("amod", "compound", "poss")
                        for t in k.subtree
                        if t.dep_ != "det"
                    }
                    keep.add(inner.i)
                words = [t for t in rc.subtree if t.i in keep]
            if 0 < len(words) <= 7 and all(t.i not in skip for t in words):
                return f"{np} {_join(words)}"
        subj = [c for c in rc.children if c.dep_ == "nsubj" and c.tag_ == "PRP"]
        if rc.dep_ == "relcl" and subj and rc.i == subj[0].i + 1:
            # "the 635,173 reports it had from consumers": the clause, shortly.
            words = [subj[0], rc]
            comp = next((c for c in rc.rights if c.dep_ in ("prep", "dobj", "prt")), None)
            if comp is not None:
                pobj = [p for p in comp.children if p.dep_ == "pobj"]
                words += [comp, *pobj[:1]]
            if all(t.i not in skip for t in words):
                return f"{np} {_join(sorted(words, key=lambda t: t.i))}"
    party = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if (
        party is not None
        and party.dep_ == "acl"
        and party.tag_ == "VBN"
        and _nounish(party.head, ("NOUN",))
        and party.head.i not in skip
    ):
        return f"{np} in {_np(party.head, skip)}"  # "a settlement reached with 46 states"
    holder = noun.head.head if noun.dep_ == "pobj" else None
    if (
        holder is not None
        and noun.head.lower_ in ("for", "from", "at", "among", "with", "by", "across", "including")
        and holder.pos_ == "NOUN"
        and holder.i < noun.i
        and holder.i not in skip
        and holder.lemma_.lower() not in _QUANTITY_HEADS
        and _bad_object(holder, lexicon()) is None
    ):
        # "care for some 2,500 women", "evidence from 51 organisations": what is said of them.
        mods = [t for t in holder.lefts if t.dep_ in ("amod", "compound")]
        if noun.head.lower_ == "including":
            # "an independent body including two judges": the judges in it
            return f"{np} in {_join([*mods, holder])}"
        return f"{_join([*mods, holder])} {noun.head.lower_} {np}"
    told = _told_to(noun, np, skip, events)
    if told is not None:
        return told
    root = rel.head
    if (
        verb is None
        and rel.dep_ == "nsubj"
        and root.dep_ in ("ROOT", "ccomp")
        and root.tag_ in ("NN", "NNS")
        and root.i == rel.i + 1
    ):
        done = next((c for c in root.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if done is not None and _nounish(done, ("NOUN",)):
            # "half a million children skip school each day", "skip" read as a noun (a noun
            # with a subject and an object is a verb)
            every = next(
                (
                    c.lemma_.lower()
                    for c in root.rights
                    if c.dep_ == "npadvmod"
                    and c.lemma_.lower() in ("day", "week", "month", "year")
                    and any(d.lower_ in ("every", "each") for d in c.lefts)
                ),
                None,
            )
            rate = f" per {every}" if every else ""
            return f"{np} {gerund(root.lemma_.lower())} {_np(done, skip)}{rate}"
    if verb is None or rel.head.i != verb.i:
        done_ = noun.doc[first - 1] if first > noun.sent.start else None
        if (
            done_ is not None
            and done_.pos_ not in ("VERB", "AUX", "ADP")
            and base_form(done_.lower_) in events
            and noun.sent.root.pos_ not in ("VERB", "AUX")
        ):
            # "Telegraph newspapers axe 90 jobs": a headline the parse read without its verb
            return f"{np} {participle(base_form(done_.lower_))}"
        return np
    if rel.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.lefts):
        # "There are 305,775 people on a waiting list": where or what they are.
        rest = [t for t in noun.subtree if t.i > noun.i and t.dep_ != "det"] + [
            t  # "22 members of the family in the line of succession": "in" hung on "were"
            for c in verb.rights
            if c.dep_ == "prep"
            and c.i > noun.i
            and not any(k.ent_type_ in ("DATE", "TIME") for k in c.subtree)
            for t in c.subtree
            if t.dep_ != "det"
        ]
        cut_at = next((k for k, t in enumerate(rest) if t.ent_type_ in ("DATE", "TIME")), None)
        if cut_at is not None:
            rest = rest[:cut_at]  # "12 deaths in 2004": the year is the period
        cut = next(
            (
                k
                for k, t in enumerate(rest)
                if t.is_punct
                or t.pos_ == "CCONJ"
                # (not "fraud or irregularities": two nouns of one phrase)
                and not (
                    k + 1 < len(rest) and rest[k + 1].dep_ == "conj" and rest[k + 1].head in rest
                )
            ),
            len(rest),
        )
        rest = rest[: min(cut, 8)]
        while rest and rest[-1].pos_ in ("ADP", "DET"):
            rest.pop()
        if (
            len(rest) >= 3
            and rest[-2].lower_ == "of"
            and rest[-1].lemma_ in ("kind", "sort", "type")
        ):
            rest = rest[:-2]  # "on a waiting list of some kind"
        if 0 < len(rest) <= 8 and rest[0].dep_ == "prep" and not any(t.i in skip for t in rest):
            mods = [
                t
                for k in noun.lefts
                if k.dep_ in ("amod", "compound") and k.i not in skip
                for t in k.subtree
            ]
            return _join([*mods, noun, *rest])  # "members of the Royal Family in the line ..."
        for c in noun.rights:
            if c.dep_ == "prep" and c.i not in skip:
                place = next((p for p in c.children if p.dep_ == "pobj"), None)
                if place is not None and place.i not in skip and place.ent_type_ not in ("DATE",):
                    mods = [t for t in place.lefts if t.dep_ in ("amod", "compound")]
                    phrase = f"{c.lower_} {_join([*mods, place])}"
                    return np if phrase in np else f"{np} {phrase}"
    if rel.dep_ == "attr" and verb.lemma_ == "be":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # not "there were"
        if subj is not None and _nounish(subj, ("NOUN",)) and subj.i not in skip:
            return _np(subj, skip)  # "the unemployment rate is 4.875 million people"
    if rel.dep_ == "nsubj" and verb.lemma_ == "be":
        # "eight people per thousand are car owners": the counted are the car owners.
        attr = [c for c in verb.rights if c.dep_ == "attr" and c.i not in skip]
        if attr and attr[0].pos_ == "NOUN" and attr[0].tag_ in _PLURAL_TAGS:
            return _np(attr[0], skip)
    if (
        rel.dep_ == "nsubj"
        and verb.tag_ == "VBG"
        and (
            any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.lefts)
            or verb.dep_ == "pcomp"  # "with 856,600 people waiting for treatment"
            and verb.head.lower_ in ("with", "without")
        )
        and verb.lemma_.lower() not in events
    ):
        # "311,000 people were waiting for treatment": the state the counted are in.
        for c in verb.rights:
            if c.dep_ == "prep" and c.i not in skip:
                pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                if pobj and _nounish(pobj[0]) and pobj[0].ent_type_ not in ("DATE", "TIME"):
                    return f"{np} {verb.text} {c.lower_} {_np(pobj[0], skip)}"
    if rel.dep_ == "nsubj" and verb.lemma_.lower() not in _SAY_VERBS:
        # "20,000 workers lost their jobs", "90,000 more people were in employment",
        # "50,000 children live with foster families".
        has_dobj = any(c.dep_ == "dobj" for c in verb.rights)
        tail = [
            c
            for c in verb.rights
            if (
                c.dep_ == "dobj"
                or c.dep_ == "prep"
                and (
                    verb.lemma_ == "be" or not has_dobj and verb.lemma_.lower() not in _LEVEL_VERBS
                )
                and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
            )
            and c.i not in skip
        ]
        if tail and verb.lemma_.lower() not in events:
            words = [
                t
                for t in tail[0].subtree
                if not (t.dep_ == "det" or t.dep_ == "poss" and t.tag_ == "PRP$")
            ]
            while words and (words[-1].pos_ == "CCONJ" or words[-1].is_punct):
                words.pop()  # "... in the UK and": a coordination cut short
            if tail[0].dep_ == "dobj":  # "take part in a strike": the verb's phrase too
                for c in verb.rights:
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if pobj and any(k.like_num for k in pobj[0].lefts):
                        break  # "gave answers in 100 hours of interviews": no count inside
                    if c.dep_ == "prep" and c.i > tail[0].i and pobj:
                        mods = [t for t in pobj[0].lefts if t.dep_ in ("amod", "compound")]
                        words += [c, *mods, pobj[0]]
                        break
            cut_ = next(
                (k for k, t in enumerate(words) if t.pos_ == "CCONJ" or t.is_punct), len(words)
            )
            if len(words) > 6 and tail[0].dep_ == "dobj" and 2 < cut_ <= 6:
                # "had access to special prosecutors and local experts": up to the list
                words = words[:cut_]
            elif len(words) > 6 and tail[0].dep_ == "dobj":
                # "held an impromptu news conference outside Charing Cross Police Station on
                # Monday": the object's own words say enough
                words = [
                    t
                    for t in tail[0].subtree
                    if t.i <= tail[0].i and t.dep_ != "det" and not t.is_punct
                ]
            if 0 < len(words) <= 6 and all(t.i not in skip and not t.like_num for t in words):
                said = "" if verb.lemma_ == "be" else f" {_clause_verb(verb)}"  # "people in work"
                return f"{np}{said} {_join(words)}"
    if rel.dep_ == "nsubjpass" and verb.lemma_.lower() in _HEARSAY_VERBS:
        # "troops are understood to have been put on standby": what is said of them.
        inner = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if inner is not None and inner.tag_ == "VBN":
            verb = inner
        elif inner is not None and (pred := _predicate(inner, skip)):
            return f"{np} {pred}"  # "were thought to be missing": missing
    if rel.dep_ == "nsubjpass" or rel.dep_ == "nsubj" and verb.lemma_.lower() in events:
        # "troops were put on standby": a short phrase the verb needs goes with it.
        state = next(
            (c for c in verb.rights if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), None
        )
        # "were wrongly convicted", "were seriously injured": how, which the count keeps
        how = "".join(
            f"{c.lower_} "
            for c in verb.lefts
            if c.dep_ == "advmod" and c.lower_.endswith("ly") and c.lower_ not in _LY_ASIDES
        )
        if state is not None and state.i not in skip:
            return f"{np} {how}{verb.text} {state.text}"  # "were left homeless"
        tail = next(
            (c for c in verb.rights if c.dep_ in ("prep", "prt") and c.lower_ not in _ASIDE_PREPS),
            None,
        )
        words = [t for t in tail.subtree if t.dep_ != "det"] if tail is not None else []
        by = next((c for c in verb.rights if c.dep_ == "agent"), None)
        doer = next((p for p in by.children if p.dep_ == "pobj"), None) if by else None
        if (
            tail is None
            and by is not None
            and doer is not None
            and doer.pos_ == "NOUN"
            and doer.i not in skip
            and not doer.ent_type_
            # "delayed by an average of an hour": by how much, not by what
            and doer.lemma_.lower() not in _QUANTITY_HEADS | {"average", "margin", "factor"}
        ):
            # "were affected by the delays at Frankfurt": by what, shortly
            mods = [t for t in doer.lefts if t.dep_ in ("amod", "compound") and t.i not in skip]
            return f"{np} {how}{verb.text} by {_join([*mods, doer])}"
        if (
            tail is None
            or len(words) > 3
            or any(t.i in skip or t.ent_type_ in ("DATE", "TIME", "GPE") for t in words)
            or tail.dep_ == "prep"
            and tail.lower_ in ("by", "in", "on", "at", "during", "since")
            and not any(t.pos_ == "NOUN" and not t.ent_type_ for t in words[1:])
        ):
            return f"{np} {how}{verb.text}"
        return f"{np} {how}{verb.text} {_join(words)}"
    if rel.dep_ == "nsubj" and (
        verb.lemma_.lower() not in _SAY_VERBS | _HAVE_VERBS
        or verb.lemma_ == "have"
        and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        pred = _predicate(verb, skip)  # "250,000 cases have yet to be processed"
        spent = next((c for c in verb.rights if c.dep_ == "dobj" and c.i in skip), None)
        on_what = (
            next(
                (
                    k
                    for t in spent.subtree
                    for k in t.rights
                    if k.dep_ == "prep" and k.lower_ in ("in", "on", "for") and k.i not in skip
                ),
                None,
            )
            if spent is not None
            else None
        )
        said_on = [t for t in on_what.subtree if t.dep_ != "det"] if on_what is not None else []
        if (
            pred
            and 2 <= len(said_on) <= 6
            and not any(
                t.i in skip or t.is_punct or t.ent_type_ in ("DATE", "TIME") for t in said_on
            )
        ):
            # "30 nations spend $300bn in farm subsidies": the money's own "in" says on what
            return f"{np} {pred} {_join(said_on)}"
        if pred:
            return f"{np} {pred}"  # "2,000 people had turned out", "hunts would meet"
    if rel.dep_ == "nsubj" and verb.lemma_ == "have":
        dobj = [c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip]
        if dobj and _nounish(dobj[0], ("NOUN",)):
            return f"{np} with {_np(dobj[0], skip)}"  # "5.2m adults have poor literacy"
    if rel.dep_ == "dobj":
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            verb.lemma_ == "have"
            and owner is not None
            and owner.pos_ == "PROPN"
            and owner.ent_type_ in ("ORG", "")
            and owner.i not in skip
        ):
            name = _name(owner)
            return f"{name}'s {np}"  # "Amicus has 1.2 million members"
        if (
            verb.lemma_ == "have"
            and owner is not None
            and owner.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.lefts)
            and owner.lower_ not in lexicon().people
            and owner.i not in skip
        ):
            # "The service, launched in December, has had almost 900,000 orders"
            return f"{_possessive(_np(owner, skip))} {np}"

        if verb.lemma_.lower() in _HAVE_VERBS:
            # "has 6,100 staff", "showed 64 respondents": the counted as they are, with
            # what the sentence says of them ("3.97 million people out of work").
            there = (  # "France has 58 nuclear reactors": the reactors there
                f" in {_name(owner)}"
                if verb.lemma_ == "have"
                and owner is not None
                and owner.ent_type_ == "GPE"
                and owner.i not in skip
                else ""
            )
            after = [c for c in verb.rights if c.i == noun.i + 1]  # "had 3.97m people out of"
            for c in [*noun.rights, *after]:
                if c.dep_ == "prep" and c.i not in skip:
                    words = [t for t in c.subtree if t.dep_ != "det"]
                    if len(words) <= 4 and not any(
                        t.i in skip or t.ent_type_ in ("DATE", "TIME") for t in words
                    ):
                        return f"{np} {_join(words)}{there}"
            return f"{np}{there}"
        inner = next(
            (
                c
                for c in verb.rights
                if c.dep_ == "xcomp" and c.i > noun.i and verb.lemma_.lower() in _CONTROL_VERBS
            ),
            None,
        )
        words = [t for t in inner.subtree if t.dep_ != "det"] if inner is not None else []
        if 0 < len(words) <= 5 and not any(t.i in skip for t in words):
            # "expected 3,000 fans to attend the parade": what they are expected to do
            return f"{np} {participle(verb.lemma_.lower())} {_join(words)}"
        purpose = next(
            (
                c
                for c in verb.rights
                if c.dep_ in ("xcomp", "advcl")
                and verb.dep_ != "acl"  # ("unions representing 4.5m workers to threaten")
                and c.left_edge.i == noun.right_edge.i + 1
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
            ),
            None,
        )
        words = (
            sorted(
                [
                    *(k for k in purpose.children if k.dep_ in ("aux", "prt")),
                    purpose,
                    *(
                        t
                        for k in purpose.rights
                        if k.dep_ == "dobj"
                        for t in k.subtree
                        if t.dep_ != "det"
                    ),
                ],
                key=lambda t: t.i,
            )
            if purpose is not None
            else []
        )
        if 0 < len(words) <= 5 and not any(t.i in skip or t.is_punct for t in words):
            # "announced 20 initiatives to tackle nuisance behaviour": what they are for
            return f"{np} {participle(verb.lemma_.lower())} {_join(words)}"
        where_to: list[Any] = []
        for c in verb.rights:  # "brought 40,000 pupils back to school": where to
            if c.i <= noun.i or c.i in skip:
                continue
            if c.dep_ in ("prt", "advmod") and c.lower_ in _WHERE_WORDS | {"out", "away"}:
                sub = [t for t in c.subtree if t.dep_ != "det"]
                where_to += sub if len(sub) <= 4 and not any(t.i in skip for t in sub) else [c]
                continue
            if c.dep_ == "prep" and c.lower_ in ("to", "into", "from", "out"):
                sub = [t for t in c.subtree if t.dep_ != "det"]
                if len(sub) <= 3 and not any(
                    t.i in skip or t.ent_type_ in ("DATE", "TIME") for t in sub
                ):
                    where_to += sub
            break
        said = f" {_join(where_to)}" if where_to else ""
        reached_by = _subject(verb) if verb.lemma_.lower() in ("reach", "hit", "top") else None
        if (
            reached_by is not None
            and _nounish(reached_by, ("NOUN",))
            and reached_by.i not in skip
            and reached_by.lemma_.lower() != noun.lemma_.lower()
        ):
            return _np(reached_by, skip)  # "the market will grow, reaching 1.6m vehicles"
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_ == "WDT" and verb.dep_ == "relcl":
            doer = verb.head  # "the IRA bombs which killed seven people": the bombs
        acl_doer = doer is None and verb.dep_ == "acl" and verb.tag_ == "VBG"
        if acl_doer:
            doer = verb.head  # "unions representing 4.5m workers": the unions
        by = ""
        if doer is not None and any(c.dep_ in ("conj", "cc") for c in doer.children):
            doer = None  # "The Daily and Sunday Telegraph newspapers": more than one name
        # (a common noun that is the doer, not one of the amounts' own words)
        noun_doer = doer is not None and doer.i not in skip and doer.pos_ == "NOUN"
        if doer is not None and doer.i not in skip and doer.pos_ == "PROPN":
            by = f" by {_DESCRIBED.sub('', _name(doer))}"  # "BA has cut 13,000 jobs"
        elif doer is not None and doer.lower_ == "it" and doer.is_sent_start:
            # "It lost 464,000 subscribers": the firm the sentence before was about
            earlier_ = _earlier_owner(verb.sent, set())
            by = f" by {_DESCRIBED.sub('', earlier_)}" if earlier_ else ""
        elif (
            noun_doer
            and doer.lemma_.lower() in _OWNER_ORGS
            and any(c.lower_ in ("the", "its") for c in doer.lefts)
        ):
            # "the farm employs 300 workers", "its unit, which employs 40,000 staff" (whose
            # "its" is resolved with the others')
            the = next(c.lower_ for c in doer.lefts if c.lower_ in ("the", "its"))
            by = f" by {the} {_np(doer, skip).removeprefix('its ')}"
        elif (
            noun_doer
            and doer.lemma_.lower() not in _SOURCE_NOUNS
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in doer.lefts)
            and not any(t.tag_ in ("WDT", "WP") for t in doer.subtree)
        ):
            # "the two Telegraph titles employ 521 journalists"; "whose Agroflora subsidiary
            # operates 13 farms": by the Agroflora subsidiary
            by = f" by {_np(doer, skip | {t.i for t in doer.lefts if t.tag_ == 'WP$'})}"
        elif (
            noun_doer
            and not acl_doer  # ("laws affecting 750,000 people": affected by them)
            and verb.lemma_.lower() in _INVOLVE_VERBS
            and doer.lemma_.lower() not in _SOURCE_NOUNS
        ):
            # "the largest recall involves 155,465 pickups": those in the recall
            by = f" in {_np(doer, skip)}"
        elif (
            noun_doer
            and doer.lemma_.lower() not in _SOURCE_NOUNS
            and doer.lemma_.lower() != noun.lemma_.lower()
            and (whose := _doer_words(doer, verb, skip)) is not None
        ):
            # "the consultation on the bill has attracted 500 responses", "planes that can
            # carry 840 people", "police arrested 20 people": whose deed it is, shortly
            by = f" by {whose}"
        if by and (
            by.removeprefix(" by ").removeprefix("the ").removeprefix("its ") in np
            or re.search(r"\b(?:its|their|his|her)\b", np)
        ):
            by = ""  # "the club expelled all but 40 of its members": the club's already
        return f"{np} {participle(verb.lemma_.lower())}{said}{by}"  # "employ 521 journalists"
    return np


def _doer_words(doer: Any, verb: Any, skip: set[int]) -> str | None:
    """A common-noun doer's words with one short complement ("consultation on the Trading
    Bill"), lower-cased at the sentence's start; None for pronouns or the amount's words."""
    inside = set(range(verb.left_edge.i, verb.right_edge.i + 1)) if verb.head.i == doer.i else set()
    own = [t for t in doer.subtree if t.i not in inside]
    if any(t.tag_ in ("WP$", "WDT", "WP", "PRP", "PRP$") or t.i in skip for t in own):
        return None
    if any(c.lower_ in ("every", "each", "any", "no") for c in doer.lefts):
        return None  # "every pupil gets 3 books": each one's, said as a rate
    named = next((c for c in doer.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and named.i not in inside:
        return _name(named)  # "the world's biggest carmaker General Motors (GM)"
    words = [t for t in doer.lefts if t.dep_ in ("amod", "compound", "nmod", "poss")]
    words = [t for w in words for t in w.subtree]
    words.append(doer)
    comp = next((c for c in doer.rights if c.dep_ == "prep" and c.i not in inside), None)
    if comp is not None and comp.lower_ in ("on", "of", "in", "at", "for", "from", "with"):
        sub = [t for t in comp.subtree if t.dep_ != "det" or t.i != comp.i + 1]
        when = any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in comp.children)
        if len(sub) <= 10 and not when and not any(t.text in ',;:()-–—"' for t in sub):
            words += sub
    said = _join(sorted(words, key=lambda t: t.i))
    if doer.i == doer.sent.start or words[0].i == doer.sent.start and words[0].pos_ != "PROPN":
        said = said[:1].lower() + said[1:]
    return said


# Verbs whose subject is what the counted are part of ("the recall involves 155,465 cars").
_INVOLVE_VERBS = frozenset("involve include cover affect".split())
# Nouns of what reports a figure, not of who does what it counts ("research claims").
_SOURCE_NOUNS = frozenset("claim research report study survey figure data poll analysis".split())


# Verbs of a deal between two sides: the amount is both sides' ("Italy's Illva bought 33% of
# China's Changyu": ITA and CHN).
_DEAL_VERBS = frozenset("buy acquire purchase sell pay lend loan sue bid".split())
# Verbs that fill someone "with" what they give: "supply Peugeot with 30,000 vehicles".
_FILL_VERBS = frozenset("supply provide equip arm furnish".split())
# Nouns of what something costs: "the total cost of the 20 projects" counts projects.
_PRICE_NOUNS = frozenset("cost costs price value bill budget".split())
_CHANGE_OF_OBJ = re.compile(
    r"^(?:rise|fall|increase|decrease|drop|decline|jump|growth|gain|slump|cut) in (.+)$"
)
_WORTH_OF = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?-?worth\s+of\s")
_WORTH_AFTER = re.compile(
    r"(?:\s+[^,.;()£$€]{0,50})?,?\s+worth\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?"
)
_ABROAD = frozenset("abroad overseas home locally online offshore".split())


def _predicate(verb: Any, skip: set[int], *, finite: bool = False) -> str | None:
    """What a clause says of its counted subject, short: "turned out to welcome the hunt",
    "stood down", "would meet", "not able to vote"; None when it says nothing usable.
    `finite` keeps the verb as written, for a relative clause ("who reside in Spain")."""
    modal_ = any(c.tag_ == "MD" for c in verb.lefts)
    words: list[Any] = [
        c
        for c in verb.lefts
        if c.tag_ == "MD" or c.dep_ == "neg" or modal_ and c.dep_ == "auxpass"  # "will be"
    ]
    if verb.lemma_ == "be":
        comp = [c for c in verb.rights if c.dep_ in ("acomp", "xcomp") and c.i not in skip] or [
            c  # "searches were on Asian people"; "jobs are to be created"
            for c in verb.rights
            if c.dep_ == "prep"
            and c.i not in skip
            and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
        ]
        if not comp:
            return None
        if words:
            words.append(verb)  # "may not be able to vote"
        words += [t for t in comp[0].subtree if t.dep_ != "det"]
    else:
        words.append(verb)
        words += [c for c in verb.rights if c.dep_ == "prt"]
        comp = [c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd") and c.i not in skip]
        dobj = [c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip]
        if not comp and dobj and _nounish(dobj[0], ("NOUN",)):
            # "26 million adults lack maths skills": what they lack, in short.
            said = [w.text for w in words if w.i != verb.i]  # "would", "not"
            vform = verb.text if finite or modal_ else _clause_verb(verb)  # ("will have")
            what = _np(dobj[0], skip)
            to = next(  # "had access to special prosecutors": to what, shortly
                (
                    p
                    for c in [*dobj[0].rights, *verb.rights]
                    if c.dep_ == "prep"
                    and c.lower_ in ("to", "for", "on", "over")
                    and (c.head.i == dobj[0].i or c.i == dobj[0].right_edge.i + 1)
                    for p in c.children
                    if p.dep_ == "pobj" and p.i not in skip and _nounish(p)
                ),
                None,
            )
            if to is not None and " " not in what and len(_np(to, skip).split()) <= 4:
                what = f"{what} {to.head.lower_} {_np(to, skip)}"
            purpose = next(  # "have facilities to keep witnesses apart": which facilities
                (
                    c
                    for c in dobj[0].rights
                    if c.dep_ in ("acl", "relcl")
                    and c.tag_ == "VB"
                    and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
                ),
                None,
            )
            if purpose is not None and " " not in what:
                when_ = {  # (not "within four years": when, not which)
                    t.i
                    for c in purpose.rights
                    if c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.subtree)
                    for t in c.subtree
                }
                more = [t for t in purpose.subtree if t.dep_ != "det" and t.i not in when_]
                if len(more) <= 8 and not any(t.i in skip or t.is_punct for t in more):
                    what = f"{what} {_join(more)}"
            return " ".join([*said, vform, what])
        comp = (
            comp
            or [  # "living in the US": where, when nothing else is said
                c
                for c in verb.rights
                if c.dep_ in ("prep", "agent")  # "retained by the city government"
                and c.i not in skip
                and any(
                    p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME")
                    for p in c.children
                )  # "earmarked for establishing nurseries"
            ]
            or [c for c in verb.rights if c.dep_ == "advmod" and c.lower_ in _ABROAD]
        )
        if comp:
            words += [t for t in comp[0].subtree if t.dep_ != "det"]
    words.sort(key=lambda t: t.i)
    if len(words) > 7:
        # "managed to steal up on me and grab me from behind": the first part only, cut
        # before a coordination, a comma or the seventh word
        cut = next(
            (k for k, t in enumerate(words) if t.pos_ == "CCONJ" or t.is_punct),
            len(words),
        )
        whole = words
        words = words[: min(cut, 7)]
        owner_ = next(
            (
                t
                for t in whole[len(words) - 2 : len(words) + 1]
                if t.tag_ != "POS" and any(k.tag_ == "POS" for k in t.children)
            ),
            None,
        )
        if len(whole) > len(words) and owner_ is not None:
            owned_ = owner_.head  # "to rip off people's bank accounts"
            more = [t for t in whole[len(words) :] if t.i <= owned_.i]
            if len(words) + len(more) <= 10 and not any(t.is_punct for t in more):
                words += more
        while (
            len(whole) > len(words) < 10
            and words[-1].dep_ in ("compound", "amod", "nmod")
            and words[-1].head.i > words[-1].i
            and not whole[len(words)].is_punct
        ):
            words.append(whole[len(words)])  # "rip off bank accounts", not "rip off bank"
        while len(words) > 1 and words[-1].whitespace_ == "" and words[-1].i + 1 < len(verb.doc):
            if not verb.doc[words[-1].i + 1].is_punct or verb.doc[words[-1].i + 1].text != "-":
                break
            words.pop()  # "from non-white": not half a hyphenated word
        while len(words) > 3 and (
            words[-1].pos_ in ("ADP", "DET", "PART", "AUX") or words[-1].tag_ == "VBG"
        ):
            words.pop()  # "may not be able to vote in": to the last full word
        if len(words) < 2 or words[-1].pos_ in ("ADP", "DET", "PART", "AUX"):
            return None
    if any(t.i in skip or t.is_punct for t in words):
        return None
    return " ".join(
        _clause_verb(t)
        if t.i == verb.i and not finite and not any(w.tag_ == "MD" for w in words)
        else t.text
        for t in words
    ).replace(" 's ", "'s ")


# "said", "understood", "thought": verbs of hearsay whose complement says what happened.
_HEARSAY_VERBS = frozenset(
    "understand think believe say report expect know estimate confirm fear".split()
)
# Prepositions of asides, not of what is done ("according to sources").
_ASIDE_PREPS = frozenset("according despite because due after before as amid".split())
_GIVE_VERBS = frozenset(
    "offer give provide grant award pay send lend sell supply deliver extend issue".split()
)
_PLACE_NOUNS = frozenset(
    """country state city town region market area site branch store office plant case
    instance constituency seat school hospital prison district county ward""".split()
)
_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT"})
# Nouns that only say how many ("a total of 500 people", "a group of 30 MPs").
_QUANTITY_HEADS = frozenset(
    """total number maximum minimum average lot handful dozen dozens tens hundreds
    thousands millions majority minority percent proportion share figure group batch
    series range couple pair crowd team set list equivalent slice part portion half
    quarter third fraction bulk rest remainder all most some none each one company
    battalion brigade regiment contingent force detachment platoon squad""".split()
)
# Verbs whose object is counted as it is ("the office has 6,100 staff").
_HAVE_VERBS = frozenset("have show include contain number total count see report hold".split())


def _clause_verb(verb: Any) -> str:
    """The verb as written when it is past ("workers lost their jobs"), else its -ing form
    ("could take part" -> "taking part"), so the object reads as a phrase."""
    # (a denial stays: "children not getting the chance at school", "did not vote")
    neg = "not " if any(c.dep_ == "neg" for c in verb.lefts) else ""
    if verb.tag_ in ("VBD", "VBN", "VBG") or (
        verb.lower_ in _PREDICATIVE and not any(c.dep_ in ("dobj", "prep") for c in verb.rights)
    ):
        return f"{neg}{verb.text}"  # ("six men present": an adjective the tagger made a verb)
    return f"{neg}{gerund(verb.lemma_.lower())}"


# Adjectives the tagger may take for verbs after a counted noun ("six Asian men present").
_PREDICATIVE = frozenset("present absent".split())


def _as_change(r: _Reading, span: Any, prep: str) -> None:
    """ "save $3bn in repayments", "cut £2bn in spending": the saving or cut, not the
    repayments themselves."""
    head = _clause_head(span[0])
    noun = _SAVING_OF.get(head.lemma_.lower()) if head.pos_ == "VERB" else None
    if noun and prep == "in" and r.object:
        r.object = f"{noun} in {r.object}"


def _as_paid_in(r: _Reading, span: Any, prep: str) -> None:
    """ "will pay between $1bn and $3bn in Metlife stock": the payment, in the form it takes,
    not the stock's worth."""
    paid = _clause_head(span[0])
    tok = r.object_tok
    if (
        prep == "in"
        and tok is not None
        and tok.lemma_.lower() in _PAID_IN
        and paid.lemma_.lower() in ("pay", "offer", "bid")
    ):
        r.object = f"{_verb_noun(paid, lexicon()) or 'payment'} in {r.object}"


_SAVING_OF = {"save": "savings", "cut": "cut", "reduce": "reduction", "lose": "loss"}


# Verbs that take an amount "off" something ("knocked 0.2% off the growth rate"), unlike
# "pay off" or "write off".
_OFF_VERBS = frozenset("knock shave wipe take slice trim lop chop".split())
_RISE_VERBS = frozenset(
    """rise gain jump climb surge rally soar increase rebound recover advance add improve
    raise lift boost double treble triple widen""".split()
)
_FALL_VERBS = frozenset(
    """fall lose slump drop slide dip ease tumble plunge decline decrease sink shed slip cut
    reduce lower weaken dive plummet slash halve narrow""".split()
)
_GROW_VERBS = {
    "grow": "growth",
    "expand": "growth",
    "shrink": "contraction",
    "contract": "contraction",
}
_CHANGE_WORDS = re.compile(
    r"\b(?:rise|fall|increase|decrease|decline|drop|gain|loss|losses|growth|cut|jump|surge|"
    r"slump|reduction|contraction|change|improvement|savings|overstatement|understatement)\b",
    re.I,
)
_CHANGE_TRAIL = re.compile(r"\s+(up|down|higher|lower)\b(?!\s+(?:than|from)\b)", re.I)
_COMPARATIVE_WAY = {
    "stronger": "rise",
    "higher": "rise",
    "weaker": "fall",
    "lower": "fall",
    "cheaper": "fall",
    "dearer": "rise",
}
_PER_AFTER = re.compile(
    r"(?:\s*|-)(?:\([^()]{0,40}\)\s*|\)\s*)?(?:(?:per|a|an|each|every)[\s-]+(capita|head|person|"
    r"week|month|year|day|barrel|tonne|share|household|hour|pupil|passenger|thousand|hundred|"
    r"gallon|litre)|per[\s-]+(?!cent\b)([a-z]{4,}?))s?\b",  # "£1.18 per gigajoule": any unit
    re.I,
)
_PER_AFTER_NOT = re.compile(r"\s+(?:earlier|ago|before|later|after)\b", re.I)
_TIME_UNITS = frozenset("week month year day hour".split())
_THAN_AFTER = re.compile(r"\s+than\s+")
# Who planned or predicted it, between "than" and the verb ("than Mr Brown predicted").
_THAN_WHO = (
    r"(?:(?:the\s+)?(?:Mr|Mrs|Ms|Dr\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:had\s+|has\s+)?|"
    r"(?:analysts|economists|ministers|experts)\s+(?:had\s+|have\s+)?)?"
)
_THAN_PLANNED = re.compile(
    r"\s+(?:higher|lower|more|less|above|below|bigger|smaller|greater)\s+than\s+"
    + _THAN_WHO
    + r"(?:originally\s+|initially\s+|first\s+|previously\s+)?"
    r"(?P<w>planned|budgeted|expected|forecast|predicted|estimated|thought)\b"
)
# "14% higher than originally planned": a change over the plan or the forecast.
_THAN_PLAN = re.compile(
    _THAN_WHO + r"(?:originally\s+|initially\s+|first\s+|previously\s+)?"
    r"(?P<w>planned|budgeted|expected|forecast|predicted|estimated|thought)\b"
)
_THAN_TIME = re.compile(
    r"(?:(?:it|they)\s+(?:was|were)\s+)?"
    r"(?:(?:a\s+year|a\s+month|a\s+week|\w+\s+years?)\s+(?:ago|earlier|before)|last\s+|"
    r"(?:in|at)\s+(?:the\s+start|the\s+end|\d{4})|the\s+(?:previous|same)\s+|before|earlier)",
    re.I,
)
_THEN = re.compile(
    r"\b(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)\b", re.I
)
_CHANGE_LEAD = re.compile(
    r"\b(up|down)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+|just\s+|only\s+)?$",
    re.I,
)


_AIM_VERBS = {
    "aim": "target",
    "plan": "target",
    "hope": "target",
    "hop": "target",  # the model's lemma of "hopes", "hoping", "hoped"
    "intend": "target",
    "want": "target",
    "target": "target",
    "seek": "target",
    "promise": "pledge",
    "pledge": "pledge",
    "vow": "pledge",
    "expect": "forecast",
    "forecast": "forecast",
    "predict": "forecast",
    "project": "forecast",
    "anticipate": "forecast",
    "estimate": "forecast",
    "set": "forecast",  # "the market is set to grow 84%"
    "tip": "forecast",  # "borrowing is tipped to fall to £31bn"
    "agree": "pledge",  # "agreed in 1970 to spend 0.7% of their incomes on aid"
    "suggest": "target",  # "the report suggests cutting the fee to £15m": a proposal
    "propose": "target",
    "recommend": "target",
    "offer": "pledge",  # "has offered an 8% increase": offered, not yet paid
    "try": "target",
    "likely": "forecast",  # "is likely to cut 300 jobs"
    "unlikely": "forecast",
    "due": "target",  # "is due to receive £5m"
    "need": "target",  # "we need at least $20bn in investment"
    "threaten": "forecast",  # "threatening to cut 12,000 jobs": a possible cut
    "consider": "forecast",  # "is considering raising fuel prices by 30%": possible
    "ensure": "target",  # "trying to ensure budgets are limited to 1%"
    "demand": "target",  # "the union is demanding a 5% rise": asked for, not won
    "urge": "target",
}


_PLAN_NOUNS = {
    "plan": "target",
    "proposal": "target",
    "target": "target",
    "aim": "target",
    "bid": "target",
    "intention": "target",
    "pledge": "pledge",
    "promise": "pledge",
    "commitment": "pledge",
    "attempt": "target",  # "in an attempt to double aid to $100bn"
    "effort": "target",
    "decision": "target",  # "its decision to raise prices by 10%": decided, not yet done
    "talk": "target",  # "is in talks to take a 20% stake": sought, not yet agreed
    "negotiation": "target",
}


_HOPE_NOUNS = _ESTIMATE_NOUNS | {"hope"}
# Verbs whose noun object is itself a proposal ("recommends a weekly payment of £108"), not
# "suggest", which also reads evidence ("the data suggests growth of 0.2%").
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Participles that make the noun they open a prediction ("predicted debt").
_AHEAD_WORDS = frozenset("predicted expected projected forecast anticipated".split())
_PROPOSE_VERBS = frozenset("recommend propose want seek target plan need demand".split())
# Verbs that ask "for" what they name: "is looking for a further 540bn yen", "called for a
# 5% rise"; what is asked for is not had yet.
_ASK_FOR_VERBS = frozenset("look ask call push press lobby campaign appeal bid".split())
# Words for a part of a whole: "some of the £48bn cost" is no plan for the whole.
_PART_WORDS = frozenset("some part most all much half bulk portion share rest".split())
_AIM_NOUNS = frozenset("target goal aim aspiration ambition objective".split())


def _negated(tok: Any) -> bool:
    """Whether the clause `tok` is part of is denied: "can not be", "no company can be (80%
    owned)"; not a clause an aside of `tok` hangs on ("with a shortage of 8,000 carers,
    it's not sustainable")."""
    head = _clause_head(tok)
    if head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
        head = head.head
    below = tok
    for _ in range(8):
        if below.head.i in (head.i, below.i):
            break
        below = below.head
    if below.dep_ == "prep":
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" for d in c.children)
        for c in head.children
    )


# Modals that put what their verb says ahead, or in doubt ("will dip", "could cost").
_FUTURE_MODALS = frozenset(("will", "'ll", "would", "could", "may", "might", "wo"))


def _perfect(verb: Any) -> bool:
    """ "(estimated) to have fallen": a perfect infinitive, something already done."""
    return verb.tag_ == "VBN" and any(c.lower_ == "have" for c in verb.lefts)


# A firm's acts that, told in the progressive ("are axing 90 jobs"), are announced, not done.
_ANNOUNCED_ACTS = frozenset(
    "axe ax cut shed slash close lay sack".split()
)  # ("ax": the model's lemma)
# Money given that, told in the progressive ("is providing £1bn"), is promised, not paid.
_ANNOUNCED_GIFTS = frozenset("provide give invest inject pledge commit allocate".split())
# Money that, announced, is still to be spent ("announced £100m of new investment"), unlike
# announced profits.
_PLEDGED_NOUNS = frozenset("investment funding aid spending package grant".split())
# Verbs of how much things differ: under "could" a spread found, not one to come.
_SPREAD_VERBS = frozenset("vary differ range fluctuate".split())


def _shared_verb(v: Any) -> Any:
    """ "is set to close 20% of its plants and shed 10% of staff", "will cut prices and add
    500 jobs": a conjunct verb with no subject or auxiliary of its own shares its first verb's
    mood; that first verb (else `v`)."""
    while (
        (
            v.dep_ == "conj"
            # "suggests doubling the limit for candidates, while cutting national limits"
            or v.dep_ == "advcl"
            and v.tag_ == "VBG"
            and (
                any(c.dep_ == "mark" and c.lower_ in ("while", "whilst") for c in v.lefts)
                # "will grow 15% this year, reaching 1.6 million vehicles by 2010"
                or not any(c.dep_ in ("mark", "nsubj") for c in v.lefts)
                and v.i > v.head.i
            )
        )
        and v.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.lefts)
    ):
        v = v.head
    return v


def _said_ahead(span: Any, out: Any) -> bool:
    """ "the projected 50m passengers", "an expected 3% rise": the amount's own participle
    makes it a prediction (not "an estimated 10,000 people", a guess at what happened)."""
    return any(
        c.dep_ == "amod" and c.lemma_.lower() in _FORECAST_VERBS - {"estimate"}
        for t in (*span, out)
        for c in t.lefts
    )


def _predicted_clause(v: Any) -> str | None:
    """ "predictions that Labour will need to raise taxes to cover an £11bn gap": a clause told
    as what a prediction says is a forecast; None otherwise."""
    for up in (v, *v.ancestors):
        if (
            up.dep_ in ("acl", "ccomp")
            and up.head.pos_ == "NOUN"
            and up.head.lemma_.lower() in _HOPE_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in up.lefts)
        ):
            return "forecast"
        mark = next((c for c in up.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
        if (
            up.dep_ == "ccomp"
            and mark is not None
            and mark.i > 0
            and up.doc[mark.i - 1].lemma_.lower() in _HOPE_NOUNS
        ):
            return "forecast"  # (the parse hangs the clause on the verb, not the noun)
    return None


def _forecast_outcome(span: Any) -> str | None:
    """ "plans forecast 250,000 students joining, bringing in at least £110m": what a
    forecast thing would bring is forecast too; None otherwise."""
    outs = _outward(span)
    if not outs:
        return None
    v = _clause_head(outs[0].head)
    steps = 0
    while v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "xcomp") and steps < 3:
        v = _clause_head(v.head) if v.head.pos_ in ("NOUN", "PROPN") else v.head
        steps += 1
    if (
        steps
        and v.pos_ == "VERB"
        and _AIM_VERBS.get(v.lemma_.lower()) == "forecast"
        and v.lemma_.lower() not in ("set", "tip", "consider", "threaten", "estimate")
        and not any(c.dep_ in ("neg", "auxpass") for c in v.children)  # ("had been expected")
    ):
        return "forecast"
    return None


def _aim_of(span: Any) -> str | None:
    """ "had aimed to save £220m", "expects to sell 400 planes", "sales will dip by A$30m",
    "is projecting growth of 5%": the amount is a target, pledge or forecast, not a result;
    None otherwise."""
    outs = _outward(span)
    if not outs:
        return None
    sized_noun = [outs[0].head] if outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else []
    for t in (*span, *sized_noun):  # "the 3.5% growth rate that economists had forecast"
        for c in t.rights:
            if c.dep_ == "acl" and c.tag_ == "VBN" and t.i in (x.i for x in span):
                # "the £1.4bn expected" / "the £1.4bn reported": its own participle says
                # (not "the $1.30 record level set on 10 November": set, not "set to")
                if c.lemma_.lower() == "set" and not any(k.dep_ == "xcomp" for k in c.rights):
                    return None
                return _AIM_VERBS.get(c.lemma_.lower())
            if (
                c.dep_ == "relcl"
                and c.lemma_.lower() in _AIM_VERBS
                # "the 2.5% which the government predicted", "the 11.3% creditors hoped to
                # receive": the amount is what the clause aims at or predicts
                and not any(
                    k.dep_ in ("nsubj", "nsubjpass") and k.tag_ == "WDT" for k in c.children
                )
            ):
                return _AIM_VERBS[c.lemma_.lower()]  # "the 2.5% which the government predicted"
    for t in (outs[0].head, outs[0].head.head):
        for c in t.rights:
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() in _AIM_VERBS
                and not any(k.dep_ == "prep" and k.lower_ == "at" for k in c.rights)
                and (c.lemma_.lower() != "set" or any(k.dep_ == "xcomp" for k in c.rights))
            ):
                return _AIM_VERBS[c.lemma_.lower()]  # "a 3% improvement anticipated"
    if _said_ahead(span, outs[0]):
        return "forecast"
    listed = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else outs[0]
    among = listed.head if listed.dep_ == "pobj" and listed.head.lower_ == "including" else None
    wanted = among.head if among is not None else None
    if wanted is not None and wanted.dep_ == "dobj":
        wanted = wanted.head  # "want more help, including 100% debt relief"
    if (
        wanted is not None
        and wanted.pos_ == "VERB"
        and wanted.lemma_.lower() in _PROPOSE_VERBS | {"demand", "urge", "call"}
        and not any(c.dep_ == "neg" for c in wanted.children)
    ):
        return "target"  # "more was needed, including 100% debt relief": asked for
    for up in outs[0].ancestors:
        if (
            up.dep_ == "prep"
            and up.lower_ == "with"
            and up.i < up.head.i
            and any(c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in up.head.lefts)
        ):
            # "With economic growth of just 2%, by 2019 poverty could fall": an assumption
            return "forecast"
    owned = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else None
    if owned is not None and any(c.dep_ == "poss" for c in owned.lefts):
        # "is set to close its $102.6bn offer", "below the existing firm's $500 price tag":
        # the thing is there already
        return None
    paid = owned.head if owned is not None and owned.dep_ == "dobj" else None
    if paid is not None and (
        paid.lemma_.lower() in ("repay", "return", "refund")
        or paid.lemma_.lower() == "pay"
        and any(c.lower_ == "back" for c in paid.rights)
    ):
        return None  # "to pay back a $900m loan": the loan is there already
    known = owned if owned is not None else outs[0]
    if known.dep_ in ("dobj", "pobj") and any(
        # (or "increase investment in its 400 main brands": they are there already)
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ == "PRP$"
        for c in known.lefts
    ):
        # "will start the £100,000-a-year job", "would break even on the A$1.2bn rebuild":
        # a known thing's size; what is to come is done with it
        return None
    whole = outs[0].head.head if outs[0].dep_ == "pobj" and outs[0].head.lower_ == "of" else None
    if whole is not None and whole.like_num:
        return None  # "relocate about 10 of its 27 plants": the 27 are there already
    sized = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else outs[0]
    if sized.dep_ == "pobj" and sized.head.lower_ == "of" and sized.head.head.lower_ in _PART_WORDS:
        return None  # "to offload some of the £48bn cost": the whole is there already
    v = _clause_head(outs[0].head)  # from outside the amount ("£119m": "m" tagged a verb)
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in ("value", "price", "worth"):
        # "would create the biggest bank, valued at $180bn": the bank's clause says
        v = _clause_head(v.head)
    near, h = False, outs[0]
    # "Some 2,000 jobs may be cut": the amount is the subject of the modal verb itself.
    own_subject = outs[0].dep_ in ("nsubj", "nsubjpass") and outs[0].head.i == v.i
    if outs[0].dep_ == "appos" or outs[0].dep_ == "pobj" and outs[0].head.lower_ == "of":
        # "The bulk of the money - about 40m euros - will be offered", "a total of 37 offices
        # would close": the subject's size
        sized = outs[0].head if outs[0].dep_ == "appos" else outs[0]
        if sized.dep_ == "pobj" and sized.head.lower_ == "of":
            sized = sized.head.head
        own_subject = (
            sized.dep_ in ("nsubj", "nsubjpass")
            and sized.head.i == v.i
            and (
                outs[0].dep_ == "appos"
                or sized.lemma_.lower() in _PART_WORDS | {"total", "number", "bulk", "majority"}
                # "Fines of up to £2,500 would be levied", "an offer of 950p would be fair":
                # no known ones, ones to come
                or not any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an")
                    for c in sized.lefts
                )
            )
            or own_subject
        )
    sized_subject = (  # "the £1bn deal would be signed in March": the deal's size, to come
        outs[0].dep_ in ("nmod", "compound", "nummod", "amod")
        and outs[0].head.dep_ in ("nsubj", "nsubjpass")
        and outs[0].head.head.i == v.i
        and not any(c.dep_ == "poss" for c in outs[0].head.lefts)
    )
    reached = False  # within five steps: enough for a modal verb ("would create a company
    # with assets of $1,000bn"), not for a forecast verb's object
    for step in range(5):
        if h.dep_ in ("nsubj", "nsubjpass", "csubj") or h.head.i == h.i:
            break  # "the scandal of 10,000 dying ... must end": inside the subject
        below = h
        h = h.head
        if h.i == v.i:
            # deeper than three steps only through the verb's object ("would create a
            # company with ..."), not a prepositional aside ("could bail out of a $3bn deal")
            near, reached = step < 3, step < 3 or below.dep_ in ("dobj", "attr")
            # "expect a rise in retail on the order of 20%": deeper, through the object
            near = (
                near
                or below.dep_ == "dobj"
                and (
                    _AIM_VERBS.get(v.lemma_.lower()) == "forecast"
                    # "plans a joint venture with an initial investment of $6.5m"
                    or v.lemma_.lower() in _PROPOSE_VERBS
                )
            )
            if below.dep_ == "prep" and below.lower_ == "with" and v.lemma_.lower() in ("plan",):
                near = reached = True  # "plans a venture with HAL with an investment of $6.5m"
            break
    if (
        reached
        and v.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
        and (
            v.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" for c in v.children)
            or v.dep_ == "acl"
            and v.head.dep_ == "ROOT"
            and v.head.pos_ in ("NOUN", "PROPN")
        )
    ):
        return "target"  # a headline: "Steel firm to cut 45,000 jobs"
    if v.pos_ in ("VERB", "AUX") and (reached or own_subject):
        kind = _AIM_VERBS.get(v.lemma_.lower())
        if (
            own_subject
            and kind == "forecast"
            and v.lemma_.lower() != "estimate"
            and any(c.dep_ == "xcomp" and not _perfect(c) for c in v.children)
        ):
            return kind  # "70% of bondholders are expected to accept"
        if v.lemma_.lower() in ("set", "agree"):
            kind = None  # "previously set at $500m", "agreed a $2bn deal": done, not planned
        asked = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else outs[0]
        if (
            near
            and asked.dep_ == "pobj"
            and asked.head.lower_ == "for"
            and asked.head.head.i == v.i
            and v.lemma_.lower() in _ASK_FOR_VERBS
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            return "target"  # "is looking for a further 540bn yen", "called for a 5% rise"
        if outs[0].dep_ == "pobj" and (
            outs[0].head.lower_ == "for" or kind == "pledge" and outs[0].head.lower_ == "to"
        ):
            # "offer hope to millions of people", "forecast growth of 3.6% for the 30
            # member countries": they are given, or the forecast is about them
            kind = None
        if (
            # "have promised £4bn of tax cuts", "recommends a weekly payment of £108"
            (kind in ("forecast", "pledge") or v.lemma_.lower() in _PROPOSE_VERBS)
            and near
            and outs[0].i > v.i  # "Of the 300 firms surveyed, 45% expect": not forecast
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            if (
                kind == "pledge"
                and v.dep_ == "xcomp"
                and _AIM_VERBS.get(v.head.lemma_.lower()) == "forecast"
            ):
                return "forecast"  # "had been expected to offer 22.5bn yuan": others' guess
            return kind  # "is projecting growth of 5%", "expects profits of £2bn"
        modal = next((c.lower_ for c in _shared_verb(v).lefts if c.tag_ == "MD"), None)
        if (
            v.tag_ == "VBN"
            and modal not in ("will", "'ll")  # "will have taken delivery": still ahead
            and any(c.lower_ == "have" for c in v.lefts)
        ):
            modal = None  # "which would have banned £56m": what did happen, weighed
        if (
            near
            and v.tag_ == "VBG"
            and v.lemma_.lower() in _ANNOUNCED_ACTS
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.lefts)
            and outs[0].i > v.i
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            return "target"  # "are axing 90 jobs", "was cutting production by 10,000 cars"
        if (
            near
            and v.tag_ == "VBG"
            and v.lemma_.lower() in _ANNOUNCED_GIFTS
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.lefts)
            and outs[0].i > v.i
            and not any(c.dep_ == "neg" for c in v.children)
        ):
            return "pledge"  # "he was providing an extra £1bn for councils": promised
        if (
            near
            and v.lemma_.lower() in ("announce", "unveil", "earmark")
            and outs[0].head.i == v.i
            and outs[0].dep_ == "dobj"
            and not any(c.dep_ == "neg" for c in v.children)
            and (
                any(
                    t.lemma_.lower() in _PLEDGED_NOUNS
                    for t in (outs[0], *v.doc[span.end : min(span.end + 4, len(v.doc))])
                )
                # "announced £264m for health services will be spent reducing waiting times":
                # the parse split "£264m will be spent" from its subject
                or any(
                    c.dep_ == "conj"
                    and any(k.tag_ == "MD" and k.lower_ in _FUTURE_MODALS for k in c.lefts)
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.lefts)
                    for c in v.rights
                )
            )
        ):
            return "pledge"  # "BMW has announced £100m of new investment": to be spent
        if modal in ("could", "can", "may", "might") and v.lemma_.lower() in _SPREAD_VERBS:
            return None  # "rates could vary by as much as £100 a week": how they differ now
        if modal == "could" and any(
            c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once")
            for c in v.children
        ):
            return None  # "previously, passengers could claim 150 euros": what was possible
        if modal in _FUTURE_MODALS:
            return "forecast"  # "sales will dip by A$30m", "this would save £119m"
        if modal in ("should", "must"):
            return "target"  # "should keep council tax rises below 5%"
        if (
            (near or own_subject)
            and v.lemma_ == "be"
            and any(
                c.dep_ == "xcomp" and any(k.lower_ == "to" for k in c.lefts) for c in v.children
            )
            # not "growth of 0.1% is insufficient to deliver momentum": said of it, no plan
            and not any(c.dep_ == "acomp" for c in v.children)
        ):
            return "target"  # "2,500 jobs are to go": announced, not yet done
    if v.pos_ in ("VERB", "AUX") and sized_subject:
        modal = next((c.lower_ for c in v.lefts if c.tag_ == "MD"), None)
        if modal in _FUTURE_MODALS and not _perfect(v):
            return "forecast"
    for t in (outs[0].head, outs[0].head.head):
        # "hopes of a 0.2% expansion", "expectations of 374m euros"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _HOPE_NOUNS:
            return "forecast"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _AIM_NOUNS:
            return "target"  # "the industry target of an 85% resolution rate"
    if v.dep_ == "acl" and v.head.lemma_.lower() in _PLAN_NOUNS:
        return _PLAN_NOUNS[v.head.lemma_.lower()]  # "its plan to cut the staff by 25%"
    if (
        v.dep_ in ("relcl", "acl")
        and v.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in v.lefts)
    ):
        return "target"  # "clearing the way for it to conclude a $29bn deal": not yet done
    if (
        v.dep_ == "pcomp"
        and v.tag_ == "VBG"
        and v.head.lower_ == "to"
        and v.head.head.lemma_.lower() in {*_PLAN_NOUNS, "committed"}
    ):
        # "a clear commitment to reaching 0.7%", "is committed to spending £2bn"
        return _PLAN_NOUNS.get(v.head.head.lemma_.lower(), "pledge")
    if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts):
        # "is in talks with the state to take a 30% stake": the plan the verb is in
        planned_in = next(
            (
                p.lemma_.lower()
                for c in v.head.children
                if c.dep_ == "prep" and c.i < v.i
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in _PLAN_NOUNS
            ),
            None,
        )
        if planned_in is not None:
            return _PLAN_NOUNS[planned_in]
    outer = (
        _governing_verb(v.head)
        if v.dep_ == "relcl"
        and v.head.dep_ == "dobj"
        and v.head.lemma_.lower() in ("amount", "level", "share", "proportion", "number", "sum")
        else None
    )
    if outer is not None:
        v = outer  # "want to boost the amount of aid they give to 0.7%"
    for _ in range(3):
        # "is likely to cut 300 jobs", "expects its sales in India to grow 16%"
        if v.pos_ == "VERB" and v.dep_ == "pcomp" and v.head.head.lemma_.lower() == "aim":
            return "target"  # "is aimed at saving £86m"
        if v.pos_ == "VERB" and v.dep_ == "acl" and v.head.dep_ == "dobj":
            # "plans forecast the tunnel bringing in £110m": what the forecast says of it
            kind = _AIM_VERBS.get(v.head.head.lemma_.lower())
            # (or "will seek approval to distil 250 million litres": sought)
            return kind if kind == "forecast" or v.head.head.lemma_.lower() == "seek" else None
        if v.dep_ == "csubj" and any(c.lower_ in _FUTURE_MODALS for c in v.head.lefts):
            return "forecast"  # "raising the threshold to £150,000 would prevent ...": if done
        v = _shared_verb(v)
        by_means = v.dep_ == "pcomp" and v.head.lower_ == "by" and v.head.head.pos_ == "VERB"
        # "plans a joint venture with HAL to make engine parts, with an investment of $6.5m"
        purpose = (
            v.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
            and v.head.lemma_.lower() in _PROPOSE_VERBS - {"need", "demand"}
        )
        if (
            v.pos_ not in ("VERB", "AUX")
            or v.dep_ not in ("xcomp", "ccomp")
            and not by_means
            and not purpose
        ):
            return _predicted_clause(v)
        if v.dep_ == "ccomp" and v.tag_ == "VBD" or _perfect(v):
            return None  # "estimates that remittances reached $45bn", "estimated to have fallen"
        if by_means:
            # "would fund the deal by selling an 8% stake": the means share the verb's mood
            v = v.head
        comp = "xcomp" if by_means or purpose else v.dep_
        # "could see the workforce trimmed to 110,000": a small clause, no tense of its own
        small = (
            comp == "ccomp"
            and v.tag_ in ("VB", "VBN", "VBG")
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.lefts)
        )
        # "wanted the firms to surrender $280bn": an infinitive the parse made a ccomp
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.lefts)
        # "that the targets be narrowed": a bare "be" (or verb) with no modal, a mandate
        subjunctive = (
            v.dep_ == "ccomp"
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" for c in v.lefts)
            and not any(c.tag_ == "MD" for c in v.lefts)
        )
        v = v.head
        if v.lower_ in ("able", "unable") and v.dep_ == "acomp":
            v = v.head  # "will be able to carry 70 million passengers": the modal is on "be"
            modal = next((c.lower_ for c in v.lefts if c.tag_ == "MD"), None)
            return "forecast" if modal in ("will", "'ll", "would", "could", "may") else None
        modal = next((c.lower_ for c in v.lefts if c.tag_ == "MD"), None)
        if comp == "xcomp" and modal in ("should", "must"):
            return "target"  # "should enable it to save $360m"
        if comp == "xcomp" and modal in _FUTURE_MODALS:
            return "forecast"  # "will have to shed thousands of jobs"
        if comp == "xcomp" and v.lemma_ == "be" and v.tag_ != "VBN":
            return "target"  # "Nestle is to raise its dividend by 11%"
        if (
            comp == "xcomp"
            and v.lemma_ == "go"
            and v.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.lefts)
        ):
            return "forecast"  # "the levy is going to cost travellers £1bn a year"
        if small and modal in _FUTURE_MODALS:
            return "forecast"  # "this could see the workforce trimmed to 110,000 staff"
        kind = _AIM_VERBS.get(v.lemma_.lower())
        if comp == "ccomp" and kind == "target" and subjunctive:
            return kind  # "recommends that the targets be narrowed to 14 indicators"
        if comp == "ccomp" and kind != "forecast" and not infinitive:
            return None  # "said it would ...": only a forecast verb's clause is predicted
        if kind is not None:
            return kind
    return None


# Nouns of an aim whose object the amount is ("a long-term aspiration of moving towards an
# 80% employment rate", "its pledge to spend £5bn").
_AIM_NOUN_KIND = {
    "aspiration": "target",
    "ambition": "target",
    "aim": "target",
    "goal": "target",
    "objective": "target",
    "pledge": "pledge",
    "promise": "pledge",
    "commitment": "pledge",
    "target": "target",  # "missing his target on providing treatment to 3 million Africans"
    "targets": "target",
}


# Money a government or firm announces to hand out: announced, not yet paid.
_HANDOUT_NOUNS = frozenset(
    """hand-out handout payment package grant fund funding scheme investment aid allowance
    subsidy bonus""".split()
)


def _announced_spend(span: Any) -> str | None:
    """ "announced a £20m package for rural schools", "announced a cash hand-out, with
    payments of £50": a pledge; None for results announced ("announced profits of £5m")."""
    outs = _outward(span)
    h = outs[0] if outs else None
    handout = False
    for _ in range(6):
        if h is None or h.head.i == h.i:
            return None
        if h.pos_ == "NOUN" and h.lemma_.lower() in _HANDOUT_NOUNS:
            handout = True
        up = h.head
        if up.lemma_.lower() == "announce" and up.pos_ == "VERB":
            return "pledge" if handout and h.dep_ in ("dobj", "prep") else None
        if up.pos_ in ("VERB", "AUX") or h.dep_ in ("nsubj", "nsubjpass", "relcl", "acl"):
            return None
        h = up
    return None


def _aim_noun_above(span: Any) -> str | None:
    """The modality of an aim noun the amount is said inside of, through "of" or "to" and
    the non-finite verbs under it; None at a finite verb or a subject."""
    outs = _outward(span)
    if not outs:
        return None
    h = below = outs[0]
    for _ in range(7):
        if h.head.i == h.i or h.dep_ in ("nsubj", "nsubjpass", "csubj", "relcl", "ccomp"):
            return None
        below, h = h, h.head
        if h.pos_ == "NOUN" and h.i < span.start and h.lemma_.lower() in _AIM_NOUN_KIND:
            return _AIM_NOUN_KIND[h.lemma_.lower()]
        if h.pos_ == "ADJ" and h.lower_ in ("likely", "unlikely") and below.dep_ == "xcomp":
            return "forecast"  # "The plan is likely to give creditors shares worth 5.7%"
        if h.tag_ in ("VBG", "VB"):
            aim = next(
                (
                    c.lemma_.lower()
                    for c in h.children
                    if c.dep_ == "dobj" and c.i < below.i and c.lemma_.lower() in _AIM_NOUN_KIND
                ),
                None,
            )
            if aim is not None:
                # "missing his target on providing treatment to three million Africans",
                # "to match his target for overseas aid - spending 0.7% of national income"
                return _AIM_NOUN_KIND[aim]
        if h.pos_ in ("VERB", "AUX") and h.tag_ not in ("VB", "VBG") and h.dep_ != "dobj":
            return None  # a finite clause of its own ("shares" tagged a verb is an object)
    return None


# A plan in the reporters' "is to" ("Brown is to freeze duty, fund a £1bn package"), for
# when the parse lost the "is": only base verbs, nouns and commas between it and the amount.
_IS_TO = re.compile(r"\b(?:is|are)\s+to\s+(?!be\b)[a-z]+\b")
_IS_TO_STOP = frozenset(
    "while but although though because after when since whereas as if which who that".split()
)


def _is_to_plan(span: Any, text: str, sent: Any) -> bool:
    m = next(reversed(list(_IS_TO.finditer(text, sent.start_char, span.start_char))), None)
    if m is None:
        return False
    be = next((t for t in sent if t.idx == m.start()), None)
    if be is None or be.dep_ == "ROOT":
        return False  # parsed as it is: the parse's own reading stands
    between = [t for t in sent if m.end() <= t.idx < span.start_char]
    if between and between[-1].lower_ in ("the", "its", "their", "his", "her", "of"):
        return False  # "to relocate 10 of its 27 plants": the 27 are there already
    return not any(
        t.tag_ in ("VBD", "VBZ", "MD", "VBN") or t.lower_ in _IS_TO_STOP or t.text in ';:"“”'
        for t in between
    )


_IF_WORDS = frozenset("whether if unless".split())
_IN_CASE = re.compile(r"\bin case\b", re.I)
# What a thing is made for ("set up to advise hundreds of companies"), right before.
_MEANT_TO = re.compile(
    r"\b(?:set up|designed|intended|meant|established|created) to (?:\w+ ){1,3}$", re.I
)
# What will come in time ("only a matter of time until"), and what is tried for.
_IN_TIME = re.compile(r"\b(?:matter|question) of time (?:until|before|till)\b", re.I)
_TRY_TO = re.compile(
    r"\b(?:try|tries|trying|tried|aim|aims|aiming|seek|seeks|seeking|strive|striving) to "
    r"(?:ensure|make sure|guarantee)\b",
    re.I,
)
_IF_WORD = re.compile(rf"\b(?:{'|'.join(_IF_WORDS)})\b", re.I)  # (a cheap test before the parse's)
_UNREAL_WORDS = re.compile(r"\b(?:would|could|might)(?:n't| not)? have\b", re.I)
# A proposal of a change written right before its amount: "suggests increasing state funding
# for parties to £3m", "recommends cutting the fee by £10".
_PROPOSED_CHANGE = re.compile(
    r"\b(?:suggest|propos|recommend|urg)\w*\s+(?:that\s+)?(?:\w+\s+)?(?:increas|rais|cut|reduc|"
    r"lift|lower|doubl|halv|boost|extend)ing\b[^.;:!?]{0,60}?\b(?:to|by)\s+(?:about\s+|around\s+|"
    r"some\s+|just\s+)?$",
    re.I,
)


# Verbs whose amount comes about by their doing ("would have gained a 20% share"), unlike
# those that act on what is there ("would have banned £56m in donations": given, not banned).
_MAKING_VERBS = frozenset(
    """gain earn make cost save raise win reach pay receive get generate bring fetch lose
    spend rise fall grow increase decrease drop climb jump add cut""".split()
)


def _unreal(verb: Any) -> bool:
    """ "would have gained", "could have cost": an amount of a past that did not come
    about."""
    aux = {c.lower_ for c in verb.lefts if c.dep_ == "aux"}
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _MAKING_VERBS
        and bool(aux & {"would", "could", "might"})
        and "have" in aux
    )


def _conditional(span: Any) -> bool:
    """ "whether they raise prices by 20% or stagger it", "unless prices fall below $35": the
    amount's clause (or the clause it is joined to by "and") is a condition or a question,
    so the amount may not come about."""
    h = _clause_head(span[0])
    noun = span[-1].head
    if noun.pos_ == "NOUN" and any(_unreal(c) for c in noun.rights if c.dep_ == "relcl"):
        return True  # "the 20% share it would have gained": a share it did not gain
    aux = {c.lower_ for c in h.lefts if c.dep_ == "aux"}
    if aux & {"would", "could", "might"} and "have" in aux:
        if _unreal(h):
            # "the share it would have gained had it won", "which would have banned £56m in
            # donations": what did not happen
            return True
        # "would have been 8% higher if currency movements were stripped out": what was not
        for c in h.rights:
            if c.dep_ == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in _IF_WORDS for k in c.lefts
            ):
                return True
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _IF_WORDS for c in h.children):
            doc = span.doc
            lo = max(span.sent.start, span.start - 2)
            if any(doc[i].lower_ in _DEFINITE for i in range(lo, span.start)):
                return False  # "whether the other two men have received letters": known ones
            return not any(c.lower_ in ("even", "as") for c in h.lefts if c.i < span.start)
        if h.dep_ != "conj" or h.head.i == h.i:
            return False
        h = h.head
    return False


def _then_inverted(span: Any, way: str) -> str:
    """ "A year ago, debt was 11bn euros higher": a past value above today's is a fall since
    (not "8% higher than a year ago", which the caller leaves as it is)."""
    sent = span.sent
    past = any(t.lower_ in ("was", "were") for t in sent)
    if past and _THEN.search(sent.text):
        return {"rise": "fall", "fall": "rise"}.get(way, way)
    return way


def _direction(span: Any, text: str, start: int) -> str | None:
    """ "fell 2.2%", "up 5%", "cut prices by 3%": the amount is a change, and which way
    ("rise", "fall", "growth", "contraction"); None for levels ("rose to 5%") and others."""
    lead = _CHANGE_LEAD.search(text, max(0, start - 24), start)
    if lead is not None and not re.search(r"\bma(?:ke|kes|de|king)\s+$", text[: lead.start()]):
        # (not "women make up 5% of the workforce": a share)
        return "rise" if lead.group(1).lower() == "up" else "fall"
    if re.search(r"\bas\s+(?:low|high)\s+as\s+$", text[max(0, start - 16) : start], re.I):
        return None  # "could fall as low as 15.3%": the level it reaches
    trail = _CHANGE_TRAIL.match(text, span[-1].idx + len(span[-1].text))
    if trail is not None:
        way = "rise" if trail.group(1).lower() in ("up", "higher") else "fall"  # "16% down"
        return _then_inverted(span, way)
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "to" and span.start >= 2:
        two = doc[span.start - 2]
        if two.like_num or two.tag_ == "$" or two.lower_ in ("m", "bn", "cents", "pence", "p", "%"):
            return None  # "adding $1.89 to $48.62": the level after the change
    if before is not None and before.pos_ == "VERB" and before.i == span.start - 1:
        lemma = before.lemma_.lower()
        if lemma == "raise" and "%" not in span.text:
            return None  # "sales of stakes raised 1.17bn euros": money raised, no rise
        if lemma in _RISE_VERBS:
            return "rise"  # "adding $1.89 to $48.62", however the parse hangs it
        if lemma in _FALL_VERBS:
            return "fall"
        if lemma in _GROW_VERBS and before.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
            return _GROW_VERBS[lemma]  # "the economy grew 2.6% overall", however it is parsed
    if before is not None and before.lower_ == "by" and before.head.pos_ == "VERB":
        # "rose by 5% to £801m" with the amounts parsed as one: the verb "by" hangs on
        lemma = before.head.lemma_.lower()
        by_way = _GROW_VERBS.get(lemma) or _verb_way(lemma)
        if by_way is not None:
            return by_way
    outs = _outward(span)
    if not outs:
        return None
    anchor = outs[0]
    head = anchor.head
    if anchor.dep_ == "npadvmod" and head.lower_ in ("more", "less"):
        than = _THAN_AFTER.match(text, head.idx + len(head.text))
        if than is not None and _THAN_PLAN.match(text, than.end()):
            # "£2bn more than Mr Brown predicted": over the forecast (not "£5m more", an
            # extra sum, nor "more than £5m")
            return "rise" if head.lower_ == "more" else "fall"
    if anchor.dep_ == "npadvmod" and head.lower_ in _COMPARATIVE_WAY:
        than = _THAN_AFTER.match(text, head.idx + len(head.text))
        if than is None or _THAN_TIME.match(text, than.end()) or _THAN_PLAN.match(text, than.end()):
            # "0.5% stronger on the day", "8% cheaper than a year ago"; not "20% higher
            # than in Paris", a comparison of two things
            way = _COMPARATIVE_WAY[head.lower_]
            return _then_inverted(span, way) if than is None else way
        return None
    if (
        anchor.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() == "average"
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ == "by"
    ):
        anchor, head = head.head, head.head.head  # "grown by an average of 3.2%"
    if anchor.dep_ == "pobj":
        if head.lower_ == "at" and head.head.lemma_.lower() in _GROW_VERBS:
            return _GROW_VERBS[head.head.lemma_.lower()]  # "growing at 25% a year": a rate
        if head.lower_ != "by":
            return None  # "rose to 5%", "from 4%", "at 3%": a level
        head = head.head
    elif anchor.dep_ not in ("npadvmod", "dobj", "advmod", "nummod", "quantmod"):
        return None
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma == "raise" and anchor.dep_ == "dobj" and "%" not in span.text:
        return None  # "sales of stakes raised 1.17bn euros": money raised, no rise
    if (
        anchor.dep_ == "dobj"
        and lemma in _OFF_VERBS
        and any(c.dep_ in ("prep", "prt") and c.lower_ == "off" for c in head.rights)
    ):
        return "fall"  # "knocked 0.2% off the growth rate", "wiped 5% off its value"
    if lemma in _GROW_VERBS:
        return _GROW_VERBS[lemma]
    if lemma in _RISE_VERBS:
        return "rise"
    if lemma in _FALL_VERBS:
        return "fall"
    return None


def _outer_level_object(verb: Any, anchor: Any, skip: set[int]) -> Any:
    """For "to/from <amount>" hung on a verb inside a relative clause ("the debt it took on
    to fund the purchase to 1.8bn euros"), the object of the level verb outside that clause
    when the inner verbs move no level; else None."""
    if verb.lemma_.lower() in _LEVEL_VERBS or anchor.head.lower_ not in ("to", "from"):
        return None
    v = verb
    for _ in range(4):
        if v.dep_ in ("xcomp", "advcl", "conj") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            if v.lemma_.lower() in _LEVEL_VERBS:
                return None  # the level verb is the clause's own
            continue
        if v.dep_ in ("relcl", "acl"):
            noun = v.head
            outer = noun.head
            if (
                noun.dep_ in ("dobj", "nsubj", "nsubjpass")
                and outer.pos_ in ("VERB", "AUX")
                and outer.lemma_.lower() in _LEVEL_VERBS
                and _nounish(noun, ("NOUN",))
                and noun.i not in skip
            ):
                return noun
        return None
    return None


# Verbs whose percentage of a firm is a stake held ("owns 8% of Google").
_STAKE_VERBS = frozenset("own hold buy sell acquire take control sell_off".split())
_HOLDING_NOUNS = frozenset("share shares equity capital business stock".split())
# Verbs whose percentage of a base is spent on something ("spend 0.7% of incomes on aid").
_SPEND_VERBS = frozenset("spend invest give devote allocate".split())


def _share_of(anchor: Any, verb: Any, base: str, skip: set[int]) -> str:
    """What "X% of <base>" measures: a stake ("owns 8% of Google"), a share spent on
    something ("spend 0.7% of their incomes on aid"), the share of which something holds
    ("20% of their export incomes come from one product"), else the share of the base."""
    of = [p for c in anchor.rights if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    held = of[0] if of else None
    if anchor.dep_ == "conj" and anchor.head.dep_ in ("nsubj", "nsubjpass"):
        # "all crown courts and 90% of magistrates' courts to have facilities": the share is
        # the first subject's conjunct, the clause theirs
        anchor, verb = anchor.head, anchor.head.head
    lemma = verb.lemma_.lower() if verb is not None and verb.pos_ == "VERB" else ""
    if (
        lemma in _STAKE_VERBS
        and anchor.dep_ == "dobj"
        and held is not None
        and (
            held.pos_ == "PROPN"
            or held.ent_type_ == "ORG"
            or held.lemma_.lower() in _COMPANY_NOUNS | _HOLDING_NOUNS
        )
    ):
        # "owns 8% of Google", not "holds 10% of top jobs"; and whose it is, or who deals it
        holder = _subject(verb)
        if holder is None or holder.pos_ != "PROPN" or holder.i in skip:
            return f"stake in {base}"
        holder_name = _DESCRIBED.sub("", _name(holder))
        if lemma in ("own", "hold", "control"):
            return f"{_possessive(holder_name)} stake in {base}"
        done = {"buy": "bought", "sell": "sold", "take": "taken", "sell_off": "sold"}
        return f"stake in {base} {done.get(lemma, lemma + 'd')} by {holder_name}"
    if lemma in _SPEND_VERBS and verb is not None:
        on = [
            p
            for c in verb.rights
            if c.dep_ == "prep" and c.lower_ in ("on", "to")
            for p in c.children
            if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.i not in skip
        ]
        if on:
            noun = _verb_noun(verb, lexicon()) or verb.lemma_
            return f"{noun} on {_np(on[0], skip)} as share of {base}"
    if anchor.dep_ == "nsubj" and verb is not None and verb.lemma_ == "be":
        attr = next((c for c in verb.rights if c.dep_ == "attr" and c.i not in skip), None)
        if attr is not None and _nounish(attr, ("NOUN",)):
            return f"share of {base} who are {_np(attr, skip)}"  # "10% of employees are women"
        pred = _predicate(verb, skip) if attr is None else None
        if pred and " " in pred:
            # "90% of the bill is about tightening regulation", "90% of courts are to have
            # facilities to keep witnesses apart": which part
            return f"share of {base} {pred}"
    if anchor.dep_ in ("nsubj", "nsubjpass") and verb is not None and lemma not in ("be", ""):
        pred = _predicate(verb, skip)
        if pred and (" " in pred or anchor.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
            # a bare verb ("described") says too little; a bare passive says what was done
            # to them ("9% of claims were rejected")
            return f"share of {base} {pred}"
    purpose = [
        p
        for h in (held, verb)
        if h is not None
        for c in h.rights
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children
        if p.dep_ == "pobj"
        and _nounish(p, ("NOUN",))
        and p.i not in skip
        and p.ent_type_ not in ("DATE", "TIME")
        and p.lower_ not in _NOT_COUNTED  # "for the first six weeks": a time
    ]
    if purpose:
        # "reaching 0.7% of national income for development aid": the aid, as a share.
        aid = _np(purpose[0], skip)
        base = base.replace(f" for {aid}", "")  # (the base's own "for" is the aid's)
        return f"{aid} as share of {base}"
    who_rel = next(
        (
            c
            for c in (held.rights if held is not None else [])
            if c.dep_ == "relcl"
            and any(k.dep_ == "nsubj" and k.lower_ in ("who", "that") for k in c.lefts)
        ),
        None,
    )
    if who_rel is not None:
        words = [t for t in who_rel.subtree if t.dep_ not in ("det", "advmod")]
        if len(words) <= 8 and not any(t.is_punct or t.i in skip for t in words):
            # "the 70% of smokers who desperately want to give up the habit": which of them
            return f"share of {base} {_join(words)}"
    holder_ = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if (
        anchor.dep_ == "dobj"
        and lemma == "hold"
        and holder_ is not None
        and holder_.lower_ in lexicon().people
        and holder_.i not in skip
    ):
        # "women hold less than 10% of the top positions": held by them
        return f"share of {base} held by {_np(holder_, skip)}"
    if anchor.dep_ == "dobj" and verb is not None and lemma not in _HAVE_VERBS | {"be", ""}:
        prt = "".join(f" {c.lower_}" for c in verb.rights if c.dep_ == "prt")  # "written off"
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        by = (
            f" by {_np(who, skip)}"  # "women hold less than 10% of the top positions"
            if who is not None and who.lower_ in lexicon().people and who.i not in skip
            else ""
        )
        where = next(
            (
                f" {c.lower_} {_np(p, skip)}"
                for c in verb.rights
                if c.dep_ == "prep" and c.lower_ in ("outside", "in", "inside", "within")
                for p in c.children
                if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC") and p.i not in skip
            ),
            "",
        )  # "generates 80% of its sales outside the UK"
        return (
            f"share of {base} {participle(lemma)}{prt}{by}{where}"  # "close 20% of the factories"
        )
    holder = _share_holder(anchor, verb, skip)
    return f"{holder}'s share of {base}" if holder else f"share of {base}"


def _share_holder(anchor: Any, verb: Any, skip: set[int]) -> str | None:
    """Who holds "N% of the market": "Tesco has 30% of ...", "Nokia, with 30% of ...",
    "led by Lukoil with 11% of ...", "give Gazprom control of 8% of ..."; None if unnamed."""

    def named(tok: Any) -> str | None:
        if tok is None or tok.i in skip:
            return None
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "DATE", "GPE"):
            return _name(tok)
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "GPE" for c in tok.lefts
        ):
            return _np(tok, skip)  # "the merged Gazprom-Rosneft group will rank with 7% of"
        return None

    if anchor.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in ("have", "hold"):
        return named(next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with":
        who = anchor.head.head
        if who.pos_ in ("VERB", "AUX"):  # "led by Lukoil with 11%": the doer
            by = [p for c in who.children if c.dep_ == "agent" for p in c.children]
            who = by[0] if by else next((c for c in who.children if c.dep_ == "nsubj"), None)
        return named(who)
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and anchor.head.head.lemma_.lower() in ("control", "stake", "holding", "ownership")
    ):
        held = anchor.head.head
        owner = next((c for c in held.children if c.dep_ in ("poss", "compound")), None)
        if owner is None and held.dep_ == "dobj":
            owner = next((c for c in held.head.children if c.dep_ == "dative"), None)
        return named(owner)
    return None


def _moved_level(anchor: Any, skip: set[int]) -> Any:
    """In "raise spending to 2% of GDP", "spending rose to 2% of GDP": the noun whose level
    the "to/from/at" amount gives (the level verb's object, else its subject); else None."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("to", "from", "at"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in _LEVEL_VERBS | _HOLD_VERBS:
        return _outer_level_object(verb, anchor, skip)
    for c in verb.children:
        if c.dep_ == "dobj" and _nounish(c, ("NOUN",)) and c.i not in skip:
            return c
    subj = _subject(verb)
    if subj is not None and _nounish(subj, ("NOUN",)) and subj.i not in skip:
        return subj
    return None


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
    if not hasattr(span, "start"):  # a list of tokens
        idx = {t.i for t in span}
        return [t for t in span if (t.head.i not in idx or t.head.i == t.i) and t.dep_ != "punct"]
    return list(_outward_at(span.doc, span.start, span.end))


@lru_cache(maxsize=256)
def _outward_at(doc: Any, lo: int, hi: int) -> tuple[Any, ...]:
    """(what `_outward` gives, asked for about ten times per amount: kept while one article
    is read, see `extract_amounts`)"""
    return tuple(
        t for t in doc[lo:hi] if (not lo <= t.head.i < hi or t.head.i == t.i) and t.dep_ != "punct"
    )


# Nouns of agreements and plans, named with what they are to do ("deal to build a network").
# Nouns for what is held in something ("a stake in the network").
_HELD_IN = frozenset("stake holding investment interest".split())
_DEAL_NOUNS = frozenset(
    "agreement deal contract plan offer bid package scheme programme loan".split()
)
# Money whose purpose a "to" clause gives ("a £4m grant to help survivors").
_PURPOSE_NOUNS = _DEAL_NOUNS | frozenset("grant fund aid investment injection package".split())


_OFTEN = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}
_OFTEN_WORD = re.compile(rf"\b(?:{'|'.join(_OFTEN)})\b", re.I)
_ANNUAL_BASIS = re.compile(
    r"\s+(?:on\s+an?\s+(?:annual|annualised|annualized|yearly)\s+basis|year[- ]on[- ]year)\b", re.I
)


def _how_often(span: Any) -> str | None:
    """ "the £80m spent annually on the trust": the rate the amount's own verb gives."""
    verbs = [c for t in span for c in t.rights if c.dep_ in ("acl", "relcl")]
    verbs += [v] if (v := _governing_verb(span[-1])) is not None else []
    return next(
        (
            _OFTEN[c.lower_]
            for v in verbs
            for c in v.children
            if c.dep_ == "advmod" and c.lower_ in _OFTEN
        ),
        None,
    )


def _every(span: Any) -> str | None:
    """ "30,000 children are dying every day": the time a count's verb says it happens in,
    each time; None without one."""
    verb = _governing_verb(span[-1])
    if verb is None:
        return None
    # (or the purpose clause's: "couples go to court to resolve disputes each year")
    purposes = [
        c
        for c in verb.rights
        if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.lefts)
    ]
    for c in (t for v in (verb, *purposes) for t in v.rights):
        if (
            c.dep_ == "npadvmod"
            and c.lemma_.lower() in ("day", "week", "month", "year")
            and any(d.lower_ in ("every", "each") for d in c.lefts)
        ):
            return c.lemma_.lower()
    return None


def _each_holder(span: Any) -> str | None:
    """ "Every officer had a target of 8,000 applications": the one each amount is of; None
    when the clause's subject is not "every" or "each" one."""
    head = _clause_head(span[0])
    for c in head.children:
        if (
            c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ == "NOUN"
            and c.i < span.start
            and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.lefts)
        ):
            return c.lemma_.lower()
    return None


_GROUPS = frozenset(("family", "household"))
_LENGTHS = frozenset("yards miles metres meters kilometres kilometers km feet".split())
_AREAS = frozenset("acres acre hectares hectare".split())
_POSTS = frozenset("job post role position".split())
# Money or goods that go somewhere: their "to"/"from" says which flow.
_FLOW_NOUNS = frozenset(
    """remittance export import aid loan lending investment shipment sale transfer flow
    payment subsidy grant credit""".split()
)


def _personal(tok: Any) -> bool:
    """Whether `tok` names people ("pupils", "pupil"; the lexicon lists plurals)."""
    people = lexicon().people
    return tok.lower_ in people or tok.lemma_.lower() in people


# Words for a stretch of time: "in the period" says when, not what.
_TIME_NOUNS = frozenset("period quarter year month week day time half".split())


def _listed(noun: Any, skip: set[int]) -> set[int]:
    """The other nouns of a list `noun` opens ("Nottinghamshire, Derbyshire and Durham"),
    with their own words and the commas and "and" between them; none when the list is long
    or holds an amount."""
    got: set[int] = set()
    k = noun
    doc = noun.doc
    while (nxt := next((c for c in k.rights if c.dep_ == "conj"), None)) is not None:
        if nxt.pos_ not in ("NOUN", "PROPN") or (nxt.pos_ == "PROPN") != (noun.pos_ == "PROPN"):
            return set()  # ("executives from AIG and one from Marsh": no list of places)
        got |= {
            c.i
            for c in k.rights
            if c.i < nxt.i and (c.dep_ == "cc" or c.text == "," and doc[c.i + 1].dep_ != "cc")
        }
        got |= {t.i for t in nxt.subtree if t.i <= nxt.i and t.dep_ != "det"}
        k = nxt
    if len(got) > 14 or skip & got:
        return set()
    return got


def _np(tok: Any, skip: set[int], *, with_prep: bool = False, with_acl: bool = True) -> str:
    """A short noun phrase for `tok`: its modifiers ("bilateral", "defence"), the noun, and
    an "of"/"in" complement for change nouns ("rise in sales")."""
    gerund_ = (
        tok.tag_ == "VBG"
        or tok.lower_.endswith("ing")
        and any(c.dep_ == "dobj" for c in tok.children)
    )
    if gerund_ and tok.dep_ in ("csubj", "nsubj", "nsubjpass"):
        # "Misusing someone's identity to claim new credit cards comprised 16.5%": the
        # gerund's own words, shortly
        words = [t for t in tok.subtree if t.i not in skip and t.dep_ != "det"]
        cut = next((k for k, t in enumerate(words) if t.is_punct), 99)
        words = words[: min(cut, 11)]
        while len(words) > 1 and words[-1].pos_ in ("ADP", "PART", "CCONJ", "DET", "ADJ"):
            words.pop()
        return _join(words)
    keep: set[int] = {tok.i}
    forced: set[int] = set()  # words kept even though they are numbers of other amounts
    listed: set[int] = set()  # a list's words, its commas kept
    for c in tok.lefts:
        if c.lower_ == "no":
            keep.add(c.i)  # "took no action": not "action"
        if (
            c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "quantmod", "nummod")
            and c.i not in skip
            and c.pos_ != "ADV"  # "buy back shares": the particle, misparsed
            and not (c.dep_ == "poss" and c.like_num)  # "2004's average": a period
            and not (  # "... and warned growth would be": a coordinated verb, misparsed
                c.tag_ in ("VBD", "VBN") and c.i > 0 and tok.doc[c.i - 1].pos_ == "CCONJ"
            )
        ):
            keep |= {t.i for t in c.subtree}
    lemma = tok.lemma_.lower()
    personal = _personal(tok)
    defined = with_acl and not personal and lemma not in _COMPLEMENT_NOUNS
    for c in tok.rights:
        if (
            c.dep_ == "prep"
            and c.lower_ == "by"
            and c.i == tok.i + 1
            and [p.lemma_.lower() for p in c.children] in (["volume"], ["value"], ["weight"])
        ):
            keep |= {t.i for t in c.subtree}  # "sales by volume": how the noun is measured
        if defined and c.dep_ == "acl" and c.tag_ == "VBN":
            # "$280bn in profits accumulated over 50 years": which profits
            defined = False
            sub = [t.i for t in c.subtree]
            if (
                len(sub) <= 6
                and not skip & set(sub)
                # (not an aside: "the plans, revealed in a statement, would ...")
                and not any(tok.doc[i].is_punct for i in range(tok.i + 1, sub[-1] + 1))
                # (not the time it was seen: "the 0.2% growth seen in July")
                and c.lemma_.lower() not in _SEEN_VERBS
            ):
                keep |= set(sub)
    preps = (
        ("of", "in", "at", "with")  # "the deficit with China"
        if lemma in ("deficit", "surplus", "imbalance")
        else ("of", "in", "for", "on", "at")
        if lemma in _COMPLEMENT_NOUNS
        else ("of", "in", "at")
        if (with_prep or lemma in _CHANGE_NOUNS)
        else ("of", "between", "in")
        if lemma in _GAP_NOUNS  # "the gap between exports and imports"
        else ("with", "between", "over", "for")
        # "a 3 trillion yen deal with Mitsubishi", "a $2bn settlement with GM"
        if lemma in _DEAL_NOUNS | {"settlement", "merger", "takeover", "buyout", "venture"}
        else ("of", "at", "with", "in", "from")
        # "people with dementia", "supporters in Tyneside", "pupils from Highland schools"
        if personal
        else ("of", "at", "in", "to", "from", "across", "throughout", "outside")
        if lemma in _FLOW_NOUNS  # "remittances to Latin America", "imports from China"
        # "sales at restaurants and bars", "prices in China", "sales across the industry",
        # "the £456m system from IT giant EDS"
        else ("of", "at", "in", "across", "throughout", "outside", "from", "for", "about")
    )
    if lemma in _HELD_IN and tok.dep_ == "dobj":
        # "cut Turkcell's stake in a new mobile network from 70%": the parse hung what the
        # stake is in on the verb
        held_in = next(
            (
                c
                for c in tok.head.rights
                if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.right_edge.i + 1
            ),
            None,
        )
        sub_ = [t.i for t in held_in.subtree] if held_in is not None else []
        if sub_ and len(sub_) <= 8 and not skip & set(sub_):
            keep |= set(sub_)
    if with_acl and personal:
        for c in tok.rights:  # "people under 55", "voters over 65": ages
            if c.dep_ == "prep" and c.lower_ in ("under", "over") and c.i == tok.i + 1:
                ages_ = [t.i for t in c.subtree]
                if len(ages_) <= 3 and all(tok.doc[i].like_num for i in ages_[1:]):
                    keep |= set(ages_)
                    forced |= set(ages_)
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            when = next(
                (
                    p
                    for p in c.children
                    if p.dep_ == "pobj"
                    and (p.ent_type_ in ("DATE", "TIME") or p.lemma_ in _TIME_NOUNS)
                ),
                None,
            )
            on_ = tok.doc[when.i + 1] if when is not None and when.i + 2 < len(tok.doc) else None
            if (
                when is not None
                and on_ is not None
                and on_.lower_ == "on"
                and on_.head.i == tok.i
                and tok.doc[on_.i + 1].lower_ == when.lower_
                and not any(p.lemma_ in ("term", "basis") for p in on_.children)
                and not skip & {t.i for t in on_.subtree}
            ):
                # "a rise in month on month output": the parse split the unhyphenated
                # "month-on-month"; the output, so measured, is the object
                keep |= {c.i, when.i} | {t.i for t in on_.subtree}
                break
            if when is not None:
                continue  # "a rise in November": the month is the period, not the object
            sub = [t.i for t in c.subtree]
            if skip & set(sub) and any(
                d.dep_ == "pobj" and d.i in skip and d.like_num for d in c.children
            ):
                continue  # "payments of £50 for the over-70s": past the amount's own "of"
            counted = next((d for d in c.children if d.dep_ == "pobj"), None)
            if (
                c.lower_ == "of"
                and counted is not None
                and counted.tag_ in _PLURAL_TAGS
                and counted.is_alpha
                and any(k.dep_ == "nummod" and k.i in skip for k in counted.lefts)
                # (definite: known things, not the amount's own "of 70 million tonnes")
                and any(k.lower_ in _DEFINITE for k in counted.lefts)
                and len(sub) <= 6
                and not any(tok.doc[i].is_punct for i in sub)
            ):
                # "the total cost of the 20 projects covered": the counted things, with their
                # number, say whose cost it is
                keep |= set(sub)
                forced |= set(sub)
                break
            if len(sub) <= 8 and not skip & set(sub):
                keep |= set(sub)
                if counted is not None:
                    listed |= _listed(counted, skip)  # ("in Kent, Surrey and Essex": commas)
            elif (
                c.lower_ == "of"
                and counted is not None
                and counted.i not in skip
                and counted.pos_ == "NOUN"
                and len(sub) <= 8
                and skip & set(sub) <= {t.i for k in counted.lefts for t in k.subtree}
            ):
                keep |= set(sub) - skip  # "the sale of 20 aircraft for $1bn": of aircraft
            elif skip & set(sub) and c.lower_ == "for":
                # "increase rents for young tenants living in London by £500": the parse hung
                # the amount inside the phrase; the phrase up to the amount's "by"
                at = next(
                    (
                        k.i
                        for k in c.subtree
                        if k.dep_ == "prep"
                        and k.lower_ in ("by", "to", "from")
                        and skip & {t.i for t in k.subtree}
                    ),
                    None,
                )
                cut_ = [i for i in sub if at is not None and i < at]
                if (
                    2 <= len(cut_) <= 8
                    and not skip & set(cut_)
                    and tok.doc[cut_[-1]].pos_ in ("NOUN", "PROPN")
                ):
                    keep |= set(cut_)
            elif not skip & set(sub):
                # "rise in tax revenues from New York bars and ...": the noun, not its tail.
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj:
                    keep.add(c.i)
                    keep.add(pobj[0].i)
                    keep |= {
                        t.i
                        for k in pobj[0].lefts
                        if k.dep_ in ("compound", "amod", "poss")
                        for t in k.subtree
                    }
                    # "across Nottinghamshire, Derbyshire and Durham": the whole list, as
                    # its first alone would mislead
                    listed |= _listed(pobj[0], skip)
                    keep |= listed
                    inner = _complement(pobj[0]) if pobj[0].lemma_ in _COMPLEMENT_NOUNS else None
                    if inner is not None:  # "drop in the number of drivers ..."
                        keep |= {inner.head.i, inner.i}
                        for a in inner.rights:  # "... drivers being breathalysed": which
                            # (the verb and its auxiliaries: "since 1997" is the period)
                            said = [a.i] + [
                                k.i for k in a.lefts if k.dep_ in ("aux", "auxpass", "neg")
                            ]
                            if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN"):
                                keep |= set(said) - skip
                    elif (
                        source := next(
                            (
                                q
                                for k in pobj[0].rights
                                if k.dep_ == "prep" and k.lower_ in ("from", "in", "at", "of")
                                for q in k.children
                                if q.dep_ == "pobj" and q.pos_ in ("NOUN", "PROPN")
                            ),
                            None,
                        )
                    ) is not None and not skip & {t.i for t in source.subtree}:
                        # "rise in tax revenues from New York bars": where from, shortly
                        keep |= {source.head.i, source.i}
                        keep |= {
                            t.i
                            for k in source.lefts
                            if k.dep_ in ("compound", "amod", "poss")
                            for t in k.subtree
                        }
            break
    if lemma in _PURPOSE_NOUNS:
        for c in tok.rights:  # "a $240m agreement to import Venezuelan fuel": what for
            if c.dep_ in ("acl", "relcl") and any(k.lower_ == "to" for k in c.lefts):
                sub = [t.i for t in c.subtree]
                if len(sub) > 6:  # "to import Venezuelan fuel in exchange for ...": its object
                    done = [d for d in c.rights if d.dep_ == "dobj"]
                    sub = [k.i for k in c.lefts if k.lower_ == "to"] + [c.i]
                    sub += [t.i for t in done[0].subtree] if done else []
                if len(sub) <= 6 and not skip & set(sub):
                    keep |= set(sub)
                break
    if lemma in _COMPLEMENT_NOUNS or with_acl and personal:
        for c in tok.rights:  # "the number waiting over 12 months", "people aged 18 to 34"
            if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"):
                sub = [t.i for t in c.subtree]
                ages = c.lemma_.lower() == "age"  # "people aged 18 to 34": the numbers are ages
                if len(sub) <= (5 if lemma in _COMPLEMENT_NOUNS else 6) and (
                    ages or not skip & set(sub)
                ):
                    keep |= set(sub)
                    forced |= set(sub) if ages else set()
                break
    for c in tok.rights:
        if (
            with_acl  # (a count adds its clauses itself)
            and c.dep_ == "relcl"
            and any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ == "PRON" for k in c.lefts)
            and not any(k.tag_ == "WDT" or k.lower_ in ("who", "that") for k in c.lefts)
        ):
            # "the percentage of debt they receive", "the debts they are owed": a short
            # relative clause with no "which" defines the noun
            sub = [t.i for t in c.subtree]
            if len(sub) <= 4 and not skip & set(sub):
                keep |= set(sub)
    for c in tok.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == max(keep) + 1 and c.i not in skip:
            keep.add(c.i)  # "shares in delivery firm Exel", the name hung on "shares"
    doc = tok.doc
    # A spaced dash ends the phrase on its left ("fared well - Toyota sales").
    for i in sorted(keep):
        if i < tok.i and doc[i].text in ("-", "–", "—") and doc[i].whitespace_:
            keep = {j for j in keep if j > i}
    # "its 777-200LR planes" with "777" taken as a number: the model name whole or not at
    # all, never its hyphenated tail.
    for i in sorted(keep):
        if i in skip and doc[i].like_num:
            lo = i
            while lo > 0 and not doc[lo - 1].whitespace_ and lo - 1 in keep:
                lo -= 1
            hi = i
            while doc[hi].whitespace_ == "" and hi + 1 < len(doc) and hi + 1 in keep:
                hi += 1
            if hi > lo and tok.i not in range(lo, hi + 1):
                keep -= set(range(lo, hi + 1))
    toks = [
        doc[i]
        for i in sorted(keep - skip | forced)
        if doc[i].dep_ not in ("det", "punct")
        or doc[i].i == tok.i
        or doc[i].text == "-"
        or i in listed
        or doc[i].lower_ == "no"  # "took no action": not "took action"
    ]
    while len(toks) > 1 and toks[-1].i > tok.i and toks[-1].pos_ in ("ADP", "SCONJ", "CCONJ"):
        toks.pop()  # "waiting more than 18 months as": no dangling word
    return _join(toks) or tok.text


# Verbs that only say when a figure was seen ("the 3.3% growth seen in the second quarter").
_SEEN_VERBS = frozenset("see record report post register".split())


def _name(tok: Any) -> str:
    """A proper name with its compound words: "Foreign Office", "New York"; and a name's
    "of" name: "Ministry of Defence", "Bank of England"."""
    words = [*(t for t in tok.lefts if t.dep_ == "compound"), tok]
    if words[0].i < tok.i - 1:
        # "Yantai State Asset Management Bureau": a compound's own compound words too
        inner = [t for t in tok.doc[words[0].i : tok.i] if t.dep_ == "compound"]
        if len(inner) == tok.i - words[0].i:
            words = [*inner, tok]
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if tok.pos_ == "PROPN" and of is not None and of.i == tok.i + 1:
        named = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if named is not None and all(t.pos_ == "PROPN" for t in tok.doc[of.i + 1 : named.i]):
            words += [of, *tok.doc[of.i + 1 : named.i + 1]]
    return _join(words)


def _possessive(name: str) -> str:
    """ "Globex" -> "Globex's", "creditors" -> "creditors'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _join(toks: list[Any]) -> str:
    """Token texts with the text's own spacing where they are adjacent, a space elsewhere."""
    out: list[str] = []
    for a, b in zip(toks, toks[1:], strict=False):
        out.append(a.text_with_ws if b.i == a.i + 1 else a.text + " ")
    if toks:
        out.append(toks[-1].text)
    return "".join(out).strip()


# How a share price moves ("Corus fell 2.2%"); "TB increased by 25%" is no share price.
_PRICE_VERBS = frozenset(
    """rise fall gain lose jump slump drop climb surge slide dip edge ease rally tumble plunge
    soar sink add shed finish close end open slip""".split()
)
# Nouns for a listed company, whose price moves are its shares' ("the steel maker fell 3%").
_COMPANY_NOUNS = frozenset(
    """company corporation firm group bank giant maker operator retailer carrier airline
    insurer lender producer manufacturer supplier rival partner unit brewer carmaker
    miner""".split()
)
# Singular nouns for an organisation that "its" can point back to ("the firm ... its").
_OWNER_ORGS = _COMPANY_NOUNS | frozenset(
    """government army navy state agency regulator authority council ministry club party
    fund union commission court""".split()
)
# Verbs whose "in" names where money goes, not what it is ("invest $8bn in clean water").
_IN_VERBS = frozenset("invest put pump plough plow inject sink pour spend".split())
# "... - almost 30% - ...": a percentage set off by spaced dashes.
_DASH_BEFORE = re.compile(
    r"\s[-–—]\s+(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+|roughly\s+|over\s+)?$"
)
_DASH_AFTER = re.compile(r"\s*[-–—]\s")
# "12.1% in Germany": a value placed in a country.
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z](?:\w|\.(?=\w))*(?:\s+[A-Z]\w*)?)")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than)\s")
_AND_BEFORE = re.compile(r"(?:,|\band)\s+(?:about\s+|almost\s+|nearly\s+|just\s+)?$", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:just\s+|only\s+|an?\s+|the\s+)?$", re.I)
# Between an amount and a percentage that restates its change ("£347m, an 82% jump").
_CHANGE_AFTER = re.compile(
    r"[^.;]{0,40}?(?:\)|\w)?\s*[,–-]\s*(?:(?:up|down)(?:\s+by)?|an?)\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?",
    re.I,
)


def _complement(noun: Any) -> Any:
    """The noun of `noun`'s "in"/"of" phrase ("rise in profits" -> profits), or None."""
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.ent_type_ != "DATE":
                    return p
    return None


_SESSION_WORDS = frozenset("morning afternoon early late midday opening closing evening".split())


def _trading_time(tok: Any) -> bool:
    """ "in morning trade", "in early trading": when a price was quoted, not what it is;
    "in the face of", "in the wake of": an idiom, not what the money is."""
    if tok.lemma_.lower() in _IDIOM_NOUNS:
        return True
    return tok.lemma_.lower() in ("trade", "trading", "dealing", "session") and any(
        c.lower_ in _SESSION_WORDS or c.ent_type_ in ("DATE", "TIME") for c in tok.lefts
    )


_IDIOM_NOUNS = frozenset("face wake light event course midst run-up spite case view".split())


def _has_complement(noun: Any) -> bool:
    """ "rise in sales" and "pay rise" have one; "rise in April" does not (a period)."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha for c in noun.lefts):
        return True
    return any(
        c.dep_ == "prep"
        and (
            c.lower_ in ("in", "of")
            # "rise in month on month output": the unhyphenated rate, split by the parse
            or c.lower_ == "on"
            and 0 < c.i < len(c.doc) - 1
            and c.doc[c.i - 1].lower_ == c.doc[c.i + 1].lower_
            and not any(
                p.lemma_ in ("term", "basis") for p in c.children
            )  # "in year on year terms"
        )
        and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children)
        for c in noun.rights
    )


def _change_holder(noun: Any, skip: set[int]) -> Any:
    """For a bare change noun ("a 5% rise") the noun whose change it is: the subject of the
    clause it is the object of, through relative pronouns; None if it has its own "in"."""
    if noun.lemma_.lower() not in _BARE_CHANGES:
        return None  # "a $676m loss" is the loss itself, not a change of something
    if _has_complement(noun):
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


def _left_noun(v: Any) -> Any:
    """The noun written right before verb `v` ("... and production began"), past adverbs and
    auxiliaries, when the parse hung it elsewhere as an object or a conjunct; else None."""
    doc = v.doc
    i = v.i - 1
    # (the sentence's bounds by its start flags: "Token.sent" walks the whole sentence)
    while i >= 0 and not doc[i + 1].is_sent_start and doc[i].pos_ in ("ADV", "AUX", "PART"):
        if v.i - i > 3:
            break
        i -= 1
    if i < 0 or doc[i + 1].is_sent_start:
        return None
    t = doc[i]
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "conj", "pobj", "appos") and t.tag_ != "$":
        return t
    return None


def _own_subject(verb: Any) -> Any:
    """The subject of `verb`, or of the verbs it completes ("agreed to pay", "is thought to
    be offering"); None past any other clause."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            # "is being paid 80p": a passive's subject is who is paid ("is thought to be
            # offering": who is thought of is who offers)
            return subj if subj.dep_ == "nsubj" or v.i != verb.i else None
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return None
        v = v.head
    return None


def _subject(verb: Any) -> Any:
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            left = _left_noun(v)
            if left is not None and (
                left.head.dep_ == "acl"
                and left.head.tag_ == "VBG"
                and left.head.head.i == subj[0].i
                or subj[0].dep_ == "csubj"
            ):
                # "data showing the economy grew 0.1%": the parse made "data" the subject;
                # "the state paid less heed ... and output began": a clause made subject.
                return left
            return subj[0]
        if v.dep_ in ("conj", "ccomp", "ROOT") and (left := _left_noun(v)) is not None:
            # "data showing the economy grew 0.1%": "economy" parsed as showing's object;
            # "comments by X, US light crude fell": the subject hung on X as an apposition
            return left
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and v.head.i != v.i:
            # "calculated requirements to be 387,500 tonnes": the raised object.
            dobj = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
            if dobj and dobj[0].tag_ == "WDT" and v.head.dep_ == "relcl":
                return v.head.head  # "growth, which it forecast to be 6.5%": the growth
            if dobj:
                return dobj[0]
        if v.dep_ in ("xcomp", "conj", "ccomp", "advcl", "acl", "acomp") and v.head.i != v.i:
            v = v.head  # "Borrowing is tipped to fall to £31bn": through "tipped" (acomp)
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
    from_verb: bool = False  # `object` is the verb phrase, no noun was found
    trusted: bool = False  # the amount's own complement ("$5bn in aid", "30% of EADS")


_STATE_PREPS = frozenset("out in without on off under".split())


def _with_state(span: Any, skip: set[int]) -> str | None:
    """ "Young people are hard hit, with 37% out of work": the share of the clause's
    subject that is in the state the phrase after the amount names."""
    doc = span.doc
    anchor = span.root
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with" or span.end >= len(doc):
        return None
    prep = doc[span.end]
    if prep.pos_ != "ADP" or prep.lower_ not in _STATE_PREPS or prep.i in skip:
        return None
    words = []
    for t in doc[prep.i : prep.i + 4]:
        if t.is_punct or t.i in skip:
            return None
        words.append(t)
        if t.pos_ == "NOUN":
            break
    else:
        return None
    h = anchor.head
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].pos_ != "NOUN" or subj[0].i in skip:
                return None
            return f"{_np(subj[0], skip)} {_join(words)}"
    return None


# Verbs whose subject share is a poll's answer ("47% believe ...", "63% disagreed").
_OPINION_VERBS = frozenset(
    """believe think say agree disagree back support oppose want favour favor prefer feel
    reject approve disapprove trust intend vote consider rate voice express""".split()
)


def _poll_answer(anchor: Any, skip: set[int]) -> str | None:
    """ "Some 47% believe she should have no title", "45% who thought it unbecoming": the
    share that gave this answer, in the sentence's words (up to the clause's end)."""
    verb = anchor.head
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else anchor
    rel = [c for c in anchor.children if c.dep_ == "relcl"]
    total = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    among = anchor.head if anchor.dep_ == "appos" and anchor.head.dep_ == "pobj" else None
    if total is not None and total.lemma_.lower() == "total" and total.dep_ == "nsubj":
        verb = total.head  # "A total of 53% of those polled said ..."
    elif among is not None and among.head.lower_ == "of" and among.head.head.dep_ == "nsubj":
        # "A majority of voters (68%) believe ...": the bracketed share of the group
        verb = among.head.head.head
        said = _poll_answer_words(verb, skip)
        if said is None:
            return None
        return f"share of {_np(among, skip)} who {said}"
    elif anchor.dep_ == "appos" and anchor.head.dep_ == "nsubj":
        verb = anchor.head.head  # "A majority, 52%, said he had done a good job"
    elif rel and any(c.lower_ in ("who", "that") for c in rel[0].children):
        verb = rel[0]
    elif anchor.dep_ != "nsubj" and after.tag_ in ("VBD", "VBP", "VBZ"):
        verb = after  # "... and 21% disagreed": the parse hung the share elsewhere
    elif anchor.dep_ != "nsubj":
        return None
    words_ = _poll_answer_words(verb, skip)
    if words_ is None:
        return None
    group = [  # "47% of voters believe", "among the over-65s, 70% said"
        p
        for h, word in ((anchor, "of"), (verb, "among"))
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == word
        for p in c.children
        if p.dep_ == "pobj" and p.i not in skip
    ]
    whose = f" of {_np(group[0], skip)}" if group else ""
    who = "" if verb.tag_ == "VBG" else " who"  # "with 40% saying ...": no "who"
    return f"share{whose}{who} {words_}"


def _poll_answer_words(verb: Any, skip: set[int]) -> str | None:
    """The answer a poll's verb of opinion gives, in the sentence's words up to the clause's
    end ("believe she should have no title"); None when the verb gives no opinion."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OPINION_VERBS:
        return None
    doc = verb.doc
    words = [verb]
    own = {t.i for t in verb.subtree}
    for t in doc[verb.i + 1 : min(verb.sent.end, verb.i + 13)]:
        if t.i == verb.i + 1 and t.lower_ == "that":
            words.append(t)  # "say that saving money is the main consideration"
            continue
        if (
            t.is_punct
            or t.i in skip
            or t.i not in own  # "... in a general election, compared with": not the answer
            or t.pos_ in ("CCONJ", "SCONJ")
            or t.lower_ in ("while", "whereas", "compared", "against", "than", "versus")
        ):
            break
        words.append(t)
    return _join(words)


# Market indices, which move without shares of their own ("the Nikkei down 1%").
_INDEX_NAMES = frozenset("nikkei dow ftse dax cac nasdaq kospi sensex hang index average".split())
# The country of a stock market index's exchange (facts).
_INDEX_COUNTRY = {
    "nasdaq": "USA",
    "dow": "USA",
    "nikkei": "JPN",
    "topix": "JPN",
    "ftse": "GBR",
    "dax": "DEU",
    "cac": "FRA",
    "kospi": "KOR",
    "sensex": "IND",
    "hang seng": "HKG",
}
_INDEX_IN_OBJECT = re.compile(
    r"\b(Nasdaq|Dow|Nikkei|Topix|FTSE|Dax|DAX|CAC|Cac|Kospi|Sensex|Hang Seng)\b"
)


def _priced(said: str, tok: Any) -> str:
    """ "Corus" -> "Corus shares", but "Nasdaq" -> "Nasdaq index": what a name's price move
    is of."""
    if tok.lower_ in _INDEX_NAMES or any(t.lower_ in _INDEX_NAMES for t in tok.lefts):
        return said if said.lower().endswith(("index", "average")) else f"{said} index"
    return f"{said} shares"


def _placed(subj: Any) -> bool:
    """ "TB in England has increased by 25%": a short capitalised name measured in a
    country, not a firm's share price."""
    return (
        subj.pos_ == "PROPN"
        and subj.ent_type_ not in ("PERSON", "NORP", "GPE")
        and not any(c.dep_ == "compound" for c in subj.lefts)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(p.ent_type_ == "GPE" and _names_country(p.text) for p in c.children)
            for c in subj.rights
        )
    )


def _share_base(anchor: Any, skip: set[int]) -> list[Any]:
    """The nouns after a percentage's "of": what it is a share of ("90% of average earnings")."""
    return [
        p
        for c in anchor.rights
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and _nounish(p) and p.i not in skip
    ]


def _firm_name(tok: Any) -> str:
    """A firm's name without the words that describe it: "closest rival JFE Holdings" ->
    "JFE Holdings", "Japan's biggest steel company Nippon Steel" -> "Nippon Steel"."""
    first = tok.i
    while first > tok.sent.start and tok.doc[first - 1].pos_ == "PROPN":
        first -= 1
    return tok.doc[first : tok.i + 1].text


# What a payment can be made in ("pay $2bn in stock", "offer £5 a share in cash").
_PAID_IN = frozenset("stock share cash bond shares".split())


def _in_terms_of(verb: Any) -> Any:
    """The measure a clause names with "in terms of" ("In terms of market value, ..."), or
    None."""
    return next(
        (
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for t in c.children
            if t.lower_ == "terms"
            for k in t.children
            if k.dep_ == "prep" and k.lower_ == "of"
            for p in k.children
            if p.dep_ == "pobj" and _nounish(p, ("NOUN",))
        ),
        None,
    )


# What is done to money someone "had" ("had £600 stolen"): the money is what was done to.
_HAD_DONE = frozenset(
    """steal take seize confiscate freeze snatch grab rob withdraw deduct""".split()
)


def _had_done(anchor: Any, skip: set[int]) -> str | None:
    """ "An MP has had more than £600 and his passport stolen": "money stolen from MP"."""
    have = anchor.head
    if anchor.dep_ != "dobj" or have.lemma_.lower() != "have" or have.pos_ == "AUX":
        return None
    done = next(
        (
            t
            for t in (
                *anchor.rights,
                *(k for c in anchor.rights if c.dep_ == "conj" for k in c.rights),
                *(k for c in have.rights if c.dep_ == "conj" and c.i > anchor.i for k in c.rights),
                *(c for c in have.rights if c.i > anchor.i),
            )
            if t.tag_ == "VBN" and t.lemma_.lower() in _HAD_DONE
        ),
        None,
    )
    if done is None:
        return None
    who = _subject(have)
    if who is None or who.pos_ not in ("NOUN", "PROPN") or who.i in skip:
        return f"money {done.lower_}"
    return f"money {done.lower_} from {_np(who, skip)}"


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
    doc = span.doc
    on_share = hit.kind == "percent" and doc[span.start - 1].lower_ == "on"
    if span.start >= 2 and (doc[span.start - 1].lower_ in ("up", "down") or on_share):
        # "leaves GDP up 2.3%", "with copper up 36%": the noun the change is written after;
        # "with the Liberal Democrats on 19%": a poll share.
        noun = doc[span.start - 2]
        if (
            noun.pos_ in ("NOUN", "PROPN")
            and noun.i not in skip
            and noun.ent_type_ not in ("PERSON", "GPE", "DATE", "TIME")
            and (on_share or noun.ent_type_ != "NORP")
            and _bad_object(noun, lexicon()) in (None, "actor")
            and noun.lower_ not in lexicon().actors
            and noun.sent.start == span[0].sent.start
        ):
            r.object_tok = noun
            r.object = _np(noun, skip)
            moved = _clause_head(noun)
            mover = _subject(moved) if moved.lemma_.lower() in _PRICE_VERBS else None
            if (
                not on_share
                and noun.pos_ == "PROPN"
                and (
                    noun.ent_type_ == "ORG"
                    # "Nippon Steel lost 2.5%, with JFE Holdings down 3.4%": beside a firm's
                    or noun.ent_type_ == ""
                    and mover is not None
                    and (mover.ent_type_ == "ORG" or mover.lemma_.lower() in _COMPANY_NOUNS)
                )
                and noun.lower_ not in _INDEX_NAMES
                and not any(t.lower_ in _INDEX_NAMES for t in noun.lefts)
            ):
                # "with closest rival JFE Holdings down 3.4%": the firm's share price
                r.object = f"{_firm_name(noun)} shares"
            r.trusted = True
            return r
    if (
        hit.kind == "percent"
        and anchor.dep_ == "npadvmod"
        and gov.lower_ in _SIZE_ADJS
        and gov.dep_ == "acomp"
        and (subj := _subject(gov.head)) is not None
        and subj.pos_ in ("NOUN", "PROPN")
        and subj.i not in skip
    ):
        # "Pernod is about 9% smaller than Allied Domecq": the subject's size, or the
        # measure the sentence names ("in terms of market value").
        terms = _in_terms_of(gov.head)
        measure = _np(terms, skip) if terms is not None else _SIZE_ADJS[gov.lower_]
        than = next(
            (
                p
                for c in gov.rights
                if c.dep_ == "prep" and c.lower_ == "than"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") and p.i not in skip
            ),
            None,
        )
        gap_ = f"{subj.text} {measure}"
        if than is not None:
            # "Pernod is 9% smaller than Allied Domecq": the gap between the two, not a size
            mine_, theirs = _possessive(subj.text), _possessive(_name(than))
            gap_ = (
                f"shortfall of {mine_} {measure} against {theirs}"
                if gov.lower_ in ("smaller", "cheaper")
                else f"excess of {mine_} {measure} over {theirs}"
            )
        r.object, r.object_tok, r.trusted = gap_, subj, True
        return r
    at_ = anchor.head if anchor.dep_ == "pobj" else None
    if (
        hit.kind == "money"
        and at_ is not None
        and at_.lower_ == "at"
        and at_.head.pos_ == "PROPN"
        and at_.head.dep_ in ("nsubj", "nsubjpass")
        and at_.i > at_.head.i
        and at_.head.i not in skip
    ):
        # "In terms of market value, Pernod - at 7.5bn euros - is ...": the measure the
        # sentence names, of the subject the aside is on
        terms_ = _in_terms_of(at_.head.head)
        if terms_ is not None:
            owner_ = _possessive(_name(at_.head))
            r.object, r.object_tok, r.trusted = f"{owner_} {_np(terms_, skip)}", at_.head, True
            return r
    leader = _clause_head(span[0])
    if (
        hit.kind == "percent"
        and leader.lemma_.lower() == "lead"
        and span.start >= 2
        and doc[span.start - 1].lower_ == "to"
        and doc[span.start - 2].text in ("%", "percent", "per cent", "cent")
    ):
        trailer = next((c for c in leader.children if c.dep_ == "dobj"), None)
        if trailer is not None:
            # "Labour lead the Conservatives by 39% to 34%": the 34% is the trailer's.
            r.object_tok, r.object, r.trusted = trailer, _np(trailer, skip), True
            return r
    said = _poll_answer(anchor, skip) if hit.kind == "percent" else None
    if said is not None:
        r.object, r.trusted = said, True
        return r
    lost = _had_done(anchor, skip) if hit.kind == "money" else None
    if lost is not None:
        r.object, r.trusted = lost, True
        return r
    state = _with_state(span, skip) if hit.kind == "percent" else None
    if state is not None:
        r.object, r.trusted = state, True
        return r
    # Money's own complement: "$5bn in aid", "£3m of funding", "thousands of people".
    # "spend $35bn in X": the "in" is the verb's, not the money's own complement.
    in_verb = hit.kind == "money" and _clause_head(span[0]).lemma_.lower() in _IN_VERBS
    if hit.kind in ("money", "count"):
        for t in span:
            for c in t.rights:
                if (
                    c.dep_ == "prep"
                    and c.lower_ in ("of", "in")
                    and c.i not in skip
                    and not (in_verb and c.lower_ == "in" and hit.kind == "money")
                ):
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    if (
                        pobj
                        and _nounish(pobj[0], ("NOUN",))
                        and pobj[0].ent_type_ not in ("DATE", "GPE")
                        and pobj[0].lower_ not in lexicon().times
                        and not _trading_time(pobj[0])
                    ):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        r.verb = _governing_verb(t)
                        r.trusted = True
                        _as_change(r, span, c.lower_)
                        _as_paid_in(r, span, c.lower_)
                        return r
    made_up = (
        hit.kind == "money"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].tag_ == "VB"
        and (head := _clause_head(span[0])).lemma_.lower() == "make"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    )
    if made_up:
        # "it was made up of $80m to repay clients": the part of the whole that is for that
        purpose = doc[span.end + 1]
        sub = [t for t in purpose.subtree if t.dep_ != "det" and t.i not in skip]
        cut = next((k for k, t in enumerate(sub) if t.is_punct or t.pos_ == "CCONJ"), len(sub))
        if 1 < cut <= 7:
            r.object, r.trusted = f"money {_join(sub[:cut])}", True
            return r
    if (
        hit.kind == "money"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].tag_ == "VB"
        and (head := _clause_head(span[0])).lemma_.lower() in _MONEY_VERBS
        and head.lemma_.lower() != "make"  # "made up of $80m to repay clients"
        and (noun := _verb_noun(head, lexicon())) is not None
    ):
        # "pay $13m in penalties, as well as $15.5m to settle a lawsuit": what it is for.
        purpose = doc[span.end + 1]
        dobj = [c for c in purpose.children if c.dep_ == "dobj" and _nounish(c, ("NOUN",))]
        tail = f" {_np(dobj[0], skip)}" if dobj else ""
        rest = [t for t in purpose.subtree if t.i > purpose.i and t.dep_ != "det"]
        if (
            not dobj
            and 0 < len(rest) <= 4
            and rest[0].dep_ in ("prep", "prt")
            and not any(t.is_punct or t.i in skip or t.pos_ == "CCONJ" for t in rest)
        ):
            tail = f" {_join(rest)}"  # "to get out of a deal"
        r.object = _paid_by(f"{noun} to {purpose.lower_}{tail}", noun, head, skip)
        r.verb, r.trusted = head, True
        return r
    if hit.kind == "money" and span.end + 1 < len(doc):
        # "pledged £76m in aid" when the parse hangs "in aid" elsewhere: the words decide.
        at = span.end
        if doc[at].text == "(":
            # "$27.5bn (£14.5bn) in unpaid taxes": past the bracketed conversion.
            close = next((t.i for t in doc[at : at + 14] if t.text == ")"), None)
            at = close + 1 if close is not None and close + 2 < len(doc) else at
        prep, pobj = doc[at], doc[at + 1]
        while pobj.dep_ in ("amod", "compound") and pobj.head.i > pobj.i and pobj.i - prep.i < 4:
            pobj = pobj.head
        head_verb = _clause_head(span[0])
        if (
            prep.lower_ in ("in", "of")
            and not (prep.lower_ == "in" and head_verb.lemma_.lower() in _IN_VERBS)
            and pobj.i - prep.i < 4
            and _nounish(pobj, ("NOUN",))
            and pobj.ent_type_ not in ("DATE", "TIME", "GPE")
            and pobj.i not in skip
            and not _trading_time(pobj)
            and pobj.lower_ not in lexicon().times
        ):
            r.object_tok = pobj
            r.object = _np(pobj, skip)
            r.verb = _governing_verb(pobj)
            r.trusted = True
            _as_change(r, span, prep.lower_)
            _as_paid_in(r, span, prep.lower_)
            return r
    dep = anchor.dep_
    # "95% of insurance claims were ...", "owns 30% of EADS": the share is of that thing,
    # unless a copula names the measured thing as subject ("the deficit was 3% of GDP").
    share_of = _share_verb(anchor) if hit.kind == "percent" else None
    if share_of is not None:
        # "consumption, accounting for 70% of sales": the share is the consumption's.
        holder = share_of.head if share_of.dep_ in ("acl", "relcl") else _subject(share_of)
        if holder is not None and holder.i not in skip and _nounish(holder, ("NOUN",)):
            r.object_tok = holder
            r.object = _np(holder, skip)
            r.verb = share_of
            base = _share_base(anchor, skip)
            if base:  # "agriculture, representing 45% of GDP": its share of GDP
                r.object = f"{r.object} as share of {_np(base[0], skip)}"
                r.trusted = True  # ("women make up 5% of the workforce": people as a share)
            return r
        if holder is not None and holder.pos_ == "PRON":
            # "they make up 4.7% of the population": whose, the plural noun before "they"
            # says (resolved with the object's other "they"s), else we cannot say
            base = _share_base(anchor, skip)
            if holder.lower_ == "they" and base:
                said = _resolve_they(f"they as share of {_np(base[0], skip)}", span, skip)
                r.object = None if said.startswith("they ") else said
            r.trusted = True
            return r
    entitled = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" else None
    if (
        hit.kind == "percent"
        and entitled is not None
        and entitled.lower_ == "entitled"
        and (s := _subject(entitled if entitled.dep_ != "acomp" else entitled.head)) is not None
        and s.pos_ == "NOUN"
        and s.i not in skip
    ):
        base = _share_base(anchor, skip)
        if base:
            # "New mothers are entitled to 90% of average earnings": what they are entitled
            # to, as a share of the earnings
            owner_ = _np(s, skip)
            if s.left_edge.is_sent_start:
                owner_ = owner_[:1].lower() + owner_[1:]
            r.object_tok, r.verb, r.trusted = s, entitled, True
            r.object = f"{_possessive(owner_)} entitlement as share of {_np(base[0], skip)}"
            return r
    if (
        hit.kind == "percent"
        and gov.lemma_ == "be"
        and (s := _subject(gov)) is not None
        and s.pos_ == "NOUN"
        and s.i not in skip
        and _bad_object(s, lexicon()) is None
    ):
        base = _share_base(anchor, skip)
        if base:
            # "maternity pay is 90% of average earnings": the pay, as a share of earnings.
            r.object_tok, r.verb, r.trusted = s, gov, True
            r.object = f"{_np(s, skip)} as share of {_np(base[0], skip)}"
            return r
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
                    money = [k for k in doc[c.i + 1 : pobj[0].i] if k.i in skip] if pobj else []
                    if money:
                        # "6% of the £22bn ministers hope to save": a share of that money,
                        # however the parse hangs the words after it.
                        r.object_tok, r.trusted = money[-1], True
                        return r
                    if pobj and _nounish(pobj[0]):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        if _personal(pobj[0]):
                            # "39% of people under 55", the ages hung on the share
                            r.object += "".join(
                                f" {c.lower_} {n.text}"
                                for c in anchor.rights
                                if c.dep_ == "prep" and c.lower_ in ("under", "over")
                                for n in c.children
                                if n.dep_ == "pobj" and n.like_num
                            )
                        r.verb = _governing_verb(t)
                        r.trusted = True
                        moved = _moved_level(anchor, skip)
                        if moved is not None:
                            # "boost aid to 0.7% of national income": aid, as a share.
                            r.object = f"{_np(moved, skip)} as share of {r.object}"
                        acomp = [
                            c
                            for c in gov.children
                            if c.dep_ == "acomp" and c.i > anchor.i and c.i not in skip
                        ]
                        if anchor.dep_ == "nsubj" and gov.lemma_ == "be" and acomp:
                            words = [w for w in acomp[0].subtree if w.i not in skip]
                            if len(words) <= 4:
                                # "53% of the complaints were internet-related": the share
                                # of them in that state.
                                r.object = f"share of {r.object} that {gov.text} {_join(words)}"
                        elif moved is None:
                            r.object = _share_of(anchor, r.verb, r.object, skip)
                        return r
    # "a €3m deal", "a 10% stake": the model often misparses these split tokens, so the
    # determiner-amount-noun order decides.
    doc = span.doc
    first, last = span[0], span[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    prev = doc[first.i - 1] if first.i > 0 else None
    if nxt is not None and nxt.text == "(" and prev is not None and prev.dep_ == "det":
        # "a $2bn (1.53bn euros; £1.05bn) settlement": past the bracketed conversions.
        close = next((t for t in doc[nxt.i : nxt.i + 14] if t.text == ")"), None)
        nxt = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
        after = doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.tag_ in ("VB", "VBP", "VBN")
            and (after is None or after.is_punct or after.pos_ == "ADP")
        ):
            # "the 1.2bn dollars (£458m) rebuild,": a noun in a noun's place, mistagged.
            r.object_tok = nxt
            r.object = nxt.text
            r.verb = None
            r.trusted = True
            return r
    after = doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.pos_ == "VERB"
        and nxt.tag_ in ("VB", "VBP", "VBN")
        and prev is not None
        and prev.dep_ == "det"
        and prev.lower_ in ("a", "an")
        and (after is None or after.is_punct or after.pos_ == "ADP")
        and nxt.lower_ not in _NOT_COUNTED
    ):
        # "led to a $337m hit in the fourth quarter": after "a" and an amount, a noun.
        r.object_tok = nxt
        r.object = nxt.text
        r.trusted = True
        return r
    if (
        nxt is not None
        and (  # "an $850m payout": a noun the tagger took for an adjective
            nxt.pos_ == "NOUN"
            or nxt.pos_ == "ADJ"
            and nxt.dep_ in ("dobj", "nsubj", "pobj")
            or nxt.pos_ == "PROPN"  # "in $4bn Boeing plane deal": a headline's compound
            and nxt.dep_ == "compound"
            and nxt.head.pos_ == "NOUN"
            and 0 < nxt.head.i - nxt.i <= 3
        )
        and nxt.ent_type_ not in ("DATE", "TIME")
        and nxt.lower_ not in _NOT_COUNTED
        and (
            prev is not None
            and prev.dep_ in ("det", "poss")
            or first.dep_ == "det"  # "a one point three per cent volume sales fall"
            or dep in ("nmod", "amod", "compound", "nummod")
            or prev is not None
            and prev.lower_ in ("in", "for")
            and nxt.dep_ == "compound"
            and 0 < nxt.head.i - nxt.i <= 3
        )
    ):
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN":
            nxt = nxt.head  # "15% interest rates"
        holder = _change_holder(nxt, skip)
        way_ = None
        if holder is not None:
            # "profits, which showed a 5.5% rise": a rise in profits
            way_ = "fall" if nxt.lemma_.lower() in _FALL_NOUNS else "rise"
            nxt = holder
        r.object_tok = nxt
        # (an owner before the amount stays: "its $17m profit" is the firm's)
        kept = (  # ("its 2% target" is what the target is of: said elsewhere)
            prev is not None
            and prev.dep_ == "poss"
            and prev.head.i == nxt.i
            and nxt.lemma_.lower() not in _AIM_NOUNS
        )
        r.object = _np(nxt, skip | ({prev.i} if prev is not None and not kept else set()))
        if way_ is not None and hit.kind == "percent":
            r.object = f"{way_} in {r.object}"
        r.verb = _governing_verb(nxt)
        if (
            hit.kind == "percent"
            and nxt.tag_ in _PLURAL_TAGS
            and nxt.dep_ in ("nsubj", "nsubjpass")
            and nxt.head.i > nxt.i
            # "a 10% stake"; "the 11.3% creditors hoped to receive": a clause about the share
            and not (prev is not None and prev.lower_ in ("a", "an", "the"))
            and nxt.lemma_.lower() not in _OWNER_NOUNS
        ):
            # "12.5% searches were on Asian people": a share of the searches, and which.
            pred = _predicate(nxt.head, skip) if nxt.dep_ in ("nsubj", "nsubjpass") else None
            r.object = f"share of {r.object}{' ' + pred if pred and ' ' in pred else ''}"
            r.trusted = True
            return r
        if hit.kind == "percent" and nxt.lemma_.lower() in _OWNER_NOUNS:
            # "a 30% shareholder in Mitsubishi": the stake held.
            r.object = "stake"
            for c in nxt.rights:
                pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                if c.dep_ == "prep" and c.lower_ in ("in", "of") and pobj:
                    r.object = f"stake in {_np(pobj[0], skip)}"
                    break
            if nxt.dep_ == "appos" and nxt.head.pos_ == "PROPN" and nxt.head.i not in skip:
                # "DaimlerChrysler, a 30% shareholder in Mitsubishi": DaimlerChrysler's
                r.object = f"{_possessive(_DESCRIBED.sub('', _name(nxt.head)))} {r.object}"
        return r
    if gov.lower_ == "worth":
        # "$1.2bn-worth of the beans exported": what the worth is of.
        of = [
            p
            for c in gov.rights
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and _nounish(p, ("NOUN",)) and p.i not in skip
        ]
        if of:
            r.object_tok = of[0]
            r.object = _np(of[0], skip)
            # "of the beans exported": the exports of beans.
            acl = [c for c in of[0].rights if c.dep_ == "acl" and c.tag_ == "VBN"]
            noun = _verb_noun(acl[0], lexicon()) if acl else None
            if noun:
                r.object = f"{of[0].lemma_.lower()} {noun}"
            r.verb = _governing_verb(gov)
            r.trusted = True
            return r
    # Climb "worth" and prepositions to what the amount attaches to.
    if gov.lower_ == "worth" and gov.head.i != gov.i:
        before = gov.doc[gov.i - 1] if gov.i > 0 else gov
        anchor, gov, dep = gov, gov.head, gov.dep_
        if _nounish(before, ("NOUN",)) and before.i not in skip:
            gov = before  # "shares worth 1bn francs": the noun worth follows, however parsed
        if _nounish(gov, ("NOUN",)) and gov.i not in skip:  # "tax cuts worth 6.8bn rand"
            r.object_tok = gov
            r.object = _np(gov, skip)
            r.verb = _governing_verb(gov)
            return r
        if _nounish(gov, ("NOUN",)) and gov.i in skip and gov.tag_ in _PLURAL_TAGS:
            # "922 cases worth £38.5m": the value of the counted things.
            r.object, r.trusted = f"value of {gov.text}", True
            return r
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
        if prep.lower_ == "of" and (target.ent_type_ in ("DATE", "TIME") or target.like_num):
            # "a loss for the three months to December of 7.5bn yen": past the date.
            for _ in range(5):
                if target.head.i == target.i:
                    break
                target = target.head
                if _nounish(target, ("NOUN",)) and target.ent_type_ not in ("DATE", "TIME"):
                    break
        if prep.lower_ == "of" and _nounish(target) and target.i not in skip:
            r.object_tok = target
            r.object = _np(target, skip | {t.i for t in prep.subtree})
            r.verb = _governing_verb(target)
            return r
        if (
            prep.lower_ in ("from", "against")
            and target.i in skip
            and (target.like_num or not target.is_alpha)
        ):
            # "1.9% from 2.4%": the earlier value of that amount, whose object it shares.
            r.object_tok, r.trusted = target, True
            return r
        if target.i in skip and target.head.i != target.i:
            # "fines up to a maximum of £2,500": past the comparator's own words.
            target = target.head
            if target.dep_ == "prep" and target.head.i != target.i:
                target = target.head
        # "up from $179m", "higher than $5bn": through the adverb to its verb.
        for _ in range(2):
            if target.pos_ in ("ADV", "ADJ", "ADP") and target.head.i != target.i:
                target = target.head
        if target.pos_ in ("VERB", "AUX"):
            gov, dep = target, "prep"
        elif target.pos_ == "NOUN" and target.i not in skip:
            if prep.lower_ in ("to", "from") and target.lemma_.lower() in _CHANGE_NOUNS:
                # "a drop in profits to £170m from £194m": the levels are the profits'.
                inner = [
                    p
                    for c in target.rights
                    if c.dep_ == "prep" and c.lower_ in ("in", "of")
                    for p in c.children
                    if p.dep_ == "pobj" and _nounish(p, ("NOUN",))
                ]
                if inner and inner[0].i not in skip:
                    r.object_tok = inner[0]
                    r.object = _np(inner[0], skip)
                    r.verb = _governing_verb(target)
                    return r
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
        if gov.lemma_ == "be" and any(c.dep_ == "expl" for c in gov.children):
            # "There were £68m in reported donations": the be-clause's in/of phrase.
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        return r
        if (
            dep in _AGENT_DEPS
            and gov.lemma_.lower() in _SOURCE_VERBS
            and hit.kind == "money"
            # "the $6bn which VEB lent came from banks": the clause says what it is.
            and not any(c.dep_ in ("relcl", "acl") for t in span for c in t.children)
        ):
            # "£13.4m will come from the support grant": the money is the grant's.
            for c in gov.children:
                if c.dep_ == "prep" and c.lower_ == "from" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        r.trusted = True
                        return r
        if dep in _AGENT_DEPS:
            r.object = _verb_phrase(gov, skip)
            r.from_verb = True
            return r
        # "cut the agency's staff by 25%", "increase their stake beyond 49%": the verb's
        # object is what changes.
        if dep in ("dobj", "npadvmod"):
            # "knocked 0.2% off the growth rate", "wiped £5bn off shares": what is reduced.
            for c in gov.children:
                if c.dep_ in ("prep", "prt") and c.lower_ == "off" and c.i not in skip:
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
                    if pobj and _nounish(pobj[0], ("NOUN",)):
                        r.object_tok = pobj[0]
                        r.object = _np(pobj[0], skip)
                        return r
        if (
            hit.kind == "money"
            and dep == "prep"
            and anchor.head.lower_ == "by"
            and gov.lemma_.lower() in _LEVEL_VERBS
            and (noun := _CHANGE_OF.get(gov.lemma_.lower())) is not None
        ):
            # "cut taxes by 6.5bn euros": the money is the cut, not the taxes; "rates could
            # vary by as much as £100": a variation in the rates.
            dobj = [c for c in gov.children if c.dep_ == "dobj" and c.i not in skip]
            if not dobj and (who := _subject(gov)) is not None and who.i not in skip:
                dobj = [who]
            if dobj and _nounish(dobj[0], ("NOUN",)):
                r.object_tok = dobj[0]
                r.object = f"{noun} in {_np(dobj[0], skip)}"
                r.trusted = True
                return r
        if dep == "dobj" and hit.kind == "percent" and gov.lemma_.lower() in _LEVEL_VERBS:
            # "raise prices between 10% and 15%": the parse made both objects of the verb
            moved_ = [
                c for c in gov.children if c.dep_ == "dobj" and c.i not in skip and c.i < span.start
            ]
            if moved_ and _nounish(moved_[0], ("NOUN",)):
                r.object_tok, r.object = moved_[0], _np(moved_[0], skip)
                r.subject = _subject(gov)
                return r
        if dep in ("prep", "npadvmod", "advmod", "pobj"):
            outer = _outer_level_object(gov, anchor, skip)
            if outer is not None:
                # "reduced the debt it took on to fund X to 1.8bn euros": the parse hung "to"
                # on the relative clause; the level is the outer verb's object's.
                r.object_tok, r.object = outer, _np(outer, skip | {t.i for t in outer.rights})
                return r
            dobj = [c for c in gov.children if c.dep_ == "dobj" and c.i not in skip]
            if dobj and _nounish(dobj[0], ("NOUN",)):
                r.object_tok = dobj[0]
                r.object = _np(dobj[0], skip)
                r.subject = _subject(gov)
                return r
        # "losses halved in 2004 to $200m": a participle on the noun it describes.
        if (
            gov.dep_ in ("acl", "relcl")
            and gov.tag_ in ("VBN", "VBG", "VBD")
            and _nounish(gov.head, ("NOUN",))
            and gov.head.i not in skip
        ):
            if not [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]:
                r.object_tok = gov.head
                r.object = _np(gov.head, skip)
                return r
        demo = [c for c in gov.children if c.dep_ == "nsubj" and c.lower_ in ("that", "this")]
        if hit.kind == "money" and gov.lemma_ == "be" and dep == "attr" and demo:
            # "we will extend the maternity pay ..., that's the extra £1,400": the thing
            # the clause before names.
            before = [
                t
                for t in span.doc[span.sent.start : demo[0].i]
                if t.dep_ == "dobj" and _nounish(t, ("NOUN",)) and t.i not in skip
            ]
            if before and not skip & set(range(before[-1].i, demo[0].i)):
                # (with an amount in between, "that" restates the amount, not the noun)
                r.object_tok = before[-1]
                r.object = _np(before[-1], skip)
                r.trusted = True
                return r
        if (
            hit.kind == "money"
            and gov.lemma_.lower() == "cost"
            and any(
                c.dep_ in ("dobj", "dative") and c.i < span.start and c.i not in skip
                for c in gov.children
            )
        ):
            # "corruption has cost it 1bn CFA francs": the subject is a cause; the money
            # is what it cost someone.
            r.object, r.trusted = "cost", True
            return r
        if (
            gov.dep_ == "relcl"
            and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in gov.children)
            and _nounish(gov.head, ("NOUN",))
            and gov.head.i not in skip
            and dep in ("prep", "pobj")
        ):
            # "legal reserves, which it previously set at $500m": the reserves.
            r.object_tok, r.object = gov.head, _np(gov.head, skip)
            return r
        subj = _subject(gov)
        if subj is not None and subj.tag_ == "WDT" and gov.dep_ == "relcl":
            subj = gov.head  # "the minimum salary, which is currently $94"
            if subj.like_num or not subj.is_alpha:
                subj = None  # "10%, which is about 1bn euros": no new object
        if (
            subj is not None
            and subj.tag_ == "VBZ"
            and subj.dep_ in ("nsubj", "nsubjpass")
            and subj.lower_.endswith("s")
            and not any(c.dep_ in ("dobj", "aux") for c in subj.children)
        ):
            # "estimates that remittances to Latin America reached $45bn": a plural noun
            # the tagger took for a verb.
            r.subject = subj
            r.object_tok, r.object, r.trusted = subj, _np(subj, skip), True
            return r
        r.subject = subj
        if (
            hit.kind == "money"
            and dep == "dobj"
            and gov.lemma_.lower() in ("include", "contain", "comprise")
            and subj is not None
            and _nounish(subj, ("NOUN",))
            and subj.i not in skip
        ):
            # "the £3.2bn settlement includes £7.4m from the Treasury": a part of the whole,
            # said by its own "from"/"for"
            own = next(
                (
                    c
                    for t in span
                    for c in t.rights
                    if c.dep_ == "prep" and c.lower_ in ("from", "for", "to") and c.i not in skip
                ),
                None,
            )
            own_toks = set(range(span.start, span.end))
            part_of = _terms_words(own, own_toks) if own is not None else None
            tail = f" {_join(part_of)}" if part_of else ""
            r.object, r.object_tok, r.trusted = f"part of {_np(subj, skip)}{tail}", subj, True
            return r
        if (
            hit.kind == "money"
            and dep == "dobj"
            and gov.lemma_.lower() in ("get", "receive")
            and subj is not None
            and subj.pos_ == "NOUN"
            and subj.tag_ == "NNS"  # "carers", not "French wine"
            and subj.i not in skip
            and _bad_object(subj, lexicon()) in (None, "actor")
            and subj.lower_ not in lexicon().actors
        ):
            # "some carers getting just £50 a week": what is paid to them.
            r.object = f"payment to {_np(subj, skip)}"
            return r
        if (
            subj is not None
            and (subj.pos_ == "NOUN" or subj.text.upper() in _MEASURE_ACRONYMS or _placed(subj))
            and subj.i not in skip
            and (
                subj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")
                or subj.text.upper() in _MEASURE_ACRONYMS  # "GDP fell 0.4%"
                or _placed(subj)
            )
            and subj.lower_ not in lexicon().people  # "Ministers had hoped to get £900m"
            and not (hit.kind == "money" and gov.lemma_.lower() in _MONEY_VERBS and dep == "dobj")
        ):
            r.object_tok = subj
            r.object = _np(subj, skip)
            return r
        if (
            subj is not None
            and subj.pos_ == "PROPN"
            and (subj.ent_type_ or subj.i != subj.sent.start)  # not a capitalised noun
            and gov.lemma_.lower() in _PRICE_VERBS
            and subj.i not in skip
        ):
            # "Corus fell 2.2%": the company's share price.
            r.object_tok = subj
            r.object = _priced(_np(subj, skip), subj)
            r.verb = gov
            return r
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and subj.lower_ in lexicon().people
            and gov.lemma_ not in ("be", "have", "say")
        ):
            noun = _verb_noun(gov, lexicon())
            if hit.kind == "money" and noun:  # "shareholders lost $180bn": a loss
                r.object = _verb_phrase(gov, skip, noun)
                return r
            if hit.kind == "percent" and noun:  # "women earn 19% less": their earnings
                r.object = f"{noun} of {_np(subj, skip)}"
                return r
            r.object = f"{_np(subj, skip)} {gov.text}"  # "shareholders lost" (a count)
            return r
        r.object = _verb_phrase(gov, skip)
        r.from_verb = True
        return r
    if gov.pos_ == "NOUN" and gov.i not in skip:
        r.object_tok = gov
        r.object = _np(gov, skip)
    return r


# Comparatives whose percentage measures a dimension of their subject ("9% smaller").
_SIZE_ADJS = {
    "smaller": "size",
    "bigger": "size",
    "larger": "size",
    "cheaper": "price",
    "dearer": "price",
    "pricier": "price",
}
_SHARE_VERBS = frozenset("account represent comprise constitute amount make form equal".split())


def _share_verb(anchor: Any) -> Any:
    """The verb of "accounting for 70%", "made up 12%", "amounted to 6%", or None."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head  # "make up half of all graduates but only 5% of the workforce"
    h = anchor.head
    if h.dep_ == "prep" and h.lower_ in ("for", "to", "up") or h.pos_ == "ADP":
        h = h.head
    if h.pos_ == "VERB" and h.lemma_.lower() in _SHARE_VERBS:
        if h.lemma_.lower() == "make" and not any(c.lower_ == "up" for c in h.children):
            return None
        return h
    return None


# Nouns for who earns, loses or spends, besides firms and people ("nations' spending").
_DOER_NOUNS = frozenset(
    "nation country state authority council wing division unit arm subsidiary household".split()
)
# Nouns of money verbs whose doer the object names ("shareholders' loss").
_OWNED_NOUNS = frozenset(
    "earnings loss savings spending revenue investment borrowing receipts debt".split()
)
# Nouns of money verbs whose doer is the verb's own subject, or its subject's through "agreed
# to", "had to" ("Marsh agreed to pay $850m": Marsh's payment; not the accuser's in "accused
# Titan of paying $2.1m").
# Where money sent goes, said by an adverb ("sent $16.6bn home").
_AWAY_WORDS = frozenset("home abroad overseas back".split())
_PAID_NOUNS = frozenset(
    [
        *"payment repayment loan donation gift debt bid offer pledge cost charge grant".split(),
        *("award", "money sent", "funds raised"),
    ]
)
# Verbs whose object is what changed hands ("sold the unit for $800m").
_SOLD_VERBS = frozenset("sell buy acquire auction purchase".split())


def _verb_phrase(verb: Any, skip: set[int], noun: str | None = None) -> str:
    """ "invest in Pakistan", "spend on defence": the verb (or `noun`, its nominal: "spending
    on defence") and its first on/in/for/to object; a payment, loan or offer says whose it
    is ("Marsh agreed to pay $850m": "Marsh's payment")."""
    words = _verb_words(verb, skip, noun)
    sued = (
        next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if verb.lemma_.lower() == "sue"
        else None
    )
    if sued is not None and words == noun and _nounish(sued, ("NOUN", "PROPN")):
        words = f"{noun} against {_np(sued, skip)}"  # "sued the Russian government for $28bn"
    return _paid_by(words, noun, verb, skip)


def _paid_by(phrase: str, noun: str | None, verb: Any, skip: set[int]) -> str:
    """ "payment to settle lawsuit" -> "Marsh's payment to settle lawsuit" when Marsh is
    who pays (the money verb's own subject, a name or an organisation)."""
    doer = _own_subject(verb) if noun in _PAID_NOUNS else None
    if (
        doer is None
        or doer.i in skip
        or not (
            doer.pos_ == "PROPN"
            or doer.tag_ == "NNS"
            and noun is not None
            and " " in noun  # "labourers ... sent"
            or doer.pos_ == "NOUN"
            and doer.lemma_.lower()
            in _OWNER_ORGS | lexicon().actors | lexicon().people | _DOER_NOUNS
        )
    ):
        return phrase
    name = _np(doer, skip)
    if name in phrase:  # "carers getting £50": a payment to them, not theirs
        return phrase
    opening = doer.doc[doer.left_edge.i]
    if (
        doer.pos_ != "PROPN"
        and name[:1].isupper()
        and opening.i == doer.sent.start
        and name.split()[0] == opening.text  # (not "The US firm": "US" opens the name)
        and opening.pos_ != "PROPN"
        and not opening.ent_type_  # "Polish workers": a name's word keeps its capital
    ):
        name = name[0].lower() + name[1:]  # "Sales of stakes ... raised": no capital inside
    if doer.tag_ == "NN" and any(c.lower_ == "the" for c in doer.lefts):
        name = f"the {name}"  # "the party's repayment"
    if noun is not None and " " in noun and phrase.startswith(noun):
        # "money sent home by Mexican labourers", "funds raised by Google in its share sale"
        way = "".join(
            f" {c.lower_}" for c in verb.rights if c.lower_ in _AWAY_WORDS and c.i not in skip
        )
        return f"{noun}{way} by {name}{phrase[len(noun) :]}"
    return f"{_possessive(name)} {phrase}"


# What brings money in or saves it, as a clause subject ("the programme saved £75m").
_MEANS_NOUNS = frozenset("programme program plan scheme cut measure reform restructuring".split())


def _verb_words(verb: Any, skip: set[int], noun: str | None = None) -> str:
    words = [noun] if noun else [verb.lemma_.lower()]
    if not noun:
        words += [c.lower_ for c in verb.rights if c.dep_ == "prt"]  # "pay back"
    sold = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
    if noun and verb.lemma_.lower() in _SOLD_VERBS and sold is not None and _nounish(sold):
        return f"{noun} of {_np(sold, skip)}"  # "sold the unit for $800m": sale of unit
    if noun and verb.lemma_.lower() in ("value", "price"):
        # "valued its film unit at £300m", "Exel is valued at £2.6bn": whose value
        valued = sold or next(
            (c for c in verb.lefts if c.dep_ == "nsubjpass" and c.i not in skip), None
        )
        if valued is not None and _nounish(valued) and valued.pos_ != "PRON":
            return f"{noun} of {_np(valued, skip)}"
    given_to = (
        next(
            (c for c in verb.rights if c.dep_ == "dative" and c.i not in skip and _nounish(c)), None
        )
        or next(
            (  # "gives £200 to households": the receiver after its "to"
                p
                for c in verb.rights
                if c.dep_ == "dative" and c.lower_ == "to" and c.i not in skip
                for p in c.children
                if p.dep_ == "pobj" and p.i not in skip and _nounish(p)
            ),
            None,
        )
        or (
            sold
            # "had to pay former partner Fiat 1.55bn euros": the first of two objects is who gets it
            if sold is not None
            and _nounish(sold)
            and any(c.dep_ == "dobj" and c.i in skip and c.i > sold.i for c in verb.rights)
            else None
        )
    )
    if (
        given_to is None
        and verb.dep_ == "relcl"
        and verb.head.i in skip
        and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children)
    ):
        # "the $6bn which VEB lent state-owned Rosneft": "which" is the money, the other
        # object who gets it
        given_to = next(
            (
                c
                for c in verb.rights
                if c.dep_ in ("dobj", "dative") and c.tag_ != "WDT" and _nounish(c)
            ),
            None,
        )
    paid = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if given_to is None and paid is not None:
        # "had to pay former partner Fiat 1.55bn euros": the receiver parsed into the amount
        given_to = next(
            (
                k
                for k in paid.lefts
                if k.dep_ in ("nmod", "compound")
                and k.pos_ == "PROPN"
                and k.i not in skip
                and any(t.i in skip and t.i > k.i for t in paid.lefts)
            ),
            None,
        )
    if noun and given_to is not None and verb.lemma_.lower() in _GIVE_VERBS | {"pay", "owe"}:
        words += ["to", _np(given_to, skip)]
        having = next((c for c in given_to.rights if c.dep_ == "prep" and c.lower_ == "with"), None)
        had = [t for t in having.subtree if t.dep_ != "det"] if having is not None else []
        age = {t.i for t in had if t.like_num and t.head.lower_ in ("over", "under", "aged")}
        if 1 < len(had) <= 5 and not any(t.i in skip - age or t.is_punct for t in had):
            words.append(_join(had))  # "to households with people over 60": which ones
    elif noun and verb.lemma_.lower() == "save":
        # "would save affected countries £3bn": for whom (the object before the money)
        saved_for = given_to or (
            sold
            if sold is not None
            and _nounish(sold)
            and sold.lemma_.lower() not in _MONEY_WORDS
            and any(i > sold.i for i in skip)
            else None
        )
        if saved_for is not None:
            words += ["for", _np(saved_for, skip)]
    if (
        noun
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() in ("cost", "value", "fetch")
        and _nounish(verb.head)
        and verb.head.i not in skip
    ):
        return f"{noun} of {_np(verb.head, skip)}"  # "the Cooper S which costs £17,730"
    # "spend more than $300bn in agricultural subsidies": the parse may hang the "in" on the
    # amount, the verb's object, rather than on the verb.
    held = [
        c
        for d in verb.children
        if d.dep_ == "dobj" and d.i in skip
        for t in d.subtree
        if t.i in skip
        for c in t.rights
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "for")
    ]
    for c in [*verb.rights, *held]:
        if (
            c.dep_ == "prep"
            and (
                c.lower_ in (*_OBJ_PREPS, "to", "into", "through")  # "save through reforms"
                # "cut A$68m from profit targets for Wembley": what it was cut from
                or c.lower_ == "from"
                and verb.lemma_.lower() in _OFF_VERBS | {"cut", "save"}
            )
            and c.i not in skip
        ):
            pobj = [p for p in c.children if p.dep_ == "pobj" and p.i not in skip]
            if pobj and pobj[0].ent_type_ not in ("DATE", "TIME") and not pobj[0].like_num:
                words += [c.lower_, _np(pobj[0], skip)]
                also = next((k for k in verb.rights if k.i > c.i and k.dep_ == "prep"), None)
                if c.lower_ == "from" and also is not None and also.lower_ == "for":
                    # "cut A$68m from profit targets for Wembley (and a UK project)": for what
                    said_for = [t for t in also.subtree if t.dep_ != "det"]
                    if len(said_for) <= 7 and not any(t.is_punct or t.i in skip for t in said_for):
                        words.append(_join(said_for))
                break
            pcomp = [p for p in c.children if p.dep_ == "pcomp" and p.i not in skip]
            if pcomp:  # "spend 5m euros on buying out shareholders"
                sub = [t for t in pcomp[0].subtree if t.i not in skip and not t.is_punct]
                if 0 < len(sub) <= 6:
                    words += [c.lower_, _join(sub)]
                    break
                dobj = [d for d in pcomp[0].children if d.dep_ == "dobj" and d.i not in skip]
                if dobj:  # "went on developing the technology to make ...": verb and object
                    words += [c.lower_, pcomp[0].lower_, _np(dobj[0], skip)]
                    break
    means = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in skip), None)
    if (
        noun
        and (len(words) == 1 or len(words) == 3 and words[1] == "for")
        and means is not None
        and means.pos_ == "NOUN"
        and means.lemma_.lower() in _MEANS_NOUNS
    ):
        # "its cost-cutting programme had saved £75m": savings from the programme
        said = _np(means, skip)
        if means.i == means.sent.start and said.split()[0] == means.sent[0].text:
            said = said[0].lower() + said[1:]  # "Cuts saved £3m": no capital inside
        words[1:1] = ["from", said]
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    giver = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
    if (
        noun
        and len(words) == 1
        and verb.dep_ == "acl"
        and giver is not None
        and giver.i not in skip
        and _nounish(giver)
    ):
        words += ["from", _np(giver, skip)]  # "of the £50m given by the government so far"
    if noun and (len(words) == 1 or len(words) == 3 and words[1] == "to"):
        # "pay $515m to settle an investigation", "fork out £11,500 to own a new Mini": why
        # (the parse may hang the purpose on the verb "pay" depends on: "agreed to pay")
        after = [c for c in verb.head.rights if c.i > verb.i] if verb.dep_ == "xcomp" else []
        for c in [*verb.rights, *after]:
            if (
                c.dep_ in ("advcl", "xcomp")
                and c.tag_ == "VBG"
                and verb.lemma_.lower() in ("spend", "invest")
                and not any(k.dep_ in ("mark", "nsubj") for k in c.lefts)
            ):
                # "plans to spend 500m euros this year buying back shares": spent on that
                what = next((d for d in c.rights if d.dep_ == "dobj" and d.i not in skip), None)
                prt = [k.lower_ for k in c.rights if k.dep_ == "prt"]
                if what is not None and _nounish(what):
                    words += ["on", c.lower_, *prt, _np(what, skip)]
                break
            if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.lefts):
                what = next((d for d in c.rights if d.dep_ == "dobj" and d.i not in skip), None)
                said = _np(what, skip) if what is not None else ""
                if re.search(r"[A-Za-z]", said):
                    words += ["to", c.lower_, said]
                elif what is None:
                    # "to get out of a deal (which could have ...)": the purpose, shortly
                    which = {t.i for k in c.subtree if k.dep_ == "relcl" for t in k.subtree}
                    sub = [
                        t
                        for t in c.subtree
                        if t.dep_ != "det" and t.i not in skip and t.i not in which
                    ]
                    if (
                        len(sub) <= 6
                        and any(k.dep_ in ("prep", "prt") for k in c.rights)
                        and not any(t.is_punct or t.pos_ == "CCONJ" for t in sub)
                    ):
                        words += [t.lower_ if t.pos_ != "PROPN" else t.text for t in sub]
                break
    return " ".join(words)


def _verb_noun(verb: Any, lx: Lexicon) -> str | None:
    """The noun naming a money verb's amount ("paid" -> "payment"); the model's lemmas are
    sometimes off ("fined" -> "fin"), so the written form is tried as well."""
    low = verb.lower_
    for form in (verb.lemma_.lower(), low, low[:-1], low[:-2], low[:-3], low[:-3] + "e"):
        if form in lx.verb_nouns:
            return lx.verb_nouns[form]
    return None


def _bad_object(tok: Any, lx: Lexicon, money: bool = False) -> str | None:
    """Why `tok` cannot name what is measured ("time", "level", "actor", "pos"), or None.
    People are what a count or a share counts ("cut staff by 25%"), never what money is."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.ent_type_ in ("DATE", "TIME") or low in lx.times or tok.like_num:
        return "time"
    if low in _WHERE_WORDS:
        return "time"  # "sent $16.6bn home": where the money went, not what it is
    if (low in lx.levels or lemma in lx.levels) and not any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.lemma_.lower() not in lx.times
        and c.lemma_.lower() not in ("time", "record")
        for c in tok.lefts
    ):
        return "level"  # "an all-time high"; "borrowing figures" say what they measure
    if lemma in _BARE_CHANGES and not _has_complement(tok):
        return "level"  # "up from a £6.4bn rise": a bare change is the subject's
    if (
        tok.pos_ == "PRON"
        or (low in lx.actors or lemma in lx.actors)
        and not (
            lemma in ("business", "unit", "wing")
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts)  # "car business"
        )
    ):
        return "actor"
    plural = f"{lemma[:-1]}ies" if lemma.endswith("y") else f"{lemma}s"
    if (low in lx.people or plural in lx.people) and (money or tok.dep_ in ("nsubj", "nsubjpass")):
        return "actor"  # "officials estimated ...", "save the average pensioner £100"
    if (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "")
        and not (tok.i == tok.sent.start and not tok.ent_type_)  # "Revenues at ...": a noun
        and tok.text.upper() not in _MEASURE_ACRONYMS  # "GDP fell 0.5%": a measure
        and not _placed(tok)
    ):
        return "actor"
    if (
        tok.pos_ != "NOUN"
        and tok.text.upper() not in _MEASURE_ACRONYMS
        and not _placed(tok)
        and not (tok.tag_ in ("VBG", "JJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
        and not (tok.pos_ == "PROPN" and tok.i == tok.sent.start and not tok.ent_type_)
    ):
        return "pos"  # "Spending on housing will rise", "US light crude fell": nominal subjects
    return None


def _clause_subject(span: Any, skip: set[int], lx: Lexicon) -> Any:
    """The subject of the clause the amount is in ("Profits at X rose by 5% to £801m",
    "with copper up 36%"), when it can name what is measured; else None."""
    outs = _outward(span)
    h = outs[0] if outs else None
    subj = None
    for _ in range(8):
        if h is None or h.head.i == h.i:
            break
        h = h.head
        own = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in skip]
        if own:
            subj = own[0]
            break
        if h.lower_ in ("up", "down", "higher", "lower"):
            # "with wine sales in 2003 up 25%": the noun after "with" is what moved;
            # "it leaves GDP up 2.3%": the noun right before.
            doc = h.doc
            before = doc[h.i - 1] if h.i > h.sent.start else None
            if (
                before is not None
                and before.pos_ in ("NOUN", "PROPN")
                and before.i not in skip
                and _bad_object(before, lx) in (None, "actor")
                and before.ent_type_ not in ("PERSON", "GPE", "NORP")
                and before.lower_ not in lx.actors
            ):
                subj = before
                break
            for t in reversed(doc[max(h.sent.start, h.i - 7) : h.i]):
                if t.dep_ == "pobj" and t.head.lower_ == "with" and t.pos_ == "NOUN":
                    subj = t
                    break
            if subj is not None:
                break
        if h.pos_ in ("VERB", "AUX"):
            subj = _subject(h)
            break
    if subj is None or subj.i in skip or subj.tag_ == "WDT":
        return None
    if _bad_object(subj, lx) is not None:
        return None
    return subj


def _contact_clause(span: Any, lx: Lexicon) -> _Reading | None:
    """ "the £22bn ministers hope to save", "the $5bn the firm spent": a relative clause
    with no "which" that the parse seldom finds; its verb's noun names the money."""
    doc = span.doc
    at = span.end
    if at < len(doc) and doc[at].pos_ == "DET":
        at += 1
    if at + 1 >= len(doc) or doc[at].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if doc[at].pos_ == "PRON" and doc[at].tag_ not in ("PRP",):
        return None
    v = doc[at + 1]
    # "the $5bn the firm spent": after a determiner the tagger often says VBN.
    if v.tag_ not in ("VBP", "VBD", "VBZ", "MD") and not (v.tag_ == "VBN" and at > span.end):
        return None
    if v.tag_ == "MD":
        v = v.head if v.head.i > v.i else doc[v.i + 1]
    for _ in range(3):
        if any(c.dep_ == "dobj" for c in v.children):
            return None  # the verb has its own object: not a clause about the money
        noun = _verb_noun(v, lx)
        if noun:
            return _Reading(_verb_phrase(v, {t.i for t in span}, noun), None, v, None)
        nxt = [c for c in v.children if c.dep_ == "xcomp"]
        if not nxt:
            return None
        v = nxt[0]
    return None


def _settle(r: _Reading, span: Any, hit: _Hit, skip: set[int], lx: Lexicon) -> _Reading:
    """Check the tree's reading: an object that is a time, a level ("an all-time high"),
    an actor or a bare verb is replaced by the noun of a money verb ("pay" -> "payment"),
    the share price of a company whose price moved, or the clause's subject; else None."""
    tok = r.object_tok
    if r.trusted and r.object is None:
        return r
    why = _bad_object(tok, lx, hit.kind == "money") if tok is not None and not r.trusted else None
    if r.object is not None and why is None and not r.from_verb:
        return r
    verb = r.verb if r.verb is not None else _clause_head(span[0])
    if verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = None
    vlemma = verb.lemma_.lower() if verb is not None else ""
    if (
        why == "actor"
        and (
            tok.pos_ == "PROPN"
            and (tok.ent_type_ or tok.i != tok.sent.start)
            or tok.lemma_.lower() in _COMPANY_NOUNS
        )
        and tok.dep_ in ("nsubj", "nsubjpass", "appos")
        and hit.kind in ("percent", "money")
        and (vlemma in _PRICE_VERBS or tok.head.lower_ in ("down", "up"))
        and tok.text.upper() not in _MEASURE_ACRONYMS  # "GDP fell 0.5%": no firm
    ):
        # "Elan fell 40%", "Japan's biggest steel company Nippon Steel lost 2.5%"
        named = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        said = (
            _firm_name(tok)
            if tok.pos_ == "PROPN"
            else _firm_name(named)
            if named is not None and tok.lemma_.lower() in _COMPANY_NOUNS
            else _np(tok, skip)
        )
        return _Reading(_priced(said, tok), tok, verb, tok)
    if hit.kind == "money":
        # "Billions of pounds spent on conflict": the money's own participle.
        for t in span:
            for c in t.rights:
                own = (
                    c.dep_ == "acl"
                    and c.tag_ == "VBN"
                    or (
                        # "the $6bn which VEB lent Rosneft": the money is the clause's object.
                        c.dep_ == "relcl"
                        and any(k.dep_ == "dobj" and k.tag_ == "WDT" for k in c.children)
                    )
                )
                noun = _verb_noun(c, lx) if own else None
                if noun:
                    return _Reading(_verb_phrase(c, skip, noun), None, c, None)
        rel = _contact_clause(span, lx)
        if rel is not None:
            return rel
    vnoun = _verb_noun(verb, lx) if verb is not None else None
    priced = (
        next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i not in skip), None)
        # "the world's fourth biggest bank, valued at $180bn": the noun the participle is of
        or (verb.head if verb.dep_ == "acl" and verb.head.i not in skip else None)
        if verb is not None and hit.kind == "money" and vlemma in ("price", "value")
        else None
    )
    if priced is not None and vnoun and _nounish(priced) and priced.pos_ != "PRON":
        # "a used Cooper S is priced from £12,556", "Exel is valued at £2.6bn": whose
        return _Reading(f"{vnoun} of {_np(priced, skip)}", None, verb, priced)
    if (
        why in (None, "actor", "pos", "level", "time")
        and vnoun
        and hit.kind == "money"
        # "the surcharge was raised from £2.50 to £4": a passive's subject is what moved
        and not (
            any(c.dep_ == "nsubjpass" for c in verb.children)
            and span.start > 0
            and span.doc[span.start - 1].lower_ in ("from", "to")
        )
        # "made available", "made up of": not money made
        and not any(
            c.dep_ in ("acomp", "oprd")
            or c.dep_ == "prt"
            and c.lower_ == "up"
            and verb.lemma_.lower() == "make"
            for c in verb.children
        )
    ):
        assert verb is not None
        phrase = _verb_phrase(verb, skip, vnoun)
        doer = _subject(verb) if vnoun in _OWNED_NOUNS else None
        if (
            doer is not None
            and doer.i not in skip
            and (
                doer.pos_ == "PROPN"
                or doer.pos_ == "NOUN"
                and (
                    doer.lemma_.lower() in _OWNER_ORGS | lx.actors | lx.people | _DOER_NOUNS
                    # "The duchy generated £12m": a thing named as known
                    or doer.left_edge.lower_ == "the"
                    and doer.left_edge.dep_ == "det"
                    and not any(t.is_punct or t.dep_ == "cc" for t in doer.subtree)
                    and doer.lemma_.lower() not in _VAGUE_CAUSES
                    and _bad_object(doer, lx) is None
                )
            )
        ):
            # "Its Global Investors wing made £347m", "shareholders lost $180bn": whose
            name = _np(doer, skip)
            if name not in phrase:  # "carers getting £50": a payment to them, not theirs
                phrase = f"{_possessive(name)} {phrase}"
        return _Reading(phrase, None, verb, r.subject)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        hit.kind == "percent"
        and vnoun
        and why in (None, "actor", "pos")
        and after is not None
        and after.lower_ in ("more", "less")
        and after.head.i == verb.i
    ):
        assert verb is not None
        said = _verb_phrase(verb, skip, vnoun)
        if verb.lemma_.lower() in ("pay", "charge", "cost"):
            # "agreed to pay 72% more for iron ore": a rise in what is paid
            said = f"{'rise' if after.lower_ == 'more' else 'fall'} in {said}"
        return _Reading(said, None, verb, r.subject)  # "pay 72% more"
    if why == "level" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "from", "at"):
        change = tok.head.head  # "a surge in gasoline futures to a record high of $1.48"
        if change.pos_ in ("VERB", "AUX"):  # "to a record high" hung on the verb
            change = next((c for c in change.children if c.dep_ == "dobj"), change)
        inner = _complement(change) if change.lemma_.lower() in _CHANGE_NOUNS else None
        if inner is not None and inner.i not in skip:
            return _Reading(_np(inner, skip), inner, verb, None)
        if (
            inner is None
            and change.dep_ == "dobj"
            and change.lemma_.lower() not in _CHANGE_NOUNS
            and change.i not in skip
            and _bad_object(change, lx) is None
        ):
            # "keep interest rates at an all-time low of 3.25%": the level is the rates'.
            return _Reading(_np(change, skip), change, verb, None)
    subj = _clause_subject(span, skip | ({tok.i} if tok is not None else set()), lx)
    if (
        why == "level"
        and subj is not None
        and subj.lemma_.lower() in _ESTIMATE_NOUNS
        and tok.lemma_.lower() in _BARE_CHANGES
    ):
        # "an estimate of 0.1% growth was revised to a 0.3% decline": the estimate is a
        # status; what declines is what it estimated ("growth decline").
        inner = _complement(subj)
        if inner is not None and inner.i not in skip and _nounish(inner, ("NOUN",)):
            return _Reading(f"{inner.lemma_.lower()} {tok.text}", tok, verb, subj)
        return _Reading(tok.text, tok, verb, subj)
    if subj is not None and (tok is None or subj.i != tok.i):
        if why == "level" and tok is not None and tok.lemma_.lower() in _BARE_CHANGES:
            # "GDP rose 2% in 2004, after a 31% decline in 2003": a decline in GDP
            return _Reading(f"{tok.text} in {_np(subj, skip)}", subj, verb, subj)
        return _Reading(_np(subj, skip), subj, verb, subj)
    if why is None and not r.from_verb:
        return r
    if why == "level" and tok.lemma_.lower() in _BARE_CHANGES and tok.i >= span.end:
        # "after Monday's 4% gain": the change itself; whose, the sentence may tell later.
        return _Reading(tok.text, tok, r.verb, r.subject)
    if why == "level" and tok.i > span.end - 1:
        # "prices are settling and it looks like the $40 to $50 level": a level of what
        # an earlier clause of the sentence is about.
        for t in reversed(span.doc[span.sent.start : span.start]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.i not in skip:
                if _bad_object(t, lx) is None and t.ent_type_ == "":
                    return _Reading(_np(t, skip), t, verb, t)
                break
    return _Reading(None, None, r.verb, r.subject)


# -- countries -----------------------------------------------------------------------------


_CHANGE_OF_THING = re.compile(r"^((?:rise|fall|growth|increase|drop|decline) in )?(.+)$")


def _nation_said_before(obj: str, before: str) -> tuple[str, list[str]] | None:
    """ "wine sales" after "Chinese wine sales are growing" in the same sentence: the same
    thing, the country's (object and parties); None when the sentence said no nationality."""
    lead = _CHANGE_OF_THING.match(obj)
    if lead is None or not lead.group(2) or any(w[:1].isupper() for w in lead.group(2).split()):
        return None
    core = lead.group(2)
    at = before.find(f" {core}")
    while at > 0:  # (found by text, not a pattern built for each amount)
        word = before[:at].rsplit(None, 1)[-1] if before[:at].strip() else ""
        after = before[at + 1 + len(core) : at + 2 + len(core)]
        if (
            word[:1].isupper()
            and word[1:].isalpha()
            and word[1:].islower()
            and not after.isalnum()
            and _names_nationality(word)
            and (code := _kb_country(word)) is not None
        ):
            return f"{lead.group(1) or ''}{word} {core}", [code]
        at = before.find(f" {core}", at + 1)
    return None


# A national economy's measures: whose they are is the country the article is about.
_ECONOMY = re.compile(
    r"\b(?:(?:economic )?growth|inflation|unemployment|jobless(?:ness)?|gdp|economy|"
    r"(?:economic|industrial|manufacturing) output|interest rates?|current account|"
    r"(?:trade|budget) (?:deficit|surplus|gap)|(?:public )?borrowing|exports|imports|"
    r"consumer (?:spending|prices|credit)|average earnings|(?:private|household) consumption|"
    r"domestic demand|(?:overall |total )?retail sales|(?:corporate|income) tax|"
    r"gross domestic product|industrial production|poverty(?: levels?| rates?)?|"
    r"sales at [\w ,-]*stores|(?:grocery|furniture|department) store sales|"
    r"spending on (?:health|education|defence|housing|welfare|schools|hospitals|police)|"
    r"base rates?|(?:fuel|food|farm|agricultural) subsidies|subsidies for|public spending|"
    r"government spending|house prices|mortgage lending|new jobs|jobs created|"
    r"(?:expansion|contraction) in (?:the )?(?:fourth|third|second|first) quarter)\b"
    # (bare "rates": the central bank's, "left rates on hold at 4.75%")
    r"|^(?:(?:rise|fall|cut|increase) in )?rates$",
    re.I,
)
# An economy's own figures under an "its" no firm or clause subject took.
_ECONOMY_ITS = re.compile(
    r"\bits (?=(?:\w+ ){0,2}(?:debt|deficit|surplus|economy|gdp|reserves|budget|exports|imports|"
    r"growth|inflation|borrowing)\b)",
    re.I,
)
# Groups of countries or the world: a measure of theirs is no one country's.
_BLOCS = re.compile(
    r"\b(?:(?i:euro ?zone|euro area)|EU|European Union|OECD|G7|G8|G20|world(?:wide)?|global|"
    r"Europe(?:an)?|Asian?|(?<!South )African?|Arab|Latin America|region|"
    r"member (?:countries|states|nations))\b"
)
# Objects whose measure is a firm's or a sector's, or already someone's.
_OWNED_OBJECT = re.compile(
    # (an owner's "'s", but not the state's own: "government's spending")
    r"(?<!\bstate)(?<!\bgovernment)(?<!\bcountry)(?<!\bnation)(?<!\btreasury)['’]"
    r"|\b(?:(?<!retail )(?<!store )sales(?! at [\w ,-]*stores)|(?<!average )earnings|revenues?|"
    r"profits?|firm|company|group|industry|"
    r"sector)\b"
    r"|\b[A-Z][a-z]+\b(?<!\bGDP)",
)


_CAPITAL_WORDS = re.compile(r"[A-Z][A-Za-z.]*")


class _Countries:
    """Token -> country code: entity mentions when the entities stage ran, else the
    knowledge base over the model's GPE/NORP names."""

    def __init__(self, art: Article) -> None:
        self.by_char: dict[int, str] = {}
        self.counts: Counter[str] = Counter()
        # the countries of the named firms, bodies and people ("Bank of England": GBR)
        self.homes: Counter[str] = Counter()
        self.names: dict[str, str] = {}  # a country's name as the article writes it
        self._starts: list[int] | None = None  # the sorted keys of `by_char`, when asked
        for ent in art.entities:
            if not ent.country:
                continue
            if ent.type == "COUNTRY":
                self.names.setdefault(ent.country, ent.name)
            for mm in ent.mentions:
                self.by_char.update(dict.fromkeys(range(mm.span[0], mm.span[1]), ent.country))
                if ent.type in ("COUNTRY", "GPE", "NORP"):
                    self.counts[ent.country] += 1
                elif ent.type in ("ORG", "PERSON"):
                    self.homes[ent.country] += 1
        self.from_entities = bool(self.by_char)
        if not self.from_entities and art.doc is not None:
            for e in art.doc.ents:
                if e.label_ in ("GPE", "NORP"):
                    code = _kb_country(e.text)
                    if code and e.label_ == "GPE" and _names_country(e.text):
                        self.names.setdefault(code, e.text)
                    if code:
                        self.by_char.update(dict.fromkeys(range(e.start_char, e.end_char), code))
                        self.counts[code] += 1

    def of(self, tok: Any) -> str | None:
        got = self.by_char.get(tok.idx)
        if got is None and not tok.text[:1].isupper():
            return None  # (a country or nationality word is written with a capital)
        if (
            got is None
            and (
                tok.ent_type_ == "NORP"
                and self.from_entities
                # "English councils" read as a language, "The French government" as no entity
                or tok.dep_ in ("amod", "compound")
                and tok.text[:1].isupper()
                and tok.ent_type_ in ("LANGUAGE", "NORP", "")
                and not (tok.i > 0 and tok.doc[tok.i - 1].text in _REGION_WORDS)
            )
        ):
            got = _kb_country(tok.text)  # "English local authorities": no entity of its own
        return got

    def names_one(self, sent: Any, text: str) -> bool:
        """Whether a sentence names a country: a mention in its bounds, else a capitalised
        word of it that `of` takes for one (the same answer as asking `of` of every token)."""
        if self._starts is None:
            self._starts = sorted(self.by_char)
        at = bisect_left(self._starts, sent.start_char)
        if at < len(self._starts) and self._starts[at] < sent.end_char:
            return True
        # (past the mentions, `of` names only a country or nationality word: none such in
        # the sentence's words, no token to ask)
        words = _CAPITAL_WORDS.findall(text, sent.start_char, sent.end_char)
        if not any(_kb_country(w) or _kb_country(w.rstrip(".")) for w in words):
            return False
        return any(t.text[:1].isupper() and self.of(t) for t in sent)

    def main(self) -> list[str]:
        """The country an article names most, when it is named at least twice and more
        often than any other; else none."""
        top = self.counts.most_common(2)
        if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
            return []
        return [top[0][0]]

    def home(self) -> list[str]:
        """The country an article is about: the one it names most (`main`), else, when it
        names no country twice, the one its bodies and people are of, three mentions at
        least and more than any other ("the Bank of England", "Mervyn King": GBR)."""
        named = self.main()
        if named or max(self.counts.values(), default=0) >= 2:
            return named
        top = (self.homes + self.counts).most_common(2)
        if not top or top[0][1] < 3 or len(top) > 1 and top[1][1] >= top[0][1] - 1:
            return []
        return [top[0][0]]

    def dyad(self) -> list[str]:
        top = [c for c, n in self.counts.most_common(2) if n >= 2]
        return sorted(top) if len(top) == 2 else []


@lru_cache(maxsize=4096)
def _kb_names(text: str, how: str) -> bool:
    """Whether `text` is a country's name (`how="country"`, not a city of it: "London") or
    its nationality word (`how="country_by_adjective"`: "German")."""
    try:
        from communique.kb import KnowledgeBase

        return getattr(KnowledgeBase.load(), how)(text) is not None
    except Exception:  # noqa: BLE001 - without the KB every place counts
        return True


def _names_country(text: str) -> bool:
    return _kb_names(text, "country")


def _names_nationality(text: str) -> bool:
    return _kb_names(text, "country_by_adjective")


@lru_cache(maxsize=4096)
def _kb_country(text: str) -> str | None:
    try:
        from communique.kb import KnowledgeBase

        c = KnowledgeBase.load().resolve_country(text)
        return c.code if c else None
    except Exception:  # noqa: BLE001 - the KB is optional here: no parties without it
        return None


# "North American", "Latin America": a region, not the country its last word names.
_REGION_WORDS = frozenset("North South East West Latin Central".split())
_OBJ_OWNER = re.compile(
    r"(?<![\w.])(?<!North )(?<!South )(?<!Latin )(?<!Central )([A-Z][\w.]*(?: [A-Z][a-z]+)?)['’]s\b"
)
_OBJ_NATION = re.compile(
    r"(?<![\w.])(?<!North )(?<!South )(?<!Latin )(?<!Central )(?<!in )(?<!of )"
    r"([A-Z][\w.]*)\b(?! [A-Z])"
)


def _object_country(obj: str) -> list[str]:
    """The country an object names as its owner ("India's construction sector", "UK's
    Muslims") or by a nationality word ("US insurance broker", "Ethiopians helped"); not a
    place given with "in" ("shares in London"), nor a word inside a name ("France Telecom")."""
    for m in _OBJ_OWNER.finditer(obj):
        if _names_country(m.group(1)) and (code := _kb_country(m.group(1))):
            return [code]
    for m in _OBJ_NATION.finditer(obj):
        word = m.group(1)
        if _names_nationality(word) and (code := _kb_country(word)):
            return [code]
    for m in _NATION_BEFORE_NAME.finditer(obj):
        # "an offer from Swiss Xstrata": a nationality word before a name is the name's
        # country (not a country's name inside a firm's: "France Telecom")
        word = m.group(1)
        if _names_nationality(word) and not _names_country(word) and (code := _kb_country(word)):
            return [code]
    for m in _NATION_FIRM.finditer(obj) if _FIRM_WORD.search(obj) else ():
        # "acquisition of US firm ISG": the country a firm is described by
        word = m.group(1)
        if (_names_country(word) or _names_nationality(word)) and (code := _kb_country(word)):
            return [code]
    index = _INDEX_IN_OBJECT.search(obj)
    if index is not None:
        return [_INDEX_COUNTRY[index.group(1).lower()]]  # "fall in Nasdaq index"
    return []


_FIRM_WORD = re.compile(r" (?:" + "|".join(sorted(_COMPANY_NOUNS)) + r")\b")
_NATION_FIRM = re.compile(
    r"(?<![\w.])([A-Z][\w.]*(?: [A-Z][a-z]+)?) (?:" + "|".join(sorted(_COMPANY_NOUNS)) + r")\b"
)


# A place an object names with "in" ("guilty of terrorist acts in UK").
_OBJ_IN_PLACE = re.compile(
    r"\b(?:in|out of|out) ((?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2,3})\b(?![ -]?[A-Z'’])"
)
_NATION_BEFORE_NAME = re.compile(r"(?<![\w.])(?<!in )(?<!of )([A-Z][a-z]+) (?=[A-Z])")


def _local_unit(said: str, unit: str, countries: _Countries, lx: Lexicon) -> str:
    """ "24.2 trillion pesos" in an article about Colombia: Colombian pesos. A bare currency
    word several countries use takes the currency of the country the article names most."""
    words = said.lower().split()
    word = words[-1] if words else ""
    by = lx.local.get(word)
    if not by or lx.words.get(word) != unit or " ".join(words[-2:]) in lx.words:
        return unit  # not shared, or qualified: "Argentine pesos"
    named = [(n, c) for c, n in countries.counts.items() if c in by]
    return by[max(named)[1]] if named else unit


def _clause_subject_noun(span: Any) -> Any:
    """The noun the amount's clause is about: its subject, or the antecedent of a "which"
    subject ("the country, which has about $200bn in reserves")."""
    head = _clause_head(span[0])
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ == "WDT" and head.dep_ == "relcl":
        return head.head
    return subj


# The words `_pronoun_owner` reads ("its", "their", "it", "them"), to pass by sentences
# with none.
_IT_WORDS = re.compile(r"\b(?:its|their|it|them)\b", re.I)


def _pronoun_owner(span: Any, countries: _Countries, skip: set[int]) -> list[str]:
    """Countries of the sentence's subject when the amount's phrase belongs to "its" or
    "their" ("its claim for $280bn", "their export incomes"); else none."""
    outs = _outward(span)
    h = outs[0].head if outs else None
    owned = False
    for _ in range(3):
        if h is None:
            break
        near = [h, *(c for c in h.children if c.dep_ == "dobj")]  # "threw out its claim for"
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for n in near for c in n.children):
            owned = True
            break
        if h.head.i == h.i:
            break
        h = h.head
    if not owned:
        v = _clause_head(outs[0].head) if outs else None
        owned = v is not None and any(
            c.dep_ in ("dative", "dobj") and c.lower_ in ("it", "them")
            for w in (v, v.head)
            for c in w.children
        )  # "corruption has cost it 1bn CFA francs"
    if not owned and outs:
        # "He names Russia as the failing state as it has an estimated 90% of all fissile
        # material": "it" is the one country a core word of the sentence named before
        v = _clause_head(outs[0].head)
        it = next((c for c in v.lefts if c.dep_ == "nsubj" and c.lower_ == "it"), None)
        if it is not None:
            doc = span.doc
            named = [
                code
                for t in doc[span.sent.start : it.i]
                if t.dep_ in ("nsubj", "nsubjpass", "dobj") and (code := countries.of(t))
            ]
            if len(set(named)) == 1:
                return named[:1]
    if not owned:
        return []
    root = span[0].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found: list[str] = []
    if subj is not None:
        for t in subj.subtree:
            code = countries.of(t)
            if code and code not in found and t.i not in skip:
                found.append(code)
    return found


def _own_subtree(tok: Any, own: set[int], others: set[int]) -> list[Any]:
    """`tok`'s subtree without branches that hold another amount and not this one: in
    "sales of 13% in New York and 16% in Ireland", Ireland belongs to the 16%."""
    out: list[Any] = []
    stack = [tok]
    # (the parse is projective: a subtree is the span of its edges)
    mine, theirs = sorted(own), sorted(others)

    def holds(marks: list[int], lo: int, hi: int) -> bool:
        k = bisect_left(marks, lo)
        return k < len(marks) and marks[k] <= hi

    if not holds(theirs, tok.left_edge.i, tok.right_edge.i):
        return list(tok.subtree)  # no other amount inside: the whole subtree, in order
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            lo, hi = c.left_edge.i, c.right_edge.i
            if holds(theirs, lo, hi) and not holds(mine, lo, hi):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


# Agreements and programmes named for the city they were made in ("the Lisbon agenda").
_ACCORD_NOUNS = frozenset(
    "target agenda treaty protocol criterion round process strategy accord pact convention".split()
)


# Nouns whose "against" side is a party of their amount ("a $28bn claim against Russia").
_AGAINST_OWNED = frozenset(
    "claim case lawsuit suit action judgement judgment ruling fine sanction award bid".split()
)


def _parties(
    r: _Reading,
    countries: _Countries,
    span: Any,
    amount_toks: set[int] | None = None,
    sent: Any = None,
) -> list[str]:
    found = _parties_found(r, countries, span, amount_toks, sent)
    head = _clause_head(span[-1])
    if _where_clause(head) and _names_country(_name(head.head)):
        # "in the US, where there are 16 million citizens of Mexican origin": there too
        place = head.head
        for t in (*(c for c in place.lefts if c.dep_ == "compound"), place):
            code = countries.of(t)
            if code and code not in found:
                found.append(code)
    return found


def _parties_found(
    r: _Reading,
    countries: _Countries,
    span: Any,
    amount_toks: set[int] | None = None,
    sent: Any = None,
) -> list[str]:
    found: list[str] = []

    def add(tok: Any) -> None:
        code = countries.of(tok)
        if not code:
            return
        if any(
            a.dep_ == "prep"
            and a.lower_ == "against"
            and a.head.lemma_.lower() not in _AGAINST_OWNED
            and a.head.i not in skip
            for a in tok.ancestors
        ):
            return  # "10% before the uprising against Israeli occupation": the other side
        if tok.lower_ in ("america", "american") and tok.i > 0:
            if tok.doc[tok.i - 1].lower_ in ("north", "south", "latin", "central"):
                return  # "plants in western Europe and North America": a region
        if (
            code
            and tok.dep_ == "compound"
            and tok.head.pos_ == "PROPN"
            and not _names_country(tok.text)
            and not _names_nationality(tok.text)
        ):
            return  # "the Mecca Bingo chain": a town inside a name
        if (
            code
            and tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.lemma_.lower() in _ACCORD_NOUNS
            and not _names_country(tok.text)
            and not _names_nationality(tok.text)
        ):
            return  # "the Lisbon targets", "the Kyoto protocol": named for a city, not its
        if (
            code
            and tok.dep_ == "pobj"
            # (or "the men freed from Guantanamo Bay": where they were, not whose)
            and tok.head.lower_ in ("in", "at", "from")
            and tok.ent_type_ in ("GPE", "LOC", "FAC")
        ):
            name = _name(tok)
            if not _names_country(name):
                return  # "Brent crude in London", "ministers meeting in Brussels": a venue
        if code and code not in found:
            found.append(code)

    skip = {t.i for t in span}
    others = (amount_toks or set()) - skip

    def both_sides() -> list[str]:
        """ "Italy's Illva has agreed to buy 33% of Changyu, the largest wine maker in China":
        a deal's amount is the buyer's too."""
        if r.verb is not None and r.verb.lemma_.lower() in _DEAL_VERBS:
            doer = r.subject if r.subject is not None else _subject(r.verb)
            if doer is not None and doer.i not in skip:
                for t in _own_subtree(doer, skip, others):
                    add(t)
        return found

    for t in span:  # "9% in Germany", "the UK's 1.6m Muslims": the amount's own place first
        for c in t.children:
            if c.dep_ == "poss" and c.i not in skip:
                for x in c.subtree:
                    add(x)
            if (
                c.dep_ == "prep"
                and c.lower_ in ("in", "for", "from", "to", "of")
                and c.i not in skip
            ):
                for x in _own_subtree(c, skip, others):
                    add(x)
    if found:
        return both_sides()
    if r.object_tok is not None:
        obj = r.object_tok
        doc_ = obj.doc
        for t in _own_subtree(obj, skip, others):
            if (
                t.head.dep_ == "prep"
                and t.head.i > 1
                and doc_[t.head.i - 1].is_punct
                and doc_[t.head.i - 2].pos_ == "CCONJ"
            ):
                continue  # "a 9% rise in New York and, in Ireland, a 1.3% fall": the next one's
            if t.i not in skip and (
                t.i <= obj.i
                or t.dep_ in ("pobj", "conj", "prep")
                or t.dep_ in ("amod", "compound", "poss")
                and t.head.dep_ == "pobj"  # "for the German economy", "in China's Changyu"
            ):
                add(t)
        # (not "the gap between US exports and imports", one country's already)
        if r.object and _BILATERAL.search(r.object) and not found:
            dy = countries.dyad()
            if dy:
                return dy
        gap = r.object_tok
        if (
            len(found) == 1
            and gap.lemma_.lower() in ("deficit", "surplus", "imbalance")
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in gap.rights)
        ):
            # "the deficit with China": the other side is the country the article is about
            other_side = [c for c, _ in countries.counts.most_common(2) if c not in found]
            if other_side:
                found.append(other_side[0])
        if found:
            return both_sides()
    if r.object_tok is not None and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in r.object_tok.children
    ):
        return found  # "cut Turkcell's stake": Turkcell's, not the parliament's country
    if r.verb is not None:
        subj = r.subject if r.subject is not None else _subject(r.verb)
        if subj is not None:
            for t in _own_subtree(subj, skip, others):
                add(t)
        dealt = r.verb.lemma_.lower() in _DEAL_VERBS
        for c in r.verb.children:
            if (
                c.dep_ in ("dative",)
                # "agreed to buy US steelmaker ISG for $4.5bn", "sues Russia for $28bn": the
                # other side of the deal
                or dealt
                and c.dep_ == "dobj"
                or c.dep_ == "prep"
                and c.lower_ in ("to", "with", "from", "in", "into", "between", "for")
            ):
                for t in _own_subtree(c, skip, others):
                    if t.i not in skip:
                        add(t)
    if not found:
        # "lists in England were at their lowest, with 856,600 people waiting", "Efforts to
        # promote French wine are to be boosted by 3.5m euros": the subject of a clause the
        # amount hangs on, from the nearest up
        # (not across "and": "US crude rose $1, while Brent gained $1.32" is Brent's own),
        # a speaker's country only when the article is about it ("The Bank of Mexico said
        # remittances grew 24%", not "the US Agriculture Department said Chinese sales grew")
        for t in span:  # "the 2.5% which the French government had predicted": whose
            for c in t.rights:
                if c.dep_ == "relcl":
                    for k in c.children:
                        if k.dep_ in ("nsubj", "nsubjpass") and k.tag_ != "WDT":
                            for x in _own_subtree(k, skip, others):
                                add(x)
        if not found:
            sent = span.sent if sent is None else sent  # (the caller's: "Span.sent" walks)
            if sent.root.pos_ not in ("VERB", "AUX") and not any(
                t.pos_ in ("VERB", "AUX") for t in sent
            ):
                for t in sent:  # a headline with no verb: "US bank in $515m SEC settlement"
                    if t.i not in skip:
                        add(t)
        head = _clause_head(span[-1])
        for _ in range(4):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            subj = subjects[0] if subjects else None
            if head.dep_ == "relcl" and any(
                c.tag_ == "WDT" and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children
            ):
                # "Allied Domecq, which has a capitalisation of £5.7bn": the firm's own, not
                # the main clause's ("US foods giant Kraft Foods, which it owes $15.1m": the
                # other side's too)
                for t in _own_subtree(head.head, skip, others):
                    add(t)
                if found or head.head.pos_ == "PROPN":
                    break  # ("the country, which has $200bn": which country, said above)
            # "and, in Ireland, only a 1.3% fall": the clause's place; "Agriculture is the
            # main activity in Ethiopia, representing 45% of GDP": its predicate's place
            attrs = [c for c in head.children if c.dep_ == "attr" and head.lemma_ == "be"]
            for c in (*head.children, *(k for a in attrs for k in a.rights)):
                if c.dep_ == "prep" and c.lower_ == "in" and c.i not in skip:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ == "GPE" and _names_country(p.text):
                            add(p)
            if found:
                break
            if subj is not None and subj.i not in skip:
                # (all of them: the parse may split one subject in two)
                own = [
                    t for k in subjects if k.i not in skip for t in _own_subtree(k, skip, others)
                ]
                for t in own:
                    add(t)
                if found and head.lemma_.lower() in _SAY_VERBS | {"say", "report", "add"}:
                    top = countries.counts.most_common(1)
                    found = [c for c in found if top and c == top[0][0]]
                if found or any(t.ent_type_ in ("GPE", "LOC") for t in own):
                    break  # "Brent crude in London": placed already
            for c in head.children:
                if c.dep_ == "agent" and any(k.dep_ == "nsubjpass" for k in head.children):
                    # "The unit was auctioned by Russian authorities to pay off a $27.5bn
                    # bill": the doer of a passive
                    doer = next((p for p in c.children if p.dep_ == "pobj"), None)
                    for t in doer.lefts if doer is not None else []:
                        if t.dep_ in ("amod", "compound", "poss") and t.i not in skip:
                            add(t)
            if found:
                break
            if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
                for t in _own_subtree(head.head, skip, others):
                    add(t)  # "the eastern part of Germany, where the rate is 18.8%"
                if found:
                    break
            if head.head.i == head.i or head.dep_ == "parataxis":
                break
            head = _clause_head(head.head)
    return found


# -- the rest of the record ----------------------------------------------------------------


_TAIL_WORD = re.compile(r"[a-z0-9]+\.?$")


def _comparator(
    text: str, hit: _Hit, sent_start: int, lx: Lexicon, doc: Any = None
) -> tuple[str, str | None, int]:
    """(comparator, the wording, where the wording starts)."""
    if hit.high is not None:
        return "~", None, hit.start
    raw = text[max(sent_start, hit.start - 40) : hit.start]
    # (an opening quote between the wording and the number: about "27% of the world's")
    before = re.sub(r"\s+", " ", raw.lower()).rstrip().rstrip("\"“‘'").rstrip()
    tail = _TAIL_WORD.search(before)
    # (a comparator's last word ends the text before the number, or none of them can)
    for phrase, comp in lx.comparators if tail and tail.group() in lx.comparator_tails else ():
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
    if hit.kind == "money" and re.search(r"(?:^|\s)past$", before):
        # "took crude oil prices past $50 a barrel": a level passed (money only: "the past
        # 12 months" is a time)
        return ">", "past", hit.start - len(raw) + _rfind_words(raw.lower(), "past")
    mark = _ABOVE_THE.search(before)
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
        return ">", None, hit.start
    return "=", None, hit.start


_ABOVE_THE = re.compile(r"\b(above|over|beyond|past|below|under|beneath)\s+the$")
_MARK_AFTER = re.compile(
    r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:mark|level|barrier|threshold|line|ceiling|floor)\b"
)
# Verbs that "up" makes a phrasal verb of, so "up to" after them is where a level went.
_UP_VERBS = frozenset(
    """push drive go move run shoot jump climb rack ramp step put bring mark revise round
    pick add sum take build pile hike jack prop crank ratchet gear scale buoy pump boost
    bump edge inch creep trade bid talk send force lift""".split()
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


def _ref_date(art: Article) -> date | None:
    if art.published:
        try:
            return date.fromisoformat(art.published[:10])
        except ValueError:
            return None
    return None


def _clause_head(tok: Any) -> Any:
    """The first verb at or above `tok` (or the root)."""
    return _clause_head_at(tok.doc, tok.i)


@lru_cache(maxsize=1024)
def _clause_head_at(doc: Any, i: int) -> Any:
    h = doc[i]
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
        h = h.head
    return h


_COMPARED_PERIOD = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?|on|from)\s+$", re.I
)
_PRIOR_BEFORE = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+on)\s+(?:an?\s+)?$",
    re.I,
)


def _is_prior(span: Any, text: str | None = None) -> bool:
    """An earlier or compared value: "from $4bn", "against 6.3bn kronor", "compared with a
    $375m profit"."""
    to = span.doc[span.start - 1] if span.start > 0 else None
    if to is not None and to.lower_ == "to" and span.start <= to.head.i < span.end:
        return False  # "from 155,000 to 110,000 staff": "staff" hung on "from", the level after
    for t in _outward(span):
        # "from the loss of 364m euros": up through the noun the amount belongs to.
        for _ in range(4):
            if t.dep_ == "pobj" and t.head.lower_ in ("from", "against"):
                # (not "is priced from £12,556", "starting from $99": the lowest level)
                return t.head.head.lemma_.lower() not in ("price", "start", "cost")
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
    # A few tokens back, not `doc.text` (which joins the whole document on every call); the
    # article's own text when the caller has it (a slice, not a join of tokens).
    lo = span.doc[max(0, span.start - 4)]
    before = (
        text[lo.idx : span.start_char]
        if text is not None
        else span.doc[lo.i : span.start].text_with_ws
    )
    return bool(_PRIOR_BEFORE.search(before))


# Edges that start a clause of its own: a period beyond one does not bound the amount.
_CLAUSE_EDGES = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "appos"})


def _path(tok: Any) -> list[Any]:
    """`tok` and its heads up to the sentence root."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _appositive(tok: Any) -> bool:
    """Whether `tok` hangs in an apposition below its clause's verb."""
    h = tok
    for _ in range(6):
        if h.dep_ == "appos":
            lo, hi = sorted((h.head.i, h.left_edge.i))
            # "hit a record $166bn": no comma, so a misparse of "a record of $166bn".
            if any(t.is_punct for t in h.doc[lo + 1 : hi + 1]) or h.head.i > h.i:
                return True
        if h.head.i == h.i or h.head.pos_ in ("VERB", "AUX"):
            return False
        h = h.head
    return False


def _shares_clause(amount: list[Any], period: list[Any]) -> bool:
    """Whether the period's attachment and the amount meet without either path leaving
    its clause: "growth of 5% expected in 2004" (the period is on a participle of the
    amount's noun), "In 2004 profits were expected to rise 5%"."""
    if not amount or not period:
        return False
    a_path, p_path = _path(amount[0]), _path(period[0])
    p_ids = {t.i for t in p_path}
    meet = next((t for t in a_path if t.i in p_ids), None)
    if meet is None:
        return False
    for path in (a_path, p_path):
        for t in path:
            if t.i == meet.i:
                break
            if t.dep_ in _CLAUSE_EDGES and not (
                path is a_path
                and (
                    _bare_participle(t, {k.i for k in a_path})
                    or _parallel_clause(t)
                    and period[0].i < t.i
                    # the period is the first verb's own ("had sales of $5bn in 2004 and
                    # made $1bn"), not an earlier value's ("from 10.2% in 2003 and cut")
                    and any(p.head.i == t.head.i for p in _outward(period))
                )
                or path is p_path
                and _opening_participle(t)
            ):
                return False
    return True


def _parallel_clause(t: Any) -> bool:
    """ "sales rose 8% in 2004 while revenues added 4%": a "while" clause in parallel with
    the main one shares its period."""
    if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ in ("VERB", "AUX"):
        # "had sales of $5.2bn in 2004 and made a profit of $901m": one subject, one period
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    return t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children
    )


def _opening_participle(t: Any) -> bool:
    """ "Reporting its results for the three months to December 2004, the airline made
    £75m": a subjectless participle before the main clause sets its period."""
    return (
        t.dep_ == "advcl"
        and t.tag_ in ("VBG", "VBN")
        and t.i < t.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
    )


def _bare_participle(t: Any, path: set[int]) -> bool:
    """ "revenue tripled in 2004, exceeding $86m": a subjectless -ing clause tacked on
    the main one, so the main clause's period is its own; not when the participle has an
    object of its own ("bringing total savings to £100m": a running total)."""
    return (
        t.dep_ == "advcl"
        and t.tag_ == "VBG"
        and t.i > t.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in t.children)
        and not any(c.dep_ == "dobj" and c.i not in path for c in t.children)
    )


def _opens_sentence(ps: Any) -> bool:
    """ "For all of 2004, ...", "Last year ...": a period that opens the sentence bounds
    every amount in it."""
    sent = ps[0].sent
    lead = [t for t in ps.doc[sent.start : ps[0].i] if not t.is_punct]
    if len(lead) > 1 or lead and lead[0].lower_ not in ("in", "for", "during", "over", "but"):
        return False
    nxt = ps.doc[ps[-1].i + 1] if ps[-1].i + 1 < sent.end else None
    return bool(lead or nxt is None or nxt.text == "," or ps[0].i == sent.start)


def _meet_depth(a: Any, p: Any) -> int:
    """Depth (from the root) of the first head shared by `a` and `p`; -1 if none."""
    p_ids = {t.i for t in _path(p)}
    meet = next((t for t in _path(a) if t.i in p_ids), None)
    return -1 if meet is None else len(_path(meet))


def _nearer(doc: Any, other: _Hit, outs: list[Any], pouts: list[Any]) -> bool:
    """Whether the period hangs closer in the tree to `other` than to the amount."""
    sp = _tokens(doc, other.start, other.end)
    if sp is None or not len(sp) or not outs or not pouts:
        return False
    o_outs = _outward(sp)
    if not o_outs:
        return False
    return _meet_depth(o_outs[0], pouts[0]) > _meet_depth(outs[0], pouts[0])


def _bracketed(text: str, lo: int, at: int) -> bool:
    """Whether `at` is inside a bracket opened after `lo` ("from £3bn ($6bn) in 2003")."""
    gap = text[lo:at]
    return gap.rfind("(") > gap.rfind(")")


def _period(
    periods: list[Period],
    offset: int,
    span: Any,
    hit: _Hit,
    doc: Any,
    others: list[_Hit],
    text: str,
    near: list[_Hit] | None = None,
    prior: bool | None = None,
) -> Period | None:
    """The period expression in the amount's clause nearest to it, not reached across an
    earlier value (`others`: the sentence's "from"/"against" amounts)."""
    if not periods:
        return None
    outs = _outward(span)
    clauses = {_clause_head(t.head).i for t in outs}
    if outs and _appositive(outs[0]):
        clauses = {-1}  # "Acme, a 25% shareholder, decided in 2004": not the stake's period
    # "rose to $5bn in 2004 from $4bn": an earlier value does not share the clause's
    # period; only a period written after it ("from $2.8bn in 2003") is its own.
    prior = _is_prior(span, text) if prior is None else prior
    # "a $206bn settlement reached with 46 states in 1998": an amount inside the noun this
    # amount sizes does not take that noun's period from it
    sized = (
        outs[0].head if outs and outs[0].dep_ in ("nmod", "compound", "nummod", "amod") else None
    )
    inside = {t.idx for t in sized.subtree} if sized is not None else set()
    best: tuple[int, Period] | None = None
    for p in periods:
        s, e = p.start + offset, p.end + offset
        if s < hit.end and hit.start < e or prior and s < hit.end:
            continue
        ps = _tokens(doc, s, e)
        if ps is None or len(ps) == 0:
            continue
        if not prior and _COMPARED_PERIOD.search(
            doc[max(ps[0].sent.start, ps.start - 4) : ps.start].text_with_ws
        ):
            continue  # "ten times more than in 2003": the period of the compared value
        pouts = _outward(ps)
        if (
            clauses
            and not clauses & {_clause_head(t.head).i for t in pouts}
            and not _shares_clause(outs, pouts)
            and not _opens_sentence(ps)
        ):
            continue
        lo, hi = (hit.end, s) if s >= hit.end else (e, hit.start)
        if any(
            lo <= o.start
            and o.end <= hi
            and not _bracketed(text, lo, o.start)
            and not _WORTH_BETWEEN.fullmatch(text, hit.end, o.start)  # "831 cases worth £35m"
            for o in others
        ):
            continue  # "to X from Y in 2003": 2003 is Y's, not X's
        if any(
            lo <= o.start
            and o.end <= hi
            and not _bracketed(text, lo, o.start)
            and not _WORTH_BETWEEN.fullmatch(text, hit.end, o.start)
            and _nearer(doc, o, outs, pouts)
            and o.start not in inside
            for o in near or []
        ):
            continue  # "was 2bn, after a loss of 300m in 2002": the loss is nearer in the tree
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


# Where counted nationals live or work ("Mexicans living in US").
_LIVING_IN = re.compile(r"\b(?:liv|resid|work|settl|based)\w*\s+in\s+(?:the\s+)?([A-Z][\w ]+)$")
_DEAL_WORDS = frozenset("deal agreement transaction".split())


def _deal_for(obj: str, deal: Any, skip: set[int]) -> str | None:
    """ "placed an order for 70 planes, in a deal valued at $4bn": the value of that order,
    not of a bare "deal"; None when the deal is named by more than itself."""
    if deal.lemma_.lower() not in _DEAL_WORDS:
        return None
    bare = re.sub(r"^(?:value of )?(?:[\w .&-]+['’]s? )?", "", obj.lower())
    if bare != deal.lower_:
        return None  # ("$2bn jet engine deal": said what it is)
    if deal.dep_ != "pobj" or deal.head.lower_ not in ("in", "under"):
        return None
    gov = deal.head.head
    thing, doer, agreed = (gov if gov.pos_ == "NOUN" else None), None, None
    if gov.pos_ == "NOUN" and gov.dep_ == "pobj" and gov.head.lower_ == "to":
        agreed = gov.head.head  # "MCI agreed to a buyout by Verizon, in a deal ..."
    if gov.pos_ == "VERB":
        thing = next((c for c in gov.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if thing is not None:
            doer = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        else:
            thing = next(
                (
                    p
                    for c in gov.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children
                    if p.dep_ == "pobj" and p.pos_ == "NOUN"
                ),
                None,
            )
            agreed = gov
    if thing is None or thing.i in skip or thing.lemma_.lower() in _DEAL_WORDS:
        return None
    owner = (
        f"{_DESCRIBED.sub('', _name(doer))}'s "
        if doer is not None and doer.pos_ == "PROPN" and doer.i not in skip
        else ""
    )
    what = _np(thing, skip)
    by = next(
        (
            p
            for t in (thing, *((agreed,) if agreed is not None else ()))
            for c in t.rights
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN"
        ),
        None,
    )
    if by is not None and by.i not in skip and _name(by) not in what:
        what = f"{what} by {_name(by)}"  # "a buyout by Verizon Communications"
    party = (
        next((c for c in agreed.children if c.dep_ == "nsubj"), None)
        if agreed is not None and agreed.pos_ == "VERB"
        else None
    )
    if party is not None and party.pos_ == "PROPN" and _name(party) not in what:
        what = f"{what} of {_name(party)}"  # "MCI agreed to a buyout by Verizon": of MCI
    return f"value of {owner}{what}"


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


def _base(a: Amount | None) -> str | None:
    """An earlier amount's object without the direction this module put before it ("fall in
    sales" -> "sales"): what another amount that measures the same thing takes."""
    if a is None:
        return None
    return str(a.extra["_base"]) if "_base" in a.extra else a.object


def _by_count(rel: Any, skip: set[int]) -> str | None:
    """ "cutting production by another 10,000 vehicles": the count is the size of a change
    in the verb's object ("fall in production"), not a number of vehicles on their own."""
    verb = rel.head.head if rel.dep_ == "pobj" and rel.head.lower_ in ("by", "to") else None
    if verb is None or verb.pos_ != "VERB":
        return None
    moved = _change_in_object(verb, verb.children, skip)
    if moved is None:
        return None
    # "double sales to 400,000 cars": the count is the level the object reaches
    return moved[1] if rel.head.lower_ == "by" else moved[1].split(" in ", 1)[1]


def _verb_way(lemma: str) -> str | None:
    """ "rose" -> "rise", "cut" -> "fall": which way a change verb moves; None for others."""
    return "rise" if lemma in _RISE_VERBS else "fall" if lemma in _FALL_VERBS else None


def _change_in_object(verb: Any, tokens: Any, skip: set[int]) -> tuple[str, str] | None:
    """The way a rise or fall verb moves its object and the change it names ("cutting
    production" -> ("fall", "fall in production")); None for other verbs or objects."""
    way = _verb_way(verb.lemma_.lower())
    moved = next((c for c in tokens if c.dep_ == "dobj" and c.i not in skip), None)
    if way is None or moved is None or not _nounish(moved, ("NOUN",)):
        return None
    return way, f"{way} in {_np(moved, skip)}"


# The last word of an object that makes the amount itself a prediction or an aim.
_MODAL_NOUNS = {
    "forecast": "forecast",
    "forecasts": "forecast",
    "projection": "forecast",
    "projections": "forecast",
    "prediction": "forecast",
    "predictions": "forecast",
    "expectations": "forecast",
    "expectation": "forecast",
    "target": "target",
    "targets": "target",
    "objective": "target",  # "the objective of 0.7% could be achieved by 2008-09"
    "objectives": "target",
    "goal": "target",
    "goals": "target",
}
_ITS = re.compile(r"(?:^|\s)(its|their)\s", re.I)


# Plural nouns "they" does not stand for ("In both cases, their shares fell").
_NOT_THEM = frozenset(
    "shares times years months days weeks cases terms ways words areas respects".split()
)
# Words after which "they" is those counted ("share saying they did not").
# "the firm's", "the German-US carmaker's": a firm told by what it is.
_THE_FIRM = re.compile(
    r"(?:(?<=^)|(?<=\bin )|(?<=\bof ))(?:[Tt]he )?(?:firm|company|group|carmaker|airline|"
    r"insurer|retailer|operator|producer|brewer|drugmaker|bank|lender)['’]s\b"
)


# "the company share price": the firm's, said by what it is.
_FIRM_SHARE_PRICE = re.compile(r"\b(?:firm|company|group)(?= (?:share price|shares|stock)\b)")
_SHARES_IN_FIRM = re.compile(
    r"(?<=\b[Ss]hares in )(?:the )?(?:firm|company|group|carmaker|airline|insurer|retailer|"
    r"operator|producer|brewer|drugmaker|bank)\b(?![-'’])"
)


def _name_the_firm(obj: str, sent: Any, people: set[int], main_org: str | None) -> str:
    """ "fall in firm's shares" -> "fall in Multiplex's shares", "Shares in retailer" ->
    "Shares in Circuit City": a firm told by what it is, named by the sentence before's firm
    or the one the article is about."""
    m = _THE_FIRM.search(obj)
    shares = _SHARES_IN_FIRM.search(obj) if m is None else None
    priced = _FIRM_SHARE_PRICE.search(obj) if m is None and shares is None else None
    if m is None and shares is None and priced is None:
        return obj
    # (not "the US firm's": a firm told apart from the one the text is about)
    name = _named_owner(main_org or _earlier_owner(sent, people))
    if name is None or _owner_of(name) in obj:
        return obj
    if shares is not None:
        return f"{obj[: shares.start()]}{_owner_of(name)}{obj[shares.end() :]}"
    if priced is not None:
        return f"{obj[: priced.start()]}{name}{obj[priced.end() :]}"  # "GSK's share price"
    assert m is not None
    return f"{obj[: m.start()]}{name}{obj[m.end() :]}"


# Commodities whose change or level a market report gives: their price's.
_COMMODITY = re.compile(
    r"^((?:rise|fall|growth|increase|drop|decline|jump|slump) in )?((?i:gold|silver|copper|"
    r"nickel|zinc|aluminium|aluminum|platinum|palladium|tin|cocoa|coffee|sugar|wheat|corn|"
    r"soybeans|cotton|brent crude|us light crude|light crude|crude oil|crude|oil))$"
)


def _faced_by(obj: str, tok: Any, skip: set[int]) -> str:
    """ "employers who fail to enforce the law will face fines of up to £2,500" -> "fines
    faced by employers who fail to enforce the law": who the fines are for."""
    if tok is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "face":
        return obj
    if obj.lower() != _np(tok, skip).lower():
        return obj  # (said more already)
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i not in skip), None)
    if subj is None or subj.pos_ == "PRON":
        return obj
    words = [t for t in subj.subtree if t.dep_ != "det" and not t.is_punct and t.i not in skip]
    if not 0 < len(words) <= 10:
        return obj
    said = _join(words)
    opening = next((t for t in subj.sent if t.is_alpha), None)  # ("- Individuals who ...")
    if opening is not None and words[0].i == opening.i and words[0].pos_ in ("NOUN", "ADJ"):
        said = said[0].lower() + said[1:]
    return f"{obj} faced by {said}"


def _fronted_with(obj: str, tok: Any, skip: set[int]) -> str:
    """ "With a price tag under £80,000, the V8 Vantage is ..." -> "price tag of V8
    Vantage": a noun fronted with "with" is of the clause's subject."""
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return obj
    verb = tok.head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is None
        or subj.i < tok.head.i
        or subj.i in skip
        or subj.pos_ not in ("NOUN", "PROPN")
        or not tok.doc[tok.head.i + 1 : subj.i].text.strip().count(",")
        or obj.lower() != _np(tok, skip).lower()  # (said more already)
    ):
        return obj
    words = [t for t in subj.subtree if t.dep_ != "det" and t.i not in skip]
    if not 0 < len(words) <= 6 or any(t.is_punct for t in words):
        return obj
    said = _uncap_opening(_join(words), words[0])
    return f"{obj} of {said}"


# Money owed, paid or imposed, whose terms (what for, on or to whom, with whom) the
# sentence gives beside it: "fines of up to £2,500 would be levied on employers".
_TERMS_NOUNS = frozenset(
    """fine penalty settlement compensation aid grant loan payment repayment bonus damages
    subsidy donation levy fee award fund claim demand charge down write-down writedown
    spending investment deal agreement contract payout credit package injection""".split()
)
_TERMS_PREPS = ("for", "on", "to", "against", "from", "with")  # ("with" only for deals)
# Verbs a terms noun is the object of, whose own "on"/"to"/"with" says the terms.
_TERMS_VERBS = frozenset(
    "impose levy set agree reach hammer award grant offer give hand provide order".split()
)
# Verbs by which a body backs or proposes money, its subject the backer ("The EU confirmed a
# $21m aid package", "The charity recommends a weekly payment of £108").
_BACKED_VERBS = frozenset("confirm announce unveil approve recommend propose pledge".split())
# Nouns of a case money settles ("a deal in its probe into ...").
_CASE_NOUNS = frozenset("probe investigation inquiry case dispute lawsuit row".split())
# Verbs by which money comes in, whose "from" says from whom ("receive $6bn in credits from").
_GOT_VERBS = frozenset("receive get secure obtain raise borrow".split())


def _terms_words(prep: Any, mine: set[int]) -> list[Any] | None:
    """ "on 15 funds", "for failing to register": a short prepositional phrase whole (numbers
    of other amounts kept: they say which), or None when it is long or is a time."""
    pobj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_ in _TIME_NOUNS:
        return None
    times = {  # "with 46 states in 1998": the year is the period's, not the terms'
        t.i
        for k in prep.subtree
        if k.i != prep.i
        and k.dep_ == "prep"
        and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in k.children)
        for t in k.subtree
    }
    words = [
        t
        for t in prep.subtree
        if t.i not in times and (t.dep_ != "det" or t.i == prep.i + 1 and t.lower_ != "the")
    ]
    if pobj.like_num or any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return None  # "profits to 31 December", "charge from the previous quarter": periods
    # "with Banc of America Capital Management, BACAP Distributors and ...": a list of names
    names = all(
        t.pos_ in ("PROPN", "PUNCT", "CCONJ") or t.lower_ in ("of", "&") or t.is_title
        for t in words[1:]
    )
    if mine & {t.i for t in words} or not 1 < len(words) <= (16 if names else 8):
        return None
    if not names and any(t.is_punct or t.pos_ == "CCONJ" for t in words):
        return None  # ("on employers and licences would be removed": a list, misparsed)
    if names and words[-1].is_punct:
        return None
    return words


def _added(obj: str, words: str, tok: Any = None) -> str:
    """`obj` and `words` after it, unless `obj` says them already ("payments for over-70s");
    an "its" in them is the clause subject's when that is a name ("Acme booked a write-down
    on its foods arm" -> "write-down on Acme's foods arm")."""
    if words.lower() in obj.lower():
        return obj
    verb = _clause_head(tok.head) if tok is not None else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is not None and subj.pos_ == "PROPN" and re.search(r"\bits\b", words):
        words = re.sub(r"\bits\b", _possessive(_name(subj)), words, count=1)
    return f"{obj} {words}"


def _money_terms(obj: str, tok: Any, span: Any, skip: set[int]) -> str:
    """ "penalties" -> "penalties imposed on 15 funds", "settlement" -> "settlement reached with
    46 states", "aid" -> "aid to its struggling wine industry": what a bare money noun is
    for, on whom or with whom, when the sentence says so next to it."""
    if tok is None or tok.lemma_.lower() not in _TERMS_NOUNS or tok.pos_ != "NOUN":
        return obj
    mine = set(range(span.start, span.end))
    core = obj.split("'s ", 1)[-1] if "'s " in obj else obj
    bare_np = {
        re.sub(r"[^\w\s'-]+ ?", "", _np(tok, k)).strip().lower() for k in (skip, skip | mine)
    }
    if not any(n == core.lower() or n.endswith(f" {core.lower()}") for n in bare_np):
        return obj  # (said more already; "landmark settlement" read as "settlement" is bare)
    preps = _TERMS_PREPS if tok.lemma_.lower() in _DEALT_TOO | _DEAL_NOUNS else _TERMS_PREPS[:-1]
    for c in tok.rights:  # the noun's own "for failing to ...", "reached with 46 states"
        if c.dep_ == "prep" and c.lower_ in preps:
            words = _terms_words(c, mine)
            if words:
                return _added(obj, _join(words), tok)
        if c.dep_ == "acl" and c.i not in skip:
            # "penalties totalling $2bn on 15 funds": the total's "on" is the noun's
            totals = c.lemma_.lower() in ("total", "amount", "come")
            if c.tag_ != "VBN" and not totals:
                continue
            acted = " ".join([c.lower_, *(k.lower_ for k in c.rights if k.dep_ == "prt")])
            for k in c.rights:
                said = _terms_words(k, mine) if k.dep_ in ("prep", "agent") else None
                if said and (k.dep_ == "agent" or k.lower_ in preps):
                    return _added(obj, _join(said) if totals else f"{acted} {_join(said)}", tok)
        if (
            c.dep_ in ("acl", "relcl")
            and c.i not in skip
            and c.tag_ == "VB"
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ):
            # "an $850m payout to settle a price-rigging lawsuit": what for
            words = [t for t in c.subtree if t.dep_ != "det" and t.i not in mine]
            if 2 < len(words) <= 7 and not any(t.is_punct or t.i in skip for t in words):
                return _added(obj, _join(words), tok)
        if c.dep_ == "relcl" and c.i not in skip and c.tag_ in ("VBD", "VBN"):
            # "a $900m loan that Yugansk had secured on its assets": which
            words = [t for t in c.subtree if t.i not in mine]
            if (
                3 <= len(words) <= 8
                and words[0].lower_ == "that"
                and not any(t.is_punct or t.i in skip for t in words)
            ):
                return _added(obj, _join(words), tok)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "in":
        # "hand its wine industry 70m euros in aid": the verb's, through the amount
        verb = verb.head.head if verb.head.i in mine else verb.head
        if verb.pos_ != "VERB":
            # (the parse hung the amount off the subject: the giving verb before it)
            doc = tok.doc
            verb = next(
                (
                    t
                    for t in reversed(doc[tok.sent.start : min(mine)])
                    if t.pos_ == "VERB" and t.lemma_.lower() in _GIVE_VERBS | {"hand"}
                ),
                verb,
            )
    elif tok.dep_ not in ("dobj", "nsubjpass", "npadvmod"):  # ("reached a deal - ... -")
        return obj
    lemma = verb.lemma_.lower()
    getter = next((c for c in verb.lefts if c.dep_ == "nsubjpass" and c.i not in skip), None)
    if (
        tok.dep_ == "dobj"
        and lemma in _GIVE_VERBS | {"pay", "hand", "promise"}
        and getter is not None
        and _nounish(getter)
        and getter.pos_ != "PRON"
    ):
        # "John Smith was paid a bonus of £40,000": to whom
        return _added(obj, f"{participle(lemma)} to {_np(getter, skip | mine)}", tok)
    if lemma in _GOT_VERBS and verb.pos_ == "VERB":
        for k in verb.rights:  # "Rosneft received $6bn in credits from China's CNPC"
            if k.i > tok.i and k.dep_ == "prep" and k.lower_ == "from":
                words = _terms_words(k, mine)
                if words:
                    getter = _own_subject(verb)
                    by = (
                        f" by {_name(getter)}"
                        if getter is not None and getter.pos_ == "PROPN" and getter.i not in skip
                        else ""
                    )
                    return _added(obj, f"{participle(lemma)}{by} {_join(words)}", tok)
        return obj
    if lemma in _BACKED_VERBS and tok.dep_ == "dobj" and "'s " not in obj and " by " not in obj:
        backer = _own_subject(verb)
        if (
            backer is not None
            and backer.pos_ == "PROPN"
            and backer.ent_type_ in ("ORG", "GPE", "NORP")
            and backer.i not in skip
        ):
            return f"{_possessive(_name(backer))} {obj}"  # "The EU confirmed a $21m aid package"
    if lemma not in _TERMS_VERBS | _BACKED_VERBS or verb.pos_ != "VERB":
        return obj
    if lemma in _GIVE_VERBS | {"hand"}:
        given = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dative", "dobj")
                and c.i < tok.i
                and c.i not in skip | mine
                and c.i < span.start
                and _nounish(c)
                and c.pos_ != "PRON"
            ),
            None,
        )
        if given is not None:  # ("its ailing fishing fleet": the giver's own, said already)
            return _added(obj, f"to {re.sub(r'^(?:its|their) ', '', _np(given, skip))}")
        for c in verb.rights:  # "give a £4m grant to help flood victims rebuild": what for
            if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.lefts):
                words = [t for t in c.subtree if t.dep_ != "det" and t.i not in mine]
                done = next((d for d in c.rights if d.dep_ == "dobj"), None)
                if len(words) > 7 and done is not None:  # "to help women survivors of ...":
                    # the verb and its object, shortly
                    what = _np(done, skip | mine)
                    words = [k for k in c.lefts if k.lower_ == "to"] + [c]
                    return _added(obj, f"{_join(words)} {what}")
                if len(words) <= 7 and not any(t.is_punct or t.i in skip for t in words):
                    return _added(obj, _join(words), tok)
                break
    for k in verb.rights:
        case_ = next((p for p in k.children if p.dep_ == "pobj"), None)
        if (
            k.i > tok.i
            and k.dep_ == "prep"
            and (
                k.lower_ in ("on", "with", "to")
                # "reached a $140m deal in its probe into Columbia": which case
                or k.lower_ == "in"
                and case_ is not None
                and case_.lemma_.lower() in _CASE_NOUNS
                # "recommends a weekly payment of £108.49 for looking after a baby": what for
                or k.lower_ == "for"
                and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in k.children)
            )
        ):
            words = _terms_words(k, mine)
            if words:
                return _added(obj, f"{participle(lemma)} {_join(words)}", tok)
    return obj


# Nouns of a named place ("its Cowley factory", "Heathrow and Gatwick airports").
_SITE_NOUNS = frozenset("factory plant airport airports port site mine works".split())


def _where_done(obj: str, verb: Any, span: Any, skip: set[int]) -> str:
    """ "cars sold by BMW" -> "cars sold by BMW in Asia", "men arrested" -> "men arrested in
    Wiltshire": the place the clause's verb names, which says which figure this is."""
    if verb is None or verb.pos_ != "VERB":
        return obj
    mine = set(range(span.start, span.end))
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "in":
        return obj  # "shed 2.1% to 17.58 euros in Paris": the amount's own place, added later
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "across")]
    if re.search(r" (?:in|at) [A-Z]", obj) or any(
        p.text in obj for c in preps for p in c.children if p.dep_ == "pobj"
    ):
        return obj  # "In Europe, Arcelor shed 2.1% in Paris": one place said already
    for c in preps:
        if c.i in skip:
            continue
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if pobj is None or pobj.i in skip | mine:
            continue
        place = pobj.ent_type_ in ("GPE", "LOC", "FAC") or (
            pobj.lemma_.lower() in _SITE_NOUNS and any(t.pos_ == "PROPN" for t in pobj.lefts)
        )
        if not place or pobj.left_edge.i <= span.start <= pobj.right_edge.i:
            continue
        words = [t for t in c.subtree if t.dep_ != "det" or t.i == c.i + 1 and t.lower_ != "the"]
        if any(t.is_punct or t.pos_ == "CCONJ" and t.i > pobj.i for t in words):
            continue
        if len(words) > 5 or any(t.ent_type_ in ("DATE", "TIME") for t in words):
            continue
        words = [t for t in words if t.dep_ != "poss"]  # ("its vast Cowley factory")
        return f"{obj} {c.lower_} {_join(words[1:])}"
    return obj


# Prepositions whose phrase on a count's verb says which figure it is ("convicted of
# fraud", "advised on pay policy", "held in connection with the attack"); not the time
# ("during", "since"), the cause aside ("after", "despite") or a change's size ("by").
_DONE_PREPS = frozenset("of on from with for to into over against in at under".split())


_RATE_TAIL = re.compile(r" per \w+$")


def _breaks(t: Any) -> bool:
    """Punctuation that ends a phrase; not the hyphen inside "anti-bullying"."""
    inside = t.lower_ == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_
    return bool(t.is_punct) and not inside


# Verbs whose clause says what the counted were told ("800 parents were warned they ...").
_TOLD_VERBS = frozenset("warn tell inform advise notify assure promise".split())


def _done_how(obj: str, span: Any, skip: set[int]) -> str:
    """ "men held" -> "men held in connection with the attack", "vintners helped" ->
    "vintners helped to take early retirement", "children dying" -> "children dying
    unnecessarily": what the verb a count ends on says of it, shortly."""
    rate = _RATE_TAIL.search(obj)  # "children dying per day": the rate stays last
    if rate is not None:
        return _done_how(obj[: rate.start()], span, skip) + rate.group()
    if " by " in obj:  # "monitors deployed by anti-hunt groups": the doer stays last
        deed, doer = obj.rsplit(" by ", 1)
        if " " in deed and deed.rsplit(" ", 1)[-1].isalpha():
            how = _done_how(deed, span, skip)
            if how != deed:
                return f"{how} by {doer}"
    last = obj.rsplit(" ", 1)[-1]
    if " " not in obj or not last.isalpha() or not last.islower():
        return obj
    sent = span[0].sent
    mine = set(range(span.start, span.end))
    verbs = [
        t
        for t in sent
        if t.pos_ == "VERB"
        and t.i not in mine
        and (t.lower_ == last or participle(t.lemma_.lower()) == last)
    ]
    verb = min(verbs, key=lambda t: abs(t.i - span.start)) if verbs else None
    if verb is None:
        return obj
    words: list[Any] = []
    # "advise dozens of schools on their policies": the parse may hang the verb's phrase on
    # the counted noun itself, right after it
    noun = span[-1]
    hung = [
        c
        for c in noun.rights
        if c.dep_ == "prep" and c.i == noun.i + 1 and verb.i < noun.i and c.lower_ != "of"
    ]
    for c in [*hung, *verb.rights]:
        if c.i in skip or c.i in mine or c.left_edge.i <= span.start <= c.right_edge.i:
            continue
        if c.dep_ == "advmod" and c.lower_.endswith("ly"):
            if c.lower_ not in _LY_ASIDES | {"variously"}:
                words.append(c)  # "dying unnecessarily"
            continue
        if c.dep_ == "npadvmod" and any(k.lower_ in ("every", "each", "a", "per") for k in c.lefts):
            continue  # "every day": the rate, kept as "per day"
        if c.dep_ == "prep" and c.lower_ in _DONE_PREPS:
            sub = [
                t
                for t in c.subtree
                if (t.dep_ != "det" or t.i == c.i + 1 and t.lower_ != "the")
                and not (t.dep_ == "poss" and t.tag_ == "PRP$")  # "at (its) Cowley factory"
            ]
        elif (
            c.dep_ == "xcomp"
            and verb.dep_ != "acl"  # ("unions representing 4.5m workers to threaten")
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
        ):
            sub = [  # "helped to take retirement", "expected to make (their) protest"
                t
                for t in c.subtree
                if t.dep_ != "det" and not (t.dep_ == "poss" and t.tag_ == "PRP$")
            ]
        elif c.dep_ == "ccomp" and verb.lemma_.lower() in _TOLD_VERBS:
            # "800 parents were warned they would receive a penalty notice (unless ...)"
            cond = {t.i for k in c.children if k.dep_ == "advcl" for t in k.subtree}
            sub = [t for t in c.subtree if t.i not in cond and t.dep_ not in ("det", "mark")]
        else:
            if c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "advcl", "conj", "agent"):
                break  # another phrase first: what follows is not the count's
            continue
        relcl = {t.i for t in c.subtree if t.dep_ in ("relcl", "acl") for t in t.subtree}
        sub = [t for t in sub if t.i not in relcl]
        cut = next((k for k, t in enumerate(sub) if _breaks(t)), len(sub))
        if cut >= 3:
            sub = sub[:cut]  # "in connection with suspected offences, conspiracy ...": the first
        if (
            len(sub) < 2
            or len(sub) > 10
            or any(
                t.i in skip
                or t.like_num
                or _breaks(t)
                or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT", "CARDINAL")
                for t in sub
            )
            or sub[-1].pos_ in ("ADP", "CCONJ", "DET")
        ):
            if c in hung:
                continue  # ("vehicles in the US recalled on safety grounds": the verb's next)
            break
        if _join(sub) in obj:
            continue  # "supporters in Tyneside": said already
        words += sub
        break
    if not words:
        return obj
    said = _join(words)
    if said in obj:
        return obj
    return f"{obj} {said}"


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
    root = span[0].sent.root
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


def _estimated(obj: str, span: Any) -> tuple[str, bool]:
    """ "fall to 3.3% next year from a previous estimate of 3.7%": the amount is an
    estimate's value ("previous estimate of US growth"), and a forecast when the estimate is
    of what is to come (a forecast's, or said with "will", "would", "next year"); (obj,
    False) when it is no forecast."""
    outs = _outward(span)
    at = outs[0] if outs else None
    if at is None or at.dep_ != "pobj" or at.head.lower_ != "of":
        return obj, False
    noun = at.head.head
    if noun.lemma_.lower() not in _ESTIMATE_NOUNS or noun.pos_ != "NOUN":
        return obj, False
    ahead = noun.lemma_.lower() != "estimate" or any(
        t.lower_ in _FUTURE_MODALS or t.lower_ == "next" for t in span.sent
    )
    if noun.lemma_.lower() in obj.lower():
        return obj, ahead
    opening = span.sent[0]
    if opening.pos_ != "PROPN" and not opening.ent_type_:
        obj = _uncap(obj, opening.text)  # "Growth ... from an earlier estimate": no capital
    said = [t for c in noun.lefts if c.dep_ in ("amod", "compound", "poss") for t in c.subtree]
    return f"{_join([*said, noun])} of {obj}", ahead


# Nouns for a whole economy, whose growth a bare "growth" is ("is forecast to see growth").
_ECONOMY_NOUNS = frozenset("economy gdp output".split())


def _growth_of(obj: str, verb: Any, skip: set[int]) -> str:
    """ "Japan's economy ... is forecast to see growth of 2.1%": a bare "growth" is its
    clause subject's when that is an economy ("growth of Japan's economy")."""
    if obj.lower() not in ("growth", "contraction", "expansion") or verb is None:
        return obj
    subj = _subject(verb)
    if subj is None or subj.i in skip or subj.lemma_.lower() not in _ECONOMY_NOUNS:
        return obj
    if not any(c.dep_ in ("poss", "amod", "compound") for c in subj.lefts):
        return obj  # "the economy": whose, the sentence does not say
    return f"{obj} of {_np(subj, skip)}"


_IT_CLAUSE = re.compile(r"\b(where|which|that|as) it\b")


_OF_THE_FIRM = re.compile(rf"\bof (?:the )?({'|'.join(sorted(_COMPANY_NOUNS))})$")


def _aside_named(obj: str, sent: Any, skip: set[int]) -> str:
    """ "capacity of company" in "the capacity of the company - India's second-largest car
    maker - to 400,000 units": the firm in the words of the aside the sentence gives it."""
    bare = _OF_THE_FIRM.search(obj)
    if bare is None:
        return obj
    for t in sent:
        if (
            t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and t.lemma_.lower() in _COMPANY_NOUNS
            and t.i not in skip
            and any(c.dep_ == "poss" for c in t.lefts)
            and (
                t.head.lower_ == bare.group(1)
                or any(c.lower_ == bare.group(1) for c in t.head.subtree)
            )
        ):
            return f"{obj[: bare.start()]}of {_np(t, skip)}"
    return obj


def _resolve_it(obj: str, span: Any, people: set[int], main_org: str | None) -> str:
    """ "countries where it deploy fleet": the firm an opening "It" of its sentence stands
    for (the firm the sentence before is about, else the article's)."""
    m = _IT_CLAUSE.search(obj)
    if m is None:
        return obj
    sent = span[0].sent
    opening = next((t for t in sent if t.is_alpha), None)
    if opening is None or opening.lower_ != "it" or opening.dep_ != "nsubj":
        return obj
    name = _earlier_owner(sent, people) or main_org
    if name is None:
        return obj
    return f"{obj[: m.start(1)]}{m.group(1)} {name}{obj[m.end() :]}"


def _firm_subject(
    verb: Any, span: Any, sent: Any, people: set[int], main_org: str | None, orgs: Any
) -> str | None:
    """The firm that does what the amount's clause says: its subject when that is a named
    firm ("Nestle forecasts growth of 5%"), "the company" or "it" (the firm the sentence
    before is about, else the article's), climbing from "it" to the clause that says it
    ("the company warned it may transfer 7,000 jobs"); None for any other subject."""
    v = verb
    subj = None
    for step in range(4):
        # (a passive subject only of the amount's own verb: "Yugansk was sold to pay off
        # a $27.5bn bill" is not Yugansk's bill)
        deps = ("nsubj", "nsubjpass") if step == 0 else ("nsubj",)
        subj = next((c for c in v.children if c.dep_ in deps), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            subj = v.head  # "The firm, which is to receive a payment of £24.5m"
        if (
            subj is not None
            and subj.pos_ == "NOUN"
            and _FIRM_METRIC.match(subj.lower_)
            and not any(c.dep_ == "poss" for c in subj.children)
        ):
            # "Total production costs were £1.30, UK Coal said": who says its own
            says = _SAY_VERBS | {"add", "announce"}
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in says:
                v = v.head
                continue
            aside = next(
                (c for c in v.children if c.dep_ == "parataxis" and c.lemma_.lower() in says),
                None,
            )
            if aside is not None:
                v = aside
                continue
        if subj is not None and not (subj.lower_ == "it" and v.dep_ in ("ccomp", "xcomp", "advcl")):
            break
        if v.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acomp") or v.head.i == v.i:
            break
        v = v.head  # (an "it" of a said clause: who said it; "be able to carry")
    if (
        subj is None
        or subj.i in people
        or v.lemma_.lower() in _NOT_DOING  # (a copula's subject does nothing to the amount)
        or subj.left_edge.i <= span.start <= subj.right_edge.i  # (the amount's own phrase)
        or any(t.lower_ in _REPORTERS for t in subj.subtree)  # ("the Department said")
    ):
        return None
    if subj.lower_ == "it":
        before = _subject_before(sent)
        if (
            v.dep_ != "ROOT"
            or any(c.dep_ == "auxpass" for c in v.children)
            # ("It also owns Deluxe. That business is weak. Last year it made profits")
            or before is not None
            and any(c.lower_ in ("that", "this", "these", "those") for c in before.lefts)
        ):
            return None  # ("It was made up of", "It has been set up")
        return _earlier_owner(sent, people) or main_org
    if (
        subj.pos_ == "NOUN"
        and subj.lemma_.lower() in _COMPANY_NOUNS
        and [c.lower_ for c in subj.lefts] == ["the"]  # (not "the US firm": another firm)
    ):
        return _earlier_owner(sent, people) or main_org
    if (
        subj.pos_ == "PROPN"
        and subj.ent_type_ not in ("GPE", "LOC", "NORP")
        and any(a <= subj.idx < b for a, b in orgs)  # (a firm, whatever the model says)
    ):
        return _name(subj)
    return None


# Verbs whose "it" stands for no firm ("it is worth debating", "it looks like $40").
_NOT_DOING = frozenset("be look seem appear remain become mean".split())


def _owned_by_subject(
    obj: str,
    span: Any,
    sent: Any,
    verb: Any,
    kind: str,
    people: set[int],
    main_org: str | None,
    orgs: Any,
) -> str:
    """ "spending on buying back shares" -> "Unilever's spending on buying back shares",
    "jobs transferred out of Australia" -> "jobs transferred out of Australia by Qantas": a
    figure with no owner, in a clause whose subject is a firm, is that firm's."""
    words = obj.split()
    if kind == "count" and not (len(words) > 1 and words[1].endswith("ed")):
        return obj  # (only things counted as done take a doer)
    if _OWNED_ALREADY.search(obj) or obj in ("money", "figure", "amount"):
        return obj  # (owned already; a central bank's rates are the country's)
    firm = _firm_subject(verb, span, sent, people, main_org, orgs)
    if firm is None or _names_someone(obj, sent):
        return obj  # (or named already)
    firm = _DESCRIBED.sub("", firm)
    opening = sent[0]
    if obj.startswith(opening.text) and opening.pos_ != "PROPN" and not opening.ent_type_:
        obj = opening.lower_ + obj[len(opening.text) :]  # ("Total production costs")
    words = obj.split()
    if kind == "count":
        # "jobs transferred ...": done by the firm; "staff" alone: the firm's
        if len(words) > 1 and words[1].endswith("ed"):
            return f"{obj} by {firm}"
        return obj
    m = re.match(r"^((?:rise|fall|increase|drop|decline|growth|cut|change) in )?(.+)$", obj)
    assert m is not None
    return f"{m.group(1) or ''}{_possessive(firm)} {m.group(2)}"


# An object that says whose it is already (or is a rate, a central bank's).
_OWNED_ALREADY = re.compile(r"['’]|\bby\b|\b(?:its|their|his|her)\b|\brates?\b")


# Things a report covers ("the 20 projects covered"), and the nouns for such a report.
_COVERED = re.compile(r"\b(covered|surveyed|studied|reviewed|examined)\b(?! by)")
_REPORT_NOUNS = frozenset(
    "report survey study review audit poll research analysis inquiry investigation".split()
)


def _covered_by(obj: str, sent: Any, skip: set[int]) -> str:
    """ "projects covered" -> "projects covered by NAO's annual report" ("The NAO's annual
    report showed the total cost of the 20 projects covered ..."): what a report the
    sentence is about covers, by that report."""
    m = _COVERED.search(obj)
    if m is None:
        return obj
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _REPORT_NOUNS or subj.i in skip:
        return obj
    return f"{obj[: m.end()]} by {_np(subj, skip, with_acl=False)}{obj[m.end() :]}"


def _names_someone(obj: str, sent: Any) -> bool:
    """Whether an object names a firm, person or other owner already (a capitalised word
    the sentence has as a name, and not of a place, nation or time)."""
    for w in re.findall(r"(?:^|(?<=\s))[A-Z][\w&.-]*", obj):
        tok = next((t for t in sent if t.text == w), None)
        if tok is None:
            return True
        if tok.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "EVENT"):
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ or not tok.is_sent_start:
            return True
    return False


# The basis a figure is given on ("on an annualised basis", "month on month", "for the
# full year"), and the word that says it in an object.
_BASIS = re.compile(
    r"(?i)\b(?:on an? (?P<b1>annuali[sz]ed|monthly|quarterly|yearly|annual) basis|"
    r"(?P<b2>month|quarter|year)[- ]on[- ](?P=b2)|for the (?P<b3>full)[- ]year|"
    r"in (?P<b4>annuali[sz]ed|real) terms|at an (?P<b5>annuali[sz]ed) rate)\b"
)
# (a change's basis: "month-on-month fall"; a level's: "monthly trade gap")
_BASIS_CHANGE = {
    "annualised": "annualised",
    "annualized": "annualised",
    "monthly": "month-on-month",
    "month": "month-on-month",
    "quarterly": "quarter-on-quarter",
    "quarter": "quarter-on-quarter",
    "yearly": "annual",
    "annual": "annual",
    "year": "annual",
    "real": "real-terms",
}
_BASIS_LEVEL = {
    "annualised": "annualised",
    "annualized": "annualised",
    "monthly": "monthly",
    "month": "monthly",
    "quarterly": "quarterly",
    "quarter": "quarterly",
    "yearly": "annual",
    "annual": "annual",
    "year": "annual",
    "full": "full-year",
    "real": "real-terms",
}


def _of_clause(tok: Any, heads: set[int]) -> bool:
    """Whether a phrase (by its head word `tok`) is said of the clause whose verb and the
    verbs above it are `heads`: hung on one of them, or on its subject ("GDP, on an
    annualised basis, fell 0.5%")."""
    return tok.head.i in heads or (
        tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i in heads
    )


def _on_basis(obj: str, span: Any, sent: Any, verb: Any, text: str) -> str:
    """ "fall in GDP" -> "annualised fall in GDP" ("GDP, on an annualised basis, fell 0.5%"),
    "TimeWarner's profit" -> "TimeWarner's full-year profit" ("For the full-year,
    TimeWarner posted a profit of $3.36bn"): the basis its clause, or a clause above it,
    gives the figure."""
    said = text[sent.start_char : sent.end_char]
    if "basis" not in said and "-on-" not in said and " on " not in said and "year" not in said:
        return obj  # (most sentences: no basis said)
    heads = {verb.i, *(a.i for a in verb.ancestors)}
    for m in _BASIS.finditer(said):
        first = span.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        if first is None or not len(first):
            continue
        root = first.root
        if not (root.i in heads or _of_clause(root, heads)):
            continue
        key = next(g for g in m.groups() if g).lower()
        change = re.match(r"^(?:rise|fall|increase|drop|decline|growth|cut|change) in ", obj)
        word = _BASIS_CHANGE.get(key) if change is not None else _BASIS_LEVEL[key]
        if word is None and change is not None:  # ("rise in TimeWarner's full-year profit")
            word, obj, pre = _BASIS_LEVEL[key], obj[change.end() :], change.group()
        else:
            pre = ""
        if word is None or word.split("-")[0] in obj.lower() or key in obj.lower():
            return pre + obj  # (said already)
        if change is not None and not pre:
            return f"{word} {obj}"
        owner = re.match(r"^(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s? )", obj)
        at = owner.end() if owner is not None else 0
        return f"{pre}{obj[:at]}{word} {obj[at:]}"
    return obj


# A time the text gives without a year ("in the three months to 31 December", "in the
# October-to-December quarter", "in the quarter"): no period, so said in the object.
_UNDATED_TIME = re.compile(
    r"\b(?:in|for|during|over) the (?P<t>(?:(?:three|six|nine|twelve|3|6|9|12) months? "
    r"(?:to|ending|ended) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|"
    r"(?:first|second|third|fourth|final|last) (?:quarter|half)|"
    r"[A-Z][a-z]+-to-[A-Z][a-z]+ quarter|(?:quarter|half) (?:to|ending|ended) "
    r"(?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2})?|quarter|half-year|half))\b"
    r"(?!\s*(?:of\s+)?(?:19|20)\d\d|-)"
)


def _undated_time(span: Any, sent: Any, verb: Any, text: str) -> str | None:
    """ "three months to 31 December" for "Operating profit in the three months to 31
    December was 9.5bn kronor": a time its clause gives the figure that no year makes a
    period of; None when there is none, or the amount has its own ("from the previous
    quarter", "last year")."""
    said = text[sent.start_char : sent.end_char]
    if " the " not in said or _OWN_TIME.match(text, span.end_char):
        return None
    heads = {verb.i, *(a.i for a in verb.ancestors)}
    for m in _UNDATED_TIME.finditer(said):
        at = sent.start_char + m.start()
        first = span.doc.char_span(at, sent.start_char + m.end(), alignment_mode="expand")
        if first is None or not len(first) or first.start <= span.start < first.end:
            continue
        root = first[0]  # (the preposition)
        if (
            _of_clause(root, heads)
            or root.head.i in range(span.start, span.end)
            # ("Sales were up 3% in the quarter")
            or root.head.pos_ in ("ADV", "ADJ")
            and root.head.head.i in heads
        ):
            return m.group("t")
    return None


# An amount's own time just after it ("$232m charge from the previous quarter", "6.3bn
# kronor last year").
_OWN_TIME = re.compile(
    r"[^,;.]{0,30}?\b(?:previous|preceding|last|earlier|ago|year-earlier|same period|"
    r"a year before|year|this|next)\b"
)


def _undated_in_object(out: list[Amount]) -> None:
    """ "Ericsson's operating profit" -> "Ericsson's operating profit in three months to 31
    December": the undated time its clause gives an amount stays in its object."""
    said_at = {tuple(a.span): a.extra.pop("_undated", None) for a in out}
    for a in out:
        # (a conversion is of its original's time)
        said = said_at.get(tuple(a.extra.get("conversion_of") or a.span))
        if (
            said
            and a.object
            and a.period is None
            and not a.object.startswith("previous")
            and not re.search(r"\b(?:quarter|half|months?|year|annual)\b", a.object)
        ):
            a.object = f"{a.object} in {said}"


def _same_owner(obj: str, earlier: list[Amount]) -> str:
    """ "Marsh took a pre-tax charge of $618m, on top of the $232m charge from the previous
    quarter": a bare noun an earlier amount of its sentence named with its owner is that
    owner's ("Marsh's charge")."""
    if "'" in obj or len(obj.split()) > 2 or not obj[:1].islower():
        return obj
    for a in reversed(earlier):
        m = re.match(rf"^(.+?['’]s?) (?:[\w-]+ )*{re.escape(obj)}$", a.object or "", re.I)
        if m is not None:
            return f"{m.group(1)} {obj}"
    if _FIRM_METRIC.match(obj) is None:
        return obj
    for a in reversed(earlier):
        # "Net profit came in at 1.4bn euros, a change from the loss of 364m euros": a firm's
        # other figure in the sentence is that firm's too
        m = re.match(r"^([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s?) (.+)$", a.object or "")
        if m is not None and _FIRM_METRIC.match(m.group(2)) is not None:
            return f"{m.group(1)} {obj}"
    return obj


def _in_which(obj: str, span: Any, skip: set[int]) -> str:
    """ "the 1989 Hillsborough disaster in which 96 died": "people died in 1989 Hillsborough
    disaster", the thing the relative clause of the count is about."""
    root = span.root
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.dep_ != "relcl" or not _nounish(verb.head):
        return obj
    prep = next(
        (
            c
            for c in verb.lefts
            if c.dep_ == "prep" and any(p.lower_ == "which" for p in c.children)
        ),
        None,
    )
    if prep is None or verb.head.i in skip or verb.head.text in obj:
        return obj
    return f"{obj} {prep.lower_} {_np(verb.head, skip)}"


_THEY_OWN = re.compile(
    r"\b(?:who|that|saying|says?|said|believ\w*|think\w*|thought|feel\w*|felt)\b"
)
_THEY = re.compile(r"\b(they|their)\b")


def _resolve_they(obj: str, span: Any, skip: set[int]) -> str:
    """ "share of debts they are owed" -> "share of debts creditors of Parmalat are owed": a
    "they" or "their" the object keeps stands for the plural noun before it in the sentence
    (left as it is when that noun is in the object already: "share of over-55s who say they")."""
    m = _THEY.search(obj)
    if m is None or _THEY_OWN.search(obj[: m.start()]):
        return obj  # "share of students who say they trust ...": the students
    sent = span.sent
    pron = min(
        (t for t in sent if t.lower_ == m.group(1)),
        key=lambda t: abs(t.i - span.start),
        default=None,
    )
    if pron is None:
        return obj
    ante = next(
        (
            t
            for t in reversed(sent[: pron.i - sent.start])
            if t.tag_ in ("NNS", "NNPS")
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj")
            and t.i not in skip
            and t.lower_ not in _NOT_THEM
            and t.lower_ not in obj.lower().split()  # "the debts they are owed": not debts
        ),
        None,
    )
    if ante is None:
        return obj
    name = _np(ante, skip)
    if not name or name.lower() in obj.lower():
        return obj
    opening = ante.doc[ante.left_edge.i]
    if name.split()[0] == opening.text and opening.i == sent.start and not opening.ent_type_:
        name = name[0].lower() + name[1:]  # "Creditors of Parmalat ... they": no capital inside
    said = name if m.group(1) == "they" else _possessive(name)
    return f"{obj[: m.start()]}{said}{obj[m.end() :]}"


def _owner_name(cand: Any, plural: bool, skip: set[int], people: set[int]) -> str | None:
    """The name "its" (or "their", `plural`) points to when `cand`, a clause's subject, is
    its owner: a named firm or country, or "the company"; None otherwise."""
    if cand.i in skip:
        return None
    if cand.lemma_.lower() in ("combination", "merger", "tie-up"):
        # "A combination of Mittal Steel and ISG would have annual sales of $32bn"
        first = next(
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ in ("of", "between")
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ),
            None,
        )
        other = (
            next((c for c in first.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            if first is not None
            else None
        )
        if first is not None and other is not None:
            return f"combined {_name(first)} and {_name(other)}'s"
    if plural:
        # "Malaysian banks may sell 49% of their units": the banks'
        if cand.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "relcl" for c in cand.rights):
            name = _np(cand, skip)
            return _possessive(name)
        if cand.tag_ == "NNP" and cand.ent_type_ == "ORG" and cand.idx not in people:
            # "CVRD managed to boost the price of their ore": a firm
            return f"{_DESCRIBED.sub('', _name(cand))}'s"
        return None
    firm = next(
        (
            c
            for c in cand.lefts
            if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
        ),
        next(  # "Shares in Kelda rose on its decision"
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"
            ),
            None,
        ),
    )
    if cand.lemma_.lower() in ("stock", "share") and firm is not None and firm.i not in skip:
        return f"{_name(firm)}'s"  # "Baoshan stock climbed on its decision": Baoshan's
    if cand.pos_ == "PROPN" and (
        cand.ent_type_ != "PERSON"
        # "GlaxoSmithKline saw its profits fall": one word the model took for a person that
        # the entity stage did not ("its" is no person's)
        or cand.idx not in people
        and not any(c.dep_ in ("compound", "flat") for c in cand.lefts)
    ):
        return f"{_DESCRIBED.sub('', _name(cand))}'s"
    if (
        cand.tag_ == "NN"
        and (cand.lemma_.lower() in _OWNER_ORGS or cand.ent_type_ == "ORG")
        and any(c.lower_ == "the" for c in cand.lefts)
        and not any(c.dep_ in ("prep", "relcl", "acl") for c in cand.rights)
    ):
        # "The company will reduce its workforce": the company's (an organisation named by
        # a singular noun, as "its" is)
        return f"the {_np(cand, skip)}'s"
    return None


_BARE_SHARES = re.compile(r"^[Ss]hares(?: in ([A-Z][\w ]*))?$")


def _whose_shares(obj: str, sent: Any, people: set[int]) -> str:
    """ "Shares fell 1% to 510.75 pence in London" after a sentence about Unilever: Unilever's
    shares (in London); shares the sentence gives no owner for are the firm's before."""
    m = _BARE_SHARES.match(obj)
    if m is None:
        return obj
    place = m.group(1)
    if place is not None and not any(
        e.text == place and e.label_ in ("GPE", "LOC") for e in sent.ents
    ):
        return obj  # "Shares in Umbro": the firm is named
    owner = _earlier_owner(sent, people)
    return f"{owner}'s {obj[0].lower()}{obj[1:]}" if owner else obj


def _resolve_its(
    obj: str, head: Any, span: Any, skip: set[int], people: set[int], main_org: str | None = None
) -> str:
    """ "its shares" -> "Electrolux's shares": the possessive pronoun of an object replaced by
    the subject it stands for (up the clauses, else the sentence before's firm)."""
    its = _ITS.search(obj)
    if its is None:
        return obj
    plural = its.group(1).lower() == "their"
    own = skip | {t.i for t in span}
    for _ in range(8):  # "Electrolux saw its shares rise": up to a named subject
        cand = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        them = next(
            (c for c in head.children if c.dep_ in ("dobj", "dative") and c.tag_ == "NNS"), None
        )
        if (
            plural
            and them is not None
            and cand is not None
            and cand.tag_ not in ("NNS", "NNPS")
            and not any(c.dep_ == "conj" for c in cand.children)  # "The Daily and Sunday ..."
            and not them.left_edge.i <= span.start <= them.right_edge.i  # not its own noun
        ):
            cand = them  # "could charge the companies up to 10% of their turnover": theirs
        if (
            cand is not None
            and cand.pos_ in ("PROPN", "NOUN")
            and not obj[its.end() :].startswith(cand.text)  # "their shares fell": not theirs
        ):
            name = _owner_name(cand, plural, own, people)
            if name is not None and obj.lower().startswith(f"{name.lower()} "):
                return obj  # "the party's repayment to its former treasurer": said already
            if name is not None:
                return f"{obj[: its.start(1)]}{name} {obj[its.end() :]}"
            if cand.pos_ == "PROPN":
                break  # a person's "its" is another thing's
        if head.head.i == head.i:
            break
        head = head.head
    earlier = None if plural else _earlier_owner(span[0].sent, people) or main_org
    if earlier is not None:
        # "Inbev ... . The acquisition meant its sales grew 57%": the firm the sentence
        # before was about (else the firm the article is most about).
        return f"{obj[: its.start(1)]}{earlier}'s {obj[its.end() :]}"
    return obj


# A firm's figures named by a bare noun ("posted a profit of $3.36bn", "revenue dipped"):
# whose they are is said by the clause's subject or the firm the text is about.
_FIRM_METRIC = re.compile(
    r"^(?P<pre>(?:(?:rise|fall|increase|drop|decline|jump|surge|slump|growth|cut) in )?)"
    r"(?P<what>(?P<mods>(?:[A-Za-z][A-Za-z-]* ){0,3})(?i:profits?|revenues?|sales|turnover|"
    r"earnings|losses|loss|dividends?|payout|debts?|assets|savings|margins?|write-downs?|"
    r"investments?|charges?|costs|cuts|bonus(?:es)?|stakes?|loans?|grants?|aid|offers?|bids?|"
    r"deals?|settlements?|payments?|repayments?|write downs?))"
    # (and what it is in, on or for: "stake in Ferrari", "write-down on Slimfast")
    r"(?P<rest>(?: (?:in|on|for|to|from|with) [\w&' -]+)?)$",
)
# Of those, what a state may own as well ("Britain is to give a £4m grant"), and only by
# its own clause's subject.
_DEALT = frozenset(
    """stake stakes loan loans grant grants aid offer offers bid bids deal deals payment
    payments repayment repayments""".split()
)
_RECEIVE_VERBS = frozenset("receive get win accept reject face".split())
_DEALT_TOO = frozenset(("settlement", "settlements"))
_NOT_OWN = frozenset(
    """the a an its their his her our total combined global world industry in of for on at
    to from by with""".split()
)
# Bodies that report or survey figures, not own them ("Average earnings rose by 4.3%, the
# Office for National Statistics added").
_REPORTERS = frozenset(
    """office department ministry bureau agency commission institute association federation
    council confederation organisation organization survey""".split()
)


def _not_a_name(word: str, sent: Any) -> bool:
    """Whether a capitalised `word` of the sentence is a month, an adjective ("European") or
    a place ("US truck sales"), not an owner's name."""
    tok = next((t for t in sent if t.text == word), None)
    return tok is not None and (
        tok.tag_ == "JJ"
        or tok.lower_ in MONTHS
        and len(word) > 3
        or tok.ent_type_ in ("GPE", "NORP", "LOC")
        or _names_country(word)
    )


def _firm_metric_owner(
    obj: str,
    head: Any,
    span: Any,
    tok: Any,
    skip: set[int],
    people: set[int],
    main_org: str | None,
    orgs: list[tuple[int, int]] | None = None,
) -> str:
    """ "profit" -> "TimeWarner's profit" when "TimeWarner posted a profit of $3.36bn" (or,
    when the figure is its clause's own subject, the firm the sentence before or the article
    is about: "Revenue dipped 1.4%")."""
    m = _FIRM_METRIC.match(obj)
    if m is None:
        return obj
    mods = m.group("mods").split()
    sent = span[0].sent
    opening = sent[0].text if len(sent) else ""
    subj_ = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # ("It has total assets of $96bn": a firm's own total)
    own_total = subj_ is not None and subj_.lower_ == "it" and head.lemma_.lower() == "have"
    not_own = _NOT_OWN - {"total"} if own_total else _NOT_OWN
    # (the sentence's capitalised first word, when the model takes it for no name:
    # "Pre-tax profits rose 15%")
    plain_opening = len(sent) > 0 and sent[0].pos_ not in ("PROPN", "X") and not sent[0].ent_type_
    if not_own & {w.lower() for w in mods} or any(
        w[0].isupper()
        and (i > 0 or m.group("pre") or w != opening)
        and not (i == 0 and w.startswith(opening) and plain_opening)
        and not _not_a_name(w, sent)  # ("February sales", "European sales": no owner's)
        for i, w in enumerate(mods)
    ):
        return obj  # "Ford sales", "total sales": named or whole already
    if (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.head.pos_ in ("NOUN", "PROPN")
        and tok.head.head.lemma_.lower() not in _CHANGE_NOUNS
        and tok.head.head.i not in skip
        and not span.start <= tok.head.head.i < span.end
    ):
        # "the world's biggest bank with assets of 189 trillion yen": that bank's
        holder = tok.head.head
        if (
            tok.head.lower_ == "with"
            and obj == m.group("what")
            and holder.lemma_.lower() in (_OWNER_ORGS | {"lender", "brokerage"})
        ):
            return f"{obj} of {_np(holder, skip | {t.i for t in span}, with_acl=False)}"
        return obj
    own = skip | {t.i for t in span}
    metric = m.group("what").split()[-1].lower()
    for _ in range(8):
        cand = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if cand is not None and not (
            cand.i in own
            or cand.lower_ == metric
            or m.group("pre")
            and cand.lemma_.lower() in _CHANGE_NOUNS  # "the rise in sales"
            or cand.tag_ in ("WDT", "WP")  # "sales which fell 8%"
            or cand.left_edge.i <= span.start <= cand.right_edge.i
        ):
            if cand.lower_ in ("it", "they") and head.head.i != head.i:
                head = head.head  # "WMC said it made net profits of ...": up to the name
                continue
            if cand.lower_ == "it" and head.lemma_ != "be":  # (not "it is 60p")
                # "It has total net assets of $96bn", "Last year it made profits of £21.5m":
                # the main clause's "it" is the firm the sentence before named (or the
                # article's, unless that sentence pointed at another thing: "that business")
                before_ = _subject_before(sent)
                other_ = before_ is not None and any(  # ("that business", "this unit")
                    c.lower_ in ("that", "this", "these", "those") for c in before_.lefts
                )
                earlier_ = _named_owner(
                    _earlier_owner(sent, people) or (None if other_ else main_org)
                )
                if earlier_ is None or _owned_rest(m.group("rest"), earlier_):
                    return obj
                return (
                    f"{m.group('pre')}{earlier_} {_uncap(m.group('what'), opening)}"
                    f"{m.group('rest')}"
                )
            if cand.lower_ in ("this", "that") or (
                _FIRM_METRIC.match(cand.lower_)
                and any(c.lower_ in ("its", "their") for c in cand.lefts)
            ):
                # "its profits were 40m rupees on sales which fell": the profits' owner;
                # "This helped to bring debt down": the firm's, as nothing says otherwise
                if head.head.i == head.i:
                    break
                head = head.head
                continue
            dealt = metric in _DEALT | _DEALT_TOO
            if (
                not dealt
                and cand.ent_type_ in ("GPE", "LOC", "NORP")
                and cand.text != main_org  # (the article's firm, whatever the model says)
                or cand.lower_ in _REPORTERS
            ):
                return obj  # "sales there fell": a place's, not a firm's
            if any(t.lower_ in _REPORTERS for t in cand.subtree):
                return obj
            name = _owner_name(cand, False, own, people)
            if (
                name is None
                and cand.tag_ in ("NNS", "NN")
                and any(a <= cand.idx < b for a, b in orgs or ())
            ):
                name = _possessive(_name(cand))  # "Travelers had sales of $5.2bn": a firm
            if name is not None and name.startswith("the "):
                # "the firm's debts": the firm named just before, or the article's
                named_ = _named_owner(_earlier_owner(sent, people) or main_org)
                if named_ is None and metric.startswith(("payment", "repayment")):
                    return obj  # ("the company's payment": whose, no name says)
                name = named_ or name
            if name is None:
                return obj
            what = _uncap(m.group("what"), opening)
            if dealt and head.lemma_.lower() in _RECEIVE_VERBS:
                # "Circuit City has received a takeover offer": an offer for it, not its own
                to = "for" if metric.rstrip("s") in ("offer", "bid", "deal") else "to"
                owner_ = _owner_of(name)
                return f"{m.group('pre')}{what} {to} {owner_}{m.group('rest')}"
            if _owned_rest(m.group("rest"), name):
                return obj  # "Sales in Dr Reddy's generics business": owned already
            return f"{m.group('pre')}{name} {what}{m.group('rest')}"
        doer_ = head.head if head.dep_ == "xcomp" else None
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            doer_ = head.head.head  # "accused Titan of paying $2.1m": Titan's doing
        if doer_ is not None and any(
            c.dep_ == "dobj" and c.pos_ == "PROPN" for c in doer_.children
        ):
            return obj  # "asked Rosneft to repay a $900m loan": Rosneft's doing, not theirs
        if head.head.i == head.i:
            break
        head = head.head
    if metric in _DEALT | _DEALT_TOO:
        return obj  # "The £3.2bn settlement includes ...": not the firm's by default
    earlier = _named_owner(_earlier_owner(sent, people) or main_org)
    if earlier is None:
        return obj
    if _owned_rest(m.group("rest"), earlier):
        return obj
    return f"{m.group('pre')}{earlier} {_uncap(m.group('what'), opening)}{m.group('rest')}"


def _owner_once(obj: str | None) -> str | None:
    """ "Globex's write down on Globex's diet foods" -> "Globex's write down on its diet
    foods": an owner said once."""
    m = re.match(r"^((?:\w+ in )?)([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s ", obj or "")
    if obj is None or m is None:
        return obj
    again = f" {m.group(2)}'s "
    at = obj.find(again, m.end())
    return obj if at < 0 else f"{obj[:at]} its {obj[at + len(again) :]}"


def _owned_rest(rest: str, name: str) -> bool:
    """Whether what follows a firm's figure names its owner already ("in its UK division",
    "in Dr Reddy's generics business")."""
    return (
        "'" in rest
        or "’" in rest
        or re.search(r"\b(?:its|their)\b", rest) is not None
        or _owner_of(name) in rest
    )


def _owner_of(possessive: str) -> str:
    """ "Globex's" -> "Globex", "Barclays'" -> "Barclays"."""
    return possessive.removesuffix("'s").removesuffix("'")


_DESCRIBED = re.compile(r"^(?:[a-z][\w-]* )+")


def _named_owner(name: str | None) -> str | None:
    """ "giant WPP" -> "WPP's": a firm's name as an owner, without the words before it."""
    if name is None:
        return None
    return f"{_DESCRIBED.sub('', name)}'s"


def _uncap_opening(words: str, first: Any) -> str:
    """ "High oil prices" -> "high oil prices" when `first`, their first token, opens the
    sentence and is no name."""
    if first.is_sent_start and first.pos_ != "PROPN" and words.startswith(first.text):
        return first.lower_ + words[len(first.text) :]
    return words


def _uncap(words: str, opening: str) -> str:
    """ "Net profit" opening a sentence -> "net profit" after an owner ("Pre-tax" too, which
    the model may split at its hyphen)."""
    first = words.split()[0]
    return words[0].lower() + words[1:] if opening in (first, first.split("-")[0]) else words


_POLL_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|while|whereas)\b")
_ELIDED = re.compile(r"\b(did|do|does|would|could|will|can)\s+not$")
_PRONOUNS = frozenset("they he she we i it".split())
_DISSENT = re.compile(r"^share (?:who|saying) (disagreed|agreed|disagree|agree)$")


def _poll_asked(out: list[Amount], sent_start: int) -> str | None:
    """The object of the sentence's last poll share ("share who said ..."), if any."""
    return next(
        (
            a.object
            for a in reversed(out)
            if a.span[0] >= sent_start and a.object and " who " in a.object
        ),
        None,
    )


def _poll_ellipsis(obj: str, asked: str, before: str) -> str:
    """A poll's second share leaves out what the first said: "69% of over-55s say they always
    vote, compared with 17% of 18 to 24 year olds" (17% who say so too), "30% said the
    affair showed X while 63% disagreed" (63% who disagreed that it showed X)."""
    whose, said = asked.split(" who ", 1)
    if " who " not in obj and obj.startswith("share of ") and _POLL_COMPARED.search(before):
        return f"{obj} who {said}"
    elided = _ELIDED.search(obj)
    pron, _, rest = said.partition(" ")[2].partition(" ")  # "said [they] [had sympathy ...]"
    if elided is not None and pron in _PRONOUNS and rest:
        verb_, _, tail = rest.partition(" ")
        if elided.group(1) in ("did", "do", "does"):
            # "53% said they had sympathy, with 40% saying they did not [have sympathy]"
            return f"{obj} {base_form(verb_)} {tail}".rstrip()
        if verb_ == elided.group(1) and tail:
            return f"{obj} {tail}"  # "70% would be ..., 25% would not [be ...]"
    dissent = _DISSENT.match(obj)
    verb, _, claim = said.partition(" ")
    if (
        dissent is not None
        and verb
        in ("said", "say", "says", "believe", "believed", "thought", "think", "felt", "feel")
        and claim
    ):
        return f"share who {dissent.group(1)} that {claim}"
    return obj


def _subject_before(sent: Any) -> Any:
    """The subject of the main clause of the sentence before `sent`, or None."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    return next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _earlier_owner(sent: Any, people: set[int]) -> str | None:
    """The named organisation the sentence before is about (its main clause's subject), for
    an "its" its own sentence leaves open; None when that subject is no single name."""
    cand = _subject_before(sent)
    named_ = (
        next((c for c in cand.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if cand is not None and cand.pos_ == "NOUN"
        else None
    )
    if named_ is not None:
        cand = named_  # "its own internet business, AOL, had mixed fortunes": AOL
    for _ in range(3):
        # "UK Coal reported losses. The South Yorkshire company said ... Its shares were down":
        # a firm called by a common noun is the one a sentence before named
        if cand is None or cand.pos_ != "NOUN" or cand.lemma_.lower() not in _COMPANY_NOUNS:
            break
        cand = _subject_before(cand.sent)
    if cand is not None and cand.lemma_.lower() in ("share", "stock"):
        # "Shares in UK Coal have fallen. ... its shares were down 10%": UK Coal's
        cand = next(
            (
                p
                for c in cand.rights
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "PROPN"
            ),
            None,
        )
    if cand is None or cand.pos_ != "PROPN" or cand.idx in people:
        return None
    if cand.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") and (
        cand.ent_type_ != "PERSON" or any(c.dep_ in ("compound", "flat") for c in cand.lefts)
    ):
        return None  # a person's or a country's "its" is another thing's
    return _name(cand)


_EXCLUDING = re.compile(
    r"\b(excluding|excluding the|not including)\s+([^,;.()]{3,40}?)\s*(?=[,;.()])", re.I
)


def _when_promised(sent: Any, said: str) -> bool:
    """Whether the period words `said` hang on a verb of promising or planning ("agreed in
    1970 to", "promised by EU leaders in 2000") rather than on what was promised."""
    at = sent.text.find(said) if said else -1
    if at < 0:
        return False
    start = sent.start_char + at
    tok = next((t for t in sent if t.idx >= start), None)
    for _ in range(4):
        if tok is None or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return _AIM_VERBS.get(tok.lemma_.lower()) in ("pledge", "target")
    return False


_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.I)


def _object_of_clause(obj: str | None, span: Any, skip: set[int]) -> str | None:
    """ "lower than the 11.3% creditors previously hoped to receive": the share is what the
    clause after it is about (its verb has no object of its own); None when not so."""
    noun = span[-1].head if span[-1].dep_ in ("compound", "nummod", "amod") else None
    if (
        noun is None
        or obj not in (None, _np(noun, skip))
        or noun.tag_ not in _PLURAL_TAGS  # "a 3% improvement anticipated": no clause of whom
        or noun.lemma_.lower() in _CHANGE_NOUNS
    ):
        return None
    # "lower than the 11.3% creditors hoped to receive" (the parse may hang the noun on
    # "than"/"below" and the verb elsewhere)
    verb = (
        noun.head if noun.dep_ == "nsubj" else noun.doc[noun.i + 1] if noun.dep_ == "pobj" else None
    )
    while verb is not None and verb.dep_ == "aux" and verb.head.i > verb.i:
        verb = verb.head
    if verb is None or verb.i <= noun.i or verb.dep_ == "acl":
        return None
    inner = next((c for c in verb.rights if c.dep_ == "xcomp"), verb)
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in inner.children):
        return None
    words = [noun, *(t for t in verb.subtree if t.i > noun.i and not t.is_punct)]
    if len(words) > 8:
        return None
    what = "share" if span[-1].lower_ in ("%", "percent", "cent") else "amount"
    return f"{what} {_join(words)}"


def _object_nearby(span: Any, skip: set[int], out: list[Amount], unit: str) -> str | None:
    """Objects the tree gives only around the amount: "rising inflation - reaching 0.7%"
    (the noun the participle describes), "margins were 14.1%, which could reach 14.8%" (the
    earlier amount "which" stands for), "the remaining 12% will be retained by X" (a share
    and what is said of it), "the Dome cost taxpayers £28.7m" (the cost of the subject)."""
    outs = _outward(span)
    if not outs:
        return None
    anchor = outs[0]
    verb = anchor.head
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() == "cost"
        and _nounish(verb.head, ("NOUN", "PROPN"))
    ):
        return f"cost of {_np(verb.head, skip)}"  # "government schemes costing £885m"
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and _nounish(verb.head, ("NOUN",)):
        return _np(verb.head, skip)
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "advcl") and anchor.dep_ == "dobj":
        # "rising inflation - reaching 0.7%": the noun the parse hung on the participle
        left = [c for c in verb.lefts if c.dep_ in ("npadvmod", "nsubj") and _nounish(c, ("NOUN",))]
        if left and left[-1].i not in skip:
            return _np(left[-1], skip)
    clause = _clause_head(span[0])
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "xcomp", "conj"):
            break
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.i in skip:
        said = clause.head.idx
        first = next((a for a in out if a.span[0] <= said < a.span[1]), None)
        if first is not None and first.unit == unit and first.object:
            return _base(first)
    if (
        anchor.dep_ in ("nsubj", "nsubjpass")
        and span[-1].lower_ in ("%", "percent", "cent")
        and verb.pos_ == "VERB"
        and verb.lemma_ not in _SAY_VERBS
        and verb.dep_ != "relcl"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.rights)
    ):
        said = _predicate(verb, skip)
        if said and " " in said:
            return f"share {said}"
    owned = next((c for c in span[-1].rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if owned is not None:
        anchor, verb = owned, owned  # "(be) 70% owned by ...", the participle hung on "%"
    if (
        anchor.dep_ in ("npadvmod", "acl")
        and verb.tag_ == "VBN"
        and span[-1].lower_ in ("%", "percent")
    ):
        by = [
            t
            for c in verb.rights
            if c.dep_ == "agent"
            for t in c.subtree
            if t.dep_ != "det" and (t.i not in skip or t.is_alpha)
        ]
        if by and len(by) <= 7:
            return f"share {verb.text} {_join(by)}"  # "80% owned by its 10 largest holders"
    if verb.lemma_ == "cost" and (payer := _subject(verb)) is not None and _nounish(payer):
        return f"cost of {_np(payer, skip)}"
    if anchor.dep_ in ("compound", "nummod", "amod") and verb.lemma_.lower() in _NOUN_WAYS:
        return _parallel_change(span, verb, out)
    return None


def _cost_of(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "The bridge has cost £40m to build", "the document, which ... has cost £2,500 to
    design": the cost of the subject (a relative pronoun's noun), with what for; None when
    the amount is no such cost or the object says more already."""
    outs = _outward(span)
    verb = outs[0].head if outs and outs[0].dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() != "cost":
        return None
    # "the strike cost the airline $40m": the cost of the strike, to whom
    payer = next(
        (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < outs[0].i), None
    )
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = verb.head  # "government schemes costing £885m"
        if obj == _np(subj, skip):
            obj = None
    if subj is not None and subj.tag_ == "WDT":
        rel = next((a for a in subj.ancestors if a.dep_ == "relcl"), None)
        subj = rel.head if rel is not None else None
    if subj is None or not _nounish(subj, ("NOUN",)) or subj.i in skip:
        return None
    rate = re.search(r" per \w+$", obj or "")
    if (obj[: rate.start()] if obj and rate else obj) not in (None, "cost"):
        return None  # "The new stadium will cost $500m": the stadium's price, as it is
    what = _np(subj, skip)
    if payer is not None and _nounish(payer, ("NOUN", "PROPN")) and payer.i not in skip:
        what += f" to {_np(payer, skip)}"
    doing = next((c for c in verb.rights if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"), None)
    words = [t for t in doing.subtree if t.i not in skip] if doing is not None else []
    purpose = f" {_join(words)}" if words and words[0].lower_ == "to" and len(words) <= 7 else ""
    return f"cost of {what}{purpose}{rate.group(0) if rate else ''}"


_RATE_WORDS = re.compile(r"\b(?:rates?|unemployment|jobless|inflation)\b", re.I)


# Nouns for people by what they do: "depositors", "shareholders", "economists".
_AGENT_NOUN = re.compile(r"(?:holder|payer|[^aeiou]er|or|ist|ant)$")


# Words after "at"/"in" that are a price, a moment or a state, not a place.
_NO_PLACE = frozenset(
    """trade trading deal dealing close open opening start end high low level record peak
    price rate point mark pence penny cent cents dollar euro yen pound time""".split()
)


# Verbs of one thing beating another by an amount ("production is outstripping demand by
# 30%": the excess of production over demand).
_EXCEED_VERBS = frozenset("exceed outstrip outpace outnumber outsell outweigh surpass".split())
# Nouns for a firm whose size a money amount can give ("a $160bn telecoms giant").
_FIRM_NOUNS = frozenset("giant firm company group business empire conglomerate bank".split())
# A poll lead ("Labour lead the Conservatives by 39% to 34%"), looked for in the text first.
_LEAD_WORDS_RE = re.compile(r"\b(?:lead|leads|led|leading|trail|trails|trailed|trailing)\b")


def _excess_of(span: Any, skip: set[int]) -> str | None:
    """ "Production is outstripping demand by about 30%": the excess of one over the other."""
    at = span.start - 1
    while at > 0 and span.doc[at].lower_ in _LEAD_WORDS | {"just", "only", "over", "more"}:
        at -= 1  # "by about 30%"
    by = span.doc[at] if at >= 0 else None
    verb = by.head if by is not None and by.lower_ == "by" else None
    if verb is None or verb.lemma_.lower() not in _EXCEED_VERBS:
        return None
    over = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
    subj = _subject(verb)
    if over is None or subj is None or subj.i in skip or subj.pos_ == "PRON":
        return None
    if not (_nounish(over) and _nounish(subj)):
        return None
    return f"excess of {_np(subj, skip)} over {_np(over, skip)}"


def _sale_of(span: Any, obj: str | None, skip: set[int], lx: Lexicon) -> str | None:
    """ "Citigroup has sold its insurance arm to Metlife for $11.5bn": the sale of the arm, not
    the arm (whose value the price is only at that sale); None when that is not the case."""
    outs = _outward(span)
    at = outs[0] if outs else None
    verb = (
        at.head.head if at is not None and at.dep_ == "pobj" and at.head.lower_ == "for" else None
    )
    if (
        verb is not None
        and verb.dep_ == "relcl"
        and verb.lemma_.lower() not in _TRADE_VERBS
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ == "to"
    ):
        verb = verb.head.head.head  # "sold to a consortium which included X, for $800m"
    if verb is None or verb.lemma_.lower() not in _TRADE_VERBS:
        return None
    sold = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
    noun = _verb_noun(verb, lx)
    if (
        sold is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and noun is not None
        and _nounish(verb.head, ("NOUN",))
        and verb.head.i not in skip
    ):
        # "a steel mill sold to a consortium for $800m": the sale of the mill
        return f"{noun} of {_np(verb.head, skip, with_acl=False)}"
    if sold is None and noun is not None and verb.tag_ == "VBN":
        # "Yugansk was sold for $9.3bn in an auction": the sale of the passive's subject
        sold_ = next((c for c in verb.lefts if c.dep_ == "nsubjpass" and c.i not in skip), None)
        if sold_ is not None and _nounish(sold_) and sold_.pos_ != "PRON":
            if not obj or obj.startswith(noun) and " of " not in obj:
                what = _name(sold_) if sold_.pos_ == "PROPN" else _np(sold_, skip)
                rest = obj[len(noun) :] if obj else ""
                return f"{noun} of {what}{rest}"
            if obj.endswith(_np(sold_, skip).split("'s ")[-1]):
                return f"{noun} of {obj}"  # "Globex's paper unit was sold for $40m"
    if sold is not None and noun is not None and not obj and _nounish(sold):
        # "opted to sell a minority stake to Italian bank Mediobanca for 775m euros"
        buyer = next(
            (
                p
                for c in verb.rights
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj" and p.i not in skip and _nounish(p)
            ),
            None,
        )
        to = f" to {_np(buyer, skip)}" if buyer is not None else ""
        return f"{noun} of {_np(sold, skip)}{to}"
    if sold is None or noun is None or not obj or obj.startswith(noun):
        return None
    # only when the object read is the thing sold itself, with or without its owner
    core = re.sub(r"^(?:its|their|his|her) ", "", _np(sold, skip).split("'s ")[-1])
    if not obj.endswith(core):
        return None
    return f"{noun} of {obj}"


# Nouns of a deal or a blow whose clause says what it was ("bought Zenco in a $2bn deal").
_EVENT_NOUNS = frozenset(
    """deal merger takeover transaction agreement acquisition purchase buyout hit loss charge
    blow cost""".split()
)


def _event_said(span: Any, obj: str | None, skip: set[int], lx: Lexicon) -> str | None:
    """ "Acme bought rival Zenco in a $2bn deal" -> "Acme's purchase of rival Zenco", "a
    restructuring drive led to a $300m hit" -> "hit from restructuring drive": a bare deal or
    blow told by its clause; None when the object says more already or no clause tells."""
    outs = _outward(span)
    if not outs:
        return None
    doc = span.doc
    if outs[0].dep_ in ("nmod", "compound", "amod", "nummod") and outs[0].head.dep_ == "pobj":
        noun, prep = outs[0].head, outs[0].head.head
    elif outs[0].dep_ == "pobj" and span.end < len(doc):
        noun, prep = doc[span.end], outs[0].head  # "led to a $300m hit", "hit" tagged a verb
    else:
        return None
    low = noun.lower_
    if low not in _EVENT_NOUNS or noun.i in skip:
        return None
    if obj is not None and obj != low and not obj.endswith(f"'s {low}"):
        return None
    verb = prep.head
    if prep.lower_ == "in" and verb.pos_ == "VERB":
        vnoun = _verb_noun(verb, lx)
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.rights) and verb.lemma_ in (
            "snap",
            "buy",
        ):
            vnoun = "purchase"  # "snapped up rival bank FleetBoston in a $47bn merger"
        done = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in skip), None)
        if vnoun is None or done is None or not _nounish(done) or vnoun == low:
            return None
        doer = _subject(verb)
        if doer is not None and doer.lower_ == "it":
            # "became part of BOA when it snapped up FleetBoston": the firm named before
            doer = next(
                (
                    t
                    for t in reversed(doc[span.sent.start : doer.i])
                    if t.pos_ == "PROPN" and t.ent_type_ == "ORG"
                ),
                doer,
            )
        whose = (
            f"{_possessive(_name(doer))} "
            if doer is not None and doer.pos_ == "PROPN" and doer.i not in skip
            else "its "
            if doer is not None and doer.lower_ == "it"
            else ""
        )
        return f"{whose}{vnoun} of {_np(done, skip)}"
    if prep.lower_ == "to" and verb.lemma_.lower() in ("lead", "contribute"):
        cause = _subject(verb)
        if cause is None or not _nounish(cause, ("NOUN",)) or cause.i in skip:
            return None
        what = _np(noun, skip, with_prep=True) if noun.pos_ == "NOUN" else low
        return f"{what} from {_np(cause, skip, with_prep=True)}"
    return None


_SHARES = re.compile(r"\bshares\b|\bshare prices?\b")


def _market_of(obj: str, span: Any, skip: set[int]) -> str:
    """ "Shares fell 1% in London, and dropped by 1.2% in Amsterdam": the market a share
    price moved in, a city its verb names (a country is a party, not a market)."""
    if not _SHARES.search(obj):
        return obj
    v = _clause_head(span[0])
    # (or hung on the level it went to: "to 50.50 euros in Amsterdam")
    levels = [p for c in v.rights if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    for c in (*v.rights, *(k for p in levels for k in p.rights)):
        if c.dep_ != "prep" or c.lower_ != "in" or c.i in skip:
            continue
        for p in c.children:
            if (
                p.dep_ == "pobj"
                and p.ent_type_ == "GPE"
                and not _names_country(_name(p))
                and _name(p) not in obj
            ):
                return f"{obj} in {_name(p)}"
    return obj


# Nouns of growth or change whose "for" names whose it is.
_FOR_WHOM_NOUNS = frozenset(
    "growth expansion rise fall increase decline contraction forecast forecasts".split()
)


def _growth_for(obj: str, tok: Any, skip: set[int]) -> str:
    """ "forecast total growth of 3.6% in 2004 for the 30 member countries of the OECD":
    whose growth, by the "for" of the noun or of the verb it is the object of."""
    if tok.lemma_.lower() not in _FOR_WHOM_NOUNS or " for " in obj:
        return obj
    with_ = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "pcomp" else None
    if with_ is not None and with_.lower_ == "with" and _nounish(with_.head, ("NOUN", "PROPN")):
        # "the outlook was worst for the eurozone bloc, with growth forecasts slipping to
        # 1.8%": the forecasts of what the "with" hangs on
        owner = with_.head
        if owner.i not in skip:
            # (its name words only: "the 12-member eurozone bloc" -> "eurozone bloc")
            named = [c for c in owner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            said = _join([*named, owner])
            return f"{obj} for {said}" if said and said not in obj else obj
    hosts = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for h in hosts:
        for c in h.rights:
            if c.dep_ not in ("prep", "dative") or c.lower_ != "for" or c.i in skip:
                continue
            whom = next((p for p in c.children if p.dep_ == "pobj"), None)
            if (
                whom is None
                or not _nounish(whom)
                or whom.ent_type_ in ("DATE", "TIME")
                or whom.lemma_.lower() in ("year", "quarter", "month", "period", "whole")
            ):
                continue
            said = _name(whom) if whom.pos_ == "PROPN" else _np(whom, skip, with_prep=True)
            if said and said not in obj and len(said.split()) <= 6:
                return f"{obj} for {said}"
    return obj


_THE_NATION_FIRM = re.compile(
    rf"\b[Tt]he (?:[A-Z][a-z]+ )+(?:{'|'.join(sorted(_COMPANY_NOUNS))})s?\b"
)


def _described_firm_country(sent: Any, countries: Any, text: str) -> list[str]:
    """ "GM had to pay former partner Fiat 1.55bn euros to get out of a deal which could have
    forced it to buy the Italian carmaker": a firm of the sentence told by its nationality is
    a side of its money."""
    if countries is None or not _THE_NATION_FIRM.search(text, sent.start_char, sent.end_char):
        return []  # (a cheap test of the words first)
    for t in sent:
        if (
            t.lemma_.lower() in _COMPANY_NOUNS
            and t.pos_ == "NOUN"  # (not a name's word: "the Inter-American Development Bank")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)
            and not any(c.dep_ == "poss" for c in t.lefts)
        ):
            for c in t.lefts:
                if c.dep_ in ("amod", "compound") and _names_nationality(c.text):
                    code = _kb_country(c.text)
                    return [code] if code else []
    return []


def _where_of(obj: str, span: Any, skip: set[int]) -> str:
    """ "engineering, for instance, where only 10% of employees are women": the place or
    field a "where" clause the amount is in belongs to."""
    head = _clause_head(span[0])
    if not _where_clause(head):
        return obj
    place = head.head
    if place.i in skip or not _nounish(place) or place.ent_type_ in ("DATE", "TIME"):
        return obj
    said = _name(place) if place.pos_ == "PROPN" else _np(place, skip, with_prep=True)
    if not said or said in obj or place.text in obj.split() or len(said.split()) > 6:
        return obj  # (said already: "revenues at its beverage division, where they fell")
    return f"{obj} in {said}"


_HEADLINE_IN = re.compile(r"^(?P<who>[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,4}) in (?:an? )?$")
_HEADLINE_WHAT = re.compile(r"^ (?P<what>[\w'’-]+(?: [\w'’-]+){0,4})\s*$")


def _headline_in(sent: Any, hit: _Hit, text: str) -> str | None:
    """ "Ryanair in $4bn Boeing plane deal", "US bank in $515m SEC settlement": a headline
    with no verb; the deal is the one named before "in"."""
    before = _HEADLINE_IN.match(text[sent.start_char : hit.start])
    after = _HEADLINE_WHAT.match(text[hit.end : sent.end_char])
    if before is None or after is None or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    return f"{_possessive(before.group('who'))} {after.group('what')}"


_ORG_PRONOUN = re.compile(r"\b(it|its|their)\b")


def _org_pronoun(obj: str, span: Any, sent: Any) -> str:
    """ "reports it had from consumers" said by the Federal Trade Commission, "the price of
    their iron ore" boosted by CVRD: the organisation named as a subject before the amount
    stands for "it", "its" or "their" left in the object."""
    at = _ORG_PRONOUN.search(obj)
    if at is None or re.search(r"\b[A-Z]", obj[: at.start()]):
        return obj  # ("a loan that Yugansk had secured on its assets": the name said before)
    doc = span.doc
    said = next(
        (t.i for t in doc[sent.start : sent.end] if t.lower_ in ("it", "its", "their")), None
    )
    if said is None:
        return obj
    org = next(
        (
            t
            for t in reversed(doc[sent.start : said])
            if t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and t.ent_type_ in ("ORG", "")
            # (a one-word "Government" is no name; "the Federal Trade Commission" is)
            and (t.lower_ not in lexicon().actors or any(c.dep_ == "compound" for c in t.lefts))
        ),
        None,
    )
    if org is None:
        return obj
    # the whole name ("Food" hangs on "Standards" in "the Food Standards Agency")
    name = _join([t for t in doc[org.left_edge.i : org.i + 1] if t.pos_ == "PROPN"])
    return _ORG_PRONOUN.sub(lambda m: name if m.group(1) == "it" else _possessive(name), obj)


_AGE_WORDS = ("over", "under")
# What a band of school ages names ("14-19 qualifications", "16-19 education").
_AGE_BAND_NOUNS = frozenset(
    "qualification education curriculum diploma schooling learning provision reform".split()
)
_AGED = re.compile(r" with \w+ (?:over|under|aged) \d+")


def _where_so(obj: str, span: Any, skip: set[int]) -> str:
    """ "£200 to households with people over 60, or £300 where people are over 80": the
    amount's own "where" clause says which ones, in place of the ones said before it."""
    clause = next(
        (
            c
            for c in span[-1].rights
            if c.dep_ in ("relcl", "advcl") and any(k.lower_ == "where" for k in c.lefts)
        ),
        None,
    )
    if clause is None:
        return obj
    age = {
        t.i
        for t in clause.subtree
        if t.like_num
        and (t.head.lower_ in _AGE_WORDS or any(k.lower_ in _AGE_WORDS for k in t.lefts))
    }
    words = [t for t in clause.subtree if t.dep_ != "det"]
    if len(words) > 8 or any(t.i in skip - age or t.is_punct for t in words):
        return obj
    said = _join(words)
    return _AGED.sub(f" {said}", obj, count=1) if _AGED.search(obj) else f"{obj} {said}"


def _phrase_words(head: Any, skip: set[int], most: int) -> list[Any] | None:
    """`head`'s subtree without articles, cut at a comma; None if long or holding another
    amount."""
    words = [t for t in head.subtree if t.dep_ != "det" or t.i == head.i]
    cut = next((k for k, t in enumerate(words) if t.is_punct and t.tag_ != "HYPH"), len(words))
    words = words[:cut]
    if not words or len(words) > most or any(t.i in skip for t in words):
        return None
    return words


def _bare_noun_said(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "an $850m payout to settle a lawsuit", "a 475m euro hit in costs stemming from a
    scandal", "The £13.8m deal gives Burren access to India's oil industry": a bare money
    noun with what its own phrase or clause says of it; None when the object says more."""
    outs = _outward(span)
    if not outs or outs[0].dep_ not in ("nmod", "compound", "amod", "nummod"):
        return None
    noun = outs[0].head
    # (after its owner: "Marsh's payout")
    owner = re.match(rf"^(.+?['’]s?) {re.escape(noun.lower_)}$", obj or "", re.I)
    if owner is not None:
        obj = obj[owner.end(1) + 1 :] if obj else obj
    if obj is None or obj.lower() != noun.lower_ or noun.pos_ not in ("NOUN", "ADJ"):
        return None
    if noun.i in skip or noun.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        return None
    mine = f"{owner.group(1)} " if owner is not None else ""
    parts: list[Any] = []
    # (or the purpose the parse hung on the verb, right after the noun: "blamed an $850m
    # payout to settle a lawsuit")
    hung = [
        c
        for c in noun.head.rights
        if noun.dep_ == "dobj"
        and c.dep_ in ("xcomp", "advcl")
        and c.left_edge.i == noun.right_edge.i + 1
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts)
    ]
    for c in (*noun.rights, *hung):
        if c.i in skip:
            continue
        words = None
        if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in c.lefts
        ):
            words = _phrase_words(c, skip, 8)  # "payout to settle a price-rigging lawsuit"
        elif c.dep_ == "prep" and c.lower_ in ("in", "for", "on", "over", "from", "against"):
            words = _phrase_words(c, skip, 10)  # "hit in costs stemming from a scandal"
            if words and any(t.ent_type_ in ("DATE", "TIME") for t in words):
                words = None
        if words:
            parts += words
        break
    if not parts and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        verb = noun.head  # "The £13.8m deal gives Burren Energy access to the industry"
        said = [t for c in verb.rights if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree]
        said = [t for t in said if t.dep_ != "det"]
        cut = next((k for k, t in enumerate(said) if t.is_punct), len(said))
        said = said[:cut]
        if (
            0 < len(said) <= 9
            and not any(t.i in skip for t in said)
            and verb.lemma_.lower() not in _SAY_VERBS | _HEARSAY_VERBS | {"be", "have"}
        ):
            return f"{mine}{noun.lower_} {gerund(verb.lemma_.lower())} {_join(said)}"
    if not parts:
        return None
    return f"{mine}{noun.lower_} {_join(parts)}"


_MADE_DEAL_NOUNS = frozenset("settlement deal agreement contract".split())
_MAKE_DEAL_VERBS = frozenset("reach sign strike conclude clinch seal agree secure win".split())


def _deal_maker(span: Any, obj: str | None, skip: set[int]) -> str | None:
    """ "Fiat was set to restructure after reaching a $2bn settlement with GM": the deal of
    the one who made it (a name); None when the object says whose already."""
    outs = _outward(span)
    if not obj or not outs or outs[0].dep_ not in ("nmod", "compound", "amod", "nummod"):
        return None
    noun = outs[0].head
    if noun.lower_ not in _MADE_DEAL_NOUNS or not obj.startswith(noun.lower_):
        return None
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _MAKE_DEAL_VERBS:
        return None
    maker = _own_subject(verb)
    if maker is None and verb.dep_ in ("pcomp", "advcl"):
        up = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "after reaching"
        maker = _own_subject(up) if up.pos_ in ("VERB", "AUX") else None
    if maker is None or maker.pos_ != "PROPN" or maker.i in skip:
        return None
    return f"{_possessive(_name(maker))} {obj}"


def _what_for(obj: str, span: Any, skip: set[int]) -> str:
    """ "a fine ... and of up to £2,500 for failing to sign up": what a one-word object is
    for, by the amount's own "for"."""
    outs = _outward(span)
    # (or the noun's, in "a fine of up to £100 for people who drop litter")
    noun = (
        outs[0].head.head
        if outs and outs[0].dep_ == "pobj" and outs[0].head.lower_ == "of"
        else None
    )
    hosts = [*span, noun] if noun is not None and noun.lower_ == obj.lower() else list(span)
    for t in hosts:
        for c in t.rights:
            if (
                c.dep_ == "prep"
                and c.lower_ == "for"
                and c.i not in skip
                and c.i > span.start
                # (a noun's "for" that runs on into another amount's words is theirs too)
                and (t.i in range(span.start, span.end) or not any(w.i in skip for w in c.subtree))
            ):
                # (without its conditions: "for failing to sign up if the cards ...", up to
                # another amount's "and of up to £400")
                cond = {w.i for k in c.subtree if k.dep_ == "advcl" for w in k.subtree}
                sub = list(c.subtree)
                cut = next(
                    (
                        k
                        for k, w in enumerate(sub)
                        if w.i in cond
                        or w.i in skip
                        or w.pos_ == "CCONJ"
                        or w.is_punct
                        and w.tag_ != "HYPH"
                    ),
                    len(sub),
                )
                words = [w for w in sub[:cut] if w.lower_ not in ("a", "an", "the")]
                if 1 < len(words) <= 7 and not any(w.ent_type_ in ("DATE", "TIME") for w in words):
                    return f"{obj} {_join(words)}"
    return obj


def _valued_past_aside(span: Any, skip: set[int]) -> str | None:
    """ "That sale valued Ferrari - which owns the Maserati brand - at 2.3bn euros": the
    parse hangs the "at" inside the aside; the value is of what was valued before it."""
    doc = span.doc
    at = doc[span.start - 1] if span.start > 1 else None
    if at is None or at.lower_ != "at" or doc[at.i - 1].text not in ("-", "–", "—", ")", ","):
        return None
    for v in reversed(doc[span.sent.start : at.i]):
        if v.lemma_.lower() == "value" and v.pos_ == "VERB":
            if any(c.dep_ == "prep" and c.lower_ == "at" for c in v.rights):
                return None  # its own "at": the parse is right as it is
            valued = next((c for c in v.rights if c.dep_ == "dobj" and c.i not in skip), None)
            if valued is None or not _nounish(valued) or valued.i >= at.i:
                return None
            what = _name(valued) if valued.pos_ == "PROPN" else _np(valued, skip)
            return f"valuation of {what}"
    return None


# Passive verbs money is handed out by ("£5m will be given to schools").
_HANDED_VERBS = frozenset("offer give lend provide make allocate grant award pay".split())
# Objects that say only that it is money.
_MONEY_WORDS = frozenset("money cash funds sum gift payment".split())


# Objects owned by a region or the world ("African average", "global growth").
_REGION_OWNED = re.compile(
    r"^(?:African|European|Asian|Arab|Latin American|Middle Eastern|global|world|"
    r"worldwide|international)\b(?! Union| Commission| Central Bank| Parliament)"
)


def _handed_out(span: Any, skip: set[int]) -> str | None:
    """ "The bulk of the money - about 40m euros - will be offered in the form of preferential
    loans to indebted producers", "£5m will be given to schools": in what form and to whom the
    money is handed out; None when the sentence does not say."""
    outs = _outward(span)
    if not outs:
        return None
    h = outs[0]
    if h.dep_ == "appos":  # "the money - about 40m euros -"
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.dep_ == "nsubjpass":
        h = h.head.head  # "the bulk of the money"
    verb = h.head if h.dep_ == "nsubjpass" else None
    if verb is None or verb.lemma_.lower() not in _HANDED_VERBS:
        return None
    heads = [verb, *(c for c in verb.rights if c.dep_ in ("oprd", "acomp"))]  # "made available"
    form = whom = None
    for c in (k for x in heads for k in x.rights):
        pobj = next((p for p in c.children if p.dep_ == "pobj" and p.i not in skip), None)
        if pobj is None or c.dep_ not in ("prep", "dative"):
            continue
        if c.lower_ == "in" and form is None:
            inner = next(
                (
                    p
                    for k in pobj.rights
                    if k.lower_ == "of"
                    for p in k.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
            form = inner if pobj.lemma_.lower() == "form" and inner is not None else pobj
        elif c.lower_ == "to" and whom is None:
            whom = pobj
    if form is None and whom is not None:
        # "to wine cooperatives, which ..., in low interest loans": hung on the receiver
        form = next(
            (
                p
                for c in whom.rights
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.i not in skip and p.tag_ in _PLURAL_TAGS
            ),
            None,
        )
    if form is None and whom is None:
        return None
    what = _np(form, skip) if form is not None else "money"
    shown = skip | ({form.head.i, *(t.i for t in form.subtree)} if form is not None else set())
    return f"{what} to {_np(whom, shown)}" if whom is not None else what


# Verbs whose subject brings the amount about ("cutting the limit would save 65 lives",
# "the closure would mean the loss of 800 jobs"), with the word that joins the cause.
_EFFECT_VERBS = {
    "save": "by",
    "mean": "from",
    "cause": "from",
    "knock": "from",
    "wipe": "from",
    "lead": "from",
    "result": "from",
    "trigger": "from",
}


_HIGHS = frozenset("high low peak".split())
# " who reside in Argentina": the verb before a place, for the listed shares after it.
_VERB_BEFORE_PLACE = re.compile(r"^( who \w+) in [A-Z]")


def _at_level(anchor: Any, skip: set[int]) -> str | None:
    """ "down on the record high of $55.67": "record high", the level the price was at, not
    any price; None when the amount is no such level's."""
    high = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if (
        high is None
        and anchor.dep_ in ("nmod", "compound", "nummod", "amod")
        and anchor.head.lemma_.lower() in _HIGHS | {"level"}
        and any(c.lower_ == "record" for c in anchor.head.lefts)
    ):
        high = anchor.head  # "close to the $1.3006 record level set on 10 November"
        words = [c for c in high.lefts if c.lower_ == "record"]
        return _join([*words, high])
    if high is None or high.lemma_.lower() not in _HIGHS or high.i in skip:
        return None
    words = [
        t
        for c in high.lefts
        if c.dep_ in ("amod", "compound", "poss", "nummod", "npadvmod")
        for t in c.subtree
    ]
    return _join([*words, high])


def _at_close(anchor: Any) -> str | None:
    """ "before closing at $53.03", "shares closed at 245p": "close", the price's time."""
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "at" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("close", "finish"):
        return None
    return "close"


# A cheap test for one of those verbs in the sentence, before the parse is walked.
_EFFECT_WORD = re.compile(r"(?i)\b(?:sav|mean|caus|knock|wip|lead|led\b|result|trigger)")
_VAGUE_CAUSES = frozenset(
    "move plan measure change step decision proposal idea scheme policy deal agreement".split()
)


_ASKED_NOUNS = frozenset("claim demand bid request call appeal".split())


def _claim_for(obj: str, out: Any) -> str:
    """ "its claim for $280bn in damages from tobacco firms" -> "claim for damages from
    tobacco firms": money asked for is the claim's, not money paid."""
    held = out.head if out.dep_ in ("nmod", "compound", "nummod", "quantmod") else out
    asked = held.head.head if held.dep_ == "pobj" and held.head.lower_ == "for" else None
    if asked is None or asked.lemma_.lower() not in _ASKED_NOUNS or asked.lower_ in obj:
        return obj
    return f"{asked.lower_} for {obj}"


_AS_A_RESULT = re.compile(r"\b(?:as\s+a\s+result|because)\s+of\b", re.I)


def _as_a_result_of(obj: str, span: Any, skip: set[int]) -> str:
    """ "it may lose millions of euros as a result of Air Force One landing at Frankfurt":
    "Lufthansa's loss from Air Force One landing at Frankfurt airport", what causes it."""
    verb = _governing_verb(span[-1])
    outs = _outward(span)
    if verb is None or " from " in obj or not outs:
        return obj
    held = outs[0].head if outs[0].dep_ in ("nmod", "compound", "nummod", "quantmod") else outs[0]
    if held.head.i != verb.i or held.dep_ not in ("dobj", "npadvmod", "nsubj", "nsubjpass"):
        return obj  # ("had gone from $17.8bn to nothing as a result of": not what it caused)
    for c in verb.rights:
        if c.dep_ != "prep" or c.i < span.end or c.lower_ not in ("as", "because"):
            continue
        result = next((k for k in c.children if k.lower_ in ("result", "of")), None)
        of = (
            next((k for k in result.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
            if result is not None and result.lower_ == "result"
            else result
        )
        cause = next((k for k in of.children if k.dep_ in ("pobj", "pcomp")), None) if of else None
        if cause is None:
            return obj
        words = [t for t in cause.subtree if t.dep_ != "det"]
        if not 0 < len(words) <= 8 or any(t.i in skip or t.is_punct for t in words):
            return obj
        return f"{obj} from {_join(words)}"
    return obj


def _caused_by(obj: str, span: Any, skip: set[int]) -> str:
    """ "lives saved per year" -> "... by cutting limit": the cause the effect verb's subject
    names; `obj` unchanged when the subject is an actor, a pronoun or already said."""
    verb = _governing_verb(span[-1])
    if verb is None or verb.lemma_.lower() not in _EFFECT_VERBS:
        return obj
    lemma = verb.lemma_.lower()
    if lemma in ("lead", "result") and (
        any(c.dep_ == "dobj" for c in verb.children)
        or not any(
            t.dep_ == "prep" and t.head.i == verb.i and t.lower_ in ("to", "in")
            for t in span[-1].ancestors
        )
    ):
        return obj  # "Labour lead the Conservatives by 39% to 34%": no effect
    cause = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    doing = (
        next(
            (c for c in cause.rights if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == cause.i + 1),
            None,
        )
        if cause is not None
        else None
    )
    if doing is not None:
        # "research claims cutting the limit would save": the parse made "claims" the
        # subject; the gerund hung on it is the cause
        done = [t for c in doing.rights if c.dep_ == "dobj" for t in c.subtree]
        words = [t for t in (doing, *done) if t.i not in skip and t.dep_ != "det"]
        return f"{obj} {_EFFECT_VERBS[lemma]} {_join(words)}" if len(words) <= 6 else obj
    if (
        cause is None
        or cause.i in skip
        or cause.dep_ == "nsubj"
        and (
            cause.pos_ != "NOUN"
            or cause.ent_type_  # "Italy would lose ...": a country, firm or person acts
            or _personal(cause)
            or cause.lemma_.lower() in _OWNER_ORGS
        )
        or cause.dep_ == "csubj"
        and cause.tag_ != "VBG"
    ):
        return obj
    what = re.sub(r"^(?:and|but|or) ", "", _np(cause, skip, with_prep=True))
    what = _uncap_opening(what, cause.left_edge)  # "High oil prices have knocked"
    if not what or cause.lower_ in obj.lower().split() or what in _VAGUE_CAUSES:
        return obj  # ("the move would save £6m": which move, another sentence says)
    return f"{obj} {_EFFECT_VERBS[lemma]} {what}"


# Nouns a bare mention may use for the whole ("Sales rose 3%" after "UK sales fell"): no
# earlier mention's words are borrowed for them.
_OVERALL_NOUNS = frozenset(
    """sale profit revenue earning turnover income loss growth inflation unemployment share
    price cost value""".split()
)


_NOT_BORROWED = _OVERALL_NOUNS | _DEAL_WORDS


def _named_before(obj: str, tok: Any, before: int, text: str) -> str:
    """ "rates" -> "interest rates": a bare noun takes the noun words of its nearest earlier
    mention in the article ("interest rates rose ... rates would remain at 4.75%"); `obj`
    unchanged when that mention has none or the noun may stand for a whole."""
    if tok is None or " " in obj or obj.lower() != tok.lower_ or tok.pos_ != "NOUN":
        return obj
    lemma = tok.lemma_.lower()
    if lemma in _NOT_BORROWED or any(
        c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.lefts
    ):
        return obj
    doc = tok.doc
    stem = lemma[:-1] if len(lemma) > 3 else lemma
    if text.find(stem, 0, tok.idx) < 0 and text.find(stem.capitalize(), 0, tok.idx) < 0:
        return obj  # (no earlier mention at all: no walk back)
    word = tok.lower_ if tok.is_sent_start else tok.text
    for t in reversed(doc[max(0, tok.i - 600) : tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
        words = [
            k
            for c in mods
            if c.dep_ == "compound" and c.pos_ == "NOUN"
            for k in c.subtree
            if k.is_alpha
        ]
        if len(mods) > len({c.i for c in mods if c.dep_ == "compound"}):
            return obj  # (the nearest mention says it otherwise: "the factory's output")
        if words:
            return f"{_uncap_opening(_join(words), words[0])} {word}"  # "Credit card debt"
        of = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        sub = [k for k in of.subtree if k.dep_ != "det"] if of is not None else []
        if 2 <= len(sub) <= 4 and all(
            k.is_alpha and k.pos_ in ("ADP", "NOUN", "PROPN") for k in sub
        ):
            return f"{word} {_join(sub)}"  # "stocks of heating oil", "auction of Yugansk"
    return obj


# A part of a year named without the year ("in the fourth quarter", "the first half").
_PART_OF_YEAR = re.compile(
    r"(?i)^\s*(?:(?:in|for|during|over|of)\s+)?(?:the\s+)?"
    r"((?:first|second|third|fourth|final|last|latest|past)\s+(?:quarter|half)"
    r"|(?:three|six|nine)\s+months(?:\s+to\s+[A-Z][a-z]+)?)\s*$"
)
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
    return main is not None and main.object == obj and not main.period and "previous" not in obj


# A clause of its own joined on: "... in 2004, and are expected to", "but will".
_JOINED_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|will|would|could|may|might|"
    r"should|has|have|had|expects?|forecasts?|predicts?)\b",
    re.I,
)


# Verbs that put forward what their clause says ("suggests ... parties with at least two
# members").
_SUGGEST_VERBS = frozenset("suggest propose recommend".split())
# Nouns of a commitment whose "to" clause says what is to be done ("a deal to supply").
_COMMITMENT_NOUNS = frozenset("deal agreement contract accord pact commitment".split())


def _agreed_to(span: Any) -> str | None:
    """ "has struck a deal to supply Peugeot with 30,000 SUVs": what a deal commits to is
    pledged, not done; None otherwise."""
    head = _clause_head(span[0])
    if (
        head.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.lefts)
        and head.head.lemma_.lower() in _COMMITMENT_NOUNS
    ):
        return "pledge"
    return None


# Verbs of goods going from one side to the other ("supply Peugeot with 30,000 SUVs").
_SUPPLY_VERBS = frozenset("supply sell deliver ship export".split())
_SUGGEST_WORD = re.compile(r"(?i)\b(?:suggest|propos|recommend)")


def _proposed_above(span: Any) -> str | None:
    """ "It also suggests increasing state funding to £3m so help can be extended to parties
    with at least two members": an amount inside what is put forward is a target; None
    otherwise ("the data suggests growth of 0.2%" is evidence, not a proposal)."""
    for up in span[-1].ancestors:
        if up.pos_ != "VERB" or up.lemma_.lower() not in _SUGGEST_VERBS or up.i > span.start:
            continue
        said = [c for c in up.rights if c.dep_ in ("ccomp", "xcomp")]
        after = up.doc[up.i + 1] if up.i + 1 < len(up.doc) else up
        if after.lower_.endswith("ing") and after.is_lower:
            return "target" if said else None  # "suggests increasing ...", however parsed
        if up.lemma_.lower() == "suggest" and not any(
            c.tag_ == "VBG"
            and not any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in c.lefts)
            or any(k.lower_ == "should" for k in c.lefts)
            for c in said
        ):
            return None  # (a proposal says what to do: "suggests increasing", "should")
        return "target" if said else None
    return None


# Currencies of many countries or of trade between them: no side is told by them.
_SHARED_CURRENCIES = frozenset("USD EUR GBP".split())


@lru_cache(maxsize=256)
def _currency_country(unit: str) -> str | None:
    """ "CNY" -> "CHN": the country whose own money a currency is (ISO 4217 codes open with
    the country's ISO 3166 alpha-2 code); None for shared and supranational currencies."""
    if len(unit) != 3 or not unit.isupper() or unit in _SHARED_CURRENCIES or unit[0] == "X":
        return None
    import pycountry  # (the codes table, loaded once a foreign currency is seen)

    country = pycountry.countries.get(alpha_2=unit[:2])
    return str(country.alpha_3) if country is not None else None


def _joined_clause_amount(
    span: Any, out: list[Amount], sent_start: int, obj: str | None
) -> Amount | None:
    """ "profits rose 1% in 2004, but would have been 8% higher if ...": the amount of the
    same thing in the clause this one is joined to, whose period is this one's too."""
    head = _clause_head(span[0])
    if head.dep_ != "conj" or not obj or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.lefts):
        return None
    return next(
        (a for a in reversed(out) if a.span[0] >= sent_start and _base(a) == obj and a.period),
        None,
    )


def _mark_previous(amount: Amount, sent_start: int, text: str) -> None:
    """ "Forecasts for growth" -> "previous forecasts for growth" (after the whole article
    is read, so no later amount copies the word)."""
    obj = amount.object or ""
    if text.startswith(obj.split(" ", 1)[0], sent_start) and obj[:1].isupper():
        obj = obj[:1].lower() + obj[1:]  # (a capital only for opening the sentence)
    # (after its owner, of one word or more: "International Monetary Fund's")
    owned = re.match(r"^(.*?\w['’]s) (.+)$", obj) or re.match(r"^(\S+['’]) (.+)$", obj)
    amount.object = f"{owned.group(1)} previous {owned.group(2)}" if owned else f"previous {obj}"


def _seen_by(obj: str, tok: Any, skip: set[int]) -> str:
    """ "its film division saw profits slump 27%": the division's profits, whose the clause
    after "saw" does not say (`obj` as it is otherwise)."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or tok.head.head.lemma_ != "see":
        return obj
    if any(c.dep_ == "poss" for c in tok.lefts) or tok.lower_ not in obj:
        return obj
    seer = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if seer is None or seer.i in skip or seer.pos_ == "PRON" or not _nounish(seer):
        return obj
    owner = _np(seer, skip)
    if f"{seer.text}'s" in obj:
        return obj  # its owner said already (an "its" since resolved)
    phrase = _np(tok, skip)
    at = obj.rfind(phrase) if phrase in obj else obj.rfind(tok.text)
    return f"{obj[:at]}{owner}'s {obj[at:]}" if at >= 0 else obj


def _cost_at(span: Any, skip: set[int]) -> str | None:
    """ "The scheme was scrapped, having attracted 900 students at a cost of £50m": the cost
    of the clause's subject; None when the sentence does not name one."""
    outs = _outward(span)
    of = outs[0].head if outs else None
    cost = of.head if of is not None and of.lower_ == "of" else None
    if cost is None or cost.lemma_ != "cost" or cost.dep_ != "pobj" or cost.head.lower_ != "at":
        return None
    verb = cost.head.head
    subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.i in skip or subj.pos_ == "PRON" or not _nounish(subj):
        return None
    split = [c for c in subj.head.children if c.dep_ == subj.dep_]
    if len(split) > 1 and split[-1].i - split[0].i == len(split) - 1:
        # "The e-University": a name the parse cut into several subjects
        return f"cost of {span.doc[split[0].i : split[-1].i + 1].text}"
    return f"cost of {_np(subj, skip)}"


def _where_it_moved(span: Any, obj: str, skip: set[int]) -> str:
    """ "Truancy has been reduced by 5% at the 128 worst hit schools", "Sales fell 3% in
    Brazil": where the change happened, said on its verb (" at 128 worst hit schools"); ""
    when it says no place or the object has it already."""
    verb = _governing_verb(span[-1])
    if verb is None:
        return ""
    for c in verb.rights:
        if c.dep_ != "prep" or c.lower_ not in ("in", "at", "across") or c.i < span.start:
            continue
        where = next((p for p in c.children if p.dep_ == "pobj"), None)
        if (
            where is None
            or where.i in skip
            or where.ent_type_ in ("DATE", "TIME")
            or where.lemma_.lower() in _TIME_NOUNS | _NO_PLACE
            or where.tag_ == "$"
        ):
            continue
        if where.ent_type_ in ("GPE", "LOC") or c.lower_ == "at" and _nounish(where, ("NOUN",)):
            said = f" {c.lower_} {_np(where, skip)}"
            return "" if said.strip() in obj else said
    place = verb.head if verb.dep_ == "relcl" else None
    if (
        place is not None
        and any(c.lower_ == "where" for c in verb.lefts)
        and _nounish(place, ("NOUN",))
        and place.i not in skip
    ):
        # "sales at its beverage division, where revenues dipped by almost 4%": there
        said = f" at {_np(place, skip)}"
        return "" if said.strip()[3:] in obj else said
    return ""


def _produce_of(sent: Any, skip: set[int]) -> str | None:
    """ "Denmark is Europe's second largest producer of feta - producing 30,000 tonnes a year":
    what the sentence says is produced ("feta"); None when it names nothing."""
    for t in sent:
        if t.lemma_.lower() in ("producer", "production", "exporter", "maker", "grower"):
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ == "of":
                    what = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if what is not None and _nounish(what, ("NOUN",)) and what.i not in skip:
                        return _np(what, skip)
    return None


# A firm's things: an "its" before them is a firm's.
_FIRM_THINGS = re.compile(
    r"\bits\s+(?:\w+\s+){0,3}(?:shares?|sales|profits?|earnings|revenues?|wing|division|"
    r"unit|arm|workforce|staff|brands?|stake|dividend)\b",
    re.I,
)


def _title_name(title: str, name: str, body: str) -> str:
    """ "UK Coal" for "Coal" in "UK Coal plunges into deeper loss": a name with the capital
    words next to it in a headline, as far as the text writes them so too."""
    words = [w.strip(",.:;!?") for w in title.split()]
    at = next((i for i, w in enumerate(words) if w.startswith(name.split()[0])), None)
    if at is None:
        return name
    hi = at + len(name.split())

    def named(w: str) -> bool:  # (not a possessive: "India's Dr Reddy")
        return w[:1].isupper() and not w.endswith(("'s", "’s"))

    lo = at
    while lo > 0 and named(words[lo - 1]):
        lo -= 1
    while hi < len(words) and named(words[hi]) and named(words[hi - 1]):
        hi += 1
    for a in range(lo, at + 1):
        for b in range(hi, at + len(name.split()) - 1, -1):
            cand = " ".join(words[a:b]).removesuffix("'s").removesuffix("’s")
            if len(cand) >= len(name) and cand in body:
                return cand
    return name


def _short_names(art: Article) -> list[tuple[int, int]]:
    """Where the text calls a firm by the first word of its full name ("Travelers had sales
    of $5.2bn" after "its Travelers Life & Annuity insurance arm")."""
    firsts = {
        e.name.split()[0]
        for e in art.entities
        if e.type == "ORG" and " " in e.name and e.name.split()[0].isalpha()
    }
    words = sorted(
        w for w in firsts if len(w) >= 4 and w[0].isupper() and w.lower() not in _NOT_SHORT_NAMES
    )
    text = art.text
    spans: list[tuple[int, int]] = []
    for w in words:  # (a search per word: cheaper than a pattern built per article)
        at = text.find(w)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                spans.append((at, end))
            at = text.find(w, end)
    return spans


# First words of organisations' names that name no one firm alone.
_NOT_SHORT_NAMES = frozenset(
    """bank national royal general british american united first state central federal
    european international world new great north south east west china india japan""".split()
)


def _main_org(art: Article, *, firm_words: bool) -> str | None:
    """The organisation an article names most (three times at least), or None; unless the
    "its" is of a firm's things (`firm_words`: "its shares", "its sales"), None as well when
    a country is named more often (its "its" may be the country's)."""
    orgs = [e for e in art.entities if e.type == "ORG" and len(e.mentions) >= 3]
    if not orgs:
        # (else a firm the headline names and the text names again: "Deutsche Telekom sees
        # mobile gain")
        title = art.headline or ""
        named = [
            e
            for e in art.entities
            if e.type == "ORG"
            and len(e.mentions) >= 2
            and any(len(mm.text) > 2 and mm.text in title for mm in e.mentions)
        ]
        countries_ = [len(e.mentions) for e in art.entities if e.type in ("COUNTRY", "GPE")]
        if len(named) != 1 or (
            not firm_words and countries_ and max(countries_) > len(named[0].mentions)
        ):
            return None
        return _title_name(title, named[0].name, art.text[len(title) :])
    best = max(orgs, key=lambda e: len(e.mentions))
    tied = [e for e in orgs if len(e.mentions) == len(best.mentions)]
    # (an article more about a country than any firm: its "its" may be the country's)
    countries = [len(e.mentions) for e in art.entities if e.type in ("COUNTRY", "GPE")]
    if len(tied) > 1 or not firm_words and countries and max(countries) > len(best.mentions):
        return None
    return best.name


def _passive_subject_for(verb: Any, obj: str, skip: set[int]) -> str:
    """ "Efforts to promote French wine are to be boosted by 3.5m euros in funding": the rise
    in funding is for the passive subject (" for Efforts to promote French wine abroad"); ""
    when the verb is no passive or the object names its subject already."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return ""
    subj = _subject(verb)  # (through "are to be boosted": the raised subject)
    if subj is None or subj.i in skip or not _nounish(subj, ("NOUN",)):
        return ""
    if subj.text.lower() in obj.lower():
        return ""
    words = [t for t in subj.subtree if t.dep_ != "det"]
    if len(words) > 7 or any(t.i in skip or t.is_punct for t in words):
        return ""
    return f" for {_join(words)}"


def _thing_before(sent: Any) -> str | None:
    """The named thing the sentence before is about (its main clause's subject, no person),
    for an "it" its own sentence leaves open; None otherwise."""
    cand = _subject_before(sent)
    if cand is None or cand.pos_ != "PROPN" or cand.ent_type_ == "NORP":
        return None
    if cand.ent_type_ == "PERSON" and cand.head.lemma_.lower() not in _TRADE_VERBS | {"auction"}:
        return None  # (a one-word firm the model took for a person: sold, so a thing)
    return _name(cand)


def _funding_for(span: Any, skip: set[int]) -> str | None:
    """ "Ms Hutt announced £264m for health services": money announced, given or set aside
    for something is funding for it; None otherwise."""
    outs = _outward(span)
    verb = outs[0].head if outs and outs[0].dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _FUNDING_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i not in skip:
            what = next((p for p in c.children if p.dep_ == "pobj"), None)
            if what is not None and _nounish(what, ("NOUN",)) and what.i not in skip:
                return f"funding for {_np(what, skip)}"
    return None


_FUNDING_VERBS = frozenset(
    "announce unveil allocate earmark pledge promise commit provide set approve".split()
)


# Verbs that say nothing of what is done to the noun ("had sales of", "made a profit of").
# Nor do verbs that move or keep a level ("reduced the debt to 1.8bn euros": Pernod's debt)
# or only show it ("figures indicated growth of 0.1%").
_EMPTY_VERBS = (
    _HAVE_VERBS
    | _SAY_VERBS
    | _LEVEL_VERBS
    | frozenset(
        """be make get take need give post keep hold leave indicate suggest reiterate put
        see""".split()
    )
)


def _bare_done(obj: str, tok: Any, span: Any, skip: set[int]) -> str:
    """ "compensation" -> "compensation set by new EU rules", "fines" -> "fines levied on
    employers": a bare noun with what its clause does to it, shortly; `obj` as it was when
    the clause says nothing more."""
    verb = tok.head
    if (
        tok.lower_ != obj.lower()
        or tok.pos_ != "NOUN"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() in _EMPTY_VERBS
        # (the amount in the same clause: not "hamper growth, which it forecast to be 5.5%")
        or _clause_head(span[0]).i != verb.i
    ):
        return obj
    done = participle(verb.lemma_.lower())
    prt = "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
    if tok.dep_ == "dobj":
        doer = _subject(verb)
        if (
            doer is None
            or doer.i in skip
            or doer.pos_ not in ("NOUN", "PROPN")
            or not doer.left_edge.i <= doer.i <= doer.right_edge.i < verb.i
        ):
            return obj
        who = _uncap_opening(_np(doer, skip), doer.left_edge)  # "New EU rules set ..."
        return f"{obj} {done}{prt} by {who}" if len(who.split()) <= 6 else obj
    if tok.dep_ == "nsubjpass":
        to = next((c for c in verb.rights if c.dep_ == "prep" and c.i not in skip), None)
        whom = next((p for p in to.children if p.dep_ == "pobj"), None) if to else None
        if to is None or whom is None or whom.i in skip or not _nounish(whom, ("NOUN", "PROPN")):
            return obj
        words = [to, *(k for k in whom.lefts if k.dep_ in ("compound", "amod")), whom]
        return f"{obj} {done}{prt} {_join(words)}"  # "fines levied on employers"
    return obj


# Verbs of goods changing hands ("offer $2bn worth of shares to investors").
_TRADE_VERBS = frozenset("offer sell buy issue acquire purchase export import ship place".split())


def _how_traded(verb: Any, skip: set[int]) -> str:
    """ " bought back by Nestle", " offered to investors": the trade verb's participle with
    to whom or by whom, as words to put after what is traded."""
    done = participle(verb.lemma_.lower())
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    prt = "".join(f" {c.lower_}" for c in verb.rights if c.dep_ == "prt")
    if not prt and after is not None and after.lower_ == "back":
        prt = " back"  # "buy back shares", "back" taken for the shares' modifier
    near = {verb.i, *(c.i for c in verb.children)}
    to = next(
        (
            p
            for c in verb.subtree
            if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.head.i in near
            for p in c.children
            if p.dep_ == "pobj" and p.i not in skip and _nounish(p, ("NOUN", "PROPN"))
        ),
        None,
    )
    if to is not None:
        return f" {done}{prt} to {_np(to, skip)}"
    doer = _subject(verb)
    if doer is not None and doer.pos_ == "PROPN" and doer.i not in skip:
        return f" {done}{prt} by {_name(doer)}"
    return f" {done}{prt}"


def _which_has(obj: str, span: Any, skip: set[int]) -> str:
    """ "Allied Domecq, which has a capitalisation of £5.7bn": the named firm's
    capitalisation; `obj` as it was when the clause is no such one."""
    verb = _clause_head(span[-1])
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = verb.head
    if (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() == "owe"
        and named.pos_ == "PROPN"
        and named.i not in skip
        and (obj == "debt" or obj.endswith(("'s debt", "' debt")))  # (or "Acme's debt")
    ):
        words = [t for t in named.lefts if t.dep_ == "compound" and t.text[:1].isupper()]
        return f"{obj} owed to {_join([*words, named])}"  # "Kraft Foods, which it owes $15m"
    if (
        verb.dep_ != "relcl"
        or verb.lemma_.lower() not in ("have", "hold", "report", "post", "make")
        or subj is None
        or subj.tag_ != "WDT"
        or named.pos_ != "PROPN"
        or named.i in skip
        or named.ent_type_ in ("PERSON", "GPE", "DATE")
    ):
        return obj
    return f"{_name(named)}'s {obj}"


def _doer_s(obj: str, span: Any, skip: set[int], lx: Lexicon) -> str:
    """ "shareholders lost about $180bn": "shareholders' loss"; "Lufthansa said it may lose
    millions of euros": "Lufthansa's loss" (an "it" the saying firm's). As it was else."""
    outs = _outward(span)
    verb = outs[0].head if outs and outs[0].dep_ == "dobj" else None
    doer = _subject(verb) if verb is not None and verb.pos_ == "VERB" else None
    if doer is not None and doer.lower_ == "it" and verb is not None and verb.dep_ == "ccomp":
        said_by = _subject(verb.head) if verb.head.lemma_.lower() in _SAY_VERBS | {"say"} else None
        doer = said_by if said_by is not None and said_by.pos_ == "PROPN" else None
    if (
        doer is None
        or doer.i in skip
        or not (
            doer.pos_ == "PROPN"
            and doer.ent_type_ != "PERSON"
            or doer.pos_ == "NOUN"
            and doer.tag_ == "NNS"
            and (
                doer.lemma_.lower() in _OWNER_ORGS | lx.actors | lx.people | _DOER_NOUNS
                or _AGENT_NOUN.search(doer.lemma_.lower()) is not None  # "depositors"
            )
        )
    ):
        return obj
    name = _name(doer) if doer.pos_ == "PROPN" else _np(doer, skip)
    return f"{_possessive(name)} {obj}"


def _rate_before(span: Any, word: str, out: list[Amount], skip: set[int]) -> str | None:
    """ "German unemployment rose to 12.1%. ... in the east of Germany, where the rate is
    18.8%": a bare "rate" is the rate a recent sentence measured, there."""
    earlier = next(
        (
            a
            for a in reversed(out)
            if a.unit == "percent"
            and a.span[0] >= span[0].idx - 1200
            and "change" not in a.extra
            and a.object
            and a.object not in ("rate", "level")
            and _RATE_WORDS.search(a.object)
        ),
        None,
    )
    if earlier is None:
        return None
    base = _base(earlier) or ""
    clause = _clause_head(span[-1])
    if (
        clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in clause.children)
        and _nounish(clause.head)
    ):
        place = clause.head
        if place.dep_ == "pobj" and place.head.lower_ == "of" and _nounish(place.head.head):
            place = place.head.head  # "the eastern part of Germany, where"
        words = [t for t in place.doc[place.left_edge.i : clause.head.i + 1] if t.dep_ != "det"]
        base += f" in {_join(words)}"  # "where the rate is 18.8%": there
    return base


def _parallel_change(span: Any, change: Any, out: list[Amount]) -> str | None:
    """ "Toyota sales jumped 11% while rival Nissan notched up a 10% increase": a bare change
    whose clause names another firm is that firm's change of what the sentence's earlier
    change measured ("rise in Nissan sales")."""
    doer = _subject(change.head) if change.head.pos_ == "VERB" else None
    if change.head.dep_ == "acl" and change.head.head.pos_ == "PROPN":
        doer = change.head.head  # "Reynolds showing gains of 4.5%"
    earlier = next(
        (a for a in reversed(out) if a.span[0] >= span[0].sent.start_char and "change" in a.extra),
        None,
    )
    base = _base(earlier)
    if doer is None or doer.pos_ != "PROPN" or earlier is None or not base:
        return None
    named = [  # "Toyota" in "Toyota sales", "Shell" (tagged an adjective) in "Shell profits"
        t.text
        for t in span[0].sent
        if (t.pos_ == "PROPN" or t.dep_ in ("compound", "amod", "poss") and t.text[:1].isupper())
        and t.idx < earlier.span[0]
        and t.text in base.split()
    ]
    if not named or doer.text in base.split():
        return None
    return f"{_NOUN_WAYS[change.lemma_.lower()]} in {base.replace(named[-1], doer.text, 1)}"


def _by_after_change(span: Any, skip: set[int]) -> tuple[str, str, str | None] | None:
    """ "proposals to increase tuition fees for students in Scotland by £2,000", with "by"
    hung on a later word: the change of the nearest earlier change verb's object."""
    doc = span.doc
    by = doc[span.start - 1] if span.start > 0 else None
    if by is None or by.lower_ != "by" or by.head.lemma_.lower() in _RISE_VERBS | _FALL_VERBS:
        return None  # no "by", or hung on its change verb already
    for t in reversed(doc[span.sent.start : span.start - 1]):
        if t.pos_ != "VERB" or t.lemma_.lower() not in _RISE_VERBS | _FALL_VERBS:
            continue
        moved = _change_in_object(t, t.rights, skip)
        if moved is None:
            return None
        plan = _PLAN_NOUNS.get(t.head.lemma_.lower()) if t.dep_ == "acl" else None
        return moved[1], moved[0], plan
    return None


_PLACE_IN = re.compile(r" in (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*")
_COMPARES = re.compile(r"^(?:This|That|It|These)\s+(?:compares?|compared)\s+(?:with|to)\b")
_MULTI = re.compile(r"\bmulti-?$", re.I)
_PERSONAL = re.compile(r"\b(he|she|his|her)\b")


def _agent_owned(obj: str, span: Any) -> str:
    """ "dwarfed by the $204m announced by rival Google": an object with no owner, or an
    open "its", belongs to the firm the amount's participle names as its agent."""
    its = _ITS.search(obj)
    if its is None and "'s" in obj:
        return obj
    agent = next(
        (
            p
            for t in span
            for c in t.rights
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for k in c.rights
            if k.dep_ == "agent"
            for p in k.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "PERSON"
        ),
        None,
    )
    if agent is None:
        return obj
    name = " ".join(  # "rival Google": the name, not its description
        t.text
        for t in agent.subtree
        if t.i == agent.i or t.dep_ == "compound" and t.text[:1].isupper()
    )
    if its is not None:
        return f"{obj[: its.start(1)]}{name}'s {obj[its.end() :]}"
    return f"{name}'s {obj}"


def _name_person(obj: str, span: Any) -> str:
    """ "share who backed his legal action" in a poll about Mr Blunkett: the person the
    sentence, or the one before, last named (by surname) stands for "he", "she", "his"."""
    doc = span.doc
    first = span.sent.start
    if first > 0:
        first = doc[first - 1].sent.start

    def titled(t: Any, titles: frozenset[str]) -> bool:
        # (anywhere in the name: "Mrs" hangs on "Parker" in "Mrs Parker Bowles")
        return any(c.text in titles for c in doc[t.left_edge.i : t.i]) or (
            t.i > 0 and doc[t.i - 1].text in titles
        )

    named = [
        t
        for t in reversed(doc[first : span.start])
        if t.pos_ == "PROPN"
        and t.dep_ != "compound"
        and t.text not in _RANK_WORDS  # "Princess Consort": a title, not a name
        # ("Mrs Parker Bowles": a title before the whole name)
        and (t.ent_type_ == "PERSON" or titled(t, _PERSON_TITLES))
    ]

    # "he"/"his": the last named man (or person with no woman's title); "she"/"her": the
    # last person with a woman's title ("Mrs Quinn"), as the name alone does not say
    man = next((t for t in named if not titled(t, _WOMEN_TITLES)), None)
    woman = next((t for t in named if titled(t, _WOMEN_TITLES)), None)

    def swap(m: re.Match[str]) -> str:
        who = man if m.group(1) in ("he", "his") else woman
        if who is None:
            return m.group(1)
        # the surname with the name words before it, without the title ("Parker Bowles")
        said = _join(
            [
                c
                for c in doc[who.left_edge.i : who.i]
                if c.dep_ == "compound" and c.text not in _PERSON_TITLES
            ]
            + [who]
        )
        return f"{said}'s" if m.group(1) in ("his", "her") else said

    return _PERSONAL.sub(swap, obj)


_PERSON_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Dame".split())
_RANK_WORDS = frozenset("Consort King Queen Prince Princess Duke Duchess Lord Lady".split())
_WOMEN_TITLES = frozenset("Mrs Ms Miss Lady Queen Princess Baroness Dame Duchess".split())


_DASH_TAIL = re.compile(r"\s+-\w+$")
_FROM_TO = re.compile(r"\s+to\s+$")
_TIME_POSS = re.compile(
    r"\b((?:last|this|next|the\s+previous|the\s+same|the\s+current)\s+"
    r"(?:year|quarter|month|week|financial\s+year)|(?:19|20)\d\d)['’]s\s+(?:[a-z]+\s+)?$",
    re.I,
)
_TIME_LEAD = re.compile(
    r"^(?:(?:this|last|next)\s+(?:year|quarter|month|week)(?:['’]s)?|"
    r"(?:year|quarter|month|week)['’]s)\s+",
    re.I,
)


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


_FORECAST_WORD = re.compile(
    r"\b(?:forecasts?|estimates?|projections?|outlook|predictions?)\b", re.I
)
_FROM_ONLY = re.compile(r"\s+from\s+")


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


def _forecast_from_to(out: list[Amount], text: str) -> None:
    """ "growth forecasts were cut to 2.1% from 2.8% in 2005": the year after the old
    forecast is the year both forecasts are for (unlike "profit rose to $5bn from $4bn in
    2003", where the year is the earlier value's own)."""
    for a, b in pairwise(out):
        said = str(b.extra.get("period_text", ""))
        if (
            a.unit != b.unit
            or not a.object
            or a.object != b.object
            or not b.period
            or not _FORECAST_WORD.search(a.object)
            or not _FROM_ONLY.fullmatch(text, a.span[1], b.span[0])
            or not said
            or text.find(said, b.span[1], b.span[1] + len(said) + 12) < 0
        ):
            continue
        a.period, a.extra["period_text"] = b.period, said


_TO_ONLY = re.compile(r"\s+to\s+(?:an?\s+|the\s+)?")


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
            or "change" in a.extra
            or "change" in b.extra
            or "previous" in (a.object or "")
            or not _FROM_BEFORE.search(text, max(0, a.span[0] - 40), a.span[0])
            or not _TO_ONLY.fullmatch(text, a.span[1], b.span[0])
        ):
            continue
        a.object = b.object
        _mark_previous(a, 0, text)


_FROM_TO_BETWEEN = re.compile(r"\s+from\s+(?:[^.;%]|\.\d)*?\s+to\s+")
_ONE_YEAR = re.compile(r"(\d{4})-01-01/\1-12-31")


def _sale_sides(out: list[Amount], text: str) -> None:
    """ "agreed with an Indian airline the sale of 10 planes for $630m": the things sold are
    the deal's, both sides' as its price is."""
    for a in out:
        words = (a.object or "").split()
        if a.extra.get("kind") != "count" or not words or words[0] not in ("sale", "purchase"):
            continue
        price = next(
            (
                b
                for b in out
                if b.unit not in ("percent", a.unit)
                and (b.object or "").startswith(words[0])
                and len(b.parties) > len(a.parties)
                and set(a.parties) <= set(b.parties)
                and "." not in text[min(a.span[1], b.span[1]) : max(a.span[0], b.span[0])]
            ),
            None,
        )
        if price is not None:
            a.parties = [*a.parties, *(c for c in price.parties if c not in a.parties)]


def _change_to_period(out: list[Amount], text: str) -> None:
    """ "slipped 11% from £3.24bn in 2003 to £2.89bn in 2004": a change told from one year's
    level to the next is that later year's change."""
    for k, a in enumerate(out):
        if a.period or "change" not in a.extra or a.unit != "percent":
            continue
        for b in out[k + 1 :]:
            if b.unit == "percent":
                break
            if not _FROM_TO_BETWEEN.fullmatch(text, a.span[1], b.span[0]):
                continue
            if b.period and _ONE_YEAR.fullmatch(b.period):
                a.period = b.period
                a.extra["period_text"] = b.extra.get("period_text", "")
            break


def _points_to_rate(out: list[Amount], text: str) -> None:
    """ "unemployment edged up 0.1% to 4.7%", "lifted interest rates 0.25% to 5.5%": a change
    written in per cent that takes a rate to a level in per cent is a change in points (a
    0.1% rise of a 4.7% rate would be a move of 0.005 points, which no report tells)."""
    for a, b in pairwise(out):
        if (
            a.unit == "percent"
            and b.unit == "percent"
            and "change" in a.extra
            and a.value < b.value <= 25
            and _TO_ONLY.fullmatch(text, a.span[1], b.span[0])
        ):
            a.unit = "percentage_points"
            a.extra["points_from_level"] = True


_AT_RATE = re.compile(
    r"\s*,\s+(?:an?|the)\s+(annual|annualised|annualized)\s+(?:rate|pace)\s+of\s+"
)


def _annual_rate(out: list[Amount], text: str) -> None:
    """ "Output grew 0.1%, an annual rate of 0.3%": the second figure is the first change
    at an annual rate, not a bare "annual rate"."""
    for a, b in pairwise(out):
        at = _AT_RATE.fullmatch(text, a.span[1], b.span[0])
        if at is not None and a.object and a.unit == b.unit == "percent":
            b.object = f"{a.object} at {at.group(1)} rate"


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


def _gap_to(out: list[Amount], text: str) -> None:
    """ "Women earn 19% less than men" -> "shortfall of earnings of women below men"; "was
    24.4% above the previous record" -> "excess of trade deficit over previous record": a
    percentage told against another thing is the gap to it, not the thing's level."""
    for a in out:
        if a.unit not in ("percent", "percentage_points") or not a.object:
            continue
        if a.object.startswith(("excess of", "shortfall of", "gap ")) or re.search(
            r" (?:what|above|below|over) ", a.object
        ):
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
        base = re.sub(r"^(?:rise|fall|growth|increase) in ", "", _base(b) or "")
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


_IN_YEAR_FROM = re.compile(r"\s+in\s+((?:19|20)\d\d)\s+from\s+(?:about\s+|some\s+|just\s+)?")


def _year_before(out: list[Amount], text: str) -> None:
    """ "losses deepened to £51.6m in 2004 from £1.2m": the earlier value is the year
    before's."""
    for a, b in pairwise(out):
        said = _IN_YEAR_FROM.fullmatch(text, a.span[1], b.span[0])
        if said is None or b.period or a.unit != b.unit or not a.period:
            continue
        year = int(said.group(1))
        if a.period == f"{year}-01-01/{year}-12-31":
            b.period = f"{year - 1}-01-01/{year - 1}-12-31"
            b.extra["period_text"] = f"the year before {year}"


# "... from 117.7bn kronor in 2003", "compared with a loss of 984m euros in 2003": the
# value before, in a year of its own.
_BEFORE_WORDS = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|than|versus)\b")
_IN_A_YEAR = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?in\s+((?:19|20)\d\d)\b(?!\s*[-/])")
_PART_SAID = re.compile(r"\b(?:quarter|half|months?|period|week)\b", re.I)


def _year_after(out: list[Amount], text: str) -> None:
    """ "Sales climbed to 131.9bn kronor from 117.7bn kronor in 2003": a figure set against
    one of a year, and of no time of its own, is of the year after (the article's results)."""
    for k, b in enumerate(out):
        # (the figure before, past its conversions: "400m euros ($527.61m) compared with")
        a = next((x for x in reversed(out[:k]) if "conversion_of" not in x.extra), None)
        if a is None or a.period or not b.period or "conversion_of" in b.extra:
            continue
        gap = text[a.span[1] : b.span[0]]
        said = _IN_A_YEAR.match(text, b.span[1])
        year = int(said.group(1)) if said else 0
        if (
            said is None
            or b.period != f"{year}-01-01/{year}-12-31"
            or len(gap) > 60
            or re.search(r"[.!?]\s", gap)
            or not _BEFORE_WORDS.search(gap)
            or _PART_SAID.search(a.object or "")
            or _PART_SAID.search(text[a.span[0] - 60 if a.span[0] > 60 else 0 : b.span[1]])
        ):
            continue
        _in_year_after(a, year, out, text)
    for a in out:
        # "ten times more than in 2003", "an 82% jump on 2003 figures": against a year alone
        said = _THAN_A_YEAR.match(text, a.span[1])
        if (
            said is None
            or a.period
            or "conversion_of" in a.extra
            or _PART_SAID.search(a.object or "")
            or _PART_SAID.search(text[max(0, a.span[0] - 60) : said.end()])
        ):
            continue
        _in_year_after(a, int(said.group(1)), out, text)


# "in the fourth quarter ... up from 38m in the same period of 2003": a part of a year set
# against the same part of a named year.
_PART_OF_A_YEAR = re.compile(
    r"(?i)\b(?:in|for|during) the (first|second|third|fourth|final|last) (quarter|half)\b"
)
_SAME_PERIOD = re.compile(
    r"(?i)\b(?:in|for|during) the same (?:period|quarter|half)(?: of| in| last year,?)? "
    r"((?:19|20)\d\d)\b"
)


_COMPARED_FROM = re.compile(
    r"(?i)\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against|"
    r"versus)\b"
)


def _same_period_after(out: list[Amount], text: str) -> None:
    """ "Its pre-tax earnings in the fourth quarter were 77m euros, up from 38m in the same
    period of 2003": 77m euros is of the fourth quarter of 2004, 38m of 2003's (a figure
    set against the same part of a year is that of the year after)."""
    for a in out:
        start = max(text.rfind(". ", 0, a.span[0]), text.rfind("\n", 0, a.span[0])) + 1
        stop = text.find(". ", a.span[1])
        sent = text[start : stop if stop >= 0 else len(text)]
        same = _SAME_PERIOD.search(sent) if " same " in sent else None
        said = str(a.extra.get("period_text", ""))
        if a.period and same is not None and said.rsplit(" ", 1)[-1] == same.group(1):
            # "compared with $1.13bn in the same period in 2003": that part of 2003, not the
            # whole year; which part, the text may not say
            a.period = None
            a.extra.pop("period_text", None)
        if a.period:
            continue
        parts = _PART_OF_A_YEAR.findall(sent)
        if len(parts) != 1 or same is None:
            continue
        year = int(same.group(1))
        at = a.span[0] - start
        if at > same.start():
            continue  # (after the compared period: another thing's)
        before = _COMPARED_FROM.search(sent[:at]) is not None  # (the earlier value)
        which, unit = parts[0]
        which = "fourth" if which.lower() in ("final", "last") else which.lower()
        got = parse_period(f"the {which} {unit.lower()} of {year if before else year + 1}")
        if got is None:
            continue
        a.period = got
        a.extra["period_text"] = f"the {which} {unit.lower()}"


_THAN_A_YEAR = re.compile(
    r"[^.;]{0,40}?\b(?:than|on)\s+(?:in\s+)?((?:19|20)\d\d)(?:\s+figures)?\b(?!\s*[-/])"
)


def _in_year_after(a: Amount, year: int, out: list[Amount], text: str) -> None:
    """The year after `year` for `a` (and its conversions), when the article names that year
    (not "unemployment fell to 5% from 6% in 1997": a baseline long before)."""
    if str(year + 1) not in text:
        return
    a.period = f"{year + 1}-01-01/{year + 1}-12-31"
    a.extra["period_text"] = f"the year after {year}"
    for c in out:  # (and its conversions)
        if c.extra.get("conversion_of") == list(a.span) and not c.period:
            c.period, c.extra["period_text"] = a.period, a.extra["period_text"]


_PREVIOUS_UNIT = re.compile(
    r"(?i)^(?:in |for |during |over |from )?(?:the )?(?:(?:previous|preceding|prior) "
    r"(month|quarter)|(month|quarter) before)$"
)


def _previous_unit(out: list[Amount], text: str) -> None:
    """ "rose 5% in May, after a 3% rise in the previous month": the month before the
    sentence's own month (not the month before the article's date); so for quarters."""
    for k, b in enumerate(out):
        said = _PREVIOUS_UNIT.match(str(b.extra.get("period_text") or ""))
        if said is None:
            continue
        unit = said.group(1) or said.group(2)
        for a in reversed(out[:k]):
            if re.search(r"[.!?]\s", text[a.span[1] : b.span[0]]):
                break  # (the sentence's own amounts only)
            got = _calendar_unit(a.period or "")
            if got is None or got[0] != unit:
                continue
            year, first = got[1], got[2]
            step = 1 if unit == "month" else 3
            first -= step
            if first < 1:
                year, first = year - 1, first + 12
            last = first + step - 1
            end = calendar.monthrange(year, last)[1]
            b.period = f"{year}-{first:02d}-01/{year}-{last:02d}-{end:02d}"
            break


def _calendar_unit(period: str) -> tuple[str, int, int] | None:
    """("month", 2004, 12) for "2004-12-01/2004-12-31"; ("quarter", 2004, 7) for the third
    quarter of 2004; None for any other period."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-01/(\d{4})-(\d\d)-(\d\d)", period)
    if m is None or m.group(1) != m.group(3):
        return None
    year, first, last = int(m.group(1)), int(m.group(2)), int(m.group(4))
    if int(m.group(5)) != calendar.monthrange(year, last)[1]:
        return None
    if first == last:
        return "month", year, first
    if last - first == 2 and first % 3 == 1:
        return "quarter", year, first
    return None


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


def _period_in_object(out: list[Amount], text: str) -> None:
    """ "Borrowing figures for 2003/4 are £35bn - less than the £37.5bn predicted": an object
    that names its period ("for 2003/4") has it for every amount of it in the sentence."""
    for k, a in enumerate(out):
        if a.period or not a.object:
            continue
        for b in out[max(0, k - 4) : k + 5]:
            said = str(b.extra.get("period_text", ""))
            if (
                b is not a
                and b.period
                and b.object == a.object
                and len(said) > 4
                and said in a.object
                and not re.search(
                    r"[.!?]\s", text[min(a.span[0], b.span[0]) : max(a.span[0], b.span[0])]
                )
            ):
                a.period, a.extra["period_text"] = b.period, said
                break


def extract_amounts(art: Article) -> list[Amount]:
    """Every amount of the article, in text order."""
    try:
        return _extract_amounts(art)
    finally:
        # the per-doc memos hold their doc: let it go with the article
        for memo in (_tokens, _outward_at, _clause_head_at):
            memo.cache_clear()


def _extract_amounts(art: Article) -> list[Amount]:
    text = art.text
    doc = art.doc
    lx = lexicon()
    hits = _hits(text, lx)
    if not hits:
        return []
    parsed = doc is not None and doc.has_annotation("DEP")
    countries = _Countries(art) if parsed else None
    # The organisation the article is most about, for an "its" nothing nearer resolves.
    main_orgs = (_main_org(art, firm_words=False), _main_org(art, firm_words=True))
    # Each token's sentence, found once ("Token.sent" walks the sentence every time).
    sent_of: list[Any] = []
    if parsed:
        for sent in doc.sents:  # (by its bounds: iterating a span builds every token)
            sent_of.extend([sent] * (sent.end - sent.start))
    people = {
        i
        for ent in art.entities
        # a one-word "person" with no role may be a firm the model mistook ("GlaxoSmithKline")
        if ent.type == "PERSON" and (ent.roles or " " in ent.name)
        for mm in ent.mentions
        for i in range(mm.span[0], mm.span[1])
    }
    # Where the entity stage found organisations (a firm the tagger took for a plural noun:
    # "Travelers had sales of $5.2bn").
    orgs = [mm.span for ent in art.entities if ent.type == "ORG" for mm in ent.mentions]
    orgs += _short_names(art)
    quotes, reported = _quote_regions(art)
    ref = _ref_date(art)
    sent_periods: dict[int, list[Period]] = {}
    named_sents: dict[int, bool] = {}  # sentence start -> whether it names a country
    count_object: str | None = None
    # Tokens of every amount: no object phrase may contain another amount ("$11bn (£5.7bn)
    # accounting fraud" -> "accounting fraud").
    amount_toks: set[int] = set()
    if parsed:
        for h in hits:
            sp = _tokens(doc, h.num_start, h.end)
            if sp is None or h.unit is None and _duration(doc, sp):
                continue  # "waiting over 12 months": a duration, no amount
            amount_toks |= {
                t.i
                for t in sp
                if not t.is_alpha or t.like_num or t.tag_ == "$" or t.lower_ in lx.scales
            }
            if _MULTI.search(text, max(0, h.start - 8), h.start):
                multi = _tokens(doc, h.start - 6, h.start)
                amount_toks |= {t.i for t in multi or [] if t.lower_ in ("multi", "-")}
    amount_words = amount_toks | _alpha_toks(doc, hits) if parsed else set()
    later: list[tuple[int, int]] = []  # (index in `out`, offset of a later amount)
    previous: list[tuple[int, int]] = []  # (index in `out`, its sentence's start)
    at_level: list[tuple[int, str]] = []  # (index in `out`, the level it was at)
    priors: list[_Hit] = []
    prior_at: set[int] = set()  # starts of the hits that are earlier or compared values
    if parsed:
        for h in hits:
            sp = _tokens(doc, h.start, h.end)
            if sp is not None and len(sp) and _is_prior(sp, text):
                prior_at.add(h.start)
                priors.append(h)
    sent_said: dict[tuple[str, int], bool] = {}

    def said_in(pattern: re.Pattern[str], sent: Any) -> bool:
        """Whether a sentence has a match of `pattern` (once per sentence and pattern)."""
        key = (pattern.pattern, sent.start)
        if key not in sent_said:
            sent_said[key] = pattern.search(text, sent.start_char, sent.end_char) is not None
        return sent_said[key]

    out: list[Amount] = []
    verbs: list[str | None] = []  # the lemma of the verb each amount of `out` hangs on
    for hit in hits:
        if hit.unit is not None and countries is not None:
            hit.unit = _local_unit(text[hit.start : hit.end], hit.unit, countries, lx)
        extra: dict[str, Any] = {}
        vlemma: str | None = None
        by_moved: str | None = None  # "raised its estimate by 80,000 barrels": that rise
        nation_counted: str | None = None  # "four Britons": the country of a demonym counted
        counted_noun: Any = None  # the noun a count counts
        fronted: str | None = None  # "In Kent, 800 parents were fined": where they were
        span = _tokens(doc, hit.start, hit.end) if parsed else None
        unit = hit.unit
        if unit is None:
            if span is None:
                continue
            got = _count_noun(doc, hit, lx)
            if got is None:
                continue
            noun, verb = got
            counted_noun = noun
            if _OUT_OF.search(text[max(0, hit.start - 20) : hit.start]) or _OUT_OF_AFTER.match(
                text, hit.end
            ):
                continue  # "two out of 10 asylum seekers" is a proportion, not a count
            if _in_name(doc, span, text, hit):
                continue  # "FTSE 100 companies", "Boeing 747 jets": a number in a name
            if (
                hit.high is not None
                and hit.high <= 25
                and noun.lemma_.lower() in _AGE_BAND_NOUNS
                and noun.i == span[-1].i + 1
            ):
                continue  # "all existing 14-19 qualifications": the ages they are for
            before = doc[span[0].i - 1] if span[0].i > 0 else None
            if before is not None and before.is_digit and not _YEAR.match(before.text):
                continue  # "10 737-800 planes": after a count, a model number
            if hit.value < 10 and not hit.scaled:
                prev = doc[span[0].i - 1] if span[0].i > 0 else None
                if prev is not None and prev.lower_ in _DEFINITE:
                    continue  # "the two countries": a reference, not an amount
                if noun.lower_ not in lx.people and not text[hit.num_start].isdigit():
                    continue
            bare_subject = noun.i == span[-1].i  # "20 killed and 100 injured"
            num_toks = set(range(span.start, span.end))
            # The token whose relation to the verb counts: "thousands" in "thousands of people".
            rel = span[-1] if noun.i > span[-1].i and noun.dep_ == "pobj" else noun
            lead = _tokens(doc, max(sent_of[span.start].start_char, hit.start - 16), hit.start)
            lead_toks = (
                {t.i for t in lead if t.lower_ in _LEAD_WORDS} if lead is not None else set()
            )
            count_object = _count_object(
                noun, rel, verb, bare_subject, num_toks | amount_toks | lead_toks, lx.events
            )
            count_object = _purpose_of(count_object, verb, noun, amount_toks)
            if noun.lower_ == "others" and count_object.startswith("others"):
                # "41 Britons are confirmed to have died, with 158 others missing": others
                # of those counted before
                before_ = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_of[span.start].start_char
                        and a.extra.get("quantity_noun")
                    ),
                    None,
                )
                if before_ is not None:
                    kind_ = str(before_.extra["quantity_noun"])
                    count_object = f"other {kind_}{count_object[len('others') :]}"
                    if kind_[:1].isupper() and not _names_country(kind_):
                        nation_counted = _kb_country(kind_)
            there = _where_there(rel, verb, amount_toks)
            fronted = _fronted_place(rel, verb, amount_toks)
            if there is not None and there not in count_object:
                count_object = f"{count_object} {there}"
            moved = _by_count(noun, num_toks | amount_toks | lead_toks)
            if moved is not None and noun.head.lower_ == "to":
                count_object = moved
            elif moved is not None:
                count_object = by_moved = moved
                extra["change"] = moved.split(" ", 1)[0]
            is_people = (
                noun.lower_ in lx.people
                or noun.lemma_.lower() in lx.people
                or bare_subject
                or noun.ent_type_ == "NORP"  # "Britons", "Tutsis"
                and noun.tag_ in _PLURAL_TAGS
            )
            # (a family or a household is a group: counted as itself, not as people)
            unit = "people" if is_people and noun.lemma_.lower() not in _GROUPS else noun.lower_
            if (
                noun.tag_ in _PLURAL_TAGS
                and (noun.ent_type_ == "NORP" or noun.tag_ == "NNPS")
                and not _names_country(noun.text)
            ):
                nation_counted = _kb_country(noun.text)
            shape = [c.lower_ for c in noun.lefts if c.lower_ in ("square", "cubic")]
            if shape:
                unit = f"{shape[0]} {unit}"  # "square metres"
            if not bare_subject:
                extra["quantity_noun"] = noun.text
                if (
                    noun.i > span[-1].i
                    and noun.i - span[-1].i <= 3
                    # "from 155,000 to 110,000 staff": the noun is the later number's too,
                    # the earlier one's span stops at its own number
                    and not any(hit.end <= h.start < noun.idx for h in hits)
                ):
                    hit.end = max(hit.end, noun.idx + len(noun.text))
                    span = _tokens(doc, hit.start, hit.end)
            if verb is not None and verb.lemma_.lower() in lx.events:
                extra["event"] = verb.lemma_.lower()
            hit.kind = "count"
        sent_start = sent_of[span.start].start_char if span is not None else 0
        comparator, comp_text, comp_at = _comparator(
            text, hit, sent_start, lx, doc if parsed else None
        )
        if _MULTI.search(text, max(0, hit.start - 8), hit.start):
            comparator, comp_text = ">", "multi-"  # "a multi-billion dollar campaign"
            extra["vague"] = True
        if (
            comp_text
            and comparator in (">", "<")
            and span is not None
            and not re.search(r"\b(?:no|not)\b", comp_text, re.I)
            and _negated(span[0])
        ):
            # "no listed company can be more than 80% owned": a cap, at most 80%
            comparator = "<" if comparator == ">" else ">"
            extra["inclusive"] = True
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
        level_of: Amount | None = None  # the level an excess over a forecast is of
        said_at: str | None = None  # "record high", "close": when the price was at it
        if span is not None:
            # The comparator's words ("in excess of", "the equivalent of") are no object.
            wording = _tokens(doc, comp_at, hit.start) if comp_at < hit.start else None
            also = {t.i for t in wording} if wording is not None else set()
            listed_change: str | None = None
            reading = _read(span, hit, also | (amount_toks - set(range(span.start, span.end))))
            if hit.kind != "count" or unit in lx.measures:
                reading = _settle(
                    reading, span, hit, set(range(span.start, span.end)) | also | amount_toks, lx
                )
            outs = _outward(span)
            sized_by = (
                outs[0].head.head
                if outs and outs[0].dep_ == "pobj" and outs[0].head.lower_ == "of"
                else None
            )
            if (
                sized_by is not None
                and reading.object_tok is not None
                and reading.object_tok.i == sized_by.i
            ):
                # "subsidies and economic growth of just 2%": the nearer of the listed nouns
                nearer = next(
                    (
                        c
                        for c in sized_by.children
                        if c.dep_ == "conj"
                        and c.right_edge.i == outs[0].head.i - 1
                        and _nounish(c, ("NOUN",))
                    ),
                    None,
                )
                if nearer is not None:
                    reading.object_tok, reading.object = nearer, _np(nearer, amount_toks)
                    sized_by = nearer
                change_noun = sized_by.head.head if sized_by.dep_ == "pobj" else None
                if (
                    change_noun is not None
                    and sized_by.head.lower_ == "in"
                    and change_noun.lemma_.lower() in _NOUN_WAYS
                    and "change" not in extra
                ):
                    # "a rise in spending of 14.8%": the size of the rise
                    reading.object_tok = change_noun
                    reading.object = f"{change_noun.lower_} in {_np(sized_by, amount_toks)}"
                    extra["change"] = _NOUN_WAYS[change_noun.lemma_.lower()]
            if outs and outs[0].dep_ in ("conj", "appos") and outs[0].head.i in amount_toks:
                # "1.8% from 2.0% this year and 1.9% from 2.4%": the listed amount's object.
                listed = outs[0].head.idx
                if any(a.span[0] <= listed < a.span[1] for a in out):
                    reading.object_tok = outs[0].head
            if (
                outs
                and outs[0].dep_ == "conj"
                and _AND_BEFORE.search(text, sent_start, hit.start)
                and not (reading.trusted and reading.object)  # "and 21% disagreed"
            ):
                # "slipping to 1.8% from 2.0% this year and 1.9% from 2.4% in 2005": a
                # listed value shares the object of the first of its kind in the sentence.
                first = next(
                    (
                        a
                        for a in out
                        if a.span[0] >= sent_start
                        and a.unit == unit
                        and "conversion_of" not in a.extra
                        and a.object
                    ),
                    None,
                )
                if first is not None:
                    reading.object, reading.object_tok = _base(first), None
                    listed_change = first.extra.get("change")
            at = reading.object_tok.idx if reading.object_tok is not None else -1
            owner = next((a for a in out if a.span[0] <= at < a.span[1]), None)
            if owner is not None or at >= 0 and reading.object_tok.i in amount_words:
                # "was 9.5bn kronor against 6.3bn kronor", "down 0.89 points, or 0.01%":
                # the other amount's object.
                reading.object = _base(owner) if owner is not None else None
                if (
                    owner is not None
                    and "change" in owner.extra
                    and re.fullmatch(r",?\s*or\s+", text[owner.span[1] : hit.start])
                ):
                    # "down 0.89 points, or 0.01%", "rose by £106m or 47.3%": the same change
                    reading.object = owner.object
                    extra["change"] = owner.extra["change"]
                if owner is None and at > hit.end:
                    later.append((len(out), at))  # a later amount's: filled in below
            tok = reading.object_tok
            if (
                tok is not None
                and hit.kind != "percent"  # "slow a decline in revenues to 5.4%": a rate
                and tok.lemma_.lower() in _CHANGE_NOUNS
                and _LEVEL_BEFORE.search(text, max(sent_start, hit.start - 12), hit.start)
            ):
                # "a 52% rise in profits for the year to £198m": £198m is the profits.
                inner = _complement(tok)
                if inner is not None:
                    reading.object_tok, reading.object = inner, _np(inner, amount_toks)
            lead = sent_of[span.start][0]
            if reading.object is None and hit.kind == "percent" and lead.lower_ == "of":
                # "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy"
                base = [c for c in lead.children if c.dep_ == "pobj" and c.i < span.start]
                if base and _nounish(base[0], ("NOUN", "PROPN")):
                    reading.object = f"share of {_np(base[0], amount_toks)}"
                    anchor = span[-1]
                    said = (
                        _predicate(
                            anchor.head, amount_toks | set(range(span.start, span.end)), finite=True
                        )
                        if anchor.dep_ == "nsubj" and anchor.head.pos_ == "VERB"
                        else None
                    )
                    if said:  # "38.4% reside in Argentina": which share
                        reading.object += f" who {said}"
                    listed_ = next(
                        (
                            a
                            for a in reversed(out)
                            if a.span[0] >= sent_start
                            and (a.object or "").startswith(f"{reading.object} who ")
                        ),
                        None,
                    )
                    verb_ = (
                        _VERB_BEFORE_PLACE.match((listed_.object or "")[len(reading.object) :])
                        if not said and listed_ is not None
                        else None
                    )
                    if verb_ is not None:
                        # "38.4% reside in Argentina, 15.6% in Italy": who reside there too
                        reading.object += verb_.group(1)
            if reading.object is None and hit.kind == "percent":
                prev_amt = out[-1] if out else None
                if (
                    prev_amt is not None
                    and prev_amt.span[0] >= sent_start
                    and _CHANGE_AFTER.fullmatch(text, prev_amt.span[1], hit.start)
                ):
                    # "made £347m, an 82% jump", "30.6bn yen (...), up 31.8%": the change
                    # of the amount just written.
                    reading.object = _base(prev_amt)
                    nxt = doc[span.end] if span.end < len(doc) else None
                    if nxt is not None and nxt.lemma_.lower() in _BARE_CHANGES:
                        reading.object = f"{nxt.lemma_.lower()} in {reading.object}"
            if (
                hit.kind == "percent"
                and reading.object is not None
                and reading.object_tok is not None
                and reading.object == reading.object_tok.text
                and reading.object_tok.lemma_.lower() in _BARE_CHANGES
            ):
                # "sent Fiat shares down 1.2%, after Monday's 4% gain": the gain of what
                # the sentence's earlier percentage measured.
                prev_pct = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_start and a.unit == unit and a.object
                    ),
                    None,
                )
                parallel = _parallel_change(span, reading.object_tok, out)
                if parallel is not None:
                    # "Altria rising 5% and Reynolds showing gains of 4.5%": Reynolds's
                    reading.object = parallel
                    extra["change"] = _NOUN_WAYS.get(reading.object_tok.lemma_.lower(), "rise")
                elif prev_pct is not None:
                    reading.object = f"{_base(prev_pct)} {reading.object}"
            if reading.object is None and hit.kind == "percent":
                prev_amt = out[-1] if out else None
                if (
                    prev_amt is not None
                    and prev_amt.span[0] >= sent_start
                    and prev_amt.extra.get("kind") == "count"
                    and _base(prev_amt)
                    and _DASH_BEFORE.search(text, prev_amt.span[1], hit.start)
                    and _DASH_AFTER.match(text, hit.end)
                ):
                    # "the 246,570 cases reported - almost 30% - concerned ...": an aside
                    # giving the share of those counted.
                    reading.object = f"share of {_base(prev_amt)}"
            mains = [
                a
                for a in reversed(out)
                if a.unit == unit
                and a.span[0] >= sent_of[span.start].start_char
                and "conversion_of" not in a.extra
            ]
            # "a margin of 45.6%, less than the 47.3% forecast and down from 47.1%": the
            # earlier value is of what was measured, not of the forecast beside it
            main = next((a for a in mains if a.extra.get("modality") != "forecast"), None) or (
                mains[0] if mains else None
            )
            est = reading.object_tok
            if (
                hit.start in prior_at
                and main is not None
                and (
                    reading.from_verb  # "22% out of work, against 9%": not "workers hit"
                    or est is not None
                    and est.lemma_.lower() in _ESTIMATE_NOUNS
                    # "growth forecast" (not "the 47.3% forecast": its own amount)
                    and not any(c.dep_ == "compound" and c.is_alpha for c in est.lefts)
                    and not any(c.dep_ == "prep" and c.lower_ == "for" for c in est.rights)
                )
            ):
                # "fall to 3.3% from a previous estimate of 3.7%": the estimate is of what
                # the main value measures.
                reading.object, reading.object_tok = None, None
            if (
                reading.object is None
                and hit.kind in ("money", "percent")
                and hit.start in prior_at
            ):
                # "a profit of £75m compared with £125m": the compared value's object;
                # "grew 4.2%, down from 5.1%": the earlier rate of the same change.
                same_change = (
                    main is not None and "change" in main.extra
                )  # "rose by £1.5bn, more than the £1.4bn expected"
                reading.object = main.object if same_change and main is not None else _base(main)
            obj = reading.object if hit.kind != "count" or unit in lx.measures else count_object
            obj = by_moved or obj
            if (
                hit.kind == "percent"
                and hit.start in prior_at
                and main is not None
                and "change" in main.extra
                and main.object
                and obj is not None
                and obj == _base(main)
            ):
                obj = main.object  # "grew 15.7%, down from 23% in February": earlier growth
            if (
                hit.kind == "count"
                and hit.start in prior_at
                and main is not None
                and obj == extra.get("quantity_noun", "").lower()
                and _base(main)
            ):
                obj = _base(main)  # "922 cases of fraud, up from 831 cases": cases of fraud
            moved_ = out[-1] if out else None
            if (
                hit.kind in ("money", "percent")
                and moved_ is not None
                and moved_.span[0] >= sent_start
                and moved_.unit != unit
                and (what_ := _CHANGE_OF_OBJ.match(moved_.object or "")) is not None
                and re.search(r"\bto\s+$", text[moved_.span[1] : hit.start])
                and (between := _tokens(doc, moved_.span[1], hit.start)) is not None
                and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)
            ):
                # "a 1% fall in profits in its UK retail division to £1.13bn": the level the
                # change reached, whatever the parse hung "to" on
                obj = what_.group(1)
            counted = out[-1] if out else None
            if (
                hit.kind == "money"
                and counted is not None
                and counted.extra.get("kind") == "count"
                and counted.span[0] >= sent_start
                and _base(counted)
                and _WORTH_AFTER.fullmatch(text, counted.span[1], hit.start)
            ):
                obj = f"value of {_base(counted)}"  # "831 cases worth £35.7m"
            if (
                hit.kind == "money"
                and obj
                and not obj.startswith("value of")
                and (
                    re.search(
                        rf"\b{re.escape(obj.split()[-1])}\s+worth\s+(?:[a-z]+\s+){{0,2}}$",
                        text[sent_start : hit.start],
                    )
                    or _WORTH_OF.match(text, hit.end)
                )
            ):
                obj = f"value of {obj}"  # "buy back shares worth 1bn francs", "$2bn worth of"
                worth = _WORTH_OF.match(text, hit.end)
                goods = next(
                    (t for t in sent_of[span.start] if worth and t.idx >= worth.end()), None
                )
                if goods is not None and _nounish(goods):
                    goods = goods.head if goods.dep_ == "compound" else goods
                    obj = f"value of {_np(goods, amount_toks)}"  # "offer $2bn worth of shares"
                dealt_ = reading.verb if reading.verb is not None else _governing_verb(span[-1])
                if (
                    dealt_ is not None
                    and dealt_.lemma_.lower() in _TRADE_VERBS
                    # (not "value of purchase of shares": the verb's noun says it already)
                    and (_verb_noun(dealt_, lx) or "\0") not in obj
                ):
                    # "plans to buy back shares worth 1bn francs": which shares
                    obj += _how_traded(dealt_, amount_toks | set(range(span.start, span.end)))
            est = reading.object_tok
            if (
                obj
                and hit.kind in ("money", "percent")
                and est is not None
                and est.lemma_.lower() in _ESTIMATE_NOUNS
                and ((inner := _complement(est)) is None or inner.i in amount_words | amount_toks)
                and not any(c.dep_ == "prep" and c.lower_ == "for" for c in est.rights)
                and not any(c.dep_ == "compound" for c in est.lefts)
            ):
                # "rose to £546m, ahead of analysts' forecasts of £532m": a forecast of what
                # the sentence's amount of that unit measures.
                main_ = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_start
                        and a.unit == unit
                        and a.object
                        and "conversion_of" not in a.extra
                    ),
                    None,
                )
                if main_ is not None and _base(main_):
                    obj = f"{_base(main_)} {est.lemma_.lower()}"
            rate = reading.object_tok
            rverb = (
                rate.head.head
                if rate is not None and rate.dep_ == "pobj" and rate.head.lower_ == "at"
                else rate.head
                if rate is not None and rate.dep_ == "dobj"
                else None
            )
            if (
                rate is not None
                and rverb is not None
                and rate.lemma_.lower() == "rate"
                and rverb.pos_ in ("VERB", "AUX")
                and (grower := _subject(rverb)) is not None
                and _nounish(grower)
                and grower.i not in amount_toks
            ):
                # "the economy was expanding at an annual rate of 3.8%": its growth, annualised;
                # "inflation hit an annual rate of 1.6%": inflation, annualised; "calls are
                # growing at a rate of 20% every year": the growth in calls.
                change = _RATE_CHANGE.get(rverb.lemma_.lower())
                what = _np(grower, amount_toks)
                if any(c.lower_ in _ANNUAL for c in rate.lefts):
                    obj = f"{what} {change} (annual rate)" if change else f"{what} (annual rate)"
                elif change and rate.dep_ == "pobj":  # "growing at a rate of 20%"
                    obj = f"{change} in {what}"
            restated = out[-1] if out else None
            if (
                hit.kind == "percent"
                and obj
                and obj.startswith("share of ")
                and restated is not None
                and restated.span[0] >= sent_start
                and restated.unit != "percent"
                and _base(restated)
                and _OR_BETWEEN.fullmatch(text, restated.span[1], hit.start)
            ):
                # "4.464 million people, or 10.8% of the workforce": the same count as a share.
                obj = f"{_base(restated)} as {obj}"
            if obj is None and hit.kind in ("money", "percent") and reading.verb is not None:
                it = _subject(reading.verb)
                earlier = next(
                    (
                        a
                        for a in reversed(out)
                        if a.span[0] >= sent_start and a.unit == unit and _base(a)
                    ),
                    None,
                )
                if it is not None and it.lower_ in ("it", "they") and earlier is not None:
                    obj = _base(earlier)  # "Growth was 4% in the quarter and it came in at 4.4%"
            if (
                (obj is None and not reading.trusted or obj and obj.lower() in _LEVEL_WORDS)
                and hit.kind == "money"  # shares in lists ("12% ..., 18% ...") differ
                and out
                and out[-1].unit == unit
                and _base(out[-1])
                and out[-1].span[0] >= _previous_sentence_start(span)
            ):
                # "Qantas made A$500m. Analysts expected a figure closer to A$431m.": the
                # figure is of what the amount just before measured.
                obj = _base(out[-1])
            if (
                obj is None
                and _COMPARES.match(sent_of[span.start].text)
                and (earlier_ := next((a for a in reversed(out) if a.unit == unit), None))
                is not None
                and earlier_.span[0] >= _previous_sentence_start(span)
                and _base(earlier_)
            ):
                # "Wine consumption is 0.22 litres per capita. This compares with 59 litres in
                # France": the same measure, elsewhere or earlier (not the earlier place)
                obj = _PLACE_IN.sub("", _base(earlier_) or "")
            anchor_ = outs[0] if outs else None
            whole_ = next(
                (
                    p
                    for t in span
                    for c in t.rights
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                    and p.i not in amount_toks
                    and not span.start <= p.i < span.end  # "billions of pounds"
                    and _nounish(p, ("NOUN",))
                ),
                None,
            )
            if (
                hit.kind == "money"
                and whole_ is not None
                and anchor_ is not None
                and anchor_.dep_ in ("nsubj", "nsubjpass")
                and (
                    said_ := _predicate(
                        anchor_.head, amount_toks | set(range(span.start, span.end))
                    )
                )
                and " " in said_
            ):
                # "91m naira of the funding had been earmarked for nurseries": that part
                obj = f"{_np(whole_, amount_toks)} {said_}"
            if (
                obj is None
                and hit.kind == "money"
                and anchor_ is not None
                and anchor_.dep_ == "nsubj"
                and anchor_.head.lemma_ == "be"
            ):
                # "only $480,000 had been in the accounts": money where it was
                for c in anchor_.head.rights:
                    place_ = next((p for p in c.children if p.dep_ == "pobj"), None)
                    if c.dep_ == "prep" and place_ is not None and _nounish(place_, ("NOUN",)):
                        obj = f"money {c.lower_} {_np(place_, amount_toks)}"
                        break
            if hit.kind == "percent" and (obj is None or " who " in obj):
                # "... said he should return, and 61% that he had been right to resign":
                # the poll's verb is left out; the answer before it gives it.
                answer = _THAT_AFTER.match(text, hit.end, sent_of[span.start].end_char)
                asked = _poll_asked(out, sent_start)
                if answer is not None and asked is not None and obj in (None, asked):
                    whose, said = asked.split(" who ", 1)
                    obj = f"{whose} who {said.split(' ', 1)[0]} {answer.group(1)}"
            if hit.kind == "percent" and obj is not None and obj.startswith("share "):
                asked = _poll_asked(out, sent_start)
                if asked is not None:
                    obj = _poll_ellipsis(obj, asked, text[sent_start : hit.start])
            vlemma = reading.verb.lemma_.lower() if reading.verb is not None else None
            if obj is None and hit.kind in ("money", "percent") and vlemma is not None:
                # "showed growth of 6.3%, with the second showing 1.1%", "economists had
                # predicted 2%": the same verb again, or a forecast, measures what the
                # sentence's earlier amount of that unit measured.
                same = next(
                    (
                        a
                        for k, a in reversed(list(enumerate(out)))
                        if a.span[0] >= sent_start
                        and a.unit == unit
                        and a.object
                        and "conversion_of" not in a.extra
                        and (
                            vlemma in _FORECAST_VERBS
                            or verbs[k] == vlemma
                            # "growth of 3.6% in 2004, slipping to 2.9% next year"
                            or vlemma in _CHANGE_VERBS
                            and reading.verb.tag_ == "VBG"
                            and reading.verb.dep_ in ("advcl", "acl", "xcomp", "pcomp")
                        )
                    ),
                    None,
                )
                if same is not None:
                    obj = _base(same)
                    if vlemma in _FORECAST_VERBS:
                        extra["modality"] = "forecast"  # "economists had predicted 2%"
                    elif same.extra.get("modality") == "forecast" and reading.verb.tag_ == "VBG":
                        # "forecast growth of 3.6%, slipping to 2.9% next year": still forecast
                        extra["modality"] = "forecast"
            if hit.kind == "count" and unit.split()[-1] in lx.measures:
                # "produce 30,000 tonnes" -> "production"; a bare unit says nothing.
                gov = _governing_verb(span[-1])
                vnoun = _verb_noun(gov, lx) if gov is not None and gov.tag_ != "VBN" else None
                if vnoun == "earnings":
                    vnoun = "production"  # "Greece makes 115,000 tonnes": made, not earned
                if not obj:
                    obj = count_object if count_object and count_object != unit else None
                if vnoun and reading.trusted and obj and unit not in obj:
                    obj = f"{vnoun} of {obj}"  # "exports 150,000 tonnes of cork"
                elif vnoun and (not obj or unit in obj or span[-1].dep_ == "dobj"):
                    obj = _verb_phrase(gov, amount_toks | set(range(span.start, span.end)), vnoun)
            aim = (
                _aim_of(span)
                if hit.start not in prior_at
                # "from 4.5% today" is no aim, "from an expected 180,000 tonnes" a forecast
                else "forecast"
                if _outward(span) and _said_ahead(span, _outward(span)[0])
                else None
            )
            if (
                aim is None
                and hit.start not in prior_at
                and _PROPOSED_CHANGE.search(text, sent_of[span.start].start_char, hit.start)
            ):
                aim = "target"  # "suggests increasing state funding to £3m", however parsed
                level_to = re.search(
                    r"\bto\s+\S*$", text[sent_of[span.start].start_char : hit.start]
                )
                gerund_ = re.match(r"(?:increasing|raising|lifting|boosting|extending) ", obj or "")
                if obj and gerund_ and level_to:
                    obj = obj[gerund_.end() :]  # the level it is to reach: "state funding"
            if aim is None and hit.start not in prior_at:
                aim = (
                    _aim_noun_above(span)
                    or _announced_spend(span)
                    or (
                        _proposed_above(span)
                        if _SUGGEST_WORD.search(text, sent_of[span.start].start_char, hit.start)
                        else None
                    )
                    or _agreed_to(span)
                    or _forecast_outcome(span)
                )
                if aim is None and _is_to_plan(span, text, sent_of[span.start]):
                    aim = "target"  # "Gordon Brown is to freeze duty, fund a £1bn package"
            if (
                aim in (None, "forecast")  # (a condition is not a forecast: "considering if")
                and hit.start not in prior_at
                and (
                    said_in(_IF_WORD, sent_of[span.start])
                    or said_in(_UNREAL_WORDS, sent_of[span.start])
                )
                and _conditional(span)
            ):
                aim = "possible"  # "whether they raise prices by 20%", "unless it falls below $35"
            if hit.start not in prior_at and _IN_CASE.search(
                text, max(sent_of[span.start].start_char, hit.start - 80), hit.start
            ):
                aim = "possible"  # "on standby in case they need to evacuate 300 citizens"
            if aim is None and hit.start not in prior_at:
                lead_text = text[max(sent_of[span.start].start_char, hit.start - 100) : hit.start]
                if "of time" in lead_text and _IN_TIME.search(lead_text):
                    aim = "forecast"  # "only a matter of time until the euro reaches $1.30"
                elif (
                    "ensure" in lead_text or "sure" in lead_text or "guarantee" in lead_text
                ) and _TRY_TO.search(lead_text):
                    aim = "target"  # "trying to ensure that 90% of homes get broadband"
                elif " to " in lead_text and _MEANT_TO.search(lead_text):
                    aim = "target"  # "It has been set up to advise hundreds of companies"
            if aim is not None:
                extra["modality"] = aim  # "it had aimed to save £220m": a target, not a result
            per = _PER_AFTER.match(text, hit.end)
            if (
                per is not None
                and obj
                and not _PER_AFTER_NOT.match(text, per.end())
                # "a year on": later; "$50 a barrel on Tuesday": a rate that day
                and not (
                    (per.group(1) or "").lower() in _TIME_UNITS
                    and re.match(r"\s+on\b", text[per.end() :])
                )
            ):
                # "0.22 litres per capita", "£57 a week": a rate, not a total.
                extra["per"] = (per.group(1) or per.group(2)).lower()
                if f"per {extra['per']}" not in obj:
                    obj = f"{obj} per {extra['per']}"
            elif obj and hit.kind == "count" and (every := _every(span)) is not None:
                extra["per"] = every  # "30,000 children are dying every day"
                obj = f"{obj} per {every}"
            if (
                obj
                and hit.kind in ("money", "count")
                and (each := _each_holder(span)) is not None
                and each not in obj
            ):
                obj = f"{obj} per {each}"  # "Every officer had a target of 8,000 applications"
            if obj and reading.object_tok is not None:
                obj = _seen_by(obj, reading.object_tok, amount_toks)
                obj = _growth_for(obj, reading.object_tok, amount_toks)
            if obj:
                head_ = reading.verb if reading.verb is not None else _clause_head(span[0])
                main_org = main_orgs[bool(_FIRM_THINGS.search(obj))]
                obj = _resolve_its(obj, head_, span, amount_toks, people, main_org)
                its_ = _ECONOMY_ITS.search(obj) if countries is not None else None
                home = countries.main() if its_ is not None and countries is not None else []
                names_ = countries.names if countries is not None else {}
                if home and home[0] in names_:
                    # "reserves of $119bn beat its foreign public debt": the country's, in an
                    # article about one country
                    owner_ = _possessive(names_[home[0]])
                    obj = _ECONOMY_ITS.sub(f"{owner_} ", obj, count=1)
                obj = _whose_shares(obj, sent_of[span.start], people)
                obj = _resolve_they(obj, span, amount_toks)
                obj = _name_the_firm(obj, sent_of[span.start], people, main_orgs[1])
                if hit.kind in ("money", "percent"):
                    obj = _COMMODITY.sub(r"\1\2 price", obj)  # "copper up 36%": its price
                obj = _faced_by(obj, reading.object_tok, amount_toks)
                obj = _firm_metric_owner(
                    obj, head_, span, reading.object_tok, amount_toks, people, main_orgs[1], orgs
                )
                obj = _fronted_with(obj, reading.object_tok, amount_toks)
                obj = _money_terms(obj, reading.object_tok, span, amount_toks)
                obj = _owner_once(obj)
            way = (
                _direction(span, text, comp_at)
                if (
                    hit.kind in ("percent", "money", "points")
                    or unit.split()[-1] in lx.measures  # "stockpiles fell 1m barrels"
                )
                and "rate_of" not in hit.extra
                else None
            )
            if way is None and listed_change and hit.kind == "percent":
                way = listed_change  # "falling sales of 13% in New York and 16% in Ireland"
            moving = reading.object_tok
            if way is None and hit.kind == "percent" and moving is not None and obj:
                # "falling cigarette sales of 13%": the noun's own participle says which way
                # (or the parse made it the verb: "there had been falling cigarette sales")
                before = moving.head if moving.dep_ == "dobj" else None
                lefts = list(moving.lefts)
                if before is not None and before.i == moving.i - len(lefts) - 1:
                    lefts.append(before)
                for c in lefts:
                    if c.dep_ in ("amod", "ccomp", "conj", "advcl") and c.tag_ == "VBG":
                        lemma = c.lemma_.lower()
                        way = (
                            "rise"
                            if lemma in _RISE_VERBS
                            else "fall"
                            if lemma in _FALL_VERBS
                            else _GROW_VERBS.get(lemma)
                        )
                        if way is not None and obj.startswith(c.text):
                            obj = obj[len(c.text) :].lstrip()
            if way is not None:
                # "sales dipped 0.1%": a fall in sales, not sales of 0.1%.
                extra["change"] = way
                if (
                    obj
                    and (not _CHANGE_WORDS.search(obj) or obj.endswith(" rate"))  # "growth rate"
                    and not obj.startswith(("share of", "stake in"))  # "shares in X" do move
                ):
                    extra["_base"] = obj
                    obj = f"{way} in {obj}"
                    planned_ = _THAN_PLANNED.match(text, hit.end)
                    if planned_ is not None and re.match(r"\s+(?:more|less)\b", text[hit.end :]):
                        # "Borrowing is tipped to fall to £31bn by 2005/06 - but that is still
                        # £2bn more than Mr Brown predicted": by how much the level misses
                        # the forecast, when and as surely as the level is told
                        over_ = way in ("rise", "growth")
                        base_ = extra["_base"]
                        obj = (
                            f"{'excess' if over_ else 'shortfall'} of {base_} "
                            f"{'over' if over_ else 'below'} what was {planned_.group('w')}"
                        )
                        extra.pop("change", None)  # (a gap to the forecast, no change)
                        level_of = next(
                            (
                                a
                                for a in reversed(out)
                                if a.span[0] >= sent_start and a.unit == unit and _base(a) == base_
                            ),
                            None,
                        )
                    elif planned_ is not None:
                        # "£50bn - 14% higher than originally planned": the overrun of a plan
                        above_ = "above" if way in ("rise", "growth") else "below"
                        obj += f" {above_} what was {planned_.group('w')}"
                    where_ = _where_it_moved(span, obj, amount_toks)
                    if where_:  # "at its beverage division": whose
                        where_ = _resolve_its(
                            where_, _clause_head(span[0]), span, amount_toks, people, main_orgs[1]
                        )
                    obj += where_
            if obj and hit.kind == "money" and outs:
                # (put in when the article is done, so no other amount copies the words)
                said_at = _at_level(outs[0], amount_toks) or _at_close(outs[0])
            if obj and said_in(_EFFECT_WORD, sent_of[span.start]):
                obj = _caused_by(obj, span, amount_toks | set(range(span.start, span.end)))
            if obj and outs and hit.kind == "money":
                obj = _claim_for(obj, outs[0])
            if obj and _AS_A_RESULT.search(text, hit.end, sent_of[span.start].end_char):
                obj = _as_a_result_of(obj, span, amount_toks | set(range(span.start, span.end)))
            place = _IN_PLACE.match(text, hit.end)
            if (
                obj
                and " " in obj
                and place
                and _COMPARED.search(text, sent_start, hit.start)
                and _kb_country(place.group(1))
            ):
                # "the UK's jobless rate ..., compared with 12.1% in Germany": the compared
                # value is another country's, so the first country goes from the object
                # ("Argentina's bondholders, 3.1% in Japan" keeps it: no comparison).
                head, rest = obj.split(" ", 1)
                if _kb_country(re.sub(r"['’]s$", "", head)):
                    obj = rest
            if "rate_of" in hit.extra:
                obj = f"exchange rate of {hit.extra['rate_of']}"
                extra["rate_of"] = hit.extra["rate_of"]
            more = _MORE_BEFORE.search(text, max(sent_start, hit.start - 16), hit.start)
            word = more.group(1).lower().replace("another", "additional") if more else ""
            if (
                obj
                and word
                and word not in obj.lower()
                and "change" not in extra  # "raised by an extra £5m": the rise says it
                and not (reading.verb is not None and reading.verb.lemma_ in _SOURCE_VERBS)
            ):
                owned_ = re.match(r"^(.+?['’]s?) (.+)$", obj)
                obj = (  # "the extra £1,400": more pay, not all of it; "state's further ..."
                    f"{owned_.group(1)} {word} {owned_.group(2)}" if owned_ else f"{word} {obj}"
                )
            if (
                obj
                and "average" in str(extra.get("comparator_text", ""))
                and "average" not in obj.lower()
            ):
                # "grown by an average of 3.2%": the average growth, not all of it
                owned_ = re.match(r"^(\S+['’]s?) (.+)$", obj)
                obj = f"{owned_.group(1)} average {owned_.group(2)}" if owned_ else f"average {obj}"
            where = place.group(1) if place else None
            ptoks = _tokens(doc, place.start(1), place.end(1)) if place else None
            code = _kb_country(where) if where else None
            if (
                obj
                and where
                and where not in obj
                and (code or ptoks is not None and len(ptoks) and ptoks[0].ent_type_ == "LOC")
            ):
                # "sales growth of 10% in Asia": there, not overall (a listed value's object
                # loses the place of the value it was copied from).
                obj = f"{_TRAILING_PLACE.sub('', obj)} in {where}"
            if obj and " " not in obj:
                named_tok = counted_noun if hit.kind == "count" else reading.object_tok
                if named_tok is None or named_tok.lower_ != obj.lower():
                    named_tok = reading.object_tok  # "180,000 tonnes" of production
                obj = _named_before(obj, named_tok, sent_of[span.start].start, text)
            assert countries is not None
            sent_ = sent_of[span.start]
            if sent_.start not in named_sents:
                named_sents[sent_.start] = countries.names_one(sent_, text)
            if named_sents[sent_.start]:
                parties = _parties(reading, countries, span, amount_toks, sent_)
            else:
                # (a sentence that names no country gives none; only "bilateral trade"
                # takes the article's two)
                bilateral_ = (
                    reading.object_tok is not None
                    and reading.object is not None
                    and _BILATERAL.search(reading.object) is not None
                )
                parties = countries.dyad() if bilateral_ else []
            if nation_counted is not None:
                # "one of four Britons who ... has dual British and Zambian nationality": the
                # people counted are the country's
                parties = [nation_counted]
                lives = _LIVING_IN.search(obj or "")
                lived_in = lives.group(1) if lives is not None else ""
                there = _kb_country(lived_in) if _names_country(lived_in) else None
                if there is not None and there != nation_counted:
                    parties.append(there)  # "10 million Mexicans live in the US": both
            if obj and _REGION_OWNED.match(obj):
                # "below the African average of 4%": a region's, not the clause's country
                parties = []
            compared_ = out[-1] if out and out[-1].span[0] >= sent_start else None
            if (
                obj
                and obj.endswith(" average")
                and compared_ is not None
                and compared_.extra.get("change") in ("growth", "rise", "fall")
                and hit.kind == compared_.extra.get("kind")
            ):
                # "grown by 3.2%, slightly below the African average of 4%": that average
                obj = f"{obj} {compared_.extra['change']}"
            if parties and hit.kind == "money" and reading.object_tok is not None:
                # "a $240m agreement to import Venezuelan fuel": the other side, named by its
                # nationality inside what the money is for
                for t in _own_subtree(
                    reading.object_tok, set(range(span.start, span.end)), amount_toks
                ):
                    code = countries.of(t) if t.dep_ == "amod" else None
                    if code and code not in parties and _names_nationality(t.text):
                        parties.append(code)
            if counted_noun is not None:
                for t in counted_noun.lefts:  # "several hundred UK citizens": whose people
                    code = countries.of(t) if t.dep_ in ("compound", "amod", "nmod") else None
                    if code and code not in parties:
                        parties.insert(0, code)
            if not parties and said_in(_IT_WORDS, sent_of[span.start]):
                # "overturn a ruling that threw out its claim for $280bn": whose "its" is,
                # the sentence's subject.
                parties = _pronoun_owner(span, countries, amount_toks)
            if not parties and obj:
                parties = _object_country(obj)  # "India's construction sector", "US broker"
            if not parties and obj:
                said_before = _nation_said_before(obj, text[sent_start : hit.start])
                if said_before is not None:
                    # "Chinese wine sales are growing, ... with wine sales in 2003 up 25%"
                    obj, parties = said_before
            own_base = str(extra.get("_base", obj or ""))
            if (
                not parties
                and obj
                and _ECONOMY.search(obj)
                # "Inflation eased", "rise in Borrowing": a capital opening the sentence
                and not _OWNED_OBJECT.search(own_base[:1].lower() + own_base[1:])
                and not _BLOCS.search(
                    text, sent_of[span.start].start_char, sent_of[span.start].end_char
                )
            ):
                # "Growth was 1.1% in 2004" in an article about one country's economy
                parties = countries.home()
            holder_ = _clause_subject_noun(span)
            if not parties and (
                obj
                and re.search(r"\b(?:country|nation)['’]s\b", obj)
                or holder_ is not None
                and holder_.lemma_.lower() in ("country", "nation")
            ):
                # "India's deficit would hamper the country's growth": the one country named.
                named = {countries.of(t) for t in sent_of[span.start]} - {None}
                if len(named) == 1:
                    parties = [str(next(iter(named)))]
            if obj and len(parties) == 1 and re.search(r"\bcountry['’]s\b", obj):
                # "the country's economic growth": the one country the sentence names, by name
                named_tok = next(
                    (
                        t
                        for t in sent_of[span.start]
                        if countries.of(t) == parties[0]
                        and t.pos_ == "PROPN"
                        and _names_country(t.text)
                    ),
                    None,
                )
                name_ = (
                    _name(named_tok)
                    if named_tok is not None
                    # "data provided by the Liberians, the country's GDP": the country's
                    # name as the article writes it
                    else countries.names.get(parties[0])
                    if any(countries.of(t) == parties[0] for t in sent_of[span.start])
                    else None
                )
                if name_ and _names_country(name_):
                    obj = re.sub(r"\b(?:the )?country['’]s\b", f"{name_}'s", obj)
            supplied_ = (
                verb if hit.kind == "count" and parties and verb is not None else None
            )  # (the count's verb; "verb" is set for counts above)
            if (
                supplied_ is not None
                and supplied_.dep_ in ("relcl", "acl")
                and supplied_.lemma_.lower() in _SUPPLY_VERBS
                and supplied_.head.head.pos_ == "VERB"
            ):
                # "has struck a deal to supply Peugeot": the one who struck it supplies
                supplied_ = supplied_.head.head
            payer = (
                _subject(reading.verb)
                if hit.kind == "money"
                and reading.verb is not None
                and reading.verb.lemma_.lower() not in _SAY_VERBS | _HEARSAY_VERBS
                # "Japanese Mitsubishi Motors will supply French Peugeot with 30,000 SUVs":
                # the seller's side as well as the buyer's
                else _subject(supplied_)
                if supplied_ is not None
                and (supplied_.lemma_.lower() in _SUPPLY_VERBS or supplied_ is not verb)
                else None
            )
            for _ in range(3):
                if payer is None or payer.lower_ not in ("it", "they"):
                    break
                # "The US company said it had agreed the sale ...": "it" is the company
                up = payer.head.head if payer.head.dep_ in ("ccomp", "xcomp") else None
                payer = _subject(up) if up is not None else None
            if payer is not None and payer.i not in amount_toks:
                # "The US company agreed the sale of planes to India for $630m": the firm
                # that pays or is paid is a party as well as the other side.
                for t in _own_subtree(payer, set(range(span.start, span.end)), amount_toks):
                    c = countries.of(t)
                    if c and c not in parties and (t.i <= payer.i or t.dep_ == "poss"):
                        parties.append(c)
            if parties and obj and hit.kind == "money":
                # "Italy's Illva will pay 481m yuan for a stake in China's Changyu": the
                # other side the object names
                # (past the payer's own name: "Italy's Acme's payment for ... China's Beta")
                for rest in (obj, *(obj[m.end() :] for m in re.finditer(r"['’]s? ", obj))):
                    parties += [c for c in _object_country(rest) if c not in parties]
            home_ = _currency_country(unit)
            if (
                parties
                and home_ is not None
                and home_ not in parties
                and reading.verb is not None
                and reading.verb.lemma_.lower() in _DEAL_VERBS
            ):
                # "Italy's Illva will pay 481.42m yuan": paid in China's money, to a Chinese side
                parties.append(home_)
            if code and obj and obj.endswith(f" in {where}") and _names_country(where or ""):
                compared = _COMPARED.search(text, sent_start, hit.start) is not None
                parties = [code] if compared else [code, *(c for c in parties if c != code)]
                if not compared:
                    # "Of Argentina's bondholders, 15.6% in Italy": whose, and where
                    owned_by = _object_country(obj[: -len(f" in {where}")])
                    parties += [c for c in owned_by if c not in parties]
            sent = sent_of[span.start]
            if sent.start_char not in sent_periods:
                sent_periods[sent.start_char] = find_periods(
                    text[sent.start_char : sent.end_char], ref
                )
            # An earlier value's period is the one right after it, not beyond the next amount.
            blockers = hits if hit.start in prior_at else priors
            p = _period(
                sent_periods[sent.start_char],
                sent.start_char,
                span,
                hit,
                doc,
                blockers,
                text,
                [h for h in hits if sent.start_char <= h.start < sent.end_char],
                prior=hit.start in prior_at,
            )
            if (
                p is not None
                and extra.get("modality") in ("forecast", "target", "pledge")
                and sent.start_char + p.end <= hit.start
                and _JOINED_CLAUSE.search(text, sent.start_char + p.end, hit.start)
            ):
                p = None  # "Sales rose 3% in 2004 and are expected to rise 5%": not in 2004
            if (
                p is not None
                and p.text.lower().startswith("since")
                and re.search(
                    r"\b(?:currently|now)\s+$", text[max(sent_start, hit.start - 12) : hit.start]
                )
            ):
                p = None  # "has paid income tax - currently 40% - since 1993": today's rate
            if (
                p is None
                and level_of is None
                and hit.start not in prior_at
                # (a forecast in the joined clause is of a time to come: "and will rise 5%")
                and extra.get("modality") in (None, "possible")
            ):
                level_of = _joined_clause_amount(span, out, sent_start, extra.get("_base", obj))
            if p is None and level_of is not None and level_of.period:
                period = level_of.period  # (the excess over a forecast: the level's period)
                if "period_text" in level_of.extra:
                    extra["period_text"] = level_of.extra["period_text"]
            if level_of is not None and "modality" in level_of.extra:
                extra.setdefault("modality", level_of.extra["modality"])
            if (
                p is not None
                and p.kind in ("quarter", "half")
                and not re.search(r"\d\d\d\d", p.text)
            ):
                # "In the final quarter of 2004, ... up from 17.5% in the third quarter": the
                # year the sentence gives another part of
                dated_q = next(
                    (
                        (y.group(), q.interval or "")
                        for q in sent_periods[sent.start_char]
                        # (another part of a year, not the year of another amount: "fell to
                        # 785m euros from 2.4bn euros in 2003")
                        if q.kind in ("quarter", "half")
                        and (y := re.search(r"\b(?:1[89]|20)\d\d\b", q.text)) is not None
                    ),
                    None,
                )
                year_, other_ = dated_q if dated_q is not None else ("", "")
                dated_ = parse_period(f"{p.text} of {year_}") if year_ else None
                if dated_ is not None and hit.start in prior_at and dated_ > other_:
                    # an earlier value's quarter is not after the dated one: "in the first
                    # quarter of 2005, up from ... in the fourth quarter" is 2004's
                    dated_ = parse_period(f"{p.text} of {int(year_) - 1}")
                if dated_ is not None:
                    p = Period(p.start, p.end, p.text, dated_, p.kind)
            if p is not None:
                p = _split_year(p, unit, sent)
                period = p.interval
                extra["period_text"] = p.text
                part = next(
                    (
                        q
                        for q in sent_periods[sent.start_char]
                        if q.kind in ("quarter", "half") and not re.search(r"\d\d\d\d", q.text)
                    ),
                    None,
                )
                since_ = re.match(r"(?i)since\s+((?:1[89]|20)\d\d)$", p.text.strip())
                if hit.start in prior_at and since_ and period:
                    # "had gone from $17.8bn to nothing since 2003": the earlier value is
                    # 2003's, where the change starts, not all the time since
                    period = parse_period(f"in {since_.group(1)}") or period
                elif hit.start in prior_at and p.kind == "year" and part is not None and period:
                    # "fourth quarter profits fell to X from Y in 2003": Y is 2003's fourth
                    # quarter, not all of 2003.
                    period = parse_period(f"{part.text} of {period[:4]}") or period
            else:
                # "its 2005 growth forecast", "2004's average": a year inside the object.
                year = next(
                    (
                        t
                        for t in (reading.object_tok.lefts if reading.object_tok else ())
                        for t in t.subtree
                        if _YEAR.match(t.text) and t.i not in amount_toks
                    ),
                    None,
                ) or next(
                    (  # "emergency food requirements for 2005"
                        p
                        for c in (reading.object_tok.rights if reading.object_tok else ())
                        if c.dep_ == "prep" and c.lower_ in ("for", "in")
                        for p in c.children
                        if p.dep_ == "pobj" and _YEAR.match(p.text) and p.i not in amount_toks
                    ),
                    None,
                )
                sent_ = sent_of[span.start]
                if year is None and _YEAR_IN.search(text, sent_.start_char, sent_.end_char):
                    # "funnelling $2m into the 2001 re-election campaign", "8% of the population
                    # in the 2001 Census": a year naming a noun of the amount's clause.
                    clause = _clause_head(span[0])
                    own = clause.i
                    # "the 1989 disaster in which 96 died": the noun the clause is about
                    about = clause.head.i if clause.dep_ == "relcl" else -1
                    year = next(
                        (
                            t
                            for t in sent_of[span.start]
                            if _YEAR.match(t.text)
                            and t.i not in amount_toks
                            and t.dep_ in ("compound", "nummod", "amod")
                            and t.head.pos_ in ("NOUN", "PROPN")
                            and t.head.i > t.i
                            and (
                                _clause_head(t.head).i == own
                                or t.head.i == about
                                # "described themselves as coming from ... in the 2001 Census"
                                or clause.left_edge.i <= t.i <= clause.right_edge.i
                                and clause.dep_ == "ROOT"
                            )
                            and not (
                                t.head.dep_ == "pobj"
                                and t.head.head.lower_ in ("on", "than", "from", "against", "over")
                            )  # "an 82% jump on 2003 figures": the base compared with
                        ),
                        None,
                    )
                if year is not None:
                    period = f"{year.text}-01-01/{year.text}-12-31"
                    extra["period_text"] = year.text
        if span is not None:
            owned = _TIME_POSS.search(text, max(sent_start, hit.start - 40), hit.start)
            owner_period = find_periods(owned.group(1), ref) if owned is not None else []
            if owner_period and owner_period[0].interval:
                # "less than last year's £3.1bn total": the year that owns the amount.
                period, extra["period_text"] = owner_period[0].interval, owner_period[0].text
        if period is None and span is not None and "change" in extra and out:
            prev = out[-1]
            if (
                prev.period
                and prev.span[0] >= sent_start
                and _CHANGE_AFTER.fullmatch(text, prev.span[1], hit.start)
                and (_base(prev) or "\0") in (obj or "")
            ):
                # "a record profit in 2004 of 30.6bn yen, up 31.8%": the change of that
                # year's profit
                period = prev.period
        if obj and span is not None:
            left_out = _EXCLUDING.search(
                text, sent_of[span.start].start_char, sent_of[span.start].end_char
            )
            if left_out is not None and left_out.group(2) not in obj:
                obj = f"{obj} {left_out.group(1).lower()} {left_out.group(2)}"  # "excluding cars"
        if (
            period
            and span is not None
            and extra.get("modality") in ("pledge", "target")
            and _when_promised(sent_of[span.start], str(extra.get("period_text", "")))
        ):
            # "agreed in 1970 to spend 0.7%", "jobs promised in Lisbon in 2000": when it
            # was promised, not when it is to be done
            period = None
            del extra["period_text"]
        compared_ = next(
            (
                a
                for a in reversed(out)
                if a.span[0] >= sent_start and a.unit == unit and a.object and _base(a) != obj
            ),
            None,
        )
        if (
            obj in ("forecast", "estimate")
            and compared_ is not None
            and re.match(rf"\s*{obj}\b", text[hit.end :])  # "the 47.3% forecast by analysts"
        ):
            # "a margin of 45.6%, less than the 47.3% forecast by analysts": the margin's
            obj = f"{_base(compared_)} {obj}"
        if obj in ("target", "forecast", "estimate") and span is not None:
            about = _clause_subject_noun(span)
            if (
                about is not None
                and _nounish(about, ("NOUN",))
                and about.i not in amount_toks
                and _bad_object(about, lx) is None  # not "company forecast": whose, not what
            ):
                # "inflation would rise to its 2% target": the inflation target
                obj = f"{_np(about, amount_toks)} {obj}"
        if obj and hit.kind == "count" and _ALL_BUT.search(text, max(0, hit.start - 12), hit.start):
            # "removed all but 92 of the 750 peers": the 92 are those not removed
            obj = re.sub(r" (\w+ed)((?: by [^,]+)?)$", r" not \1\2", obj)
        if span is not None and hit.kind in ("percent", "money"):
            obj = _object_of_clause(obj, span, amount_toks) or obj
        if obj is None and span is not None and hit.kind in ("percent", "money"):
            obj = _object_nearby(span, amount_toks, out, unit)
        if obj is None and span is not None and hit.kind == "money":
            obj = _funding_for(span, amount_toks)  # "announced £264m for health services"
        if obj and span is not None and hit.kind == "money" and reading.object_tok is not None:
            obj = _deal_for(obj, reading.object_tok, set(range(span.start, span.end))) or obj
        if span is not None and hit.kind == "percent" and "change" not in extra:
            aside = _aside_change(text, span, hit, out, sent_start, amount_toks)
            if aside is not None and (obj is None or obj == _base(aside[1])):
                # "produced 14.27m tonnes in 2004, ... 21% more than the average of the past
                # five years": how far the amount before is above what it is compared with
                obj = aside[0]
                if aside[2]:
                    extra["change"] = aside[2]
                period = aside[1].period
                extra.pop("period_text", None)
        if (
            span is not None
            and hit.kind == "percent"
            and "change" not in extra
            and span.start > 0
            and doc[span.start - 1].lower_ == "by"
            and doc[span.start - 1].dep_ == "conj"
        ):
            # "rose by 8% globally and by 24% in China": the same change, elsewhere
            prev_change = next(
                (
                    a
                    for a in reversed(out)
                    if a.span[0] >= sent_start and a.unit == unit and "change" in a.extra
                ),
                None,
            )
            base_ = _base(prev_change)
            if prev_change is not None and base_ and obj and obj.startswith(base_):
                extra["change"] = prev_change.extra["change"]
                obj = f"{extra['change']} in {obj}"
        if (
            span is not None
            and obj
            and (" " not in obj or obj.endswith("'s debt"))
            and hit.kind in ("money", "percent")
        ):
            obj = _which_has(obj, span, amount_toks)  # "Allied Domecq, which has a ..."
        if span is not None and obj and " " not in obj and reading.object_tok is not None:
            obj = _bare_done(
                obj, reading.object_tok, span, amount_toks | set(range(span.start, span.end))
            )
        if (
            span is not None
            and hit.kind == "percent"
            and "change" not in extra
            and reading.object_tok is not None
            and reading.object_tok.pos_ == "PROPN"
            and reading.object_tok.ent_type_ in ("ORG", "NORP")
            and obj == _np(reading.object_tok, amount_toks)
        ):
            # "with the Liberal Democrats on 19%": their poll share
            obj = f"{_poll_or(text)}share for {obj}"
        elif (
            span is not None
            and hit.kind == "percent"
            and obj
            and "change" not in extra
            and _LEAD_WORDS_RE.search(text, sent_start, sent_of[span.start].end_char)
            and any(
                t.lemma_.lower() in ("lead", "trail")
                and any(c.dep_ == "nsubj" and _name(c) == obj for c in t.children)
                and any(c.dep_ == "dobj" for c in t.children)
                for t in sent_of[span.start]
            )
        ):
            obj = f"{_poll_or(text)}share for {obj}"  # "Labour lead the Tories by 39% to 34%"
        if (
            span is not None
            and obj
            and obj.startswith(("rise in ", "fall in "))
            and (boosted := _clause_head(span[-1])).pos_ == "VERB"
        ):
            obj += _passive_subject_for(boosted, obj, amount_toks)
        if span is not None and span.start > 0 and doc[span.start - 1].lower_ == "to":
            # "an offer from Xstrata, which the firm raised to A$8.4bn": the offer's new level
            moved_ = doc[span.start - 1].head
            thing_ = moved_.head
            said_ = ""
            if thing_.pos_ == "PROPN" and thing_.dep_ == "pobj" and thing_.head.dep_ == "prep":
                # "an offer from Swiss Xstrata, which ...": the clause hangs on the name
                said_ = f" {thing_.head.lower_} {_name(thing_)}"
                thing_ = thing_.head.head
            if (
                moved_.dep_ == "relcl"
                and moved_.lemma_.lower() in _RISE_VERBS | _FALL_VERBS
                and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in moved_.children)
                and _nounish(thing_, ("NOUN",))
                and thing_.i not in amount_toks
            ):
                obj = f"{_np(thing_, amount_toks)}{said_}"
                if not parties:
                    parties = _object_country(obj)  # "an offer from Swiss Xstrata"
        if (
            span is not None
            and hit.kind == "percent"
            and obj
            and "change" not in extra
            and re.search(r",\s*or\s+$", text[max(sent_start, hit.start - 8) : hit.start])
        ):
            # "fell from 7,613 to 6,630, or 12.9%": the size of that fall
            way_ = _verb_way(_clause_head(span[-1]).lemma_.lower())
            # (not "to 4.464 million people, or 10.8% of the workforce": a share, a level)
            if way_ is not None and not _CHANGE_WORDS.search(obj) and "share" not in obj:
                extra["change"] = way_
                obj = f"{way_} in {obj}"
        if span is not None and obj and obj.endswith("share of total"):
            # "the second biggest source of fraud complaints, comprising 16% of the total":
            # the total of those complaints
            whole = next(
                (
                    t
                    for t in reversed(doc[sent_of[span.start].start : span.start])
                    if t.dep_ == "pobj"
                    and t.head.lower_ == "of"
                    and t.tag_ in _PLURAL_TAGS
                    and t.i not in amount_toks
                ),
                None,
            )
            if whole is not None:
                obj = f"{obj[: -len('total')]}{_np(whole, amount_toks)}"
        if span is not None and obj == "order" and span.start >= 3:
            # "an increase in retail on the order of 10 to 15%": the increase, not "order"
            order = doc[span.start - 2]
            hung = order.head.head if order.lower_ == "order" and order.dep_ == "pobj" else None
            if hung is not None and _nounish(hung, ("NOUN",)) and hung.i not in amount_toks:
                obj = _np(hung, amount_toks)
        if span is not None and hit.kind == "money" and obj in ("purchase", "sale"):
            # "Yugansk was auctioned ... . It was bought for $9.4bn": what "it" stood for
            verb_ = _governing_verb(span[-1])
            it = (
                next(
                    (c for c in verb_.children if c.dep_ == "nsubjpass" and c.lower_ == "it"), None
                )
                if verb_ is not None
                else None
            )
            sold_ = _thing_before(sent_of[span.start]) if it is not None else None
            obj = f"{obj} of {sold_}" if sold_ else obj
        if span is not None and hit.kind == "count" and unit in _LENGTHS:
            # "the mugging occurred 100 yards from the hotel": a distance, from what
            after = doc[span.end] if span.end < len(doc) else None
            place = next((p for p in after.children if p.dep_ == "pobj"), None) if after else None
            if after is not None and after.lower_ == "from" and place is not None:
                obj = f"distance from {_np(place, amount_toks)}"
        if span is not None and obj and obj.split(" per ")[0] == "production":
            made = _produce_of(sent_of[span.start], amount_toks)  # "producer of feta"
            obj = f"{made} {obj}" if made else obj
        if span is not None and hit.kind == "money" and obj and obj.split(" per ")[0] in _POSTS:
            obj = f"salary of {obj}"  # "will start the £100,000-a-year job"
        if span is not None and hit.kind == "money":
            cost_ = _cost_of(span, obj, amount_toks)
            if cost_ is not None:  # "corruption in its finance ministry has cost it ..."
                obj = _resolve_its(
                    cost_, _clause_head(span[0]), span, amount_toks, people, main_orgs[0]
                )
            if obj and obj.split(" ", 1)[0] in _OWNED_NOUNS:
                obj = _doer_s(obj, span, amount_toks, lx)  # "shareholders lost $180bn"
            if obj == "cost":
                obj = _cost_at(span, amount_toks) or obj  # "at a cost of £50m"
            obj = _sale_of(span, obj, amount_toks, lx) or obj  # (before a conversion copies it)
            obj = _event_said(span, obj, amount_toks, lx) or obj
            obj = _valued_past_aside(span, amount_toks) or obj
            obj = _bare_noun_said(span, obj, amount_toks) or obj
            obj = _deal_maker(span, obj, amount_toks) or obj
            if obj and " " not in obj:
                obj = _what_for(obj, span, amount_toks)  # "and of up to £2,500 for failing to"
            handed = _handed_out(span, amount_toks)  # "offered as loans to farmers"
            if handed is not None and (
                obj is None or obj.split(" ", 1)[-1] in _MONEY_WORDS or " to " in handed
            ):
                obj = handed
            if obj is None:
                sized_ = _outward(span)
                firm_ = sized_[0].head if sized_ else None
                if firm_ is not None and firm_.dep_ == "compound":
                    firm_ = firm_.head  # "a $160bn telecoms giant": "telecoms" took the amount
                if (
                    firm_ is not None
                    and sized_[0].dep_ in ("nmod", "compound", "nummod", "amod")
                    and firm_.lemma_.lower() in _FIRM_NOUNS
                    and firm_.i not in amount_toks
                ):
                    own_ = amount_toks | set(range(span.start, span.end))
                    obj = f"value of {_np(firm_, own_)}"  # "a $160bn telecoms giant"
        if span is not None and hit.kind in ("percent", "money"):
            obj = _excess_of(span, amount_toks) or obj
        if span is not None and hit.kind == "percent" and obj in ("rate", "level"):
            obj = _rate_before(span, obj, out, amount_toks) or obj
        if span is not None and hit.kind in ("percent", "money") and "change" not in extra:
            moved_by = _by_after_change(span, amount_toks)
            if moved_by is not None:
                obj, extra["change"], planned = moved_by
                if planned and "modality" not in extra:
                    extra["modality"] = planned  # "proposals to increase fees by £2,000"
        if (
            span is not None
            and hit.kind == "count"
            and obj
            # "Two managers from Acme ... were the latest": where they are from says not what
            and obj.lower().split(" from ", 1)[0] == str(extra.get("quantity_noun", "")).lower()
        ):
            # "Another three executives pleaded guilty. Two executives from AIG were the
            # latest.": the count the sentence before made of the same things says what
            counted_ = obj.lower().split(" from ", 1)[0]
            same_things = next(
                (
                    a
                    for a in reversed(out)
                    if a.span[0] >= _previous_sentence_start(span)
                    and str(a.extra.get("quantity_noun", "")).lower() == counted_
                    and a.object
                    and a.object.lower() != counted_
                ),
                None,
            )
            if same_things is not None:
                said_ = re.sub(r"^(?:additional|further|extra) ", "", _base(same_things) or obj)
                where_from = obj.split(" from ", 1)[1] if " from " in obj else None
                noun_at = said_.lower().find(counted_)
                if where_from and noun_at >= 0:
                    # "Two executives from AIG were the latest": those from AIG, doing what the
                    # sentence before's did
                    end_ = noun_at + len(counted_)
                    said_ = f"{said_[:end_]} from {where_from}{said_[end_:]}"
                obj = said_
        if obj and span is not None and "conversion_of" not in extra:
            verb_ = reading.verb if reading.verb is not None else _clause_head(span[0])
            obj = _where_done(obj, verb_, span, amount_toks)
            if hit.kind == "count":
                obj = _done_how(obj, span, amount_toks)
                obj = _in_which(obj, span, amount_toks)
                if fronted is not None and fronted.lower() not in obj.lower():
                    obj = f"{obj} {fronted}"
                if re.fullmatch(r"(?:[\w'’-]+ ){0,3}markets?", obj, re.I) and not re.search(
                    r"\b(?:to|in|of|on|for|at)\b", obj
                ):
                    # "the Indian market will grow 15%, to 920,000 vehicles": its size
                    obj = f"size of {obj}"
            same_sent = [a for a in out if a.span[0] >= sent_start and a.unit == unit]
            obj = _role_of(obj, span, same_sent, amount_toks)
            obj = _same_owner(obj, same_sent)
            obj = _growth_of(obj, verb_, amount_toks)
            obj = _resolve_it(obj, span, people, main_orgs[1])
            sent_ = sent_of[span.start]
            obj = _owned_by_subject(obj, span, sent_, verb_, hit.kind, people, main_orgs[1], orgs)
            obj = _on_basis(obj, span, sent_, verb_, text)
            obj = _covered_by(obj, sent_, amount_toks)
            if period is None and hit.start not in prior_at:
                undated_ = _undated_time(span, sent_, verb_, text)
                if undated_:
                    extra["_undated"] = undated_
            named_ = _aside_named(obj, sent_of[span.start], amount_toks)
            if named_ != obj and not parties:
                parties = _object_country(named_)  # "... of India's second-largest car maker"
            obj = named_
            was_ = obj
            obj, estimated_ = _estimated(obj, span)
            if estimated_:
                extra["modality"] = "forecast"
            elif (
                obj != was_
                and period is None
                and hit.start in prior_at
                and (main_ := next((a for a in reversed(same_sent) if a.period), None)) is not None
                and _base(main_) == was_
            ):
                # "growth for 2004 was 1.6%, down from an earlier estimate of 1.7%": of 2004
                period = main_.period
        if obj and span is not None and hit.kind in ("money", "percent"):
            obj = _agent_owned(obj, span)  # "dwarfed by the $204m announced by Google"
        if obj and span is not None and obj.startswith("share") and _PERSONAL.search(obj):
            obj = _name_person(obj, span)  # "share who backed his legal action"
        if span is not None:
            obj = _headline_in(sent_of[span.start], hit, text) or obj  # "Ryanair in $4bn ..."
        if obj and span is not None and _ORG_PRONOUN.search(obj):
            obj = _org_pronoun(obj, span, sent_of[span.start])  # "the reports it had"
        if obj and span is not None:
            obj = _where_so(obj, span, amount_toks)  # "or £300 where people are over 80"
            obj = _where_of(obj, span, amount_toks)  # "engineering, where only 10% of ..."
            if hit.kind == "count" and unit in _AREAS and obj.split(" ", 1)[0] in _AREAS:
                obj = f"land {obj.split(' ', 1)[1]}" if " " in obj else "land"  # "acres seized"
            obj = _market_of(obj, span, amount_toks)  # "and dropped by 1.2% in Amsterdam"
        if obj:
            obj = _TIME_LEAD.sub("", obj)  # "year's overspend": the time is the period's
            lead_year = re.match(r"((?:1[89]|20)\d\d) (?=\w)", obj)
            if lead_year and lead_year.group(1) in str(extra.get("period_text", "")):
                obj = obj[lead_year.end() :]  # "by 2019 poverty could fall": the year is when
            obj = _DASH_TAIL.sub("", obj)  # "stake in Ferrari -best known for": an aside
            if span is not None and hit.kind in ("money", "count") and "per" not in extra:
                sent_ = sent_of[span.start]
                often = (
                    _how_often(span)
                    if _OFTEN_WORD.search(text, sent_.start_char, sent_.end_char)
                    else None
                )
                if often is not None:
                    extra["per"] = often  # "the £80m spent annually on the trust"
                    obj = f"{obj} per {often}"
            if (
                hit.kind == "percent"
                and _ANNUAL_BASIS.match(text, hit.end)
                and not obj.lower().startswith(("annual", "year"))
            ):
                obj = f"annual {obj}"  # "grew 0.1% in the quarter and 1.5% on an annual basis"
            head_words = re.split(r" (?:for|of|from) ", obj, maxsplit=1)[0]
            said = (
                _MODAL_NOUNS.get(head_words.rsplit(" ", 1)[-1].lower())
                or ("target" if re.search(r"\btarget\b", head_words) else None)  # "target range"
            )
            if not said and obj.split(" ", 1)[0].lower() in _AHEAD_WORDS:
                said = "forecast"  # "with predicted debt totalling £170bn"
            if said and (
                "modality" not in extra
                # "is to cut its growth forecast to 0.8%": the value is a forecast's
                or said == "forecast"
                and extra["modality"] == "target"
            ):
                extra["modality"] = said  # "the IMF's growth forecast", "its 2% target"
        if (
            obj
            and hit.kind == "percent"
            and "change" not in extra
            and re.search(r"(?:^|\s)(?:tax|duty|VAT)$", obj, re.I)
        ):
            obj = f"{obj} rate"  # "income tax - currently 40%": the rate, not the tax
        if obj and said_at and said_at.lower() not in obj.lower():
            at_level.append((len(out), said_at))
        if obj and span is not None and hit.start in prior_at and period is None:
            if _previous(obj, hit, out, sent_start, text):
                previous.append((len(out), sent_start))
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
        measure = (
            hit.kind == "count"
            and prev_amt is not None
            and unit.split()[-1] in lx.measures
            and prev_amt.unit.split()[-1] in lx.measures
        )
        if prev_amt is not None and (hit.kind == "money" or measure) and prev_amt.unit != unit:
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
                for key in ("modality", "change", "per"):
                    if key in orig.extra:
                        extra[key] = orig.extra[key]
                    else:
                        extra.pop(key, None)
        if not parties and hit.kind == "money" and span is not None:
            parties = _described_firm_country(sent_of[span.start], countries, text)
        if not parties and obj:
            parties = _object_country(obj)  # "access to the Indian oil and gas industry"
        if not parties and obj and hit.kind == "count":
            for placed_ in _OBJ_IN_PLACE.finditer(obj):
                if _names_country(placed_.group(1)) and (code_ := _kb_country(placed_.group(1))):
                    parties = [code_]  # "people found guilty of terrorist acts in UK"
                    break
        verbs.append(vlemma)
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
    for k, at in previous:
        _mark_previous(out[k], at, text)
    for k, level in at_level:
        said = out[k].object
        for a in out:  # (and its conversions: "$671.7bn (£484bn)")
            if a is out[k] or a.extra.get("conversion_of") == list(out[k].span):
                a.object = f"{said} at {level}" if a.object == said else a.object
    for k, at in later:
        owner = next((a for a in out if a.span[0] <= at < a.span[1]), None)
        if owner is not None and out[k].object is None:
            base_ = _base(owner)
            if base_ and out[k].unit == "percent" and owner.unit != "percent":
                base_ = f"share of {base_}"  # "6% of the £22bn ministers hope to save"
            out[k].object = base_
    _share_from_to(out, text)
    if parsed and countries is not None:
        _firm_by_default(out, doc, sent_of, orgs, main_orgs[1], countries, said_in)
    _forecast_from_to(out, text)
    _from_to_previous(out, text)
    _compared_then(out, text)
    _a_year_earlier(out, text)
    _change_to_period(out, text)
    _points_to_rate(out, text)
    _period_in_object(out, text)
    _worth_and_compared(out, text)
    _year_before(out, text)
    _year_after(out, text)
    _same_period_after(out, text)
    _previous_unit(out, text)
    _role_of_later(out, text)
    _gap_to_forecast(out, text)
    _gap_to(out, text)
    _annual_rate(out, text)
    _sale_sides(out, text)
    _compared_change(out, text)
    _respectively(out, text)
    _part_of_year(out)
    _currency_stripped(out, text)
    _payment_for_bought(out)
    _undated_in_object(out)
    if countries is not None:
        _economy_named(out, countries)
    for a in out:
        a.extra.pop("_base", None)
    return out


# "2003-4", "2004-05": one year and the next, as a financial year is written (a season or a
# school year is said as such).
_SPLIT_YEAR = re.compile(r"(?P<a>(?:19|20)\d\d)[-–](?P<b>\d\d?)")
_MONEY_YEAR = re.compile(
    r"(?i)\b(?:budget|tax|taxes|spending|spent|financial|fiscal|government|department|"
    r"borrowing|grants?|funding|accounts?)\b"
)
_NOT_MONEY_YEAR = re.compile(r"(?i)\b(?:season|academic|school year|term)\b")


def _split_year(p: Period, unit: str | None, sent: Any) -> Period:
    """ "received over £4m ... in 2003-4": a split year of a UK sum or of a budget is the
    financial year (April to March, as in the UK, India and Japan), not two calendar
    years."""
    m = _SPLIT_YEAR.fullmatch(p.text)
    if m is None or p.kind != "range":
        return p
    a, b = int(m.group("a")), m.group("b")
    if (a + 1) % 10 ** len(b) != int(b):
        return p  # ("1998-9" is; "2003-7" is a span of years)
    text = sent.text
    if _NOT_MONEY_YEAR.search(text) or not (unit == "GBP" or _MONEY_YEAR.search(text)):
        return p  # (a UK sum, or one of a budget or accounts: "$1.2bn exported in 2003-04"
        # may be of a crop's year)
    return Period(p.start, p.end, p.text, f"{a}-04-01/{a + 1}-03-31", "fiscal")


# A firm's own results, and the words that may stand before them and leave them its.
_OWN_RESULTS = frozenset(
    """profit profits loss losses revenue revenues turnover earnings sales debt debts assets
    dividend dividends savings write-down write-downs""".split()
)
_RESULT_WORDS = frozenset(
    """total global worldwide overall annual full-year half-year first-half second-half
    quarterly interim net gross operating pre-tax underlying like-for-like group cost
    trading core""".split()
)


def _firm_by_default(
    out: list[Amount],
    doc: Any,
    sent_of: list[Any],
    orgs: list[tuple[int, int]],
    main_org: str | None,
    countries: _Countries,
    said_in: Callable[[re.Pattern[str], Any], bool],
) -> None:
    """ "global sales were up 1%" -> "Glaxo's global sales": a firm's own results with no
    owner, in a sentence that names no other firm and no country, are those of the firm
    the article is about."""
    if main_org is None:
        return
    text = doc.text
    owner = _named_owner(main_org)
    assert owner is not None
    for a in out:
        m = _FIRM_METRIC.match(a.object or "")
        if m is None or a.parties or m.group("rest") and not m.group("rest").startswith(" in "):
            continue
        words = m.group("what").split()
        if (
            words[-1].lower() not in _OWN_RESULTS
            or not {w.lower() for w in words[:-1]} <= _RESULT_WORDS
            or _OWNED_ALREADY.search(a.object or "")
            or re.search(r"[A-Z]", f"{m.group('pre')}{m.group('rest')}")
        ):
            continue
        at = _tokens(doc, a.span[0], a.span[1])
        if at is None or not len(at):
            continue
        sent = sent_of[at.start]
        named = [
            text[b:e]
            for b, e in orgs
            if sent.start_char <= b < sent.end_char and text[b:e] not in main_org
        ]
        if named or countries.names_one(sent, text):
            continue  # (another firm's, or a country's: "car sales in Japan")
        verb = _clause_head(at[0])
        if said_in(_IT_WORDS, sent) and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in verb.children
        ):
            continue  # ("that business is weak. Last year it made profits": the owner rules
            # read the "it" and left it)
        what = _uncap(m.group("what"), sent[0].text)
        a.object = f"{m.group('pre')}{owner} {what}{m.group('rest')}"


# A bare measure of a whole economy ("Growth", "interest rates", "budget deficit").
_BARE_ECONOMY = re.compile(
    r"(?i)(?P<pre>(?:rise|fall|growth|increase|drop|decline) in )?"
    r"(?P<what>(?:annual |annualised |economic )?(?:growth|inflation|unemployment|gdp|"
    r"gross domestic product|interest rates?|(?:unemployment|growth|inflation|jobless) rate|"
    r"economy|output|industrial output|exports|imports|trade deficit|budget deficit|deficit|"
    r"retail sales|consumer spending|base rates?|rates))"
)


_SHORT_COUNTRY = {"United States": "US", "United Kingdom": "UK"}


def _poll_or(text: str) -> str:
    """ "poll " when the article is about a poll or survey: a party's share is its share of
    those asked, not of an election's votes."""
    return "poll " if _POLL.search(text) else ""


_POLL = re.compile(r"\b(?:poll|polls|polling|survey|pollsters?|opinion poll)\b", re.I)


def _economy_named(out: list[Amount], countries: _Countries) -> None:
    """ "Growth" -> "Italy's economic growth": a bare measure of an economy whose one
    country the amount has, named by it, so that the object says whose it is."""
    for a in out:
        m = _BARE_ECONOMY.fullmatch(a.object or "")
        name = countries.names.get(a.parties[0]) if len(a.parties) == 1 else None
        if m is None or not name:
            continue
        name = _SHORT_COUNTRY.get(name, name)
        what = m.group("what")
        what = what if what.isupper() else what[:1].lower() + what[1:]
        if what.lower() == "growth":
            what = "economic growth"
        elif what.lower() == "rates":
            what = "interest rates"
        owner = name if name.isupper() else _possessive(name)  # ("US budget deficit")
        a.object = f"{m.group('pre') or ''}{owner} {what}"


# A figure given as it would be without currency moves ("would have been 8% higher if
# currency movements were stripped out", "at constant exchange rates").
_NO_CURRENCY = re.compile(
    r"[^.;]{0,30}?\b(?:if (?:the )?(?:effects? of )?(?:currency|exchange[- ]rate) "
    r"(?:movements|moves|effects|changes|swings|fluctuations) (?:were|are|had been) "
    r"(?:stripped out|excluded|removed|taken out|ignored)|at constant (?:currency|currencies|"
    r"exchange rates)|excluding (?:the effects? of )?(?:currency|exchange[- ]rate) "
    r"(?:movements|moves|effects|changes|swings))",
    re.I,
)


def _currency_stripped(out: list[Amount], text: str) -> None:
    """ "rise in Cadbury's profits" -> "... excluding currency movements": a figure said
    as it would be without currency moves."""
    for a in out:
        if a.object and "currency" not in a.object and _NO_CURRENCY.match(text, a.span[1]):
            a.object = f"{a.object} excluding currency movements"
            if a.extra.get("modality") == "possible":
                a.extra.pop("modality")  # (a figure restated, not a thing that may happen)


def _payment_for_bought(out: list[Amount]) -> None:
    """ "Illva's payment" -> "Illva's payment for stake in Changyu": a bare payment by a
    buyer the article told of buying a stake before is for that stake."""
    bought: list[tuple[str, str]] = []  # (buyer's first word, what it bought)
    for a in out:
        m = _BOUGHT_BY.match(a.object or "")
        if m is not None:
            bought.append((m.group("by").split()[0], m.group("what")))
            continue
        paid = _BARE_PAYMENT.fullmatch(a.object or "")
        if paid is None:
            continue
        what = next((w for by, w in reversed(bought) if paid.group(1).split()[0] == by), None)
        if what is not None:
            a.object = f"{a.object} for {what}"


_BOUGHT_BY = re.compile(r"^(?P<what>stake in .+?) (?:bought|acquired|taken) by (?P<by>[A-Z].*)$")
_BARE_PAYMENT = re.compile(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s? payment")


def _part_of_year(out: list[Amount]) -> None:
    """ "sales rose 9% in the fourth quarter" with no year known: the quarter goes into the
    object, which tells a quarter's sales from a year's (a conversion follows its original)."""
    for a in out:
        if a.period or not a.object:
            continue
        orig = (
            next((b for b in out if list(b.span) == a.extra["conversion_of"]), a)
            if "conversion_of" in a.extra
            else a
        )
        part = _PART_OF_YEAR.match(str(orig.extra.get("period_text", "")))
        if a.object and a.period is None and part is not None and part.group(1) not in a.object:
            a.object = f"{a.object} in {part.group(1)}"
