"""Emmett routes of the conference site; the session drives the checkout."""
from emmett import App, request, session

app = App(__name__)


@app.route("/ticket/select", methods=["post"])
async def select_ticket():
    form = await request.body_params
    session.ticket_tier = form.tier  # expect: trust-boundary
    session.attendees = int(form.attendees or 1)  # expect: trust-boundary
    return {"ok": True}


@app.route("/speaker/claim")
async def claim_speaker():
    session.is_speaker = request.query_params.speaker == "yes"  # expect: trust-boundary
    return {"speaker": session.is_speaker}
