import os

import stripe
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]

stripe.api_key = os.environ.get("STRIPE_API_KEY", "")
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN")
PASSWORD_FIELD = "password"
TOKEN_HEADER = "X-Auth-Token"
DEFAULT_ADMIN_PASSWORD = "changeme"
API_KEY_PLACEHOLDER = "<your-api-key-here>"


def charge(amount_cents, card_token):
    return stripe.Charge.create(amount=amount_cents, currency="usd", source=card_token)
