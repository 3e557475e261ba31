"""Quart pricing sandbox: sales staff try discount formulas before saving them."""
import math

from quart import Quart, jsonify, request

app = Quart(__name__)

SAFE_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


def price_formula(base_field, rule):
    return f"({base_field}) * (1 - ({rule}) / 100)"


@app.post("/pricing/try")
async def try_formula():
    form = await request.form
    expression = price_formula(form.get("base", "price"), form["discount"])
    env = dict(SAFE_NAMES, price=float(form.get("price", "100")), qty=int(form.get("qty", "1")))
    result = eval(expression, {"__builtins__": {}}, env)  # expect: code-injection
    return jsonify(result=result)


@app.post("/pricing/hooks")
async def define_hook():
    payload = await request.get_json()
    name = payload.get("name", "hook")
    body = payload.get("body", "return price")
    source = "def " + name + "(price, qty):\n"
    source += "    " + body.replace("\n", "\n    ") + "\n"
    namespace: dict = {}
    exec(source, {"math": math}, namespace)  # expect: code-injection
    hook = namespace[name]
    return jsonify(sample=hook(100.0, 3))
