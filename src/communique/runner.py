"""`run`: read -> clean -> analyze -> extract -> store, in batches, with optional workers.

The main process reads, cleans (cleaning learns run-level evidence such as repeated
boilerplate lines, so it stays in one process and gives the same text whatever the number
of workers), skips articles whose content hash is stored already, and writes. The parse and
the extractors, which dominate the cost, run in `workers` processes (spawned, each loading
the spaCy model once); with one worker they run in the main process. Results come back in
input order so near-duplicate links ("first copy") do not depend on scheduling.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import resource
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from communique.clean import clean_article
from communique.ingest import ReadReport, read_inputs
from communique.pipeline import Pipeline
from communique.record import Article
from communique.settings import Settings
from communique.store import RunError, Store
from communique.store.near import signature

# (record or None, MinHash signature, error message or None, record id, path)
Outcome = tuple[dict[str, Any] | None, bytes | None, str | None, str, str]

FACTS = ("entities", "mentions", "quotes", "events", "amounts")


@dataclass
class RunSummary:
    run_id: int
    db: str
    workers: int
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)
    errors: list[RunError] = field(default_factory=list)
    seconds: float = 0.0
    batches: int = 0
    status: str = "running"
    peak_rss: dict[str, int] = field(default_factory=dict)  # process -> bytes

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def _article_timeout(settings: Settings) -> float:
    return float(settings.get("store.article_timeout", 20) or 0)


def _default_start_method() -> str:
    return "fork" if sys.platform == "linux" else "spawn"


def _rss_bytes() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024  # Linux: KiB


class AnalysisTimeout(Exception):
    """An article took more CPU time than `[store] article_timeout` allows."""


def _on_timer(signum: int, frame: Any) -> None:
    raise AnalysisTimeout()


@contextmanager
def _cpu_limit(seconds: float) -> Iterator[None]:
    """Raise AnalysisTimeout after `seconds` of this process's CPU time (not wall time, so
    a busy machine does not trip it). Only the main thread can take signals."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGVTALRM, _on_timer)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, old)


class Analysis:
    """Parse and extract cleaned articles, one runaway or failing article at most skipped.

    The parse runs batched (nlp.pipe) under a CPU budget of `limit` seconds per article;
    the extractors then run article by article, each under `limit` seconds of CPU.
    """

    def __init__(self, settings: Settings, until: str = "extract") -> None:
        self.pipe = Pipeline(settings, until="analyze" if until == "extract" else until)
        self.extract = until == "extract"
        self.limit = _article_timeout(settings)

    def load(self) -> None:
        if self.pipe.until != "clean":
            self.pipe.analyze_extract([])  # loads the model, once per process

    def __call__(self, batch: list[Article]) -> list[Outcome]:
        try:
            with _cpu_limit(self.limit * len(batch)):
                self.pipe.analyze_extract(batch)
        except Exception as e:  # noqa: BLE001  (one bad article must not stop a run)
            if len(batch) == 1:
                return [self._failed(batch[0], e)]
            return [o for art in batch for o in self([art])]
        return [self._finish(art) for art in batch]

    def _finish(self, art: Article) -> Outcome:
        try:
            if self.extract:
                from communique.extract.run import extract_all

                with _cpu_limit(self.limit):
                    extract_all(art)
        except Exception as e:  # noqa: BLE001
            return self._failed(art, e)
        finally:
            art.doc = None  # parses stay out of the record
        return (art.to_dict(), signature(art.text), None, art.id, art.source.path)

    def _failed(self, art: Article, e: Exception) -> Outcome:
        if isinstance(e, AnalysisTimeout):
            msg = f"timeout: over {self.limit:g} s of CPU ([store] article_timeout)"
        else:
            msg = f"{type(e).__name__}: {e}"
        return (None, None, msg, art.id, art.source.path)


_WORKER: Analysis | None = None


def _init_worker(values: dict[str, Any], until: str) -> None:
    global _WORKER
    _WORKER = Analysis(Settings(values), until)
    _WORKER.load()


def _work(batch: list[Article]) -> tuple[list[Outcome], int, int]:
    assert _WORKER is not None
    return _WORKER(batch), os.getpid(), _rss_bytes()


