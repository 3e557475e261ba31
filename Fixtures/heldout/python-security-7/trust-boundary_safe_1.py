"""Microdot pages of the conference badge desk; the session holds server-made values."""
import time

from microdot import Microdot, redirect
from microdot.session import Session, with_session

from .registry import find_attendee

app = Microdot()
with open("/run/secrets/badge_session_key", encoding="utf-8") as handle:
    Session(app, secret_key=handle.read().strip())


@app.post("/desk/checkin")
@with_session
async def checkin(request, session):
    attendee = find_attendee(request.form.get("code"))
    if attendee is None:
        return redirect("/desk?missing=1")
    session["attendee_id"] = attendee.id
    session["tier"] = attendee.tier
    session["checked_in_at"] = int(time.time())
    session.save()
    return redirect("/desk/badge")
