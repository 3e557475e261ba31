"""Microdot sign-in pages for the kiosk back office; only local paths are followed."""
from urllib.parse import urlsplit

from microdot import Microdot, Response

from .staff import check_pin

app = Microdot()


def _after_login(request):
    target = request.args.get("next") or "/till"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/till"
    return target


@app.post("/signin")
async def signin(request):
    if check_pin(request.form.get("badge"), request.form.get("pin")) is None:
        return Response(status_code=401)
    return Response.redirect(_after_login(request))


@app.get("/signout")
async def signout(request):
    return Response.redirect("/")
