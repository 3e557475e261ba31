"""SQLModel report: each team's open incidents and on-call person."""
from sqlalchemy.orm import selectinload
from sqlmodel import Session, func, select

from pager.db import engine
from pager.models import Incident, Team


def open_incident_report():
    with Session(engine) as session:
        counts = dict(
            session.exec(
                select(Incident.team_id, func.count(Incident.id))
                .where(Incident.resolved.is_(False))
                .group_by(Incident.team_id)
            ).all()
        )
        teams = session.exec(select(Team).options(selectinload(Team.on_call)).order_by(Team.name)).all()
        lines = [f"{team.name}: {counts.get(team.id, 0)} open, on call {team.on_call.name}" for team in teams]
    return "\n".join(lines)
