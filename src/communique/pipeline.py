"""The line every article runs down: read -> clean -> analyze -> extract."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from communique.clean import CleanContext, clean_article
from communique.ingest import ReadReport, read_inputs
from communique.record import Article
from communique.settings import Settings

STAGES = ("clean", "analyze", "extract")


@dataclass
class Pipeline:
    """Holds what lives for a run: settings, run evidence, the loaded model (once)."""

    settings: Settings = field(default_factory=Settings)
    until: str = "extract"  # last stage to run: clean | analyze | extract
    batch_size: int = 64
    context: CleanContext | None = None

    def __post_init__(self) -> None:
        if self.until not in STAGES:
            raise ValueError(f"unknown stage {self.until!r}; choose from {', '.join(STAGES)}")
        self.context = self.context or CleanContext(self.settings)
        self._analyzer: Callable[[list[Article]], None] | None = None
        self._extractor: Callable[[Article], Article] | None = None

    def _analyze(self, batch: list[Article]) -> None:
        if self._analyzer is None:
            from communique.nlp import Analyzer

            self._analyzer = Analyzer(self.settings).analyze
        self._analyzer(batch)

    def _extract(self, art: Article) -> None:
        if self._extractor is None:
            from communique.extract.run import extract_all

            self._extractor = extract_all
        self._extractor(art)

    def analyze_extract(self, batch: list[Article]) -> list[Article]:
        """The stages after clean, up to `until`, on cleaned articles (what run workers do)."""
        if self.until in ("analyze", "extract"):
            self._analyze(batch)
        if self.until == "extract":
            for art in batch:
                self._extract(art)
                art.doc = None
        return batch

    def process(self, articles: Iterable[Article]) -> Iterator[Article]:
        it = iter(articles)
        assert self.context is not None
        while batch := list(islice(it, self.batch_size)):
            self.context.learn(batch)
            for art in batch:
                clean_article(art, self.context)
            if self.until in ("analyze", "extract"):
                self._analyze(batch)
            if self.until == "extract":
                for art in batch:
                    self._extract(art)
                    art.doc = None  # parses stay out of the record
            yield from batch


def extract_inputs(
    inputs: list[str],
    *,
    settings: Settings | None = None,
    input_format: str | None = None,
    report: ReadReport | None = None,
    until: str = "extract",
) -> Iterator[Article]:
    """Articles from the inputs, cleaned and (unless `until` says otherwise) analysed."""
    settings = settings or Settings()
    pipe = Pipeline(settings, until=until)
    arts = read_inputs(inputs, input_format=input_format, report=report, settings=settings)
    return pipe.process(arts)
