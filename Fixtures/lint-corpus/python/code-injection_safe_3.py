import ast
import json

from flask import Flask, jsonify, request

app = Flask(__name__)
OPERATIONS = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}


@app.route("/parse")
def parse():
    raw = request.args.get("value", "[]")
    return jsonify(value=ast.literal_eval(raw))


@app.route("/calc")
def calc():
    op = OPERATIONS.get(request.args.get("op"), OPERATIONS["add"])
    a = float(request.args.get("a", 0))
    b = float(request.args.get("b", 0))
    return jsonify(result=op(a, b))


@app.route("/config", methods=["POST"])
def config():
    settings = json.loads(request.data)
    return jsonify(keys=sorted(settings))
