import stripe
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "8f4c2a9e71b3d05f6a2e9c4b7d1f0a3e"  # expect: hardcoded-secret

stripe.api_key = "sk_live_51HqLyjWDarjtT1zdp7dcXq2nB4kR8vPmZ0aYwE3sFgT6uJhK"  # expect: hardcoded-secret
GITHUB_TOKEN = "ghp_R7xK2mQ9vL4tN8wZ1cY6bH3jP0sD5fG2aE9u"  # expect: hardcoded-secret


def charge(amount_cents, card_token):
    return stripe.Charge.create(amount=amount_cents, currency="usd", source=card_token)
