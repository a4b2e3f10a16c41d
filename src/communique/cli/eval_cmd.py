"""`communique eval ...`: figures on gold data."""

from __future__ import annotations

from communique.cli.app import eval_app  # noqa: F401
