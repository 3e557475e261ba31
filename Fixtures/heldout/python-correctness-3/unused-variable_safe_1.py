import logging
import sqlite3

log = logging.getLogger(__name__)


def import_scores(db_path, rows):
    conn = sqlite3.connect(db_path)
    inserted = 0
    skipped = 0
    try:
        with conn:
            for name, score in rows:
                try:
                    conn.execute("INSERT INTO scores(name, score) VALUES (?, ?)", (name, int(score)))
                    inserted += 1
                except ValueError as err:
                    log.warning("bad score for %s: %s", name, err)
                    skipped += 1
    finally:
        conn.close()
    summary = {"inserted": inserted, "skipped": skipped}
    return summary


def split_name(full):
    first, _, last = full.partition(" ")
    return last, first
