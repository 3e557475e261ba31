"""Emmett routes of the conference site; the session keeps only server-side values."""
import time

from emmett import App, request, session

from .tickets import TIERS, reserve

app = App(__name__)


@app.route("/ticket/select", methods=["post"])
async def select_ticket():
    form = await request.body_params
    tier = TIERS.get(form.tier)
    if tier is None:
        return {"ok": False}
    session.reservation_id = reserve(tier.id)
    session.selected_at = int(time.time())
    return {"ok": True}
