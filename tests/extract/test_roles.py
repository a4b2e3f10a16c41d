"""Roles read from the parse around a name (premodifier, appositive, copular)."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract import roles as R
from communique.pipeline import Pipeline
from communique.record import Article, Source

pytestmark = pytest.mark.slow


def _doc(raw: str) -> Any:
    art = Article(id="t", raw_text=raw, source=Source("t", "txt"))
    (out,) = list(Pipeline(until="analyze").process([art]))
    return out.doc


def _name(doc: Any, name: str) -> tuple[int, int]:
    span = doc.char_span(doc.text.index(name), doc.text.index(name) + len(name))
    assert span is not None
    return span.start, span.end


@pytest.mark.parametrize(
    ("raw", "name", "role"),
    [
        (
            "Russian President Vladimir Putin said the talks failed.",
            "Vladimir Putin",
            "Russian President",
        ),
        # Hyphenated titles are split by the tokenizer; the whole title is the role.
        (
            "U.N. Secretary-General Kofi Annan said the talks failed.",
            "Kofi Annan",
            "U.N. Secretary-General",
        ),
        (
            "Arab League Secretary-General Chedli Klibi said the talks failed.",
            "Chedli Klibi",
            "Arab League Secretary-General",
        ),
        (
            "Kenyan Vice-President Moody Awori said the talks failed.",
            "Moody Awori",
            "Kenyan Vice-President",
        ),
    ],
)
def test_premodifier(raw: str, name: str, role: str) -> None:
    doc = _doc(raw)
    cue = R.premodifier(doc, *_name(doc, name))
    assert cue is not None and cue.text == role and cue.kind == "premod"
    assert doc.text[cue.start : cue.end] == role


def test_honorific_alone_is_no_role() -> None:
    doc = _doc("Mr Jonas Berg said the talks failed.")
    assert R.premodifier(doc, *_name(doc, "Jonas Berg")) is None


def test_appositive_role() -> None:
    doc = _doc("The plan was backed by Jonas Berg, a senior trade official, on Friday.")
    cue = R.appositive(doc, *_name(doc, "Jonas Berg"))
    assert cue is not None and cue.text == "senior trade official"
