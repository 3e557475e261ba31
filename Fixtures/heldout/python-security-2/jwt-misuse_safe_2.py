"""Service-to-service tokens for the report workers (python-jose), verified."""
import os
import time

from jose import JWTError, jwt

SIGNING_KEY = os.environ["WORKER_SIGNING_KEY"]


def worker_token(worker: str) -> str:
    now = int(time.time())
    claims = {"sub": worker, "iat": now, "exp": now + 600, "scope": "reports:write"}
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def read_claims(token: str) -> dict:
    try:
        return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"verify_aud": False})
    except JWTError as exc:
        raise PermissionError("invalid worker token") from exc


def handle_job(request_headers: dict) -> str:
    claims = read_claims(request_headers["X-Worker-Token"])
    if claims.get("scope") != "reports:write":
        raise PermissionError("scope")
    return claims["sub"]
