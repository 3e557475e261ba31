"""Service-to-service auth helpers (python-jose and PyJWT)."""
import os
import time

import jwt as pyjwt
from fastapi import Depends, FastAPI, Header, HTTPException
from jose import JWTError, jwt

app = FastAPI()
with open(os.environ["AUTH_PUBLIC_KEY_FILE"]) as fh:
    PUBLIC_KEY = fh.read()
with open(os.environ["AUTH_PRIVATE_KEY_FILE"]) as fh:
    PRIVATE_KEY = fh.read()


def issue_internal_token(service):
    claims = {"sub": service, "iat": int(time.time()), "exp": int(time.time()) + 300}
    return pyjwt.encode(claims, PRIVATE_KEY, algorithm="RS256")


def verify(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    try:
        return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})
    except JWTError as exc:
        raise HTTPException(401, "invalid token") from exc


@app.get("/internal/jobs")
def jobs(claims: dict = Depends(verify)):
    return {"caller": claims["sub"], "token": issue_internal_token("scheduler")}
