"""Pony ORM: a library's overdue notices."""
from datetime import date

from pony.orm import db_session, select

from library.models import Book, Loan


class OverdueNotices:
    def __init__(self, today=None):
        self.today = today or date.today()

    def overdue_loans(self):
        return select(loan for loan in Loan if loan.due < self.today and loan.returned is None)[:]

    def title_of(self, loan):
        return Book.get(id=loan.book_id).title  # expect: n-plus-one-query

    @db_session
    def build(self):
        return [f"{loan.member_email}: '{self.title_of(loan)}' was due {loan.due}" for loan in self.overdue_loans()]
