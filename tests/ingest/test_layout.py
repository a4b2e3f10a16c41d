"""Header detection of plain-text articles: shape only, never known names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.ingest import ReadReport, read_inputs
from communique.ingest.layout import detect_header

BODY = "Officials met on Monday to discuss the plan. They agreed to meet again.\n"

CASES = [
    # print scrape: publication line, headline, body
    ("Harbour Weekly (English)\n\nPort Deal Signed at Last\n\n" + BODY + "\nMore body.\n",
     [("publication", "Harbour Weekly (English)"), ("headline", "Port Deal Signed at Last")]),
    # headline alone, then body
    ("Port Deal Signed at Last\n\n" + BODY, [("headline", "Port Deal Signed at Last")]),
    # a plain article whose first line is its first sentence keeps it as body
    (BODY + "\nA second paragraph follows here.\n", []),
    ("The minister said on Monday that talks would resume,\n\nand the opposition agreed.\n", []),
    # a first paragraph of several lines is body
    ("Officials met on Monday\nto discuss the plan\n\nThey agreed.\n", []),
    # one block only
    ("Just one paragraph of text without a header.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect_header(text: str, expected: list[tuple[str, str]]) -> None:
    got = detect_header(text)
    assert [(h.role, h.text) for h in got] == expected
    for h in got:
        assert text[h.start : h.end] == h.text


def test_txt_reader_sets_publication_and_headline(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(CASES[0][0], encoding="utf-8")
    [art] = list(read_inputs([str(p)], report=ReadReport(stream=None)))
    assert art.publication == "Harbour Weekly (English)"
    assert art.headline == "Port Deal Signed at Last"
    assert art.source.format == "txt" and art.source.index == 0 and art.source.url is None


def test_jsonl_text_never_loses_a_headline(tmp_path: Path) -> None:
    p = tmp_path / "rows.jsonl"
    p.write_text(json.dumps({"id": "x", "text": CASES[1][0], "title": "T"}) + "\n", "utf-8")
    [art] = list(read_inputs([str(p)], report=ReadReport(stream=None)))
    assert art.meta["header"] == [] and art.headline == "T"


def test_seed_layout(seed_path: Path) -> None:
    [art] = list(read_inputs([str(seed_path)], report=ReadReport(stream=None)))
    assert art.publication is not None and art.publication.endswith("(English)")
    assert art.headline and art.headline in art.raw_text.splitlines()[2]


def test_pretty_printed_json_object_is_one_article(tmp_path: Path) -> None:
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"id": "solo", "text": BODY, "url": "https://e.example/1"}, indent=2))
    [art] = list(read_inputs([str(p)], report=ReadReport(stream=None)))
    assert art.id == "solo" and art.raw_text == BODY and art.source.url == "https://e.example/1"
