"""`communique bench read` and `communique eval html` on small hand-made inputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from communique.cli import app

FIXTURE = Path(__file__).parent / "fixtures" / "article_meta.html"


def test_bench_read_prints_rates_and_rss(tmp_path: Path) -> None:
    p = tmp_path / "rows.jsonl.gz"
    rows = [{"id": str(i), "text": f"Story {i}. Officials met on Monday."} for i in range(30)]
    p.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    result = CliRunner().invoke(app, ["bench", "read", str(p)])
    assert result.exit_code == 0, result.output
    assert "articles: 30" in result.stdout
    assert "articles/CPU-s" in result.stdout and "peak RSS:" in result.stdout


def test_eval_html_prints_both_systems(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    html = FIXTURE.read_text("utf-8")
    expected = (
        "Envoys from the two countries agreed on Friday to extend the grain corridor for "
        "another four months, officials said after talks that ran late into the night."
    )
    gold.write_text(json.dumps({"id": "g1", "html": html, "text": expected}) + "\n", "utf-8")
    result = CliRunner().invoke(app, ["eval", "html", str(gold)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    ours = next(x for x in lines if "communique  " in x and "gold.jsonl" in x)
    assert ours.split()[-2] == "1.000"  # recall: the expected paragraph is all there
    assert any("trafilatura" in x for x in lines)
