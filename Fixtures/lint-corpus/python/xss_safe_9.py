from html import escape

from django.http import HttpResponse
from flask import Flask, make_response, request

app = Flask(__name__)


@app.errorhandler(404)
def missing(_error):
    return f"<h1>Nothing at {escape(request.path)}</h1>", 404


@app.get("/echo")
def echo():
    resp = make_response("You sent: " + request.args.get("q", ""))
    resp.mimetype = "text/plain"
    return resp


def tag_page(request):
    response = HttpResponse()
    response.write("<h2>Posts tagged " + escape(request.GET.get("tag", "")) + "</h2>")
    return response
