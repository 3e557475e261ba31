"""SQLModel report: each team's open incidents and on-call person."""
from sqlmodel import Session, select

from pager.db import engine
from pager.models import Incident, Person, Team


def open_incident_report():
    lines = []
    with Session(engine) as session:
        teams = session.exec(select(Team).order_by(Team.name)).all()
        for team in teams:
            incidents = session.exec(  # expect: n-plus-one-query
                select(Incident).where(Incident.team_id == team.id, Incident.resolved.is_(False))
            ).all()
            on_call = session.get(Person, team.on_call_id)  # expect: n-plus-one-query
            lines.append(f"{team.name}: {len(incidents)} open, on call {on_call.name}")
    return "\n".join(lines)
