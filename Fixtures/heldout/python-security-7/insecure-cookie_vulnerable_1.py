"""Microdot login for the kiosk back office."""
import secrets

from microdot import Microdot, Response

from .staff import check_pin

app = Microdot()


@app.post("/login")
async def login(request):
    staff = check_pin(request.form.get("badge"), request.form.get("pin"))
    if staff is None:
        return Response(status_code=401)
    response = Response.redirect("/till")
    response.set_cookie("till_session", secrets.token_urlsafe(32), max_age=8 * 3600)  # expect: insecure-cookie
    response.set_cookie(  # expect: insecure-cookie
        "till_staff",
        str(staff.id),
        secure=False,
        http_only=False,
    )
    return response
