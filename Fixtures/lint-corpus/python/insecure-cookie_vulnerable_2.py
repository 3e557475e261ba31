"""Remember-me cookie for the support portal (Flask)."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/login")
def login():
    response = make_response({"ok": True})
    response.set_cookie(  # expect: insecure-cookie
        "support_session",
        request.form["ticket"],
        max_age=3600,
        secure=False,
        httponly=True,
        samesite="Lax",
    )
    return response
