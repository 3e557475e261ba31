import secrets
import time

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

from .config import settings

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True, same_site="lax")
LANGUAGES = ("en", "de", "fr", "es", "ja")


@app.get("/language/{code}")
async def set_language(request: Request, code: str):
    request.session["lang"] = code if code in LANGUAGES else "en"
    return {"lang": request.session["lang"]}


@app.post("/checkout/start")
async def start_checkout(request: Request):
    request.session["checkout_nonce"] = secrets.token_urlsafe(16)
    request.session["checkout_started"] = int(time.time())
    return {"nonce": request.session["checkout_nonce"]}
