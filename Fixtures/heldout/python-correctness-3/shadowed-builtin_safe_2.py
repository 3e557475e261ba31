from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Ticket(Base):
    __tablename__ = "tickets"

    id = Column(Integer, primary_key=True)
    type = Column(String(20), default="bug")
    title = Column(String(200), nullable=False)

    def to_dict(self):
        return dict(id=self.id, type=self.type, title=self.title)


def format_ticket(ticket, *, format_="short"):
    if format_ == "short":
        return f"#{ticket.id} {ticket.title}"
    return f"#{ticket.id} [{ticket.type}] {ticket.title}"


def ticket_ids(tickets):
    return sorted(t.id for t in tickets)
