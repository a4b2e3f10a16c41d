"""Detect the header of a plain-text article: publication line and headline.

Print scrapes put the publication's name on the first line and the headline after it;
plain articles often start with a headline alone. A first line that reads as a sentence
stays body text. This looks only at the shape of the lines, never at known names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?:;,\"”’)\]]\s*$")
_LANG_TAG = re.compile(r"\((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?\)\s*$")  # "(English)"
_DATE_LIKE = re.compile(r"\b(1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class HeaderLine:
    start: int
    end: int
    role: str  # "publication" | "headline"
    text: str


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Blocks of non-blank lines as lists of (start, end) line spans, leading ones only."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        s = pos + (len(line) - len(line.lstrip()))
        e = s + len(stripped)
        pos += len(line)
        if stripped:
            current.append((s, e))
        elif current:
            blocks.append(current)
            current = []
            if len(blocks) >= 3:
                break
    if current and len(blocks) < 3:
        blocks.append(current)
    return blocks


def _title_like(line: str, max_words: int) -> bool:
    words = line.split()
    if not words or len(words) > max_words or len(line) > 160:
        return False
    if _SENTENCE_END.search(line) and not _LANG_TAG.search(line):
        return False
    # A title starts with a capital or a digit; most of its long words are capitalised.
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "“\"'‘"):
        return False
    return True


def _publication_like(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 7:
        return False
    if _LANG_TAG.search(line):
        return True
    long_words = [w for w in words if len(w) > 3]
    return all(w[0].isupper() for w in long_words) and not _SENTENCE_END.search(line)


def detect_header(text: str) -> list[HeaderLine]:
    """Header lines at the top of a plain-text article, or [] for a plain body."""
    blocks = _blocks(text)
    if len(blocks) < 2:
        return []
    first = blocks[0]
    if len(first) != 1:
        return []
    s1, e1 = first[0]
    line1 = text[s1:e1]
    if not _title_like(line1, 20):
        return []
    second = blocks[1]
    if len(blocks) >= 3 and len(second) == 1:
        s2, e2 = second[0]
        line2 = text[s2:e2]
        if _publication_like(line1) and _title_like(line2, 20) and not _DATE_LIKE.search(line1):
            return [
                HeaderLine(s1, e1, "publication", line1),
                HeaderLine(s2, e2, "headline", line2),
            ]
    return [HeaderLine(s1, e1, "headline", line1)]
