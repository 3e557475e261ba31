"""FastAPI auth endpoints issuing access and refresh tokens as cookies."""
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
    response.set_cookie(key="access_token", value=access, httponly=True)  # expect: insecure-cookie
    response.set_cookie(key="refresh_token", value=refresh, secure=True, httponly=True, samesite="strict")
    response.set_cookie("csrftoken", user.csrf_token, samesite="strict", secure=False)  # expect: insecure-cookie
    return {"token_type": "cookie"}
