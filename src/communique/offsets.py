"""Offset map from cleaned text back to the raw input text.

Cleaning builds the cleaned text from pieces of the raw text: spans copied as they are,
spans replaced by other text (an encoding fix, a normalised separator), and spans dropped.
Each piece remembers where it came from, so any cleaned span maps to a raw span.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # offset in cleaned text
    end: int
    raw_start: int
    raw_end: int
    copied: bool  # True when cleaned[start:end] == raw[raw_start:raw_end] (up to letter case)


@dataclass
class OffsetMap:
    """Maps offsets of the cleaned text to offsets of the raw text."""

    pieces: list[Piece] = field(default_factory=list)
    raw_length: int = 0
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        m = cls([Piece(0, length, 0, length, True)] if length else [], length)
        m._index()
        return m

    def _index(self) -> None:
        self._starts = [p.start for p in self.pieces]

    def _piece_at(self, offset: int) -> Piece | None:
        if not self.pieces:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.pieces[max(i, 0)]

    def to_raw(self, offset: int, *, end: bool = False) -> int:
        """Raw offset of a cleaned offset; `end` picks the side for boundaries and replacements."""
        if not self.pieces:
            return 0
        if end:
            # An end offset belongs to the piece that contains the character before it.
            p = self._piece_at(max(offset - 1, 0))
        else:
            p = self._piece_at(offset)
        assert p is not None
        if p.copied:
            return p.raw_start + min(max(offset - p.start, 0), p.raw_end - p.raw_start)
        if end:
            return p.raw_end if offset > p.start else p.raw_start
        return p.raw_start if offset < p.end else p.raw_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of a cleaned span (end-exclusive)."""
        if len(self.pieces) == 1 and self.pieces[0].copied:
            # (most texts are one copied piece: each offset maps as `to_raw` maps it there)
            p = self.pieces[0]
            width = p.raw_end - p.raw_start
            lo = p.raw_start + min(max(start - p.start, 0), width)
            return (
                (lo, lo) if end <= start else (lo, p.raw_start + min(max(end - p.start, 0), width))
            )
        if end <= start:
            r = self.to_raw(start)
            return (r, r)
        return (self.to_raw(start), self.to_raw(end, end=True))


class TextBuilder:
    """Assembles cleaned text from the raw text, recording the offset map as it goes."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0

    def copy(self, raw_start: int, raw_end: int) -> None:
        if raw_end <= raw_start:
            return
        self._add(self.raw[raw_start:raw_end], raw_start, raw_end, True)

    def replace(self, raw_start: int, raw_end: int, text: str) -> None:
        """Put `text` where raw[raw_start:raw_end] was (either may be empty)."""
        if not text:
            return
        copied = text == self.raw[raw_start:raw_end]
        self._add(text, raw_start, raw_end, copied)

    def _add(self, text: str, raw_start: int, raw_end: int, copied: bool) -> None:
        last = self.pieces[-1] if self.pieces else None
        if (
            copied
            and last is not None
            and last.copied
            and last.raw_end == raw_start
            and last.end == self.length
        ):
            self.pieces[-1] = Piece(last.start, last.end + len(text), last.raw_start, raw_end, True)
        else:
            self.pieces.append(
                Piece(self.length, self.length + len(text), raw_start, raw_end, copied)
            )
        self.parts.append(text)
        self.length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        m = OffsetMap(self.pieces, len(self.raw))
        m._index()
        return "".join(self.parts), m
