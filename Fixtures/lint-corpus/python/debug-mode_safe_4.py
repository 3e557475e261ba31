import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"


@app.route("/health")
def health():
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(port=8000, debug=False)
