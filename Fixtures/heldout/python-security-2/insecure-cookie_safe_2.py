"""FastAPI auth endpoints issuing tokens as hardened cookies."""
from fastapi import FastAPI, Response
from pydantic import BaseModel

from .security import create_access_token, create_refresh_token, verify_user

app = FastAPI()


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/auth/token")
def issue(creds: Credentials, response: Response):
    user = verify_user(creds.username, creds.password)
    access = create_access_token(user.id)
    refresh = create_refresh_token(user.id)
    response.set_cookie(key="access_token", value=access, secure=True, httponly=True, samesite="lax")
    response.set_cookie(
        key="refresh_token", value=refresh, path="/auth/refresh",
        secure=True, httponly=True, samesite="strict",
    )
    return {"token_type": "cookie"}


@app.post("/auth/logout")
def logout(response: Response):
    response.delete_cookie("access_token", secure=True, httponly=True, samesite="lax")
    response.delete_cookie("refresh_token", path="/auth/refresh", secure=True, httponly=True, samesite="strict")
    return {"ok": True}
