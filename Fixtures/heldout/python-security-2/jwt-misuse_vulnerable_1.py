"""Falcon middleware that authenticates API calls from the mobile app."""
import os

import falcon
import jwt

with open(os.environ["JWT_PUBLIC_KEY_FILE"]) as fh:
    PUBLIC_KEY = fh.read()


class AuthMiddleware:
    def process_request(self, req, resp):
        header = req.get_header("Authorization") or ""
        if not header.startswith("Bearer "):
            raise falcon.HTTPUnauthorized()
        token = header[len("Bearer "):]
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"])  # expect: jwt-misuse
        req.context.user_id = claims["sub"]


def device_id_from(token: str) -> str:
    # the device id is only used to route push notifications
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-misuse
    return claims.get("device")


class PushResource:
    def on_post(self, req, resp):
        device = device_id_from(req.get_header("X-Device-Token"))
        req.context.push.register(req.context.user_id, device)
        resp.media = {"registered": device}
