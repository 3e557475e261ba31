"""A sanitizing helper: its every return is `int(...)`, so its calls sanitize."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


def to_id(value):
    return int(value)


@app.route("/users")
def users():
    user_id = to_id(request.args["id"])
    return {"rows": db.execute("SELECT * FROM users WHERE id = %d" % user_id).fetchall()}
