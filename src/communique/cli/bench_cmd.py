"""`communique bench ...`: throughput and memory."""

from __future__ import annotations

from communique.cli.app import bench_app  # noqa: F401
