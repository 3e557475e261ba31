from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc")
def calculate():
    expression = request.args.get("expr", "0")
    result = eval(expression)  # expect: code-injection
    return jsonify({"result": result})


@app.route("/plugin", methods=["POST"])
def run_plugin():
    source = request.get_json()["code"]
    namespace = {}
    exec("def plugin():\n" + source, namespace)  # expect: code-injection
    return jsonify({"output": namespace["plugin"]()})
