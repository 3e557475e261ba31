"""Quart API authenticating bearer tokens issued by the identity provider."""
import os
from functools import wraps
from pathlib import Path

import jwt
from quart import Quart, abort, g, jsonify, request

app = Quart(__name__)

ISSUER = "https://id.example.com/"
AUDIENCE = "reports-api"
PUBLIC_KEY = Path(os.environ["IDP_PUBLIC_KEY_PATH"]).read_text()


def require_token(view):
    @wraps(view)
    async def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            g.claims = jwt.decode(
                header[7:],
                PUBLIC_KEY,
                algorithms=["RS256"],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "sub"]},
            )
        except jwt.InvalidTokenError:
            abort(401)
        return await view(*args, **kwargs)

    return wrapper


@app.get("/reports")
@require_token
async def reports():
    return jsonify(owner=g.claims["sub"], reports=[])
