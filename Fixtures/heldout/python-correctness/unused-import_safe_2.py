"""Tiny CLI around the attendance database."""
import argparse
import functools
import logging
import sqlite3 as sql
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class Options:
    db: Path = Path("attendance.db")
    courses: list = field(default_factory=list)


@functools.lru_cache(maxsize=None)
def connect(db: Path) -> sql.Connection:
    return sql.connect(db)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Options.db)
    args = parser.parse_args(argv)
    rows = connect(args.db).execute("SELECT course, COUNT(*) FROM attendance GROUP BY course").fetchall()
    for course, count in rows:
        log.info("%s: %d", course, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
