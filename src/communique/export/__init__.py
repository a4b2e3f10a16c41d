"""Exports of a communique database; the columns are documented in docs/formats.md.

    export(db, "jsonl", out)    one record per line, the output contract of DESIGN.md
    export(db, "csv", out)      a folder of CSV tables (articles.csv, quotes.csv, ...)
    export(db, "parquet", out)  the same tables as Parquet files (pyarrow, typed columns)
    export(db, "gdelt", out)    events in the GDELT 2.0 event table layout (61 columns, TSV)
    export(db, "polecat", out)  events in the POLECAT/PLOVER layout, one JSON object a line
"""

from __future__ import annotations

from communique.export.run import FORMATS, ExportResult, export

__all__ = ["FORMATS", "ExportResult", "export"]
