"""HTML reader: main text and metadata with trafilatura.

Options come from the `[html]` settings. When trafilatura finds no main text, its
`baseline` extractor (JSON-LD articleBody, <article>, then paragraphs) is tried; its text
is kept only when it is long enough to be an article, so a page of navigation alone still
reports "no article".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.xml import xmltotxt

from communique.settings import Settings

_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY-MM-DD
    fallback: str | None = None  # name of the fallback extractor that gave the text


def _tidy(text: str) -> str:
    """Trim each line and squeeze runs of spaces (trafilatura keeps source indentation)."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _paragraphs(body: Any) -> str:
    """Text of trafilatura's XML body with a blank line between blocks (paragraphs,
    headings, lists, tables) and a single line break where the page had <br>."""
    blocks = (_tidy(xmltotxt(child, False) or "") for child in body)
    return "\n\n".join(b for b in blocks if b)


def extract_html(
    html: str, url: str | None = None, settings: Settings | None = None
) -> HtmlArticle | None:
    """Main article text and metadata of an HTML page, or None when it has no article."""
    settings = settings or Settings()
    opts = settings.section("html")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=bool(opts.get("include_comments", False)),
        include_tables=bool(opts.get("include_tables", True)),
        favor_recall=bool(opts.get("favor_recall", False)),
        favor_precision=bool(opts.get("favor_precision", False)),
        deduplicate=bool(opts.get("deduplicate", False)),
    )

    def meta(name: str) -> str | None:
        value = getattr(doc, name, None) if doc is not None else None
        return " ".join(str(value).split()) if value else None

    text = ""
    if doc is not None:
        body = getattr(doc, "body", None)
        text = _paragraphs(body) if body is not None else _tidy(getattr(doc, "text", "") or "")
    fallback = None
    if not text and opts.get("fallback", True):
        _, base_text, _ = trafilatura.baseline(html)
        base_text = _tidy(base_text or "")
        if len(base_text) >= int(opts.get("min_fallback_chars", 200)):
            text, fallback = base_text, "baseline"
    if not text:
        return None
    return HtmlArticle(
        text=text,
        title=meta("title"),
        author=meta("author"),
        sitename=meta("sitename"),
        url=meta("url") or url,
        date=meta("date"),
        fallback=fallback,
    )
