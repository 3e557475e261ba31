import os

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CORS_ORIGINS", "https://app.example.com").split(",")]

CORS(app, resources={r"/api/*": {"origins": TRUSTED_ORIGINS}}, supports_credentials=True)
CORS(app, resources={r"/public/*": {"origins": "*"}}, supports_credentials=False)


@app.get("/api/balance")
def balance():
    return {"balance": 0}


@app.get("/public/rates")
def rates():
    return {"EUR": 1.0, "USD": 1.08}
