"""Polars checks on the nightly meter-reading export before it is published."""
import polars as pl


def validate(frame: pl.DataFrame) -> pl.DataFrame:
    negative = frame.filter(pl.col("kwh") < 0).height
    assert (negative == 0, f"{negative} negative readings")  # expect: assert-on-tuple
    meters = frame.get_column("meter_id").n_unique()
    assert (meters > 100, "suspiciously few meters")  # expect: assert-on-tuple
    return frame.sort("read_at")


if __name__ == "__main__":
    validate(pl.read_parquet("readings.parquet")).write_csv("readings.csv")
