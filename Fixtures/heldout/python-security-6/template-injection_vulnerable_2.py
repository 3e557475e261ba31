"""Klein service rendering receipt snippets with Tornado templates and Genshi."""
import json

from genshi.template import MarkupTemplate
from klein import Klein
from tornado import template

app = Klein()


@app.route("/receipt", methods=["POST"])
def receipt(request):
    body = json.loads(request.content.read())
    shop_line = body.get("header", "Thanks!")
    tmpl = template.Template("<p>" + shop_line + "</p><p>Total: {{ total }}</p>")  # expect: template-injection
    return tmpl.generate(total=body.get("total", 0))


@app.route("/badge", methods=["POST"])
def badge(request):
    markup = json.loads(request.content.read())["markup"]
    tmpl = MarkupTemplate(markup)  # expect: template-injection
    return tmpl.generate(name="guest").render("html")
