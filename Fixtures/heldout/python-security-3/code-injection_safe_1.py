import ast

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def parse_weights(raw):
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        abort(400, "weights must be a list of numbers")
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, (int, float)) for v in value):
        abort(400, "weights must be a list of numbers")
    return [float(v) for v in value]


@app.post("/portfolio/score")
def score():
    weights = parse_weights(request.form.get("weights", "[]"))
    returns = [0.04, 0.07, 0.02, 0.11][: len(weights)]
    total = sum(w * r for w, r in zip(weights, returns, strict=False))
    return jsonify({"weights": weights, "expected_return": round(total, 4)})
