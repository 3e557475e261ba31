"""Looks up users in the legacy XML user store (lxml)."""
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/legacy/users.xml")


def find_user(username, password):
    query = "//user[name/text()='" + username + "'"
    query += " and password/text()='" + password + "']"
    matches = USERS.xpath(query)  # expect: xpath-injection
    return matches[0] if matches else None


@app.post("/legacy/login")
def legacy_login():
    user = find_user(request.form["username"], request.form["password"])
    if user is None:
        abort(401)
    return jsonify(id=user.get("id"), role=user.findtext("role"))


@app.get("/legacy/users")
def by_department():
    dept = request.args.get("dept", "sales")
    finder = etree.XPath(f"//user[department='{dept}']/name/text()")  # expect: xpath-injection
    return jsonify(names=[str(n) for n in finder(USERS)])
