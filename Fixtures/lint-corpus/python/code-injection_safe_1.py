import ast
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

OPERATIONS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


@app.route("/calc")
def calculate():
    op = OPERATIONS.get(request.args.get("op"), operator.add)
    left = float(request.args.get("a", 0))
    right = float(request.args.get("b", 0))
    return jsonify({"result": op(left, right)})


@app.route("/parse")
def parse_literal():
    raw = request.args.get("value", "[]")
    value = ast.literal_eval(raw)
    return jsonify({"value": value})
