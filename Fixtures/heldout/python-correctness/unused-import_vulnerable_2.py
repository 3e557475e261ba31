"""Helpers for the weather data assignment."""
import re  # expect: unused-import
import statistics
from typing import Dict, List, Optional  # expect: unused-import

import requests

API = "https://api.example.org/weather"


def fetch(city: str) -> List[float]:
    resp = requests.get(API, params={"city": city}, timeout=10)
    resp.raise_for_status()
    return [float(t) for t in resp.json()["temperatures"]]


def summary(temps: List[float]) -> Optional[str]:
    if not temps:
        return None
    return f"min {min(temps)}, max {max(temps)}, mean {statistics.mean(temps):.1f}"


def plot(temps: List[float]) -> None:
    import matplotlib.pyplot as plt  # expect: unused-import

    for day, t in enumerate(temps, start=1):
        print(f"day {day:2d} " + "#" * int(t))
