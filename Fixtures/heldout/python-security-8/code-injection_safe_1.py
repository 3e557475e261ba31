"""Spreadsheet-like column formulas for a Textual data viewer."""
import operator

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input

from .sheets import load_rows

OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


class FormulaColumn:
    def __init__(self, header, left, op, right):
        self.header = header
        self.left, self.op, self.right = left, OPERATORS[op], right

    def _operand(self, row, token):
        return float(row[token]) if token in row else float(token)

    def value_for(self, row):
        return self.op(self._operand(row, self.left), self._operand(row, self.right))


class SheetViewer(App):
    def compose(self) -> ComposeResult:
        yield Input(placeholder="name = a op b", id="formula")
        yield DataTable(id="grid")

    def on_mount(self):
        self.rows = load_rows("orders.csv")
        self.columns = []

    def on_input_submitted(self, event: Input.Submitted):
        header, _, formula = event.value.partition("=")
        parts = formula.split()
        if len(parts) != 3 or parts[1] not in OPERATORS:
            self.notify("use: column op column", severity="error")
            return
        self.columns.append(FormulaColumn(header.strip(), *parts))
        self.refresh_grid()

    def refresh_grid(self):
        grid = self.query_one("#grid", DataTable)
        grid.clear(columns=True)
        grid.add_columns("id", *[c.header for c in self.columns])
        for row in self.rows:
            grid.add_row(row["id"], *[c.value_for(row) for c in self.columns])
