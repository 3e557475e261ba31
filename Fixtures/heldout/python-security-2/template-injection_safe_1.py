"""Newsletter service: user text goes into the context, never into the template."""
import jinja2
from flask import Flask, request

app = Flask(__name__)
mail_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader("templates/newsletter"),
    autoescape=jinja2.select_autoescape(["html", "xml"]),
)
PREVIEW = mail_env.from_string("<p>{{ greeting }}</p>\n{{ body }}")


@app.post("/newsletter/preview")
def preview():
    greeting = request.form.get("greeting", "Hello,")
    body = mail_env.get_template("body.html").render(items=[])
    return PREVIEW.render(greeting=greeting, body=body)


@app.post("/newsletter/subject")
def subject_line():
    text = request.get_json()["subject"]
    subject_tmpl = mail_env.from_string("{{ text }} - {{ month }} issue")
    return {"subject": subject_tmpl.render(text=text, month="May")}
