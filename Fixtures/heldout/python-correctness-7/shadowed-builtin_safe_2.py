"""Altair charts of the support queue for the weekly review."""
import altair as alt
import pandas as pd


def queue_chart(tickets: pd.DataFrame):
    bars = alt.Chart(tickets).mark_bar()
    return bars.encode(x="week:O", y="count():Q", color="priority:N")


def response_chart(tickets: pd.DataFrame):
    encoding = {"x": "agent:N", "y": "mean(first_response_hours):Q"}
    return alt.Chart(tickets).mark_bar().encode(**encoding)
