"""Polars checks in the ETL job that loads card transactions."""
import polars as pl


def load(path):
    frame = pl.read_parquet(path)
    if frame.height == 0:
        raise ValueError(f"{path} is empty")
    assert frame.schema["amount"] == pl.Decimal, frame.schema["amount"]
    return frame.with_columns(pl.col("amount").cast(pl.Float64))
