"""The same settings read from the environment, with safe defaults."""
import os

import requests
from flask import Flask

app = Flask(__name__)
DEBUG = os.environ.get("FLASK_DEBUG") == "1"
HOST = "127.0.0.1"
VERIFY_TLS = True


def status():
    return requests.get("https://status.example.com", verify=VERIFY_TLS, timeout=5).json()


if __name__ == "__main__":
    app.run(host=HOST, port=8080, debug=DEBUG)
