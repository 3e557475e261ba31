"""Altair charts of the support queue for the weekly review."""
import altair as alt
import pandas as pd


def queue_chart(tickets: pd.DataFrame):
    type = alt.Chart(tickets).mark_bar()  # expect: shadowed-builtin
    return type.encode(x="week:O", y="count():Q", color="priority:N")


def response_chart(tickets: pd.DataFrame):
    vars = {"x": "agent:N", "y": "mean(first_response_hours):Q"}  # expect: shadowed-builtin
    return alt.Chart(tickets).mark_bar().encode(**vars)
