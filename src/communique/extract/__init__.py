"""Extractors: pure functions of a parsed Article returning small typed records."""
