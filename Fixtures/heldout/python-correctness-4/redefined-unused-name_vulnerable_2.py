"""Streamlit dashboard of the solar inverter's output."""
import datetime as dt
from datetime import datetime

import pandas as pd
import streamlit as st
from pandas import DataFrame
from datetime import datetime  # expect: redefined-unused-name

from inverter import fetch_samples


def to_frame(samples: list[dict]) -> DataFrame:
    frame = pd.DataFrame(samples)
    frame["ts"] = frame["ts"].map(datetime.fromtimestamp)
    return frame.set_index("ts")


def daily_energy(frame: DataFrame) -> float:
    return float(frame["watts"].sum()) / 60_000


def daily_energy(frame: DataFrame) -> float:  # expect: redefined-unused-name
    return float(frame["watts"].resample("1min").mean().sum()) / 60_000


st.title("Rooftop solar")
day = st.date_input("Day", value=dt.date.today())
data = to_frame(fetch_samples(day))
st.metric("Energy (kWh)", f"{daily_energy(data):.2f}")
st.area_chart(data["watts"])
