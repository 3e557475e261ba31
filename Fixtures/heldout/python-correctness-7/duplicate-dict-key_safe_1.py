"""Plotly dashboard figure for the solar farm's daily output."""
import plotly.graph_objects as go

BASE_LAYOUT = {
    "title": "Daily output",
    "height": 420,
    "template": "plotly_white",
    "legend": {"orientation": "h"},
}
COMPACT_LAYOUT = {**BASE_LAYOUT, "height": 360}


def output_figure(days, kwh, forecast, compact=False):
    figure = go.Figure(layout=COMPACT_LAYOUT if compact else BASE_LAYOUT)
    figure.add_trace(go.Bar(x=days, y=kwh, name="measured"))
    figure.add_trace(go.Scatter(x=days, y=forecast, name="forecast", line={"dash": "dot", "width": 2}))
    return figure
