"""Pricing rules service: shop admins type discount formulas in the back office."""
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

SAFE_NAMES = {"min": min, "max": max, "round": round}


class RuleIn(BaseModel):
    name: str
    formula: str


def compile_rule(formula: str):
    source = "def rule(price, qty):\n    return " + formula + "\n"
    namespace = dict(SAFE_NAMES)
    exec(source, namespace)  # expect: code-injection
    return namespace["rule"]


@app.post("/rules/test")
def test_rule(rule: RuleIn, price: float = 10.0, qty: int = 1):
    fn = compile_rule(rule.formula)
    return {"name": rule.name, "result": fn(price, qty)}


@app.get("/quote")
def quote(expr: str, price: float):
    total = eval(expr, {"__builtins__": {}}, {"price": price})  # expect: code-injection
    return {"total": total}
