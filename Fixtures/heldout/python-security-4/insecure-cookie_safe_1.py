"""Quart login that sets its session cookie with every protective flag."""
from quart import Quart, jsonify, request

from .accounts import authenticate, create_session

app = Quart(__name__)

SESSION_MAX_AGE = 8 * 3600


@app.post("/login")
async def login():
    body = await request.get_json()
    user = await authenticate(body.get("email", ""), body.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    token = await create_session(user)
    response = jsonify(ok=True)
    response.set_cookie(
        "sid",
        token,
        max_age=SESSION_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Strict",
    )
    return response


@app.post("/logout")
async def logout():
    response = jsonify(ok=True)
    response.delete_cookie("sid", secure=True, httponly=True, samesite="Strict")
    return response
