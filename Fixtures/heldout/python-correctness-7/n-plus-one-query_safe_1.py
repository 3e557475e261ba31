"""Piccolo ORM report: open invoices per customer for the dunning mail, one grouped query."""
from piccolo.columns import Boolean, ForeignKey, Integer, Varchar
from piccolo.query.functions.aggregate import Sum
from piccolo.table import Table


class Customer(Table):
    name = Varchar()
    email = Varchar()


class Invoice(Table):
    customer = ForeignKey(references=Customer)
    amount_cents = Integer()
    paid = Boolean(default=False)


def dunning_list():
    rows = (
        Invoice.select(Invoice.customer.email, Sum(Invoice.amount_cents, alias="due"))
        .where(Invoice.paid.eq(False))
        .group_by(Invoice.customer.email)
        .run_sync()
    )
    return [(row["customer.email"], row["due"]) for row in rows]
