"""Streamlit app: explore the city bike trips dataset."""
import json  # expect: unused-import
import os

import altair as alt
import pandas as pd
import streamlit as st
from datetime import date, timedelta  # expect: unused-import

DATA = os.environ.get("TRIPS_CSV", "trips.csv")


@st.cache_data
def load() -> pd.DataFrame:
    return pd.read_csv(DATA, parse_dates=["started_at"])


trips = load()
start = st.date_input("From", value=trips["started_at"].min().date())
subset = trips[trips["started_at"].dt.date >= start]
chart = alt.Chart(subset).mark_bar().encode(x="hours(started_at):O", y="count()")
st.altair_chart(chart, use_container_width=True)
st.caption(f"{len(subset)} trips since {date.isoformat(start)}")
