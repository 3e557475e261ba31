"""Polars notebook cell exported as a script: weekly sales summary."""
import datetime

import polars as pl

sales = pl.read_csv("sales.csv", try_parse_dates=True)
today = datetime.date.today()

if sales.is_empty():
    return None  # expect: return-outside-function

weekly = (
    sales.filter(pl.col("day") >= today - datetime.timedelta(days=7))
    .group_by("store")
    .agg(pl.col("amount").sum().alias("total"))
)
weekly.write_csv("weekly.csv")
