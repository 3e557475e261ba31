from flask import Flask, render_template_string, request

app = Flask(__name__)

BASE = """<html><body>{% block content %}{% endblock %}</body></html>"""


@app.get("/hello")
def hello():
    name = request.args.get("name", "world")
    template = "<h1>Hello " + name + "!</h1>"
    return render_template_string(template)  # expect: template-injection


@app.post("/preview")
def preview_email():
    data = request.get_json()
    subject = data.get("subject", "")
    body = data["body"]
    page = '{% extends base %}{% block content %}'
    page += f"<h2>{subject}</h2><div>{body}</div>"
    page += "{% endblock %}"
    return render_template_string(page, base=BASE)  # expect: template-injection
