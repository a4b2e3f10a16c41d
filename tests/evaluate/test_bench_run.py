"""`bench run` on the shipped JSON-lines sample: every figure is there and consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate.bench_store import bench_run

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "jsonl" / "08-wire.jsonl"


@pytest.mark.slow
def test_bench_run_interleaves_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    out = bench_run(n=6, corpus=SAMPLE, workers=1, rounds=2)
    printed = capsys.readouterr().out
    assert printed.count("round ") == 2
    assert "ratio to nlp.pipe" in printed
    assert out["ratio_1"] > 0 and out["ratio_1_cpu"] > 0
    assert out["rss_gb"] > 0  # of the test process, which holds more than a run
