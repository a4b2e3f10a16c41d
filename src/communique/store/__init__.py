"""The only module that speaks SQL: schema and migrations, the batch writer, read helpers.

    from communique.store import Store, connect, reader
    with Store("communique.db") as st: st.write_batch(run_id, [art.to_dict() ...])
    conn = connect("communique.db", readonly=True); reader.quotes(conn, country="CHN")
"""

from communique.store import reader
from communique.store.db import StoreError, connect
from communique.store.writer import BatchResult, RunError, Store

__all__ = ["BatchResult", "RunError", "Store", "StoreError", "connect", "reader"]
