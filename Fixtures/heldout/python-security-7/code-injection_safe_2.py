"""GraphQL resolvers for the spreadsheet service: formulas parsed, never evaluated as Python."""
import ast
import operator

from ariadne import QueryType

query = QueryType()

OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class CellFormula:
    def __init__(self, text):
        self.tree = ast.parse(text.lstrip("="), mode="eval")

    def value(self, cells):
        return self._walk(self.tree.body, cells)

    def _walk(self, node, cells):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in cells:
            return cells[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
            return OPERATORS[type(node.op)](self._walk(node.left, cells), self._walk(node.right, cells))
        raise ValueError("unsupported formula")


@query.field("preview")
def resolve_preview(_, info, sheetId, formula):
    values = info.context["sheets"].values(sheetId)
    return str(CellFormula(formula).value(values))
