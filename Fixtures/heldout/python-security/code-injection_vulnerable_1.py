"""Tiny spreadsheet-like calculator API used by the budgeting front end."""
from flask import Flask, jsonify, request

app = Flask(__name__)


def evaluate_cell(formula, cells):
    expr = formula.lstrip("=")
    for name, value in cells.items():
        expr = expr.replace(name, str(value))
    return eval(expr)  # expect: code-injection


@app.post("/sheet/eval")
def eval_sheet():
    sheet = request.get_json()
    cells = dict(sheet.get("values", {}))
    results = {}
    for cell, formula in sheet.get("formulas", {}).items():
        results[cell] = evaluate_cell(formula, cells)
    return jsonify(results)


@app.post("/sheet/macro")
def run_macro():
    source = request.form["macro"]
    env = {"cells": {}}
    exec(source, env)  # expect: code-injection
    return jsonify(env["cells"])
