"""Service-to-service tokens for the report workers (python-jose)."""
import os
import time

from jose import jwt

SIGNING_KEY = os.environ["WORKER_SIGNING_KEY"]


def worker_token(worker: str) -> str:
    claims = {"sub": worker, "iat": int(time.time()), "scope": "reports:write"}
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def read_claims(token: str) -> dict:
    return jwt.decode(  # expect: jwt-misuse
        token,
        SIGNING_KEY,
        algorithms=["HS256"],
        options={"verify_signature": False, "verify_exp": False},
    )


def internal_ticket(job_id: str) -> str:
    payload = {"job": job_id, "exp": int(time.time()) + 300}
    return jwt.encode(payload, "", algorithm="none")  # expect: jwt-misuse


def handle_job(request_headers: dict) -> str:
    claims = read_claims(request_headers["X-Worker-Token"])
    if claims.get("scope") != "reports:write":
        raise PermissionError("scope")
    return claims["sub"]
