"""HTML reader: main text and metadata with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from communique.settings import Settings


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY-MM-DD


def extract_html(html: str, url: str | None = None, settings: Settings | None = None) -> HtmlArticle | None:
    """Main article text and metadata of an HTML page, or None when it has no article."""
    settings = settings or Settings()
    opts = settings.section("html")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=bool(opts.get("include_tables", False)),
        favor_recall=bool(opts.get("favor_recall", False)),
        deduplicate=False,
    )
    if doc is None:
        return None
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        return None

    def meta(name: str) -> str | None:
        value = getattr(doc, name, None)
        return str(value) if value else None

    return HtmlArticle(
        text=text,
        title=meta("title"),
        author=meta("author"),
        sitename=meta("sitename"),
        url=meta("url") or url,
        date=meta("date"),
    )
