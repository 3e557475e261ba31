import os

from flask import Flask

from .billing import StripeGateway

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
    SESSION_COOKIE_SECURE=True,
)

STRIPE_KEY_ENV = "STRIPE_SECRET_KEY"
API_KEY_HEADER = "X-Api-Key"
gateway = StripeGateway(api_key=os.environ.get(STRIPE_KEY_ENV, ""), timeout=10)


@app.get("/health")
def health():
    return {"ok": True, "billing": gateway.ping(), "auth_header": API_KEY_HEADER}
