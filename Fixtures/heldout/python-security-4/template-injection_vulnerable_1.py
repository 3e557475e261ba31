"""Quart e-mail preview for the marketing tool."""
from jinja2 import Environment
from quart import Quart, render_template_string, request

from .audience import sample_recipient

app = Quart(__name__)

mail_env = Environment(autoescape=True)


@app.post("/campaigns/preview")
async def preview():
    form = await request.form
    recipient = await sample_recipient(form.get("segment", "all"))
    subject = mail_env.from_string(form["subject"]).render(user=recipient)  # expect: template-injection
    return {"subject": subject}


@app.get("/campaigns/banner")
async def banner():
    headline = request.args.get("headline", "Spring sale")
    layout = '<div class="banner">' + headline + "</div>"
    return await render_template_string(layout, year=2026)  # expect: template-injection
