"""Panel dashboard of the bakery's daily orders."""
import pandas as pd
import panel as pn

pn.extension("tabulator")

orders = pd.read_csv("orders.csv", parse_dates=["day"])
product = pn.widgets.Select(name="Product", options=sorted(orders["product"].unique()))


def table(selected):
    rows = orders[orders["product"] == selected]
    return pn.widgets.Tabulator(rows, page_size=PAGE_SIZE)  # expect: undefined-name


def totals(selected):
    rows = orders[orders["product"] == selected]
    return pn.indicators.Number(name=f"Loaves ({len(rows)} orders)", value=int(row["quantity"].sum()))  # expect: undefined-name


pn.Column(product, pn.bind(table, product), pn.bind(totals, product)).servable()
