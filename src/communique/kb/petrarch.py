"""Import PETRARCH/TABARI actor dictionaries into a user knowledge-base file.

The dictionary format (as in the Phoenix `*.actors.txt` files): one entry per primary
phrase with words joined by underscores, optionally followed by one or more bracketed codes;
synonym lines start with "+"; further lines starting with "[" add codes to the current
entry. A code may carry a date restriction: `[RUSGOV 000511-120507]` (between),
`[RUSGOV >120507]` (from), `[RUSGOV <000511]` (until). Dates are YYMMDD or YYYYMMDD. `#`
starts a comment, as does an XML-style `<!-- ... -->` on one line.

    VLADIMIR_PUTIN_ [RUSGOV 000511-080507]
    +PUTIN_
    [RUSGOV >120507]

CAMEO actor codes are read in three-letter parts: a country (ISO alpha-3 or a CAMEO country
code) or a transnational part (IGO, NGO, IMG, MNC), then role parts (GOV, MIL, ...):
RUSGOV -> RUS/GOV, USAMIL -> USA/MIL, IGOUNO -> international/IGO.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from communique.kb.base import KnowledgeBase

# The first part of a code when the actor is not a state's (CAMEO "transnational" codes).
TRANSNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS", "UIS": None}
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "IGO", "NGO", "MED",
    "EDU", "BUS", "CRM", "CVL", "HLH", "REF", "LAB", "AGR", "ELI", "ENV", "HRI", "REL",
    "UAF", "IMG", "MNC", "SET", "MOD", "RAD", "INS", "IRC", "DEV",
}  # fmt: skip
_CODE = re.compile(r"\[([^\]]*)\]")
_COMMENT = re.compile(r"<!--.*?-->|#.*$")


@dataclass
class DictEntry:
    """One actor entry: its phrases (primary first) and its codes with date ranges."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


@dataclass
class ImportReport:
    path: str
    out: str
    entries: int = 0
    people: int = 0
    organisations: int = 0
    countries: int = 0
    skipped: int = 0
    written: int = 0
    notes: list[str] = field(default_factory=list)


def _yymmdd(s: str) -> date | None:
    s = s.strip()
    if not s.isdigit():
        return None
    try:
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if len(s) == 6:
            yy = int(s[:2])
            # TABARI-era two-digit years: 50-99 are 1900s, 00-49 are 2000s.
            return date((1900 if yy >= 50 else 2000) + yy, int(s[2:4]), int(s[4:]))
    except ValueError:
        return None
    return None


def parse_code(cell: str) -> tuple[str, date | None, date | None] | None:
    """`RUSGOV 000511-120507` / `RUSGOV >120507` / `RUSGOV <000511` / `RUSGOV`."""
    parts = cell.split()
    if not parts:
        return None
    code = parts[0].strip().upper()
    if code.startswith("~") or not re.fullmatch(r"[A-Z0-9-]{3,}", code):
        return None  # agent codes ("~GOV") and other dictionaries' syntax
    start = end = None
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = _yymmdd(rng[1:])
        elif rng.startswith("<"):
            end = _yymmdd(rng[1:])
        elif "-" in rng:
            a, _, b = rng.partition("-")
            start, end = _yymmdd(a), _yymmdd(b)
    return code, start, end


