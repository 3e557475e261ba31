"""Randomness that guards nothing: retry jitter, sampling, display order, A/B buckets."""
import random
import secrets
import time

from flask import Flask, jsonify, make_response, session

from .pages import load_items, render_home

app = Flask(__name__)
TIPS = ["Use keyboard shortcuts", "Try dark mode", "Export to CSV"]


@app.get("/tip")
def tip():
    session["last_tip"] = random.choice(TIPS)
    return jsonify(tip=session["last_tip"])


@app.get("/feed")
def feed():
    items = load_items()
    random.shuffle(items)
    sample = random.sample(items, k=min(5, len(items)))
    return jsonify(items=sample)


def fetch_with_retry(client, url, attempts=5):
    for attempt in range(attempts):
        try:
            return client.get(url)
        except TimeoutError:
            time.sleep((2 ** attempt) + random.uniform(0, 1))
    raise TimeoutError(url)


@app.post("/login/code")
def send_login_code():
    code = f"{secrets.randbelow(1_000_000):06d}"
    session["pending_code"] = code
    response = make_response(jsonify(sent=True))
    response.set_cookie("remember", secrets.token_urlsafe(32), httponly=True, secure=True, samesite="Lax")
    return response


@app.get("/")
def home():
    bucket = random.randint(0, 99)
    response = make_response(render_home(variant="b" if bucket < 50 else "a"))
    response.set_cookie("ab_bucket", str(bucket), secure=True, httponly=True, samesite="Lax")
    return response
