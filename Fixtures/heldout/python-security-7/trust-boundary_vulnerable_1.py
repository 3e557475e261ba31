"""Microdot pages of the conference badge desk, with server-side sessions."""
from microdot import Microdot, redirect
from microdot.session import Session, with_session

app = Microdot()
with open("/run/secrets/badge_session_key", encoding="utf-8") as handle:
    Session(app, secret_key=handle.read().strip())


@app.post("/desk/checkin")
@with_session
async def checkin(request, session):
    form = request.form
    session["attendee"] = form.get("attendee")  # expect: trust-boundary
    session["tier"] = form.get("tier", "standard")  # expect: trust-boundary
    session.save()
    return redirect("/desk/badge")


@app.get("/desk/staff")
@with_session
async def staff(request, session):
    session["is_staff"] = request.args.get("staff") == "1"  # expect: trust-boundary
    session.save()
    return redirect("/desk")
