from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def missing(_error):
    return f"<h1>Nothing at {request.path}</h1>", 404  # expect: xss


def tag_page(request):
    response = HttpResponse()
    response.write("<h2>Posts tagged " + request.GET.get("tag", "") + "</h2>")  # expect: xss
    return response
