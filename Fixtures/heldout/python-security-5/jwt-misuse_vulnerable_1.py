"""BlackSheep authentication handler reading bearer tokens with Authlib."""
import os

from authlib.jose import JsonWebToken
from blacksheep import Request
from blacksheep.server.authentication import AuthenticationHandler
from guardpost import Identity

SIGNING_KEY = os.environ["API_SIGNING_KEY"].encode()
tokens = JsonWebToken(["HS256", "RS256", "none"])  # expect: jwt-misuse


class BearerHandler(AuthenticationHandler):
    async def authenticate(self, context: Request):
        header = context.get_first_header(b"Authorization") or b""
        if not header.startswith(b"Bearer "):
            context.identity = None
            return None
        claims = tokens.decode(header[7:].decode(), SIGNING_KEY)
        claims.validate()
        context.identity = Identity(dict(claims), "Bearer")
        return context.identity
