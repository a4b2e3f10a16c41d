"""Repair of letter case damaged by print re-casing. Only ever adds capitals.

(First version: sentence starts and dotted acronyms. Evidence-based repair follows.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Span = tuple[int, int]
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}(?![a-z])")
_DOTTED_KEEP = {"e.g.", "i.e.", "a.m.", "p.m.", "etc.", "c.f.", "v.s."}
_SENT_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+)([a-z][a-z'’]*)")


@dataclass
class CaseEvidence:
    """Casing seen so far in a run: word -> capitalised form seen mid-sentence."""

    forms: dict[str, str] = field(default_factory=dict)

    def learn(self, text: str) -> None:
        return None


def repair_case(
    text: str, paragraphs: list[Span], evidence: CaseEvidence | None = None
) -> list[tuple[int, int, str]]:
    """Same-length (start, end, replacement) edits that restore capitals."""
    edits: list[tuple[int, int, str]] = []
    for ps, pe in paragraphs:
        par = text[ps:pe]
        for m in _DOTTED.finditer(par):
            w = m.group(0)
            if w not in _DOTTED_KEEP:
                edits.append((ps + m.start(), ps + m.end(), w.upper()))
        for m in _SENT_START.finditer(par):
            s = m.start(1)
            prev = par[:s].rstrip()
            if prev.endswith(".") and re.search(r"(?:\b[A-Za-z]\.){2,}$|\b[A-Z][a-z]?\.$", prev):
                continue  # after an abbreviation the sentence may go on
            word = m.group(1)
            edits.append((ps + s, ps + s + 1, word[0].upper()))
    return sorted(set(edits))
