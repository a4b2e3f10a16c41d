"""Encoding and whitespace repair of one paragraph, as minimal edits (for the offset map)."""

from __future__ import annotations

import difflib
import re

import ftfy

_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # quote extraction needs open and close marks
    fix_line_breaks=False,  # line structure is handled by the cleaner
    normalization="NFC",
    explain=False,
)
# Odd spaces that break tokenisation; replaced one for one by a plain space.
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff\u00ad]")


def fix_text(text: str) -> str:
    fixed = ftfy.fix_text(text, _CONFIG) if not text.isascii() else text
    fixed = _ODD_SPACE.sub(" ", fixed)
    return _ZERO_WIDTH.sub("", fixed)


def edits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, kind) edits that turn text into its repaired form."""
    if text.isascii() and "\t" not in text:
        return []
    fixed = fix_text(text)
    if fixed == text:
        return []
    out: list[tuple[int, int, str, str]] = []
    sm = difflib.SequenceMatcher(None, text, fixed, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        before, after = text[i1:i2], fixed[j1:j2]
        kind = "whitespace" if not before.strip() and not after.strip() else "encoding"
        out.append((i1, i2, after, kind))
    return out
