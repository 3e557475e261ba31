from flask import Flask, jsonify, render_template_string, request

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


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello " + name + "</h1>")  # expect: template-injection
