"""Nightly ETL: pull yesterday's events, aggregate, write a Markdown report."""
import datetime as dt
import logging
from pathlib import Path

import pandas as pd

log = logging.getLogger("etl.daily")


def extract(source: Path, day: dt.date) -> pd.DataFrame:
    frame = pd.read_parquet(source / f"events-{day:%Y%m%d}.parquet")
    log.info(f"extracted events from parquet")  # expect: fstring-without-placeholders
    return frame


def transform(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        raise ValueError(f"no events for the day; is the collector down?")  # expect: fstring-without-placeholders
    return frame.groupby("event_type").agg(count=("user_id", "size"), users=("user_id", "nunique"))


def load(summary: pd.DataFrame, out: Path, day: dt.date) -> None:
    lines = [f"# Events on {day.isoformat()}", ""]
    lines.append(f"| event | count | users |")  # expect: fstring-without-placeholders
    lines.append("| --- | ---: | ---: |")
    for event, row in summary.iterrows():
        lines.append(f"| {event} | {row['count']} | {row['users']} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(source: Path, out: Path) -> None:
    day = dt.date.today() - dt.timedelta(days=1)
    load(transform(extract(source, day)), out, day)