class _Progress:
    """A rich progress line (articles, articles/s, stored, duplicates) on stderr."""

    def __init__(self, enabled: bool, stream: TextIO | None) -> None:
        self.bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(bar_width=None),
            TextColumn("{task.completed:,.0f} articles"),
            TextColumn("[cyan]{task.fields[rate]:.1f}/s"),
            TextColumn("stored {task.fields[stored]:,} · dup {task.fields[dups]:,}"),
            TimeElapsedColumn(),
            console=Console(file=stream or sys.stderr),
            transient=False,
        )
        self.task = self.bar.add_task("run", total=None, rate=0.0, stored=0, dups=0)
        self.bar.start()

    def update(self, s: RunSummary, processed: int) -> None:
        if self.bar is not None:
            self.bar.update(
                self.task, completed=processed, rate=s.rate, stored=s.stored,
                dups=s.duplicates + s.near_duplicates,
            )

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def run(
    inputs: list[str],
    *,
    db: str | Path | None = None,
    settings: Settings | None = None,
    workers: int = 1,
    batch_size: int | None = None,
    input_format: str | None = None,
    until: str = "extract",
    progress: bool = False,
    stream: TextIO | None = None,
    on_batch: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read, repair, analyse, extract and store `inputs` into the database `db`.

    Commits every `batch_size` articles (settings `[store] batch_size`): a killed run loses
    at most the batch in flight, and running again stores only what is missing.
    """
    settings = settings or Settings()
    db = str(db or settings.get("store.db", "communique.db"))
    commit_every = max(1, int(batch_size or settings.get("store.batch_size", 200)))
    task_size = max(1, min(int(settings.get("nlp.batch_size", 64)), commit_every))
    if workers > 1:
        task_size = min(task_size, 16)  # small tasks keep every worker busy to the end
    workers = max(1, int(workers))
    store = Store(db, near_threshold=float(settings.get("store.near_threshold", 0.8)))
    run_id = store.start_run(list(inputs), workers)
    s = RunSummary(run_id=run_id, db=db, workers=workers)
    report = ReadReport(stream=stream)
    bar = _Progress(progress, stream)
    t0 = time.perf_counter()
    pool: Any = None
    try:
        pipe = Pipeline(settings, until="clean")  # the main process reads and cleans
        tasks = _tasks(store, pipe, read_inputs(inputs, input_format=input_format, report=report,
                                                 settings=settings), task_size, s)
        if workers == 1:
            analysis = Analysis(settings, until)
            results: Iterator[tuple[list[Outcome], int, int]] = (
                (analysis(t), os.getpid(), _rss_bytes()) for t in tasks
            )
        else:
            # fork where there is one: a worker starts at once and shares the model when the
            # parent has loaded it (benchmarks); spawn elsewhere ([store] start_method).
            method = str(settings.get("store.start_method", "") or _default_start_method())
            if method == "fork":
                # Forked workers share the parent's objects until written; a garbage
                # collection in a worker writes to every object it visits. Frozen objects
                # are never visited, so their pages stay shared (less memory, less copying).
                gc.freeze()
            try:
                pool = mp.get_context(method).Pool(
                    workers, initializer=_init_worker, initargs=(settings.values, until)
                )
            finally:
                gc.unfreeze()
            # A wide window: while one worker is stuck on a slow article (up to the
            # article_timeout), the others keep going on the tasks behind it.
            results = _ordered(pool, tasks, window=8 * workers)
        _consume(store, run_id, results, report, s, commit_every, bar, t0, on_batch)
        s.status = "done"
    except KeyboardInterrupt:
        s.status = "interrupted"
        raise
    except BaseException:
        s.status = "failed"
        raise
    finally:
        if pool is not None:
            if s.status == "done":
                pool.close()
            else:
                pool.terminate()
            pool.join()
        bar.stop()
        s.seconds = time.perf_counter() - t0
        s.peak_rss.setdefault("main", _rss_bytes())
        s.peak_rss["main"] = _rss_bytes()
        store.finish_run(run_id, s.status)
        store.close()
    return s


def _tasks(
    store: Store, pipe: Pipeline, articles: Iterable[Article], size: int, s: RunSummary
) -> Iterator[list[Article]]:
    """Cleaned batches of articles not stored yet; counts what was read and skipped."""
    seen: set[str] = set()
    assert pipe.context is not None
    it = iter(articles)
    while chunk := list(islice(it, size)):
        s.read += len(chunk)
        pipe.context.learn(chunk)  # evidence from every article, stored or not
        hashes = [a.hash for a in chunk]
        known = store.known_hashes(hashes) | seen
        fresh = []
        for art, h in zip(chunk, hashes, strict=True):
            if h in known:
                s.duplicates += 1
                continue
            known.add(h)
            seen.add(h)
            try:
                clean_article(art, pipe.context)
            except Exception as e:  # noqa: BLE001
                msg = f"cleaning failed ({type(e).__name__}: {e}); article skipped"
                s.errors.append(RunError("clean", msg, art.source.path, art.id))
                s.skipped["clean"] += 1
                continue
            fresh.append(art)
        if fresh:
            yield fresh


def _ordered(pool: Any, tasks: Iterator[list[Article]], window: int) -> Iterator[Any]:
    """Results in task order, with at most `window` tasks in flight (bounded memory)."""
    pending: deque[Any] = deque()
    for t in tasks:
        pending.append(pool.apply_async(_work, (t,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _consume(
    store: Store,
    run_id: int,
    results: Iterable[tuple[list[Outcome], int, int]],
    report: ReadReport,
    s: RunSummary,
    commit_every: int,
    bar: _Progress,
    t0: float,
    on_batch: Callable[[RunSummary], None] | None,
) -> None:
    """Write results in batches; every error and read problem goes to the runs tables."""
    records: list[dict[str, Any]] = []
    sigs: list[bytes | None] = []
    problems_seen = 0
    errors_written = 0
    committed = {"read": 0, "duplicates": 0, "skipped": 0}
    processed = 0

    def commit() -> None:
        nonlocal problems_seen, errors_written, records, sigs
        for p in report.problems[problems_seen:]:
            s.skipped[p.reason] += 1
            s.errors.append(RunError(p.reason, p.message, p.path, p.record))
        problems_seen = len(report.problems)
        skipped = sum(s.skipped.values())
        counters = {
            "read": s.read - committed["read"],
            "duplicates": s.duplicates - committed["duplicates"],
            "skipped": skipped - committed["skipped"],
        }
        res = store.write_batch(
            run_id, records, signatures=sigs, errors=s.errors[errors_written:], counters=counters
        )
        errors_written = len(s.errors)
        committed.update(read=s.read, skipped=skipped)
        s.stored += res.counts["stored"]
        s.near_duplicates += res.counts["near_duplicates"]
        s.duplicates += res.counts["duplicates"]  # the same text twice inside one batch
        committed["duplicates"] = s.duplicates
        for k in FACTS:
            s.facts[k] += res.counts[k]
        s.batches += 1
        records, sigs = [], []
        if on_batch is not None:
            on_batch(s)

    for outs, pid, rss in results:
        label = "main" if pid == os.getpid() else f"worker {pid}"
        s.peak_rss[label] = max(s.peak_rss.get(label, 0), rss)
        for rec, sig, err, rid, path in outs:
            processed += 1
            if rec is None:
                reason = "timeout" if str(err).startswith("timeout") else "error"
                msg = f"analysis failed ({err}); article skipped, the rest of the run continues"
                s.errors.append(RunError(reason, msg, path, rid))
                s.skipped[reason] += 1
                continue
            records.append(rec)
            sigs.append(sig)
        if len(records) >= commit_every:
            commit()
        s.seconds = time.perf_counter() - t0
        bar.update(s, processed + s.duplicates)
    commit()  # the last batch, and problems met after the last article
    s.seconds = time.perf_counter() - t0
    bar.update(s, processed + s.duplicates)


def summary_table(s: RunSummary) -> Any:
    """The end-of-run summary as a rich table."""
    from rich.table import Table

    t = Table(title=f"communique run {s.run_id} → {s.db} ({s.status})", title_justify="left",
              show_header=False)
    t.add_column("what", style="bold")
    t.add_column("value", justify="right")
    t.add_column("detail")
    t.add_row("read", f"{s.read:,}", f"{s.seconds:.1f} s, {s.rate:.1f} articles/s, "
              f"{s.workers} worker{'s' if s.workers > 1 else ''}")
    t.add_row("stored", f"{s.stored:,}", f"{s.batches} batch commits")
    t.add_row("duplicates", f"{s.duplicates:,}", "same text already stored: not parsed again")
    t.add_row("near-duplicates", f"{s.near_duplicates:,}", "linked to their first copy, no facts")
    detail = ", ".join(f"{n} {k}" for k, n in sorted(s.skipped.items()))
    t.add_row("skipped", f"{sum(s.skipped.values()):,}", detail)
    facts = ", ".join(f"{s.facts[k]:,} {k}" for k in FACTS)
    t.add_row("facts", f"{sum(s.facts[k] for k in FACTS if k != 'mentions'):,}", facts)
    rss = ", ".join(f"{k} {v / 2**20:,.0f} MiB" for k, v in sorted(s.peak_rss.items()))
    t.add_row("peak memory", "", rss)
    for e in s.errors[:5]:
        where = ":".join(x for x in (e.path, e.record) if x)
        t.add_row("error", e.reason, f"{where}: {e.message}")
    if len(s.errors) > 5:
        t.add_row("", "", f"... {len(s.errors) - 5} more in the run_errors table (run {s.run_id})")
    return t
