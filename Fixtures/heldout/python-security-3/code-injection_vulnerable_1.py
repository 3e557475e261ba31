import math

from flask import Flask, jsonify, request

app = Flask(__name__)
SAFE_NAMES = {"sqrt": math.sqrt, "pi": math.pi, "log": math.log}


def build_expression(form):
    left = form.get("a", "0")
    right = form.get("b", "0")
    op = form.get("op", "+")
    return "{} {} {}".format(left, op, right)


@app.post("/calc")
def calc():
    expr = build_expression(request.form)
    value = eval(expr, {"__builtins__": {}}, dict(SAFE_NAMES))  # expect: code-injection
    return jsonify({"expression": expr, "value": value})


@app.post("/rules/preview")
def preview_rule():
    rule = request.get_json(force=True)
    source = "def check(order):\n"
    source += "    return " + rule["condition"] + "\n"
    scope = {}
    exec(source, scope)  # expect: code-injection
    sample = {"total": 120, "country": "DE", "items": 3}
    return jsonify({"matches_sample": bool(scope["check"](sample))})
