"""Looks up users in the legacy XML user store (lxml)."""
import hmac

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/legacy/users.xml")
BY_NAME = etree.XPath("//user[name/text()=$name]")
BY_DEPT = etree.XPath("//user[department=$dept]/name/text()")


def find_user(username, password_hash):
    matches = BY_NAME(USERS, name=username)
    if not matches:
        return None
    stored = matches[0].findtext("password_hash", "")
    return matches[0] if hmac.compare_digest(stored, password_hash) else None


@app.post("/legacy/login")
def legacy_login():
    user = find_user(request.form["username"], request.form["password_hash"])
    if user is None:
        abort(401)
    return jsonify(id=user.get("id"), role=user.findtext("role"))


@app.get("/legacy/users")
def by_department():
    dept = request.args.get("dept", "sales")
    return jsonify(names=[str(n) for n in BY_DEPT(USERS, dept=dept)])
