from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)

HELLO = "<h1>Hello {{ name }}!</h1>"


@app.get("/hello")
def hello():
    name = request.args.get("name", "world")
    return render_template_string(HELLO, name=name)


@app.post("/preview")
def preview_email():
    data = request.get_json()
    return render_template(
        "email_preview.html",
        subject=data.get("subject", ""),
        body=data["body"],
    )
