"""Settings kept in module constants, used when the app starts."""
import requests
from flask import Flask

app = Flask(__name__)
DEBUG = True
HOST = "0.0.0.0"
VERIFY_TLS = False


def status():
    return requests.get("https://status.example.com", verify=VERIFY_TLS, timeout=5).json()  # expect: tls-verification


if __name__ == "__main__":
    app.run(host=HOST, port=8080, debug=DEBUG)  # expect: debug-mode, bind-all-interfaces
