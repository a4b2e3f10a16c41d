"""Numbers as news writes them: "1,400", "1.13", "two million", "half a million", "a dozen".

Spelled-out numbers are parsed with a small grammar of our own: the number-word packages on
PyPI (word2number, text2num) do not read "half a million", "a dozen" or vague plurals
("tens of thousands"), which we need, and the grammar is a few lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def alternation(words: list[str], to_regex: Callable[[str], str] = re.escape) -> str:
    """Literal words as one regex alternation, in the order given, grouped by first character
    ("t(?:hirteen|hree|en)|f(?:ive|our)"): the engine rejects a group on its first character
    once, not each of its words in turn (a caseless word is retried in full). The same
    matches as the flat list: words with different first characters never match at the same
    place (for a caseless pattern, words given in one case), and each group keeps its words'
    order. `to_regex` turns a word into its regex (which must begin with its first
    character, escaped)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        head = re.escape(w[0])
        groups.setdefault(head, []).append(to_regex(w)[len(head) :])
    return "|".join(
        f"{head}{rests[0]}" if len(rests) == 1 else f"{head}(?:{'|'.join(rests)})"
        for head, rests in groups.items()
    )


_REAL = alternation(sorted([*UNITS, "hundred", *SCALES, "dozen", "half"], key=len, reverse=True))
# A run of number words joined by spaces, hyphens or "and" ("a hundred and twenty",
# "one and a half billion", "half a million"); validated by `words_value`.
_DIGIT_WORDS = alternation("zero one two three four five six seven eight nine".split())
# ... and a spoken decimal ("one point three per cent").
WORD_RUN = (
    rf"(?:an?[\s-]+)?(?:{_REAL})\b(?:[\s-]+(?:and[\s-]+)?(?:an?[\s-]+)?(?:{_REAL})\b)*"
    rf"(?:\s+point(?:\s+(?:{_DIGIT_WORDS})\b)+)?"
)
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

_SPLIT = re.compile(r"[\s-]+")


def digits_value(text: str) -> Decimal | None:
    """ "1,400" -> 1400, "1.13" -> 1.13."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def words_value(text: str) -> Decimal | None:
    """The value of a run of number words, or None when it is not a number ("a", "and")."""
    words = [w for w in _SPLIT.split(text.lower().strip()) if w]
    if "point" in words:  # "one point three": the whole part, then digit by digit
        at = words.index("point")
        whole = words_value(" ".join(words[:at])) if at else Decimal(0)
        digits = [UNITS.get(w) for w in words[at + 1 :]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return whole + Decimal("0." + "".join(str(d) for d in digits))
    # "one and a half billion" / "half a million": the half belongs to the next scale.
    if not words or not any(
        w in UNITS or w in SCALES or w in ("hundred", "dozen", "half") for w in words
    ):
        return None
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in ("a", "an"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in ("hundred", "dozen", *SCALES):
                current += 1
            elif nxt != "half" and nxt not in UNITS:  # "a one point three per cent"
                return None
        elif w == "and":
            pass
        elif w == "half":
            current += Decimal("0.5")
            seen = True
            # "half a million": the "a" is only the article.
            if i + 1 < len(words) and words[i + 1] in ("a", "an"):
                i += 1
        elif w == "hundred":
            current = (current or Decimal(1)) * 100
            seen = True
        elif w == "dozen":
            current = (current or Decimal(1)) * 12
            seen = True
        elif w in SCALES:
            total += (current or Decimal(1)) * SCALES[w]
            current = Decimal(0)
            seen = True
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + current


def plain(value: Decimal) -> float:
    """A float without binary noise for values such as 1.13e9."""
    if value.adjusted() < 27:
        # (under 10**27 "normalize" is exact at the context's 28 digits, and "float" of a
        # Decimal is correctly rounded from its value: the same float, without the copies)
        return float(value)
    return float(value.normalize()) if value == value.to_integral_value() else float(value)
