"""Repair: encoding, dropped lines, header fields and letter case, with an offset map."""

from communique.clean.clean import CleanContext, clean_article

__all__ = ["CleanContext", "clean_article"]
