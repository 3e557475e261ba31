from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "0")
    return jsonify(result=eval(expression))  # expect: code-injection


@app.route("/rules", methods=["POST"])
def add_rule():
    body = request.get_json()
    source = "def rule(x):\n    return " + body["condition"]
    namespace = {}
    exec(source, namespace)  # expect: code-injection
    return jsonify(ok=True)
