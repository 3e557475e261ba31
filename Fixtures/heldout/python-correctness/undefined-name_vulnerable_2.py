"""Small Flask API for the course's user directory."""
from flask import Flask, jsonify

app = Flask(__name__)

USERS = {
    1: {"name": "Ada", "role": "admin"},
    2: {"name": "Grace", "role": "student"},
}


def load_user(user_id):
    user = USERS.get(user_id)
    return user


@app.route("/users/<int:user_id>")
def show_user(user_id):
    load_user(user_id)
    if user is None:  # expect: undefined-name
        return jsonify(error="not found"), 404
    return jsonify(user)  # expect: undefined-name


@app.route("/search")
def search():
    query = request.args.get("q", "").lower()  # expect: undefined-name
    hits = [u for u in USERS.values() if query in u["name"].lower()]
    return jsonify(results=hits, count=len(hits))


class Directory:
    def __init__(self, users):
        self.users = users

    def admins(self):
        return [u for u in users.values() if u["role"] == "admin"]  # expect: undefined-name
