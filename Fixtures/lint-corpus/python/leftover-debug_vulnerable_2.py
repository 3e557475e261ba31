from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    data = request.get_json()
    print(f"DEBUG signup payload: {data}")  # expect: leftover-debug
    if not data.get("email"):
        return jsonify({"error": "email required"}), 400
    return jsonify({"ok": True}), 201


def slow_query(rows):
    import pdb; pdb.set_trace()  # expect: leftover-debug
    return sorted(rows, key=lambda row: row["created"])
