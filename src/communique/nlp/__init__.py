"""The NLP stage: the spaCy pipeline, loaded once per process, parsing paragraph by paragraph."""

from communique.nlp.analyzer import Analyzer, load_model

__all__ = ["Analyzer", "load_model"]
