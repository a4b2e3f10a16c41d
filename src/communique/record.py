"""The Article record that flows through read -> clean -> analyze -> extract -> store.

Field names follow the output record contract of DESIGN.md. Extractors return the small
typed records below; `Article.to_dict()` renders the contract's JSON shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from communique.offsets import OffsetMap

Span = tuple[int, int]


def content_hash(text: str) -> str:
    """The store's de-duplication key: a hash of the raw text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(slots=True)
class Source:
    path: str
    format: str  # txt | html | warc | jsonl
    index: int = 0
    url: str | None = None
    warc_date: str | None = None


@dataclass(slots=True)
class Repair:
    kind: str  # case | encoding | whitespace
    before: str
    after: str
    span: Span
    raw_span: Span


@dataclass(slots=True)
class Dropped:
    text: str
    reason: str
    raw_span: Span


@dataclass(slots=True)
class TextRef:
    """A piece of the cleaned text: what it says and where it is, cleaned and raw."""

    text: str
    span: Span
    raw_span: Span


@dataclass(slots=True)
class Mention:
    text: str
    span: Span
    raw_span: Span
    # e.g. alias / alias_span / alias_raw_span: the title + name form ("President Xi")
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Speaker:
    name: str | None
    entity: str | None
    role: str | None
    text: str
    span: Span
    raw_span: Span


@dataclass(slots=True)
class Quote:
    kind: str  # direct | indirect | mixed
    text: str
    spans: list[Span]
    raw_spans: list[Span]
    speaker: Speaker | None = None
    cue: TextRef | None = None
    date: str | None = None
    venue: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Actor:
    name: str
    entity: str | None
    code: str | None
    country: str | None
    sector: str | None
    text: str
    span: Span
    raw_span: Span


@dataclass(slots=True)
class Event:
    type: str
    cameo: str
    quad: int
    goldstein: float
    source: list[Actor]
    target: list[Actor]
    trigger: TextRef
    sentence: dict[str, Span]
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    location: dict[str, str | None] | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Amount:
    value: float
    unit: str
    comparator: str
    text: str
    span: Span
    raw_span: Span
    object: str | None = None
    period: str | None = None
    parties: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def _flatten(obj: Any) -> Any:
    """asdict() output with `extra` merged into its owner and tuples as lists."""
    if isinstance(obj, dict):
        extra = obj.pop("extra", None)
        out = {k: _flatten(v) for k, v in obj.items()}
        if extra:
            out.update(_flatten(extra))
        return out
    if isinstance(obj, list | tuple):
        return [_flatten(v) for v in obj]
    return obj


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = frozenset({str, int, float, bool, type(None)})


def _plain(obj: Any) -> Any:
    """`_flatten(asdict(obj))` without asdict's deep copies (every article of a run goes
    through here; the test compares the two)."""
    cls = type(obj)
    if cls in _ATOMS:
        return obj
    names = _FIELDS.get(cls)
    if names is None and is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS[cls] = tuple(f.name for f in fields(obj))
    if names is not None:
        out = {n: _plain(getattr(obj, n)) for n in names if n != "extra"}
        extra = getattr(obj, "extra", None) if "extra" in names else None
        if extra:
            out.update(_plain(extra))
        return out
    if isinstance(obj, dict):
        out = {k: _plain(v) for k, v in obj.items() if k != "extra"}
        extra = obj.get("extra")
        if extra:
            out.update(_plain(extra))
        return out
    if isinstance(obj, list | tuple):
        return [_plain(v) for v in obj]
    return obj


@dataclass
class Article:
    """One news article, enriched stage by stage."""

    id: str
    raw_text: str
    source: Source
    publication: str | None = None
    headline: str | None = None
    published: str | None = None
    published_not_before: str | None = None
    author: str | None = None
    language: str = "en"
    text: str = ""
    offsets: OffsetMap | None = None
    paragraphs: list[Span] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The parse lives here between analyze and extract; it is never serialised.
    doc: Any = field(default=None, repr=False, compare=False)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def hash(self) -> str:
        return content_hash(self.raw_text)

    def raw_span(self, start: int, end: int) -> Span:
        """Raw span of a span of the cleaned text."""
        if self.offsets is None:
            return (start, end)
        return self.offsets.span(start, end)

    def ref(self, start: int, end: int) -> TextRef:
        return TextRef(self.text[start:end], (start, end), self.raw_span(start, end))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "hash": self.hash,
            "source": _plain(self.source),
            "publication": self.publication,
            "headline": self.headline,
            "published": self.published,
            "published_not_before": self.published_not_before,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "paragraphs": [list(p) for p in self.paragraphs],
            "repairs": [_plain(r) for r in self.repairs],
            "dropped": [_plain(d) for d in self.dropped],
            "entities": [_plain(e) for e in self.entities],
            "quotes": [_plain(q) for q in self.quotes],
            "events": [_plain(e) for e in self.events],
            "amounts": [_plain(a) for a in self.amounts],
            "warnings": list(self.warnings),
        }
