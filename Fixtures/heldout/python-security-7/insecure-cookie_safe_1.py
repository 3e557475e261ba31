"""Microdot login for the kiosk back office; session cookies carry every flag."""
import secrets

from microdot import Microdot, Response

from .staff import check_pin

app = Microdot()
COOKIE_FLAGS = {"secure": True, "http_only": True, "max_age": 8 * 3600, "path": "/"}


@app.post("/login")
async def login(request):
    staff = check_pin(request.form.get("badge"), request.form.get("pin"))
    if staff is None:
        return Response(status_code=401)
    response = Response.redirect("/till")
    response.set_cookie("till_session", secrets.token_urlsafe(32), **COOKIE_FLAGS)
    response.set_cookie("till_staff", str(staff.id), secure=True, http_only=True, max_age=8 * 3600)
    return response
