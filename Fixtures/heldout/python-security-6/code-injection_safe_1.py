"""Django Ninja endpoints for the pricing sandbox: formulas parsed, never evaluated."""
import ast
import operator

from ninja import NinjaAPI, Schema
from ninja.errors import HttpError

api = NinjaAPI(urls_namespace="pricing")

BASE_PRICES = {"basic": 9.0, "team": 29.0, "enterprise": 99.0}
OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class FormulaIn(Schema):
    plan: str
    formula: str
    seats: int = 1


def _evaluate(node, names):
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        return OPERATORS[type(node.op)](_evaluate(node.left, names), _evaluate(node.right, names))
    raise HttpError(400, "unsupported formula")


@api.post("/pricing/preview")
def preview(request, payload: FormulaIn):
    price = BASE_PRICES.get(payload.plan, 0.0)
    tree = ast.parse(payload.formula or "price", mode="eval")
    total = _evaluate(tree, {"price": price}) * payload.seats
    return {"plan": payload.plan, "total": round(total, 2)}
