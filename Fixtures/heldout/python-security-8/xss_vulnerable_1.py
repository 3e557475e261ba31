"""Dash dashboard showing support tickets customers filed."""
import dash
from dash import Input, Output, dcc, html

from .tickets import recent_tickets

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(id="queue", options=["billing", "shipping", "returns"], value="billing"),
    html.Div(id="tickets"),
])


def ticket_markdown(ticket):
    lines = [f"### {ticket.subject}", f"<span class='who'>{ticket.customer_name}</span>", "", ticket.body]
    return "\n".join(lines)


@app.callback(Output("tickets", "children"), Input("queue", "value"))
def show_tickets(queue):
    cards = []
    for ticket in recent_tickets(queue):
        cards.append(dcc.Markdown(ticket_markdown(ticket), dangerously_allow_html=True))  # expect: xss
    return cards


if __name__ == "__main__":
    app.run(debug=False)
