"""Readers: files, directories, globs, gzip and stdin in; Articles with raw text out."""

from communique.ingest.problems import Problem, ReadReport
from communique.ingest.read import read_inputs

__all__ = ["Problem", "ReadReport", "read_inputs"]
