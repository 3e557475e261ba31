"""Dash dashboard showing support tickets customers filed."""
import dash
from dash import Input, Output, dcc, html

from .tickets import recent_tickets

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(id="queue", options=["billing", "shipping", "returns"], value="billing"),
    html.Div(id="tickets"),
])


def ticket_card(ticket):
    return html.Article([
        html.H3(ticket.subject),
        html.Span(ticket.customer_name, className="who"),
        html.P(ticket.body),
    ])


@app.callback(Output("tickets", "children"), Input("queue", "value"))
def show_tickets(queue):
    return [ticket_card(ticket) for ticket in recent_tickets(queue)]


if __name__ == "__main__":
    app.run(debug=False)
