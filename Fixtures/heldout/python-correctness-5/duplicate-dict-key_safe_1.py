"""Plotly Dash layout for a solar-park yield report."""
from dash import Dash, Input, Output, dcc, html

from solarpark.data import yield_frame

BASE_STYLE = {"padding": "12px", "borderRadius": "6px"}
CARD_STYLE = {**BASE_STYLE, "padding": "16px", "backgroundColor": "#fffbea"}

app = Dash(__name__)
app.layout = html.Div(
    [dcc.Dropdown(id="array", options=["A", "B"], value="A"), dcc.Graph(id="yield")],
    style=CARD_STYLE,
)


@app.callback(Output("yield", "figure"), Input("array", "value"))
def update(array):
    frame = yield_frame(array)
    layout = {"title": f"Yield of array {array}", "yaxis": {"title": "kWh"}}
    layout["title"] = f"Daily yield, array {array}"
    return {"data": [{"x": frame["day"], "y": frame["kwh"], "type": "line"}], "layout": layout}
