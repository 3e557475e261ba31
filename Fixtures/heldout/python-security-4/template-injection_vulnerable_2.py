"""AWS Lambda that renders customer-editable receipt footers."""
import json

import jinja2

from .orders import load_order

LAYOUT = jinja2.Environment(
    loader=jinja2.PackageLoader("receipts"),
    autoescape=jinja2.select_autoescape(["html"]),
)


def render_footer(footer_source, order):
    return jinja2.Template(footer_source).render(order=order)  # expect: template-injection


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    order = load_order(body["order_id"])
    footer = render_footer(body.get("footer", ""), order)
    page = LAYOUT.get_template("receipt.html").render(order=order, footer=footer)
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


def subject_handler(event, context):
    params = event.get("queryStringParameters") or {}
    pattern = params.get("pattern", "Your receipt {{ order.number }}")
    order = load_order(params["order_id"])
    subject = LAYOUT.from_string(pattern).render(order=order)  # expect: template-injection
    return {"statusCode": 200, "body": json.dumps({"subject": subject})}
