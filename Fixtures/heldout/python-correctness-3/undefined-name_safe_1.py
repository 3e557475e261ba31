"""Small library-loan tracker used in week 6 of the course."""
from datetime import date, timedelta

try:
    from rich import print as show
except ImportError:
    show = print


class Loan:
    LOAN_DAYS = 21

    def __init__(self, title, borrower, start=None):
        self.title = title
        self.borrower = borrower
        self.start = start or date.today()

    @property
    def due(self):
        return self.start + timedelta(days=self.LOAN_DAYS)

    def is_late(self, today=None):
        return (today or date.today()) > self.due


def report(loans):
    late = [loan for loan in loans if loan.is_late()]
    for loan in late:
        show(f"{loan.title} ({loan.borrower}) was due {loan.due:%d %b}")
    return len(late) / max(len(loans), 1) * PERCENT


PERCENT = 100

if __name__ == "__main__":
    share = report([Loan("Dune", "ana", date(2024, 1, 2)), Loan("Emma", "li")])
    show(f"{share:.0f}% late")
