"""Spreadsheet-like column formulas for a Textual data viewer."""
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input

from .sheets import load_rows


class FormulaColumn:
    def __init__(self, header, formula):
        self.header = header
        self.formula = formula

    def value_for(self, row):
        scope = {"row": row, "round": round}
        return eval(self.formula, {"__builtins__": {}}, scope)  # expect: code-injection


class SheetViewer(App):
    def compose(self) -> ComposeResult:
        yield Input(placeholder="name = expression", id="formula")
        yield DataTable(id="grid")

    def on_mount(self):
        self.rows = load_rows("orders.csv")
        self.columns = []

    def on_input_submitted(self, event: Input.Submitted):
        header, _, formula = event.value.partition("=")
        self.columns.append(FormulaColumn(header.strip(), formula.strip()))
        self.refresh_grid()

    def refresh_grid(self):
        grid = self.query_one("#grid", DataTable)
        grid.clear(columns=True)
        grid.add_columns("id", *[c.header for c in self.columns])
        for row in self.rows:
            grid.add_row(row["id"], *[c.value_for(row) for c in self.columns])
