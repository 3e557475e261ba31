"""Quart notification previews from a fixed set of templates."""
from quart import Quart, abort, render_template, request

app = Quart(__name__)

TEMPLATES = {
    "welcome": "mail/welcome.html",
    "reset": "mail/reset.html",
    "invoice": "mail/invoice.html",
}


@app.get("/preview/<kind>")
async def preview(kind: str):
    template = TEMPLATES.get(kind)
    if template is None:
        abort(404)
    name = request.args.get("name", "Alex")
    return await render_template(template, name=name, preview=True)
