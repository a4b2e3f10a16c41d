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

    def __str__(self) -> str:
        where = f"{self.path}: {self.record}" if self.record else self.path
        return f"{where}: {self.message}"


@dataclass
class ReadReport:
    """What the readers could and could not read in one run."""

    stream: TextIO | None = field(default_factory=lambda: sys.stderr)
    problems: list[Problem] = field(default_factory=list)
    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def problem(self, path: str, record: str | None, reason: str, message: str) -> None:
        p = Problem(path, record, reason, message)
        self.problems.append(p)
        self.skipped[reason] += 1
        if self.stream is not None:
            print(f"communique: {p}", file=self.stream)

    def summary(self) -> str:
        parts = [f"{self.read} articles read"]
        if self.skipped:
            detail = ", ".join(f"{n} {k}" for k, n in sorted(self.skipped.items()))
            parts.append(f"{sum(self.skipped.values())} skipped ({detail})")
        return "; ".join(parts)
