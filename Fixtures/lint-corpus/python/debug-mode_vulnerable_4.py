from flask import Flask, jsonify

app = Flask(__name__)
app.config.update(DEBUG=True)  # expect: debug-mode


@app.route("/health")
def health():
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(port=8000, use_debugger=True)  # expect: debug-mode
