"""Actor coding on CAMEO-manual sentences: does the entity at the gold actor text carry the
gold country?

Each sentence goes through the product (`extract_inputs` on JSON lines {id, text}). For each
gold source/target actor, the actor text's first occurrence in the sentence is located (as
written, else ignoring case); the entities with a mention overlapping it are candidates, and
the one whose mention ends last (the head of an English noun phrase comes last: "Israeli
Prime Minister Netanyahu") among those carrying a code is the one scored.

Counting: a gold code that `kb.cameo_country` maps to an ISO country is a *country actor*;
the headline figure is the share of country actors whose entity has that ISO code (no entity
found counts as a miss). Other codes (IGO, NGO, and group codes such as IMG/ISM) are *non-
country actors*, reported apart: a hit when the entity has no country and its sector equals
the code (IGO, NGO), or, for other group codes, when it has no country. Actor texts absent
from the sentence are listed and left out of both figures.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.settings import Settings


@dataclass
class ActorReport:
    country_total: int = 0
    country_hits: int = 0
    other_total: int = 0
    other_hits: int = 0
    absent: int = 0
    found: int = 0  # country actors where some entity was found at the text
    misses: list[dict[str, Any]] = field(default_factory=list)
    misses_path: str | None = None

    def lines(self) -> list[str]:
        c = self.country_hits / self.country_total if self.country_total else 0.0
        o = self.other_hits / self.other_total if self.other_total else 0.0
        f = self.found / self.country_total if self.country_total else 0.0
        out = [
            f"country actors: {self.country_hits}/{self.country_total} = {c:.3f} coded with the "
            f"gold country (an entity found at the text for {f:.3f})",
            f"non-country actors (IGO/NGO/...): {self.other_hits}/{self.other_total} = {o:.3f}",
            f"actor texts not found in their sentence (left out): {self.absent}",
        ]
        if self.misses_path:
            out.append(f"misses: {len(self.misses)} written to {self.misses_path}")
        return out


def _rows(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _actors(row: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for side in ("source", "target"):
        got = row.get(side) or []
        if isinstance(got, dict):
            got = [got]
        out += [(side, a) for a in got if isinstance(a, dict) and a.get("actorText")]
    return out


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle)
    if i < 0:
        i = text.lower().find(needle.lower())
    return (i, i + len(needle)) if i >= 0 else None


def pick_entity(record: dict[str, Any], span: tuple[int, int]) -> dict[str, Any] | None:
    """The entity that stands for the actor at raw `span`: of those with a mention overlapping
    it, the one whose mention ends last, preferring entities that carry a code."""
    s, e = span
    cands: list[tuple[int, bool, dict[str, Any]]] = []
    for ent in record.get("entities", []):
        ends = [
            m["raw_span"][1]
            for m in ent["mentions"]
            if m["raw_span"][0] < e and s < m["raw_span"][1]
        ]
        if ends:
            coded = bool(ent.get("country") or ent.get("sector"))
            cands.append((max(ends), coded, ent))
    if not cands:
        return None
    cands.sort(key=lambda c: (c[1], c[0]), reverse=True)
    return cands[0][2]


def evaluate_actors(
    path: str | Path, *, misses_path: str | Path | None = None, settings: Settings | None = None
) -> ActorReport:
    from communique.kb import KnowledgeBase
    from communique.pipeline import extract_inputs

    settings = settings or Settings()
    kb = KnowledgeBase.load(settings)
    rows = _rows(path)
    with tempfile.TemporaryDirectory() as tmp:
        tmpfile = Path(tmp) / "sentences.jsonl"
        with open(tmpfile, "w", encoding="utf-8") as f:
            # Rows are keyed by position: the gold file repeats some ids.
            for n, r in enumerate(rows):
                f.write(json.dumps({"id": str(n), "text": r["text"]}, ensure_ascii=False) + "\n")
        records = {
            a.id: a.to_dict()
            for a in extract_inputs([str(tmpfile)], settings=settings, input_format="jsonl")
        }
    rep = ActorReport(misses_path=str(misses_path) if misses_path else None)
    for n, row in enumerate(rows):
        rec = records.get(str(n), {"entities": []})
        for side, actor in _actors(row):
            code = str(actor.get("code") or "").upper()
            iso = kb.cameo_country(code) if code else None
            span = _locate(row["text"], actor["actorText"])
            if span is None:
                rep.absent += 1
                continue
            ent = pick_entity(rec, span)
            if iso is not None:
                rep.country_total += 1
                rep.found += ent is not None
                hit = ent is not None and ent.get("country") == iso
                rep.country_hits += hit
            else:
                rep.other_total += 1
                hit = (
                    ent is not None
                    and not ent.get("country")
                    and (code not in {"IGO", "NGO"} or ent.get("sector") == code)
                )
                rep.other_hits += hit
            if not hit:
                rep.misses.append(
                    {
                        "id": row["id"],
                        "side": side,
                        "actorText": actor["actorText"],
                        "gold": code,
                        "gold_iso": iso,
                        "text": row["text"],
                        "got": None
                        if ent is None
                        else {
                            k: ent.get(k) for k in ("name", "type", "country", "sector", "roles")
                        },
                    }
                )
    if misses_path:
        with open(misses_path, "w", encoding="utf-8") as f:
            for m in rep.misses:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return rep
