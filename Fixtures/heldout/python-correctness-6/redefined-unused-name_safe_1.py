"""Kedro nodes of the demand-forecast pipeline."""
import numpy as np
import pandas as pd
from kedro.pipeline import Pipeline, node

try:
    import pyarrow as arrow
except ImportError:
    arrow = None


def clean_sales(raw: pd.DataFrame) -> pd.DataFrame:
    frame = raw.dropna(subset=["sku", "qty"])
    frame["qty"] = frame["qty"].clip(lower=0)
    return frame


def add_features(sales: pd.DataFrame) -> pd.DataFrame:
    sales = sales.copy()
    sales["log_qty"] = np.log1p(sales["qty"])
    sales.attrs["engine"] = "arrow" if arrow else "numpy"
    return sales


def create_pipeline(**kwargs) -> Pipeline:
    return Pipeline([
        node(clean_sales, "raw_sales", "clean_sales", name="clean"),
        node(add_features, "clean_sales", "features", name="features"),
    ])
