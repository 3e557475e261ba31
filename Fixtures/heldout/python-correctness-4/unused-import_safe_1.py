"""Package init of the `bikes` analysis helpers: re-exports the public API."""
from __future__ import annotations

import os.path
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from .loading import load_trips, load_stations
from .plots import hourly_chart

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["load_trips", "load_stations", "hourly_chart", "data_path", "mean_duration"]


@lru_cache(maxsize=None)
def data_path(name: str) -> str:
    return os.path.join(os.path.dirname(__file__), "data", name)


def mean_duration(trips: "pd.DataFrame") -> float:
    return float(np.mean(trips["duration_s"]))
