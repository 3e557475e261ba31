"""Nightly ETL: pull yesterday's events, aggregate, write a Markdown report."""
import datetime as dt
import logging
from pathlib import Path

import pandas as pd

log = logging.getLogger("etl.daily")
HEADER = "| {0} | {1} | {2} |"


def extract(source: Path, day: dt.date) -> pd.DataFrame:
    frame = pd.read_parquet(source / f"events-{day:%Y%m%d}.parquet")
    log.info("extracted %d events from parquet", len(frame))
    return frame


def load(summary: pd.DataFrame, out: Path, day: dt.date, width: int = 40) -> None:
    lines = [f"# Events on {day.isoformat()}", f"{'=' * width}", ""]
    lines.append(HEADER.format("event", "count", "users"))
    lines.append(f"| --- | ---: | ---: | {{total: {len(summary)}}}")
    for event, row in summary.iterrows():
        lines.append(f"| {event!r} | {row['count']:>{width // 4}} | {row['users']} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info(
        "report written to "
        f"{out} ({len(lines)} lines)"
    )
