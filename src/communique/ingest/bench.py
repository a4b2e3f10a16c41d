"""Read + repair throughput: articles per second through `until="clean"`, one process."""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass
from itertools import islice

from communique.settings import Settings


@dataclass(frozen=True)
class ReadBench:
    inputs: list[str]
    articles: int
    chars: int
    read_seconds: float  # reading alone (readers, no cleaning)
    clean_seconds: float  # read + clean, as the product runs it
    clean_cpu_seconds: float  # CPU time of the same (one core; immune to a busy machine)
    peak_rss_mb: float

    @property
    def read_rate(self) -> float:
        return self.articles / self.read_seconds if self.read_seconds else 0.0

    @property
    def rate(self) -> float:
        return self.articles / self.clean_seconds if self.clean_seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.articles / self.clean_cpu_seconds if self.clean_cpu_seconds else 0.0

    def format(self) -> str:
        return "\n".join(
            [
                f"inputs: {' '.join(self.inputs)}",
                f"articles: {self.articles:,} ({self.chars:,} characters)",
                f"read only:     {self.read_rate:8.1f} articles/s ({self.read_seconds:.2f} s)",
                f"read + clean:  {self.rate:8.1f} articles/s ({self.clean_seconds:.2f} s wall)",
                f"read + clean:  {self.cpu_rate:8.1f} articles/CPU-s "
                f"({self.clean_cpu_seconds:.2f} s CPU, one process)",
                f"peak RSS: {self.peak_rss_mb:.0f} MB",
            ]
        )


def bench_read(
    inputs: list[str], *, limit: int | None = None, settings: Settings | None = None
) -> ReadBench:
    """Time the readers alone, then read + clean, over the same articles."""
    from communique.ingest import ReadReport, read_inputs
    from communique.pipeline import extract_inputs

    settings = settings or Settings()
    t0 = time.perf_counter()
    n = chars = 0
    quiet = ReadReport(stream=None)
    for art in islice(read_inputs(inputs, report=quiet, settings=settings), limit):
        n += 1
        chars += len(art.raw_text)
    t1 = time.perf_counter()
    c1 = time.process_time()
    m = 0
    arts = extract_inputs(inputs, settings=settings, report=ReadReport(stream=None), until="clean")
    for _ in islice(arts, limit):
        m += 1
    t2 = time.perf_counter()
    c2 = time.process_time()
    # ru_maxrss is in kilobytes on Linux.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return ReadBench(list(inputs), m, chars, t1 - t0, t2 - t1, c2 - c1, rss)
