"""Plotly Dash layout for a wind-farm availability report."""
from dash import Dash, Input, Output, dcc, html

from windfarm.data import availability_frame

CARD_STYLE = {
    "padding": "12px",
    "borderRadius": "6px",
    "backgroundColor": "#f7f9fb",
    "padding": "16px",  # expect: duplicate-dict-key
}

app = Dash(__name__)
app.layout = html.Div(
    [
        dcc.Dropdown(id="turbine", options=["T01", "T02", "T03"], value="T01"),
        dcc.Graph(id="availability"),
    ],
    style=CARD_STYLE,
)


@app.callback(Output("availability", "figure"), Input("turbine", "value"))
def update(turbine):
    frame = availability_frame(turbine)
    return {
        "data": [{"x": frame["day"], "y": frame["pct"], "type": "bar"}],
        "layout": {"title": f"Availability of {turbine}", "yaxis": {"range": [0, 100]}, "title": "Availability"},  # expect: duplicate-dict-key
    }
