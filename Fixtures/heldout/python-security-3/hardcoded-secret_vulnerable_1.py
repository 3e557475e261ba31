from flask import Flask

from .billing import StripeGateway

app = Flask(__name__)
app.config.update(
    SECRET_KEY="7d3f0c9e2b8a4f61a5c2e9d047b3f812",  # expect: hardcoded-secret
    SQLALCHEMY_DATABASE_URI="postgresql://shop:Sh0pPassw0rd!@db.internal:5432/shop",  # expect: hardcoded-secret
    SESSION_COOKIE_SECURE=True,
)

STRIPE_SECRET_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dcXmPq"  # expect: hardcoded-secret
gateway = StripeGateway(api_key=STRIPE_SECRET_KEY, timeout=10)


@app.get("/health")
def health():
    return {"ok": True, "billing": gateway.ping()}
