"""Pony ORM: a library's overdue notices."""
from datetime import date

from pony.orm import db_session, select

from library.models import Loan


class OverdueNotices:
    def __init__(self, today=None):
        self.today = today or date.today()

    def overdue_rows(self):
        return select(
            (loan.member_email, loan.book.title, loan.due)
            for loan in Loan
            if loan.due < self.today and loan.returned is None
        )[:]

    @db_session
    def build(self):
        return [f"{email}: '{title}' was due {due}" for email, title, due in self.overdue_rows()]
