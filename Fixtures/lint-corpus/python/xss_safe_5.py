import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, make_response, request
from markupsafe import Markup

api = FastAPI()
app = Flask(__name__)


@api.get("/greet", response_class=HTMLResponse)
def greet(name: str):
    return f"<h1>Hi {html.escape(name)}</h1>"


@api.get("/card")
def card(title: str):
    return {"title": title}


@app.route("/badge")
def badge():
    label = request.args.get("label", "")
    return make_response(Markup("<span class='badge'>{}</span>").format(label))
