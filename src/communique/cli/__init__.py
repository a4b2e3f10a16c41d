"""The `communique` command. Each command parses its arguments and calls one library function."""

from __future__ import annotations

from communique.cli.app import app
from communique.cli import bench_cmd, eval_cmd, extract_cmd  # noqa: F401  (registers commands)


def main() -> None:
    app()
