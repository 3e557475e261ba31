"""Klein service rendering receipt snippets with a constant Tornado template."""
import json

from klein import Klein
from tornado import template

app = Klein()

RECEIPT = template.Template("<p>{{ header }}</p><p>Total: {{ total }}</p>")


@app.route("/receipt", methods=["POST"])
def receipt(request):
    body = json.loads(request.content.read())
    return RECEIPT.generate(header=body.get("header", "Thanks!"), total=body.get("total", 0))
