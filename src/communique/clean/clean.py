"""Build an Article's cleaned text from its raw text, recording every change."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from communique.clean import encoding
from communique.clean.casing import CaseEvidence, repair_case
from communique.clean.lines import RepeatedLines, footer_patterns, is_footer, is_placeholder
from communique.extract.dates import latest_date
from communique.offsets import TextBuilder
from communique.record import Article, Dropped, Repair
from communique.settings import Settings

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass
class CleanContext:
    """Run-level evidence shared by the articles of one run (passed explicitly, never global)."""

    settings: Settings = field(default_factory=Settings)
    repeated: RepeatedLines = field(default_factory=RepeatedLines)
    case: CaseEvidence = field(default_factory=CaseEvidence)

    def __post_init__(self) -> None:
        opts = self.settings.section("clean")
        self.repeated.min_articles = int(opts.get("repeat_min_articles", 3))
        self.repeated.min_share = float(opts.get("repeat_min_share", 0.2))
        self.repeated.min_chars = int(opts.get("repeat_min_chars", 12))
        self.footers = footer_patterns(opts.get("footers", []))

    def learn(self, articles: list[Article]) -> None:
        """Take run-level evidence from a batch before cleaning it."""
        learn_case = bool(self.settings.section("clean").get("repair_case", True))
        for art in articles:
            if not art.meta.get("boilerplate_removed"):
                self.repeated.learn(source_key(art), art.raw_text)
            if learn_case:
                self.case.learn(art.raw_text)


def source_key(art: Article) -> str:
    """Articles of one source share boilerplate: the publication, else the input's folder."""
    if art.publication:
        return "pub:" + art.publication
    if art.source.format in ("jsonl", "warc"):
        return "file:" + art.source.path
    return "dir:" + os.path.dirname(art.source.path)


def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, without its line break."""
    out = []
    for m in _LINE.finditer(raw):
        if m.start() == len(raw) and m.start() == m.end():
            break
        s, e = m.start(), m.end()
        while e > s and raw[e - 1] in "\r\n":
            e -= 1
        out.append((s, e))
    return out


def clean_article(art: Article, ctx: CleanContext) -> Article:
    raw = art.raw_text
    opts = ctx.settings.section("clean")
    header = {(s, e): role for s, e, role in art.meta.get("header", [])}
    # HTML main text has had its boilerplate removed by the reader: lines it shares with
    # other pages of a file are content (syndicated paragraphs), not site furniture.
    key = "" if art.meta.get("boilerplate_removed") else source_key(art)

    # 1. Keep or drop each line; group kept lines into paragraphs.
    lines = _lines(raw)
    blank_separated = any(not raw[s:e].strip() for s, e in lines)
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for s, e in lines:
        line = raw[s:e]
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
                current = []
            continue
        ls = s + (len(line) - len(line.lstrip()))
        le = ls + len(stripped)
        reason = _drop_reason(stripped, (ls, le), header, opts, ctx, key)
        if reason:
            art.dropped.append(Dropped(stripped, reason, (ls, le)))
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append((ls, le))
        if not blank_separated:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)

    # 2. Copy paragraphs into the cleaned text, repairing encoding as we go.
    tb = TextBuilder(raw)
    par_spans: list[tuple[int, int]] = []
    fix = bool(opts.get("fix_encoding", True))
    for i, par in enumerate(paragraphs):
        if i:
            prev_end = paragraphs[i - 1][-1][1]
            tb.replace(prev_end, par[0][0], "\n\n")
        start = tb.length
        for j, (ls, le) in enumerate(par):
            if j:
                tb.replace(par[j - 1][1], ls, "\n")
            if fix:
                pos = ls
                for es, ee, rep, kind in encoding.edits(raw[ls:le]):
                    tb.copy(pos, ls + es)
                    clean_at = tb.length
                    tb.replace(ls + es, ls + ee, rep)
                    pos = ls + ee
                    art.repairs.append(
                        Repair(
                            kind, raw[ls + es : ls + ee], rep,
                            (clean_at, clean_at + len(rep)), (ls + es, ls + ee),
                        )
                    )
                tb.copy(pos, le)
            else:
                tb.copy(ls, le)
        par_spans.append((start, tb.length))
    text, offsets = tb.build()

    # 3. Letter case: same-length edits on the cleaned text.
    if opts.get("repair_case", True):
        chars = list(text)
        for s, e, rep in repair_case(text, par_spans, ctx.case):
            if text[s:e] == rep:
                continue
            art.repairs.append(Repair("case", text[s:e], rep, (s, e), offsets.span(s, e)))
            chars[s:e] = rep
        text = "".join(chars)

    art.text = text
    art.offsets = offsets
    art.paragraphs = par_spans
    art.repairs.sort(key=lambda r: r.span)
    if art.published is None:
        art.published_not_before = latest_date(text)
    return art


def _drop_reason(
    line: str,
    span: tuple[int, int],
    header: dict[tuple[int, int], str],
    opts: dict[str, object],
    ctx: CleanContext,
    key: str,
) -> str | None:
    if span in header:
        return header[span]
    if opts.get("drop_placeholders", True) and is_placeholder(line):
        return "placeholder"
    if opts.get("drop_footers", True) and is_footer(line, ctx.footers):
        return "footer"
    if ctx.repeated.is_boilerplate(key, line):
        return "repeated"
    return None
