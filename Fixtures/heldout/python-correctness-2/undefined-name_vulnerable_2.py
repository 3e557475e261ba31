from flask import Blueprint, request

from .db import get_session
from .models import Reading

bp = Blueprint("sensors", __name__)


@bp.post("/readings")
def add_reading():
    payload = request.get_json(force=True)
    try:
        value = float(payload["value"])
    except (KeyError, ValueError):
        value = None
    if value is None:
        return jsonify(error="value must be a number"), 400  # expect: undefined-name
    with get_session() as session:
        session.add(Reading(sensor=payload.get("sensor", "unknown"), value=value))
        session.commit()
    logger.info("stored reading %s", value)  # expect: undefined-name
    return {"stored": value}, 201


@bp.get("/readings/latest")
def latest():
    with get_session() as session:
        row = session.query(Reading).order_by(Reading.taken_at.desc()).first()
    if row is None:
        return {"reading": None}
    return {"sensor": row.sensor, "value": row.value, "at": row.taken_at.isoformat(timespec=precision)}  # expect: undefined-name
