"""Parse + entity throughput as a ratio to bare `nlp.pipe` on the same cleaned texts.

Articles are read and cleaned once; then, alternating in the same process, the bare model
runs `nlp.pipe` over the cleaned texts and the product runs `Analyzer.analyze` (paragraph
pieces, one Doc per article) followed by `extract_entities`. The best round of each is kept
(the least disturbed by other load), and the ratio ours/bare is printed. Times are CPU
seconds of this process (`time.process_time`): on a shared machine wall time mostly
measures the neighbours.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from communique.settings import Settings


@dataclass
class BenchReport:
    articles: int
    words: int
    bare: list[float] = field(default_factory=list)
    parse: list[float] = field(default_factory=list)  # our analyze alone
    ours: list[float] = field(default_factory=list)  # analyze + entities

    def lines(self) -> list[str]:
        b, p, o = min(self.bare), min(self.parse), min(self.ours)
        return [
            f"articles: {self.articles}, words: {self.words:,}, rounds: {len(self.bare)}",
            f"bare nlp.pipe:              {b:7.2f} cpu-s  ({self.words / b:,.0f} words/s)",
            f"analyze (paragraph pieces): {p:7.2f} cpu-s  ({self.words / p:,.0f} words/s)",
            f"analyze + extract_entities: {o:7.2f} cpu-s  ({self.words / o:,.0f} words/s)",
            f"ratio (analyze + entities) / bare: {o / b:.3f}  (entity work alone: "
            f"{(o - p) / b:+.3f} of the bare parse)",
        ]


def bench_entities(
    corpus: str | Path, *, n: int = 500, repeats: int = 2, settings: Settings | None = None
) -> BenchReport:
    from communique.extract.entities import extract_entities
    from communique.nlp.analyzer import Analyzer
    from communique.pipeline import extract_inputs

    settings = settings or Settings()
    arts = []
    for art in extract_inputs(
        [str(corpus)], settings=settings, input_format="jsonl", until="clean"
    ):
        arts.append(art)
        if len(arts) >= n:
            break
    analyzer = Analyzer(settings)
    nlp, bs = analyzer.nlp, analyzer.batch_size
    texts = [a.text for a in arts]
    rep = BenchReport(len(arts), sum(len(t.split()) for t in texts))
    list(nlp.pipe(texts[:20], batch_size=bs))  # warm-up
    for _ in range(max(1, repeats)):
        t0 = time.process_time()
        for _doc in nlp.pipe(texts, batch_size=bs):
            pass
        rep.bare.append(time.process_time() - t0)
        t0 = time.process_time()
        for i in range(0, len(arts), bs):
            analyzer.analyze(arts[i : i + bs])
        rep.parse.append(time.process_time() - t0)
        t0 = time.process_time()
        for i in range(0, len(arts), bs):
            batch = arts[i : i + bs]
            analyzer.analyze(batch)
            for art in batch:
                art.entities = extract_entities(art)
        rep.ours.append(time.process_time() - t0)
        for art in arts:
            art.doc = None
    return rep
