"""Polars checks on the nightly meter-reading export; failures raise a dedicated error."""
import polars as pl


class ExportError(ValueError):
    pass


def validate(frame: pl.DataFrame) -> pl.DataFrame:
    negative = frame.filter(pl.col("kwh") < 0).height
    if negative:
        raise ExportError(f"{negative} negative readings")
    meters = frame.get_column("meter_id").n_unique()
    assert meters > 100, ("suspiciously few meters", meters)
    return frame.sort("read_at")


if __name__ == "__main__":
    validate(pl.read_parquet("readings.parquet")).write_csv("readings.csv")
