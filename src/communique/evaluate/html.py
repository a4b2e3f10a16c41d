"""HTML main-text extraction scored with the article-extraction-benchmark shingle metric.

Each page's expected text and the extracted text are cut into shingles of 4 consecutive
word tokens (``\\w+`` runs, which is the benchmark's normalisation: punctuation and
whitespace only separate tokens). Per page, precision and recall count shingles as
multisets; the figures are averaged over pages. An empty extraction of a page with
expected text scores 0 for that page (the benchmark itself skips such pages for
precision; counting them is stricter and keeps "return nothing" from paying).

Ours is scored on what the product writes: the pages go through `extract_inputs` as
JSON lines carrying only `id` and `html`, and the record's cleaned `text` is compared.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.settings import Settings

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    precision: float
    recall: float
    f1: float


def score_page(gold: str, pred: str, n: int = 4) -> PageScore:
    """Shingle precision, recall and F1 of one extraction against the expected text."""
    g, p = shingles(gold, n), shingles(pred, n)
    if not g and not p:
        return PageScore(1.0, 1.0, 1.0)
    tp = sum((g & p).values())
    prec = tp / sum(p.values()) if p else 0.0
    rec = tp / sum(g.values()) if g else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return PageScore(prec, rec, f1)


@dataclass
class SystemScore:
    name: str
    pages: dict[str, PageScore] = field(default_factory=dict)

    def mean(self, attr: str) -> float:
        vals = [getattr(s, attr) for s in self.pages.values()]
        return sum(vals) / len(vals) if vals else 0.0

    @property
    def precision(self) -> float:
        return self.mean("precision")

    @property
    def recall(self) -> float:
        return self.mean("recall")

    @property
    def f1(self) -> float:
        return self.mean("f1")


@dataclass
class FileResult:
    path: str
    ours: SystemScore
    baseline: SystemScore


def load_pages(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Gold pages `{id, html, text, ...}` of a (gzipped) JSON-lines file."""
    from communique.evaluate.gold import read_rows

    return read_rows(path, limit)


def product_texts(
    pages: Iterable[dict[str, Any]], settings: Settings | None = None
) -> dict[str, str]:
    """Cleaned text the product writes for each page, by id ('' when it wrote none)."""
    from communique.ingest import ReadReport
    from communique.pipeline import extract_inputs

    pages = list(pages)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "pages.jsonl"
        with open(src, "w", encoding="utf-8") as f:
            for row in pages:
                f.write(json.dumps({"id": row["id"], "html": row["html"]}) + "\n")
        report = ReadReport(stream=None)
        got = {
            art.id: art.text
            for art in extract_inputs([str(src)], settings=settings, report=report, until="clean")
        }
    return {str(row["id"]): got.get(str(row["id"]), "") for row in pages}


def baseline_texts(pages: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Plain `trafilatura.extract(html)` with its default options."""
    import trafilatura

    return {str(row["id"]): trafilatura.extract(row["html"]) or "" for row in pages}


def _score(name: str, pages: list[dict[str, Any]], texts: dict[str, str]) -> SystemScore:
    out = SystemScore(name)
    for row in pages:
        out.pages[str(row["id"])] = score_page(row.get("text") or "", texts[str(row["id"])])
    return out


def evaluate_files(
    paths: list[str | Path], *, settings: Settings | None = None, limit: int | None = None
) -> Iterator[FileResult]:
    """Ours and the trafilatura baseline, file by file."""
    for path in paths:
        pages = load_pages(path, limit)
        yield FileResult(
            str(path),
            _score("communique", pages, product_texts(pages, settings)),
            _score("trafilatura", pages, baseline_texts(pages)),
        )


def overall(results: list[FileResult], which: str) -> SystemScore:
    """All pages of all files pooled (each page weighs the same)."""
    out = SystemScore(which)
    for r in results:
        sys_score = r.ours if which == "communique" else r.baseline
        out.pages.update({f"{r.path}:{k}": v for k, v in sys_score.pages.items()})
    return out


def format_report(results: list[FileResult], worst: int = 0) -> str:
    """A table: per file and overall, P/R/F1 of ours beside the baseline."""
    lines = [f"{'file':<28} {'pages':>5}  {'system':<12} {'P':>6} {'R':>6} {'F1':>6}"]

    def row(label: str, n: int, s: SystemScore) -> str:
        return f"{label:<28} {n:>5}  {s.name:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"

    for r in results:
        label = Path(r.path).name
        lines.append(row(label, len(r.ours.pages), r.ours))
        lines.append(row("", len(r.baseline.pages), r.baseline))
    if len(results) > 1:
        ours, base = overall(results, "communique"), overall(results, "trafilatura")
        lines.append(row("overall", len(ours.pages), ours))
        lines.append(row("", len(base.pages), base))
    if worst:
        lines.append("")
        lines.append(f"up to {worst} pages where ours trails the baseline most (F1 ours / base):")
        diffs = [
            (r.ours.pages[k].f1 - r.baseline.pages[k].f1, k, r)
            for r in results
            for k in r.ours.pages
        ]
        for d, k, r in sorted(diffs, key=lambda x: x[0])[:worst]:
            if d >= 0:
                break
            lines.append(f"  {k}: {r.ours.pages[k].f1:.3f} / {r.baseline.pages[k].f1:.3f}")
    return "\n".join(lines)


def run_eval(
    paths: list[str], *, settings: Settings | None = None, limit: int | None = None, worst: int = 0
) -> str:
    """The report `communique eval html` prints."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        return "missing gold file(s): " + ", ".join(missing)
    results = list(evaluate_files(list(paths), settings=settings, limit=limit))
    head = (
        "HTML main text, 4-gram shingle metric, per-page P/R/F1 averaged over pages\n"
        "communique = what `communique extract --until clean` writes for {id, html} lines; "
        "trafilatura = trafilatura.extract(html) with default options\n"
    )
    return head + format_report(results, worst=worst)
