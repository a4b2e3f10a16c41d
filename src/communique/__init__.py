"""communique: raw news in, a clean structured record of international relations out."""

__version__ = "0.1.0"
