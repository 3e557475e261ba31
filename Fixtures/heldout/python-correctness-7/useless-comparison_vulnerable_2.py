"""Polars checks in the ETL job that loads card transactions."""
import polars as pl


def load(path):
    frame = pl.read_parquet(path)
    frame.height > 0  # expect: useless-comparison
    frame.schema["amount"] == pl.Decimal  # expect: useless-comparison
    return frame.with_columns(pl.col("amount").cast(pl.Float64))
