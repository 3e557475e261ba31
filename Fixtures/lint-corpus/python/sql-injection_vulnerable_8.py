"""Flows through a helper's parameter and through a field set in `__init__` from a request object named `req`."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


def find_user(user_id):
    return db.execute("SELECT * FROM users WHERE id = " + user_id).fetchall()  # expect: sql-injection


@app.route("/users")
def users():
    return {"rows": find_user(request.args["id"])}


class UserSearch:
    def __init__(self, req):
        self.name = req.args["name"]

    def run(self):
        return db.execute("SELECT * FROM users WHERE name = '%s'" % self.name).fetchall()  # expect: sql-injection
