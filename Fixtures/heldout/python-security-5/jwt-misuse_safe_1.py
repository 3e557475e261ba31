"""BlackSheep authentication handler verifying RS256 bearer tokens with Authlib."""
import os

from authlib.jose import JsonWebKey, JsonWebToken
from blacksheep import Request
from blacksheep.server.authentication import AuthenticationHandler
from guardpost import Identity

with open(os.environ["JWKS_PATH"], "rb") as fh:
    KEY_SET = JsonWebKey.import_key_set(fh.read())

tokens = JsonWebToken(["RS256"])
CLAIM_OPTIONS = {
    "iss": {"essential": True, "value": "https://id.example.com/"},
    "aud": {"essential": True, "value": "dashboard-api"},
    "exp": {"essential": True},
}


class BearerHandler(AuthenticationHandler):
    async def authenticate(self, context: Request):
        header = context.get_first_header(b"Authorization") or b""
        if not header.startswith(b"Bearer "):
            context.identity = None
            return None
        claims = tokens.decode(header[7:].decode(), KEY_SET, claims_options=CLAIM_OPTIONS)
        claims.validate()
        context.identity = Identity(dict(claims), "Bearer")
        return context.identity
