"""Sentences of parsed tokens and spans for the amounts steps, looked up in a per-doc table:
spaCy's "Token.sent" and "Span.sent" walk the sentence on every call."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=4)
def _sents_at(doc: Any) -> tuple[Any, ...]:
    """Each token's sentence, built once per doc (cleared with the other per-doc memos)."""
    out: list[Any] = []
    for sent in doc.sents:  # (by its bounds: iterating a span builds every token)
        out.extend([sent] * (sent.end - sent.start))
    return tuple(out)


def _sent(x: Any) -> Any:
    """`x.sent`, the sentence of a token or a span, from the per-doc table ("Token.sent" walks
    the sentence on every call); a span across sentences gets them all, as spaCy gives."""
    sents = _sents_at(x.doc)
    if not hasattr(x, "start"):
        return sents[x.i]
    if not x.start < x.end <= len(sents):
        return x.sent  # (an empty span: spaCy's own answer)
    first, last = sents[x.start], sents[x.end - 1]
    return first if first is last else x.doc[first.start : last.end]
