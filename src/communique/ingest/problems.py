"""Problems met while reading: one clear message per bad file or record, and a tally."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    record: str | None  # "line 12", "record 3", None for the whole file
    reason: str  # short key used in the summary: "binary", "json", ...
    message: str
    skipped: bool = True  # False for a warning: the input was read anyway

    def __str__(self) -> str:
        where = f"{self.path}: {self.record}" if self.record else self.path
        return f"{where}: {self.message}"


@dataclass
class ReadReport:
    """What the readers could and could not read in one run.

    `skipped` counts inputs or records left out, by reason; `warnings` counts those read
    despite a problem (bad bytes replaced, a truncated stream whose start was kept).
    """

    stream: TextIO | None = field(default_factory=lambda: sys.stderr)
    problems: list[Problem] = field(default_factory=list)
    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)

    def _emit(self, p: Problem) -> None:
        self.problems.append(p)
        if self.stream is not None:
            print(f"communique: {p}", file=self.stream)

    def problem(self, path: str, record: str | None, reason: str, message: str) -> None:
        """An input or record that could not be read: a message, and a count of one skip."""
        self._emit(Problem(path, record, reason, message))
        self.skipped[reason] += 1

    def warn(self, path: str, record: str | None, reason: str, message: str) -> None:
        """A problem that did not stop the input being read."""
        self._emit(Problem(path, record, reason, message, skipped=False))
        self.warnings[reason] += 1

    def count(self, reason: str, n: int = 1) -> None:
        """Records skipped by design, without a message (e.g. WARC request records)."""
        if n:
            self.skipped[reason] += n

    def summary(self) -> str:
        parts = [f"{self.read} articles read"]
        for label, tally in (("skipped", self.skipped), ("warnings", self.warnings)):
            if +tally:
                detail = ", ".join(f"{n} {k}" for k, n in sorted((+tally).items()))
                parts.append(f"{sum(tally.values())} {label} ({detail})")
        return "; ".join(parts)
