from flask import Flask, make_response, request

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True
COOKIE_OPTIONS = {"secure": True, "httponly": True, "samesite": "Strict"}


@app.route("/login", methods=["POST"])
def login():
    token = issue_token(request.form["user"])
    resp = make_response("ok")
    resp.set_cookie("auth", token, secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("remember", token, max_age=30 * 86400, **COOKIE_OPTIONS)
    resp.delete_cookie("legacy")
    return resp


def issue_token(user):
    return user + "-token"


def test_cookie(client):
    client.set_cookie("localhost", "auth", "abc")
