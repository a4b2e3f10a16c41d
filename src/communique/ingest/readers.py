"""One reader per format; each turns the bytes of one input into Articles."""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Iterator
from typing import Any

from communique.ingest.html import extract_html
from communique.ingest.layout import detect_header
from communique.ingest.problems import ReadReport
from communique.ingest.sources import decode, looks_binary
from communique.record import Article, Source
from communique.settings import Settings


def _stable_id(path: str, index: int) -> str:
    return f"{path}#{index}"


def _too_long(text: str, settings: Settings) -> bool:
    return len(text) > int(settings.get("read.max_chars", 2_000_000))


def read_txt(
    path: str, data: bytes, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    if looks_binary(data[:8192]):
        report.problem(path, None, "binary", "binary file, not text; skipped")
        return
    text, warning = decode(data)
    if warning:
        report.problem(path, None, "encoding", warning + " (kept)")
        report.skipped["encoding"] -= 1  # a warning, not a skip
    if not text.strip():
        report.problem(path, None, "empty", "empty file; skipped")
        return
    if _too_long(text, settings):
        report.problem(
            path, None, "too-long",
            f"{len(text):,} characters in one article is over read.max_chars; skipped",
        )
        return
    art = Article(id=_stable_id(path, 0), raw_text=text, source=Source(path, "txt", 0))
    header = detect_header(text)
    for h in header:
        if h.role == "publication":
            art.publication = h.text.strip()
        else:
            art.headline = h.text.strip()
    art.meta["header"] = [(h.start, h.end, h.role) for h in header]
    if warning:
        art.warnings.append(warning)
    yield art


def _article_from_html(
    path: str, fmt: str, index: int, html: str, url: str | None,
    report: ReadReport, settings: Settings, record: str | None,
) -> Article | None:
    got = extract_html(html, url=url, settings=settings)
    if got is None or not got.text.strip():
        report.problem(path, record, "no-article", "HTML page has no article text; skipped")
        return None
    art = Article(
        id=_stable_id(path, index),
        raw_text=got.text,
        source=Source(path, fmt, index, got.url or url),
        publication=got.sitename,
        headline=got.title,
        published=got.date,
        author=got.author,
    )
    return art


def read_html(
    path: str, data: bytes, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    if looks_binary(data[:8192]):
        report.problem(path, None, "binary", "binary file, not HTML; skipped")
        return
    html, _warning = decode(data)
    if not html.strip():
        report.problem(path, None, "empty", "empty file; skipped")
        return
    art = _article_from_html(path, "html", 0, html, None, report, settings, None)
    if art is not None:
        yield art


def _clean_date(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 4:
        return None
    from communique.extract.dates import normalise_date

    return normalise_date(value)


def read_jsonl(
    path: str, stream: io.BufferedIOBase, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    max_chars = int(settings.get("read.max_chars", 2_000_000))
    seen_any = False
    for lineno, line in enumerate(_lines(stream, path, report), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"line {lineno}"
        if len(line) > max_chars * 4:
            report.problem(path, where, "too-long", f"{len(line):,} bytes on one line; skipped")
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            report.problem(path, where, "json", f"malformed JSON ({e.msg if hasattr(e, 'msg') else e}); skipped")
            continue
        if not isinstance(row, dict):
            report.problem(path, where, "json", "JSON value is not an object; skipped")
            continue
        rid = row.get("id")
        rid_s = str(rid) if rid is not None else _stable_id(path, lineno - 1)
        text, html = row.get("text"), row.get("html")
        art: Article | None
        if isinstance(text, str) and text.strip():
            if len(text) > max_chars:
                report.problem(path, where, "too-long", f"text of {len(text):,} characters; skipped")
                continue
            art = Article(
                id=rid_s,
                raw_text=text,
                source=Source(path, "jsonl", lineno - 1, row.get("url")),
            )
        elif isinstance(html, str) and html.strip():
            art = _article_from_html(
                path, "jsonl", lineno - 1, html, row.get("url"), report, settings, where
            )
            if art is None:
                continue
            art.id = rid_s
        else:
            report.problem(path, where, "no-text", "record has no 'text' or 'html'; skipped")
            continue
        if isinstance(row.get("title"), str):
            art.headline = row["title"]
        if isinstance(row.get("publication"), str):
            art.publication = row["publication"]
        date = _clean_date(row.get("date"))
        if date:
            art.published = date
        art.meta["header"] = []  # a JSON line's text is body text
        yield art
    if not seen_any:
        report.problem(path, None, "empty", "no JSON lines in file; skipped")


def _lines(stream: io.BufferedIOBase, path: str, report: ReadReport) -> Iterator[str]:
    """Decoded lines; a truncated gzip or bad bytes end or mark the stream with a message."""
    lineno = 0
    try:
        for raw in stream:
            lineno += 1
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                text, _ = decode(raw)
                yield text
    except (EOFError, OSError, zlib.error) as e:
        report.problem(path, f"after line {lineno}", "truncated", f"stream ends early ({e}); kept what was read")


def read_warc(
    path: str, stream: io.BufferedIOBase, report: ReadReport, settings: Settings
) -> Iterator[Article]:
    from communique.ingest.warc import iter_warc

    yield from iter_warc(path, stream, report, settings, _article_from_html)
