"""Pair quotation marks in paragraphs: quoted stretches of text, possibly over paragraphs.

A quote that runs over several paragraphs opens each paragraph with a mark and closes only
in the last one; a mark left open at a paragraph's end otherwise closes there (quotes do
not leak over paragraph breaks). Straight marks pair by context: a mark after a space and
before a letter opens, one after a letter and before a space or punctuation closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.extract.speech_cues import CLOSERS, OPENERS, STRAIGHT

Span = tuple[int, int]


@dataclass(slots=True)
class Marked:
    """One quoted stretch: inner spans (no marks) and outer spans (with marks), per paragraph."""

    inner: list[Span] = field(default_factory=list)
    outer: list[Span] = field(default_factory=list)
    closed: bool = True

    @property
    def start(self) -> int:
        return self.outer[0][0]

    @property
    def end(self) -> int:
        return self.outer[-1][1]


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or '?' for the mark at i, from its neighbours inside [lo, hi)."""
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}\u2014\u2013-"):
        return "close"
    return "?"


def _inner(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


_TWO_APOS = re.compile(r"''(?!')")


def find_marked(text: str, paragraphs: list[Span]) -> list[Marked]:
    """Quoted stretches of `text`, in order, from its paragraph spans.

    Two apostrophes typed for a double mark (''Yes,'' he said -- older newswire style) are
    read as one straight double mark: pairing runs on a copy with each pair folded into
    one character, and its offsets are mapped back.
    """
    if "''" not in text:
        return _find_marked(text, paragraphs)
    keep = [True] * len(text)
    for hit in _TWO_APOS.finditer(text):
        keep[hit.start() + 1] = False
    pos = [i for i in range(len(text)) if keep[i]]  # shadow index -> original index
    shadow = "".join('"' if i + 1 < len(text) and not keep[i + 1] else text[i] for i in pos)
    back = {o: sh for sh, o in enumerate(pos)}

    def to_shadow(i: int) -> int:
        while i < len(text) and i not in back:
            i += 1
        return back.get(i, len(shadow))

    def to_text(i: int) -> int:
        return pos[i] if i < len(pos) else len(text)

    def span_back(sp: Span) -> Span:
        s, e = sp
        if e <= s:
            return (to_text(s), to_text(s))
        last = pos[e - 1]
        return (to_text(s), last + (2 if shadow[e - 1] == '"' and text[last] == "'" else 1))

    out = _find_marked(shadow, [(to_shadow(s), to_shadow(e)) for s, e in paragraphs])
    for m in out:
        m.inner = [span_back(x) for x in m.inner]
        m.outer = [span_back(x) for x in m.outer]
    return out


def _find_marked(text: str, paragraphs: list[Span]) -> list[Marked]:
    marks = OPENERS + CLOSERS + STRAIGHT
    out: list[Marked] = []
    carry: Marked | None = None  # a quote still open at the end of the previous paragraph
    for pi, (ps, pe) in enumerate(paragraphs):
        cur: Marked | None = None
        open_at = -1
        depth = 0  # nested quotation marks inside the open quote
        first = ps
        while first < pe and text[first].isspace():
            first += 1
        for i in range(ps, pe):
            ch = text[i]
            if ch not in marks:
                continue
            role = _role(text, i, ps, pe)
            if i == first and carry is not None and ch in OPENERS + STRAIGHT + CLOSERS:
                # The paragraph reopens a quote left open: it continues the same quote.
                cur, carry, open_at, depth = carry, None, i, 0
                continue
            if i == first and role == "close" and ch in CLOSERS:
                role = "open"  # a closing mark typed at the start of a paragraph
            if open_at < 0:
                if role in ("open", "?"):
                    cur, open_at = Marked(), i
                continue
            # A quote is open: a curly opener nests (closed by the next closer) unless it is
            # typed where a closer belongs (before a space, punctuation or the paragraph end).
            if role == "open" and ch in OPENERS:
                after = text[i + 1] if i + 1 < pe else " "
                before = text[i - 1] if i > ps else " "
                if after.isspace() or after in ".,;:!?" or not before.isspace():
                    role = "close"
                else:
                    depth += 1
                    continue
            if role == "open" and ch == STRAIGHT:
                continue  # nested straight mark; wait for the closing one
            if depth > 0:
                depth -= 1
                continue
            assert cur is not None
            cur.inner.append(_inner(text, open_at + 1, i))
            cur.outer.append((open_at, i + 1))
            out.append(cur)
            cur, open_at = None, -1
        if carry is not None:
            # The previous paragraph's open quote was not continued here: close it there.
            carry.closed = False
            out.append(carry)
            carry = None
        if open_at >= 0 and cur is not None:
            cur.inner.append(_inner(text, open_at + 1, pe))
            cur.outer.append((open_at, pe))
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt[0] : nxt[1]].lstrip()[:1] in marks:
                carry = cur
            else:
                cur.closed = False
                out.append(cur)
    if carry is not None:
        carry.closed = False
        out.append(carry)
    out.extend(_single_marked(text, paragraphs, out))
    out = [m for m in out if any(e > s for s, e in m.inner)]
    for m in out:
        pairs = [(i, o) for i, o in zip(m.inner, m.outer, strict=True) if i[1] > i[0]]
        m.inner, m.outer = [p[0] for p in pairs], [p[1] for p in pairs]
    return sorted(out, key=lambda m: m.start)


def _single_marked(text: str, paragraphs: list[Span], found: list[Marked]) -> list[Marked]:
    """Single-mark quotes where they cannot be apostrophes: a paragraph that opens with one,
    or one right after a colon ("Kasich: ‘We Are Going To ...’"), closed by the last
    closing single mark of the paragraph. Paragraphs with a double-mark quote are skipped."""
    out = []
    taken = [m.start for m in found]
    for ps, pe in paragraphs:
        if any(ps <= t < pe for t in taken):
            continue
        para = text[ps:pe]
        k = para.find("\u2018")
        if k < 0:
            continue
        if not (para[:k].strip() == "" or para[:k].rstrip().endswith(":")):
            out.extend(_single_inline(text, ps, pe))
            continue
        end = pe
        while True:
            c = text.rfind("\u2019", ps + k + 1, end)
            if c < 0:
                break
            after = text[c + 1] if c + 1 < pe else " "
            if not after.isalnum():
                inner = _inner(text, ps + k + 1, c)
                out.append(Marked([inner], [(ps + k, c + 1)]))
                break
            end = c
    return out


def _single_inline(text: str, ps: int, pe: int) -> list[Marked]:
    """Single-mark quotes inside a line ("Sanders declares ‘revolution,’ ignores losses"):
    an opening mark after a space, closed by the first closing mark before a non-letter
    (a closing mark before a letter is an apostrophe: "Don’t")."""
    out = []
    i = ps
    while True:
        k = text.find("\u2018", i, pe)
        if k < 0:
            break
        i = k + 1
        if k > ps and not text[k - 1].isspace():
            continue
        c = k + 1
        while True:
            c = text.find("\u2019", c, pe)
            if c < 0 or not (c + 1 < pe and text[c + 1].isalnum()):
                break
            c += 1
        if c < 0:
            break
        out.append(Marked([_inner(text, k + 1, c)], [(k, c + 1)]))
        i = c + 1
    return out
