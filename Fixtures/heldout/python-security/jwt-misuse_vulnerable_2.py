"""Service-to-service auth helpers (python-jose and PyJWT)."""
import os
import time

import jwt as pyjwt
from fastapi import Depends, FastAPI, Header, HTTPException
from jose import jwt

app = FastAPI()
with open(os.environ["AUTH_PUBLIC_KEY_FILE"]) as fh:
    PUBLIC_KEY = fh.read()


def issue_internal_token(service):
    claims = {"sub": service, "iat": int(time.time())}
    return pyjwt.encode(claims, None, algorithm="none")  # expect: jwt-misuse


def verify(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        return jwt.decode(  # expect: jwt-misuse
            token,
            PUBLIC_KEY,
            algorithms=["RS256"],
            options={"verify_signature": False, "verify_exp": False},
        )
    except Exception as exc:
        raise HTTPException(401, "invalid token") from exc


@app.get("/internal/jobs")
def jobs(claims: dict = Depends(verify)):
    return {"caller": claims["sub"], "token": issue_internal_token("scheduler")}
