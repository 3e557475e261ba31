"""Plotly dashboard figure for the solar farm's daily output."""
import plotly.graph_objects as go

LAYOUT = {
    "title": "Daily output",
    "height": 420,
    "template": "plotly_white",
    "legend": {"orientation": "h"},
    "height": 360,  # expect: duplicate-dict-key
}


def output_figure(days, kwh, forecast):
    figure = go.Figure(layout=LAYOUT)
    figure.add_trace(go.Bar(x=days, y=kwh, name="measured"))
    figure.add_trace(go.Scatter(x=days, y=forecast, name="forecast", line={"dash": "dot", "width": 2, "dash": "dash"}))  # expect: duplicate-dict-key
    return figure
