"""Polars weekly sales summary as a function with a main block."""
import datetime
import sys

import polars as pl


def weekly_summary(path):
    sales = pl.read_csv(path, try_parse_dates=True)
    if sales.is_empty():
        return None
    today = datetime.date.today()
    return (
        sales.filter(pl.col("day") >= today - datetime.timedelta(days=7))
        .group_by("store")
        .agg(pl.col("amount").sum().alias("total"))
    )


if __name__ == "__main__":
    weekly = weekly_summary("sales.csv")
    if weekly is None:
        sys.exit("no sales")
    weekly.write_csv("weekly.csv")
