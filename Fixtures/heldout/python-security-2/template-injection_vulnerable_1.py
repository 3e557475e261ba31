"""Newsletter service: marketing edits the greeting line of each mailing."""
import jinja2
from flask import Flask, request

app = Flask(__name__)
loader = jinja2.FileSystemLoader("templates/newsletter")
mail_env = jinja2.Environment(loader=loader, autoescape=False)  # expect: template-injection


@app.post("/newsletter/preview")
def preview():
    greeting = request.form.get("greeting", "Hello {{ name }},")
    body = mail_env.get_template("body.html").render(items=[])
    source = greeting + "\n" + body
    tmpl = mail_env.from_string(source)  # expect: template-injection
    return {"html": tmpl.render(name="Sample Reader")}


@app.post("/newsletter/subject")
def subject_line():
    pattern = request.get_json()["subject"]
    return {"subject": jinja2.Template(pattern).render(month="May")}  # expect: template-injection
