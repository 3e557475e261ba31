"""Falcon middleware that authenticates API calls, signature always checked."""
import os

import falcon
import jwt

with open(os.environ["JWT_PUBLIC_KEY_FILE"]) as fh:
    PUBLIC_KEY = fh.read()
AUDIENCE = "mobile-api"


class AuthMiddleware:
    def process_request(self, req, resp):
        header = req.get_header("Authorization") or ""
        if not header.startswith("Bearer "):
            raise falcon.HTTPUnauthorized()
        try:
            claims = jwt.decode(
                header[len("Bearer "):], PUBLIC_KEY, algorithms=["RS256"], audience=AUDIENCE
            )
        except jwt.InvalidTokenError:
            raise falcon.HTTPUnauthorized() from None
        req.context.user_id = claims["sub"]


def key_id(token: str) -> str:
    # only the header is read, to pick a key from the JWKS before verifying
    return jwt.get_unverified_header(token).get("kid", "default")