def _phrases(raw: str) -> list[str]:
    """`VLADIMIR_PUTIN_` -> ["Vladimir Putin"]. The dictionaries are upper case, so a single
    word may be a name or an acronym: it is kept in both forms ("UN"/"Un", "BUSH"/"Bush")
    since single words match only as written."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    if not words:
        return []
    titled = " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in words)
    if len(words) == 1 and words[0].upper() != titled:
        return [titled, words[0].upper()]
    return [titled]


def parse_actor_dictionary(text: str) -> list[DictEntry]:
    entries: list[DictEntry] = []
    current: DictEntry | None = None
    for line in text.splitlines():
        line = _COMMENT.sub("", line).rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        codes = [c for c in (parse_code(m) for m in _CODE.findall(stripped)) if c]
        head = _CODE.sub("", stripped).strip()
        if stripped.startswith("["):
            if current is not None:
                current.codes += codes
            continue
        if stripped.startswith("+"):
            if current is not None:
                current.names += _phrases(head[1:])
                current.codes += codes
            continue
        names = _phrases(head)
        if not names:
            continue
        current = DictEntry(names=names, codes=list(codes))
        entries.append(current)
    return entries


def split_code(code: str, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """A CAMEO actor code -> (ISO alpha-3 or None, sector or None)."""
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not parts:
        return None, None
    first, rest = parts[0], parts[1:]
    if first in TRANSNATIONAL:
        return None, TRANSNATIONAL[first]
    country = None if first == "---" else kb.cameo_country(first)
    sector = next((p for p in rest if p in SECTORS), None)
    if sector == "IMG":
        sector = "REB"
    return country, sector


def entry_records(e: DictEntry, kb: KnowledgeBase, kind: str = "auto") -> list[dict[str, Any]]:
    """Our KB records (JSON-able dicts with a "record" type) for one dictionary entry."""
    if not e.names or not e.codes:
        return []
    name, aliases = e.names[0], list(dict.fromkeys(e.names[1:]))
    dated = any(s or t for _, s, t in e.codes)
    out: list[dict[str, Any]] = []
    for code, start, end in e.codes:
        country, sector = split_code(code, kb)
        is_trans = code[:3] in TRANSNATIONAL
        k = kind
        if k == "auto":
            if sector is None and country is not None and not is_trans:
                k = "country"
            elif is_trans and not dated:
                k = "organisation"
            else:
                k = "person"
        if k == "country":
            if country is None:
                continue
            out.append({"record": "country", "code": country, "aliases": [name, *aliases]})
        elif k == "organisation":
            out.append({"record": "organisation", "name": name, "aliases": aliases,
                        "sector": sector or "IGO", "country": country, "kind": code})  # fmt: skip
        else:
            out.append({
                "record": "person", "name": name, "aliases": aliases, "country": country,
                "sector": sector or "GOV", "role": f"CAMEO {code}",
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
            })  # fmt: skip
    return out


def default_import_path(settings: Any = None) -> Path:
    """settings `[kb] import_path`, else $XDG_CONFIG_HOME/communique/kb/actors.jsonl."""
    got = settings.get("kb.import_path") if settings is not None else None
    if got:
        return Path(str(got)).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "communique" / "kb" / "actors.jsonl"


def _existing(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [ln for ln in path.read_text("utf-8").splitlines() if ln.strip()]


def import_actor_dictionary(
    path: str | Path,
    out: str | Path | None = None,
    settings: Any = None,
    kind: str = "auto",
) -> ImportReport:
    """Read a PETRARCH/CAMEO actor dictionary and add its actors to a JSON-lines KB file
    (merged with what the file already holds, duplicates dropped)."""
    if kind not in {"auto", "person", "organisation", "country"}:
        raise ValueError(f"kind must be auto, person, organisation or country, not {kind!r}")
    src = Path(path)
    dest = Path(out).expanduser() if out else default_import_path(settings)
    kb = KnowledgeBase.load()
    text = src.read_text("utf-8", errors="replace")
    entries = parse_actor_dictionary(text)
    report = ImportReport(path=str(src), out=str(dest), entries=len(entries))
    lines = _existing(dest)
    seen = set(lines)
    for e in entries:
        recs = entry_records(e, kb, kind)
        if not recs:
            report.skipped += 1
        for r in recs:
            if r["record"] == "organisation":
                r["kind"] = f"CAMEO {r['kind']} (from {src.name})"
            line = json.dumps(r, ensure_ascii=False, sort_keys=True)
            if line in seen:
                continue
            seen.add(line)
            lines.append(line)
            report.written += 1
            if r["record"] == "person":
                report.people += 1
            elif r["record"] == "organisation":
                report.organisations += 1
            else:
                report.countries += 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".tmp")
    tmp.write_text("".join(ln + "\n" for ln in lines), "utf-8")
    tmp.replace(dest)
    return report


def records_from(lines: Iterable[str]) -> list[dict[str, Any]]:
    """Parse JSON-lines KB records (for tests and tools)."""
    return [json.loads(ln) for ln in lines if ln.strip()]
