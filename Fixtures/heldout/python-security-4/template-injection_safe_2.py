"""AWS Lambda that fills receipt subjects from a constant template."""
import json

from jinja2.sandbox import SandboxedEnvironment

from .orders import load_order

ENV = SandboxedEnvironment(autoescape=True)
SUBJECT = ENV.from_string("Your receipt {{ number }} from {{ shop }}")
GREETING = ENV.from_string("Hello {{ name }}, thanks for your order!")


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    order = load_order(params["order_id"])
    subject = SUBJECT.render(number=order.number, shop=params.get("shop", "our shop"))
    greeting = GREETING.render(name=params.get("name", order.customer_name))
    return {"statusCode": 200, "body": json.dumps({"subject": subject, "greeting": greeting})}
