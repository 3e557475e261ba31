from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from .config import settings

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True, same_site="lax")


@app.post("/impersonate/request")
async def request_impersonation(request: Request, target_user: str = Form(...), reason: str = Form("")):
    pending = {"target": target_user, "reason": reason}
    request.session["impersonation"] = pending  # expect: trust-boundary
    return RedirectResponse("/impersonate/confirm", status_code=303)


@app.get("/locale")
async def set_locale(request: Request, tz: str = "UTC"):
    prefs = request.session.setdefault("prefs", {})
    prefs["timezone"] = tz
    request.session["prefs"] = prefs  # expect: trust-boundary
    return {"timezone": tz}
