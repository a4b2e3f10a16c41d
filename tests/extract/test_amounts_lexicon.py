"""The lexicon pattern's case-kept letter classes match what a caseless letter matches."""

import re
import string

from communique.extract.amounts_lexicon import _cased_heads, _fold_class

# every character (no surrogates), to find each one a caseless letter matches
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_fold_class_is_what_a_caseless_letter_matches() -> None:
    for letter in string.ascii_lowercase:
        caseless = set(re.findall(f"(?i:{letter})", _ALL))
        kept = set(re.findall(f"(?i:{_fold_class(letter)})", _ALL))
        assert kept == caseless, letter


def test_cased_heads_keeps_matches() -> None:
    src = r"(?:tens|hundreds)\s+of|(?P<x>an?|one)\b|per\s?cent|percent|[a-z](?=k|s)"
    new = _cased_heads(src)
    assert "(?-i:[Tt])ens" in new and "(?-i:[Oo])ne" in new
    assert "(?-i:[Pp])er" not in new  # (one letter opens every choice: left as it is)
    for text in ["Tens of", "HUNDREDS  of", "An", "ONE", "\u0130ns", "percent", "per cent", "xk"]:
        for pos in range(len(text)):
            a = re.compile(f"(?i:{src})").match(text, pos)
            b = re.compile(f"(?i:{new})").match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
