import logging
import sys

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("auth")


def clean(value):
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    logger.warning("failed login for %r", username)
    logger.info("login for %s", clean(username))
    return "ok"


@app.route("/search")
def search():
    q = request.args.get("q", "")
    logging.info("search query length %d", len(q))
    return "[]"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    logger.info("starting with arguments %s", sys.argv[1:])
