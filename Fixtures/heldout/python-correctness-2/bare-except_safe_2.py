import sqlite3
import time


def run_with_retry(conn, sql, params=(), attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            cur = conn.execute(sql, params)
            conn.commit()
            return cur.rowcount
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts:
                raise
            time.sleep(0.2 * attempt)
    return -1


def worker(conn, jobs):
    done = 0
    for job in jobs:
        try:
            done += run_with_retry(conn, job)
        except Exception as exc:  # noqa: BLE001 - keep the worker alive, report the job
            print(f"job failed: {job!r}: {exc}")
    return done
