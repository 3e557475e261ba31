from flask import Flask, make_response, request

app = Flask(__name__)
app.config["SESSION_COOKIE_HTTPONLY"] = False  # expect: insecure-cookie


@app.route("/login", methods=["POST"])
def login():
    token = issue_token(request.form["user"])
    resp = make_response("ok")
    resp.set_cookie("auth", token)  # expect: insecure-cookie
    resp.set_cookie("remember", token, max_age=30 * 86400, secure=True)  # expect: insecure-cookie
    resp.set_cookie("csrftoken", token, httponly=True)  # expect: insecure-cookie
    return resp


def logout(response):
    response.set_cookie("auth", "", secure=False, httponly=True, expires=0)  # expect: insecure-cookie
    return response


def issue_token(user):
    return user + "-token"
