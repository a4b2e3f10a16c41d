"""Near-duplicate detection: MinHash over word shingles, banded for lookup in the database.

A syndicated copy of an article (same story, other header, trimmed or re-cased) shares most
of its 5-word shingles with the first copy. Signatures are 64 permutations of 32-bit hashes;
16 bands of 4 rows find pairs from about 0.5 Jaccard, and the stored signatures then confirm
a pair at `threshold` (estimated Jaccard).
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _proto() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7)


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    # Lower-cased words only, so case repair and punctuation differences do not matter.
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return [" ".join(words).encode("utf-8")] if words else []
    return list({" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)})


def signature(text: str) -> bytes | None:
    """The MinHash signature as 256 bytes (64 x uint32), or None for a text with no words."""
    sh = shingles(text)
    if not sh:
        return None
    proto = _proto()
    m = MinHash(num_perm=NUM_PERM, seed=7, permutations=proto.permutations, scheme=proto.scheme)
    m.update_batch(sh)
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (SQLite INTEGER range)."""
    keys = []
    step = ROWS * 4
    for b in range(BANDS):
        h = hashlib.blake2b(sig[b * step : (b + 1) * step], digest_size=8, person=b"band%04d" % b)
        keys.append(int.from_bytes(h.digest(), "little", signed=True))
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    x = np.frombuffer(a, dtype=np.uint32)
    y = np.frombuffer(b, dtype=np.uint32)
    if x.shape != y.shape:
        return 0.0
    return float(np.mean(x == y))
