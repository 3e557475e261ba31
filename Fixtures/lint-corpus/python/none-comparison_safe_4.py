from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import User


def active_users(session: Session):
    stmt = select(User).where(User.deleted_at == None)
    return session.scalars(stmt).all()


def never_logged_in(session: Session):
    return session.query(User).filter(User.last_login.is_(None)).all()
