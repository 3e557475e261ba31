import logging

from fastapi import FastAPI
from flask import Flask

api = FastAPI(debug=False)
web = Flask(__name__)
web.config["DEBUG"] = False
logging.basicConfig(level=logging.DEBUG)


@api.get("/ping")
def ping():
    return {"pong": True}
