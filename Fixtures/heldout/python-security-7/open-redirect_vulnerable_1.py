"""Microdot sign-in pages for the kiosk back office."""
from microdot import Microdot, Response

from .staff import check_pin

app = Microdot()


def _after_login(request):
    return request.args.get("next") or request.form.get("next") or "/till"


@app.post("/signin")
async def signin(request):
    if check_pin(request.form.get("badge"), request.form.get("pin")) is None:
        return Response(status_code=401)
    return Response.redirect(_after_login(request))  # expect: open-redirect


@app.get("/signout")
async def signout(request):
    back = request.headers.get("Referer", "/")
    return Response.redirect(back)  # expect: open-redirect
