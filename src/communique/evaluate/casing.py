"""Score case repair: damaged text through `extract --until clean`, repairs applied, word by word.

F1 is over words the damage changed (a word counts as repaired when it equals the clean
word again); precision is over words the repairs changed; harm is the share of words the
damage left right that the repairs made wrong.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.clean.casing_stats import WORD


@dataclass
class CaseScore:
    articles: int = 0
    words: int = 0
    damaged: int = 0  # words the damage changed
    fixed: int = 0  # damaged words now equal to the clean word
    changed: int = 0  # words the repairs changed
    right_changed: int = 0  # repaired words equal to the clean word (precision numerator)
    intact: int = 0  # words the damage left right
    harmed: int = 0  # of those, words the repairs made wrong
    seconds: float = 0.0  # wall-clock time of read + clean
    cpu: float = 0.0  # process time of the same

    @property
    def precision(self) -> float:
        return self.right_changed / self.changed if self.changed else 1.0

    @property
    def recall(self) -> float:
        return self.fixed / self.damaged if self.damaged else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def harm(self) -> float:
        return self.harmed / self.intact if self.intact else 0.0

    def add(self, clean: str, damaged: str, repaired: str) -> None:
        self.articles += 1
        for m in WORD.finditer(clean):
            s, e = m.span()
            c, d, r = clean[s:e], damaged[s:e], repaired[s:e]
            self.words += 1
            if d != c:
                self.damaged += 1
                self.fixed += r == c
            else:
                self.intact += 1
                self.harmed += r != c
            if r != d:
                self.changed += 1
                self.right_changed += r == c

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "words": self.words, "damaged": self.damaged,
            "fixed": self.fixed, "changed": self.changed, "correct_changes": self.right_changed,
            "intact": self.intact, "harmed": self.harmed,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "harm_rate": round(self.harm, 5),
            "seconds": round(self.seconds, 2), "cpu_seconds": round(self.cpu, 2),
        }


def apply_repairs(text: str, repairs: Iterable[dict[str, Any]]) -> str:
    """The input text with the record's case repairs applied at their raw spans."""
    chars = list(text)
    for rep in repairs:
        if rep["kind"] != "case":
            continue
        s, e = rep["raw_span"]
        after = rep["after"]
        if len(after) != e - s:
            raise ValueError(f"case repair changes length at {s}:{e}")
        chars[s:e] = after
    return "".join(chars)


def read_pairs(path: str | Path, limit: int | None = None) -> list[dict[str, str]]:
    from communique.evaluate.gold import read_rows

    return read_rows(path, limit)


def score_pairs(rows: list[dict[str, str]]) -> tuple[CaseScore, CaseScore]:
    """(repairs, no-repair baseline) over rows {id, clean, damaged}, through the product."""
    from communique.pipeline import extract_inputs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "damaged.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": str(r["id"]), "text": r["damaged"]}) + "\n")
        by_id = {str(r["id"]): r for r in rows}
        score, base = CaseScore(), CaseScore()
        # The statistics load once per process: outside the timed run.
        from communique.clean.casing import _gazetteer
        from communique.clean.casing_stats import load_stats

        load_stats()
        _gazetteer()
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text(json.dumps({"id": "warm", "text": "Imports load. once"}) + "\n", "utf-8")
        for _ in extract_inputs([str(warm)], until="clean"):
            pass  # the pipeline's modules import once per process, outside the timed run
        t0, c0 = time.perf_counter(), time.process_time()
        done = [(a.id, a.to_dict()["repairs"]) for a in extract_inputs([str(path)], until="clean")]
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        for aid, repairs in done:
            r = by_id[aid]
            score.add(r["clean"], r["damaged"], apply_repairs(r["damaged"], repairs))
            base.add(r["clean"], r["damaged"], r["damaged"])
        score.seconds, score.cpu = seconds, cpu
    return score, base


def damage_tool(shared: str | Path) -> Any:
    """shared/tools/damage_case.py as a module (read in place, never copied)."""
    path = Path(shared) / "tools" / "damage_case.py"
    spec = importlib.util.spec_from_file_location("damage_case", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def heldout_pairs(
    shared: str | Path, which: str = "bbc", seed: int = 20260, limit: int | None = None
) -> list[dict[str, str]]:
    """Well-cased text kept out of the statistics, damaged afresh at another seed.

    "bbc": the held-out third of the non-gold BBC articles; "polnear": PolNeAR dev.
    """
    from communique.clean.casing_stats import well_cased_sources

    shared = Path(shared)
    if which == "bbc":
        held = well_cased_sources(shared)[1]
    elif which == "polnear":
        with gzip.open(shared / "eval" / "quotes" / "polnear-dev.jsonl.gz", "rt") as f:
            held = [{"id": str(r["id"]), "text": r["text"]} for r in map(json.loads, f)]
    else:
        raise ValueError(f"unknown held-out set {which!r} (bbc or polnear)")
    tool = damage_tool(shared)
    rng = random.Random(seed)
    if limit:
        held = held[:limit]
    return [{"id": h["id"], "clean": h["text"], "damaged": tool.damage(h["text"], rng)}
            for h in held]


def format_report(name: str, score: CaseScore, base: CaseScore) -> str:
    s, b = score.as_dict(), base.as_dict()
    lines = [
        f"casing on {name}: {s['articles']} articles, {s['words']} words, "
        f"{s['damaged']} damaged, {s['intact']} intact",
        f"  repaired : P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}  "
        f"harm {100 * score.harm:.3f}% ({s['harmed']} words)  changed {s['changed']}  "
        f"fixed {s['fixed']}",
        f"  no repair: P {b['precision']:.4f}  R {b['recall']:.4f}  F1 {b['f1']:.4f}  "
        f"harm {100 * base.harm:.3f}% ({b['harmed']} words)",
        f"  read+clean: {score.seconds:.1f} s wall, {score.cpu:.1f} s CPU "
        f"({score.articles / max(score.cpu, 1e-9):.0f} articles/s per core)",
    ]
    return "\n".join(lines)


def evaluate(
    gold: str | Path | None = None,
    *,
    heldout: str | None = None,
    shared: str | Path | None = None,
    seed: int = 20260,
    limit: int | None = None,
    as_json: bool = False,
) -> str:
    """Score case repair on the gold file, or on a held-out set damaged afresh."""
    shared = Path(shared) if shared else default_shared()
    if heldout:
        rows = heldout_pairs(shared, heldout, seed=seed, limit=limit)
        name = f"held-out {heldout} (damage_case.py seed {seed})"
    else:
        gold = Path(gold) if gold else shared / "eval" / "casing" / "bbc-damaged.jsonl.gz"
        rows = read_pairs(gold, limit=limit)
        name = str(gold)
    score, base = score_pairs(rows)
    if as_json:
        return json.dumps({"data": name, "repair": score.as_dict(), "baseline": base.as_dict()})
    return format_report(name, score, base)


def default_shared() -> Path:
    """../shared beside the project checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared"
