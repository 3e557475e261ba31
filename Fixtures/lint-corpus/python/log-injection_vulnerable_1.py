import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    if not check(username, request.form["password"]):
        logger.warning(f"failed login for {username}")  # expect: log-injection
        return "no", 403
    logger.info("login ok for %s", username)  # expect: log-injection
    return "ok"


@app.route("/search")
def search():
    logging.info("search query: " + request.args.get("q", ""))  # expect: log-injection
    app.logger.debug("user agent %s", request.headers.get("User-Agent"))  # expect: log-injection
    return "[]"


def check(user, password):
    return False
