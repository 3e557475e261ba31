"""Tiny spreadsheet-like calculator API used by the budgeting front end."""
import ast
import operator

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate(node, cells):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, cells)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in cells:
        return float(cells[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left, cells), evaluate(node.right, cells))
    abort(400, "unsupported formula")


@app.post("/sheet/eval")
def eval_sheet():
    sheet = request.get_json()
    cells = dict(sheet.get("values", {}))
    results = {}
    for cell, formula in sheet.get("formulas", {}).items():
        tree = ast.parse(formula.lstrip("="), mode="eval")
        results[cell] = evaluate(tree, cells)
    return jsonify(results)


@app.post("/sheet/values")
def parse_values():
    raw = request.form["values"]
    return jsonify(ast.literal_eval(raw))
