"""HTML reader: main text and metadata with trafilatura.

Options come from the `[html]` settings (see extract_html for `favor`). When trafilatura
finds no main text, its `baseline` extractor (JSON-LD articleBody, <article>, then
paragraphs) is tried; its text is kept only when it is long enough to be an article, and
an extraction made only of link text is a menu: both report "no article".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.xml import xmltotxt

from communique.ingest.sources import decode
from communique.settings import Settings

_SPACES = re.compile(r"[ \t\u00a0]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    date: str | None = None  # YYYY-MM-DD
    fallback: str | None = None  # name of the fallback extractor that gave the text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str | None]:
    """Text of an HTML page: the HTTP charset, else UTF-8, else the page's own <meta>
    charset, else Windows-1252 (with a warning, as for text files)."""
    if charset:
        try:
            return data.decode(charset), None
        except (LookupError, UnicodeDecodeError):
            pass
    text, warning = decode(data)
    if warning is None:
        return text, None
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii")), None
        except (LookupError, UnicodeDecodeError):
            pass
    return text, warning


def _tidy(text: str) -> str:
    """Trim each line and squeeze runs of spaces (trafilatura keeps source indentation)."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _paragraphs(body: Any) -> str:
    """Text of trafilatura's XML body with a blank line between blocks (paragraphs,
    headings, lists, tables) and a single line break where the page had <br>."""
    if len(body) == 0:
        return _tidy(xmltotxt(body, False) or "")
    # Like trafilatura's own text output, loose text between blocks is left out.
    blocks = (_tidy(xmltotxt(child, False) or "") for child in body)
    return "\n\n".join(b for b in blocks if b)


def _links_only(html: str, text: str) -> bool:
    """True when every word of a short extraction is link text: a menu, not an article.

    `javascript:` links are not navigation (readability unwraps them too), so their text
    counts as content.
    """
    if len(text) > 2000:
        return False
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return False
    link_words: Counter[str] = Counter()
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip().lower()
        if href and not href.startswith("javascript:"):
            link_words.update(_WORD.findall(a.text_content()))
    words = Counter(_WORD.findall(text))
    return bool(words) and not (words - link_words)


def _bare(html: str, url: str | None, opts: dict[str, Any], favor: str, metadata: bool) -> Any:
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=metadata,
        include_comments=bool(opts.get("include_comments", False)),
        include_tables=bool(opts.get("include_tables", True)),
        favor_recall=favor == "recall",
        favor_precision=favor == "precision",
        deduplicate=bool(opts.get("deduplicate", False)),
    )


def _doc_text(doc: Any) -> str:
    if doc is None:
        return ""
    body = getattr(doc, "body", None)
    return _paragraphs(body) if body is not None else _tidy(getattr(doc, "text", "") or "")


def extract_html(
    html: str, url: str | None = None, settings: Settings | None = None
) -> HtmlArticle | None:
    """Main article text and metadata of an HTML page, or None when it has no article.

    With `favor = "precision"` (the default), trafilatura's precision mode reads the page;
    when it keeps less than `rescue_ratio` of the words its recall mode finds, it pruned
    the article itself and the recall extraction is taken instead.
    """
    settings = settings or Settings()
    opts = settings.section("html")
    favor = str(opts.get("favor", "precision"))
    doc = _bare(html, url, opts, favor, metadata=True)
    text = _doc_text(doc)
    ratio = float(opts.get("rescue_ratio", 0.5))
    if favor == "precision" and ratio > 0:
        wide = _doc_text(_bare(html, url, opts, "recall", metadata=False))
        if len(_WORD.findall(text)) < ratio * len(_WORD.findall(wide)):
            text = wide

    def meta(name: str) -> str | None:
        value = getattr(doc, name, None) if doc is not None else None
        return " ".join(str(value).split()) if value else None

    fallback = None
    if not text and opts.get("fallback", True):
        _, base_text, _ = trafilatura.baseline(html)
        base_text = _tidy(base_text or "")
        if len(base_text) >= int(opts.get("min_fallback_chars", 200)):
            text, fallback = base_text, "baseline"
    if not text or _links_only(html, text):
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
