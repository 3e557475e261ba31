"""Django Ninja endpoints for the pricing sandbox: analysts try discount formulas."""
from ninja import NinjaAPI, Schema

api = NinjaAPI(urls_namespace="pricing")

BASE_PRICES = {"basic": 9.0, "team": 29.0, "enterprise": 99.0}


class FormulaIn(Schema):
    plan: str
    formula: str
    seats: int = 1


def _with_defaults(formula: str) -> str:
    text = formula.strip()
    if not text:
        text = "price"
    return "(" + text + ") * seats"


@api.post("/pricing/preview")
def preview(request, payload: FormulaIn):
    price = BASE_PRICES.get(payload.plan, 0.0)
    expression = _with_defaults(payload.formula)
    total = eval(expression, {"__builtins__": {}}, {"price": price, "seats": payload.seats})  # expect: code-injection
    return {"plan": payload.plan, "total": round(total, 2)}


@api.post("/pricing/hooks")
def install_hook(request, name: str, body: str):
    namespace: dict = {}
    source = "def hook(order):\n" + "\n".join("    " + line for line in body.splitlines())
    exec(source, namespace)  # expect: code-injection
    return {"installed": name, "callable": callable(namespace.get("hook"))}
