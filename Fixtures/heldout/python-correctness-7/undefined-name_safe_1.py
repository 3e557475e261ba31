"""Panel dashboard of the bakery's daily orders."""
import pandas as pd
import panel as pn

pn.extension("tabulator")

orders = pd.read_csv("orders.csv", parse_dates=["day"])
product = pn.widgets.Select(name="Product", options=sorted(orders["product"].unique()))


def table(selected):
    rows = orders[orders["product"] == selected]
    return pn.widgets.Tabulator(rows, page_size=PAGE_SIZE)


def totals(selected):
    if (rows := orders[orders["product"] == selected]).empty:
        return pn.pane.Markdown("no orders")
    return pn.indicators.Number(name="Loaves", value=int(rows["quantity"].sum()))


PAGE_SIZE = 20
pn.Column(product, pn.bind(table, product), pn.bind(totals, product)).servable()
