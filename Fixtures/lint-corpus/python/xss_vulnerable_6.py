from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from flask import Flask, make_response, request
from markupsafe import Markup

api = FastAPI()
app = Flask(__name__)


@api.get("/greet", response_class=HTMLResponse)
def greet(name: str):
    return f"<h1>Hi {name}</h1>"  # expect: xss


@api.get("/card")
def card(title: str):
    return HTMLResponse(content="<div class='card'>" + title + "</div>")  # expect: xss


@app.route("/badge")
def badge():
    label = request.args.get("label", "")
    html = Markup(f"<span class='badge'>{label}</span>")  # expect: xss
    return make_response(html)  # expect: xss
