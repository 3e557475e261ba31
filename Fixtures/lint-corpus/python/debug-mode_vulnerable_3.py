from fastapi import FastAPI
from flask import Flask

api = FastAPI(debug=True)  # expect: debug-mode

web = Flask(__name__)
web.debug = True  # expect: debug-mode
web.config["DEBUG"] = True  # expect: debug-mode


@api.get("/ping")
def ping():
    return {"pong": True}
