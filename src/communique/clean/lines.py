"""Which lines of an article are not article text: placeholders, footers, repeated boilerplate."""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

# Lines made only of '?' runs or U+FFFD: what is left where a scrape lost its characters.
PLACEHOLDER = re.compile(r"^[?\ufffd]+(?:\s+[?\ufffd]+)*$")


@lru_cache(maxsize=1)
def _layout_footers() -> tuple[re.Pattern[str], ...]:
    text = resources.files("communique").joinpath("data/layouts.toml").read_text("utf-8")
    data = tomllib.loads(text)
    pats = [p for layout in data.get("layout", []) for p in layout.get("footers", [])]
    return tuple(re.compile(p) for p in pats)


def footer_patterns(extra: Iterable[str] = ()) -> tuple[re.Pattern[str], ...]:
    return _layout_footers() + tuple(re.compile(p) for p in extra)


def is_placeholder(line: str) -> bool:
    return bool(PLACEHOLDER.match(line))


def is_footer(line: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    return any(p.match(line) for p in patterns)


def _norm(line: str) -> str:
    return " ".join(line.split()).lower()


@dataclass
class RepeatedLines:
    """Lines that recur across many articles of one source within a run (site boilerplate)."""

    min_articles: int = 3
    min_share: float = 0.2
    min_chars: int = 12
    articles: Counter[str] = field(default_factory=Counter)
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def learn(self, source: str, text: str) -> None:
        self.articles[source] += 1
        lines = {_norm(x) for x in text.splitlines()}
        self.counts[source].update(x for x in lines if len(x) >= self.min_chars)

    def is_boilerplate(self, source: str, line: str) -> bool:
        n = self.articles.get(source, 0)
        if n < self.min_articles:
            return False
        c = self.counts[source].get(_norm(line), 0)
        return c >= self.min_articles and c / n >= self.min_share
