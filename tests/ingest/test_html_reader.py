"""HTML reader: main text, metadata, paragraph breaks, no-article pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.ingest import ReadReport, read_inputs
from communique.ingest.html import extract_html

FIXTURE = Path(__file__).parent / "fixtures" / "article_meta.html"


def test_metadata_of_hand_written_page() -> None:
    got = extract_html(FIXTURE.read_text("utf-8"))
    assert got is not None
    assert got.title == "Envoys agree to extend grain corridor"
    assert got.author == "Maria Kowalska"
    assert got.sitename == "The Example Herald"
    assert got.url == "https://herald.example.com/world/grain-corridor"
    assert got.date == "2023-07-14"
    # Navigation and footer are not main text; paragraphs are separated by a blank line.
    assert "Home" not in got.text and "Copyright" not in got.text
    assert "late into the night.\n\nThe agreement" in got.text


def test_record_of_html_file_through_cli() -> None:
    result = CliRunner().invoke(app, ["extract", str(FIXTURE), "--until", "clean"])
    assert result.exit_code == 0, result.stderr
    rec = json.loads(result.stdout)
    assert rec["source"] == {
        "path": str(FIXTURE), "format": "html", "index": 0,
        "url": "https://herald.example.com/world/grain-corridor", "warc_date": None,
    }
    assert rec["headline"] == "Envoys agree to extend grain corridor"
    assert rec["publication"] == "The Example Herald"
    assert rec["published"] == "2023-07-14"
    # The headline the body opens with is dropped from the text, kept as a header.
    assert rec["text"].startswith("Envoys from the two countries agreed on Friday")
    assert [d["reason"] for d in rec["dropped"]] == ["headline"]
    s, e = rec["dropped"][0]["raw_span"]
    assert s == 0 and e == len("Envoys agree to extend grain corridor")


def test_canonical_url_beats_the_url_given() -> None:
    got = extract_html(FIXTURE.read_text("utf-8"), url="https://mirror.example.net/x")
    assert got is not None and got.url == "https://herald.example.com/world/grain-corridor"


@pytest.mark.parametrize(
    "html",
    [
        '<html><body><nav><a href="/">Home</a> <a href="/about">About us</a></nav></body></html>',
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_page_without_article_is_none(html: str) -> None:
    assert extract_html(html) is None


def test_javascript_link_text_is_content() -> None:
    html = '<html><body><a href="javascript:"><p>abc</p><p>def</p></a></body></html>'
    got = extract_html(html)
    assert got is not None and got.text.split() == ["abc", "def"]


def test_jsonl_html_line_uses_its_own_id_title_and_url(tmp_path: Path) -> None:
    p = tmp_path / "pages.jsonl"
    row = {"id": "p1", "html": FIXTURE.read_text("utf-8"), "title": "Given title",
           "url": "https://given.example/x", "date": "2023-07-15"}
    p.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [art] = list(read_inputs([str(p)], report=ReadReport(stream=None)))
    assert art.id == "p1" and art.source.format == "jsonl" and art.source.index == 0
    assert art.headline == "Given title" and art.published == "2023-07-15"
    assert art.source.url == "https://herald.example.com/world/grain-corridor"


def test_declared_charset_of_non_utf8_page(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        "</head><body><article><p>"
        + "Москва и Пекин подписали соглашение о торговле. " * 10
        + "</p></article></body></html>"
    )
    p = tmp_path / "ru.html"
    p.write_bytes(html.encode("koi8-r"))
    report = ReadReport(stream=None)
    [art] = list(read_inputs([str(p)], report=report))
    assert "Москва и Пекин" in art.raw_text and not report.problems


def test_og_url_when_no_canonical_link() -> None:
    html = FIXTURE.read_text("utf-8")
    html = html.replace(
        '<link rel="canonical" href="https://herald.example.com/world/grain-corridor">', ""
    ).replace(
        'og:url" content="https://herald.example.com/world/grain-corridor"',
        'og:url" content="https://herald.example.com/og-only"',
    )
    got = extract_html(html)
    assert got is not None and got.url == "https://herald.example.com/og-only"
