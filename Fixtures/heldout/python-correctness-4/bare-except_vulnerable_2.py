"""Data pipeline step: load nightly order exports into the warehouse."""
import csv
import logging
from pathlib import Path

from warehouse import connect

log = logging.getLogger(__name__)


def load_file(conn, path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [(r["order_id"], r["sku"], int(r["qty"])) for r in csv.DictReader(fh)]
    conn.executemany("INSERT INTO staging_orders VALUES (?, ?, ?)", rows)
    return len(rows)


def run(export_dir: str) -> dict:
    conn = connect()
    loaded, skipped = 0, []
    for path in sorted(Path(export_dir).glob("orders-*.csv")):
        try:
            loaded += load_file(conn, path)
            conn.commit()
        except:  # expect: bare-except
            conn.rollback()
            skipped.append(path.name)
            continue
    log.info("loaded %d rows, skipped %s", loaded, skipped)
    return {"loaded": loaded, "skipped": skipped}
